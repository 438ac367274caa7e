"""Read-aloud without Qt: which voice speaks a language, what is read, and the facts about
each language's writing that the child script carries for the child screen."""

from __future__ import annotations

import dataclasses

import pytest
from tests.conftest import REPO_ROOT

from barnahus.formdefs.child_languages import child_language
from barnahus.formdefs.preparation import child_texts
from barnahus.interview import preparation
from barnahus.interview.preparation import child_script
from barnahus.interview.read_aloud import (
    NO_SPEECH,
    LocaleName,
    VoiceCatalogue,
    choose_voice,
    parse_locale,
    spoken_text,
)

BANDS = ("3-6", "7-11", "12-17")
CHILD_TEXT = REPO_ROOT / "resources" / "child_text"
LANGUAGES = sorted(p.stem.removeprefix("prep_") for p in CHILD_TEXT.glob("prep_*.yaml"))
# What speech-dispatcher with espeak-ng offered on the development machine (a sample).
ESPEAK = ("ar_EG", "ar_MR", "bg_BG", "en_GB", "en_US", "fa_IR", "fr_BE", "fr_CH", "fr_FR",
          "ro_RO", "sq_AL", "sv_SE", "uk_UA", "vi_VN", "C", "io_001", "es_419")  # fmt: skip
# What Qt's mock engine offers.
MOCK = ("en_GB", "en_US", "nb_NO", "nn_NO", "fi_FI")


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        ("fa_AF", LocaleName("fa", "AF")),
        ("fa-af", LocaleName("fa", "AF")),
        ("sv", LocaleName("sv", "")),
        ("sr_Latn_RS", LocaleName("sr", "RS")),
        ("es_419", LocaleName("es", "419")),
        ("en_GB.UTF-8", LocaleName("en", "GB")),
        ("C", None),
        ("POSIX", None),
        ("", None),
        ("_", None),
    ],
)
def test_locale_names_are_split_into_language_and_territory(
    name: str, parsed: LocaleName | None
) -> None:
    assert parse_locale(name) == parsed


@pytest.mark.parametrize(
    ("locales", "wanted", "chosen"),
    [
        (ESPEAK, "sv", "sv_SE"),
        (ESPEAK, "fr", "fr_FR"),  # the home territory before Belgium and Switzerland
        (ESPEAK, "en", "en_GB"),  # neither is "home": the first by name, whatever the order
        (tuple(reversed(ESPEAK)), "en", "en_GB"),
        (ESPEAK, "ar", "ar_EG"),
        (ESPEAK, "fa_AF", "fa_IR"),  # Dari: another Persian voice when there is no Afghan one
        (("fa_IR", "fa_AF"), "fa_AF", "fa_AF"),  # the territory preferred when there is one
        (("fa_IR", "fa"), "fa_AF", "fa"),  # then the bare language
        (("de_AT", "de_DE", "de_CH"), "de", "de_DE"),
        (ESPEAK, "uk", "uk_UA"),
        (ESPEAK, "vi", "vi_VN"),
        (ESPEAK, "prs", None),  # the language's code is not its speech locale
        (ESPEAK, "so", None),
        (MOCK, "ar", None),
        (MOCK, "en", "en_GB"),
        (MOCK, "fi", "fi_FI"),
        ((), "en", None),
        (("C",), "en", None),
        (ESPEAK, "", None),
        (("EN-us",), "en_US", "EN-us"),
    ],
)
def test_the_voice_matches_the_language_and_prefers_the_territory(
    locales: tuple[str, ...], wanted: str, chosen: str | None
) -> None:
    assert choose_voice(locales, wanted) == chosen


def test_no_engine_means_no_voice() -> None:
    assert NO_SPEECH.locale_for("en") is None
    assert VoiceCatalogue("", ("en_GB",)).locale_for("en") is None
    assert VoiceCatalogue("speechd", ESPEAK).locale_for("fa_AF") == "fa_IR"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_voice_on_the_development_machine(language: str) -> None:
    known = child_language(language)
    assert known is not None, f"languages.yaml does not describe {language}"
    assert choose_voice(ESPEAK, known.speech) is not None


def test_what_is_read_is_what_the_screen_shows() -> None:
    script = child_script("7-11", "en")
    practice = next(s for s in script.steps if s.practice)
    said = spoken_text(practice, script.words)
    assert said.startswith(practice.title)
    assert practice.text in said
    assert said.endswith(practice.practice)  # a question ends in its own mark
    assert script.words.practice_label not in said  # the step's words, not the screen's
    feelings = next(s for s in script.steps if s.faces)
    said = spoken_text(feelings, script.words)
    assert all(face.label in said for face in feelings.faces)
    assert spoken_text(None, script.words) == script.words.waiting


def test_each_part_ends_as_a_sentence_so_the_voice_pauses() -> None:
    script = child_script("7-11", "en")
    step = dataclasses.replace(script.steps[0], title="Who I am", text="I listen", practice="")
    assert spoken_text(step, script.words) == "Who I am. I listen."
    arabic = dataclasses.replace(step, title="من أنا؟", text="أنا أستمع.")
    assert spoken_text(arabic, script.words) == "من أنا؟ أنا أستمع."


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("band", BANDS)
def test_the_script_says_how_its_language_is_written_and_spoken(language: str, band: str) -> None:
    known = child_language(language)
    assert known is not None
    script = child_script(band, language)
    assert script.language.code == language
    assert (script.language.direction, script.language.script, script.language.speech) == (
        known.direction,
        known.script,
        known.speech,
    )
    assert script.language.rtl == (known.direction == "rtl")
    assert script.language.name == known.name
    texts = child_texts(language)
    assert texts is not None
    for step in script.steps:
        own = texts.text(step.key, band) is not None
        assert step.language == (language if own else "en")
        assert step.speech == (known.speech if own else "en")
        assert step.rtl == (known.rtl and own)


def test_rtl_languages_are_arabic_and_dari() -> None:
    rtl = {code for code in LANGUAGES if (known := child_language(code)) and known.rtl}
    assert rtl <= {"ar", "prs"}
    if "ar" in LANGUAGES:
        assert child_script("7-11", "ar").language.rtl


@pytest.mark.parametrize(("language", "name"), [("de", ""), ("other", "Freedonian")])
def test_a_language_without_texts_is_written_and_read_as_english(language: str, name: str) -> None:
    script = child_script("7-11", language, name)
    assert script.language.code == "en"
    assert (script.language.direction, script.language.script, script.language.speech) == (
        "ltr",
        "latin",
        "en",
    )
    assert script.language.name == "English"  # the interviewer is told English has no voice
    assert all(step.speech == "en" and not step.rtl for step in script.steps)


def test_a_step_missing_in_arabic_is_english_and_read_by_an_english_voice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = child_texts("en")
    assert english is not None
    partial = dataclasses.replace(
        english,
        language="ar",
        name="Arabic",
        steps={k: v for k, v in english.steps.items() if k != "interviewer"},
    )

    def texts(language: str) -> object:
        return partial if language == "ar" else english

    monkeypatch.setattr(preparation, "child_texts", texts)
    script = child_script("7-11", "ar")
    assert script.language.rtl
    assert script.language.speech == "ar"
    missing = script.step("interviewer")
    assert missing is not None
    assert (missing.language, missing.rtl, missing.speech) == ("en", False, "en")
    other = next(s for s in script.steps if s.key != "interviewer")
    assert (other.language, other.rtl, other.speech) == ("ar", True, "ar")
    assert any("Missing in Arabic" in warning for warning in script.warnings)
