"""What the plan PDFs share: paper sizes, "page x of y", and typed text turned into flowables.

Both versions of the plan are built in memory (a BytesIO) and never touch the disk here; the
caller decides where the bytes go. "Page x of y" needs the page count before the first page is
finished, so pages are kept until the document is complete and numbered then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from barnahus.reports.fonts import REGULAR

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
BULLETS = ("- ", "* ", "• ")

PageDecorator = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    pages: int


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}") from None


def _numbered_canvas(decorate: PageDecorator, pages: list[int]) -> type[Canvas]:
    """A canvas that holds its pages until the end, then decorates each knowing the total."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            pages.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    paper: str,
    margins: tuple[float, float, float, float],
    decorate: PageDecorator,
    title: str,
) -> BuiltPdf:
    """Lay out ``story`` on ``paper``; ``decorate`` draws header/footer on every page.

    ``margins`` are (top, right, bottom, left) in points. The PDF's metadata carries only
    ``title`` and the program's name, never case content.
    """
    buffer = BytesIO()
    width, height = paper_size(paper)
    top, right, bottom, left = margins
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        # Start in our embedded font, so no unembedded standard font is even referenced.
        initialFontName=REGULAR,
        title=title,
        author="Barnahus Desk",
        creator="Barnahus Desk",
        subject="",
        keywords="",
    )
    # No frame padding: builders size tables to exactly the width between the margins.
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(decorate, pages))
    return BuiltPdf(buffer.getvalue(), pages[0] if pages else 0)


def typed_blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """Typed text as ("para", its lines) and ("item", [its text]) blocks, in order: a blank
    line starts a paragraph, "- " starts a list item. Both PDFs read typed text this way."""
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines: list[str] = []
        for line in block.split("\n"):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith(BULLETS):
                if lines:
                    yield "para", lines
                    lines = []
                yield "item", [stripped[2:].strip()]
            else:
                lines.append(stripped)
        if lines:
            yield "para", lines


def text_flowables(text: str, body: ParagraphStyle, bullet: ParagraphStyle) -> list[Flowable]:
    """Typed text as reportlab paragraphs and bulleted items (see :func:`typed_blocks`)."""
    return [
        Paragraph("<br/>".join(escape(line) for line in lines), body)
        if kind == "para"
        else Paragraph(escape(lines[0]), bullet, bulletText="•")
        for kind, lines in typed_blocks(text)
    ]


def table(
    rows: list[list[Any]],
    widths: list[float | None],
    commands: list[tuple[Any, ...]],
    repeat_rows: int = 0,
) -> Table:
    """A Table in our font: reportlab's cells default to Helvetica, which is not embedded."""
    made = Table(rows, colWidths=widths, repeatRows=repeat_rows)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return made


def safe(text: str) -> str:
    """Text for a Paragraph: typed characters must never be read as markup."""
    return escape(text)
