"""The child screen in every child language: its direction, its bundled font, its own words,
and the speaker button, which shows only when the computer has a voice for the language (the
interviewer is told when it has none; the child never is)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import REPO_ROOT
from tests.gui.interview_support import widget_texts

from barnahus.formdefs.child_languages import child_language
from barnahus.formdefs.preparation import child_texts, fallback_texts
from barnahus.gui.child_fonts import child_font_families
from barnahus.gui.interview.child_link import ChildScreenLink
from barnahus.gui.interview.child_screen import ChildScreen
from barnahus.gui.interview.preparation_tab import PreparationTab
from barnahus.gui.interview.read_aloud import (
    PROBE_TIMEOUT_MS,
    ReadAloud,
    install_read_aloud,
)
from barnahus.interview.preparation import ChildScript, child_script
from barnahus.interview.read_aloud import VoiceCatalogue, choose_voice, spoken_text

BANDS = ("3-6", "7-11", "12-17")
LANGUAGES = sorted(
    p.stem.removeprefix("prep_") for p in (REPO_ROOT / "resources" / "child_text").glob("prep_*")
)
FAMILY = {"latin": "Noto Sans", "cyrillic": "Noto Sans", "arabic": "Noto Sans Arabic"}
NO_VOICE = "has no voice for"
MOCK_LOCALES = ("en_GB", "en_US", "nb_NO", "nn_NO", "fi_FI")  # what Qt's mock engine offers
# Words about voices and reviews are for the interviewer; none may reach the child's screen.
INTERVIEWER_ONLY = (NO_VOICE, "read-aloud is off", "reviewed", "native speaker", "interpreter")


def _speaker(qtbot: QtBot, engine: str) -> Iterator[ReadAloud]:
    speaker = ReadAloud(engine)
    previous = install_read_aloud(speaker)
    speaker.start()
    qtbot.waitUntil(lambda: speaker.catalogue is not None, timeout=PROBE_TIMEOUT_MS + 5000)
    try:
        yield speaker
    finally:
        speaker.close()
        install_read_aloud(previous)


@pytest.fixture
def mock_voice(app: QApplication, qtbot: QtBot) -> Iterator[ReadAloud]:
    """Qt's mock engine: English (and Norwegian, Finnish) voices that make no sound."""
    yield from _speaker(qtbot, "mock")


@pytest.fixture
def no_engine(app: QApplication, qtbot: QtBot) -> Iterator[ReadAloud]:
    """A computer without any text-to-speech engine."""
    yield from _speaker(qtbot, "no-such-engine")


@pytest.fixture
def system_voice(app: QApplication, qtbot: QtBot) -> Iterator[ReadAloud]:
    """This computer's own engine, whatever it has (or lacks)."""
    yield from _speaker(qtbot, "")


def _open(qtbot: QtBot, script: ChildScript) -> tuple[ChildScreenLink, ChildScreen]:
    link = ChildScreenLink()
    link.set_script(script, script.band)
    link.open(full_screen=False)
    screen = link.screen
    assert screen is not None
    qtbot.addWidget(screen)
    screen.resize(1024, 720)
    qtbot.waitExposed(screen)
    return link, screen


def _leaks(screen: ChildScreen) -> list[str]:
    return [t for t in widget_texts(screen) for word in INTERVIEWER_ONLY if word in t]


