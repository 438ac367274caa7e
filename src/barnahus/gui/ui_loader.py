"""Load Designer ``.ui`` files at run time with QUiLoader.

QUiLoader builds widgets from XML without generating or executing Python code, unlike
``loadUiType``, which Qt advises against in security-sensitive software.

Two things keep the first screen cheap (see "Start-up" in docs/benchmarks.md):

- One loader serves the whole app, built without Qt Designer's custom-widget plugins. A new
  ``QUiLoader`` loads every plugin in ``<Qt plugins>/designer`` at once (in the PySide6 wheels
  that pulls in Qt Quick, QML, Qt Network, Qt Designer itself and PySide's loader of Python
  widget plugins). Our forms use only Qt's own widgets, so none of that code needs to be in the
  process.
- Plain ``QWidget`` containers (a form's root, tab pages) are created from Python. When PySide
  meets a plain ``QWidget`` made in C++ it cannot tell it from a subclass, so it builds the
  Python type of every ``QtWidgets`` class (about 80 enums) to look for one: 10–18 ms, once.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from barnahus.datafiles import data_file

W = TypeVar("W", bound=QWidget)

_loader: list[QUiLoader] = []


class UiLoadError(RuntimeError):
    pass


class _FormLoader(QUiLoader):
    def createWidget(
        self, className: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        # A widget with a parent belongs to it (and so to C++) from birth; one without a
        # parent would belong to Python while the loader still works on it, so Qt makes it.
        if className != "QWidget" or parent is None:
            return super().createWidget(className, parent, name)
        widget = QWidget(parent)
        widget.setObjectName(name)
        return widget


def _plain_loader() -> QUiLoader:
    """The shared loader; its plugin paths are empty, so it loads no Designer plugin.

    ``QUiLoader()`` reads its plugin paths from the library paths while it is constructed, so
    those are emptied for that moment only. This runs once, on the GUI thread, when the first
    screen is built (before any work is on the thread pool).
    """
    if _loader and isValid(_loader[0]):
        return _loader[0]
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        loader = _FormLoader()
    finally:
        QCoreApplication.setLibraryPaths(library_paths)
    _loader[:] = [loader]
    return loader


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    path = data_file("ui", name)
    try:
        # PySide's file-name overload opens the file in C++ (no Python QFile needed).
        widget = _plain_loader().load(str(path), parent)
    except RuntimeError as exc:  # PySide: "Unable to open/read ui device", unreadable or damaged
        raise UiLoadError(f"The screen layout '{name}' could not be read or is damaged.") from exc
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
