"""The interview page beyond the happy path: resuming after a crash, the coordinator's view,
accessible names on every control, and the finished demo interview shown in full."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.gui.interview_support import (
    PASSPHRASE,
    WAIT_MS,
    OpenPage,
    build_demo,
    open_page,
    settle,
    widget_texts,
)
from tests.interview_kit import READY, make_plan

from barnahus.gui.interview import InterviewPage
from barnahus.interview.state import Status
from barnahus.services import interview_actions as act
from barnahus.services.interview_log import load_interview_draft, save_interview_draft
from barnahus.services.interviews import plan_interview
from barnahus.services.signin import sign_in


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


def _open(demo_template: Path, tmp_path: Path, qtbot: QtBot, user: str) -> Iterator[OpenPage]:
    return open_page(demo_template, tmp_path / f"{user}.sqlite3", qtbot, user)


@pytest.fixture
def interviewer(
    app: QApplication, demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[OpenPage]:
    yield from _open(demo_template, tmp_path, qtbot, "interviewer")


@pytest.fixture
def coordinator(
    app: QApplication, demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[OpenPage]:
    yield from _open(demo_template, tmp_path, qtbot, "coordinator")


def test_an_interrupted_interview_resumes_with_its_typing(
    interviewer: OpenPage, qtbot: QtBot
) -> None:
    """What a restart after a crash finds: the session running, the clock going, the note."""
    db, case_id = interviewer.db, interviewer.case_id("DEMO-0003")
    other = sign_in(db, "psychologist", PASSPHRASE)  # the workstation that crashed
    s = plan_interview(db, other, case_id, make_plan(interviewer.workspace.keyring.user_id))
    s = act.record_readiness(db, other, s, READY)
    s = act.start_interview(db, other, s, 10.0)
    s = act.enter_phase(db, other, s, "free_recall")
    save_interview_draft(db, interviewer.workspace.keyring, s.session_id, {"note": "He said th"})
    page = interviewer.page

    interviewer.workspace.choose_case(case_id)
    settle(qtbot, page)

    state = page.controller.state
    assert state is not None
    assert (state.session_id, state.status, state.current_phase) == (
        s.session_id,
        Status.RUNNING,
        "free_recall",
    )
    qtbot.waitUntil(lambda: page.running.note.toPlainText() == "He said th", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.running.clock.text() != "0:00:00", timeout=WAIT_MS)
    assert page.running.recording.text().startswith("Recording 0:00:1")
    qtbot.keyClicks(page.running.note, "e door was red.")
    qtbot.waitUntil(
        lambda: page.controller.saver is not None and page.controller.saver.pending is None,
        timeout=WAIT_MS,
    )
    settle(qtbot, page)
    draft = load_interview_draft(db, interviewer.workspace.keyring, s.session_id)
    assert draft is not None
    assert draft.fields["note"] == "He said the door was red."
    other.lock()


def test_the_coordinator_sees_dates_status_and_durations_only(
    coordinator: OpenPage, qtbot: QtBot
) -> None:
    page = coordinator.page
    view = page.metadata
    assert view is not None
    coordinator.workspace.choose_case(coordinator.case_id("DEMO-0002"))
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    row = [view.table.item(0, c).text() for c in range(view.table.columnCount())]  # type: ignore[union-attr]
    assert row[1:4] == ["Lantern room (interview room 1)", "interviewer", "Finalised and locked"]
    assert row[6] == "0:48:00"
    texts = " ".join(widget_texts(page))
    for said in ("soft ball", "garage", "scared of the dark", "Tobin chose", "Detective"):
        assert said not in texts
    qtbot.waitUntil(lambda: view.book_interviewer.count() == 2, timeout=WAIT_MS)
    qtbot.mouseClick(view.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=WAIT_MS)
    statuses = {view.table.item(r, 3).text() for r in range(2)}  # type: ignore[union-attr]
    assert statuses == {"Finalised and locked", "Planned"}
    assert page.grab().save(str(coordinator.db.path.with_name("coordinator.png")))  # type: ignore[union-attr]


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and not w.accessibleName()
        and w.objectName() not in {"qt_scrollarea_viewport"}
        and not w.objectName().startswith("qt_")
    ]


def _labels_without_buddies(root: QWidget) -> list[str]:
    return [
        label.objectName()
        for label in root.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is None
    ]


def test_every_control_has_an_accessible_name(interviewer: OpenPage, qtbot: QtBot) -> None:
    page: InterviewPage = interviewer.page
    interviewer.workspace.choose_case(interviewer.case_id("DEMO-0002"))
    settle(qtbot, page)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert _unnamed(page) == [], page.tabs.tabText(index)
    assert _labels_without_buddies(page) == []
    qtbot.mouseClick(page.preparation.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.link.screen is not None, timeout=WAIT_MS)
    screen = page.link.screen
    assert screen is not None
    qtbot.mouseClick(page.preparation.next_button, Qt.MouseButton.LeftButton)
    assert _unnamed(screen) == []


def test_the_finished_demo_interview_is_shown_in_full(interviewer: OpenPage, qtbot: QtBot) -> None:
    page = interviewer.page
    interviewer.workspace.choose_case(interviewer.case_id("DEMO-0002"))
    settle(qtbot, page)
    state = page.controller.state
    assert state is not None
    assert state.status is Status.FINALISED
    assert page.running.table.rowCount() == 17
    assert "Open prompts: 75 % of 16 prompts." in page.running.counts.text()
    assert page.observers.queue.rowCount() == 3
    assert "0 waiting" in page.observers.count.text()
    qtbot.waitUntil(lambda: "Neutral topic" in page.summary.browser.toPlainText(), timeout=WAIT_MS)
    assert not page.summary.finalise_button.isEnabled()
    assert page.summary.addendum_group.isEnabled()
    assert not page.planning.save_button.isEnabled()


def test_a_further_interview_waits_for_its_reason(interviewer: OpenPage, qtbot: QtBot) -> None:
    page = interviewer.page
    interviewer.workspace.choose_case(interviewer.case_id("DEMO-0001"))
    settle(qtbot, page)
    assert "already had a forensic interview" in page.warning.text()
    assert page.planning.further_group.isVisibleTo(page.planning)
    prep = page.preparation
    for key, combo in prep.answers.items():
        combo.setCurrentIndex(combo.findData("not_needed" if key == "medication" else "yes"))
    qtbot.mouseClick(prep.readiness_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    qtbot.mouseClick(page.running.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Record why" in page.message.text(), timeout=WAIT_MS)
    state = page.controller.state
    assert state is not None
    assert state.status is Status.PREPARING
    page.planning.further_reason.setPlainText(
        "New evidence about a second city; the prosecutor asked."
    )
    qtbot.mouseClick(page.planning.further_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.warning.text() == "", timeout=WAIT_MS)
    qtbot.mouseClick(page.running.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.controller.state is not None and page.controller.state.status is Status.RUNNING
        ),
        timeout=WAIT_MS,
    )


@pytest.fixture
def broken_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A copy of the data folders whose interview set-up lost a readiness question."""
    import shutil

    from tests.conftest import REPO_ROOT

    from barnahus.formdefs import interview, preparation

    root = tmp_path / "data"
    for name in ("ui", "resources", "forms"):
        shutil.copytree(REPO_ROOT / name, root / name)
    setup = root / "forms" / "interview" / "setup.yaml"
    setup.write_text(
        setup.read_text(encoding="utf-8").replace(
            "    question: Has the child been offered", "    q: x"
        ),
        encoding="utf-8",
    )
    caches = (
        interview.interview_setup,
        interview.protocol,
        preparation.preparation,
        preparation.child_texts,
    )
    monkeypatch.setenv("BARNAHUS_DATA_ROOT", str(root))
    for cached in caches:
        cached.cache_clear()
    yield
    monkeypatch.delenv("BARNAHUS_DATA_ROOT")
    for cached in caches:
        cached.cache_clear()


