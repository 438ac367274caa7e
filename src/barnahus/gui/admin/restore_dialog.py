"""Restore a backup into a new store file, with progress; the open store is not touched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from barnahus.gui.service_text import translated
from barnahus.gui.tasks import Progress, run_progress_task
from barnahus.gui.ui_loader import child, load_into


class RestoreDialog(QDialog):
    restored = Signal(object)  # Path of the new store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.setMinimumWidth(620)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "restore_dialog.ui")
        self.backup_file = child(form, QLineEdit, "backupFileEdit")
        self.target = child(form, QLineEdit, "targetEdit")
        self.account = child(form, QLineEdit, "restoreAccountEdit")
        self.passphrase = child(form, QLineEdit, "restorePassphraseEdit")
        self.error = child(form, QLabel, "restoreErrorLabel")
        self.progress = child(form, QProgressBar, "restoreProgress")
        self.buttons = child(form, QDialogButtonBox, "restoreButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if ok is not None:
            ok.setText(self.tr("&Restore"))
            ok.setAccessibleName(self.tr("Restore"))
        if cancel is not None:
            cancel.setAccessibleName(self.tr("Cancel"))
        child(form, QPushButton, "browseBackupButton").clicked.connect(self._choose_backup)
        child(form, QPushButton, "browseTargetButton").clicked.connect(self._choose_target)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.backup_file.setFocus()

    def _choose_backup(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            "",
            self.tr("Barnahus backups (*.bhbackup);;All files (*)"),
        )
        if path:
            self.backup_file.setText(path)

    def _choose_target(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Where should the restored store go?"), "", self.tr("Stores (*.sqlite3)")
        )
        if path:
            self.target.setText(path)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def restore(self) -> None:
        backup, target = self.backup_file.text().strip(), self.target.text().strip()
        name, passphrase = self.account.text().strip(), self.passphrase.text()
        if not (backup and target and name and passphrase):
            self._show_error(self.tr("Fill in all four fields."))
            return
        from barnahus.services.backup import restore_backup

        self._show_error("")
        self.passphrase.clear()
        self.buttons.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        source, destination = Path(backup), Path(target)

        def work(progress: Progress) -> Path:
            restore_backup(source, destination, name, passphrase, progress)
            return destination

        run_progress_task(work, self._done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, target: object) -> None:
        self.restored.emit(target)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.progress.setVisible(False)
        self._show_error(translated(message))
