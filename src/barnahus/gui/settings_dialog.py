"""Settings of this workstation: language, automatic lock time, high contrast."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QWidget,
)

from barnahus.gui.i18n import language_name
from barnahus.gui.ui_loader import child, load_into
from barnahus.services.settings import LANGUAGES, Settings


class SettingsDialog(QDialog):
    chosen = Signal(object)  # Settings

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(520)
        form = load_into(self, "settings_dialog.ui")
        self.settings = settings
        self.language = child(form, QComboBox, "languageCombo")
        self.idle = child(form, QSpinBox, "idleSpin")
        self.contrast = child(form, QCheckBox, "contrastCheck")
        buttons = child(form, QDialogButtonBox, "settingsButtons")
        for language in LANGUAGES:
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.contrast.setChecked(settings.high_contrast)
        for role, name in (
            (QDialogButtonBox.StandardButton.Save, self.tr("Save the settings")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            button = buttons.button(role)
            if button is not None:
                button.setAccessibleName(name)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.chosen.emit(
            replace(
                self.settings,
                language=str(self.language.currentData()),
                idle_lock_minutes=self.idle.value(),
                high_contrast=self.contrast.isChecked(),
            )
        )
        super().accept()
