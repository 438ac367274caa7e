"""Paint a PDF (held in memory) onto a QPrinter, page by page, with no file in between.

QtPdf is not part of the PySide6 wheels, so pages are rasterised by PDFium through
:mod:`barnahus.reports.raster` and drawn as images. Qt allows painting on a QPrinter from a
worker thread, so :func:`print_pdf` runs on the pool; only the print dialog is on the GUI
thread. One page is rendered at a time (at most 300 dpi) to keep memory small even for long
plans. What reaches the printer passes through the system's print spool, which this app cannot
encrypt: docs/SECURITY.md asks for full-disk encryption for that reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from barnahus.errors import BarnahusError

if TYPE_CHECKING:
    # PDFium is loaded by the worker that prints, not by the GUI thread opening the preview.
    from barnahus.reports.raster import PageImage

MAX_PRINT_DPI = 300
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def page_image(page: PageImage) -> QImage:
    """A QImage owning its pixels (the rendered bytes can then be dropped), in the format
    Qt's raster engine paints with, so painting it or making a pixmap of it converts nothing.
    Safe to call on a worker thread."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def prepare_printer(printer: QPrinter, paper: str) -> None:
    """Match the printer's paper to the PDF's; the PDF already carries its own margins."""
    printer.setPageSize(QPageSize(PAPER_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Life project")  # what the spool shows: never a name or case number


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``; returns the number of pages sent."""
    from barnahus.reports.raster import page_sizes, render_page

    sizes = page_sizes(pdf)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise BarnahusError("The printer could not be started; check it is on and try again.")
    try:
        for index in range(len(sizes)):
            if index and not printer.newPage():
                raise BarnahusError("The printer stopped before the last page.")
            image = page_image(render_page(pdf, index, dpi))
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(
                QRectF(
                    target.x() + (target.width() - width) / 2,
                    target.y() + (target.height() - height) / 2,
                    width,
                    height,
                ),
                image,
            )
    finally:
        painter.end()
    return len(sizes)
