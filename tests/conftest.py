"""Shared test setup: headless Qt and a private, throw-away home for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any QApplication exists; pytest-qt creates one lazily.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user path at ``tmp_path`` so no test touches real data or logs."""
    home = tmp_path / "home"
    for var, sub in (
        ("BARNAHUS_DATA_DIR", "data"),
        ("BARNAHUS_LOG_DIR", "logs"),
        ("BARNAHUS_CONFIG_DIR", "config"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("BARNAHUS_STORE", raising=False)
    monkeypatch.delenv("BARNAHUS_PASSPHRASE", raising=False)
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder so `-m "not gui"` gives a fast, display-free loop."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "gui" in parts:
            item.add_marker(pytest.mark.gui)
        if "security" in parts:
            item.add_marker(pytest.mark.security)
        if "reliability" in parts:
            item.add_marker(pytest.mark.reliability)
