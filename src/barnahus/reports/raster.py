"""Turn PDF pages into pixels, in memory, for the in-app preview and for printing.

Qt's own PDF module (QtPdf) is not shipped in the PySide6 wheels this app depends on (neither
PySide6-Essentials nor, as of 6.12, PySide6-Addons), so pages are rendered with pypdfium2:
the same PDFium engine QtPdf wraps, about 4 MB, Apache-2.0/BSD-licensed. It reads the PDF
from bytes, so no plaintext file is ever written. PDFium is not thread-safe, so every call
into it holds one lock; previews and prints run on worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72.0
_lock = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB pixels, rows of ``stride`` bytes, top row first."""

    width: int
    height: int
    stride: int
    pixels: bytes


@dataclass(frozen=True)
class PageSize:
    """A page's size in points (1/72 inch)."""

    width: float
    height: float


@contextmanager
def _document(pdf: bytes) -> Iterator[pypdfium2.PdfDocument]:
    with _lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            yield document
        finally:
            document.close()


def page_sizes(pdf: bytes) -> list[PageSize]:
    with _document(pdf) as document:
        return [PageSize(*document[i].get_size()) for i in range(len(document))]


def _render(document: pypdfium2.PdfDocument, index: int, dpi: float) -> PageImage:
    page = document[index]
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
    try:
        return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    finally:
        bitmap.close()
        page.close()


def render_page(pdf: bytes, index: int, dpi: float) -> PageImage:
    """Page ``index`` (from 0) at ``dpi`` dots per inch."""
    with _document(pdf) as document:
        return _render(document, index, dpi)


def render_pages(pdf: bytes, dpi: float) -> list[PageImage]:
    """Every page at ``dpi`` (for a preview; printing renders one page at a time instead).

    The document is parsed once for all pages rather than once a page."""
    with _document(pdf) as document:
        return [_render(document, index, dpi) for index in range(len(document))]
