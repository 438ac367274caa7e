"""The child's version of the life project: large type, plain words, a picture for each part.

Only sections and fields the form marks ``child: true`` and the language file gives words for
are printed (my wishes, who helps me, my goals, when we meet next); risk checklists cannot be
marked for the child at all. No case number, no status, nothing frightening: the child may
carry this paper with them and others may see it. Empty fields are left out rather than shown
as gaps. Every text is at least 14 pt.

The page speaks the child's language in its own script and direction (languages.yaml): Noto
Sans for Latin and Cyrillic, Noto Sans Arabic for Arabic and Dari, each text drawn by
:mod:`barnahus.reports.shaped_text` so that letters join and right-to-left pages are mirrored
(pictures and text start on the right, lines are right-aligned).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from barnahus.careplan.values import Values, value_of
from barnahus.formdefs.child_languages import language_facts
from barnahus.formdefs.plan import PlanFieldDef, PlanForm, SectionDef
from barnahus.formdefs.plan_child_text import PlanChildText
from barnahus.reports.fonts import child_fonts
from barnahus.reports.layout import BuiltPdf, build_pdf, paper_size, table, typed_blocks
from barnahus.reports.pictures import picture
from barnahus.reports.shaped_text import (
    Bullet,
    ShapedParagraph,
    Span,
    TextStyle,
    draw_text_line,
)

INK = colors.HexColor("#23302f")
SOFT = colors.HexColor("#4d5b59")
WARM = colors.HexColor("#2f6f73")
CARD = colors.HexColor("#f4f8f7")
MARGINS = (2.0 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm)
MIN_POINTS = 14.0
PICTURE = 2.6 * cm


def _styles(rtl: bool, script: str, language: str) -> dict[str, TextStyle]:
    body = TextStyle(child_fonts(script), 16, 23, INK, rtl=rtl, language=language)
    return {
        "body": body,
        "bullet": replace(body, indent=24, space_after=4),
        "bullet_mark": replace(body, size=18, bold=True, color=WARM),
        "title": replace(body, size=32, leading=40, bold=True, color=WARM),
        "part": replace(body, size=24, leading=30, bold=True, color=WARM),
        "label": replace(body, bold=True, space_before=8),
        "card": replace(body, leading=22),
        "note": replace(body, size=MIN_POINTS, leading=20, color=SOFT),
        "footer": replace(body, size=MIN_POINTS, leading=20, color=SOFT, centred=True),
    }


class _Builder:
    def __init__(self, form: PlanForm, values: Values, text: PlanChildText, width: float) -> None:
        self.form = form
        self.values = values
        self.text = text
        self.width = width
        # As on the child screen, including the stand-in for a language languages.yaml lacks.
        writing = language_facts(text.language)
        self.rtl = writing.rtl
        self.s = _styles(writing.rtl, writing.script, text.language)

    def para(self, words: str, style: str) -> ShapedParagraph:
        return ShapedParagraph([[Span(words)]], self.s[style])

    def item(self, typed: str) -> ShapedParagraph:
        mark = Bullet("•", self.s["bullet_mark"], indent=4)
        return ShapedParagraph([[Span(typed, typed=True)]], self.s["bullet"], mark)

    def blocks(self, typed: str) -> list[Flowable]:
        """Typed text as shaped paragraphs and list items (see layout.typed_blocks)."""
        return [
            ShapedParagraph([[Span(line, typed=True)] for line in lines], self.s["body"])
            if kind == "para"
            else self.item(lines[0])
            for kind, lines in typed_blocks(typed)
        ]

    def _cell(self, field: PlanFieldDef, key: str, value: str) -> str:
        column = next(c for c in field.columns if c.key == key)
        if column.type == "date":
            return self.text.date(value)
        return column.label_of(value) if column.type == "choice" else value

    def _rows(self, field: PlanFieldDef, rows: list[dict[str, str]]) -> list[Flowable]:
        """Each row as a soft card: the first child column large, the others as "label: value"."""
        shown = [c for c in field.columns if c.child]
        cards: list[Flowable] = []
        for row in rows:
            lines: list[list[Span]] = []
            for index, column in enumerate(shown):
                cell = row.get(column.key, "")
                if not cell:
                    continue
                # A date is written in the child's language; anything else is as typed.
                words = Span(self._cell(field, column.key, cell), typed=column.type != "date")
                if index == 0:
                    lines.append([replace(words, bold=True)])
                else:
                    label = self.text.columns.get(f"{field.path}.{column.key}", column.label)
                    lines.append([Span(f"{label}: "), words])
            if lines:
                card = table(
                    [[ShapedParagraph(lines, self.s["card"])]],
                    [self.width],
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), CARD),
                        ("LEFTPADDING", (0, 0), (-1, -1), 12),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ],
                )
                cards += [card, Spacer(1, 8)]
        return cards

    def field(self, field: PlanFieldDef, value: Any) -> list[Flowable]:
        words = self.text.fields.get(field.path, field.label)
        match field.type:
            case "quotes":
                items = [self.item(f"“{r.get('words', '')}”") for r in value]
                return [self.para(words, "label"), *items]
            case "table":
                return [self.para(words, "label"), *self._rows(field, value)]
            case "date":
                shown = self.text.date(value)
                sentence = (
                    words.replace("{date}", shown) if "{date}" in words else f"{words}: {shown}"
                )
                return [self.para(sentence, "body")]
            case "paragraphs":
                return [self.para(words, "label"), *self.blocks(value)]
            case "list":
                return [self.para(words, "label"), *(self.item(v) for v in value)]
            case "choice":
                value = field.label_of(value)
        line = [Span(f"{words}:", bold=True), Span(" "), Span(str(value), typed=True)]
        return [ShapedParagraph([line], self.s["body"])]

    def _picture(self, name: str, size: float) -> Drawing:
        drawing = picture(name, size)
        # A drawing starts in reportlab's default font (Helvetica, never embedded) unless told.
        drawing.initialFontName = self.s["body"].fonts.primary.regular
        return drawing

    def _beside(self, drawing: Drawing, size: float, words: Flowable) -> Flowable:
        """A picture and words side by side, the picture at the start of the line."""
        if self.rtl:
            return table(
                [[words, drawing]],
                [None, size],
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("RIGHTPADDING", (0, 0), (-1, -1), 0)],
            )
        return table(
            [[drawing, words]],
            [size, None],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )

    def _heading(self, section: SectionDef) -> Flowable:
        title = self.para(self.text.sections[section.key], "part")
        if not section.picture:
            return title
        return self._beside(self._picture(section.picture, PICTURE), PICTURE + 0.5 * cm, title)

    def story(self, made_on: str) -> list[Flowable]:
        text = self.text
        name = value_of(self.values, self.form.hooks["child_name"])
        if name:
            before, _brace, after = text.document["intro_named"].partition("{name}")
            intro = [Span(before), Span(name, typed=True), Span(after)]
        else:
            intro = [Span(text.document["intro"])]
        title = self.para(text.document["title"], "title")
        story: list[Flowable] = [
            self._beside(self._picture("plan", 3.4 * cm), 4.0 * cm, title),
            Spacer(1, 10),
            ShapedParagraph([intro], self.s["body"]),
            self.para(text.document["made_on"].replace("{date}", text.date(made_on)), "note"),
        ]
        for section in self.form.sections:
            if section.key not in text.sections:
                continue
            parts = []
            for field in section.child_fields():
                if field.path == self.form.hooks["child_name"]:
                    continue
                value = value_of(self.values, field.path)
                if value:
                    parts += self.field(field, value)
            if parts:
                story += [
                    Spacer(1, 18),
                    KeepTogether([self._heading(section), Spacer(1, 6), parts[0]]),
                ]
                story += parts[1:]
        story += [Spacer(1, 22), self.para(text.document["closing"], "body")]
        if text.is_fallback:
            note = text.document["fallback_note"].replace("{language}", text.requested)
            story += [Spacer(1, 10), self.para(note, "note")]
        return story


def build_child_pdf(
    form: PlanForm, values: Values, text: PlanChildText, made_on: str, paper: str = "a4"
) -> BuiltPdf:
    """The child's version in ``text``'s language, in memory; ``made_on`` is an ISO date."""
    width, _height = paper_size(paper)
    builder = _Builder(form, values, text, width - MARGINS[1] - MARGINS[3])
    page_words = text.document["page"]
    footer = builder.s["footer"]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        label = page_words.replace("{page}", str(page)).replace("{pages}", str(pages))
        draw_text_line(canvas, label, footer, (0.0, width), 1.1 * cm)

    return build_pdf(builder.story(made_on), paper, MARGINS, decorate, text.document["title"])