def test_every_language_with_texts_is_described() -> None:
    assert "en" in LANGUAGES
    for code in LANGUAGES:
        assert child_language(code) is not None, code


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_child_screen_speaks_the_childs_language(
    mock_voice: ReadAloud, qtbot: QtBot, language: str, band: str
) -> None:
    known = child_language(language)
    texts = child_texts(language)
    assert known is not None
    assert texts is not None
    link, screen = _open(qtbot, child_script(band, language))
    expected = Qt.LayoutDirection.RightToLeft if known.rtl else Qt.LayoutDirection.LeftToRight
    assert screen.layoutDirection() == expected
    assert screen.break_button.layoutDirection() == expected
    assert mock_voice.catalogue == VoiceCatalogue("mock", tuple(sorted(MOCK_LOCALES)))
    family = FAMILY[known.script]
    assert child_font_families(known.script)[0] == family  # registered from resources/fonts
    assert screen.windowTitle() == texts.screen["window_title"]
    assert screen.title.text() == texts.screen["waiting"]
    assert screen.break_button.text() == texts.screen["break_button"]
    english = fallback_texts()
    script = link.script
    assert script is not None
    for step in script.steps:
        link.show(step.key)
        words = texts.text(step.key, band) or english.text(step.key, band)
        assert words is not None
        assert (screen.title.text(), screen.text.text()) == (words.title, words.text)
        if step.practice:
            assert screen.practice.text() == words.practice
            assert screen.practice_heading.text() == texts.screen["practice_label"]
        for label in (screen.title, screen.text, screen.practice, screen.break_button):
            assert label.font().families()[0] == family
            assert label.fontInfo().family() == family
        source = texts if step.language == language else english
        for face, shown in zip(step.faces, screen.face_buttons(), strict=True):
            assert shown.fontInfo().family() == family
            assert shown.text() == face.label == source.feelings[face.key]
        # The mock engine speaks English: the button is there exactly for English words.
        has_voice = choose_voice(MOCK_LOCALES, step.speech) is not None
        assert screen.read_aloud_button.isVisible() == has_voice
        assert has_voice == (step.language == "en")
        assert _leaks(screen) == []
    link.close()


def test_the_speaker_reads_the_step_and_stops(
    mock_voice: ReadAloud, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, str]] = []
    speak = mock_voice.say

    def listen(text: str, locale: str) -> None:
        said.append((text, locale))
        speak(text, locale)

    monkeypatch.setattr(mock_voice, "say", listen)
    script = child_script("7-11", "en")
    link, screen = _open(qtbot, script)
    step = next(s for s in script.steps if s.practice)
    link.show(step.key)
    button = screen.read_aloud_button
    assert button.isVisible()
    assert button.accessibleName() == "Read aloud"
    assert button.accessibleDescription()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(mock_voice.speaking_changed, check_params_cb=lambda on: on):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert said == [(spoken_text(step, script.words), "en_GB")]
    assert button.isChecked()
    with qtbot.waitSignal(mock_voice.speaking_changed, check_params_cb=lambda on: not on):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isChecked()
    with qtbot.waitSignal(mock_voice.speaking_changed, check_params_cb=lambda on: on):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(mock_voice.speaking_changed, check_params_cb=lambda on: not on):
        link.show("")  # a new step silences the old one
    assert said[-1][0] == spoken_text(step, script.words)
    link.close()


@pytest.mark.parametrize("language", [code for code in ("ar", "prs") if code in LANGUAGES])
def test_right_to_left_puts_the_speaker_on_the_right(
    mock_voice: ReadAloud, qtbot: QtBot, language: str
) -> None:
    known = child_language(language)
    assert known is not None
    # As on a computer with Arabic and Persian voices (the mock has neither).
    mock_voice.catalogue = VoiceCatalogue("mock", ("ar_EG", "fa_IR"))
    link, screen = _open(qtbot, child_script("7-11", language))
    assert screen.read_aloud_button.isVisible()
    speaker, card = screen.read_aloud_button, screen.break_button
    assert (
        speaker.mapTo(screen, speaker.rect().topLeft()).x()
        > card.mapTo(screen, card.rect().topLeft()).x()
    )
    assert screen.progress.text() == ""
    link.show(child_script("7-11", language).steps[1].key)
    assert screen.progress.text().startswith("\u200f")  # the dots fill from the right
    link.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_an_engine_the_button_hides_and_the_interviewer_is_told(
    no_engine: ReadAloud, qtbot: QtBot, language: str
) -> None:
    script = child_script("7-11", language)
    tab = PreparationTab()
    qtbot.addWidget(tab)
    tab.show_script(script)
    warning = (
        f"This computer has no voice for {script.language.name}, so read-aloud is off: read "
        "the steps to the child or ask the interpreter."
    )
    assert warning in tab.warnings.text().splitlines()
    for earlier in script.warnings:  # the warnings about the texts stay
        assert earlier in tab.warnings.text().splitlines()
    link, screen = _open(qtbot, script)
    for step in script.steps:
        link.show(step.key)
        assert not screen.read_aloud_button.isVisible()
        assert _leaks(screen) == []
    link.close()


