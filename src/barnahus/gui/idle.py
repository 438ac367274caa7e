"""Notice when nobody has touched the keyboard or mouse for a while (for the automatic lock),
and notice the lock keys (Ctrl+L) wherever they are pressed.

An application-wide event filter restarts a single-shot timer on every input event, so the
cost is one timer restart per event and nothing runs while the person is working. The same
filter sees Ctrl+L even while a dialog is open: a window-modal dialog blocks the main window's
own shortcuts, and locking must work from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

# The menu's Lock action uses the same keys. Compared as a key combination rather than through
# Qt.Key and Qt.KeyboardModifier: naming an enum of the Qt namespace makes PySide build all 94
# of them, and this module is loaded before the first paint (docs/benchmarks.md, "Start-up").
LOCK_KEYS = "Ctrl+L"
_LOCK_SEQUENCE = QKeySequence(LOCK_KEYS)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    idle = Signal()
    lock_pressed = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._watching:
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
        self._watching = True
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._timer.start()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == _LOCK_SEQUENCE
            ):
                self.lock_pressed.emit()
                return True
        return False
