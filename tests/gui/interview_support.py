"""Helpers for the interview GUI tests: a demo centre, a signed-in page, waiting, widget text.

Building the demo store costs a few seconds of Argon2id and encryption, so a module builds it
once (``demo_store``) and each test works on its own copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import FAST_KDF

from barnahus.gui.interview import InterviewPage
from barnahus.gui.workspace import Workspace
from barnahus.services.cases import list_cases
from barnahus.services.demo import create_demo_store
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.database import StoreDatabase

PASSPHRASE = "lantern harbour demo centre"
WAIT_MS = 15000


def build_demo(directory: Path) -> Path:
    path = directory / "demo.sqlite3"
    create_demo_store(path, PASSPHRASE, FAST_KDF)
    return path


@dataclass
class OpenPage:
    db: StoreDatabase
    workspace: Workspace
    page: InterviewPage

    def case_id(self, number: str) -> str:
        return next(c.id for c in list_cases(self.db) if c.case_number == number)


def open_page(template: Path, target: Path, qtbot: QtBot, user: str) -> Iterator[OpenPage]:
    """A copy of the demo store, ``user`` signed in, the interview page shown."""
    shutil.copy(template, target)
    db = open_database(target)
    keyring = sign_in(db, user, PASSPHRASE)
    workspace = Workspace(db, keyring, store_location=str(target), is_demo=True)
    page = InterviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.show()
    qtbot.waitExposed(page)
    try:
        yield OpenPage(db, workspace, page)
    finally:
        if page.metadata is None and not page.broken:
            page.link.close()
            page.controller.close_session()
        QThreadPool.globalInstance().waitForDone()
        keyring.lock()
        db.dispose()


def settle(qtbot: QtBot, page: InterviewPage) -> None:
    """Wait until every service call the page started has come back."""
    if page.metadata is None and not page.broken:
        qtbot.waitUntil(lambda: not page.controller.busy, timeout=WAIT_MS)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(1)  # deliver the queued result signals


def widget_texts(root: QWidget) -> list[str]:
    """Every string a person (or a screen reader) could get from ``root`` and its children."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
            widget.accessibleName(),
            widget.accessibleDescription(),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
    return [text for text in found if text]


def strings_in(value: Any) -> list[str]:
    """Every string inside a YAML value (mappings, lists), for case-data canaries."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []
