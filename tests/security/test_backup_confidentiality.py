"""A backup file shows neither content nor metadata: no case numbers, no account names.

Each check is paired with a control on the plain store file, so that a test proves the backup
hides something that really is there to hide.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.errors import AuthenticationFailed
from barnahus.roles import Compartment
from barnahus.services.accounts import add_user
from barnahus.services.backup import create_backup, restore_backup
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, save_revision

CANARY = "CANARY-7f3a-do-not-leak"
CASE_NUMBER = "BH-SECRET-4711"
ODD_NAME = "zelda.canaryname"


def _needles() -> list[bytes]:
    names = [*PASSPHRASES, ODD_NAME]
    return [CANARY.encode(), CASE_NUMBER.encode(), *(n.encode() for n in names)]


def _plain_store_bytes(team: Team, tmp_path: Path) -> bytes:
    """The live store folded into one file (WAL included), as an attacker copying it sees it."""
    copy = tmp_path / "plain-copy.sqlite3"
    source = sqlite3.connect(team.path)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return copy.read_bytes()


def test_backup_hides_content_case_numbers_and_account_names(team: Team, tmp_path: Path) -> None:
    add_user(team.db, team.admin, ODD_NAME, {"coordinator"}, "a passphrase for zelda here")
    case = create_case(team.db, team.coordinator, CASE_NUMBER)
    record = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(
        team.db, team.psychologist, record.id, RecordContent(CANARY, {"text": CANARY * 3})
    )
    out = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, out)
    data = out.read_bytes()

    plain = _plain_store_bytes(team, tmp_path)
    # Controls: the store itself shows its metadata in clear (content is sealed per field).
    assert CASE_NUMBER.encode() in plain
    assert ODD_NAME.encode() in plain
    assert CANARY.encode() not in plain

    for needle in _needles():
        assert needle not in data, needle
        assert needle.upper() not in data
    assert b"SQLite format 3" not in data


def test_account_added_after_the_backup_cannot_open_it(team: Team, tmp_path: Path) -> None:
    out = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, out)
    add_user(team.db, team.admin, ODD_NAME, {"coordinator"}, "a passphrase for zelda here")
    with pytest.raises(AuthenticationFailed):
        restore_backup(out, tmp_path / "r.sqlite3", ODD_NAME, "a passphrase for zelda here")
    assert not (tmp_path / "r.sqlite3").exists()


def test_each_backup_has_its_own_key(team: Team, tmp_path: Path) -> None:
    """Two backups of the same store share no ciphertext, so one leaked key opens one file."""
    create_backup(team.db, team.admin, tmp_path / "a.bhbackup")
    create_backup(team.db, team.admin, tmp_path / "b.bhbackup")
    a = (tmp_path / "a.bhbackup").read_bytes()
    b = (tmp_path / "b.bhbackup").read_bytes()
    tail = 4096
    assert a[-tail:] != b[-tail:]
    windows = {a[i : i + 32] for i in range(len(a) - tail, len(a) - 32, 16)}
    assert not any(b[i : i + 32] in windows for i in range(len(b) - tail, len(b) - 32))
