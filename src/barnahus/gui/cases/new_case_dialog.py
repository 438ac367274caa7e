"""Open a new case: a pseudonym for the child (required) and, if wanted, a case number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace


class NewCaseDialog(QDialog):
    created = Signal(object)  # store.entities.CaseInfo

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("New case"))
        self.setAccessibleName(self.tr("New case"))
        self.setMinimumWidth(480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "new_case_dialog.ui")
        self.pseudonym = child(form, QLineEdit, "pseudonymEdit")
        self.number = child(form, QLineEdit, "caseNumberEdit")
        self.error = child(form, QLabel, "newCaseErrorLabel")
        self.buttons = child(form, QDialogButtonBox, "newCaseButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("&Open the case"))
            ok.setAccessibleName(self.tr("Open the case"))
        if cancel is not None:
            cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.open_case)
        self.buttons.rejected.connect(self.reject)
        self.pseudonym.setFocus()

    def open_case(self) -> None:
        pseudonym = self.pseudonym.text().strip()
        if not pseudonym:
            self.error.setText(
                self.tr("Give the child a pseudonym; it is shown instead of their name.")
            )
            self.error.setVisible(True)
            self.pseudonym.setFocus()
            return
        number = self.number.text().strip() or None
        from barnahus.services.profile_records import open_new_case

        db, keyring = self.workspace.db, self.workspace.keyring
        self.buttons.setEnabled(False)
        self.workspace.run(
            lambda: open_new_case(db, keyring, pseudonym, number), self._created, self._failed
        )

    def _created(self, case: Any) -> None:
        self.created.emit(case)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(translated(message))
        self.error.setVisible(True)
