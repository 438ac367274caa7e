"""Interviews: nothing said is readable in the file, and edits to the event log are caught.

A whole session (plan, notes, logged questions, observers' questions, a typing draft) is written
with canary strings; the raw database, WAL and SHM bytes must not contain any of them, and
only plaintext metadata (ids, status, room from the centre's list, times) sits in the clear.
Then the event log is damaged below the services, the way someone with write access to the
file could, and every kind of edit must be refused when the session is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.interview_kit import CANARY_NOTE, CANARY_OBSERVER, CANARY_QUESTION, run_session
from tests.reliability.storekit import (
    StoreCopy,
    Template,
    build_template,
    flip_bit,
    raw_sql,
    read_blob,
    write_value,
)

from barnahus.errors import IntegrityFailure
from barnahus.interview.machine import InterviewRuleError
from barnahus.interview.state import SessionState
from barnahus.services import interview_actions as act
from barnahus.services.cases import create_case
from barnahus.services.interview_log import save_interview_draft
from barnahus.services.interviews import list_sessions, open_session
from barnahus.services.keyring import AccessDenied

CANARY_DRAFT = "CANARY-draft-typed-but-not-added"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "barnahus.sqlite3")
    yield copy
    copy.close()


def _session(store: StoreCopy) -> SessionState:
    case = create_case(store.db, store.coordinator, "BH-S-0001")
    return run_session(store.db, store.interviewer, case.id)


def test_no_interview_content_reaches_the_file(store: StoreCopy) -> None:
    state = _session(store)
    save_interview_draft(store.db, store.interviewer, state.session_id, {"note": CANARY_DRAFT})
    raw = b"".join(
        path.read_bytes()
        for path in store.path.parent.iterdir()
        if path.name.startswith(store.path.name)
    )
    for canary in (CANARY_NOTE, CANARY_QUESTION, CANARY_OBSERVER, CANARY_DRAFT, "DI Example"):
        assert canary.encode() not in raw, canary
        assert canary.encode("utf-16-le") not in raw, canary


def test_only_metadata_is_in_the_clear(store: StoreCopy) -> None:
    state = _session(store)
    with raw_sql(store.path) as connection:
        row = connection.execute(
            "SELECT status, protocol, room, last_seq FROM interview_sessions WHERE id = ?",
            (state.session_id,),
        ).fetchone()
        columns = [r[1] for r in connection.execute("PRAGMA table_info(interview_events)")]
    assert row == ("finalised", "nichd", "Lantern room (interview room 1)", state.last_seq)
    assert columns == ["id", "session_id", "seq", "author_id", "created_at", "body", "signature"]
    (listing,) = list_sessions(store.db, store.coordinator)
    assert listing.duration_seconds is not None
    with pytest.raises(AccessDenied):
        open_session(store.db, store.coordinator, state.session_id)


def _damaged(store: StoreCopy, session_id: str) -> None:
    with pytest.raises(IntegrityFailure, match="damaged at entry"):
        open_session(store.db, store.sign_in("psychologist"), session_id)


def test_a_flipped_bit_in_an_event_is_refused(store: StoreCopy) -> None:
    state = _session(store)
    where = "WHERE session_id = ? AND seq = 5"
    body = read_blob(store.path, f"SELECT body FROM interview_events {where}", state.session_id)
    for position in (0, 20, 40, -1):
        write_value(
            store.path,
            f"UPDATE interview_events SET body = ? {where}",
            flip_bit(body, position),
            state.session_id,
        )
        _damaged(store, state.session_id)


def test_reordered_events_are_refused(store: StoreCopy) -> None:
    state = _session(store)
    sql = "UPDATE interview_events SET seq = ? WHERE session_id = ? AND seq = ?"
    write_value(store.path, sql, -1, state.session_id, 7)
    write_value(store.path, sql, 7, state.session_id, 8)
    write_value(store.path, sql, 8, state.session_id, -1)
    _damaged(store, state.session_id)


def test_a_deleted_event_is_noticed_even_with_the_numbers_closed_up(store: StoreCopy) -> None:
    state = _session(store)
    write_value(
        store.path,
        "DELETE FROM interview_events WHERE session_id = ? AND seq = 10",
        state.session_id,
    )
    _damaged(store, state.session_id)
    write_value(
        store.path,
        "UPDATE interview_events SET seq = seq - 1 WHERE session_id = ? AND seq > 10",
        state.session_id,
    )
    write_value(
        store.path,
        "UPDATE interview_sessions SET last_seq = last_seq - 1 WHERE id = ?",
        state.session_id,
    )
    _damaged(store, state.session_id)


def test_cutting_off_the_finalisation_is_noticed(store: StoreCopy) -> None:
    state = _session(store)
    write_value(
        store.path,
        "DELETE FROM interview_events WHERE session_id = ? AND seq = ?",
        state.session_id,
        state.last_seq,
    )
    _damaged(store, state.session_id)  # the log no longer ends where the metadata says
    write_value(
        store.path,
        "UPDATE interview_sessions SET last_seq = last_seq - 1 WHERE id = ?",
        state.session_id,
    )
    _damaged(store, state.session_id)  # the metadata says finalised, the log does not


def test_an_event_moved_to_another_session_is_refused(store: StoreCopy) -> None:
    first = _session(store)
    other_case = create_case(store.db, store.coordinator, "BH-S-0002")
    second = run_session(store.db, store.interviewer, other_case.id)
    with raw_sql(store.path) as connection:
        body = connection.execute(
            "SELECT body FROM interview_events WHERE session_id = ? AND seq = 12",
            (first.session_id,),
        ).fetchone()[0]
        connection.execute(
            "UPDATE interview_events SET body = ? WHERE session_id = ? AND seq = 12",
            (body, second.session_id),
        )
    _damaged(store, second.session_id)


def test_an_event_claimed_by_another_author_is_refused(store: StoreCopy) -> None:
    state = _session(store)
    write_value(
        store.path,
        "UPDATE interview_events SET author_id = ? WHERE session_id = ? AND seq = 3",
        store.psychologist.user_id,
        state.session_id,
    )
    _damaged(store, state.session_id)


def test_editing_the_status_column_does_not_unlock_a_finalised_interview(
    store: StoreCopy,
) -> None:
    state = _session(store)
    write_value(
        store.path,
        "UPDATE interview_sessions SET status = 'running' WHERE id = ?",
        state.session_id,
    )
    with pytest.raises(InterviewRuleError, match="finalised"):
        act.add_note(store.db, store.sign_in("interviewer"), state, "A late change.")


def test_verify_names_a_damaged_interview(store: StoreCopy) -> None:
    from barnahus.services.verify import verify_store

    state = _session(store)
    assert verify_store(store.db, store.psychologist).ok
    write_value(
        store.path,
        "DELETE FROM interview_events WHERE session_id = ? AND seq = 4",
        state.session_id,
    )
    report = verify_store(store.db, store.sign_in("psychologist"))
    assert report.problems == [
        f"interview {state.session_id}: cannot be read (damaged or altered)."
    ]
    skipped = verify_store(store.db, store.sign_in("coordinator"))
    assert skipped.problems == []
