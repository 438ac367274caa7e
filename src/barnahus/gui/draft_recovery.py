"""Offered after sign-in: unsaved work from an earlier session, to open, save or discard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.drafts import DraftSummary

DRAFT_ROLE = Qt.ItemDataRole.UserRole


def kind_name(kind: str) -> str:
    names = {
        "child_profile": QCoreApplication.translate("RecordKind", "Child's profile"),
        "contact": QCoreApplication.translate("RecordKind", "Contact"),
        "note": QCoreApplication.translate("RecordKind", "Note"),
    }
    return names.get(kind, QCoreApplication.translate("RecordKind", "Record"))


class DraftRecoveryDialog(QDialog):
    def __init__(
        self, workspace: Workspace, drafts: Sequence[DraftSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Unsaved work found"))
        self.setAccessibleName(self.tr("Unsaved work found"))
        self.setMinimumWidth(640)
        form = load_into(self, "draft_recovery_dialog.ui")
        self.list = child(form, QListWidget, "draftList")
        self.status = child(form, QLabel, "draftStatusLabel")
        self.open_button = child(form, QPushButton, "openDraftButton")
        self.recover_button = child(form, QPushButton, "recoverDraftButton")
        self.discard_button = child(form, QPushButton, "discardDraftButton")
        child(form, QPushButton, "laterButton").clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_case)
        self.recover_button.clicked.connect(self.recover)
        self.discard_button.clicked.connect(self.discard)
        self.list.currentRowChanged.connect(self._selection_changed)
        for draft in drafts:
            when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"{draft.case_number} — {kind_name(draft.kind)} — {when}"
            item = QListWidgetItem(text, self.list)
            item.setData(DRAFT_ROLE, draft)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _current(self) -> DraftSummary | None:
        item = self.list.currentItem()
        value = None if item is None else item.data(DRAFT_ROLE)
        return value if isinstance(value, DraftSummary) else None

    def _selection_changed(self, _row: int) -> None:
        has = self._current() is not None
        for button in (self.open_button, self.recover_button, self.discard_button):
            button.setEnabled(has)

    def _remove_current(self, message: str) -> None:
        self.list.takeItem(self.list.currentRow())
        self.status.setText(message)
        if self.list.count() == 0:
            self.accept()

    def open_case(self) -> None:
        draft = self._current()
        if draft is None:
            return
        self.workspace.choose_case(draft.case_id)
        self.workspace.open_case_requested.emit(draft.case_id)
        self.accept()

    def recover(self) -> None:
        draft = self._current()
        if draft is None:
            return
        from barnahus.services.records import recover_draft

        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.run(
            lambda: recover_draft(db, keyring, draft.record_id),
            lambda _n: self._done(self.tr("Saved as typed.")),
            self._failed,
        )

    def discard(self) -> None:
        draft = self._current()
        if draft is None:
            return
        from barnahus.services.records import discard_drafts

        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.run(
            lambda: discard_drafts(db, keyring, draft.record_id),
            lambda _n: self._done(self.tr("Discarded.")),
            self._failed,
        )

    def _done(self, message: str) -> None:
        self.workspace.data_changed.emit("cases")
        self._remove_current(message)

    def _failed(self, message: str) -> None:
        self.status.setText(translated(message))
