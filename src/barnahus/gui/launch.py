"""Open the desktop app (or, for ``--smoke-test``, open it and close it once idle).

The settings are read before the first widget exists because they decide the language and the
contrast; that one small file is the only disk read on the GUI thread, before the event loop
starts. The store is looked at on the thread pool: a missing store leads to the first-run
screen, an existing one to sign-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from barnahus.gui.application import create_application
from barnahus.gui.excepthook import install_excepthook
from barnahus.gui.i18n import install_language
from barnahus.gui.main_window import MainWindow
from barnahus.logs import log
from barnahus.services.settings import load_settings


def _quit_when_idle(app: QApplication) -> None:
    """Zero-delay timers fire once the queue of pending events is empty.

    Two in a row make sure the events posted by the first pass (layout, paint) ran as well.
    """
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))


def launch(argv: Sequence[str], store_path: Path, *, smoke_test: bool = False) -> int:
    settings = load_settings()
    app = create_application(argv, settings.high_contrast)
    install_language(app, settings.language)
    install_excepthook()
    window = MainWindow(store_path, settings=settings)
    window.show()
    log.info("main window shown")
    window.start()
    if smoke_test:
        _quit_when_idle(app)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    window.flow.close_store()
    return code
