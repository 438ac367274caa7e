"""The first screen while the app looks at the store, or says why it cannot open it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from barnahus.gui.centring import centre
from barnahus.gui.ui_loader import child, load_into


class StartPage(QWidget):
    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "start_page.ui")
        centre(form, 600)
        self.message = child(form, QLabel, "startMessageLabel")
        self.progress = child(form, QProgressBar, "startProgress")
        self.retry_button = child(form, QPushButton, "startRetryButton")
        self.retry_button.clicked.connect(self.retry)
        self.setAccessibleName(self.tr("Starting Barnahus Desk"))
        self.show_busy(self.tr("Opening the store…"))

    def show_busy(self, text: str) -> None:
        self.message.setText(text)
        self.progress.setVisible(True)
        self.retry_button.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.progress.setVisible(False)
        self.retry_button.setVisible(True)
        self.retry_button.setFocus()
