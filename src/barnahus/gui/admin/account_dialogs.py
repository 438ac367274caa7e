"""Dialogs of the accounts tab: create an account; grant access with the recovery key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from barnahus.gui.admin.labels import compartment_list
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.roles import Role
from barnahus.services.admin import AccountOverview


def name_buttons(buttons: QDialogButtonBox, ok_text: str, ok_name: str, cancel_name: str) -> None:
    """The OK button says what it does; both are named for screen readers."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if ok is not None:
        ok.setText(ok_text)
        ok.setAccessibleName(ok_name)
    if cancel is not None:
        cancel.setAccessibleName(cancel_name)


class AddAccountDialog(QDialog):
    added = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("New account"))
        self.setAccessibleName(self.tr("New account"))
        self.setMinimumWidth(520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "add_account_dialog.ui")
        self.name = child(form, QLineEdit, "accountNameEdit")
        self.passphrase = child(form, QLineEdit, "newPassphraseEdit")
        self.repeat = child(form, QLineEdit, "repeatPassphraseEdit")
        self.error = child(form, QLabel, "addAccountErrorLabel")
        self.progress = child(form, QProgressBar, "addAccountProgress")
        self.buttons = child(form, QDialogButtonBox, "addAccountButtons")
        self.roles = {role: child(form, QCheckBox, f"{role.value}Check") for role in Role}
        self.progress.setVisible(False)
        name_buttons(
            self.buttons, self.tr("&Create"), self.tr("Create the account"), self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.create_account)
        self.buttons.rejected.connect(self.reject)
        self.name.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def create_account(self) -> None:
        name = self.name.text().strip().lower()
        roles = {role.value for role, box in self.roles.items() if box.isChecked()}
        passphrase = self.passphrase.text()
        if not name:
            self._show_error(self.tr("Type the account name."))
            return
        if not roles:
            self._show_error(self.tr("Tick at least one role."))
            return
        if passphrase != self.repeat.text():
            self._show_error(self.tr("The two passphrases are not the same; type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        from barnahus.services.accounts import add_user

        db, keyring = self.workspace.db, self.workspace.keyring
        self._show_error("")
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        self.workspace.run(
            lambda: add_user(db, keyring, name, roles, passphrase),
            lambda _r: self._done(name),
            self._failed,
        )

    def _done(self, name: str) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.added.emit(name)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.buttons.setEnabled(True)
        self._show_error(translated(message))


class GrantDialog(QDialog):
    granted = Signal(str)

    def __init__(
        self, workspace: Workspace, account: AccountOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.setWindowTitle(self.tr("Grant access"))
        self.setAccessibleName(self.tr("Grant access"))
        self.setMinimumWidth(520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "grant_dialog.ui")
        child(form, QLabel, "grantTitleLabel").setText(
            self.tr("Grant access to %1").replace("%1", account.name)
        )
        child(form, QLabel, "grantNeedsLabel").setText(
            self.tr("Their roles need: %1.").replace(
                "%1", compartment_list(account.missing | account.pending)
            )
        )
        self.key = child(form, QLineEdit, "recoveryKeyEdit")
        self.error = child(form, QLabel, "grantErrorLabel")
        self.progress = child(form, QProgressBar, "grantProgress")
        self.buttons = child(form, QDialogButtonBox, "grantButtons")
        self.progress.setVisible(False)
        name_buttons(self.buttons, self.tr("&Grant"), self.tr("Grant access"), self.tr("Cancel"))
        self.buttons.accepted.connect(self.grant)
        self.buttons.rejected.connect(self.reject)
        self.key.setFocus()

    def grant(self) -> None:
        key = self.key.text()
        if not key.strip():
            self.error.setText(self.tr("Type the recovery key."))
            self.error.setVisible(True)
            return
        from barnahus.services.accounts import grant_access

        db, keyring, name = self.workspace.db, self.workspace.keyring, self.account.name
        self.key.clear()
        self.error.setVisible(False)
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        self.workspace.run(lambda: grant_access(db, keyring, name, key), self._done, self._failed)

    def _done(self, _missing: Any) -> None:
        self.granted.emit(self.account.name)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.buttons.setEnabled(True)
        self.error.setText(translated(message))
        self.error.setVisible(True)
        self.key.setFocus()
