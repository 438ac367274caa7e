"""First run: create the store and its first administrator (the key derivation runs off the GUI
thread, a busy bar shows meanwhile), then hand the new store to the recovery-key screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from barnahus.gui.centring import centre
from barnahus.gui.service_text import translated
from barnahus.gui.tasks import run_task
from barnahus.gui.ui_loader import child, load_into

if TYPE_CHECKING:
    from barnahus.services.store_access import KdfChoice


def _create(location: Path, name: str, passphrase: str, kdf: KdfChoice | None) -> Any:
    from barnahus.services.accounts import create_store

    return create_store(location, name, passphrase, kdf)


class FirstRunPage(QWidget):
    created = Signal(object)  # services.accounts.NewStore

    def __init__(
        self, location: Path, kdf: KdfChoice | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.kdf = kdf
        form = load_into(self, "first_run.ui")
        centre(form, 680)
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.repeat_edit = child(form, QLineEdit, "repeatEdit")
        self.error_label = child(form, QLabel, "firstRunErrorLabel")
        self.progress = child(form, QProgressBar, "firstRunProgress")
        self.create_button = child(form, QPushButton, "createButton")
        child(form, QLabel, "storeLocationLabel").setText(
            self.tr("The store will be kept in %1").replace("%1", str(location))
        )
        self.progress.setVisible(False)
        self.create_button.clicked.connect(self.create_store)
        self.repeat_edit.returnPressed.connect(self.create_store)
        self.setAccessibleName(self.tr("Create the store"))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.create_button, self.name_edit, self.passphrase_edit, self.repeat_edit):
            widget.setEnabled(not busy)

    def create_store(self) -> None:
        name = self.name_edit.text().strip().lower()
        passphrase = self.passphrase_edit.text()
        if not name:
            self.show_error(self.tr("Type the name of your account."))
            self.name_edit.setFocus()
            return
        if passphrase != self.repeat_edit.text():
            self.show_error(self.tr("The two passphrases are not the same; type them again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self.show_error("")
        self._set_busy(True)
        location, kdf = self.location, self.kdf
        run_task(lambda: _create(location, name, passphrase, kdf), self._done, self._failed)

    def _done(self, created: object) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.created.emit(created)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_error(translated(message))
        self.passphrase_edit.setFocus()
