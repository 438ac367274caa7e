"""The workspace's code is imported on the pool while the sign-in screen shows, and the GUI
thread builds the workspace only once that import is over (gui/workspace_code.py)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnahus.formdefs.plan import life_project_form
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
    for module in ("barnahus.gui.careplan.page", "barnahus.gui.interview.page"):
        assert module in sys.modules
    assert life_project_form.cache_info().currsize == 1  # read once, kept for the screens
    assert gc.get_freeze_count() > 0

    code.load()  # once only: a second sign-in screen starts nothing
    code.when_loaded(lambda: calls.append("later"))
    assert calls == ["first", "second", "later"]


def test_without_a_load_the_callback_runs_at_once() -> None:
    calls: list[str] = []
    WorkspaceCode().when_loaded(lambda: calls.append("now"))
    assert calls == ["now"]
