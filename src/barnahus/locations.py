"""Where the app keeps its store, settings and logs on this workstation.

All per-user paths come from platformdirs so Windows, macOS and Linux each get their native
places. Environment overrides exist so tests, scripts and several centres on one machine can
point elsewhere without touching the user's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "barnahus-desk"
APP_AUTHOR = "Barnahus"
ORGANISATION_NAME = "Barnahus Desk"
DISPLAY_NAME = "Barnahus Desk"
STORE_FILE_NAME = "barnahus.sqlite3"


def user_data_dir() -> Path:
    override = os.environ.get("BARNAHUS_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_store_path() -> Path:
    """The embedded SQLite store used when neither ``--store`` nor ``BARNAHUS_STORE`` is given."""
    env = os.environ.get("BARNAHUS_STORE")
    if env:
        return Path(env)
    return user_data_dir() / STORE_FILE_NAME


def log_dir() -> Path:
    override = os.environ.get("BARNAHUS_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get("BARNAHUS_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the owner only; case data must not be world-readable."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
