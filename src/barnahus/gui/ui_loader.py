"""Load Designer ``.ui`` files at run time with QUiLoader.

QUiLoader builds widgets from XML without generating or executing Python code, unlike
``loadUiType``, which Qt advises against in security-sensitive software.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from barnahus.datafiles import data_file

W = TypeVar("W", bound=QWidget)


class UiLoadError(RuntimeError):
    pass


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    path = data_file("ui", name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise UiLoadError(f"The screen layout '{name}' could not be opened.")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise UiLoadError(f"The screen layout '{name}' is damaged.")
    return widget


def child(root: QWidget, kind: type[W], name: str) -> W:
    """Find a named child in a loaded form, failing loudly if the .ui file lost it."""
    found = root.findChild(kind, name)
    if found is None:
        raise UiLoadError(f"The screen layout is missing the control '{name}'.")
    return found


def load_into(host: QWidget, name: str) -> QWidget:
    """Load ``name`` and make it fill ``host`` (a screen class wrapping a Designer form)."""
    form = load_ui(name, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
