"""Ask a yes/no question without a nested event loop (the lock can close it at any time)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def name_buttons(box: QMessageBox) -> None:
    """Give a message box's buttons accessible names (their visible text, without the '&')."""
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", ""))


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    # The text may quote what someone typed (a contact's name): never let it act as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    name_buttons(box)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes.value:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
