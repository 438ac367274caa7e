"""The workspace's code is imported on the pool while the sign-in screen shows, and the GUI
thread builds the workspace only once that import is over (gui/workspace_code.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnahus.gui.workspace_code import WorkspaceCode

WAIT_MS = 30_000


def test_waiting_callbacks_run_once_the_import_is_over(app: QApplication, qtbot: QtBot) -> None:
    code = WorkspaceCode()
    calls: list[str] = []
    code.load()
    code.when_loaded(lambda: calls.append("first"))
    code.when_loaded(lambda: calls.append("second"))
    assert calls == []  # the pool has not reported back: nothing ran on the GUI thread yet
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=WAIT_MS)
    assert calls == ["first", "second"]

    code.load()  # once only: a second sign-in screen starts nothing
    code.when_loaded(lambda: calls.append("later"))
    assert calls == ["first", "second", "later"]


# In a fresh interpreter, so that nothing another test loaded counts: the load imports the
# screens, reads the forms and freezes the start-up heap, all on the pool.
_PROBE = """
import gc, json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from barnahus.formdefs.plan import life_project_form
from barnahus.gui.workspace_code import WorkspaceCode
before = {"page": "barnahus.gui.careplan.page" in sys.modules,
          "form": life_project_form.cache_info().currsize, "frozen": gc.get_freeze_count()}
code, loop = WorkspaceCode(), QEventLoop()
code.load()
code.when_loaded(loop.quit)
QTimer.singleShot(60000, loop.quit)
loop.exec()
after = {"page": "barnahus.gui.careplan.page" in sys.modules,
         "form": life_project_form.cache_info().currsize, "frozen": gc.get_freeze_count()}
print(json.dumps([before, after]))
"""


def test_the_load_brings_in_screens_forms_and_the_frozen_heap(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == {"page": False, "form": 0, "frozen": 0}
    assert after["page"] is True
    assert after["form"] == 1  # read once, kept for the screens
    assert after["frozen"] > 0


def test_without_a_load_the_callback_runs_at_once() -> None:
    calls: list[str] = []
    WorkspaceCode().when_loaded(lambda: calls.append("now"))
    assert calls == ["now"]
