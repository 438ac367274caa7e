"""GUI fixtures: the session QApplication carries the app's own identity and style; a demo
centre built once per session and copied for every test that wants one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from tests.gui.workspace_kit import build_demo, copy_store

from barnahus.gui.application import apply_identity
from barnahus.gui.i18n import install_language


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    apply_identity(qapp)
    install_language(qapp, "en")
    yield qapp
    # Work still running on the pool must not outlive the test's temporary store.
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Path:
    return copy_store(demo_template, tmp_path / "store")
