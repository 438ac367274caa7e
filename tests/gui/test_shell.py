"""The app shell: window identity, areas per role, keyboard navigation, the error hook."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import WAIT_MS, open_window, sign_in

from barnahus.errors import BarnahusError
from barnahus.gui.areas import areas_for
from barnahus.gui.excepthook import friendly_message, install_excepthook
from barnahus.gui.shell import AreaPage
from barnahus.logs import LOG_FILE_NAME, configure_logging
from barnahus.roles import Role


def test_application_identity(app: QApplication) -> None:
    assert app.applicationName() == "barnahus-desk"
    assert app.organizationName() == "Barnahus Desk"
    assert not app.windowIcon().isNull()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#f7f9f9"


def test_high_contrast_theme(app: QApplication) -> None:
    from barnahus.gui.application import apply_theme

    try:
        apply_theme(app, high_contrast=True)
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
        assert "#ffff00" in app.styleSheet()
    finally:
        apply_theme(app, high_contrast=False)


def test_type_follows_the_system_size(app: QApplication) -> None:
    from barnahus.gui.application import READING_SCALE, _system_point_size

    assert app.font().pointSizeF() == pytest.approx(
        _system_point_size(app) * READING_SCALE, abs=0.1
    )
    assert "pt" in app.styleSheet()
    assert "${" not in app.styleSheet()


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (None, ["cases", "interview", "careplan", "administration"]),
        ({Role.ADMINISTRATOR}, ["administration"]),
        ({Role.INTERVIEWER}, ["cases", "interview"]),
        ({Role.PSYCHOLOGIST}, ["cases", "interview", "careplan"]),
        ({Role.COORDINATOR}, ["cases", "interview", "careplan"]),
        ({Role.ADMINISTRATOR, Role.INTERVIEWER}, ["cases", "interview", "administration"]),
    ],
)
def test_areas_follow_roles(
    app: QApplication, roles: set[Role] | None, expected: list[str]
) -> None:
    chosen = None if roles is None else frozenset(roles)
    assert [a.key for a in areas_for(chosen)] == expected


def test_keyboard_reaches_navigation_and_placeholders(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "coordinator")
    shell.navigation.setFocus()
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Down)
    assert shell.stack.currentIndex() == 1
    page = shell.stack.currentWidget()
    if isinstance(page, AreaPage):  # until the interview page is mounted
        title = page.findChild(QLabel, "areaTitleLabel")
        assert title is not None
        assert title.text() == "Interview"
    assert window.store_path == demo_store
    assert shell.store_label.text().startswith("DEMO store")
    assert window.windowTitle() == "Barnahus Desk (demo)"


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


def test_missing_store_leads_to_first_run(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    from barnahus.gui.first_run import FirstRunPage

    window = open_window(qtbot, tmp_path / "none.sqlite3")
    qtbot.waitUntil(
        lambda: isinstance(window.screens.currentWidget(), FirstRunPage), timeout=WAIT_MS
    )
    assert not (tmp_path / "none.sqlite3").exists()


def test_area_pages_are_built_when_first_shown(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    """Only the first area is built at sign-in; a page built later still shows the case the
    person chose meanwhile (docs/benchmarks.md, "Sign-in")."""
    from barnahus.gui.careplan.page import CarePlanPage
    from barnahus.services.cases import list_cases

    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "coordinator")
    assert list(shell.pages) == ["cases", "interview", "careplan"]
    assert shell.pages.is_built("cases")
    assert not shell.pages.is_built("interview")
    assert not shell.pages.is_built("careplan")
    assert "careplan" in shell.pages  # asking whether there is one builds nothing
    assert not shell.pages.is_built("careplan")

    case_id = list_cases(shell.workspace.db)[0].id
    shell.workspace.choose_case(case_id)
    shell.show_area("careplan")
    assert shell.pages.is_built("careplan")
    page = shell.pages["careplan"]
    assert isinstance(page, CarePlanPage)
    assert shell.stack.currentWidget() is page
    assert shell.stack.count() == 3
    qtbot.waitUntil(lambda: page.state is not None, timeout=WAIT_MS)
    assert page.state is not None
    assert page.state.case_id == case_id
    assert not shell.pages.is_built("interview")


def test_menu_shortcuts_work_from_anywhere(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """Set by name through Qt's meta-object at start-up (main_window._work_application_wide),
    which would fail silently; Ctrl+L must lock from any window of the app."""
    from barnahus.gui.main_window import MainWindow

    window = MainWindow(tmp_path / "barnahus.sqlite3")
    qtbot.addWidget(window)
    for action in (window.lock_action, window.settings_action, window.shortcuts_action):
        assert action.shortcuts()
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert window.lock_action.shortcuts()[0].toString() == "Ctrl+L"
