"""The QApplication with the app's identity, icon, style sheet and high-DPI policy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from barnahus import __version__
from barnahus.datafiles import data_file
from barnahus.locations import APP_NAME, DISPLAY_NAME, ORGANISATION_NAME


def configure_before_construction() -> None:
    """High-DPI rounding must be chosen before the QApplication exists.

    PassThrough keeps fractional scale factors (125 %, 150 %) crisp instead of rounding text.
    """
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def apply_identity(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(data_file("resources", "style.qss").read_text(encoding="utf-8"))


def app_icon() -> QIcon:
    return QIcon(str(data_file("resources", "icons", "barnahus.svg")))


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        configure_before_construction()
        app = QApplication(list(argv))
    apply_identity(app)
    return app
