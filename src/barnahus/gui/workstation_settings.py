"""This workstation's settings while the app runs: what the person chose, what the desktop last
said about contrast, and the last account used.

Every change is written on the pool, one write at a time: two writes running at once could
finish in either order and leave the older settings on disk, so a save asked for while one
runs waits and then writes the newest settings.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from barnahus.gui.system_contrast import SystemContrast
from barnahus.gui.tasks import run_task
from barnahus.services.settings import Settings


class WorkstationSettings(QObject):
    idle_minutes_changed = Signal(int)
    not_saved = Signal(str)  # a save the person asked for failed, in the service's words

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = settings
        self.system_contrast = SystemContrast(settings.system_high_contrast, self)
        self.system_contrast.changed.connect(self._system_contrast_changed)
        self._saving = False
        self._again: bool | None = None  # None: no save waiting; else whether to report it

    def edit(self, parent: QWidget) -> None:
        from barnahus.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.current, parent)
        dialog.chosen.connect(self._chosen)
        dialog.open()

    def remember_user(self, name: str) -> None:
        if self.current.last_user != name:
            self.current = replace(self.current, last_user=name)
            self._save(report=False)

    def _chosen(self, settings: Settings) -> None:
        self.current = replace(settings, system_high_contrast=self.system_contrast.prefers_high)
        self.idle_minutes_changed.emit(settings.idle_lock_minutes)
        self._apply_theme()
        self._save(report=True)

    def _system_contrast_changed(self, prefers_high: bool) -> None:
        """Remembered, so that the next start paints its first window in this theme."""
        self.current = replace(self.current, system_high_contrast=prefers_high)
        self._apply_theme()
        self._save(report=False)

    def _apply_theme(self) -> None:
        from barnahus.gui.application import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.current.wants_high_contrast)

    def _save(self, *, report: bool) -> None:
        if self._saving:
            self._again = report or bool(self._again)
            return
        from barnahus.services.settings import save_settings

        self._saving = True
        settings = self.current

        def finished(message: str | None = None) -> None:
            self._saving = False
            if message is not None and report:
                self.not_saved.emit(message)
            again, self._again = self._again, None
            if again is not None:
                self._save(report=again)

        run_task(lambda: save_settings(settings), lambda _r: finished(), finished)
