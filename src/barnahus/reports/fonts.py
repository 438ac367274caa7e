"""Register the bundled fonts with reportlab, once, for every PDF we build.

reportlab's built-in fonts cover Latin-1 only; a plan written in Ukrainian or Greek would print
as black boxes. Every font here is bundled in resources/fonts, embedded as a subset, and
licensed for embedding, so PDFs look the same on every machine:

- DejaVu Sans (Latin, Cyrillic, Greek) for the professional plan and the interview summary, as
  before: staff documents keep their look.
- Noto Sans (Latin including Vietnamese, Cyrillic, Greek) and Noto Sans Arabic (Arabic and the
  Persian/Dari letters پ چ ژ گ ی ک) for the child's plan, chosen by the script of the child's
  language. Noto Sans Arabic has no Latin letters, so text is drawn in runs, each in the first
  font of a :class:`FontChain` that has its characters (reports/shaped_text.py).

Registration is global in reportlab, so it is done once, under a lock (PDFs are built on
worker threads).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from barnahus.datafiles import data_file
from barnahus.formdefs.child_languages import SCRIPT_FONT_FILES

REGULAR = "BarnahusSans"
BOLD = "BarnahusSans-Bold"
NOTO = "BarnahusNoto"
NOTO_BOLD = "BarnahusNoto-Bold"
NOTO_ARABIC = "BarnahusNotoArabic"
NOTO_ARABIC_BOLD = "BarnahusNotoArabic-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_CHILD_FILES = dict(
    zip(
        (NOTO, NOTO_BOLD, NOTO_ARABIC, NOTO_ARABIC_BOLD),
        (*SCRIPT_FONT_FILES["latin"], *SCRIPT_FONT_FILES["arabic"]),
        strict=True,
    )
)
_lock = threading.Lock()
# Each font's own character map, read at registration: reportlab's live map later grows by the
# private codes that shaping gives to glyphs without a character (joined forms, ligatures).
_coverage: dict[str, frozenset[int]] = {}


@dataclass(frozen=True)
class FontPair:
    """A regular and a bold face of one family."""

    regular: str
    bold: str

    def face(self, bold: bool) -> str:
        return self.bold if bold else self.regular


@dataclass(frozen=True)
class FontChain:
    """Families tried in order for each character; the first is the language's own."""

    families: tuple[FontPair, ...]

    @property
    def primary(self) -> FontPair:
        return self.families[0]

    def family_for(self, char: str) -> FontPair | None:
        """The first family that has a glyph for ``char``, or None when none has."""
        return next((f for f in self.families if covers(f.regular, char)), None)


DEJAVU = FontPair(REGULAR, BOLD)
NOTO_SANS = FontPair(NOTO, NOTO_BOLD)
NOTO_SANS_ARABIC = FontPair(NOTO_ARABIC, NOTO_ARABIC_BOLD)
# DejaVu comes last: symbols neither Noto font has are drawn rather than shown as boxes.
_CHAINS = {
    "latin": FontChain((NOTO_SANS, NOTO_SANS_ARABIC, DEJAVU)),
    "cyrillic": FontChain((NOTO_SANS, NOTO_SANS_ARABIC, DEJAVU)),
    "arabic": FontChain((NOTO_SANS_ARABIC, NOTO_SANS, DEJAVU)),
}


def child_fonts(script: str) -> FontChain:
    """The fonts for the child's plan in a language written in ``script`` (languages.yaml)."""
    register_fonts()  # DejaVu is the last resort for symbols neither Noto font has
    with _lock:
        _register(_CHILD_FILES)
    return _CHAINS.get(script, _CHAINS["latin"])


def covers(font_name: str, char: str) -> bool:
    """Whether the bundled font registered as ``font_name`` has a glyph for ``char``."""
    return ord(char) in _coverage[font_name]


def _register(files: dict[str, str]) -> bool:
    """Register ``files`` unless done; whether this call did it. The caller holds the lock."""
    if all(name in _coverage for name in files):
        return False
    for name, filename in files.items():
        font = TTFont(name, str(data_file("resources", "fonts", filename)))
        pdfmetrics.registerFont(font)
        _coverage[name] = frozenset(font.face.charToGlyph)
    return True


def register_fonts() -> None:
    """Make DejaVu available as :data:`REGULAR` and :data:`BOLD`, with <b> mapping.

    The child's Noto fonts are registered by :func:`child_fonts`, when first needed: a
    professional PDF does not pay for reading them.
    """
    with _lock:
        if not _register(_FILES):
            return
        # Paragraph markup (<b>, <i>) looks fonts up by family; DejaVu has no italic bundled,
        # so italic maps to regular rather than failing.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
