"""Workstation settings: defaults, a damaged file never stops the app, private atomic writes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from barnahus.services.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_when_there_is_no_file(isolated_home: Path) -> None:
    assert load_settings() == Settings("en", 5, False, "")


def test_round_trip_in_the_config_dir_owner_only(isolated_home: Path) -> None:
    save_settings(Settings("sv", 12, True, "anna.berg"))
    assert load_settings() == Settings("sv", 12, True, "anna.berg")
    path = settings_path()
    assert path.parent == isolated_home / "config"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "text",
    [
        "not json at all",
        "[1, 2, 3]",
        json.dumps({"language": "klingon", "idle_lock_minutes": 0, "high_contrast": "yes"}),
        json.dumps({"idle_lock_minutes": True, "last_user": 7}),
    ],
)
def test_damaged_values_fall_back_to_defaults(isolated_home: Path, text: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    assert load_settings() == Settings()


def test_valid_values_survive_next_to_invalid_ones(isolated_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "sv", "idle_lock_minutes": 999}), encoding="utf-8")
    assert load_settings() == Settings(language="sv")


def test_invalid_settings_are_not_written(isolated_home: Path) -> None:
    with pytest.raises(ValueError, match="idle_lock_minutes"):
        save_settings(Settings(idle_lock_minutes=0))
