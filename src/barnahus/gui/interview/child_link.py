"""The interviewer's hold on the child screen: open it, move it, show a step, hear the child.

The page owns one link; the link owns at most one :class:`ChildScreen` window and hands it only
child-safe content (a :class:`ChildScript` step or the welcome screen).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from barnahus.gui.interview.child_screen import ChildScreen
from barnahus.interview.preparation import ChildScript


class ChildScreenLink(QObject):
    open_changed = Signal(bool, str)  # is open, where
    break_pressed = Signal()
    feeling_chosen = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen: ChildScreen | None = None
        self.script: ChildScript | None = None
        self.band = ""
        self.shown = ""

    def set_script(self, script: ChildScript | None, band: str) -> None:
        changed = script != self.script
        self.script, self.band = script, band
        if self.screen is not None and script is not None and changed:
            self.screen.set_words(script.words, band)
            self.show(self.shown)

    def open(self, full_screen: bool) -> None:
        if self.script is None:
            return
        if self.screen is None:
            self.screen = ChildScreen()
            self.screen.break_requested.connect(self.break_pressed)
            self.screen.feeling_chosen.connect(self.feeling_chosen)
            self.screen.closed.connect(self._closed)
            self.screen.set_words(self.script.words, self.band)
            self.show(self.shown)
        where = self.screen.present(full_screen)
        self.open_changed.emit(True, where)

    def close(self) -> None:
        if self.screen is not None:
            self.screen.close()

    def show(self, key: str) -> None:
        """Show step ``key`` (``""``: the welcome screen)."""
        self.shown = key
        if self.screen is None or self.script is None:
            return
        step = self.script.step(key) if key else None
        if step is None:
            self.screen.show_waiting()
        else:
            self.screen.show_step(step)

    def acknowledge_break(self) -> None:
        if self.screen is not None:
            self.screen.acknowledge_break()

    def _closed(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.deleteLater()
        self.open_changed.emit(False, "")
