"""Open the desktop app (or, for ``--smoke-test``, open it and close it once idle).

The settings are read before the first widget exists because they decide the language and the
contrast; that one small file is the only disk read on the GUI thread, before the event loop
starts. The store is looked at on the thread pool: a missing store leads to the first-run
screen, an existing one to sign-in.

Before the first paint only what the start page needs is loaded: no store, cryptography, form
or PDF library, and no other screen (docs/benchmarks.md, "Start-up";
tests/gui/test_startup_lazy.py keeps it so).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from barnahus.gui.application import create_application
from barnahus.gui.excepthook import install_excepthook
from barnahus.gui.i18n import install_language
from barnahus.gui.main_window import MainWindow
from barnahus.logs import log
from barnahus.services.settings import load_settings


def _when_idle(action: Callable[[], object]) -> None:
    """Zero-delay timers fire once the queue of pending events is empty.

    Two in a row make sure the events posted by the first pass (layout, paint) ran as well.
    """
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, action))


# Printed by --smoke-test once the first window is painted; benchmarks/startup.py times the
# start-up up to this line, so the smoke test's own checks afterwards are not counted.
FIRST_PAINT_MARK = "barnahus: first window painted"


def _smoke_check(app: QApplication, window: MainWindow) -> None:
    """Once the first window is painted, build the screens a session builds on first use
    (sign-in, recovery key, lock), so a missing layout or module still fails the smoke test
    as it did when they were built with the window; then quit when idle again."""
    sys.stdout.write(FIRST_PAINT_MARK + "\n")
    sys.stdout.flush()
    window.build_session_screens()
    _when_idle(app.quit)


def launch(argv: Sequence[str], store_path: Path, *, smoke_test: bool = False) -> int:
    settings = load_settings()
    app = create_application(argv, settings.wants_high_contrast)
    install_language(app, settings.language)
    install_excepthook()
    window = MainWindow(store_path, settings=settings)
    window.show()
    log.info("main window shown")
    # The look at the store runs on the pool, but starting it before the paint would have its
    # imports compete with the GUI thread for Python's lock: the first paint comes first.
    _when_idle(window.start)
    if smoke_test:
        _when_idle(lambda: _smoke_check(app, window))
    # Asking the desktop about contrast costs 15-25 ms (gui/system_contrast.py): after the paint.
    _when_idle(window.flow.system_contrast.start)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    window.flow.close_store()
    return code
