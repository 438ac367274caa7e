"""Per-workstation settings: language, idle lock, contrast, the last account signed in.

The file is JSON in :func:`barnahus.locations.config_dir` so a person can read it, and holds no
secret and no case content (the last account name is plaintext metadata of the store too).
Settings are declared as data in :data:`SETTINGS` (name, default, check), so a damaged or
hand-edited file never stops the app: a value that does not pass its check falls back to its
default, and saving writes a clean file again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from barnahus.errors import StoreUnavailable
from barnahus.locations import config_dir, ensure_private_dir

SETTINGS_FILE_NAME = "settings.json"
LANGUAGES = ("en", "sv")
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60


@dataclass(frozen=True)
class Settings:
    language: str = "en"
    idle_lock_minutes: int = 5
    high_contrast: bool = False
    last_user: str = ""
    # What the desktop last said about contrast, so the first window is painted in the theme
    # the person needs; the desktop is asked again once that window is up (gui/system_contrast).
    system_high_contrast: bool = False

    @property
    def wants_high_contrast(self) -> bool:
        """The person chose it here, or their desktop asks for it."""
        return self.high_contrast or self.system_high_contrast


def _is_int_between(low: int, high: int) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check


# name -> check; defaults come from the dataclass, so one place says what a setting is.
SETTINGS: dict[str, Callable[[Any], bool]] = {
    "language": lambda value: value in LANGUAGES,
    "idle_lock_minutes": _is_int_between(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES),
    "high_contrast": lambda value: isinstance(value, bool),
    "last_user": lambda value: isinstance(value, str) and len(value) <= 64,
    "system_high_contrast": lambda value: isinstance(value, bool),
}


def settings_path(directory: Path | None = None) -> Path:
    return (directory or config_dir()) / SETTINGS_FILE_NAME


def from_mapping(raw: Any) -> Settings:
    """Every known, valid value of ``raw``; anything else keeps its default."""
    if not isinstance(raw, dict):
        return Settings()
    valid = {key: raw[key] for key, check in SETTINGS.items() if key in raw and check(raw[key])}
    return replace(Settings(), **valid)


def load_settings(directory: Path | None = None) -> Settings:
    path = settings_path(directory)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    return from_mapping(raw)


def save_settings(settings: Settings, directory: Path | None = None) -> None:
    """Write the file atomically and readable by its owner only."""
    import secrets  # here, not at the top: loading OpenSSL is not needed to read the settings

    path = settings_path(directory)
    for key, check in SETTINGS.items():
        if not check(getattr(settings, key)):
            raise ValueError(f"setting {key} has an invalid value")
    ensure_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink()
        raise StoreUnavailable("The settings could not be saved.") from exc
