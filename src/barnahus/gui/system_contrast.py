"""Follow the desktop's wish for more contrast, asked once the first window is up.

Reading the wish returns a value of Qt's ``Qt`` namespace, and PySide builds all 94 enums of
that namespace the first time one is used: 15–25 ms, a tenth of the start-up. So the first
window is painted with what the desktop said last time (remembered in the settings), and the
desktop is asked right after that paint. Only when the wish changed between two starts does the
window change theme after it appears; while the app runs, a change on the desktop is followed
at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessibilityHints, QGuiApplication


def system_prefers_high_contrast(hints: QAccessibilityHints) -> bool:
    # Imported here, after the first paint: see the module's docstring.
    from PySide6.QtCore import Qt

    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


class SystemContrast(QObject):
    """The desktop's contrast wish; ``changed`` when it differs from the one last known."""

    changed = Signal(bool)

    def __init__(self, last_known_high: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prefers_high = last_known_high
        self._hints: QAccessibilityHints | None = None

    def start(self) -> None:
        """Ask the desktop now, and again whenever it says its wish changed."""
        if self._hints is not None:
            return
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        style_hints = app.styleHints()  # kept in a name: the accessibility hints belong to it
        self._hints = style_hints.accessibility()
        self._hints.contrastPreferenceChanged.connect(self._ask)
        self._ask()

    def _ask(self) -> None:
        if self._hints is None:
            return
        prefers_high = system_prefers_high_contrast(self._hints)
        if prefers_high != self.prefers_high:
            self.prefers_high = prefers_high
            self.changed.emit(prefers_high)
