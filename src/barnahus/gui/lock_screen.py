"""The locked screen: hides everything, says whether typing is safe, unlocks by passphrase.

Only the person who locked can unlock; "sign in as someone else" ends the session instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from barnahus.gui.centring import centre
from barnahus.gui.service_text import translated
from barnahus.gui.sign_in import sign_in_off_thread
from barnahus.gui.tasks import run_task
from barnahus.gui.ui_loader import child, load_into

if TYPE_CHECKING:
    from barnahus.store.database import StoreDatabase


class LockScreen(QWidget):
    unlocked = Signal(object)  # a fresh Keyring of the same person
    switch_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "lock_screen.ui")
        centre(form, 620)
        self.message = child(form, QLabel, "lockMessageLabel")
        self.saving = child(form, QLabel, "lockSavingLabel")
        self.passphrase_edit = child(form, QLineEdit, "lockPassphraseEdit")
        self.error_label = child(form, QLabel, "lockErrorLabel")
        self.progress = child(form, QProgressBar, "lockProgress")
        self.unlock_button = child(form, QPushButton, "unlockButton")
        self.switch_button = child(form, QPushButton, "switchUserButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.switch_button.clicked.connect(self.switch_user)
        self.setAccessibleName(self.tr("Locked"))
        self.db: StoreDatabase | None = None
        self.account_name = ""
        self.keys_dropped = False

    def prepare(self, db: StoreDatabase, account_name: str) -> None:
        self.db, self.account_name = db, account_name
        self.keys_dropped = False
        self.message.setText(
            self.tr(
                "Locked by %1. The content is hidden and the keys are removed from memory. "
                "Type your passphrase to carry on exactly where you left off."
            ).replace("%1", account_name)
        )
        self.saving.setText(self.tr("Saving what you typed…"))
        self.show_error("")
        self._set_busy(False)
        self.unlock_button.setEnabled(False)
        self.passphrase_edit.setFocus()

    def keys_gone(self, all_saved: bool) -> None:
        self.keys_dropped = True
        self.unlock_button.setEnabled(True)
        if all_saved:
            self.saving.setText(self.tr("Everything you typed is saved in the encrypted journal."))
        else:
            self.saving.setText(
                self.tr(
                    "Some typing could not be written to the store (is the disk full?). It is "
                    "kept in memory and saved as soon as you unlock."
                )
            )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.unlock_button.setEnabled(not busy and self.keys_dropped)
        self.passphrase_edit.setEnabled(not busy)

    def unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self.db is None or not self.keys_dropped:
            return
        if not passphrase:
            self.show_error(self.tr("Type your passphrase."))
            return
        self.passphrase_edit.clear()
        self.show_error("")
        self._set_busy(True)
        db, name = self.db, self.account_name
        run_task(lambda: sign_in_off_thread(db, name, passphrase), self._done, self._failed)

    def _done(self, keyring: object) -> None:
        self._set_busy(False)
        self.unlocked.emit(keyring)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(translated(message))
        self.passphrase_edit.setFocus()
