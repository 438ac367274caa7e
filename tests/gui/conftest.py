"""GUI fixtures: the session QApplication carries the app's own identity and style."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from barnahus.gui.application import apply_identity


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    apply_identity(qapp)
    return qapp