def test_a_broken_form_file_is_named_instead_of_a_half_built_page(
    app: QApplication, demo_template: Path, tmp_path: Path, qtbot: QtBot, broken_forms: None
) -> None:
    for opened in _open(demo_template, tmp_path, qtbot, "interviewer"):
        assert opened.page.broken
        texts = widget_texts(opened.page)
        assert any("setup.yaml is invalid at readiness[2].question" in t for t in texts), texts


def test_locking_hides_the_interview_and_unlocking_brings_it_back(
    interviewer: OpenPage, qtbot: QtBot
) -> None:
    page, workspace = interviewer.page, interviewer.workspace
    workspace.choose_case(interviewer.case_id("DEMO-0001"))
    settle(qtbot, page)
    qtbot.keyClicks(page.observers.text, "Was it a big")
    qtbot.waitUntil(
        lambda: page.controller.saver is not None and page.controller.saver.pending is None,
        timeout=WAIT_MS,
    )
    assert "Tires quickly" in page.planning.special_needs.toPlainText()

    workspace.lock()
    qtbot.waitUntil(lambda: workspace.keyring.locked, timeout=WAIT_MS)

    assert page.controller.state is None
    assert page.observers.text.toPlainText() == ""
    assert page.planning.special_needs.toPlainText() == ""
    assert "Freedonian" not in " ".join(widget_texts(page))
    workspace.unlock(sign_in(interviewer.db, "interviewer", PASSPHRASE))
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.observers.text.toPlainText() == "Was it a big", timeout=WAIT_MS)
    assert "Tires quickly" in page.planning.special_needs.toPlainText()

    workspace.choose_case(interviewer.case_id("DEMO-0002"))
    settle(qtbot, page)
    assert page.observers.text.toPlainText() == ""  # the typing stays with its own session
