"""Start-up: `barnahus --smoke-test` against a bare PySide6 window opened and closed alike."""

from __future__ import annotations

import os
import sys
import tempfile

from benchmarks.timing import Budget, group, report, scaled, time_command

BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1100, 720); w.show()\n"
    "QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))\n"
    "app.exec()\n"
)

REPEAT = 7


def run() -> None:
    group("Start-up to an idle main window (subprocess, offscreen):")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BARNAHUS_LOG_DIR=tmp)
        baseline = time_command(
            "bare PySide6 window", [sys.executable, "-c", BARE_WINDOW], scaled(REPEAT, 2), env
        )
        app = time_command(
            "barnahus --smoke-test",
            [sys.executable, "-m", "barnahus", "--smoke-test", "--store", f"{tmp}/s.sqlite3"],
            scaled(REPEAT, 2),
            env,
        )
    report(baseline, baseline)
    report(app, baseline, Budget(1.5, "ratio"))
