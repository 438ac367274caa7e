"""Revisions carry their author's signature: an author id or key slot edited in SQL is caught."""

from __future__ import annotations

import sqlite3

import pytest
from tests.conftest import Team

from barnahus.errors import IntegrityFailure
from barnahus.roles import Compartment
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, read_record, save_revision
from barnahus.services.verify import verify_store

pytestmark = pytest.mark.security


def _note(team: Team) -> str:
    case = create_case(team.db, team.coordinator)
    record = create_record(team.db, team.coordinator, case.id, "note", Compartment.IDENTITY)
    save_revision(team.db, team.coordinator, record.id, RecordContent("Visit", {"text": "ok"}))
    return record.id


def test_author_id_changed_in_sql_is_refused(team: Team) -> None:
    record_id = _note(team)
    assert read_record(team.db, team.interviewer, record_id).author_id == team.coordinator.user_id
    with sqlite3.connect(team.path) as raw:
        raw.execute(
            "UPDATE revisions SET author_id = ? WHERE record_id = ?",
            (team.psychologist.user_id, record_id),
        )
    with pytest.raises(IntegrityFailure, match=record_id):
        read_record(team.db, team.interviewer, record_id)
    report = verify_store(team.db, team.interviewer)
    assert any(record_id in problem and "signature" in problem for problem in report.problems)


def test_verify_names_a_damaged_key_slot(team: Team) -> None:
    _note(team)
    with sqlite3.connect(team.path) as raw:
        (blob,) = raw.execute(
            "SELECT wrapped FROM key_slots WHERE user_id = ? AND compartment = 'identity'",
            (team.interviewer.user_id,),
        ).fetchone()
        damaged = bytes(blob[:-1]) + bytes([blob[-1] ^ 1])
        raw.execute(
            "UPDATE key_slots SET wrapped = ? WHERE user_id = ? AND compartment = 'identity'",
            (damaged, team.interviewer.user_id),
        )
    interviewer = team.sign_in("interviewer")
    report = verify_store(team.db, interviewer)
    assert not report.ok
    assert any("identity" in p and "key slot" in p for p in report.problems)
