"""The bundled Noto fonts for what children see, chosen by the script of their language.

A child reading Arabic or Dari must not meet empty boxes because a centre's computer lacks an
Arabic font, and the screen should look the same on every machine. So the child screen asks for
fonts shipped in resources/fonts: Noto Sans (Latin, including Vietnamese, and Cyrillic) and
Noto Sans Arabic (Arabic and Dari, with Noto Sans after it for digits and any English step).
They are registered with Qt the first time a child screen needs them, not at start-up, whose
time is budgeted; the first pair takes about 4 ms, later ones under 1 ms.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from barnahus.datafiles import data_file
from barnahus.formdefs.child_languages import SCRIPT_FONT_FILES

log = logging.getLogger("barnahus.gui.child_fonts")

# Per script: the font files that hold its letters, regular and bold; the first family found
# in them leads the list, Noto Sans follows for everything else.
_FILES = SCRIPT_FONT_FILES
_BASE = _FILES["latin"]
_registered: dict[str, tuple[str, ...]] = {}  # file name -> the families Qt found in it


def _register(name: str) -> tuple[str, ...]:
    if name not in _registered:
        font_id = QFontDatabase.addApplicationFont(str(data_file("resources", "fonts", name)))
        families = tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()
        if not families:
            # The screen still works in the system's fonts; the log says which file to restore.
            log.warning("child font could not be loaded: %s", name)
        _registered[name] = families
    return _registered[name]


def child_font_families(script: str) -> list[str]:
    """The families to ask for, best first, registering their files on first use."""
    found: list[str] = []
    for name in (*_FILES.get(script, _BASE), *_BASE):
        for family in _register(name):
            if family not in found:
                found.append(family)
    return found


def child_font(script: str) -> QFont:
    """A font with the families for ``script``; sizes and weights stay the style sheet's."""
    font = QFont()
    families = child_font_families(script)
    if families:
        font.setFamilies(families)
    return font
