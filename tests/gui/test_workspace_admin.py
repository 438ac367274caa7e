"""Administration: a new colleague waits for access until granted with the recovery key; the
grant becomes theirs at their next sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASES, Team
from tests.gui.workspace_kit import WAIT_MS, admin_area, open_window, sign_in

from barnahus.gui.admin.account_dialogs import AddAccountDialog, GrantDialog
from barnahus.roles import Compartment, Role
from barnahus.services.signin import sign_in as service_sign_in


def test_grant_with_the_recovery_key(app: QApplication, qtbot: QtBot, team: Team) -> None:
    store: Path = team.path
    team.db.dispose()
    window = open_window(qtbot, store)
    sign_in(qtbot, window, "admin", PASSPHRASES["admin"])
    accounts = admin_area(window).accounts
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 4, timeout=WAIT_MS)

    accounts.add_account()
    dialog = accounts.findChild(AddAccountDialog)
    assert dialog is not None
    dialog.name.setText("sara.ek")
    dialog.roles[Role.PSYCHOLOGIST].setChecked(True)
    dialog.passphrase.setText("sara's own long passphrase")
    dialog.repeat.setText("sara's own long passphrase")
    dialog.create_account()
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 5, timeout=WAIT_MS)
    row = next(i for i, a in enumerate(accounts.model.accounts) if a.name == "sara.ek")
    accounts.table.selectRow(row)
    assert accounts.grant_button.isEnabled()
    assert not accounts.findChild(GrantDialog)

    qtbot.mouseClick(accounts.grant_button, Qt.MouseButton.LeftButton)
    grant = accounts.findChild(GrantDialog)
    assert grant is not None
    qtbot.keyClicks(grant.key, "AAAAAAA-BBBBBBB")
    grant.grant()
    qtbot.waitUntil(lambda: grant.error.isVisible(), timeout=WAIT_MS)
    assert grant.error.text() == "That recovery key does not belong to this store."
    assert grant.key.text() == ""  # never kept in the field
    grant.key.setText(team.recovery_key.lower())  # typed in lower case, still accepted
    with qtbot.waitSignal(grant.granted, timeout=WAIT_MS):
        grant.grant()
    qtbot.waitUntil(
        lambda: any(
            a.name == "sara.ek" and a.pending and not a.missing for a in accounts.model.accounts
        ),
        timeout=WAIT_MS,
    )
    assert "usable at next sign-in" in accounts.model.data(accounts.model.index(row, 3))

    from barnahus.services.store_access import open_database

    db = open_database(store)
    try:
        sara = service_sign_in(db, "sara.ek", "sara's own long passphrase")
        assert sara.holds(Compartment.CAREPLAN)
        assert sara.holds(Compartment.IDENTITY)
        sara.lock()
    finally:
        db.dispose()
    accounts.reload()
    qtbot.waitUntil(
        lambda: any(a.name == "sara.ek" and not a.waiting for a in accounts.model.accounts),
        timeout=WAIT_MS,
    )


def test_access_lines_start_with_a_capital() -> None:
    import datetime as dt

    from barnahus.gui.admin.accounts_tab import access_text
    from barnahus.roles import Compartment, Role
    from barnahus.services.admin import AccountOverview

    account = AccountOverview(
        name="maria",
        roles=(Role.PSYCHOLOGIST,),
        disabled=False,
        created_at=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
        held=frozenset(),
        pending=frozenset({Compartment.CAREPLAN}),
        missing=frozenset(),
    )
    assert access_text(account).startswith("Granted, usable at next sign-in")
