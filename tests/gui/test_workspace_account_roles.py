"""Administration: *Change roles…* pre-ticks the account's roles, saves on the pool, reloads the
list and says in one line what changed; a refusal is one plain sentence in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASES, Team
from tests.gui.workspace_kit import WAIT_MS, admin_area, open_window, sign_in

from barnahus.gui.admin.accounts_tab import AccountsTab
from barnahus.gui.admin.roles_dialog import RolesDialog
from barnahus.roles import Compartment, Role
from barnahus.services.accounts import disable_user
from barnahus.services.signin import sign_in as service_sign_in
from barnahus.services.store_access import open_database


def _accounts(qtbot: QtBot, team: Team) -> AccountsTab:
    team.db.dispose()
    window = open_window(qtbot, team.path)
    sign_in(qtbot, window, "admin", PASSPHRASES["admin"])
    accounts = admin_area(window).accounts
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 4, timeout=WAIT_MS)
    return accounts


def _open_dialog(qtbot: QtBot, accounts: AccountsTab, name: str) -> RolesDialog:
    row = next(i for i, a in enumerate(accounts.model.accounts) if a.name == name)
    accounts.table.selectRow(row)
    assert accounts.roles_button.isEnabled()
    qtbot.mouseClick(accounts.roles_button, Qt.MouseButton.LeftButton)
    dialog = accounts.findChild(RolesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def _roles_of(accounts: AccountsTab, name: str) -> tuple[Role, ...]:
    return next(a.roles for a in accounts.model.accounts if a.name == name)


def test_change_roles_pre_ticks_saves_and_reloads(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    accounts = _accounts(qtbot, team)
    dialog = _open_dialog(qtbot, accounts, "psychologist")
    assert dialog.checked() == {Role.PSYCHOLOGIST}
    assert dialog.roles[Role.PSYCHOLOGIST].isChecked()
    assert not dialog.roles[Role.COORDINATOR].isChecked()
    assert "nothing has changed" in dialog.effect.text()

    dialog.roles[Role.COORDINATOR].setChecked(True)
    dialog.roles[Role.PSYCHOLOGIST].setChecked(False)
    assert dialog.effect.text() == "Keys that will be deleted: interviews."
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    qtbot.waitUntil(
        lambda: _roles_of(accounts, "psychologist") == (Role.COORDINATOR,), timeout=WAIT_MS
    )
    assert accounts.status.text() == (
        "psychologist is now Coordinator. Their keys to interviews were deleted; a session "
        "already open keeps them until it locks or signs out."
    )
    row = next(i for i, a in enumerate(accounts.model.accounts) if a.name == "psychologist")
    assert accounts.model.data(accounts.model.index(row, 1)) == "Coordinator"

    dialog = _open_dialog(qtbot, accounts, "interviewer")
    dialog.roles[Role.COORDINATOR].setChecked(True)
    assert dialog.effect.text() == "Will wait for a grant: care plans."
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    qtbot.waitUntil(
        lambda: _roles_of(accounts, "interviewer") == (Role.COORDINATOR, Role.INTERVIEWER),
        timeout=WAIT_MS,
    )
    assert accounts.status.text() == (
        "interviewer is now Coordinator, Interviewer. A colleague who holds care plans must give "
        "access before they can read them."
    )
    assert any(a.name == "interviewer" and a.waiting for a in accounts.model.accounts)
    assert "interviewer" in accounts.waiting.text()

    db = open_database(team.path)
    try:
        again = service_sign_in(db, "psychologist", PASSPHRASES["psychologist"])
        assert set(again.compartments) == {Compartment.IDENTITY, Compartment.CAREPLAN}
        again.lock()
    finally:
        db.dispose()


def test_refusal_is_shown_in_the_dialog(app: QApplication, qtbot: QtBot, team: Team) -> None:
    accounts = _accounts(qtbot, team)
    dialog = _open_dialog(qtbot, accounts, "admin")
    assert dialog.checked() == {Role.ADMINISTRATOR}
    dialog.roles[Role.ADMINISTRATOR].setChecked(False)
    dialog.save()
    assert dialog.error.text() == "Tick at least one role."
    dialog.roles[Role.COORDINATOR].setChecked(True)
    dialog.save()
    qtbot.waitUntil(
        lambda: dialog.buttons.isEnabled() and dialog.error.isVisible(), timeout=WAIT_MS
    )
    assert dialog.error.text() == (
        "The store needs at least one administrator; make another account administrator first."
    )
    assert dialog.isVisible()
    dialog.reject()
    assert _roles_of(accounts, "admin") == (Role.ADMINISTRATOR,)


def test_button_is_disabled_for_a_disabled_account(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    disable_user(team.db, team.admin, "interviewer")
    accounts = _accounts(qtbot, team)
    row = next(i for i, a in enumerate(accounts.model.accounts) if a.name == "interviewer")
    accounts.table.selectRow(row)
    assert not accounts.roles_button.isEnabled()
    accounts.table.selectRow(0)
    assert accounts.roles_button.isEnabled()
    assert accounts.roles_button.accessibleName() == "Change roles"
