"""The professional version of the life project as a PDF: every section, for the team and court.

Each page says which case, which version and status, and "Confidential", so a loose page is
never mistaken for another plan or for an approved one (drafts also carry a watermark). Empty
fields say so rather than disappearing: a reader must see what was not assessed. The
signatures table is printed as a signature block with empty lines for anyone still to sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from barnahus.careplan.model import PlanStatus
from barnahus.careplan.values import Values, value_of
from barnahus.formdefs.plan import ColumnDef, PlanFieldDef, PlanForm
from barnahus.reports.fonts import BOLD, REGULAR, register_fonts
from barnahus.reports.layout import (
    BuiltPdf,
    build_pdf,
    paper_size,
    safe,
    table,
    text_flowables,
)

INK = colors.HexColor("#1d2b2b")
MUTED = colors.HexColor("#55615f")
ACCENT = colors.HexColor("#1f4e51")
LINE = colors.HexColor("#b9c7c5")
SHADE = colors.HexColor("#eef3f2")
MARGINS = (2.3 * cm, 1.8 * cm, 2.0 * cm, 1.8 * cm)


@dataclass(frozen=True)
class PlanHeader:
    """What identifies this printout; only ids, statuses, names of staff and dates."""

    case_number: str
    version: int
    status: PlanStatus
    status_line: str  # e.g. "Approved by coordinator on 2027-03-03"
    authors: str
    printed_on: str


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=13.5, textColor=INK
    )
    return {
        "body": base,
        "bullet": ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=4),
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT
        ),
        "meta": ParagraphStyle("meta", base, fontSize=10, textColor=MUTED),
        "section": ParagraphStyle(
            "section",
            base,
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=4,
        ),
        "help": ParagraphStyle("help", base, fontSize=8.5, leading=11, textColor=MUTED),
        "label": ParagraphStyle(
            "label", base, fontName=BOLD, fontSize=9, leading=12, textColor=MUTED, spaceBefore=6
        ),
        "empty": ParagraphStyle("empty", base, textColor=MUTED),
        "quote": ParagraphStyle("quote", base, leftIndent=10, fontSize=10.5, leading=14),
        "source": ParagraphStyle(
            "source", base, leftIndent=10, fontSize=8.5, textColor=MUTED, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle(
            "head", base, fontName=BOLD, fontSize=8.5, leading=10.5, textColor=ACCENT
        ),
    }


class _Builder:
    def __init__(self, form: PlanForm, values: Values, width: float) -> None:
        self.form = form
        self.values = values
        self.width = width
        self.s = _styles()

    def _empty(self) -> list[Flowable]:
        return [Paragraph("Not filled in.", self.s["empty"])]

    def _table(
        self,
        head: list[str],
        rows: list[list[str]],
        widths: list[float],
        extra: tuple[tuple[Any, ...], ...] = (),
    ) -> Table:
        data = [[Paragraph(safe(h), self.s["head"]) for h in head]]
        data += [[Paragraph(safe(c), self.s["cell"]) for c in row] for row in rows]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("GRID", (0, 0), (-1, -1), 0.5, LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        return table(data, list(widths), commands + list(extra), repeat_rows=1)

    def _widths(self, columns: tuple[ColumnDef, ...], width: float | None = None) -> list[float]:
        fixed = {"date": 2.35 * cm, "choice": 2.6 * cm}
        free = [c for c in columns if c.type not in fixed]
        rest = (width or self.width) - sum(fixed.get(c.type, 0.0) for c in columns)
        share = rest / len(free) if free else 0.0
        return [fixed.get(c.type, share) for c in columns]

    def _rows(self, field: PlanFieldDef, rows: list[dict[str, str]]) -> list[list[str]]:
        return [
            [
                c.label_of(r.get(c.key, "")) if c.type == "choice" else r.get(c.key, "")
                for c in field.columns
            ]
            for r in rows
        ]

    def _checklist(self, field: PlanFieldDef, answers: dict[str, dict[str, str]]) -> list[Flowable]:
        assert field.risks is not None
        rows = []
        for risk in field.risks.risks:
            answer = answers.get(risk.key, {})
            status = field.risks.status(answer.get("status", ""))
            rows.append(
                [risk.label, status.label if status else "Not answered", answer.get("measures", "")]
            )
        w = self.width
        return [self._table(["Risk", "Answer", "Measures"], rows, [0.36 * w, 0.16 * w, 0.48 * w])]

    def _signatures(self, field: PlanFieldDef, rows: list[dict[str, str]]) -> list[Flowable]:
        who = next(c for c in field.columns if c.type == "choice")
        recorded = {r.get(who.key) for r in rows}
        missing = [v for v in self.form.required_rows(field.path, who.key) if v not in recorded]
        table_rows = self._rows(field, rows) + [
            [who.label_of(v) if c is who else "" for c in field.columns] for v in missing
        ]
        head = [c.label for c in field.columns] + ["Signature"]
        widths = [*self._widths(field.columns, self.width * 0.78), self.width * 0.22]
        # Room under each row to sign by hand on the printed page.
        tall = (("BOTTOMPADDING", (0, 1), (-1, -1), 18),)
        return [self._table(head, [[*r, ""] for r in table_rows], widths, tall)]

    def value(self, field: PlanFieldDef, value: Any) -> list[Flowable]:
        if field.path == self.form.hooks.get("signatures"):
            return self._signatures(field, value or [])
        if not value:
            return self._empty()
        match field.type:
            case "paragraphs":
                return text_flowables(value, self.s["body"], self.s["bullet"])
            case "list":
                return [Paragraph(safe(v), self.s["bullet"], bulletText="•") for v in value]
            case "choice":
                return [Paragraph(safe(field.label_of(value)), self.s["body"])]
            case "quotes":
                out: list[Flowable] = []
                for row in value:
                    out.append(Paragraph(f"“{safe(row.get('words', ''))}”", self.s["quote"]))
                    who, when = row.get("recorded_by", "?"), row.get("recorded_on", "?")
                    source = f"recorded by {who} on {when}"
                    out.append(Paragraph(safe(source), self.s["source"]))
                return out
            case "table":
                head = [c.label for c in field.columns]
                return [self._table(head, self._rows(field, value), self._widths(field.columns))]
            case "checklist":
                return self._checklist(field, value)
        return [Paragraph(safe(str(value)), self.s["body"])]

    def story(self, header: PlanHeader) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = [
            Paragraph("Life project", s["title"]),
            Paragraph(safe(f"Case {header.case_number} · version {header.version}"), s["meta"]),
            Paragraph(safe(header.status_line), s["meta"]),
            Paragraph(safe(f"Written by {header.authors}"), s["meta"]),
            Spacer(1, 6),
        ]
        for section in self.form.sections:
            # A heading is kept with the start of its first field, never left alone at a page end.
            lead: list[Flowable] = [Paragraph(safe(section.title), s["section"])]
            if section.help:
                lead.append(Paragraph(safe(section.help), s["help"]))
            for field in section.fields:
                flowables = self.value(field, value_of(self.values, field.path))
                label = Paragraph(safe(field.label), s["label"])
                story.append(KeepTogether([*lead, label, flowables[0]]))
                story += flowables[1:]
                lead = []
        return story


def _decorator(header: PlanHeader, paper: str) -> Any:
    width, height = paper_size(paper)
    left, right = MARGINS[3], width - MARGINS[1]
    watermark = {
        PlanStatus.DRAFT: "DRAFT – NOT APPROVED",
        PlanStatus.SUBMITTED: "NOT YET APPROVED",
        PlanStatus.SUPERSEDED: "SUPERSEDED",
        PlanStatus.IMPORTED: "NOT APPROVED HERE",
    }.get(header.status)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        if watermark:
            canvas.setFont(BOLD, 54)
            canvas.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.10))
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, watermark)
            canvas.rotate(-35)
            canvas.translate(-width / 2, -height / 2)
        top = height - 1.3 * cm
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(colors.HexColor("#9b1c1c"))
        canvas.drawRightString(right, top, "CONFIDENTIAL")
        canvas.setFillColor(INK)
        canvas.drawString(left, top, f"Life project · Case {header.case_number}")
        canvas.setFont(REGULAR, 9)
        canvas.drawCentredString(
            width / 2, top, f"Version {header.version} · {header.status.label}"
        )
        canvas.setStrokeColor(LINE)
        canvas.line(left, top - 6, right, top - 6)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, 1.1 * cm, f"Printed {header.printed_on}")
        canvas.drawRightString(right, 1.1 * cm, f"Page {page} of {pages}")
        canvas.restoreState()

    return decorate


def build_professional_pdf(
    form: PlanForm, values: Values, header: PlanHeader, paper: str = "a4"
) -> BuiltPdf:
    """The whole plan as a PDF in memory (``paper``: "a4" or "letter")."""
    register_fonts()
    width = paper_size(paper)[0] - MARGINS[1] - MARGINS[3]
    story = _Builder(form, values, width).story(header)
    return build_pdf(story, paper, MARGINS, _decorator(header, paper), "Life project")
