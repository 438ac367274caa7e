"""Every control of every screen has an accessible name and description, can be reached with
the keyboard, and shows where the focus is.

The walk covers the session screens, each role's workspace with every tab opened, and every
dialog. Qt's own parts of a composite control (the tab bar of a tab widget, the viewport of a
scroll area) take their names from the control they belong to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import (
    WAIT_MS,
    admin_area,
    cases_area,
    open_case,
    open_window,
    press_lock,
    showing,
    sign_in,
    wait_for_case_list,
)

from barnahus.gui.admin.account_dialogs import AddAccountDialog, GrantDialog
from barnahus.gui.admin.restore_dialog import RestoreDialog
from barnahus.gui.admin.roles_dialog import RolesDialog
from barnahus.gui.cases.new_case_dialog import NewCaseDialog
from barnahus.gui.colleague_access import ColleagueAccessDialog
from barnahus.gui.confirm import ask
from barnahus.gui.draft_recovery import DraftRecoveryDialog
from barnahus.gui.first_run import FirstRunPage
from barnahus.gui.main_window import MainWindow
from barnahus.gui.settings_dialog import SettingsDialog
from barnahus.services.admin import AccountOverview
from barnahus.services.drafts import DraftSummary

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractItemView)


def _qt_part(widget: QWidget) -> bool:
    """A piece Qt builds inside a composite control (the clear button of a line edit, the list
    of a combo box, the tab bar of a tab widget), named and reached through that control."""
    parent = widget.parentWidget()
    if parent is None:
        return False
    if isinstance(parent, QLineEdit) or any(isinstance(a, QComboBox) for a in _ancestors(widget)):
        return True
    return widget.objectName().startswith("qt_") and bool(parent.accessibleName())


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _qt_part(widget):
            continue
        label = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        if not widget.accessibleName():
            found.append(f"{label}: no accessible name")
        if isinstance(widget, INPUTS) and not widget.accessibleDescription():
            found.append(f"{label}: no accessible description")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
            found.append(f"{label}: not reachable with Tab")
    for button in root.findChildren(QAbstractButton):
        if not button.focusPolicy() & Qt.FocusPolicy.TabFocus and not _qt_part(button):
            parent = button.parentWidget()
            where = "" if parent is None else f" in {type(parent).__name__} {parent.objectName()!r}"
            found.append(f"button {button.objectName()!r}{where}: not reachable with Tab")
    return sorted(set(found))


def walk_tabs(root: QWidget) -> list[str]:
    """Open every tab (hidden pages are built too, but a person sees them one by one)."""
    found = problems(root)
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page = tabs.widget(index)
            if page is not None:
                found += problems(page)
    return sorted(set(found))


def test_focus_is_visible_on_every_kind_of_control(app: QApplication) -> None:
    sheet = app.styleSheet()
    for kind in (
        "QPushButton",
        "QLineEdit",
        "QPlainTextEdit",
        "QComboBox",
        "QCheckBox",
        "QSpinBox",
        "QTableView",
        "QListWidget",
    ):
        assert f"{kind}:focus" in sheet, kind


def test_session_screens(app: QApplication, qtbot: QtBot, tmp_path: Path, demo_store: Path) -> None:
    window = open_window(qtbot, tmp_path / "new" / "barnahus.sqlite3")
    qtbot.waitUntil(
        lambda: isinstance(window.screens.currentWidget(), FirstRunPage), timeout=WAIT_MS
    )
    assert problems(window) == []
    for page in (window.start_page, window.recovery_page, window.sign_in_page, window.lock_screen):
        window.show_screen(page)
        assert problems(page) == [], type(page).__name__

    second = open_window(qtbot, demo_store)
    sign_in(qtbot, second, "psychologist")
    press_lock(qtbot, second)
    assert problems(second) == []


@pytest.mark.parametrize("role", ["coordinator", "interviewer", "psychologist", "admin"])
def test_every_workspace_screen(
    app: QApplication, qtbot: QtBot, demo_store: Path, role: str
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, role)
    found: list[str] = []
    for key in shell.area_keys():
        shell.show_area(key)
        found += walk_tabs(shell)
    if role != "admin":
        area = cases_area(window)
        wait_for_case_list(qtbot, area)
        open_case(qtbot, area, "DEMO-0001")
        found += walk_tabs(area.case_view)
        qtbot.waitUntil(lambda: area.case_view.contacts.list.count() > 0, timeout=WAIT_MS)
        found += walk_tabs(window)
    else:
        admin_area(window)
        found += walk_tabs(window)
    assert sorted(set(found)) == []


def _dialogs(window: MainWindow) -> list[QDialog]:
    workspace = window.flow.workspace
    assert workspace is not None
    overview = AccountOverview(
        "nora",
        (),
        False,
        workspace.keyring.account.created_at,
        frozenset(),
        frozenset(),
        frozenset(),
    )
    draft = DraftSummary(
        "r", "c", "DEMO-0001", "child_profile", workspace.keyring.account.created_at
    )
    return [
        SettingsDialog(window.flow.settings, window),
        NewCaseDialog(workspace, window),
        AddAccountDialog(workspace, window),
        GrantDialog(workspace, overview, window),
        RolesDialog(workspace, overview, window),
        RestoreDialog(window),
        DraftRecoveryDialog(workspace, [draft], window),
        ColleagueAccessDialog(workspace, window),
    ]


def test_every_dialog(app: QApplication, qtbot: QtBot, demo_store: Path) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    for dialog in _dialogs(window):
        dialog.open()
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        assert problems(dialog) == [], type(dialog).__name__
        dialog.reject()
    box = ask(window, "Close the case", "Close case DEMO-0001?", lambda: None)
    assert problems(box) == []
    box.reject()
    window.shortcuts_action.trigger()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert shown
    assert all(problems(w) == [] for w in shown)
    assert showing(window, window.shell)
