"""Find the bundled data directories (ui/, resources/, forms/) wherever the app is installed.

In a wheel they live in ``barnahus/_data``; in a source checkout or an editable install they
stay at the top of the repository where designers and centre staff edit them. Looking in both
places keeps one code path for ``make run``, the installed wheel and the frozen installer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIRS = ("ui", "resources", "forms")

_PACKAGE_DIR = Path(__file__).resolve().parent


class MissingDataDirectory(RuntimeError):
    """A bundled data directory is absent: the installation is incomplete."""


def _candidates(name: str) -> list[Path]:
    candidates = [_PACKAGE_DIR / "_data" / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "barnahus" / "_data" / name)
    # Source checkout: src/barnahus/ -> repository root.
    candidates.append(_PACKAGE_DIR.parent.parent / name)
    return candidates


def data_dir(name: str) -> Path:
    """Return the directory holding bundled data ``name`` (one of :data:`DATA_DIRS`)."""
    if name not in DATA_DIRS:
        raise ValueError(f"unknown data directory: {name}")
    override = os.environ.get("BARNAHUS_DATA_ROOT")
    if override:
        path = Path(override) / name
        if path.is_dir():
            return path
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise MissingDataDirectory(
        f"The application files are incomplete: the '{name}' folder was not found."
    )


def data_file(name: str, *parts: str) -> Path:
    """Return a file inside a bundled data directory, failing clearly if it is missing."""
    path = data_dir(name).joinpath(*parts)
    if not path.is_file():
        raise MissingDataDirectory(
            f"The application files are incomplete: '{'/'.join((name, *parts))}' is missing."
        )
    return path
