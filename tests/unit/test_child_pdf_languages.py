"""The child's plan in every language with a text file: the right fonts embedded, Arabic and
Dari joined and right to left, mixed Arabic and Latin in the right order, headings found by
text extraction; and the bidi levels checked against python-bidi (Rust unicode-bidi)."""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import unicodedata
from typing import Any

import pypdf
import pypdfium2 as pdfium
import pytest
from bidi import get_display  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf.generic import ContentStream
from tests.conftest import REPO_ROOT, Team

from barnahus.careplan.values import Values
from barnahus.formdefs.child_languages import ChildLanguage, child_language, language_facts
from barnahus.formdefs.plan import life_project_form
from barnahus.formdefs.plan_child_text import PlanChildText, plan_child_text
from barnahus.formdefs.preparation import child_texts
from barnahus.interview import preparation
from barnahus.interview.preparation import child_script
from barnahus.reports import bidi_order, shaped_text
from barnahus.reports.layout import paper_size
from barnahus.reports.plan_child import MARGINS, build_child_pdf
from barnahus.services.cases import create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.plan_pdf import Audience, preview_plan_pdf
from barnahus.services.plans import save_plan

TEXTS = REPO_ROOT / "resources" / "child_text"
LANGUAGES = sorted(path.stem.removeprefix("plan_") for path in TEXTS.glob("plan_*.yaml"))
RTL_LANGUAGES = [code for code in LANGUAGES if (lang := child_language(code)) and lang.rtl]
MIXED = "اسمي Anna Berg وعمري 12 سنة"  # "My name is Anna Berg and I am 12 years old"
PERSIAN_LETTERS = "پدر چای مژه گل یک کتاب"  # پ چ ژ گ ی ک, each joined to a neighbour
NOTO = {"NotoSans-Regular", "NotoSans-Bold"}
NOTO_ARABIC = {"NotoSansArabic-Regular", "NotoSansArabic-Bold"}


def normal(text: str) -> str:
    """For comparing extracted text: Unicode compatibility forms (an Arabic joined form is
    a presentation-form character, NFKC maps it to its letter), no zero-width (non-)joiner
    (invisible, it only steers joining), whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).replace("\u200c", "").replace("\u200d", "")
    return re.sub(r"\s+", " ", text).strip()


def compact(text: str) -> str:
    """Without any spaces: pypdf's spacing around digits in right-to-left lines is a guess."""
    return normal(text).replace(" ", "")


def plan_values(*quotes: str) -> Values:
    values: Any = copy.deepcopy(plan_versions("DEMO-0001")[0])
    for words in quotes:
        values["child_views"]["wishes"].append(
            {"words": words, "recorded_by": "Interpreter (demo)", "recorded_on": "2026-10-01"}
        )
    return dict(values)


def child_pdf(language: str, *quotes: str) -> tuple[bytes, PlanChildText]:
    form = life_project_form()
    text = plan_child_text(language, form)
    return build_child_pdf(form, plan_values(*quotes), text, "2026-11-03").data, text


