"""Register the bundled DejaVu fonts with reportlab, once, for every PDF we build.

reportlab's built-in fonts cover Latin-1 only; a plan written in Ukrainian or Greek would print
as black boxes. DejaVu Sans covers Latin, Cyrillic and Greek and its licence allows embedding,
so PDFs look the same on every machine. Registration is global in reportlab, so it is done
once, under a lock (PDFs are built on worker threads).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from barnahus.datafiles import data_file

REGULAR = "BarnahusSans"
BOLD = "BarnahusSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make :data:`REGULAR` and :data:`BOLD` available (with <b> mapping) to reportlab."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(data_file("resources", "fonts", filename))))
        # Paragraph markup (<b>, <i>) looks fonts up by family; DejaVu has no italic bundled,
        # so italic maps to regular rather than failing.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
