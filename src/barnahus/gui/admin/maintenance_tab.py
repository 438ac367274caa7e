"""Check the store, make a backup, restore one: slow work on the pool, with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QProgressBar, QPushButton, QWidget

from barnahus.gui.service_text import translated
from barnahus.gui.tasks import Progress, run_progress_task
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace


def _verify(workspace: Workspace) -> Any:
    from barnahus.services.verify import verify_store

    return verify_store(workspace.db, workspace.keyring)


class MaintenanceTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "admin_maintenance.ui")
        self.verify_button = child(form, QPushButton, "verifyButton")
        self.verify_progress = child(form, QProgressBar, "verifyProgress")
        self.verify_result = child(form, QLabel, "verifyResultLabel")
        self.verify_problems = child(form, QListWidget, "verifyProblemList")
        self.backup_button = child(form, QPushButton, "backupButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self.progress = child(form, QProgressBar, "backupProgress")
        self.backup_status = child(form, QLabel, "backupStatusLabel")
        self.verify_progress.setVisible(False)
        self.verify_button.clicked.connect(self.verify)
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button.clicked.connect(self.restore)

    # verify ----------------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_progress.setVisible(True)
        self.verify_result.setVisible(False)
        workspace = self.workspace
        workspace.run(lambda: _verify(workspace), self._verified, self._verify_failed)

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        self.verify_progress.setVisible(False)
        if report.ok:
            text = self.tr(
                "No damage found: the database file and the %n audit entry(ies) are intact.",
                "",
                report.audit_entries,
            )
        else:
            text = self.tr(
                "%n problem(s) found. Keep the store as it is, make no changes, and call "
                "your support.",
                "",
                len(report.problems),
            )
        self._show(self.verify_result, text, "success" if report.ok else "error")
        self.verify_problems.clear()
        self.verify_problems.addItems(list(report.problems))
        self.verify_problems.setVisible(not report.ok)

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.verify_progress.setVisible(False)
        self._show(self.verify_result, translated(message), "error")

    @staticmethod
    def _show(label: QLabel, text: str, role: str) -> None:
        label.setText(text)
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(True)

    # backup ----------------------------------------------------------------------------------
    def choose_backup_file(self) -> None:
        from datetime import date

        suggested = str(Path.home() / f"barnahus-backup-{date.today().isoformat()}.bhbackup")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Where should the backup go?"),
            suggested,
            self.tr("Barnahus backups (*.bhbackup)"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, out: Path) -> None:
        from barnahus.services.backup import create_backup

        db, keyring = self.workspace.db, self.workspace.keyring
        self._busy(True)
        self.backup_status.setVisible(False)

        def work(progress: Progress) -> None:
            create_backup(db, keyring, out, progress)

        run_progress_task(
            work,
            lambda _r: self._finished(
                self.tr("The backup was written to %1.").replace("%1", str(out))
            ),
            self._failed,
            self._progressed,
        )

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, text: str) -> None:
        self._busy(False)
        self._show(self.backup_status, text, "success")

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._show(self.backup_status, translated(message), "error")

    # restore ---------------------------------------------------------------------------------
    def restore(self) -> None:
        from barnahus.gui.admin.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self)
        dialog.restored.connect(
            lambda target: self._finished(
                self.tr(
                    "The backup was restored into a new store at %1. The store you are using now "
                    "was not changed. To work in the restored store, open Barnahus Desk with it."
                ).replace("%1", str(target))
            )
        )
        dialog.open()
