"""Shared pieces of the GUI benchmarks (not a benchmark itself): the app, its window, signing
in through the sign-in page, running the event loop, and a probe of the event loop's lag.

Everything runs the real window (``MainWindow``) on the real application object, offscreen;
each window runs in a child process whose per-user folders (settings, logs) point into a
temporary folder, so no benchmark touches the person's own. Waiting is done by running the
event loop (``QEventLoop.exec``), never by sleeping or by calling ``processEvents`` in a loop:
with PySide6 6.12 on Python 3.11 every call of a Qt method returning nothing takes one
reference from ``None`` (see docs/benchmarks.md), and a busy ``processEvents`` loop makes
millions of them until the interpreter aborts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.store_support import FAST_KDF, PASSPHRASE
from benchmarks.timing import Sample

if TYPE_CHECKING:
    from barnahus.gui.main_window import MainWindow
    from barnahus.gui.shell import WorkspaceShell

WINDOW_SIZE = (1180, 760)
WAIT_SECONDS = 120.0
_USER_FOLDERS = ("BARNAHUS_DATA_DIR", "BARNAHUS_LOG_DIR", "BARNAHUS_CONFIG_DIR")


def user_folders(folder: Path) -> dict[str, str]:
    """Environment pointing settings, logs and data into ``folder`` (for a child process)."""
    return {name: str(folder / name.lower()) for name in _USER_FOLDERS}


def application() -> QApplication:
    """The app's own QApplication (identity, theme, English), made once per process."""
    from barnahus.gui.application import create_application
    from barnahus.gui.i18n import install_language

    app = create_application(["barnahus"])
    install_language(app, "en")
    return app


def pump(condition: Callable[[], bool], timeout: float = WAIT_SECONDS) -> None:
    """Run the event loop until ``condition`` holds (checked every 10 ms)."""
    if condition():
        return
    loop = QEventLoop()
    check = QTimer(loop)
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    give_up = QTimer(loop)
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start(round(timeout * 1000))
    try:
        loop.exec()
    finally:  # the lambda keeps the loop alive; the timers must not outlive this call
        check.stop()
        give_up.stop()
        check.timeout.disconnect()
    if not condition():
        raise TimeoutError("the window did not get there in time")


def run_loop(seconds: float, until: Callable[[], bool] | None = None) -> float:
    """Run the event loop for ``seconds``, or until ``until()`` holds and then ``seconds``
    more; returns the seconds it ran."""
    started = time.perf_counter()
    if until is not None:
        pump(until)
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    return time.perf_counter() - started


def open_window(store: Path) -> MainWindow:
    from barnahus.gui.main_window import MainWindow

    window = MainWindow(store, kdf=FAST_KDF)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start()
    return window


def sign_in(window: MainWindow, name: str) -> WorkspaceShell:
    """Sign in through the sign-in page, as a person would (passphrase, Return)."""
    from PySide6.QtTest import QTest

    page = window.sign_in_page
    pump(lambda: window.screens.currentWidget() is page and page.account_combo.count() > 0)
    page.account_combo.setCurrentText(name)
    page.passphrase_edit.setText(PASSPHRASE)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    pump(lambda: window.shell is not None and window.screens.currentWidget() is window.shell)
    shell = window.shell
    assert shell is not None
    return shell


def close_window(window: MainWindow) -> None:
    """Close as a person would (flush autosave, drop the keys) and let every reply arrive."""
    window.close()
    pump(lambda: window.flow.workspace is None)
    QThreadPool.globalInstance().waitForDone(round(WAIT_SECONDS * 1000))
    QApplication.processEvents()
    window.deleteLater()
    QApplication.processEvents()


class LagProbe(QObject):
    """A precise timer every ``interval_ms``; each tick records how much later than the
    interval it came (the event loop's lag). A Python slot, like the app's own: it also waits
    for the GIL when a worker thread holds it."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self.lags: list[float] = []
        self._last = 0.0
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lags = []
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lags.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def stop(self, label: str) -> Sample:
        self.timer.stop()
        return Sample(label, list(self.lags) or [0.0])
