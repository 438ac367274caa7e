"""A last line of defence: unexpected errors become a calm dialog and a content-free log entry.

Without this hook PySide6 prints the traceback to stderr and carries on in an unknown state.
The dialog tells the user their saved work is safe and where the log is; it never shows the
exception message, which could quote case content.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

from barnahus.errors import BarnahusError
from barnahus.logs import log_unexpected

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def friendly_message(exc: BaseException) -> str:
    if isinstance(exc, BarnahusError):
        return exc.message
    return QCoreApplication.translate(
        "ExceptHook",
        "Something went wrong inside Barnahus Desk. Work that was already saved is safe. "
        "A technical report without any case details was written to the log.",
    )


def _show_dialog(exc: BaseException) -> None:
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    from PySide6.QtWidgets import QMessageBox  # not before the first paint: see session_flow

    box = QMessageBox(QMessageBox.Icon.Warning, "Barnahus Desk", friendly_message(exc))
    box.setAccessibleName(QCoreApplication.translate("ExceptHook", "Error message"))
    box.exec()


def install_excepthook(show_dialog: Callable[[BaseException], None] = _show_dialog) -> ExceptHook:
    """Install the hook and return the previous one (tests restore it)."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log_unexpected(exc_type, exc, tb)
        show_dialog(exc)

    sys.excepthook = hook
    return previous
