"""Locking: after idle time or with Ctrl+L; content hidden, keys wiped, typing kept.

Unsaved text is flushed to the encrypted autosave journal before the keys go; the editors are
then emptied and filled again from the journal after unlocking. If the journal cannot be
written, the text stays in memory (never on disk) behind the lock screen and is saved after
unlocking, and the lock screen says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.gui.workspace_kit import (
    WAIT_MS,
    activate,
    cases_area,
    open_case,
    open_window,
    press_lock,
    showing,
    sign_in,
    unlock,
    wait_for_case_list,
)

from barnahus.errors import StoreUnavailable
from barnahus.gui.cases.new_case_dialog import NewCaseDialog
from barnahus.gui.settings_dialog import SettingsDialog
from barnahus.services.settings import Settings, load_settings


def test_idle_time_locks_and_the_setting_changes_it(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    assert window.flow.idle.timeout_ms == Settings().idle_lock_minutes * 60_000
    window.flow.idle.set_timeout(300)
    qtbot.waitUntil(lambda: window.lock_screen.keys_dropped, timeout=WAIT_MS)
    assert showing(window, window.lock_screen)
    assert "Everything you typed is saved" in window.lock_screen.saving.text()

    qtbot.keyClicks(window.lock_screen.passphrase_edit, "not my passphrase at all")
    qtbot.keyClick(window.lock_screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_screen.error_label.isVisible(), timeout=WAIT_MS)
    assert window.lock_screen.error_label.text() == "The account name or passphrase is not right."
    window.flow.idle.set_timeout(60_000)
    unlock(qtbot, window)

    dialog = SettingsDialog(window.flow.settings, window)
    dialog.chosen.connect(window.flow.workstation._chosen)
    dialog.open()
    dialog.idle.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.accept()
    assert window.flow.idle.timeout_ms == 12 * 60_000
    qtbot.waitUntil(lambda: load_settings().idle_lock_minutes == 12, timeout=WAIT_MS)
    assert load_settings().language == "sv"


def test_lock_closes_dialogs_and_returns_to_the_same_place(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    open_case(qtbot, area, "DEMO-0002")
    area.case_view.tabs.setCurrentIndex(1)
    contacts = area.case_view.contacts
    qtbot.waitUntil(lambda: contacts.list.count() == 3, timeout=WAIT_MS)
    contacts.list.setCurrentRow(1)
    notes = contacts.fields["notes"]
    assert isinstance(notes, QPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "Call on Friday. ")
    typed = notes.toPlainText()
    area.list_page.new_case()  # a dialog is open when the lock comes
    dialog = area.list_page.findChild(NewCaseDialog)
    assert dialog is not None
    assert dialog.isVisible()

    activate(qtbot, dialog)  # Ctrl+L works from inside a dialog too
    qtbot.keyClick(dialog.pseudonym, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.lock_screen.keys_dropped, timeout=WAIT_MS)
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted)
    assert contacts.list.count() == 0
    assert notes.toPlainText() == ""
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: contacts.list.count() == 3, timeout=WAIT_MS)
    contacts.list.setCurrentRow(1)
    assert notes.toPlainText() == typed
    assert area.case_view.tabs.currentIndex() == 1


def test_typing_stays_in_memory_when_the_journal_cannot_be_written(
    app: QApplication, qtbot: QtBot, demo_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "interviewer")
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    open_case(qtbot, area, "DEMO-0001")
    profile = area.case_view.profile
    placement = profile.editors["placement"].widget

    def disk_full(*_args: object) -> int:
        raise StoreUnavailable("The disk is full, so the last change could not be saved.")

    monkeypatch.setattr("barnahus.services.autosave.save_draft", disk_full)
    placement.setFocus()
    qtbot.keyClicks(placement, "Moved today. ")
    typed = placement.toPlainText()  # type: ignore[union-attr]
    press_lock(qtbot, window)
    assert "kept in memory" in window.lock_screen.saving.text()
    assert window.flow.workspace is not None
    assert window.flow.workspace.keyring.locked
    assert placement.toPlainText() == typed  # type: ignore[union-attr]

    monkeypatch.undo()
    unlock(qtbot, window)
    assert profile.keeper is not None
    qtbot.waitUntil(lambda: not profile.keeper.has_pending, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert placement.toPlainText() == typed  # type: ignore[union-attr]
