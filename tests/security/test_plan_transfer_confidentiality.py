"""A life project moved by a case file stays unreadable without a passphrase.

A canary typed into a plan value and into a coordinator's send-back note is searched for in
the encrypted export file and in every file of the receiving store (database, WAL, shared
memory), while it is open, after a checkpoint and after it is closed; the audit entries the
export and import write hold none of it either.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from tests.conftest import Team, make_team

from barnahus.services import audit
from barnahus.services.cases import create_case, list_cases
from barnahus.services.demo_plans import plan_versions
from barnahus.services.plans import (
    approve_plan,
    open_plan,
    save_plan,
    send_back_plan,
    submit_plan,
)
from barnahus.services.transfer import export_case, import_case

pytestmark = pytest.mark.security

CANARY = f"Lebensprojekt-ÆØÅ-{uuid.uuid4().hex}"
NOTE = f"Ask again about {CANARY}-note"
NUMBER = "BH-S-0042"
FILE_SECRET = "a separate file passphrase"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _needles() -> list[bytes]:
    return [n.encode(e) for n in (CANARY, f"{CANARY}-note") for e in ENCODINGS]


def _leaks(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        for file in sorted(p for p in (path.rglob("*") if path.is_dir() else [path])):
            if file.is_file():
                data = file.read_bytes()
                found += [f"{file.name}: {n!r}" for n in _needles() if n in data]
    return found


def _plan_with_canary(team: Team) -> None:
    approved, draft = plan_versions("DEMO-0002")
    case = create_case(team.db, team.coordinator, NUMBER)
    submit_plan(team.db, team.psychologist, case.id, approved)
    approve_plan(team.db, team.coordinator, case.id, 1)
    later = {section: dict(fields) for section, fields in draft.items()}
    later["about"]["how_agreed"] = f"Agreed with the child: {CANARY}"
    save_plan(team.db, team.psychologist, case.id, later)
    submit_plan(team.db, team.psychologist, case.id, later)
    send_back_plan(team.db, team.coordinator, case.id, 2, NOTE)


def test_plan_canary_never_reaches_the_export_file_or_the_receiving_store(
    team: Team, tmp_path: Path
) -> None:
    _plan_with_canary(team)
    out = tmp_path / "case.bhx"
    export_case(team.db, team.coordinator, NUMBER, out, file_passphrase=FILE_SECRET)
    assert _leaks(out) == []
    # Control: the plain form of the same case does hold both (so the search means something).
    plain = tmp_path / "case.json"
    export_case(team.db, team.coordinator, NUMBER, plain, plaintext=True)
    assert len(_leaks(plain)) == 2

    other_dir = tmp_path / "other"
    other = make_team(other_dir / "store.sqlite3")
    try:
        import_case(other.db, other.coordinator, out, lambda: FILE_SECRET)
        [case] = list_cases(other.db)
        state = open_plan(other.db, other.coordinator, case.id)
        assert CANARY in state.versions[1].values["about"]["how_agreed"]
        assert state.versions[1].origin is not None
        assert state.versions[1].origin.sent_back_note == NOTE
        with other.db.transaction() as tx:
            details = [(r.action, r.detail) for r in tx.audit_records()]
        assert _leaks(other_dir) == []
        other.db.checkpoint()
        assert _leaks(other_dir) == []
    finally:
        other.db.dispose()
    assert _leaks(other_dir) == []
    assert (audit.IMPORTED, "encrypted") in details
    assert not [d for _a, d in details if CANARY in d or "Ask again" in d]
