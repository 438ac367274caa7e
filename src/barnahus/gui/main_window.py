"""The main window: one screen at a time (start, first run, recovery key, sign-in, workspace,
lock), the menus and the shortcuts that work everywhere (Ctrl+L locks).

The session itself (opening the store, signing in, locking, signing out) is run by
:class:`barnahus.gui.session_flow.SessionFlow`; this module only frames it.

Only the start page is built with the window: it is what a person sees first, while the store
is looked at. The sign-in, recovery-key and lock screens (and their modules) are built the
first time they are needed, so they cost nothing before the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from barnahus.gui.application import app_icon
from barnahus.gui.idle import LOCK_KEYS
from barnahus.gui.session_flow import SessionFlow
from barnahus.gui.start_page import StartPage
from barnahus.services.settings import Settings

if TYPE_CHECKING:
    from barnahus.gui.lock_screen import LockScreen
    from barnahus.gui.recovery_key import RecoveryKeyPage
    from barnahus.gui.shell import WorkspaceShell
    from barnahus.gui.sign_in import SignInPage
    from barnahus.services.store_access import KdfChoice
    from barnahus.services.store_info import StoreSummary


def _work_application_wide(action: QAction) -> None:
    """``setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)``, said by name.

    Going through Qt's meta-object keeps the Qt namespace's enums out of the start-up (15–25 ms,
    docs/benchmarks.md, "Start-up").
    """
    meta = action.metaObject()
    contexts = meta.property(meta.indexOfProperty("shortcutContext")).enumerator()
    # PySide's stub says bytes, but it takes (and its key() returns) str.
    application_wide, known = contexts.keyToValue("ApplicationShortcut")  # type: ignore[arg-type]
    assert known
    action.setProperty("shortcutContext", application_wide)


class MainWindow(QMainWindow):
    def __init__(
        self,
        store_path: Path,
        *,
        settings: Settings | None = None,
        kdf: KdfChoice | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Barnahus Desk"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Barnahus Desk main window"))
        self.store_path = store_path
        self.screens = QStackedWidget(self)
        self.screens.setObjectName("screenStack")
        self.screens.setAccessibleName(self.tr("Current screen"))
        self.setCentralWidget(self.screens)
        self.start_page = StartPage(self.screens)
        self.screens.addWidget(self.start_page)
        self._sign_in_page: SignInPage | None = None
        self._recovery_page: RecoveryKeyPage | None = None
        self._lock_screen: LockScreen | None = None
        self.flow = SessionFlow(self, store_path, settings or Settings(), kdf)
        self._build_menus()
        self.flow.signed_in_changed.connect(self._signed_in_changed)
        self._signed_in_changed(False)
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(QSize(1180, 760))
        self._closing = False

    # the session's screens -------------------------------------------------------------------
    @property
    def shell(self) -> WorkspaceShell | None:
        return self.flow.shell

    @property
    def sign_in_page(self) -> SignInPage:
        if self._sign_in_page is None:
            from barnahus.gui.sign_in import SignInPage

            self._sign_in_page = SignInPage(self.screens)
            self.screens.addWidget(self._sign_in_page)
            self.flow.wire_sign_in_page(self._sign_in_page)
        return self._sign_in_page

    @property
    def recovery_page(self) -> RecoveryKeyPage:
        if self._recovery_page is None:
            from barnahus.gui.recovery_key import RecoveryKeyPage

            self._recovery_page = RecoveryKeyPage(self.screens)
            self.screens.addWidget(self._recovery_page)
            self.flow.wire_recovery_page(self._recovery_page)
        return self._recovery_page

    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            from barnahus.gui.lock_screen import LockScreen

            self._lock_screen = LockScreen(self.screens)
            self.screens.addWidget(self._lock_screen)
            self.flow.wire_lock_screen(self._lock_screen)
        return self._lock_screen

    def build_session_screens(self) -> None:
        """Build every screen that is otherwise built on first use (the smoke test does this
        once the window is idle, so a missing layout or module still fails it)."""
        for screen in (self.sign_in_page, self.recovery_page, self.lock_screen):
            screen.ensurePolished()

    def showing_recovery_key(self) -> bool:
        page = self._recovery_page
        return page is not None and self.screens.currentWidget() is page

    def show_screen(self, screen: QWidget) -> None:
        if self.screens.indexOf(screen) < 0:
            self.screens.addWidget(screen)
        self.screens.setCurrentWidget(screen)

    def start(self) -> None:
        """Look at the store (off the GUI thread) and show the right first screen."""
        self.flow.start()

    def show_store_summary(self, summary: StoreSummary) -> None:
        self.flow.show_store_summary(summary)

    def set_demo_title(self, is_demo: bool) -> None:
        self.setWindowTitle(
            self.tr("Barnahus Desk (demo)") if is_demo else self.tr("Barnahus Desk")
        )

    # menus and shortcuts ---------------------------------------------------------------------
    def _action(
        self, menu: QMenu, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through
            # the enums of the Qt namespace and so builds all 94 of them, before the first paint.
            action.setShortcuts(
                shortcut
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            )
            _work_application_wide(action)
        menu.addAction(action)
        self.addAction(action)  # the shortcut works even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), "Ctrl+,")
        self.give_access_action = self._action(file_menu, self.tr("Give colleagues &access…"), None)
        self.lock_action = self._action(file_menu, self.tr("&Lock"), LOCK_KEYS)
        self.sign_out_action = self._action(file_menu, self.tr("Sign &out"), None)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1")
        self.about_action = self._action(help_menu, self.tr("&About Barnahus Desk"), None)
        self.settings_action.triggered.connect(self.flow.edit_settings)
        self.give_access_action.triggered.connect(self.give_colleagues_access)
        self.lock_action.triggered.connect(self.flow.lock)
        self.sign_out_action.triggered.connect(self.flow.sign_out)
        self.quit_action.triggered.connect(self.close)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action.triggered.connect(self._show_about)

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.lock_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)
        self._offer_giving_access()
        workspace = self.flow.workspace
        if signed_in and workspace is not None:
            workspace.locked.connect(self._offer_giving_access)
            workspace.unlocked.connect(self._offer_giving_access)

    def _offer_giving_access(self) -> None:
        """Offered to signed-in people whose roles hold content keys, while unlocked.

        A person who is only an administrator holds no content key; they grant with the
        recovery key in the accounts tab. Which keys can be given is the keyring's answer.
        """
        workspace = self.flow.workspace
        if workspace is None or workspace.is_locked:
            self.give_access_action.setEnabled(False)
            return
        from barnahus.roles import compartments_for

        self.give_access_action.setEnabled(bool(compartments_for(workspace.roles)))

    def give_colleagues_access(self) -> None:
        """Open *Give colleagues access…* (its module is loaded only now, not at start-up)."""
        workspace = self.flow.workspace
        if workspace is None or workspace.is_locked:
            return
        from barnahus.gui.colleague_access import ColleagueAccessDialog

        open_already = self.findChild(ColleagueAccessDialog)
        if open_already is not None and open_already.isVisible():
            open_already.raise_()
            open_already.activateWindow()
            return
        ColleagueAccessDialog(workspace, self).open()

    def _message(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from barnahus.gui.confirm import name_buttons

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        name_buttons(box)
        box.open()

    def _show_shortcuts(self) -> None:
        self._message(
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+L: lock now. Ctrl+S: save the form you are editing. Ctrl+F: search the "
                "case list. Ctrl+N: new case or new contact. Alt+Left: back to the case list. "
                "Ctrl+Page Down and Ctrl+Page Up: next and previous tab. Ctrl+,: settings. "
                "Tab and Shift+Tab move between controls; underlined letters work with Alt."
            ),
        )

    def _show_about(self) -> None:
        from barnahus import __version__

        self._message(
            self.tr("About Barnahus Desk"),
            self.tr(
                "Barnahus Desk %1. Everything about a child is encrypted on this computer and "
                "readable only with a passphrase."
            ).replace("%1", __version__),
        )

    # closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Flush autosave and drop the keys before the window goes; never lose typing."""
        if self._closing or not self.flow.signed_in:
            self.flow.close_store()
            event.accept()
            return
        event.ignore()
        self._closing = True
        self.flow.end_for_close(self.close)
