"""The life of one session: find the store, first run or sign in, work, lock, unlock, sign out.

Every step that touches the disk or derives a key runs on the thread pool; this object only
decides which screen comes next. Locking hides the content at once (the lock screen replaces
the workspace), then :meth:`Workspace.lock` flushes autosave and wipes the keys. Unlocking signs
the same person in again off the GUI thread and returns to the same widget with the same focus.

This module is loaded before the first paint, so the widget classes used only when locking or
signing out are imported where they are used: PySide makes a class's Python type (and its
enums) the first time it is named, a few milliseconds of the start-up for the message box
alone (docs/benchmarks.md, "Start-up").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from barnahus.gui.idle import IdleWatcher
from barnahus.gui.service_text import translated
from barnahus.gui.system_contrast import SystemContrast
from barnahus.gui.tasks import run_task
from barnahus.gui.workspace_code import WorkspaceCode
from barnahus.gui.workstation_settings import WorkstationSettings
from barnahus.services.settings import Settings

if TYPE_CHECKING:
    from barnahus.gui.lock_screen import LockScreen
    from barnahus.gui.main_window import MainWindow
    from barnahus.gui.recovery_key import RecoveryKeyPage
    from barnahus.gui.shell import WorkspaceShell
    from barnahus.gui.sign_in import SignInPage
    from barnahus.gui.workspace import Workspace
    from barnahus.services.keyring import Keyring
    from barnahus.services.store_access import KdfChoice
    from barnahus.services.store_info import StoreSummary
    from barnahus.store.database import StoreDatabase

MINUTE_MS = 60_000


def _describe(path: Path) -> Any:
    """On the pool: importing the store layer (SQLAlchemy, Alembic) happens there too."""
    from barnahus.services.store_info import describe_store

    return describe_store(path)


def _open_and_list(path: Path) -> tuple[StoreDatabase, list[str]]:
    from barnahus.services.store_access import open_database

    db = open_database(path)
    return db, _active_accounts(db)


def _active_accounts(db: StoreDatabase) -> list[str]:
    from barnahus.services.accounts import list_accounts

    return [a.name for a in list_accounts(db) if not a.disabled]


class SessionFlow(QObject):
    signed_in_changed = Signal(bool)

    def __init__(
        self, window: MainWindow, store_path: Path, settings: Settings, kdf: KdfChoice | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store_path = store_path
        self.kdf = kdf
        self.db: StoreDatabase | None = None
        self.summary: StoreSummary | None = None
        self.workspace: Workspace | None = None
        self.shell: WorkspaceShell | None = None
        self._focus: QWidget | None = None
        self._cursor = -1
        self._closed = False  # the window is closing: late results are dropped
        self.workspace_code = WorkspaceCode()
        self._waiting_keyring: Keyring | None = None  # signed in, waiting for the code
        self.idle = IdleWatcher(settings.idle_lock_minutes * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_pressed.connect(self.lock)
        self.workstation = WorkstationSettings(settings, self)
        self.workstation.idle_minutes_changed.connect(
            lambda minutes: self.idle.set_timeout(minutes * MINUTE_MS)
        )
        self.workstation.not_saved.connect(self._settings_not_saved)
        window.start_page.retry.connect(self.start)

    # The window builds these screens on first use and hands each one here to be wired.
    def wire_sign_in_page(self, page: SignInPage) -> None:
        page.signed_in.connect(self._signed_in)
        page.settings_requested.connect(self.edit_settings)

    def wire_recovery_page(self, page: RecoveryKeyPage) -> None:
        page.done.connect(self._recovery_done)

    def wire_lock_screen(self, screen: LockScreen) -> None:
        screen.unlocked.connect(self._unlocked)
        screen.switch_user.connect(self._switch_user)

    @property
    def signed_in(self) -> bool:
        return self.workspace is not None

    @property
    def is_demo(self) -> bool:
        return self.summary is not None and self.summary.is_demo

    # finding the store -----------------------------------------------------------------------
    def start(self) -> None:
        self.window.start_page.show_busy(self.tr("Opening the store…"))
        self.window.show_screen(self.window.start_page)
        path = self.store_path
        run_task(lambda: _describe(path), self.show_store_summary, self._start_failed)

    def _start_failed(self, message: str) -> None:
        self.window.start_page.show_problem(translated(message))
        self.window.show_screen(self.window.start_page)

    def show_store_summary(self, summary: StoreSummary) -> None:
        self.summary = summary
        self.window.set_demo_title(summary.is_demo)
        if summary.problem:
            self._start_failed(summary.problem)
        elif not summary.exists:
            self._first_run()
        elif self.db is None:
            path = self.store_path
            run_task(lambda: _open_and_list(path), self._store_opened, self._start_failed)

    def _first_run(self) -> None:
        from barnahus.gui.first_run import FirstRunPage

        page = FirstRunPage(self.store_path, self.kdf, self.window.screens)
        page.created.connect(self._created)
        self.first_run_page = page
        self.window.show_screen(page)
        page.name_edit.setFocus()

    def _created(self, created: Any) -> None:
        from barnahus.services.store_info import StoreSummary

        if self._closed:
            created.admin.lock()
            created.db.dispose()
            return
        self.db = created.db
        self.summary = StoreSummary(str(self.store_path), True, False, 1)
        self.window.recovery_page.show_key(
            created.recovery_key, self.store_path.name, created.db, created.admin
        )
        self.window.show_screen(self.window.recovery_page)
        self.idle.start()  # the key must not stay on an unattended screen

    def _recovery_done(self) -> None:
        self.idle.stop()
        self._list_accounts()

    def _store_opened(self, result: tuple[StoreDatabase, list[str]]) -> None:
        if self._closed:
            result[0].dispose()
            return
        self.db, accounts = result
        self._show_sign_in(accounts)

    def _list_accounts(self) -> None:
        db = self.db
        if db is not None:
            run_task(lambda: _active_accounts(db), self._show_sign_in, self._start_failed)

    def _show_sign_in(self, accounts: list[str]) -> None:
        if self.db is None or self._closed:
            return
        self.window.sign_in_page.set_store(
            self.db, accounts, self.settings.last_user, self.store_path.name, self.is_demo
        )
        self.window.show_screen(self.window.sign_in_page)
        self.workspace_code.load()

    # signed in -------------------------------------------------------------------------------
    def _signed_in(self, keyring: Keyring) -> None:
        """Open the workspace once its code is in; the sign-in page stays busy until then.

        Only one signed-in keyring may wait: a second one (which the busy page should make
        impossible) is locked at once rather than left holding keys nobody will wipe.
        """
        if self._waiting_keyring is not None or self.workspace is not None:
            keyring.lock()
            return
        self._waiting_keyring = keyring
        self.workspace_code.when_loaded(self._open_waiting_workspace)

    def _open_waiting_workspace(self) -> None:
        keyring, self._waiting_keyring = self._waiting_keyring, None
        if keyring is not None:
            self._open_workspace(keyring)

    def _open_workspace(self, keyring: Keyring) -> None:
        from barnahus.gui.shell import WorkspaceShell
        from barnahus.gui.workspace import Workspace

        if self.db is None or self._closed:
            keyring.lock()
            return
        self._remember_user(keyring.account.name)
        workspace = Workspace(
            self.db, keyring, self, store_location=str(self.store_path), is_demo=self.is_demo
        )
        shell = WorkspaceShell(workspace, self.window.screens)
        shell.lock_requested.connect(self.lock)
        shell.sign_out_requested.connect(self.sign_out)
        self.workspace, self.shell = workspace, shell
        self.window.show_screen(shell)
        shell.navigation.setFocus()
        self.idle.start()
        self.signed_in_changed.emit(True)
        db = self.db
        workspace.run(lambda: _drafts(db, keyring), self._offer_drafts)

    def _remember_user(self, name: str) -> None:
        self.workstation.remember_user(name)

    def _offer_drafts(self, drafts: list[Any]) -> None:
        if drafts and self.workspace is not None and not self.workspace.is_locked:
            from barnahus.gui.draft_recovery import DraftRecoveryDialog

            DraftRecoveryDialog(self.workspace, drafts, self.window).open()

    # locking ---------------------------------------------------------------------------------
    def lock(self) -> None:
        workspace = self.workspace
        if workspace is None and self.window.showing_recovery_key():
            self.window.recovery_page.finish()  # hide the recovery key; sign-in comes next
            return
        if workspace is None or workspace.is_locked or self.db is None:
            return
        focus = QApplication.focusWidget()
        self._focus = (
            focus
            if focus is not None and self.shell is not None and self.shell.isAncestorOf(focus)
            else None
        )
        self._cursor = self._cursor_of(self._focus)
        self._close_dialogs()
        self.idle.stop()
        self.window.lock_screen.prepare(self.db, workspace.account_name)
        self.window.show_screen(self.window.lock_screen)
        self.window.lock_screen.passphrase_edit.setFocus()
        workspace.lock(self.window.lock_screen.keys_gone)

    @staticmethod
    def _cursor_of(widget: QWidget | None) -> int:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit  # see the module docstring

        if isinstance(widget, QLineEdit):
            return widget.cursorPosition()
        if isinstance(widget, QPlainTextEdit):
            return widget.textCursor().position()
        return -1

    def _close_dialogs(self) -> None:
        """Dialogs float above the lock screen, so they are closed (they hold no case text)."""
        from PySide6.QtWidgets import QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _unlocked(self, fresh: Keyring) -> None:
        from barnahus.services.keyring import AccessDenied

        workspace = self.workspace
        if workspace is None or self.shell is None:
            return
        try:
            workspace.unlock(fresh)
        except AccessDenied as exc:
            self.window.lock_screen.show_error(translated(exc.message))
            return
        self.window.show_screen(self.shell)
        self._restore_focus()
        self.idle.start()

    def _restore_focus(self) -> None:
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        widget = self._focus
        if widget is None or not isValid(widget):
            return
        widget.setFocus()
        if self._cursor >= 0 and isinstance(widget, QLineEdit):
            widget.setCursorPosition(min(self._cursor, len(widget.text())))
        elif self._cursor >= 0 and isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(min(self._cursor, len(widget.toPlainText())))
            widget.setTextCursor(cursor)

    # signing out -----------------------------------------------------------------------------
    def sign_out(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        if workspace.is_locked:
            self._switch_user()
            return
        self._close_dialogs()
        workspace.flush_autosavers(self._flushed_for_sign_out)

    def _flushed_for_sign_out(self, all_saved: bool) -> None:
        if all_saved or self._confirm_losing_typing():
            self._end_session(self._list_accounts)

    def _switch_user(self) -> None:
        workspace = self.workspace
        unsaved = workspace is not None and not workspace.saved_at_lock
        if unsaved and not self._confirm_losing_typing():
            return
        self._end_session(self._list_accounts)

    def _confirm_losing_typing(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self.window,
            self.tr("Typing not saved"),
            self.tr(
                "Some typing could not be written to the store, so it would be lost. "
                "End the session anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _end_session(self, then: Any) -> None:
        workspace, shell = self.workspace, self.shell
        self.workspace, self.shell = None, None
        self.idle.stop()
        if workspace is not None:
            workspace.keyring.lock()
            workspace.deleteLater()
        if shell is not None:
            self.window.screens.removeWidget(shell)
            shell.deleteLater()
        self.signed_in_changed.emit(False)
        then()

    def end_for_close(self, close: Any) -> None:
        """Flush autosave, wipe the keys, then let the window close."""
        workspace = self.workspace
        if workspace is None:
            close()
            return
        if workspace.is_locked:
            self._end_session(close)
            return
        self.window.show_screen(self.window.lock_screen)
        workspace.lock(lambda _saved: self._end_session(close))

    def close_store(self) -> None:
        self._closed = True
        if self._waiting_keyring is not None:
            self._waiting_keyring.lock()
            self._waiting_keyring = None
        if self.db is not None:
            self.db.dispose()
            self.db = None

    # settings --------------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.workstation.current

    @property
    def system_contrast(self) -> SystemContrast:
        return self.workstation.system_contrast

    def edit_settings(self) -> None:
        self.workstation.edit(self.window)

    def _settings_not_saved(self, message: str) -> None:
        self.window.statusBar().showMessage(translated(message))


def _drafts(db: StoreDatabase, keyring: Keyring) -> Any:
    from barnahus.services.drafts import drafts_to_offer

    return drafts_to_offer(db, keyring)