def test_the_interviewer_hears_which_languages_the_mock_cannot_read(
    mock_voice: ReadAloud, qtbot: QtBot
) -> None:
    tab = PreparationTab()
    qtbot.addWidget(tab)
    tab.show_script(child_script("7-11", "en"))
    assert NO_VOICE not in tab.warnings.text()
    assert "have not been reviewed" in tab.warnings.text()  # English ships unreviewed
    for language in LANGUAGES:
        script = child_script("7-11", language)
        tab.show_script(script)
        named = f"{NO_VOICE} {script.language.name},"
        assert (named in tab.warnings.text()) == (language != "en"), language
    # A language without texts is shown, and read, in English.
    tab.show_script(child_script("7-11", "other", "Freedonian"))
    assert NO_VOICE not in tab.warnings.text()
    assert "Freedonian" in tab.warnings.text()


def test_the_warning_waits_for_the_engine(app: QApplication, qtbot: QtBot) -> None:
    """While the engine is still being asked, nothing is said about voices."""
    speaker = ReadAloud("mock")
    previous = install_read_aloud(speaker)
    try:
        tab = PreparationTab()
        qtbot.addWidget(tab)
        script = child_script("7-11", "prs" if "prs" in LANGUAGES else "sv")
        with qtbot.waitSignal(speaker.ready):
            tab.show_script(script)
            assert NO_VOICE not in tab.warnings.text()
        assert NO_VOICE in tab.warnings.text()
    finally:
        speaker.close()
        install_read_aloud(previous)


@pytest.mark.parametrize("language", ["en", *[c for c in ("prs", "uk") if c in LANGUAGES]])
def test_the_real_engine_decides_whichever_way_this_computer_is(
    system_voice: ReadAloud, qtbot: QtBot, language: str
) -> None:
    catalogue = system_voice.catalogue
    assert catalogue is not None
    script = child_script("7-11", language)
    has_voice = catalogue.locale_for(script.language.speech) is not None
    link, screen = _open(qtbot, script)
    for step in script.steps[:3]:
        link.show(step.key)
        assert screen.read_aloud_button.isVisible() == has_voice
    tab = PreparationTab()
    qtbot.addWidget(tab)
    tab.show_script(script)
    assert (NO_VOICE in tab.warnings.text()) == (not has_voice)
    assert _leaks(screen) == []
    link.close()  # never pressed: a machine without a sound card can wedge the speech service


def test_a_changed_language_redraws_an_open_screen(mock_voice: ReadAloud, qtbot: QtBot) -> None:
    rtl = next((c for c in ("ar", "prs") if c in LANGUAGES), None)
    if rtl is None:
        pytest.skip("no right-to-left texts yet")
    link, screen = _open(qtbot, child_script("7-11", "en"))
    assert screen.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.read_aloud_button.isVisible()
    link.set_script(child_script("7-11", rtl), "7-11")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.title.fontInfo().family() == "Noto Sans Arabic"
    assert not screen.read_aloud_button.isVisible()
    link.set_script(replace(child_script("7-11", "en")), "7-11")
    assert screen.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.title.fontInfo().family() == "Noto Sans"
    link.close()
