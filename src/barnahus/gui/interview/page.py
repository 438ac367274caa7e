"""The interview area: choose the case's session, then plan, prepare, run, relay, finish.

The page follows ``workspace.case_changed`` and wires five tabs and the child screen to one
:class:`SessionController`. Accounts without the interview key (coordinators) get the metadata
view instead: dates, rooms, status and durations, never what was said.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from barnahus.errors import FormDefinitionError
from barnahus.formdefs.interview import protocol
from barnahus.formdefs.preparation import check_interview_forms
from barnahus.gui.interview.child_link import ChildScreenLink
from barnahus.gui.interview.controller import Action, SessionController
from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.metadata_view import InterviewMetadataView
from barnahus.gui.interview.observers_tab import ObserversTab
from barnahus.gui.interview.planning_tab import PlanningTab
from barnahus.gui.interview.preparation_tab import PreparationTab
from barnahus.gui.interview.running_tab import RunningTab
from barnahus.gui.interview.summary_tab import SummaryTab
from barnahus.gui.interview.texts import local_time, status_name
from barnahus.gui.interview.typing import clear_boxes, restore_boxes
from barnahus.gui.interview.wiring import wire
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.interview.clock import elapsed_seconds, timecode
from barnahus.interview.plan import InterviewPlan
from barnahus.interview.preparation import child_script
from barnahus.interview.state import BEFORE_START, HELD, LIVE, SessionState, Status
from barnahus.roles import Compartment
from barnahus.services import interview_actions as act
from barnahus.services.interview_log import InterviewDraft
from barnahus.services.interviews import SessionListing, interviewer_choices


def _report() -> ModuleType:
    """The interview summary service, imported on the worker that uses it: it loads reportlab,
    which would otherwise hold up the GUI thread for a few hundred milliseconds at sign-in."""
    from barnahus.services import interview_report

    return interview_report


class InterviewPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.broken = False
        self.setAccessibleName(self.tr("Interview"))
        if not workspace.keyring.holds(Compartment.INTERVIEW):
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            self.metadata: InterviewMetadataView | None = InterviewMetadataView(workspace, self)
            layout.addWidget(self.metadata)
            return
        self.metadata = None
        try:
            check_interview_forms()
        except FormDefinitionError as exc:
            # A centre's edit to forms/ broke a file: say which, instead of a half-built page.
            layout = QVBoxLayout(self)
            problem = QLabel(translated(exc.message), self)
            problem.setWordWrap(True)
            problem.setAccessibleName(self.tr("Interview set-up problem"))
            layout.addWidget(problem)
            self.broken = True
            return
        form = load_into(self, "interview_page.ui")
        apply_stretch(form)
        self.session_combo = child(form, QComboBox, "sessionCombo")
        self.new_button = child(form, QPushButton, "newButton")
        self.status = child(form, QLabel, "statusLabel")
        self.warning = child(form, QLabel, "warningLabel")
        self.warning.setStyleSheet("color: #8b1a10; font-weight: 600;")
        self.break_frame = child(form, QFrame, "childBreakFrame")
        self.break_label = child(form, QLabel, "childBreakLabel")
        self.tabs = child(form, QTabWidget, "interviewTabs")
        self.message = child(form, QLabel, "messageLabel")
        self.break_frame.setStyleSheet("QFrame#childBreakFrame { background: #fbe3df; }")
        child(form, QLabel, "titleLabel").setStyleSheet(
            "font-size: 18pt; font-weight: 600; color: #1f4e51;"
        )
        self.break_frame.hide()
        self.controller = SessionController(workspace, self)
        self.link = ChildScreenLink(self)
        self.planning = PlanningTab(self)
        self.preparation = PreparationTab(self)
        self.running = RunningTab(self)
        self.observers = ObserversTab(self)
        self.summary = SummaryTab(self)
        # Each tab scrolls, so the page also fits a small laptop screen next to the navigation.
        self.pages: dict[QWidget, QScrollArea] = {}
        for tab, title in (
            (self.planning, self.tr("1. Planning")),
            (self.preparation, self.tr("2. Readiness and preparation")),
            (self.running, self.tr("3. Interview")),
            (self.observers, self.tr("4. Observers' questions")),
            (self.summary, self.tr("5. Summary")),
        ):
            scroll = QScrollArea(self.tabs)
            scroll.setWidget(tab)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setAccessibleName(title)
            self.pages[tab] = scroll
            self.tabs.addTab(scroll, title)
        self.listings: list[SessionListing] = []
        self._seen_child_break = 0
        wire(self, form)
        self.follow_case(workspace.case_id)

    # wiring -------------------------------------------------------------------------------------
    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(self.pages[tab])

    def do(self, action: Action, done: Callable[[], None] | None = None) -> None:
        """Run one action on the open session; clear the message once it succeeded."""

        def finished() -> None:
            self.message.setText("")
            if done is not None:
                done()

        self.controller.act(action, finished)

    # case and session choice ----------------------------------------------------------------------
    def leave_session(self) -> None:
        """Close the shown session; its unsent typing goes to its own draft, not the next one."""
        self.controller.close_session()
        clear_boxes(self)

    def follow_case(self, case_id: str) -> None:
        self.leave_session()
        self.listings = []
        self.session_combo.clear()
        self.tabs.setEnabled(bool(case_id))
        self.new_button.setEnabled(bool(case_id))
        self.status.setText(
            self.tr("Choose a case in the Cases area first.") if not case_id else ""
        )
        if case_id:
            self.controller.load_listings(case_id)
            w = self.workspace
            w.run(
                lambda: interviewer_choices(w.db),
                lambda accounts: self.planning.set_interviewers(accounts, w.keyring.user_id),
            )

    def show_listings(self, listings: Any) -> None:
        chosen = self.controller.state.session_id if self.controller.state else ""
        self.listings = list(listings)
        self.session_combo.clear()
        for s in self.listings:
            when = local_time(s.scheduled_for, with_date=True)
            self.session_combo.addItem(f"{when} · {status_name(s.status)} · {s.room}", s.id)
        self._show_earlier()
        if chosen:
            self.session_combo.setCurrentIndex(self.session_combo.findData(chosen))
            return
        live = [s for s in self.listings if s.status not in ("finalised", "cancelled")]
        pick = live[0] if live else (self.listings[-1] if self.listings else None)
        if pick is None:
            self.new_plan()
        else:
            self.session_combo.setCurrentIndex(self.session_combo.findData(pick.id))
            self.controller.open(pick.id)

    def session_chosen(self, index: int) -> None:
        session_id = self.session_combo.itemData(index)
        current = self.controller.state
        if session_id and (current is None or current.session_id != session_id):
            self.leave_session()
            self.controller.open(str(session_id))

    def new_plan(self) -> None:
        self.leave_session()
        self.session_combo.setCurrentIndex(-1)
        self.show_tab(self.planning)

    def save_plan(self, plan: InterviewPlan) -> None:
        state = self.controller.state
        if state is None:
            self.controller.plan(self.workspace.case_id, plan)
        elif state.plan is None:
            self.controller.plan(self.workspace.case_id, plan, booked_session=state.session_id)
        else:
            self.do(lambda db, k, s: act.update_plan(db, k, s, plan))

    def _show_earlier(self) -> None:
        current = self.controller.state.session_id if self.controller.state else ""
        held = [
            s.started_at or s.scheduled_for
            for s in self.listings
            if s.id != current and (s.started_at is not None or s.status in HELD)
        ]
        self.planning.set_earlier(held)

    # showing the state ----------------------------------------------------------------------------
    def show_state(self, state: Any) -> None:
        s: SessionState | None = state if isinstance(state, SessionState) else None
        previous_status = self.running.state.status if self.running.state else None
        plan = s.plan if s is not None else None
        definition = protocol(plan.protocol) if plan is not None else None
        if plan is not None:
            script = child_script(plan.age_band, plan.child_language, plan.child_language_other)
            if script != self.preparation.script:
                self.preparation.show_script(script)
            self.link.set_script(script, plan.age_band)
        else:
            self.preparation.show_script(None)
            self.link.set_script(None, "")
        self.planning.show_state(s)
        booking = next((x for x in self.listings if s is not None and x.id == s.session_id), None)
        if s is not None and plan is None and booking is not None:
            self.planning.prefill_booking(
                booking.scheduled_for, booking.room, booking.interviewer_id
            )
        self.preparation.show_state(s)
        self.running.show_state(s, definition)
        self.observers.show_state(s)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, plan is not None)
        self._show_header(s)
        self._show_earlier()
        self._notice_child_break(s)
        if s is not None and plan is not None:
            w = self.workspace
            w.run(lambda: _report().summarise_state(s), lambda sm: self.summary.show_summary(s, sm))
            if s.status is Status.ON_BREAK and previous_status is Status.RUNNING:
                phase = definition.phase(s.current_phase) if definition else None
                if phase is not None and phase.consult_observers:
                    self.show_tab(self.observers)  # the break review
        else:
            self.summary.show_summary(s, None)
        listed = next((x for x in self.listings if s is not None and x.id == s.session_id), None)
        if s is not None and (listed is None or listed.status != s.status.value):
            self.controller.load_listings(self.workspace.case_id)  # new, or its status moved on

    def _show_header(self, s: SessionState | None) -> None:
        if s is None:
            self.status.setText(self.tr("New interview: fill in the plan and save it."))
            self.warning.setText("")
            return
        parts = [status_name(s.status.value)]
        if s.plan is not None:
            parts += [local_time(s.plan.scheduled_for, with_date=True), s.plan.room]
        if s.started_at is not None:
            parts.append(
                self.tr("clock %1").replace(
                    "%1", timecode(elapsed_seconds(s.started_at, s.ended_at or _now()))
                )
            )
        self.status.setText(" · ".join(parts))
        warnings = []
        held_before = any(
            x.id != s.session_id and (x.started_at is not None or x.status in HELD)
            for x in self.listings
        )
        if (
            s.plan is not None
            and s.status in BEFORE_START
            and not s.further_reason
            and (s.plan.interviewed_before or held_before)
        ):
            warnings.append(
                self.tr(
                    "This child already had a forensic interview: record in Planning why a "
                    "further one is needed before it can start."
                )
            )
        waiting = len([q for q in s.observer_questions.values() if q.decision is None])
        if waiting:
            warnings.append(
                self.tr("%1 observer question(s) wait for a decision.").replace("%1", str(waiting))
            )
        self.warning.setText(" ".join(warnings))

    def restore_draft(self, draft: Any) -> None:
        if isinstance(draft, InterviewDraft):
            restore_boxes(self, draft)

    # the child screen ---------------------------------------------------------------------------
    def show_step(self, key: str) -> None:
        self.link.show(key)
        self.preparation.show_preview(key)
        if key:
            self.do(lambda db, k, s: act.show_prep_step(db, k, s, key))

    def child_pressed_break(self) -> None:
        self.link.acknowledge_break()
        state = self.controller.state
        if state is not None and state.status in LIVE:
            self._announce_break(_now())
        else:
            self.message.setText(
                self.tr("The child tried the break card; it is noted as practice.")
            )
            self.message.setStyleSheet("")
        self.do(act.child_pressed_break)

    def _notice_child_break(self, s: SessionState | None) -> None:
        """A break card pressed on another workstation's child screen still reaches us."""
        if s is None:
            return
        pressed = [m for m in s.markers if m.source == "child_screen"]
        if pressed and pressed[-1].seq > self._seen_child_break:
            self._seen_child_break = pressed[-1].seq
            self._announce_break(pressed[-1].at)

    def _announce_break(self, at: datetime) -> None:
        self.break_label.setText(
            self.tr("The child pressed the break card at %1.").replace("%1", local_time(at))
        )
        self.break_frame.show()

    def child_break_now(self) -> None:
        self.break_frame.hide()
        reasons = self.running.setup.break_reasons
        reason = reasons[1] if len(reasons) > 1 else reasons[0]
        self.do(lambda db, k, s: act.take_break(db, k, s, reason))

    # finishing ----------------------------------------------------------------------------------
    def decide(self, question_id: str, decision: str, wording: str, reason: str) -> None:
        self.do(
            lambda db, k, s: act.decide_observer_question(
                db, k, s, question_id, decision, wording=wording, reason=reason
            ),
            self.observers.clear_decision,
        )

    def save_pdf(self, target: Path | None = None) -> None:
        state = self.controller.state
        if state is None:
            return
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the interview summary"),
                f"interview-summary-{state.session_id[:8]}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return
            target = Path(name)
        w, chosen = self.workspace, target
        w.run(
            lambda: _report().export_summary(w.db, w.keyring, state.session_id, chosen),
            lambda _id: self.message.setText(
                self.tr("Saved the summary to %1.").replace("%1", str(chosen))
            ),
            self.show_failure,
        )

    def announce_finalised(self) -> None:
        self.workspace.data_changed.emit("interviews")
        self.controller.load_listings(self.workspace.case_id)

    def show_failure(self, message: str) -> None:
        self.message.setText(translated(message))
        self.message.setStyleSheet("color: #8b1a10;")

    def on_locked(self) -> None:
        # The child screen shows nothing about the case, so it stays up through a lock; the
        # decrypted session leaves the widgets. Typing is cleared only once it is safe in the
        # encrypted journal; otherwise it stays (behind the lock screen) and is journaled again
        # when the session reopens.
        saver = self.controller.saver
        journaled = saver is None or saver.pending is None
        self.controller.close_session()
        self.session_combo.clear()
        if journaled:
            clear_boxes(self)


def _now() -> datetime:
    return datetime.now(UTC)
