"""The care-plan area: the chosen case's life project, its versions, and what may be done next.

Psychologists edit the working version (typing is journaled within seconds, Save makes a
signed revision, Submit sends it for approval); coordinators read it, approve or send it back,
compare versions and print. What each person is offered comes from
:func:`barnahus.services.plans.permissions`; the services check the same rules again, so the
page is a convenience, not the guard. Every service call runs through ``workspace.run``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from barnahus.careplan.values import Values
from barnahus.formdefs.plan import life_project_form
from barnahus.gui.careplan.editor import PlanEditor
from barnahus.gui.careplan.page_text import (
    draft_notice,
    fill_version_combo,
    notice_for,
    status_text,
)
from barnahus.gui.careplan.workflow import PlanWorkflow
from barnahus.gui.draft_keeper import DraftKeeper
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.roles import Role
from barnahus.services import plans
from barnahus.services.plans import PlanPermissions, PlanState

VALIDATE_MS = 250


class CarePlanPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Life project"))
        # The buttons follow the stack through editor.changed, not the stack's own signals:
        # it emits them while being deleted, after the buttons are gone.
        self.undo = QUndoStack(self)
        form = load_into(self, "careplan_page.ui")
        self.case_label = child(form, QLabel, "planCaseLabel")
        self.version_combo = child(form, QComboBox, "versionCombo")
        self.status_label = child(form, QLabel, "statusLabel")
        self.recovery_frame = child(form, QFrame, "recoveryFrame")
        self.recovery_label = child(form, QLabel, "recoveryLabel")
        self.notice_label = child(form, QLabel, "noticeLabel")
        self.autosave_label = child(form, QLabel, "autosaveLabel")
        self.message_label = child(form, QLabel, "messageLabel")
        self.content = child(form, QStackedWidget, "contentStack")
        self.empty_label = child(form, QLabel, "emptyLabel")
        names = [
            "undo",
            "redo",
            "save",
            "submit",
            "approve",
            "sendBack",
            "compare",
            "preview",
            "discardDraft",
        ]
        self.buttons = {name: child(form, QPushButton, f"{name}Button") for name in names}
        child(form, QLabel, "planTitleLabel").setProperty("role", "title")
        self.recovery_label.setProperty("role", "warning")
        self.notice_label.setProperty("role", "info")
        self.editor = PlanEditor(
            life_project_form(),
            child(form, QListWidget, "sectionList"),
            child(form, QStackedWidget, "sectionStack"),
            child(form, QListWidget, "problemList"),
            self.undo,
        )
        splitter = child(form, QSplitter, "planSplitter")
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 880])
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self._validate)
        self.case_id = ""
        self.workflow = PlanWorkflow(workspace, self)
        self.workflow.done.connect(self._stepped)
        self.workflow.failed.connect(self._failed)
        self.workflow.discarded.connect(lambda: self.show_case(self.case_id))
        self._connect()
        self.state: PlanState | None = None
        self.perms = PlanPermissions(False, False, False, False)
        self.keeper: DraftKeeper | None = None
        self.viewing = 0  # the version number shown; the working version is editable
        self._working_values: Values | None = None  # kept while an older version is shown
        self._request = 0
        self._cleared = False
        workspace.case_changed.connect(self.show_case)
        workspace.locked.connect(self._locked)
        workspace.unlocked.connect(self._unlocked)
        self.show_case(workspace.case_id)

    def _connect(self) -> None:
        b = self.buttons
        b["undo"].clicked.connect(self.undo_step)
        b["redo"].clicked.connect(self.redo_step)
        b["save"].clicked.connect(self.save)
        b["submit"].clicked.connect(self.submit)
        b["approve"].clicked.connect(self._ask_approve)
        b["sendBack"].clicked.connect(self._ask_send_back)
        b["compare"].clicked.connect(self.open_compare)
        b["preview"].clicked.connect(self.open_preview)
        b["discardDraft"].clicked.connect(self.discard_draft)
        self.version_combo.activated.connect(self._version_chosen)
        self.editor.changed.connect(self._changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_step),
            (QKeySequence.StandardKey.Redo, self.redo_step),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(key, self, slot, context=context)

    # loading ----------------------------------------------------------------------------
    def show_case(self, case_id: str) -> None:
        self._close_keeper()
        self.case_id = case_id
        self.state = None
        self._request += 1
        self.recovery_frame.setVisible(False)
        self.notice_label.setVisible(False)
        self._say("")
        if not case_id:
            self.empty_label.setText(self.tr("Choose a case to see its life project."))
            self.content.setCurrentIndex(0)
            self.case_label.setText("")
            self._update_actions()
            return
        self.empty_label.setText(self.tr("Opening the life project…"))
        self.content.setCurrentIndex(0)
        self._update_actions()
        request, db, keyring = self._request, self.workspace.db, self.workspace.keyring
        self.workspace.run(
            lambda: plans.open_plan(db, keyring, case_id),
            lambda state: self._opened(request, state),
            lambda message: self._open_failed(request, message),
        )

    def _opened(self, request: int, state: Any) -> None:
        if request != self._request:
            return
        assert isinstance(state, PlanState)
        self._working_values = None
        self._apply_state(state)
        if self.perms.edit:
            self.viewing = state.working_number
            values = state.draft.values if state.draft is not None else state.working_values
        else:
            self.viewing = state.current.number if state.current is not None else 0
            values = state.working_values
        self.editor.load(values, read_only=not self.perms.edit)
        self._fill_versions()
        self.content.setCurrentIndex(1)
        self.case_label.setText(self.tr("Case %1").replace("%1", state.case_number))
        self.recovery_label.setText(draft_notice(state))
        self.recovery_frame.setVisible(state.draft is not None and self.perms.edit)
        self._update_actions()

    def _open_failed(self, request: int, message: str) -> None:
        if request == self._request:
            self.empty_label.setText(translated(message))
            self.content.setCurrentIndex(0)

    def _apply_state(self, state: PlanState) -> None:
        """Take a new state from the store (after opening or a workflow step)."""
        self.state = state
        self.perms = plans.permissions(self.workspace.keyring, state)
        if self.perms.edit and self.keeper is None:
            self.keeper = self.workflow.keeper(state, self.autosave_label.setText)
        note = notice_for(state, self.workspace.keyring.user_id, self.perms)
        self.notice_label.setText(note)
        self.notice_label.setVisible(bool(note))
        self._fill_versions()

    def _fill_versions(self) -> None:
        if self.state is not None:
            fill_version_combo(self.version_combo, self.state, self.perms.edit, self.viewing)
        versions = self.state.versions if self.state is not None else ()
        shown = next((v for v in versions if v.number == self.viewing), None)
        self.status_label.setText(
            status_text(shown.status) if shown else self.tr("Draft, not saved yet")
        )

    def _version_chosen(self, index: int) -> None:
        state = self.state
        number = self.version_combo.itemData(index)
        if state is None or number is None or number == self.viewing:
            return
        if self.editing:
            self._working_values = self.editor.values()
        self.viewing = int(number)
        if self.editing:
            values = (
                self._working_values if self._working_values is not None else state.working_values
            )
            self.editor.load(values, read_only=False)
            self._fill_versions()
            self._update_actions()
            return
        db, keyring, request = self.workspace.db, self.workspace.keyring, self._request
        case_id = state.case_id
        self.workspace.run(
            lambda: plans.read_version(db, keyring, case_id, int(number)),
            lambda version: self._show_old(request, version),
            self._failed,
        )

    def _show_old(self, request: int, version: Any) -> None:
        if request != self._request or version.number != self.viewing:
            return
        self.editor.load(version.values, read_only=True)
        self._fill_versions()
        self._update_actions()

    # editing ----------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return (
            self.state is not None and self.perms.edit and self.viewing == self.state.working_number
        )

    def undo_step(self) -> None:
        if self.editing:
            self.undo.undo()
            self._undo_buttons()

    def redo_step(self) -> None:
        if self.editing:
            self.undo.redo()
            self._undo_buttons()

    def _undo_buttons(self) -> None:
        self.buttons["undo"].setEnabled(self.editing and self.undo.canUndo())
        self.buttons["redo"].setEnabled(self.editing and self.undo.canRedo())

    def _changed(self) -> None:
        self.validate_timer.start()
        self._undo_buttons()
        if not self.editing or self.keeper is None or self.workspace.is_locked:
            return
        assert self.state is not None
        self.keeper.edit(plans.draft_content(self.state, self.editor.values()))
        self.autosave_label.setText(
            self.tr("Typing is kept automatically. Save makes a new revision.")
        )

    def _validate(self) -> None:
        self.editor.refresh_problems()
        self._update_actions()

    def _update_actions(self) -> None:
        b, state, perms = self.buttons, self.state, self.perms
        psychologist = Role.PSYCHOLOGIST in self.workspace.roles
        coordinator = Role.COORDINATOR in self.workspace.roles
        for name in ("undo", "redo", "save", "submit"):
            b[name].setVisible(psychologist)
        for name in ("approve", "sendBack", "preview"):
            b[name].setVisible(coordinator)
        current = (
            state is not None and state.current is not None and self.viewing == state.current.number
        )
        b["undo"].setEnabled(self.editing and self.undo.canUndo())
        b["redo"].setEnabled(self.editing and self.undo.canRedo())
        b["save"].setEnabled(self.editing)
        b["submit"].setEnabled(self.editing and not self.editor.submission)
        b["approve"].setEnabled(current and perms.approve)
        b["sendBack"].setEnabled(current and perms.send_back)
        b["compare"].setEnabled(state is not None and len(state.versions) >= 2)
        b["preview"].setEnabled(perms.print)

    def _say(self, text: str, role: str = "") -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("role", role)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def _failed(self, message: str) -> None:
        self._say(translated(message), "error")

    # workflow ---------------------------------------------------------------------------
    def _stepped(self, state: PlanState, text: str) -> None:
        """A workflow step finished: show the new state; the editor keeps its text and undo."""
        if state.case_id != self.case_id:
            return
        if self.keeper is not None and self.keeper.saver is not None:
            saver = self.keeper.saver
            if saver.pending is not None and plans.journal_matches(
                saver.pending, state.working_values
            ):
                saver.pending = None  # the store has just cleared the journal too
                saver.policy.saved()
        self.recovery_frame.setVisible(False)
        self._apply_state(state)
        if self.perms.edit:
            self.viewing = state.working_number
        elif state.current is not None:
            self.viewing = state.current.number
            self.editor.load(state.current.values, read_only=True)
        self._fill_versions()
        self.editor.refresh_problems()
        self._update_actions()
        self._say(text, "success")

    def save(self) -> None:
        if self.editing and self.state is not None and not self.workspace.is_locked:
            self.workflow.save(self.state, self.editor.values())

    def submit(self) -> None:
        if not self.editing or self.state is None or self.workspace.is_locked:
            return
        self.editor.refresh_problems()
        if self.editor.submission:
            count = len(self.editor.submission)
            text = self.tr(
                "%n thing(s) still missing; they are listed under Still missing.", "", count
            )
            self._say(text, "error")
            self.editor.focus_field(self.editor.submission[0].path)
            return
        self.workflow.submit(self.state, self.editor.values())

    def _ask_approve(self) -> None:
        if self.workflow.confirm_approval(self, self.viewing):
            self.approve()

    def approve(self) -> None:
        state = self.state
        if state is not None and state.current is not None and self.perms.approve:
            self.workflow.approve(state, state.current.number)

    def _ask_send_back(self) -> None:
        note = self.workflow.ask_what_to_change(self)
        if note is not None:
            self.send_back(note)

    def send_back(self, note: str) -> None:
        state = self.state
        if state is not None and state.current is not None and self.perms.send_back:
            self.workflow.send_back(state, state.current.number, note)

    def discard_draft(self) -> None:
        if self.state is not None:
            self._close_keeper()
            self.workflow.discard_draft(self.state)

    def open_compare(self) -> None:
        from barnahus.gui.careplan.diff_dialog import DiffDialog

        if self.state is not None and len(self.state.versions) >= 2:
            DiffDialog(self.workspace, self.state, self).open()

    def open_preview(self) -> None:
        from barnahus.gui.careplan.preview import PreviewDialog

        if self.state is not None and self.perms.print:
            PreviewDialog(self.workspace, self.state, self).open()

    # locking and closing ----------------------------------------------------------------
    def _close_keeper(self) -> None:
        if self.keeper is not None:
            self.keeper.close()
            self.keeper.deleteLater()
            self.keeper = None

    def _locked(self) -> None:
        """Clear the text when it is safe in the journal; it comes back on unlock."""
        if self.keeper is not None and self.keeper.has_pending:
            return
        self.editor.load({}, read_only=True)
        self.content.setCurrentIndex(0)
        self._cleared = bool(self.case_id)

    def _unlocked(self) -> None:
        if self._cleared:
            self._cleared = False
            self.show_case(self.case_id)
        elif self.keeper is not None:
            self.keeper.resume()
