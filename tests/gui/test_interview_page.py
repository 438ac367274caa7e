"""A whole coordinated interview driven through the interview page, on the demo centre.

Planning, the readiness check, every preparation step on the child screen (with practice, the
break card and the feelings check), the protocol's phases, questions with live coaching, a
break with three observers' questions and three different decisions, the end, finalising, the
PDF summary and an addendum: all by clicking and typing, all through the real services.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from tests.gui.interview_support import WAIT_MS, OpenPage, build_demo, open_page, settle

from barnahus.interview.state import SessionState, Status


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def opened(
    app: QApplication, demo_template: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[OpenPage]:
    yield from open_page(demo_template, tmp_path / "store.sqlite3", qtbot, "interviewer")


class Driver:
    """Clicks and waits: each step waits until the page shows the result of what it did."""

    def __init__(self, opened: OpenPage, qtbot: QtBot) -> None:
        self.page = opened.page
        self.qtbot = qtbot

    @property
    def state(self) -> SessionState:
        state = self.page.controller.state
        assert state is not None
        return state

    def click(self, button: QAbstractButton) -> None:
        assert button.isEnabled(), f"{button.objectName()} is disabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def until(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=WAIT_MS)
        settle(self.qtbot, self.page)

    def phase(self, key: str) -> None:
        g = self.page.running
        role = Qt.ItemDataRole.UserRole
        rows = [str(g.phases.item(i).data(role)) for i in range(g.phases.count())]
        g.phases.setCurrentRow(rows.index(key))
        self.click(g.phase_button)
        self.until(lambda: self.state.current_phase == key)

    def ask(self, text: str) -> None:
        g = self.page.running
        count = len(self.state.questions)
        g.question.clear()
        self.qtbot.keyClicks(g.question, text)
        self.qtbot.keyClick(g.question, Qt.Key.Key_Return)
        self.until(lambda: len(self.state.questions) == count + 1 and not g.question.text())

    def observer(self, agency: str, text: str) -> str:
        """Queue a question; returns what the coach said about it as it was typed."""
        o = self.page.observers
        count = len(self.state.observer_questions)
        o.agency.setCurrentIndex(o.agency.findData(agency))
        o.text.setPlainText(text)
        coached = o.entry_coach.text()
        self.click(o.add_button)
        self.until(lambda: len(self.state.observer_questions) == count + 1)
        return coached

    def decide(self, row: int, decision: str, reason: str = "", suggestion: bool = False) -> None:
        o = self.page.observers
        o.queue.selectRow(row)
        if suggestion:
            self.click(o.use_suggestion)
        else:
            o.decision.setCurrentIndex(o.decision.findData(decision))
            o.reason.setText(reason)
        question_id = list(self.state.observer_questions)[row]
        self.click(o.decide_button)
        self.until(lambda: self.state.observer_questions[question_id].decision is not None)


def _shot(widget: QWidget, folder: Path, name: str) -> None:
    folder.mkdir(exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_a_whole_interview_from_plan_to_pdf(
    opened: OpenPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, d = opened.page, Driver(opened, qtbot)
    shots = tmp_path / "screens"
    opened.workspace.choose_case(opened.case_id("DEMO-0003"))
    settle(qtbot, page)
    assert page.controller.state is None
    assert page.session_combo.count() == 0

    # 1. planning
    p = page.planning
    p.room.setCurrentIndex(1)
    p.age_band.setCurrentIndex(p.age_band.findData("12-17"))
    p.language.setCurrentIndex(p.language.findData("en"))
    for row in range(3):  # police, prosecutor, defence
        item = p.observers.item(row, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)
    p.recording.setText("REC-GUI-1")
    _shot(page, shots, "planning")
    d.click(p.save_button)
    d.until(lambda: page.controller.state is not None and page.session_combo.count() == 1)
    plan = d.state.plan
    assert plan is not None
    assert [o.agency for o in plan.observers] == ["police", "prosecutor", "defence"]
    assert plan.room == p.setup.rooms[1]

    # 2. readiness and preparation on the child screen
    r = page.preparation
    page.show_tab(r)
    for key, combo in r.answers.items():
        combo.setCurrentIndex(combo.findData("not_needed" if key == "medication" else "yes"))
    d.click(r.readiness_button)
    d.until(lambda: d.state.readiness.get("rested") == "yes")
    d.click(r.open_button)
    d.until(lambda: page.link.screen is not None)
    screen = page.link.screen
    assert screen is not None
    qtbot.waitExposed(screen)
    script = r.script
    assert script is not None
    for index, step in enumerate(script.steps):
        d.click(r.next_button)
        d.until(lambda: len(d.state.prep_steps) == index + 1)  # noqa: B023 (waited for at once)
        assert (screen.title.text(), screen.text.text()) == (step.title, step.text)
        assert r.preview_title.text() == step.title
        if step.kind == "practice":
            d.click(r.understood_button)
            done = (step.key, "understood")
            d.until(lambda: done in [(p.key, p.value) for p in d.state.practice])  # noqa: B023
        elif step.kind == "break_card":
            d.click(screen.break_button)  # the child tries the card: a practice, not a marker
            d.until(lambda: "break_card" in [p.key for p in d.state.practice])
        elif step.kind == "feelings":
            _shot(screen, shots, "child-feelings")
            d.click(screen.face_buttons()[1])
            d.until(lambda: [f.key for f in d.state.feelings] == ["good"])
    assert [s.key for s in d.state.prep_steps] == [s.key for s in script.steps]
    assert d.state.markers == []
    _shot(page, shots, "preparation")

    # 3. the interview: phases, questions with coaching, a note, a marker
    g = page.running
    page.show_tab(g)
    g.offset.setText("0:00:42")
    d.click(g.start_button)
    d.until(lambda: d.state.status is Status.RUNNING)
    assert d.state.recording_offset == 42
    assert d.state.current_phase == "introduction"
    d.phase("rapport")
    d.ask("Tell me about things you like to do.")
    d.phase("free_recall")
    d.ask("Tell me everything about that.")
    qtbot.keyClicks(g.question, "He hurt you, didn't he?")
    assert g.coach.text().startswith("Suggestive")  # flagged while it is typed
    assert "#8b1a10" in g.coach.styleSheet()
    qtbot.keyClick(g.question, Qt.Key.Key_Return)
    d.until(lambda: len(d.state.questions) == 3)
    assert [q.label for q in d.state.questions] == ["invitation", "invitation", "suggestive"]
    qtbot.keyClicks(g.note, "Talks in his own words; calm.")
    d.click(g.note_button)
    d.until(lambda: len(d.state.notes) == 1 and not g.note.toPlainText())
    d.click(g.marker_buttons["disclosure"])
    d.until(lambda: [m.key for m in d.state.markers] == ["disclosure"])
    assert "Open prompts: 67 % of 3 prompts." in g.counts.text()
    _shot(page, shots, "running")

    # 4. the break: three observers' questions, three different decisions
    d.phase("break")
    assert d.state.status is Status.ON_BREAK
    assert page.tabs.currentWidget() is page.pages[page.observers]
    d.observer("police", "When did it happen the last time?")
    coached = d.observer("prosecutor", "Was the door locked?")
    assert "Open alternative: Tell me about the door." in coached
    d.observer("defence", "He hurt you, didn't he?")
    d.decide(0, "asked")
    d.decide(1, "rephrased", suggestion=True)
    d.decide(2, "declined", reason="Leading; the child has not said this.")
    decisions = [q.decision for q in d.state.observer_questions.values()]
    assert [(x.decision, x.wording, x.reason) for x in decisions if x is not None] == [
        ("asked", "", ""),
        ("rephrased", "Tell me about the door.", ""),
        ("declined", "", "Leading; the child has not said this."),
    ]
    _shot(page, shots, "observers")
    d.phase("follow_up")
    back = d.state
    assert back.status is Status.RUNNING
    assert back.breaks[-1].ended_at is not None
    d.ask("Tell me about the door.")
    d.phase("closing")
    d.click(g.end_button)
    d.until(lambda: d.state.status is Status.ENDED)

    # 5. summary, finalising, the PDF, an addendum
    s = page.summary
    page.show_tab(s)
    assert not s.finalise_button.isEnabled()
    s.checked.setChecked(True)
    d.click(s.finalise_button)
    d.until(lambda: d.state.status is Status.FINALISED)
    assert not g.note_button.isEnabled()
    assert not page.observers.add_button.isEnabled()
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    d.click(s.pdf_button)
    d.until(target.exists)
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(target).pages).split())
    for expected in (
        "Introduction",
        "Rapport",
        "Free recall",
        "Break (observers' questions)",
        "Follow-up",
        "Closing",
        "Asked as written",
        "Rephrased",
        "Declined",
        "Leading; the child has not said this.",
        "DEMO-0003",
        "Who I am",
    ):
        assert expected in text, expected
    s.addendum.setPlainText("The recording reference is REC-GUI-2.")
    d.click(s.addendum_button)
    d.until(lambda: len(d.state.addenda) == 1)
    _shot(page, shots, "summary")
    assert "REC-GUI-2" in s.browser.toPlainText()
