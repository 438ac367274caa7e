"""Paragraphs for the child's plan in any of its languages: font runs, HarfBuzz shaping and
right-to-left lines, as a reportlab flowable.

Why not reportlab's own Paragraph: its right-to-left path needs ``rlbidi``, which our package
registries do not have (without it reportlab lays Arabic words out left to right), and a
Paragraph fragment has one font, while Noto Sans Arabic has no Latin letters for a helper's
name. So :class:`ShapedParagraph` does the little the child's plan needs itself:

1. Each character gets a font: the first family of the language's :class:`FontChain` that has
   it; spaces, digits and punctuation stay with the letters around them.
2. Embedding levels come from the Unicode bidi algorithm (``bidi_order``), once per paragraph,
   in logical order; the bidi classes they start from are looked up once too, and also tell
   step 1 which characters are letters and step 4 which spaces end a line (L1).
3. Lines are broken in logical order at spaces, measuring words as shaped.
4. Each line is cut into runs of one font and one level; the runs are put in visual order
   (L2) and each is shaped by HarfBuzz (through reportlab's ``ShapedStr``, which places each
   glyph where HarfBuzz says) in its own direction: Arabic letters joined, lam-alef as one
   glyph, brackets mirrored. Right-to-left paragraphs are right-aligned.

Runs are written into the page in logical order (each at its visual place), and every glyph's
ToUnicode entry is its character, or for a joined form its Arabic presentation form (which
Unicode's NFKC maps back to the letter; a glyph with neither would get a private code, which
Noto Sans Arabic's joined forms never need). So text extraction and copy/paste give Arabic in
reading order: PDFium (Chrome, Edge, our preview) returns the plain letters, poppler and
pypdf the presentation forms. Marking runs with /ActualText was tried and rejected: PDFium
and poppler then reversed the letters. Optional ligatures (fi, fl) are not used, so Latin
words extract exactly as typed. See docs/careplan.md, "Languages and right-to-left".
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import uharfbuzz as hb  # type: ignore[import-untyped]
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from barnahus.reports import bidi_order
from barnahus.reports.fonts import FontChain, FontPair, covers

# HarfBuzz's defaults (joining forms, required ligatures such as lam-alef, mark placement,
# kerning) without the optional ligatures that would turn "fi" into one glyph.
_FEATURES = {"liga": False, "dlig": False}
_BREAK = " "
_lock = threading.Lock()  # shaping adds private codes to reportlab's shared font objects
_hb_fonts: dict[str, hb.Font] = {}


@dataclass(frozen=True)
class Span:
    """Text in one weight; a paragraph line is a sequence of spans.

    ``typed`` marks words someone typed (a name, a phone number, the child's words) inside
    translated text: they are isolated (FSI ... PDI) so they keep their own direction and do
    not pull the punctuation around them into it.
    """

    text: str
    bold: bool = False
    typed: bool = False


@dataclass(frozen=True)
class TextStyle:
    fonts: FontChain
    size: float
    leading: float
    color: Color
    rtl: bool = False  # the paragraph's direction: right-aligned, first word on the right
    language: str = ""  # for HarfBuzz's language-specific forms (e.g. Persian)
    bold: bool = False
    indent: float = 0.0  # at the start side: left in left-to-right text, right otherwise
    space_before: float = 0.0
    space_after: float = 0.0
    centred: bool = False


@dataclass(frozen=True)
class Bullet:
    text: str
    style: TextStyle
    indent: float  # from the start side


@dataclass(frozen=True)
class _Shaped:
    glyphs: str  # a ShapedStr, in visual order
    advance: float  # in thousandths of the font size


@lru_cache(maxsize=8192)
def _shape(text: str, font_name: str, rtl: bool, language: str) -> _Shaped:
    """``text`` shaped by HarfBuzz in one direction; size-independent, so cached."""
    font = pdfmetrics.getFont(font_name)
    with _lock:
        hb_font = _hb_fonts.get(font_name)
        if hb_font is None:  # HarfBuzz works in font units; the size is applied when drawing
            hb_font = _hb_fonts[font_name] = font.hbFont()
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        if language:
            buffer.language = language
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        # Zero-width joiners and non-joiners act on the joining and then vanish, so copying
        # "می‌کند" does not give a space in the middle of the word.
        buffer.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
        hb.shape(hb_font, buffer, _FEATURES)
        codes: list[str] = []
        data: list[ShapeData] = []
        face = font.face
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            glyph = info.codepoint
            named = face.glyphToChar.get(glyph)
            advance = font.pdfScale(position.x_advance)
            code = (
                named[0]
                if named
                else font.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, advance)
            )
            codes.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    advance,
                    font.pdfScale(position.y_advance),
                    font.pdfScale(position.x_offset),
                    font.pdfScale(position.y_offset),
                    face.charWidths[code],
                )
            )
    return _Shaped(ShapedStr("".join(codes), shapeData=data), sum(d.x_advance for d in data))


def _faces(text: str, bold: Sequence[bool], fonts: FontChain, kinds: Sequence[str]) -> list[str]:
    """A font for every character: letters by coverage; the rest go with their neighbours.

    ``kinds`` are the text's bidi classes (letters are the strong ones). The next letter's
    family is found for every position in one pass from the end, so a long paragraph costs
    time in proportion to its length, not to its length squared.
    """
    strong = ("L", "R", "AL")
    families: list[FontPair | None] = [
        fonts.family_for(c) if kind in strong else None for c, kind in zip(text, kinds, strict=True)
    ]
    following: list[FontPair | None] = [None] * len(text)  # the next letter's family
    for i in range(len(text) - 1, 0, -1):
        following[i - 1] = families[i] or following[i]
    chosen: list[FontPair] = []
    for i, char in enumerate(text):  # spaces, digits, marks: the letter before, else after
        family = families[i]
        if family is None:
            after = following[i]
            before = chosen[-1] if chosen else None
            # Invisible controls (isolates, joiners) are dropped by HarfBuzz: any font will do.
            invisible = unicodedata.category(char) == "Cf"
            family = next(
                (
                    f
                    for f in (before, after, fonts.primary)
                    if f and (invisible or covers(f.regular, char))
                ),
                fonts.family_for(char) or fonts.primary,
            )
        chosen.append(family)
    return [family.face(b) for family, b in zip(chosen, bold, strict=True)]


@dataclass(frozen=True)
class _Text:
    """One line of a paragraph as typed (a hard line break ends it), prepared once."""

    text: str
    faces: tuple[str, ...]
    bold: tuple[bool, ...]
    levels: tuple[int, ...]  # resolved for the whole line, kept when it is cut for a page
    kinds: tuple[str, ...]  # bidi classes, looked up once for the levels, faces and line ends

    def part(self, start: int, end: int) -> _Text:
        return _Text(
            self.text[start:end],
            self.faces[start:end],
            self.bold[start:end],
            self.levels[start:end],
            self.kinds[start:end],
        )


def _prepare(spans: Sequence[Span], style: TextStyle) -> _Text:
    pieces = [
        (
            bidi_order.FSI + bidi_order.plain(span.text) + bidi_order.PDI
            if span.typed
            else bidi_order.plain(span.text),
            span.bold or style.bold,
        )
        for span in spans
    ]
    text = "".join(words for words, _bold in pieces)
    bold = tuple(b for words, b in pieces for _char in words)
    base = bidi_order.RTL if style.rtl else bidi_order.LTR
    kinds = tuple(bidi_order.classes(text))
    return _Text(
        text,
        tuple(_faces(text, bold, style.fonts, kinds)),
        bold,
        tuple(bidi_order.levels(text, base, kinds)),
        kinds,
    )


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    face: str
    level: int


def _runs(text: _Text, start: int, end: int, levels: Sequence[int]) -> list[_Run]:
    """Maximal runs of one font and one level in ``text[start:end]`` (``levels`` from start).

    Each run is made once, where it ends, rather than remade for every character it grows by.
    """
    runs: list[_Run] = []
    run_start = start
    for i in range(start + 1, end + 1):
        face, level = text.faces[run_start], levels[run_start - start]
        if i == end or text.faces[i] != face or levels[i - start] != level:
            runs.append(_Run(run_start, i, face, level))
            run_start = i
    return runs


def _measure(text: _Text, start: int, end: int, style: TextStyle) -> float:
    """Width of ``text[start:end]`` as shaped, in points."""
    runs = _runs(text, start, end, text.levels[start:end])
    units = sum(
        _shape(text.text[r.start : r.end], r.face, r.level % 2 == 1, style.language).advance
        for r in runs
    )
    return units * style.size / 1000


def _cut_word(text: _Text, start: int, end: int, width: float, style: TextStyle) -> int:
    """Where to cut a word too long for a line: as many characters as fit, at least one,
    never before a combining mark."""
    cut = start + 1
    for i in range(start + 2, end + 1):
        if i < end and unicodedata.category(text.text[i]).startswith("M"):
            continue
        if _measure(text, start, i, style) > width:
            break
        cut = i
    while cut < end and unicodedata.category(text.text[cut]).startswith("M"):
        cut += 1
    return cut


def _break_lines(text: _Text, width: float, style: TextStyle) -> list[tuple[int, int]]:
    """Lines as (start, end) in logical order, broken at spaces; trailing spaces left out."""
    lines: list[tuple[int, int]] = []
    start = end = 0  # the current line, without its trailing spaces
    used = 0.0  # its width including trailing spaces
    i, n = 0, len(text.text)
    while i < n:
        word_end = i
        while word_end < n and text.text[word_end] != _BREAK:
            word_end += 1
        gap_end = word_end
        while gap_end < n and text.text[gap_end] == _BREAK:
            gap_end += 1
        word = _measure(text, i, word_end, style)
        if end > start and used + word > width:  # the word starts the next line
            lines.append((start, end))
            start, used = i, 0.0
        while word > width and word_end - i > 1:  # a word longer than a line is cut
            cut = _cut_word(text, i, word_end, width, style)
            if cut >= word_end:
                break
            lines.append((i, cut))
            start = i = cut
            word = _measure(text, i, word_end, style)
        end = word_end
        used += word + _measure(text, word_end, gap_end, style)
        i = gap_end
    if end > start or not lines:
        lines.append((start, end))
    return lines


def _draw_line(
    canvas: Canvas,
    text: _Text,
    span: tuple[int, int],
    style: TextStyle,
    box: tuple[float, float],
    baseline: float,
) -> None:
    """One line of ``text``, aligned in ``box`` (left x, width)."""
    start, end = span
    base = bidi_order.RTL if style.rtl else bidi_order.LTR
    levels = bidi_order.line_levels(
        text.text[start:end], text.levels[start:end], base, text.kinds[start:end]
    )
    runs = _runs(text, start, end, levels)
    if not runs:
        return
    shaped = [
        _shape(text.text[r.start : r.end], r.face, r.level % 2 == 1, style.language) for r in runs
    ]
    widths = [s.advance * style.size / 1000 for s in shaped]
    left, room = box
    total = sum(widths)
    spare = room - total
    x = left + (spare / 2 if style.centred else spare if style.rtl else 0.0)
    positions = [0.0] * len(runs)
    for index in bidi_order.visual_order([r.level for r in runs]):
        positions[index] = x
        x += widths[index]
    # Logical order in the page: text extraction reads runs in the order they are written.
    words = canvas.beginText()
    for run, glyphs, position in zip(runs, shaped, positions, strict=True):
        if not glyphs.glyphs:  # only invisible controls
            continue
        words.setTextOrigin(position, baseline)
        words.setFont(run.face, style.size, style.leading)
        words.textOut(glyphs.glyphs)
    canvas.drawText(words)


def draw_text_line(
    canvas: Canvas, words: str, style: TextStyle, box: tuple[float, float], baseline: float
) -> None:
    """``words`` on one line (no wrapping), e.g. a page footer, aligned by ``style``."""
    text = _prepare([Span(words)], style)
    canvas.saveState()
    canvas.setFillColor(style.color)
    _draw_line(canvas, text, (0, len(text.text)), style, box, baseline)
    canvas.restoreState()


def _baseline_drop(style: TextStyle) -> float:
    """From the top of a line to its baseline: the glyphs centred in the leading."""
    return style.leading / 2 + style.size * 0.35


class ShapedParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Lines of spans, wrapped to the frame, in the style's direction, with an optional bullet
    at the start side. Splits between lines at a page end."""

    def __init__(
        self, lines: Sequence[Sequence[Span]], style: TextStyle, bullet: Bullet | None = None
    ) -> None:
        super().__init__()
        self.style = style
        self.bullet = bullet
        self._texts = [_prepare(line, style) for line in lines]
        self._laid: list[tuple[int, tuple[int, int]]] = []
        self.width = self.height = 0.0

    @classmethod
    def _of(cls, texts: list[_Text], style: TextStyle, bullet: Bullet | None) -> ShapedParagraph:
        made = cls([], style, bullet)
        made._texts = texts
        return made

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        room = max(availWidth - style.indent, style.size)
        self._laid = [
            (index, span)
            for index, text in enumerate(self._texts)
            for span in _break_lines(text, room, style)
        ]
        self.width = availWidth
        self.height = len(self._laid) * style.leading
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits < 1 or fits >= len(self._laid):
            return []
        cut_text, (cut, _end) = self._laid[fits]
        first = [*self._texts[:cut_text], self._texts[cut_text].part(0, cut)]
        rest = [self._texts[cut_text].part(cut, len(self._texts[cut_text].text))]
        rest += self._texts[cut_text + 1 :]
        if cut == 0:
            first.pop()
        return [
            ShapedParagraph._of(first, replace(self.style, space_after=0.0), self.bullet),
            ShapedParagraph._of(rest, replace(self.style, space_before=0.0), None),
        ]

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        room = self.width - style.indent
        box = (0.0, room) if style.rtl else (style.indent, room)
        if self.bullet is not None and self._laid:  # first, so it is read first
            self._draw_bullet(self.bullet)
        canvas.saveState()
        canvas.setFillColor(style.color)
        for line, (index, span) in enumerate(self._laid):
            baseline = self.height - line * style.leading - _baseline_drop(style)
            _draw_line(canvas, self._texts[index], span, style, box, baseline)
        canvas.restoreState()

    def _draw_bullet(self, bullet: Bullet) -> None:
        style = bullet.style
        mark = _prepare([Span(bullet.text)], style)
        width = _measure(mark, 0, len(mark.text), style)
        left = self.width - bullet.indent - width if self.style.rtl else bullet.indent
        baseline = self.height - _baseline_drop(self.style)
        self.canv.saveState()
        self.canv.setFillColor(style.color)
        _draw_line(self.canv, mark, (0, len(mark.text)), style, (left, width), baseline)
        self.canv.restoreState()
