"""Sign in: pick the account, type the passphrase; the key derivation runs off the GUI thread.

Wrong passphrases, throttling after repeated failures and damaged key slots each get their own
plain sentence from the sign-in service, shown here in the person's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from barnahus.gui.centring import centre
from barnahus.gui.service_text import translated
from barnahus.gui.tasks import run_task
from barnahus.gui.ui_loader import child, load_into

if TYPE_CHECKING:
    from barnahus.store.database import StoreDatabase


def sign_in_off_thread(db: StoreDatabase, name: str, passphrase: str) -> Any:
    from barnahus.services.signin import sign_in

    return sign_in(db, name, passphrase)


class SignInPage(QWidget):
    signed_in = Signal(object)  # services.keyring.Keyring
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "sign_in.ui")
        centre(form, 600)
        self.account_combo = child(form, QComboBox, "accountCombo")
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.error_label = child(form, QLabel, "signInErrorLabel")
        self.busy_label = child(form, QLabel, "signInBusyLabel")
        self.progress = child(form, QProgressBar, "signInProgress")
        self.sign_in_button = child(form, QPushButton, "signInButton")
        self.store_label = child(form, QLabel, "signInStoreLabel")
        self.demo_banner = child(form, QLabel, "demoBanner")
        child(form, QPushButton, "settingsButton").clicked.connect(self.settings_requested)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.passphrase_edit.returnPressed.connect(self.sign_in)
        self.progress.setVisible(False)
        self.setAccessibleName(self.tr("Sign in"))
        self.db: StoreDatabase | None = None

    def set_store(
        self,
        db: StoreDatabase,
        accounts: Sequence[str],
        preferred: str,
        store_name: str,
        is_demo: bool,
    ) -> None:
        self.db = db
        self.account_combo.clear()
        self.account_combo.addItems(list(accounts))
        if preferred in accounts:
            self.account_combo.setCurrentText(preferred)
        self.store_label.setText(self.tr("Store: %1").replace("%1", store_name))
        self.demo_banner.setText(
            self.tr(
                "This is the DEMO centre: every child, person and place in it is invented. "
                "Do not type real case details here."
            )
        )
        self.demo_banner.setVisible(is_demo)
        self.show_error("")
        self._set_busy(False)
        (self.passphrase_edit if self.account_combo.count() else self.account_combo).setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.sign_in_button, self.account_combo, self.passphrase_edit):
            widget.setEnabled(not busy)

    def sign_in(self) -> None:
        name = self.account_combo.currentText()
        passphrase = self.passphrase_edit.text()
        if self.db is None or not name:
            return
        if not passphrase:
            self.show_error(self.tr("Type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        self.passphrase_edit.clear()
        self.show_error("")
        self._set_busy(True)
        db = self.db
        run_task(lambda: sign_in_off_thread(db, name, passphrase), self._done, self._failed)

    def _done(self, keyring: object) -> None:
        # Still busy: the workspace may wait for its code (gui/workspace_code.py); the page
        # becomes ready again in set_store, the next time it is shown.
        self.signed_in.emit(keyring)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(translated(message))
        self.passphrase_edit.setFocus()
