"""How each child language is written and spoken, from resources/child_text/languages.yaml.

The child screen, the child's plan PDF and read-aloud all need the same few facts about a
language (its direction, which bundled font has its letters, which voice to ask for). Keeping
them in one data file means adding a language is a matter of files, not code, and a mistake
in the file is reported at start-up instead of showing a child a page of empty boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from barnahus.datafiles import data_file
from barnahus.errors import FormDefinitionError

LANGUAGES_FILE = "languages.yaml"
FALLBACK = "en"
DIRECTIONS = frozenset({"ltr", "rtl"})
# The bundled font files (resources/fonts) that hold each script's letters, regular and bold:
# one table for the child screen (gui/child_fonts.py) and the child's PDF (reports/fonts.py).
SCRIPT_FONT_FILES: dict[str, tuple[str, str]] = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "cyrillic": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
SCRIPTS = frozenset(SCRIPT_FONT_FILES)
_CODE = re.compile(r"^[a-z]{2,3}$")
_SPEECH = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


@dataclass(frozen=True)
class ChildLanguage:
    code: str
    name: str
    native_name: str
    direction: str
    script: str
    speech: str  # the locale asked of text-to-speech, e.g. fa_AF; "" for no read-aloud

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


def _fail(where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {LANGUAGES_FILE} is invalid at {where}: {problem}.")


def _field(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{where}.{key}", "a non-empty text is required")
    return value.strip()


def parse_languages(doc: Any) -> tuple[ChildLanguage, ...]:
    if not isinstance(doc, dict) or not isinstance(doc.get("languages"), list):
        raise _fail("the top level", "a list named languages is required")
    found: list[ChildLanguage] = []
    for index, raw in enumerate(doc["languages"]):
        where = f"languages[{index}]"
        if not isinstance(raw, dict):
            raise _fail(where, "each language is a mapping")
        language = ChildLanguage(
            code=_field(raw, "code", where),
            name=_field(raw, "name", where),
            native_name=_field(raw, "native_name", where),
            direction=_field(raw, "direction", where),
            script=_field(raw, "script", where),
            speech=_field(raw, "speech", where),
        )
        if not _CODE.match(language.code):
            raise _fail(f"{where}.code", "use a two- or three-letter ISO 639 code")
        if language.code in {known.code for known in found}:
            raise _fail(f"{where}.code", f"'{language.code}' appears twice")
        if language.direction not in DIRECTIONS:
            raise _fail(f"{where}.direction", "write ltr or rtl")
        if language.script not in SCRIPTS:
            raise _fail(f"{where}.script", f"use one of {sorted(SCRIPTS)}")
        if not _SPEECH.match(language.speech):
            raise _fail(f"{where}.speech", "use a locale such as sv or fa_AF")
        found.append(language)
    if FALLBACK not in {language.code for language in found}:
        raise _fail("languages", "English (en) is the fallback and must be listed")
    return tuple(found)


@cache
def child_languages() -> tuple[ChildLanguage, ...]:
    """Every language the centre has child texts for, English first as listed."""
    path = data_file("resources", "child_text", LANGUAGES_FILE)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {LANGUAGES_FILE} could not be read.") from exc
    return parse_languages(doc)


def child_language(code: str) -> ChildLanguage | None:
    """The language with ``code``, or None when the centre has no child texts in it."""
    return next((language for language in child_languages() if language.code == code), None)


def language_facts(code: str, name: str = "") -> ChildLanguage:
    """How texts in ``code`` are written and spoken, for the child screen and the child's PDF.

    Both ask here so that they never disagree. A text file whose language languages.yaml does
    not list is a mistake ``make i18n-check`` reports, so the stand-in for it is only a safety
    net: left to right, in the Latin fonts (whose fallbacks still draw Arabic or Cyrillic
    letters rather than boxes), and not read aloud (speech ""), because a language's code is
    not always a voice's locale (Dari is prs, its voice fa_AF) and no voice is better than a
    wrong one reading to a child. ``name`` (the text file's) names the stand-in, else the code.
    """
    known = child_language(code)
    if known is not None:
        return known
    return ChildLanguage(code, name or code, name or code, "ltr", "latin", "")


def is_rtl(code: str) -> bool:
    language = child_language(code)
    return language is not None and language.rtl
