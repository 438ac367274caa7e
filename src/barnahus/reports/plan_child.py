"""The child's version of the life project: large type, plain words, a picture for each part.

Only sections and fields the form marks ``child: true`` and the language file gives words for
are printed (my wishes, who helps me, my goals, when we meet next); risk checklists cannot be
marked for the child at all. No case number, no status, nothing frightening: the child may
carry this paper with them and others may see it. Empty fields are left out rather than shown
as gaps. Every text is at least 14 pt.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from barnahus.careplan.values import Values, value_of
from barnahus.formdefs.plan import PlanFieldDef, PlanForm, SectionDef
from barnahus.formdefs.plan_child_text import PlanChildText
from barnahus.reports.fonts import BOLD, REGULAR, register_fonts
from barnahus.reports.layout import BuiltPdf, build_pdf, paper_size, safe, table, text_flowables
from barnahus.reports.pictures import picture

INK = colors.HexColor("#23302f")
SOFT = colors.HexColor("#4d5b59")
WARM = colors.HexColor("#2f6f73")
CARD = colors.HexColor("#f4f8f7")
MARGINS = (2.0 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm)
MIN_POINTS = 14.0
PICTURE = 2.6 * cm


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=BOLD, fontSize=16, leading=23, textColor=INK
    )
    return {
        "body": body,
        "bullet": ParagraphStyle(
            "bullet",
            body,
            leftIndent=24,
            bulletIndent=4,
            spaceAfter=4,
            bulletFontName=BOLD,
            bulletFontSize=18,
            bulletColor=WARM,
        ),
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=32, leading=40, textColor=WARM
        ),
        "part": ParagraphStyle(
            "part", body, fontName=BOLD, fontSize=24, leading=30, textColor=WARM
        ),
        "label": ParagraphStyle("label", body, fontName=BOLD, spaceBefore=8),
        "card": ParagraphStyle("card", body, fontSize=16, leading=22),
        "note": ParagraphStyle("note", body, fontSize=MIN_POINTS, leading=20, textColor=SOFT),
    }


class _Builder:
    def __init__(self, form: PlanForm, values: Values, text: PlanChildText, width: float) -> None:
        self.form = form
        self.values = values
        self.text = text
        self.width = width
        self.s = _styles()

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
            lines = []
            for index, column in enumerate(shown):
                cell = row.get(column.key, "")
                if not cell:
                    continue
                words = safe(self._cell(field, column.key, cell))
                if index == 0:
                    lines.append(f"<b>{words}</b>")
                else:
                    label = self.text.columns.get(f"{field.path}.{column.key}", column.label)
                    lines.append(f"{safe(label)}: {words}")
            if lines:
                card = table(
                    [[Paragraph("<br/>".join(lines), self.s["card"])]],
                    [self.width],
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), CARD),
                        ("LEFTPADDING", (0, 0), (-1, -1), 12),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ],
                )
                cards += [card, Spacer(1, 8)]
        return cards

    def field(self, field: PlanFieldDef, value: Any) -> list[Flowable]:
        words = self.text.fields.get(field.path, field.label)
        s = self.s
        match field.type:
            case "quotes":
                items = [
                    Paragraph(f"“{safe(r.get('words', ''))}”", s["bullet"], bulletText="•")
                    for r in value
                ]
                return [Paragraph(safe(words), s["label"]), *items]
            case "table":
                return [Paragraph(safe(words), s["label"]), *self._rows(field, value)]
            case "date":
                shown = self.text.date(value)
                sentence = (
                    words.replace("{date}", shown) if "{date}" in words else f"{words}: {shown}"
                )
                return [Paragraph(safe(sentence), s["body"])]
            case "paragraphs":
                return [
                    Paragraph(safe(words), s["label"]),
                    *text_flowables(value, s["body"], s["bullet"]),
                ]
            case "list":
                items = [Paragraph(safe(v), s["bullet"], bulletText="•") for v in value]
                return [Paragraph(safe(words), s["label"]), *items]
            case "choice":
                value = field.label_of(value)
        return [Paragraph(f"<b>{safe(words)}:</b> {safe(str(value))}", s["body"])]

    def _heading(self, section: SectionDef) -> Flowable:
        title = Paragraph(safe(self.text.sections[section.key]), self.s["part"])
        if not section.picture:
            return title
        return table(
            [[picture(section.picture, PICTURE), title]],
            [PICTURE + 0.5 * cm, None],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )

    def story(self, made_on: str) -> list[Flowable]:
        s, text = self.s, self.text
        name = value_of(self.values, self.form.hooks["child_name"])
        intro = (
            text.document["intro_named"].replace("{name}", name) if name else text.document["intro"]
        )
        story: list[Flowable] = [
            table(
                [[picture("plan", 3.4 * cm), Paragraph(safe(text.document["title"]), s["title"])]],
                [4.0 * cm, None],
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
            ),
            Spacer(1, 10),
            Paragraph(safe(intro), s["body"]),
            Paragraph(
                safe(text.document["made_on"].replace("{date}", text.date(made_on))), s["note"]
            ),
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
        story += [Spacer(1, 22), Paragraph(safe(text.document["closing"]), s["body"])]
        if text.is_fallback:
            note = text.document["fallback_note"].replace("{language}", text.requested)
            story += [Spacer(1, 10), Paragraph(safe(note), s["note"])]
        return story


def build_child_pdf(
    form: PlanForm, values: Values, text: PlanChildText, made_on: str, paper: str = "a4"
) -> BuiltPdf:
    """The child's version in ``text``'s language, in memory; ``made_on`` is an ISO date."""
    register_fonts()
    width, _height = paper_size(paper)
    page_words = text.document["page"]

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, MIN_POINTS)
        canvas.setFillColor(SOFT)
        label = page_words.replace("{page}", str(page)).replace("{pages}", str(pages))
        canvas.drawCentredString(width / 2, 1.1 * cm, label)
        canvas.restoreState()

    story = _Builder(form, values, text, width - MARGINS[1] - MARGINS[3]).story(made_on)
    return build_pdf(story, paper, MARGINS, decorate, text.document["title"])
