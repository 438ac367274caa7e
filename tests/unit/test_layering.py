"""Architecture rules that keep the core usable without a display."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from barnahus.datafiles import DATA_DIRS, data_dir

SRC = Path(__file__).resolve().parents[2] / "src" / "barnahus"
QT_ALLOWED = {SRC / "gui"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _core_modules() -> list[Path]:
    return [
        p for p in SRC.rglob("*.py") if not any(p.is_relative_to(allowed) for allowed in QT_ALLOWED)
    ]


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(SRC)) for p in _core_modules() if {"PySide6", "shiboken6"} & _imports(p)
    ]
    assert offenders == []


def test_core_does_not_import_gui() -> None:
    offenders = []
    for path in _core_modules():
        text = path.read_text(encoding="utf-8")
        if path.name != "app.py" and "barnahus.gui" in text:
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


@pytest.mark.parametrize("name", DATA_DIRS)
def test_data_directories_are_found(name: str) -> None:
    assert data_dir(name).is_dir()
    assert any(data_dir(name).iterdir())
