"""Start-up stays lean: the first window loads only what it shows (docs/benchmarks.md, "Start-up").

These tests guard the structure that makes start-up fast, not a timing (a timing test on a
shared machine would be flaky): which modules are loaded when the first window is shown, which
screens exist before they are needed, and how screen layouts are loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import createdByPython

from barnahus.gui import ui_loader
from barnahus.gui.main_window import MainWindow
from barnahus.gui.start_page import StartPage

# Libraries the store, the cryptography, the forms and the PDFs need: none of them is needed to
# show the first window, and together they cost several times the window itself.
HEAVY_LIBRARIES = ("sqlalchemy", "alembic", "cryptography", "yaml", "reportlab", "pypdfium2")
CORE_BELOW_THE_FIRST_WINDOW = (
    "barnahus.store",
    "barnahus.crypto",
    "barnahus.formdefs",
    "barnahus.reports",
    "barnahus.interview",
    "barnahus.careplan",
)
# Built on first use: the sign-in, recovery-key and lock screens, printing, the workspace,
# the dialog behind File > Give colleagues access.
LATER_SCREENS = (
    "barnahus.gui.sign_in",
    "barnahus.gui.recovery_key",
    "barnahus.gui.lock_screen",
    "barnahus.gui.printing",
    "PySide6.QtPrintSupport",
    "barnahus.gui.workspace",
    "barnahus.gui.shell",
    "barnahus.gui.colleague_access",
)

# Runs the real entry point (`barnahus --smoke-test`) and notes the loaded modules twice: when
# the first window has been shown (MainWindow.start comes right after show) and at the end.
_PROBE = """
import json, sys
from barnahus.gui.main_window import MainWindow

import barnahus.gui.launch as launch

seen = {}
start = MainWindow.start
smoke_check = launch._smoke_check

window_seen = []

def note_then_start(self):
    window_seen.append(self)
    seen["first_window"] = sorted(sys.modules)
    start(self)

def note_then_check(app, window):
    # PySide makes the Python types of a module's classes when first used; "Qt" is the
    # namespace whose 94 enums are all built the first time any one of them is used.
    seen["painted_with_qt_namespace"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
    seen["painted_with_contrast_asked"] = window.flow.system_contrast._hints is not None
    smoke_check(app, window)

MainWindow.start = note_then_start
launch._smoke_check = note_then_check
from barnahus.__main__ import main

code = main(["--smoke-test", "--store", sys.argv[1]])
seen["after_smoke_test"] = sorted(sys.modules)
seen["asked_contrast_after_paint"] = window_seen[0].flow.system_contrast._hints is not None
print(json.dumps(seen))
sys.exit(code)
"""


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in modules if any(name == p or name.startswith(p + ".") for p in prefixes)
    )


def _probe_smoke_test(tmp_path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "new" / "barnahus.sqlite3")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_first_window_loads_no_store_crypto_pdf_or_later_screen(tmp_path: Path) -> None:
    seen = _probe_smoke_test(tmp_path)
    first = seen["first_window"]
    assert "barnahus.gui.start_page" in first
    assert _loaded(first, HEAVY_LIBRARIES) == []
    assert _loaded(first, CORE_BELOW_THE_FIRST_WINDOW) == []
    assert _loaded(first, LATER_SCREENS) == []
    # logging.handlers brings socket, pickle and queue; the app's own log handler needs none.
    assert "logging.handlers" not in first
    # No enum of the Qt namespace before the first paint: PySide would build all 94 of them.
    assert seen["painted_with_qt_namespace"] is False
    assert seen["painted_with_contrast_asked"] is False
    # The smoke test still builds the screens a session builds on first use (so a missing
    # layout fails it), and a look at a missing store needs no store library either.
    after = seen["after_smoke_test"]
    for module in ("barnahus.gui.sign_in", "barnahus.gui.recovery_key", "barnahus.gui.lock_screen"):
        assert module in after
    assert _loaded(after, HEAVY_LIBRARIES) == []
    assert seen["asked_contrast_after_paint"] is True


def test_session_screens_are_built_on_first_use(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(tmp_path / "barnahus.sqlite3")
    qtbot.addWidget(window)
    assert window.screens.count() == 1
    assert isinstance(window.screens.currentWidget(), StartPage)
    assert not window.showing_recovery_key()

    sign_in = window.sign_in_page
    assert window.sign_in_page is sign_in
    assert window.screens.indexOf(sign_in) >= 0
    window.build_session_screens()
    assert window.screens.count() == 4
    for screen in (window.recovery_page, window.lock_screen):
        assert window.screens.indexOf(screen) >= 0


def test_layouts_load_without_designer_plugins(app: QApplication) -> None:
    library_paths = QCoreApplication.libraryPaths()
    loader = ui_loader._plain_loader()
    assert loader.pluginPaths() == []
    assert ui_loader._plain_loader() is loader
    assert QCoreApplication.libraryPaths() == library_paths


def test_plain_containers_in_layouts_are_made_in_python(app: QApplication, qtbot: QtBot) -> None:
    """A plain QWidget made by Qt makes PySide build every QtWidgets type to find its class."""
    host = QWidget()
    qtbot.addWidget(host)
    form = ui_loader.load_into(host, "start_page.ui")
    assert type(form) is QWidget
    assert createdByPython(form)
    assert form.objectName() == "StartPage"
