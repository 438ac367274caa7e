"""The app shell: window identity, navigation per role, accessible names, error hook."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from barnahus.errors import BarnahusError
from barnahus.gui.excepthook import friendly_message, install_excepthook
from barnahus.gui.main_window import AreaPage, MainWindow
from barnahus.logs import LOG_FILE_NAME, configure_logging
from barnahus.roles import Role


def make_window(qtbot: QtBot, roles: frozenset[Role] | None = None) -> MainWindow:
    window = MainWindow(Path("/tmp/example/barnahus.sqlite3"), roles)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_application_identity(app: QApplication) -> None:
    assert app.applicationName() == "barnahus-desk"
    assert app.organizationName() == "Barnahus Desk"
    assert not app.windowIcon().isNull()


def test_all_areas_before_sign_in(app: QApplication, qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.area_keys() == ["cases", "interview", "careplan", "administration"]
    assert window.windowTitle().endswith("Barnahus Desk")
    assert window.store_label.text() == "Store: barnahus.sqlite3"


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ({Role.ADMINISTRATOR}, ["administration"]),
        ({Role.INTERVIEWER}, ["cases", "interview"]),
        ({Role.PSYCHOLOGIST}, ["cases", "interview", "careplan"]),
        ({Role.COORDINATOR}, ["cases", "interview", "careplan"]),
        ({Role.ADMINISTRATOR, Role.INTERVIEWER}, ["cases", "interview", "administration"]),
    ],
)
def test_areas_follow_roles(
    app: QApplication, qtbot: QtBot, roles: set[Role], expected: list[str]
) -> None:
    window = make_window(qtbot, frozenset(roles))
    assert window.area_keys() == expected


def test_choosing_an_area_shows_its_page(app: QApplication, qtbot: QtBot) -> None:
    window = make_window(qtbot)
    target = window.navigation.item(2)
    rect = window.navigation.visualItemRect(target)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.stack.currentWidget()
    assert isinstance(page, AreaPage)
    assert page.area.key == "careplan"
    title = page.findChild(QLabel, "areaTitleLabel")
    assert title is not None
    assert title.text() == "Care plan"


def test_keyboard_reaches_navigation(app: QApplication, qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentIndex() == 1


def test_every_interactive_control_has_an_accessible_name(app: QApplication, qtbot: QtBot) -> None:
    window = make_window(qtbot)
    unnamed = [
        w.objectName()
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and not w.accessibleName()
        and w.objectName() not in {"qt_scrollarea_viewport"}
    ]
    assert unnamed == []


def test_excepthook_logs_without_message_and_shows_dialog(
    app: QApplication, tmp_path: Path
) -> None:
    log_path = configure_logging(tmp_path / "logs")
    shown: list[str] = []
    previous = install_excepthook(lambda exc: shown.append(friendly_message(exc)))
    try:
        canary = "CANARY-Amira-born-2014"
        try:
            raise ValueError(canary)
        except ValueError:
            sys.excepthook(*sys.exc_info())
        try:
            raise BarnahusError("The store could not be opened.")
        except BarnahusError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    for handler in logging.getLogger("barnahus").handlers:
        handler.flush()
    text = (log_path.parent / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ValueError: <message withheld>" in text
    assert "test_excepthook_logs_without_message_and_shows_dialog" in text
    assert canary not in text
    assert "The store could not be opened." in text
    assert len(shown) == 2
    assert canary not in shown[0]
    assert shown[1] == "The store could not be opened."


def test_demo_store_is_marked(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from barnahus.gui.tasks import run_task
    from barnahus.services.store_info import StoreSummary, describe_store

    window = make_window(qtbot)
    window.show_store_summary(StoreSummary(str(tmp_path / "demo.sqlite3"), True, True, 4))
    assert window.store_label.text().startswith("DEMO store")
    assert window.windowTitle() == "Barnahus Desk (demo)"

    missing = tmp_path / "none.sqlite3"
    run_task(lambda: describe_store(missing), window.show_store_summary)
    qtbot.waitUntil(lambda: window.store_label.text() == "No store yet at none.sqlite3.")
