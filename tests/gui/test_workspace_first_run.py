"""First run: create the store and the first administrator, show the recovery key once (and
print it without a temporary file), then sign in."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import WAIT_MS, open_window, showing, sign_in

from barnahus.gui.first_run import FirstRunPage
from barnahus.gui.printing import new_printer, render
from barnahus.services.store_access import open_database

PASSPHRASE = "kettle harbour violet march"
KEY_PATTERN = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")


def first_run_page(qtbot: QtBot, window_screens: QWidget) -> FirstRunPage:
    found: list[FirstRunPage] = []

    def shown() -> bool:
        page = window_screens.findChild(FirstRunPage)
        if page is not None and page.isVisible():
            found.append(page)
            return True
        return False

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def test_first_run_creates_store_shows_key_once_and_signs_in(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    store = tmp_path / "centre" / "barnahus.sqlite3"
    window = open_window(qtbot, store)
    page = first_run_page(qtbot, window.screens)
    location = page.findChild(QWidget, "storeLocationLabel")
    assert location is not None
    assert str(store) in location.property("text")
    assert not store.exists()  # nothing is created before the person asks

    qtbot.keyClicks(page.name_edit, "anna.berg")
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(page.repeat_edit, "something else entirely")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.error_label.text()
    assert not store.exists()

    page.passphrase_edit.setText("short")
    page.repeat_edit.setText("short")
    page.create_store()
    assert page.progress.isVisible()  # the key derivation runs off the GUI thread
    qtbot.waitUntil(lambda: "at least 10 characters" in page.error_label.text(), timeout=WAIT_MS)

    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    qtbot.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    recovery = window.recovery_page
    qtbot.waitUntil(lambda: showing(window, recovery), timeout=WAIT_MS)
    key = recovery.key_label.text().replace("\n", "")
    assert KEY_PATTERN.match(key)

    printed: list[str] = []

    def print_to_pdf(_parent: QWidget, html: str, _title: str) -> bool:
        printer = new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "chosen-by-person.pdf"))
        render(printer, html)
        printed.append(html)
        return True

    recovery.printer_choice = print_to_pdf
    qtbot.mouseClick(recovery.print_button, Qt.MouseButton.LeftButton)
    assert key in printed[0]
    assert (tmp_path / "chosen-by-person.pdf").read_bytes().startswith(b"%PDF")
    assert not recovery.continue_button.isEnabled()
    recovery.kept_check.setChecked(True)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    assert recovery.key_label.text() == ""  # shown once

    shell = sign_in(qtbot, window, "anna.berg", PASSPHRASE)
    assert shell.area_keys() == ["administration"]
    db = open_database(store)
    try:
        with db.transaction() as tx:
            actions = [r.action for r in tx.audit_records()]
    finally:
        db.dispose()
    assert actions[0] == "store_created"
    assert "printed" in actions
    assert actions[-1] == "login"


def test_smoke_store_summary_problem_is_shown(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    not_a_store = tmp_path / "notes.sqlite3"
    not_a_store.write_text("not a database", encoding="utf-8")
    window = open_window(qtbot, not_a_store)
    qtbot.waitUntil(lambda: window.start_page.retry_button.isVisible(), timeout=WAIT_MS)
    assert "not a Barnahus Desk store" in window.start_page.message.text()


def test_an_unattended_recovery_key_is_hidden(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "barnahus.sqlite3")
    page = first_run_page(qtbot, window.screens)
    page.name_edit.setText("anna.berg")
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    page.create_store()
    qtbot.waitUntil(lambda: showing(window, window.recovery_page), timeout=WAIT_MS)
    window.flow.idle.set_timeout(200)
    qtbot.waitUntil(lambda: showing(window, window.sign_in_page), timeout=WAIT_MS)
    assert window.recovery_page.key_label.text() == ""
