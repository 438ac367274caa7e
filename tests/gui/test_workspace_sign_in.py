"""Sign-in: the account is picked from the store, the passphrase checked off the GUI thread,
and errors (wrong passphrase, throttling, disabled account) said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import WAIT_MS, open_window, showing, sign_in

from barnahus.services.settings import load_settings


def test_accounts_are_offered_and_the_last_user_remembered(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.account_combo.count() == 4, timeout=WAIT_MS)
    names = [page.account_combo.itemText(i) for i in range(4)]
    assert sorted(names) == ["admin", "coordinator", "interviewer", "psychologist"]
    assert page.demo_banner.isVisible()
    assert window.windowTitle().endswith("(demo)")
    sign_in(qtbot, window, "psychologist")
    qtbot.waitUntil(lambda: load_settings().last_user == "psychologist", timeout=WAIT_MS)


def test_wrong_passphrase_then_throttling_in_plain_words(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    page = window.sign_in_page
    qtbot.waitUntil(
        lambda: showing(window, page) and page.account_combo.count() > 0, timeout=WAIT_MS
    )
    page.account_combo.setCurrentText("interviewer")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == "Type your passphrase."
    for attempt in range(6):
        qtbot.keyClicks(page.passphrase_edit, f"not the passphrase {attempt}")
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
        assert page.progress.isVisible()  # busy while the key is derived off the GUI thread
        assert not page.sign_in_button.isEnabled()
        assert page.passphrase_edit.text() == ""
        qtbot.waitUntil(lambda: page.sign_in_button.isEnabled(), timeout=WAIT_MS)
        assert page.error_label.isVisible()
    assert "Too many failed attempts" in page.error_label.text()
    assert "second" in page.error_label.text()
    assert showing(window, page)


def test_disabled_account_is_told_to_ask_an_administrator(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    from tests.gui.workspace_kit import DEMO_PASSPHRASE

    from barnahus.services.accounts import disable_user
    from barnahus.services.signin import sign_in as service_sign_in
    from barnahus.services.store_access import open_database

    db = open_database(demo_store)
    admin = service_sign_in(db, "admin", DEMO_PASSPHRASE)
    disable_user(db, admin, "interviewer")
    admin.lock()
    db.dispose()
    window = open_window(qtbot, demo_store)
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.account_combo.count() == 3, timeout=WAIT_MS)
    assert page.account_combo.findText("interviewer") < 0


def test_signing_in_waits_for_the_workspace_code_and_takes_one_keyring(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    """While the workspace's code is still being imported (gui/workspace_code.py), the sign-in
    page stays busy, and a second keyring arriving meanwhile is locked, never left waiting."""
    from tests.gui.workspace_kit import DEMO_PASSPHRASE

    from barnahus.services.signin import sign_in as service_sign_in

    window = open_window(qtbot, demo_store)
    page = window.sign_in_page
    qtbot.waitUntil(
        lambda: showing(window, page) and page.account_combo.count() > 0, timeout=WAIT_MS
    )
    code = window.flow.workspace_code
    qtbot.waitUntil(lambda: not code._loading, timeout=WAIT_MS)
    code._loading = True  # as if the import were still running on the pool
    signed_in: list[object] = []
    page.signed_in.connect(signed_in.append)
    page.account_combo.setCurrentText("coordinator")
    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(signed_in), timeout=WAIT_MS)
    assert window.flow.workspace is None  # not opened yet
    assert not page.sign_in_button.isEnabled()  # still busy: no second sign-in from here
    assert showing(window, page)

    assert window.flow.db is not None
    second = service_sign_in(window.flow.db, "psychologist", DEMO_PASSPHRASE)
    window.flow._signed_in(second)
    assert second.locked

    code._finished(None)  # the import is over
    qtbot.waitUntil(lambda: showing(window, window.shell), timeout=WAIT_MS)
    assert window.shell is not None
    assert window.shell.workspace.account_name == "coordinator"
