"""Open the desktop app (or, for ``--smoke-test``, open it and close it once idle)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from barnahus.gui.application import create_application
from barnahus.gui.excepthook import install_excepthook
from barnahus.gui.main_window import MainWindow
from barnahus.gui.tasks import run_task
from barnahus.logs import log


def _quit_when_idle(app: QApplication) -> None:
    """Zero-delay timers fire once the queue of pending events is empty.

    Two in a row make sure the events posted by the first pass (layout, paint) ran as well.
    """
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))


def _describe(store_path: Path) -> object:
    """Runs on the pool: importing the store layer (SQLAlchemy, Alembic) happens there too."""
    from barnahus.services.store_info import describe_store

    return describe_store(store_path)


def launch(argv: Sequence[str], store_path: Path, *, smoke_test: bool = False) -> int:
    app = create_application(argv)
    install_excepthook()
    window = MainWindow(store_path)
    window.show()
    log.info("main window shown")
    run_task(lambda: _describe(store_path), window.show_store_summary)
    if smoke_test:
        _quit_when_idle(app)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    return code
