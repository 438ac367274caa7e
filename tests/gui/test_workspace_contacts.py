"""Removing a contact from the Contacts page: asked first in plain words, done on the pool;
cancelling (or a lock while asking) keeps everything; unsaved typing of the removed contact is
dropped and never offered back; the log never names the contact."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.gui.workspace_kit import (
    WAIT_MS,
    cases_area,
    open_case,
    open_window,
    press_lock,
    sign_in,
    unlock,
    wait_for_case_list,
)

from barnahus.gui.cases.contacts_page import ContactsPage
from barnahus.gui.main_window import MainWindow
from barnahus.logs import LOG_FILE_NAME, configure_logging
from barnahus.services.drafts import drafts_to_offer
from barnahus.services.profile_records import load_case_file


def _contacts(qtbot: QtBot, window: MainWindow) -> ContactsPage:
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    open_case(qtbot, area, "DEMO-0002")
    area.case_view.tabs.setCurrentIndex(1)
    contacts = area.case_view.contacts
    qtbot.waitUntil(lambda: contacts.list.count() == 3, timeout=WAIT_MS)
    return contacts


def _titles(contacts: ContactsPage) -> list[str]:
    return [contacts.list.item(i).text() for i in range(contacts.list.count())]


def _question(qtbot: QtBot, contacts: ContactsPage) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [b for b in contacts.findChildren(QMessageBox) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[0]


def test_remove_asks_and_cancel_keeps_the_contact(
    app: QApplication, qtbot: QtBot, demo_store: Path, tmp_path: Path
) -> None:
    log_path = configure_logging(tmp_path / "logs")
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.list.setCurrentRow(1)
    chosen = contacts.list.currentItem().text()
    assert contacts.remove_button.isEnabled()
    assert contacts.remove_button.accessibleName() == "Remove contact"

    contacts.remove_button.click()
    box = _question(qtbot, contacts)
    assert chosen in box.text()  # names the contact as the list shows it
    assert "record history" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not isValid(box) or not box.isVisible(), timeout=WAIT_MS)
    assert contacts.list.count() == 3

    contacts.list.setFocus()  # the keyboard path: Delete in the list asks the same question
    qtbot.keyClick(contacts.list, Qt.Key.Key_Delete)
    box = _question(qtbot, contacts)
    assert chosen in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: contacts.list.count() == 2, timeout=WAIT_MS)
    assert chosen not in _titles(contacts)
    assert "removed" in contacts.status.text()

    view = cases_area(window).case_view  # read again from the store: still gone
    contacts.list.clear()
    view.reload(("contacts",))
    qtbot.waitUntil(lambda: contacts.list.count() == 2, timeout=WAIT_MS)
    assert chosen not in _titles(contacts)

    for handler in logging.getLogger("barnahus").handlers:
        handler.flush()
    log_file = log_path.parent / LOG_FILE_NAME
    text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    name = chosen.split(" — ")[0]
    assert name
    assert name not in text


def test_unsaved_typing_of_a_removed_contact_is_not_offered_back(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.list.setCurrentRow(2)
    chosen = contacts.list.currentItem().text()
    notes = contacts.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "Seen at the school gate. ")
    workspace = window.flow.workspace
    assert workspace is not None
    keeper = contacts.keepers[contacts.current_key]
    qtbot.waitUntil(lambda: not keeper.has_pending, timeout=WAIT_MS)  # a draft in the journal
    assert len(drafts_to_offer(workspace.db, workspace.keyring)) == 1
    qtbot.keyClicks(notes, "More. ")  # and typing not yet in the journal

    contacts.remove_button.click()
    box = _question(qtbot, contacts)
    assert "not saved" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: contacts.list.count() == 2, timeout=WAIT_MS)
    assert chosen not in _titles(contacts)
    assert not workspace.unsaved_in_memory()
    assert drafts_to_offer(workspace.db, workspace.keyring) == []


def test_a_lock_while_asking_removes_nothing(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.list.setCurrentRow(0)
    chosen = contacts.list.currentItem().text()
    contacts.remove_button.click()
    box = _question(qtbot, contacts)
    press_lock(qtbot, window)
    assert not isValid(box) or not box.isVisible()
    assert contacts.list.count() == 0
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: contacts.list.count() == 3, timeout=WAIT_MS)
    assert chosen in _titles(contacts)


def test_the_button_waits_for_a_contact_and_for_edit_rights(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.list.setCurrentRow(-1)
    assert not contacts.remove_button.isEnabled()
    contacts.list.setCurrentRow(0)
    assert contacts.remove_button.isEnabled()
    contacts.editable = False  # what a closed case shows
    contacts.list.setCurrentRow(1)
    assert not contacts.remove_button.isEnabled()
    contacts.confirm_remove()
    assert not [b for b in contacts.findChildren(QMessageBox) if b.isVisible()]


def test_a_new_contact_removed_while_typing_leaves_nothing(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.new_contact()
    qtbot.keyClicks(contacts.fields["name"], "Typed by mistake")
    assert contacts.list.count() == 4
    contacts.remove_button.click()  # the record may still be on its way to the store
    _question(qtbot, contacts).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: contacts.list.count() == 3, timeout=WAIT_MS)
    workspace = window.flow.workspace
    assert workspace is not None
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert drafts_to_offer(workspace.db, workspace.keyring) == []
    case_file = load_case_file(workspace.db, workspace.keyring, contacts.case_id)
    assert len(case_file.contacts) == 3


def test_a_contact_being_removed_takes_no_typing(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    """Between the answer and the store's reply, the contact's editor and Remove are off, so
    typing cannot start a new record or write to one that is going."""
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    contacts = _contacts(qtbot, window)
    contacts.list.setCurrentRow(0)
    key = contacts.current_key
    contacts.remove(key)  # as if the question had been answered Yes
    assert key in contacts._removing
    assert not contacts.editor.isEnabled()
    assert not contacts.remove_button.isEnabled()
    before = dict(contacts.keepers)
    contacts._changed()  # a keystroke arriving now
    assert contacts.keepers == before
    qtbot.waitUntil(lambda: contacts.list.count() == 2, timeout=WAIT_MS)
    assert key not in contacts._removing
