"""Shared steps of the care-plan GUI tests: a page on a real store, signed in as someone."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnahus.careplan.values import Values
from barnahus.gui.careplan import CarePlanPage
from barnahus.gui.tasks import tasks_running
from barnahus.gui.workspace import Workspace
from barnahus.services.demo_plans import plan_versions
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase

WAIT_MS = 15_000


def full_plan() -> Values:
    return copy.deepcopy(plan_versions("DEMO-0001")[0])


def open_page(qtbot: QtBot, db: StoreDatabase, keyring: Keyring, case_id: str) -> CarePlanPage:
    workspace = Workspace(db, keyring)
    page = CarePlanPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    handle = page.windowHandle()
    assert handle is not None
    handle.requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=WAIT_MS)
    workspace.choose_case(case_id)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: CarePlanPage) -> None:
    """Wait until the page shows a plan and nothing it started is still running."""
    qtbot.waitUntil(lambda: page.state is not None and tasks_running() == 0, timeout=WAIT_MS)
