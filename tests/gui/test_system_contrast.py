"""The desktop's contrast wish: remembered between starts, asked again after the first paint.

The offscreen platform the tests run on reports no wish for more contrast, so a remembered
"high" is the case that can be checked end to end: the desktop has changed its mind since the
last start, and the app must follow it and remember the new answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from barnahus.gui.application import apply_theme
from barnahus.gui.main_window import MainWindow
from barnahus.gui.system_contrast import SystemContrast, system_prefers_high_contrast
from barnahus.services.settings import Settings, load_settings, settings_path

WAIT_MS = 10_000


def _desktop_wants_high() -> bool:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    style_hints = app.styleHints()
    return system_prefers_high_contrast(style_hints.accessibility())


def test_high_contrast_is_wanted_when_chosen_or_remembered() -> None:
    assert Settings(system_high_contrast=True).wants_high_contrast
    assert Settings(high_contrast=True).wants_high_contrast
    assert not Settings().wants_high_contrast


def test_a_changed_wish_is_followed_and_remembered(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    assert not _desktop_wants_high()  # what the offscreen platform says
    remembered = Settings(system_high_contrast=True)
    apply_theme(app, remembered.wants_high_contrast)  # as launch paints the first window
    window = MainWindow(tmp_path / "barnahus.sqlite3", settings=remembered)
    qtbot.addWidget(window)
    try:
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        with qtbot.waitSignal(window.flow.system_contrast.changed, timeout=WAIT_MS) as changed:
            window.flow.system_contrast.start()
        assert changed.args == [False]
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#f7f9f9"
        assert window.flow.settings.system_high_contrast is False
        qtbot.waitUntil(lambda: settings_path().exists(), timeout=WAIT_MS)
        assert load_settings().system_high_contrast is False
    finally:
        apply_theme(app, False)


def test_the_persons_own_choice_outlasts_the_desktop(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    chosen = Settings(high_contrast=True, system_high_contrast=True)
    apply_theme(app, chosen.wants_high_contrast)
    window = MainWindow(tmp_path / "barnahus.sqlite3", settings=chosen)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.flow.system_contrast.changed, timeout=WAIT_MS):
            window.flow.system_contrast.start()
        # The desktop no longer asks for it, but the person chose it in the settings.
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        qtbot.waitUntil(lambda: settings_path().exists(), timeout=WAIT_MS)
        saved = load_settings()
        assert saved.high_contrast is True
        assert saved.system_high_contrast is False
    finally:
        apply_theme(app, False)


def test_an_unchanged_wish_changes_nothing(app: QApplication, qtbot: QtBot) -> None:
    follower = SystemContrast(last_known_high=False)
    with qtbot.assertNotEmitted(follower.changed, wait=50):
        follower.start()
    assert follower.prefers_high is False


def test_settings_written_one_at_a_time_end_with_the_newest(
    app: QApplication, qtbot: QtBot
) -> None:
    """Saves asked for in a row never leave an older file behind (gui/workstation_settings)."""
    from barnahus.gui.workstation_settings import WorkstationSettings

    keeper = WorkstationSettings(Settings())
    for name in ("first", "second", "third"):
        keeper.remember_user(name)
    assert keeper._saving  # one write on the pool, the others waiting as one
    qtbot.waitUntil(lambda: not keeper._saving, timeout=WAIT_MS)
    assert load_settings().last_user == "third"
