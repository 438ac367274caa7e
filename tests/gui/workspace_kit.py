"""Drive the desktop app in tests: demo stores, windows, signing in and out, locking.

The demo centre is built once per test session (through the real services, at the fast KDF)
and copied for each test, so every test gets a fresh store without paying for building it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import FAST_KDF

from barnahus.gui.admin.admin_area import AdministrationArea
from barnahus.gui.cases.cases_area import CasesArea
from barnahus.gui.main_window import MainWindow
from barnahus.gui.shell import WorkspaceShell
from barnahus.services.demo import create_demo_store

DEMO_PASSPHRASE = "demo passphrase for tests"
WAIT_MS = 15_000


def build_demo(directory: Path) -> Path:
    path = directory / "demo.sqlite3"
    create_demo_store(path, DEMO_PASSPHRASE, FAST_KDF)
    return path


def copy_store(template: Path, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / template.name
    for suffix in ("", "-wal", "-shm"):
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copy2(source, target.with_name(target.name + suffix))
    return target


def open_window(qtbot: QtBot, store: Path) -> MainWindow:
    window = MainWindow(store, kdf=FAST_KDF)

    def close_as_a_person_would(_widget: QWidget) -> None:
        """Sign out through the window (flush, wipe keys) and let every reply arrive before
        the test deletes the widgets, so no late reply meets a deleted page."""
        window.close()
        qtbot.waitUntil(lambda: window.flow.workspace is None, timeout=WAIT_MS)
        QThreadPool.globalInstance().waitForDone(WAIT_MS)
        QApplication.processEvents()

    qtbot.addWidget(window, before_close_func=close_as_a_person_would)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.start()
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts only reach the active window; the offscreen platform needs asking."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed dialogs go first
    QApplication.processEvents()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def showing(window: MainWindow, screen: QWidget | None) -> bool:
    return screen is not None and window.screens.currentWidget() is screen


def sign_in(
    qtbot: QtBot, window: MainWindow, name: str, passphrase: str = DEMO_PASSPHRASE
) -> WorkspaceShell:
    page = window.sign_in_page
    qtbot.waitUntil(
        lambda: showing(window, page) and page.account_combo.count() > 0, timeout=WAIT_MS
    )
    page.account_combo.setCurrentText(name)
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: showing(window, window.shell), timeout=WAIT_MS)
    shell = window.shell
    assert shell is not None
    return shell


def cases_area(window: MainWindow) -> CasesArea:
    assert window.shell is not None
    area = window.shell.pages["cases"]
    assert isinstance(area, CasesArea)
    return area


def admin_area(window: MainWindow) -> AdministrationArea:
    assert window.shell is not None
    area = window.shell.pages["administration"]
    assert isinstance(area, AdministrationArea)
    return area


def wait_for_case_list(qtbot: QtBot, area: CasesArea) -> None:
    qtbot.waitUntil(
        lambda: area.list_page.loaded and area.list_page.model.rowCount() > 0, timeout=WAIT_MS
    )


def open_case(qtbot: QtBot, area: CasesArea, case_number: str) -> None:
    model = area.list_page.model
    row = next(i for i, e in enumerate(model.rows) if e.case_number == case_number)
    area.list_page.table.setFocus()
    area.list_page.table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(area.list_page.table, Qt.Key.Key_Return)
    view = area.case_view
    qtbot.waitUntil(
        lambda: view.case_number == case_number and view.profile.keeper is not None,
        timeout=WAIT_MS,
    )


def press_lock(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+L from wherever the focus is, as a person would."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.lock_screen.keys_dropped, timeout=WAIT_MS)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = DEMO_PASSPHRASE) -> None:
    screen = window.lock_screen
    qtbot.keyClicks(screen.passphrase_edit, passphrase)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: showing(window, window.shell), timeout=WAIT_MS)
