"""Shared test setup: headless Qt and a private, throw-away home for every test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before any QApplication exists; pytest-qt creates one lazily.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Hypothesis caches (Unicode tables, constants) go to the temp dir, not into the repository.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "barnahus-hypothesis")
)

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


_SUMMARY_MARKERS = ("security", "reliability")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many security and fault-tolerance cases ran, as the store issue asks."""
    counts = dict.fromkeys(_SUMMARY_MARKERS, 0)
    failed = dict.fromkeys(_SUMMARY_MARKERS, 0)
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") != "call":
                continue
            for marker in _SUMMARY_MARKERS:
                if marker in report.keywords:
                    counts[marker] += 1
                    failed[marker] += outcome == "failed"
    terminalreporter.write_line(
        f"security cases run: {counts['security']} ({failed['security']} failed); "
        f"reliability/fault cases run: {counts['reliability']} ({failed['reliability']} failed)"
    )


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


# Store fixtures ----------------------------------------------------------------------------
# Imported late so that a broken core shows up as failing tests, not a broken conftest.
import dataclasses  # noqa: E402

from barnahus.services.accounts import add_user, create_store, grant_access  # noqa: E402
from barnahus.services.keyring import Keyring  # noqa: E402
from barnahus.services.signin import sign_in  # noqa: E402
from barnahus.services.store_access import KdfChoice  # noqa: E402
from barnahus.store.database import StoreDatabase  # noqa: E402

# Argon2id at the allowed floor (64 MiB, 3 passes) with one lane keeps tests fast; the floor
# itself is enforced, so tests never run below what production accepts.
FAST_KDF = KdfChoice(memory_kib=65536, iterations=3, lanes=1)
PASSPHRASES = {
    "admin": "admin passphrase for tests",
    "coordinator": "coordinator passphrase for tests",
    "interviewer": "interviewer passphrase for tests",
    "psychologist": "psychologist passphrase for tests",
}


@dataclasses.dataclass
class Team:
    """A store with one account per role, every content key granted, everyone signed in."""

    path: Path
    db: StoreDatabase
    recovery_key: str
    admin: Keyring
    coordinator: Keyring
    interviewer: Keyring
    psychologist: Keyring

    def sign_in(self, name: str) -> Keyring:
        return sign_in(self.db, name, PASSPHRASES[name])


def make_team(path: Path) -> Team:
    created = create_store(path, "admin", PASSPHRASES["admin"], FAST_KDF)
    for role in ("coordinator", "interviewer", "psychologist"):
        add_user(created.db, created.admin, role, {role}, PASSPHRASES[role])
        grant_access(created.db, created.admin, role, created.recovery_key)
    return Team(
        path=path,
        db=created.db,
        recovery_key=created.recovery_key,
        admin=created.admin,
        coordinator=sign_in(created.db, "coordinator", PASSPHRASES["coordinator"]),
        interviewer=sign_in(created.db, "interviewer", PASSPHRASES["interviewer"]),
        psychologist=sign_in(created.db, "psychologist", PASSPHRASES["psychologist"]),
    )


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    built = make_team(tmp_path / "store" / "barnahus.sqlite3")
    yield built
    built.db.dispose()
