"""Load the UI language chosen in the settings: our translations and Qt's own.

Every visible string goes through Qt's translation system (``self.tr`` in widgets,
``QCoreApplication.translate`` elsewhere, and the strings of ``ui/*.ui``, which QUiLoader
translates as it builds a screen). Sources are ``resources/i18n/barnahus_<language>.ts``,
compiled to ``.qm`` by ``make translations`` (part of the install step). English is the source
language; when a ``.qm`` file is missing the app simply shows English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from barnahus.datafiles import data_dir
from barnahus.logs import log

CATALOGUE = "barnahus"
LOCALES = {"en": "en_GB", "sv": "sv_SE"}

_installed: list[QTranslator] = []


def language_name(language: str) -> str:
    names = {
        "en": QCoreApplication.translate("Language", "English"),
        "sv": QCoreApplication.translate("Language", "Swedish (svenska)"),
    }
    return names.get(language, language)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translators; returns whether our catalogue was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(language, "en_GB")))
    # English is the source language, but its catalogue still gives plural forms ("1 case").
    ours = QTranslator(app)
    found = ours.load(f"{CATALOGUE}_{language}", str(data_dir("resources") / "i18n"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation catalogue for %s not found; showing English", language)
    if language == "en":
        return found
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
