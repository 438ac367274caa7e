"""Backup and restore round trips: everyone gets back in, every record reads back the same."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.errors import AuthenticationFailed, UsageError
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.accounts import change_passphrase, disable_user
from barnahus.services.backup import create_backup, restore_backup
from barnahus.services.cases import create_case, list_cases
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.records import (
    RecordContent,
    create_record,
    read_record,
    records_of_case,
    revision_history,
    save_revision,
)
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.database import StoreDatabase


def _fill(team: Team) -> dict[str, RecordContent]:
    """Two cases with records in every compartment; returns record id -> latest content."""
    written: dict[str, RecordContent] = {}
    for number in ("BH-T-0001", "BH-T-0002"):
        case = create_case(team.db, team.coordinator, number)
        plan: list[tuple[Keyring, str, Compartment, RecordContent]] = [
            (
                team.coordinator,
                "child_profile",
                Compartment.IDENTITY,
                RecordContent("Pseudonym Kestrel", {"pseudonym": "Kestrel", "estimated_age": 12}),
            ),
            (
                team.interviewer,
                "note",
                Compartment.INTERVIEW,
                RecordContent("Planning", {"text": f"Interview planning for {number}."}),
            ),
            (
                team.psychologist,
                "note",
                Compartment.CAREPLAN,
                RecordContent("Review", {"text": "Review in six weeks. Ünïcode ✓"}),
            ),
        ]
        for keyring, kind, compartment, content in plan:
            record = create_record(team.db, keyring, case.id, kind, compartment)
            save_revision(team.db, keyring, record.id, RecordContent("first", {"text": "v1"}))
            save_revision(team.db, keyring, record.id, content)
            written[record.id] = content
    return written


def _restore(team: Team, tmp_path: Path, name: str = "coordinator") -> StoreDatabase:
    backup = tmp_path / "centre.bhbackup"
    create_backup(team.db, team.admin, backup)
    target = tmp_path / "restored" / "barnahus.sqlite3"
    target.parent.mkdir()
    restore_backup(backup, target, name, PASSPHRASES[name])
    return open_database(target)


def test_round_trip_restores_accounts_records_and_audit(team: Team, tmp_path: Path) -> None:
    written = _fill(team)
    original_cases = [(c.id, c.case_number, c.status) for c in list_cases(team.db)]
    restored = _restore(team, tmp_path)
    try:
        keyrings = {name: sign_in(restored, name, PASSPHRASES[name]) for name in PASSPHRASES}
        assert set(keyrings["psychologist"].compartments) == set(Compartment)
        assert set(keyrings["admin"].compartments) == set()
        assert [(c.id, c.case_number, c.status) for c in list_cases(restored)] == original_cases
        for record_id, content in written.items():
            view = read_record(restored, keyrings["psychologist"], record_id)
            assert view.content == content
            assert view.revision == 2
            assert [r.revision for r in revision_history(restored, record_id)] == [1, 2]
        with restored.transaction() as tx:
            assert audit.check(tx) == []
            actions = [r.action for r in tx.audit_records()]
            restore_entry = next(r for r in tx.audit_records() if r.action == audit.STORE_RESTORED)
        assert audit.BACKUP_CREATED in actions
        assert restore_entry.actor == keyrings["coordinator"].user_id
        assert restore_entry.signature  # signed by the person who restored
    finally:
        restored.dispose()


def test_backup_contains_its_own_audit_entry(team: Team, tmp_path: Path) -> None:
    restored = _restore(team, tmp_path)
    try:
        with team.db.transaction() as tx:
            live = [r for r in tx.audit_records() if r.action == audit.BACKUP_CREATED]
        with restored.transaction() as tx:
            inside = [r for r in tx.audit_records() if r.action == audit.BACKUP_CREATED]
    finally:
        restored.dispose()
    assert len(live) == 1
    assert inside == live
    assert live[0].actor == team.admin.user_id
    assert live[0].detail.endswith(" bytes")
    assert int(live[0].detail.split()[0]) > 0


def test_restored_store_is_a_working_store(team: Team, tmp_path: Path) -> None:
    _fill(team)
    restored = _restore(team, tmp_path, name="admin")
    try:
        psychologist = sign_in(restored, "psychologist", PASSPHRASES["psychologist"])
        case = create_case(restored, psychologist, "BH-NEW-0001")
        record = create_record(restored, psychologist, case.id, "note", Compartment.CAREPLAN)
        save_revision(restored, psychologist, record.id, RecordContent("After", {"text": "ok"}))
        coordinator = sign_in(restored, "coordinator", PASSPHRASES["coordinator"])
        assert read_record(restored, coordinator, record.id).content.body == {"text": "ok"}
        assert len(records_of_case(restored, case.id)) == 1
        with restored.transaction() as tx:
            assert audit.check(tx) == []
    finally:
        restored.dispose()


def test_wrong_passphrase_is_an_authentication_failure(team: Team, tmp_path: Path) -> None:
    backup = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, backup)
    target = tmp_path / "r.sqlite3"
    with pytest.raises(AuthenticationFailed):
        restore_backup(backup, target, "coordinator", PASSPHRASES["interviewer"])
    with pytest.raises(AuthenticationFailed):
        restore_backup(backup, target, "nobody", PASSPHRASES["coordinator"])
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.bhbackup", "store"]


@pytest.mark.parametrize("role", ["coordinator", "interviewer", "psychologist"])
def test_only_an_administrator_can_back_up(team: Team, tmp_path: Path, role: str) -> None:
    out = tmp_path / "b.bhbackup"
    keyring: Keyring = getattr(team, role)
    with pytest.raises(AccessDenied):
        create_backup(team.db, keyring, out)
    assert not out.exists()
    with team.db.transaction() as tx:
        assert audit.BACKUP_CREATED not in {r.action for r in tx.audit_records()}


def test_locked_administrator_cannot_back_up(team: Team, tmp_path: Path) -> None:
    team.admin.lock()
    with pytest.raises(AccessDenied):
        create_backup(team.db, team.admin, tmp_path / "b.bhbackup")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_backup_file_is_private_and_replaced_atomically(team: Team, tmp_path: Path) -> None:
    out = tmp_path / "out" / "b.bhbackup"
    out.parent.mkdir()
    create_backup(team.db, team.admin, out)
    first = out.read_bytes()
    create_backup(team.db, team.admin, out)
    assert out.read_bytes() != first
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["b.bhbackup"]  # no temp file left
    restored = tmp_path / "restored.sqlite3"
    restore_backup(out, restored, "admin", PASSPHRASES["admin"])
    assert os.stat(restored).st_mode & 0o777 == 0o600


def test_backup_opens_with_the_passphrase_of_its_time(team: Team, tmp_path: Path) -> None:
    backup = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, backup)
    new = "a brand new passphrase for the interviewer"
    change_passphrase(team.db, "interviewer", PASSPHRASES["interviewer"], new)
    with pytest.raises(AuthenticationFailed):
        restore_backup(backup, tmp_path / "r1.sqlite3", "interviewer", new)
    restore_backup(backup, tmp_path / "r2.sqlite3", "interviewer", PASSPHRASES["interviewer"])
    restored = open_database(tmp_path / "r2.sqlite3")
    try:
        sign_in(restored, "interviewer", PASSPHRASES["interviewer"])
    finally:
        restored.dispose()


def test_disabled_account_cannot_open_a_later_backup(team: Team, tmp_path: Path) -> None:
    disable_user(team.db, team.admin, "interviewer")
    backup = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, backup)
    with pytest.raises(AuthenticationFailed):
        restore_backup(backup, tmp_path / "r.sqlite3", "interviewer", PASSPHRASES["interviewer"])
    restore_backup(backup, tmp_path / "r.sqlite3", "admin", PASSPHRASES["admin"])


def test_restore_refuses_to_overwrite_and_rejects_non_backups(team: Team, tmp_path: Path) -> None:
    backup = tmp_path / "b.bhbackup"
    create_backup(team.db, team.admin, backup)
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")
    with pytest.raises(UsageError):
        restore_backup(backup, existing, "admin", PASSPHRASES["admin"])
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(UsageError):
        restore_backup(team.path, tmp_path / "r.sqlite3", "admin", PASSPHRASES["admin"])
    with pytest.raises(UsageError):
        restore_backup(backup, tmp_path / "missing" / "r.sqlite3", "admin", PASSPHRASES["admin"])


def test_backup_into_a_missing_folder_is_a_usage_error(team: Team, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        create_backup(team.db, team.admin, tmp_path / "missing" / "b.bhbackup")


def test_backup_never_overwrites_the_live_store(team: Team) -> None:
    before = team.path.read_bytes()
    for out in (team.path, team.path.with_name(team.path.name + "-wal")):
        with pytest.raises(UsageError):
            create_backup(team.db, team.admin, out)
    assert team.path.read_bytes()[:100] == before[:100]
    team.sign_in("coordinator")  # still a working store