def extracted(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(page.extract_text() for page in reader.pages)


def font_names(data: bytes) -> set[str]:
    """Every font on every page, by its base name without the subset tag; each must be an
    embedded TrueType subset."""
    names = set()
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        for font in (f.get_object() for f in resources["/Font"].values()):
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def boxes(data: bytes, words: str, page: int = 0) -> tuple[float, float]:
    """Left and right edge of ``words`` as PDFium (Chrome's PDF engine) finds them."""
    document = pdfium.PdfDocument(data)
    text_page = document[page].get_textpage()
    found = text_page.search(words).get_next()
    assert found is not None, words
    index, count = found
    edges = [text_page.get_charbox(i) for i in range(index, index + count)]
    return min(e[0] for e in edges), max(e[2] for e in edges)


def headings(text: PlanChildText) -> list[str]:
    return [text.document["title"], *text.sections.values()]


# Every language ------------------------------------------------------------------------------
def test_arabic_and_dari_are_among_the_languages() -> None:
    assert {"en", "ar", "prs"} <= set(LANGUAGES)
    assert {"ar", "prs"} <= set(RTL_LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_title_and_headings_are_found_by_extraction(language: str) -> None:
    data, text = child_pdf(language)
    assert text.language == language
    assert not text.is_fallback
    found = normal(extracted(data))
    for heading in headings(text):
        assert normal(heading) in found, heading
    page = text.document["page"].replace("{page}", "1").replace("{pages}", "")
    assert compact(page) in compact(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fonts_are_the_bundled_noto_fonts_of_the_script(language: str) -> None:
    data, _text = child_pdf(language)
    names = font_names(data)
    script = child_language(language)
    assert script is not None
    if script.script == "arabic":
        assert names & NOTO_ARABIC
        assert names <= NOTO_ARABIC | NOTO
    else:
        assert names
        assert names <= NOTO


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_at_least_14_points(language: str) -> None:
    data, _text = child_pdf(language, MIXED)
    reader = pypdf.PdfReader(io.BytesIO(data))
    sizes: set[float] = set()
    for page in reader.pages:
        size = 0.0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                size = float(operands[1])
            elif operator in (b"Tj", b"TJ"):
                sizes.add(size)
    assert sizes
    assert min(sizes) >= 14


# Right to left ------------------------------------------------------------------------------
@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_right_to_left_pages_are_mirrored(language: str) -> None:
    data, text = child_pdf(language)
    width, _height = paper_size("a4")
    _top, right, _bottom, left = MARGINS
    intro_start = text.document["intro_named"].split()[0]
    _left_edge, right_edge = boxes(data, intro_start)
    assert right_edge == pytest.approx(width - right, abs=3)  # the first word at the right
    section_left, _right = boxes(data, text.sections["child_views"])
    assert section_left > width / 2  # beside its picture, which is at the right

    english, _text = child_pdf("en")
    assert boxes(english, "Hello")[0] == pytest.approx(left, abs=3)
    assert boxes(english, "My wishes")[1] < width / 2


@pytest.mark.parametrize("language", RTL_LANGUAGES)
def test_arabic_letters_are_joined_and_read_in_logical_order(language: str) -> None:
    data, text = child_pdf(language, "لا", PERSIAN_LETTERS)
    raw = extracted(data)
    title = text.document["title"]
    # The joined forms are drawn (so the raw text is presentation forms, not the letters)
    # and extraction gives them in reading order.
    assert title not in raw
    assert normal(title) in normal(raw)
    assert "\ufefb" in raw or "\ufefc" in raw  # lam-alef, one glyph
    for letter in "پچژگیک":
        joined = {c for c in raw if unicodedata.normalize("NFKC", c) == letter and c != letter}
        assert joined, letter  # an initial, medial or final form was drawn
    assert normal(PERSIAN_LETTERS) in normal(raw)
    assert not re.search("[\ue000-\uf8ff\x00\ufffd]", raw)  # no private or missing glyphs


def test_a_mixed_arabic_latin_and_digits_line_renders_in_order() -> None:
    data, _text = child_pdf("ar", MIXED)
    # Right to left: the first Arabic word rightmost, then the name, itself left to right
    # ("Anna" left of "Berg"), then the next Arabic word, the number, the last word.
    words = ("اسمي", "Berg", "Anna", "وعمري", "12", "سنة")
    lefts = [boxes(data, w)[0] for w in words]
    assert lefts == sorted(lefts, reverse=True)
    assert {"NotoSans-Regular", "NotoSansArabic-Regular"} <= font_names(data)
    found = normal(extracted(data))
    for words_found in ("Anna Berg", "12", "اسمي", "وعمري", "سنة"):
        assert words_found in found


def test_a_language_languages_yaml_lacks_is_written_alike_on_the_screen_and_in_the_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Persian texts (the Dari ones under another code) with no entry in languages.yaml: the
    # Arabic-script title once made the PDF right to left while the screen was left to right.
    assert child_language("fa") is None
    stand_in = language_facts("fa", "فارسی")
    assert stand_in == ChildLanguage("fa", "فارسی", "فارسی", "ltr", "latin", "")
    assert language_facts("prs") == child_language("prs")  # a listed language is as listed

    dari = child_texts("prs")
    assert dari is not None
    persian = dataclasses.replace(dari, language="fa", name="فارسی")
    monkeypatch.setattr(
        preparation, "child_texts", lambda code: persian if code == "fa" else child_texts(code)
    )
    assert child_script("7-11", "fa").language == stand_in

    form = life_project_form()
    text = dataclasses.replace(plan_child_text("prs", form), language="fa")
    heading = text.sections["child_views"]
    width, _height = paper_size("a4")
    data = build_child_pdf(form, plan_values(), text, "2026-11-03").data
    assert boxes(data, heading)[1] < width / 2  # beside its picture, at the left
    listed = dataclasses.replace(text, language="prs")
    data = build_child_pdf(form, plan_values(), listed, "2026-11-03").data
    assert boxes(data, heading)[0] > width / 2  # as Dari is: the picture at the right


def test_the_service_prints_the_child_language_chosen_in_the_plan(team: Team) -> None:
    case_id = create_case(team.db, team.coordinator, "BH-AR-1").id
    values: Any = plan_values(MIXED)
    values["about"]["child_language"] = "ar"
    save_plan(team.db, team.psychologist, case_id, values)
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.CHILD)
    assert (pdf.language, pdf.fallback_from) == ("ar", "")
    assert normal("من يساعدني") in normal(extracted(pdf.data))


# Speed without a stopwatch ---------------------------------------------------------------------
def test_shaping_is_done_once_per_word_and_line_and_then_cached() -> None:
    form = life_project_form()
    text = plan_child_text("ar", form)
    values = plan_values(MIXED)
    shaped_text._shape.cache_clear()
    build_child_pdf(form, values, text, "2026-11-03")
    first = shaped_text._shape.cache_info().misses
    words = len(extracted(build_child_pdf(form, values, text, "2026-11-03").data).split())
    assert shaped_text._shape.cache_info().misses == first  # the second build shapes nothing
    assert first < 2 * words  # about one shaping per word (to break lines) or line run


# The bidi algorithm ---------------------------------------------------------------------------
ARABIC = "سلامپژگکی"
LATIN = "Anb"
DIGITS = "0123١٢۴"
PUNCTUATION = " .,:-/%+،؟!$#\u064e"  # with a combining mark (fatha)
BRACKETS = "()[]"
SAME = str.maketrans(BRACKETS, "((((")  # mirroring is HarfBuzz's job, not this module's


def ordered(text: str, base: int) -> str:
    line = bidi_order.line_levels(text, bidi_order.levels(text, base), base)
    shown = "".join(text[i] for i in bidi_order.visual_order(line))
    return shown.replace(bidi_order.FSI, "").replace(bidi_order.PDI, "").translate(SAME)


def reference(text: str, base: int) -> str:
    shown: str = get_display(text, base_dir="R" if base else "L")
    return shown.replace(bidi_order.FSI, "").replace(bidi_order.PDI, "").translate(SAME)


@settings(max_examples=400, deadline=None)
@given(st.text(ARABIC + LATIN + DIGITS + PUNCTUATION + BRACKETS, max_size=40), st.booleans())
def test_visual_order_matches_python_bidi(text: str, rtl: bool) -> None:
    assert ordered(text, int(rtl)) == reference(text, int(rtl))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(ARABIC + LATIN + DIGITS + PUNCTUATION, max_size=10), min_size=5, max_size=5),
    st.booleans(),
)
def test_isolated_values_match_python_bidi(parts: list[str], rtl: bool) -> None:
    fsi, pdi = bidi_order.FSI, bidi_order.PDI
    text = f"{parts[0]}{fsi}{parts[1]}{pdi}{parts[2]}{fsi}{parts[3]}{pdi}{parts[4]}"
    assert ordered(text, int(rtl)) == reference(text, int(rtl))


def test_brackets_around_an_isolate_follow_the_standard() -> None:
    # Where brackets and isolates meet, unicode-bidi and UAX #9 part: worked by hand here.
    # W2 makes 0 and 2 after م Arabic numbers; N0 pairs the second [ with ]: inside only
    # right-to-left types, and the strong type before it (ک) is right to left too, so both
    # brackets are R; N1 then makes "%,[" and the isolate between ک and [ right to left.
    fsi, pdi = bidi_order.FSI, bidi_order.PDI
    text = f"2؟#ک%,[{fsi}گ3پم{pdi}[م{fsi}2٢,{pdi}0٢2]"
    levels = bidi_order.levels(text, bidi_order.LTR)
    expected = [0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 4, 2, 1, 2, 2, 2, 1]
    assert levels == expected


def test_typed_controls_are_removed_and_lines_reset_trailing_spaces() -> None:
    assert bidi_order.plain("a\u202eb\u2067c\u2069") == "abc"
    text = "سلام  "
    line = bidi_order.line_levels(text, bidi_order.levels(text, 0), 0)
    assert line == [1, 1, 1, 1, 0, 0]
