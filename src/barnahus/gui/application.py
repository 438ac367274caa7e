"""The QApplication with the app's identity, icon, theme and type size.

Type follows the system: the base size is the font size the desktop asks for, made a little
larger for calm reading, and the style sheet's sizes are multiples of it (``${body}``,
``${large}``, ``${title}``, ``${small}`` in ``resources/style*.qss``), so a person who
enlarges text in their system settings gets larger text here too. The high-contrast theme is
used when the system asks for more contrast or the person chose it in the settings
(:mod:`barnahus.gui.system_contrast` asks the system).

Nothing here names an enum of Qt's ``Qt`` namespace: PySide builds all 94 of them the first
time one is used (15–25 ms), so that is left until after the first paint (docs/benchmarks.md,
"Start-up"). High-DPI scaling needs no setting: Qt 6 already passes fractional scale factors
(125 %, 150 %) through, which keeps text crisp.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from string import Template

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from barnahus import __version__
from barnahus.datafiles import data_file
from barnahus.locations import APP_NAME, DISPLAY_NAME, ORGANISATION_NAME

# How much larger than the system's own size the app's body text is.
READING_SCALE = 1.2
WIDGET_STYLE = "Fusion"
STANDARD_STYLE = "style.qss"
HIGH_CONTRAST_STYLE = "style-high-contrast.qss"
# How long a thread running Python keeps the GIL while another waits for it; set once, in
# create_application. The GUI thread needs the GIL for every Python slot and for every event
# passing a Python event filter (the idle watcher sees them all); at the interpreter's default
# of 5 ms, each of those waited up to 5 ms while a worker laid out a PDF, and one turn of the
# event loop added up to 20-30 ms. At 1 ms the GUI thread stays within a frame and the worker
# is no slower to measure (docs/benchmarks.md, "GUI-thread stalls").
GIL_SWITCH_SECONDS = 0.001
_SYSTEM_SIZE_PROPERTY = "barnahusSystemPointSize"
_OUR_STYLE_PROPERTY = "barnahusWidgetStyle"

_PALETTES: dict[bool, dict[QPalette.ColorRole, str]] = {
    False: {
        QPalette.ColorRole.Window: "#f7f9f9",
        QPalette.ColorRole.WindowText: "#1d2b2b",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#eef3f2",
        QPalette.ColorRole.Text: "#1d2b2b",
        QPalette.ColorRole.Button: "#e4ecea",
        QPalette.ColorRole.ButtonText: "#1d2b2b",
        QPalette.ColorRole.Highlight: "#2f6f73",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1d2b2b",
        QPalette.ColorRole.PlaceholderText: "#5b6b6b",
        QPalette.ColorRole.Link: "#1f4e79",
    },
    True: {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#d0d0d0",
        QPalette.ColorRole.Link: "#80d4ff",
    },
}


def _system_point_size(app: QApplication) -> float:
    """The desktop's own font size, remembered before the app enlarges it."""
    stored = app.property(_SYSTEM_SIZE_PROPERTY)
    if isinstance(stored, float) and stored > 0:
        return stored
    size = app.font().pointSizeF()
    size = size if size > 0 else 10.0
    app.setProperty(_SYSTEM_SIZE_PROPERTY, size)
    return size


def style_sheet(name: str, body_points: float) -> str:
    template = Template(data_file("resources", name).read_text(encoding="utf-8"))
    sizes = {"body": 1.0, "small": 0.9, "large": 1.25, "title": 1.6}
    return template.safe_substitute({k: f"{body_points * v:.1f}pt" for k, v in sizes.items()})


def apply_theme(app: QApplication, high_contrast: bool = False) -> None:
    """Fusion with our palette everywhere, so colours are the same on every desktop."""
    body = round(_system_point_size(app) * READING_SCALE, 1)
    font = app.font()
    font.setPointSizeF(body)
    app.setFont(font)
    if not app.property(_OUR_STYLE_PROPERTY):
        fusion = QStyleFactory.create(WIDGET_STYLE)
        if fusion is not None:
            app.setStyle(fusion)
            app.setProperty(_OUR_STYLE_PROPERTY, True)
    palette = QPalette()
    for role, colour in _PALETTES[high_contrast].items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setProperty("highContrast", high_contrast)
    app.setStyleSheet(style_sheet(HIGH_CONTRAST_STYLE if high_contrast else STANDARD_STYLE, body))


def apply_identity(app: QApplication, high_contrast: bool = False) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    apply_theme(app, high_contrast)


def app_icon() -> QIcon:
    return QIcon(str(data_file("resources", "icons", "barnahus.svg")))


def create_application(argv: Sequence[str], high_contrast: bool = False) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Qt's own "-style" option builds Fusion as the first style. Setting it afterwards
        # would build a second style and, in PySide, the Python type of QStyle with its
        # large enums, a noticeable part of the start-up (docs/benchmarks.md, "Start-up").
        app = QApplication([*(argv or [APP_NAME]), "-style", WIDGET_STYLE])
        app.setProperty(_OUR_STYLE_PROPERTY, True)
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    apply_identity(app, high_contrast)
    return app
