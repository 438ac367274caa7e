"""The plan's workflow steps (save, submit, approve, send back, discard) run on the pool.

Each step is one call into :mod:`barnahus.services.plans`, which checks who may do it; the
result arrives as ``done(new state, message)`` or ``failed(message)`` on the GUI thread. The
questions asked before a step (confirm an approval, say what to change) live here too; the
page decides what to offer and shows the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from barnahus.careplan.values import Values
from barnahus.gui.draft_keeper import DraftKeeper
from barnahus.gui.service_text import translated
from barnahus.gui.workspace import Workspace
from barnahus.services import plans
from barnahus.services.plans import PlanState


class PlanWorkflow(QObject):
    done = Signal(object, str)  # PlanState, what happened
    failed = Signal(str)
    discarded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def _run(self, step: Callable[[], PlanState], text: str) -> None:
        def finished(state: Any) -> None:
            number = state.working_number if state.current is None else state.current.number
            self.done.emit(state, text.replace("%1", str(number)))

        self.workspace.run(step, finished, self.failed.emit)

    def confirm_approval(self, parent: QWidget, number: int) -> bool:
        question = self.tr("Approve version %1? An approved version can never be changed.")
        answer = QMessageBox.question(
            parent, self.tr("Approve the plan"), question.replace("%1", str(number))
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_what_to_change(self, parent: QWidget) -> str | None:
        """The note for sending a plan back, or None if the person cancelled."""
        note, ok = QInputDialog.getMultiLineText(
            parent, self.tr("Send the plan back"), self.tr("What should change?")
        )
        return note if ok else None

    def save(self, state: PlanState, values: Values) -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        self._run(
            lambda: plans.save_plan(db, keyring, state.case_id, values),
            self.tr("Saved version %1."),
        )

    def submit(self, state: PlanState, values: Values) -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        self._run(
            lambda: plans.submit_plan(db, keyring, state.case_id, values),
            self.tr("Version %1 was submitted for approval."),
        )

    def approve(self, state: PlanState, number: int) -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        self._run(
            lambda: plans.approve_plan(db, keyring, state.case_id, number),
            self.tr("Version %1 is approved."),
        )

    def send_back(self, state: PlanState, number: int, note: str) -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        self._run(
            lambda: plans.send_back_plan(db, keyring, state.case_id, number, note),
            self.tr("Version %1 was sent back for changes."),
        )

    def keeper(self, state: PlanState, say: Callable[[str], None]) -> DraftKeeper:
        """The autosave journal of the plan; it makes the plan record on the first edit."""
        db, keyring, case_id = self.workspace.db, self.workspace.keyring, state.case_id
        keeper = DraftKeeper(
            self.workspace, state.record_id, lambda: plans.start_plan(db, keyring, case_id), self
        )
        keeper.draft_saved.connect(lambda: say(self.tr("Kept safe (not yet saved as a version).")))
        keeper.draft_failed.connect(
            lambda m: say(
                self.tr("Not kept yet: %1 Your typing stays here.").replace("%1", translated(m))
            )
        )
        return keeper

    def discard_draft(self, state: PlanState) -> None:
        """Drop the autosaved text, once no task is still writing to the journal."""
        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.when_idle(
            lambda: self.workspace.run(
                lambda: plans.discard_plan_draft(db, keyring, state),
                lambda _r: self.discarded.emit(),
                self.failed.emit,
            )
        )
