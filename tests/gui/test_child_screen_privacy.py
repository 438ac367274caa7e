"""The child screen never shows anything about the case.

Every widget of the child screen is walked at every step (and after the break card and a face
are pressed, and on the welcome screen): its text, tool tip, status tip, "what's this",
accessible name and description, and the window title. None may contain any identifying
string of any demo case: case numbers, names, pseudonyms, addresses, contacts, notes, the
interview plans (observers, interpreter, special needs, the child's language name) and the
session's own notes and questions. This is done through the interview page for a real planned
session, and for the child screen alone in every age band.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.gui.interview_support import (
    OpenPage,
    build_demo,
    open_page,
    settle,
    strings_in,
    widget_texts,
)

from barnahus.gui.interview import ChildScreen
from barnahus.interview.preparation import child_script
from barnahus.services.demo import demo_cases

PROFILE_FIELDS = (
    "pseudonym",
    "given_names",
    "family_name",
    "date_of_birth",
    "nationality",
    "guardian_name",
    "placement",
)
CONTACT_FIELDS = ("name", "organisation", "phone", "email", "notes")
PLAN_FIELDS = ("special_needs", "child_language_other", "recording_reference")
RUN_FIELDS = ("note", "question", "text", "wording", "reason")


def _interview_strings(interview: dict[str, Any]) -> list[str]:
    found = [str(interview[k]) for k in PLAN_FIELDS if interview.get(k)]
    found += [str(o["name"]) for o in interview.get("observers", []) if isinstance(o, dict)]
    interpreter = interview.get("interpreter")
    if isinstance(interpreter, dict):
        found += [str(interpreter[k]) for k in ("name", "language") if interpreter.get(k)]
    for entry in interview.get("run", []):
        if isinstance(entry, dict):
            found += [str(entry[k]) for k in RUN_FIELDS if isinstance(entry.get(k), str)]
    return found


def _canaries() -> list[str]:
    """Every identifying string of the demo cases, and each part of every name."""
    found: set[str] = set()
    for case in demo_cases():
        found.add(case["case_number"])
        profile = case.get("profile", {})
        names = [str(profile[k]) for k in PROFILE_FIELDS if profile.get(k)]
        for contact in case.get("contacts", []):
            names += [str(contact[k]) for k in CONTACT_FIELDS if contact.get(k)]
        for notes in case.get("notes", {}).values():
            found.update(s for note in notes for s in strings_in(note))
        for interview in case.get("interviews", []):
            found.update(_interview_strings(interview))
        found.update(s for s in strings_in(case.get("life_project")) if len(s) >= 12)
        found.update(names)
        found.update(part for name in names for part in name.split() if part[:1].isupper())
    # Ordinary words that are also parts of names or organisations are not case data.
    generic = {"Service", "Guardianship", "Child", "Protection", "District", "Family"}
    return sorted(c for c in found if len(c) >= 4 and c not in generic)


CANARIES = _canaries()


def _assert_nothing_about_the_case(screen: ChildScreen, extra: tuple[str, ...] = ()) -> None:
    texts = widget_texts(screen)
    assert texts, "nothing was read from the child screen"
    for canary in (*CANARIES, *extra):
        leaked = [text for text in texts if canary in text]
        assert not leaked, f"{canary!r} shown on the child screen: {leaked}"


def test_the_canary_list_is_real() -> None:
    for expected in ("DEMO-0001", "Lirien", "Fictiva", "Wren", "Freedonian", "Greta Placeholder"):
        assert expected in CANARIES


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def opened(
    app: QApplication, demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[OpenPage]:
    yield from open_page(demo_template, tmp_path / "store.sqlite3", qtbot, "interviewer")


def test_every_step_of_a_planned_session_shows_no_case_data(opened: OpenPage, qtbot: QtBot) -> None:
    page = opened.page
    opened.workspace.choose_case(opened.case_id("DEMO-0001"))
    settle(qtbot, page)
    state = page.controller.state
    assert state is not None
    assert state.plan is not None
    assert state.plan.child_language_other == "Freedonian"
    extra = (state.session_id, state.session_id[:8], state.case_id)
    prep = page.preparation
    qtbot.mouseClick(prep.full_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.link.screen is not None)
    screen = page.link.screen
    assert screen is not None
    qtbot.waitExposed(screen)
    _assert_nothing_about_the_case(screen, extra)  # the welcome screen
    script = prep.script
    assert script is not None
    assert any("Freedonian" in w for w in script.warnings)  # told to the interviewer only
    for index, step in enumerate(script.steps):
        qtbot.mouseClick(prep.next_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        assert screen.step == step
        _assert_nothing_about_the_case(screen, extra)
        if step.kind == "feelings":
            qtbot.mouseClick(screen.face_buttons()[0], Qt.MouseButton.LeftButton)
            settle(qtbot, page)
            _assert_nothing_about_the_case(screen, extra)
        assert len(page.controller.state.prep_steps if page.controller.state else []) == index + 1
    qtbot.mouseClick(screen.break_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    _assert_nothing_about_the_case(screen, extra)
    qtbot.mouseClick(prep.waiting_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert screen.step is None
    _assert_nothing_about_the_case(screen, extra)


@pytest.mark.parametrize("band", ["3-6", "7-11", "12-17"])
def test_every_step_in_every_age_band_shows_no_case_data(
    app: QApplication, qtbot: QtBot, band: str, tmp_path: Path
) -> None:
    script = child_script(band, "en")
    screen = ChildScreen()
    qtbot.addWidget(screen)
    screen.set_words(script.words, band)
    screen.present(full_screen=False)
    qtbot.waitExposed(screen)
    screen.show_waiting()
    _assert_nothing_about_the_case(screen)
    for step in script.steps:
        screen.show_step(step)
        _assert_nothing_about_the_case(screen)
        assert screen.title.text() == step.title
        assert screen.practice_frame.isVisibleTo(screen) == bool(step.practice)
        assert len(screen.face_buttons()) == len(step.faces)
        if step.key in ("interviewer", "rule_dont_know", "feelings"):
            assert screen.grab().save(str(tmp_path / f"child-{band}-{step.key}.png"))
    assert screen.windowTitle() == "Hello"
