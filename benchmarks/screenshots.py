"""Render the workspace screens to PNG for the README and for reviewing layouts by eye.

Usage: ``python -m benchmarks.screenshots [FOLDER]`` (``make screenshots``). Runs offscreen on a
fresh demo centre: the first run and the recovery key, sign-in, each role's main screens, the
lock screen, the dialogs, the high-contrast theme and the Swedish sign-in. The interview screens
have their own script, ``benchmarks/interview_screenshots.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from barnahus.gui.main_window import MainWindow

PASSPHRASE = "lantern harbour demo centre"
SIZE = (1180, 760)


class Shooter:
    def __init__(self, app: QApplication, out_dir: Path) -> None:
        self.app = app
        self.out_dir = out_dir

    def settle(self, condition: Callable[[], bool] = lambda: True, timeout: float = 30) -> None:
        """Let the event loop run until ``condition`` holds and the screen has been painted."""
        from PySide6.QtCore import QEventLoop, QThreadPool

        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not get ready")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThreadPool.globalInstance().waitForDone(20)
        for _ in range(5):
            self.app.processEvents()

    def shoot(self, widget: QWidget, name: str) -> None:
        self.settle()
        widget.grab().save(str(self.out_dir / f"{name}.png"))
        print(f"  {name}.png")


def _window(store: Path) -> MainWindow:
    from barnahus.gui.main_window import MainWindow
    from benchmarks.store_support import FAST_KDF

    window = MainWindow(store, kdf=FAST_KDF)
    window.resize(*SIZE)
    window.show()
    window.start()
    return window


def _sign_in(shot: Shooter, window: MainWindow, name: str) -> None:
    page = window.sign_in_page
    shot.settle(lambda: window.screens.currentWidget() is page and page.account_combo.count() > 0)
    page.account_combo.setCurrentText(name)
    page.passphrase_edit.setText(PASSPHRASE)
    page.sign_in()
    shot.settle(lambda: window.shell is not None and window.screens.currentWidget() is window.shell)


def _dialog(window: QWidget) -> QDialog:
    from PySide6.QtWidgets import QDialog

    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert shown, "no dialog is open"
    return shown[-1]


def _first_run(shot: Shooter, tmp: Path) -> None:
    from barnahus.gui.first_run import FirstRunPage

    window = _window(tmp / "new" / "barnahus.sqlite3")
    shot.settle(lambda: isinstance(window.screens.currentWidget(), FirstRunPage))
    page = window.screens.currentWidget()
    assert isinstance(page, FirstRunPage)
    page.name_edit.setText("anna.berg")
    shot.shoot(window, "first-run")
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    page.create_store()
    shot.settle(lambda: window.screens.currentWidget() is window.recovery_page)
    shot.shoot(window, "recovery-key")
    window.recovery_page.finish()
    window.close()


def _coordinator(shot: Shooter, store: Path) -> None:
    from barnahus.gui.cases.cases_area import CasesArea

    window = _window(store)
    shot.settle(lambda: window.sign_in_page.account_combo.count() > 0)
    shot.shoot(window, "sign-in")
    _sign_in(shot, window, "coordinator")
    assert window.shell is not None
    area = window.shell.pages["cases"]
    assert isinstance(area, CasesArea)
    shot.settle(lambda: area.list_page.loaded)
    area.list_page.status.setCurrentIndex(area.list_page.status.findData("all"))
    shot.shoot(window, "main-window")
    shot.shoot(window, "case-list")
    area.show_case(area.list_page.model.case_id(2))
    shot.settle(lambda: area.case_view.profile.keeper is not None)
    shot.shoot(window, "child-profile")
    area.case_view.tabs.setCurrentIndex(1)
    shot.shoot(window, "contacts")  # before the warnings below change the profile on screen
    area.case_view.tabs.setCurrentIndex(0)
    profile = area.case_view.profile
    profile.editors["guardian_name"].widget.setFocus()
    guardian = profile.editors["guardian_name"].widget
    guardian.clear()  # type: ignore[union-attr]
    profile.editors["date_of_birth"].widget.clear()  # type: ignore[union-attr]
    profile._changed()
    shot.shoot(window, "child-profile-warnings")
    area.case_view.back.emit()
    area.list_page.new_case()
    shot.shoot(_dialog(window), "new-case-dialog")
    window.flow.lock()
    shot.settle(lambda: window.lock_screen.keys_dropped)
    shot.shoot(window, "lock-screen")
    window.close()
    shot.settle()


def _administrator(shot: Shooter, store: Path) -> None:
    from barnahus.gui.admin.admin_area import AdministrationArea

    window = _window(store)
    _sign_in(shot, window, "admin")
    assert window.shell is not None
    area = window.shell.pages["administration"]
    assert isinstance(area, AdministrationArea)
    shot.settle(lambda: area.accounts.model.rowCount() > 0)
    shot.shoot(window, "admin-accounts")
    area.tabs.setCurrentIndex(1)
    shot.settle(lambda: area.audit.view is not None)
    shot.shoot(window, "admin-audit")
    area.tabs.setCurrentIndex(2)
    area.maintenance.verify()
    shot.settle(lambda: area.maintenance.verify_result.isVisible())
    shot.shoot(window, "admin-checks")
    window.flow.edit_settings()
    shot.shoot(_dialog(window), "settings-dialog")
    _dialog(window).reject()
    area.accounts.add_account()
    shot.shoot(_dialog(window), "add-account-dialog")
    window.close()
    shot.settle()


def _high_contrast_and_swedish(shot: Shooter, store: Path) -> None:
    from barnahus.gui.application import apply_theme
    from barnahus.gui.cases.cases_area import CasesArea
    from barnahus.gui.i18n import install_language

    apply_theme(shot.app, high_contrast=True)
    window = _window(store)
    _sign_in(shot, window, "interviewer")
    assert window.shell is not None
    contrast = window.shell.pages["cases"]
    assert isinstance(contrast, CasesArea)
    shot.settle(lambda: contrast.list_page.loaded)
    shot.shoot(window, "case-list-high-contrast")
    window.close()
    apply_theme(shot.app, high_contrast=False)
    install_language(shot.app, "sv")
    window = _window(store)
    shot.settle(lambda: window.sign_in_page.account_combo.count() > 0)
    shot.shoot(window, "sign-in-swedish")
    _sign_in(shot, window, "psychologist")
    assert window.shell is not None
    area = window.shell.pages["cases"]
    assert isinstance(area, CasesArea)
    shot.settle(lambda: area.list_page.loaded)
    area.show_case(area.list_page.model.case_id(0))
    shot.settle(lambda: area.case_view.profile.keeper is not None)
    shot.shoot(window, "child-profile-swedish")
    window.close()
    install_language(shot.app, "en")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    from barnahus.gui.application import create_application
    from barnahus.gui.i18n import install_language
    from barnahus.services.demo import create_demo_store
    from benchmarks.store_support import FAST_KDF

    with tempfile.TemporaryDirectory() as tmp_text:
        tmp = Path(tmp_text)
        os.environ["BARNAHUS_CONFIG_DIR"] = str(tmp / "config")  # never the person's settings
        app = create_application(["barnahus"])
        install_language(app, "en")
        shot = Shooter(app, out_dir)
        store = tmp / "demo" / "barnahus.sqlite3"
        create_demo_store(store, PASSPHRASE, FAST_KDF)
        print(f"screenshots in {out_dir}:")
        _first_run(shot, tmp)
        _coordinator(shot, store)
        _administrator(shot, store)
        _high_contrast_and_swedish(shot, store)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
