"""The audit trail in the store shows any edit, deletion or reordering of its rows.

The log lives in the ``audit_log`` table of a real store; each test changes it with raw
``sqlite3`` the way someone with write access to the file could, then asks the service
(``services.audit.check``) whether the chain is intact. It must name the damaged entry by its
number, and never report a problem for an untouched log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.reliability.storekit import StoreCopy, Template, build_template, raw_sql, write_value

from barnahus.crypto.audit_chain import compute_entry_hash
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, read_record, save_revision

pytestmark = pytest.mark.security


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    case = create_case(copy.db, copy.interviewer)
    record = create_record(copy.db, copy.interviewer, case.id, "note", Compartment.INTERVIEW)
    save_revision(copy.db, copy.interviewer, record.id, RecordContent("first words"))
    read_record(copy.db, copy.psychologist, record.id)
    yield copy
    copy.close()


def _problems(store: StoreCopy) -> list[str]:
    with store.db.transaction() as tx:
        return audit.check(tx)


def _seqs(store: StoreCopy) -> list[int]:
    with raw_sql(store.path) as connection:
        return [int(r[0]) for r in connection.execute("SELECT seq FROM audit_log ORDER BY seq")]


def _mentions(problems: list[str], seq: int) -> bool:
    return any(f"seq {seq}:" in p or f"seq {seq} " in p for p in problems)


def test_untouched_log_is_intact(store: StoreCopy) -> None:
    assert len(_seqs(store)) > 20
    assert _problems(store) == []


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("action", audit.LOGIN_FAILED),
        ("detail", "revision 7"),
        ("target", "00000000-0000-0000-0000-000000000000"),
        ("at", "2020-01-01T00:00:00.000000+00:00"),
        ("actor", ""),
    ],
)
def test_edited_entry_is_named(store: StoreCopy, column: str, value: str) -> None:
    middle = _seqs(store)[len(_seqs(store)) // 2]
    write_value(store.path, f"UPDATE audit_log SET {column} = ? WHERE seq = ?", value, middle)

    problems = _problems(store)

    assert problems
    assert _mentions(problems, middle)


def test_edit_with_its_hash_recomputed_is_still_caught(store: StoreCopy) -> None:
    """Rehashing the edited row hides nothing: its successor no longer links to it."""
    middle = _seqs(store)[len(_seqs(store)) // 2]
    with raw_sql(store.path) as connection:
        seq, at, actor, action, target, _detail, prev = connection.execute(
            "SELECT seq, at, actor, action, target, detail, prev_hash FROM audit_log WHERE seq = ?",
            (middle,),
        ).fetchone()
        forged = compute_entry_hash(seq, at, actor, action, target, "nothing happened", prev)
        connection.execute(
            "UPDATE audit_log SET detail = ?, entry_hash = ? WHERE seq = ?",
            ("nothing happened", forged, middle),
        )

    problems = _problems(store)

    assert _mentions(problems, middle + 1) or _mentions(problems, middle)
    assert any("link" in p or "signature" in p for p in problems)


def test_deleted_middle_entry_is_noticed(store: StoreCopy) -> None:
    middle = _seqs(store)[len(_seqs(store)) // 2]
    write_value(store.path, "DELETE FROM audit_log WHERE seq = ?", middle)

    problems = _problems(store)

    assert _mentions(problems, middle + 1)


def test_deleted_first_entry_is_noticed(store: StoreCopy) -> None:
    write_value(store.path, "DELETE FROM audit_log WHERE seq = 1")

    assert any("genesis" in p for p in _problems(store))


@pytest.mark.parametrize("count", [1, 3])
def test_deleted_last_entries_are_noticed(store: StoreCopy, count: int) -> None:
    last = _seqs(store)[-1]
    write_value(store.path, "DELETE FROM audit_log WHERE seq > ?", last - count)

    problems = _problems(store)

    assert any("head" in p for p in problems)


def test_swapped_entries_are_noticed(store: StoreCopy) -> None:
    seqs = _seqs(store)
    first, second = seqs[5], seqs[6]
    columns = "at, actor, action, target, detail, prev_hash, entry_hash, signature"
    with raw_sql(store.path) as connection:
        row_a = connection.execute(
            f"SELECT {columns} FROM audit_log WHERE seq = ?", (first,)
        ).fetchone()
        row_b = connection.execute(
            f"SELECT {columns} FROM audit_log WHERE seq = ?", (second,)
        ).fetchone()
        assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
        connection.execute(f"UPDATE audit_log SET {assignments} WHERE seq = ?", (*row_b, first))
        connection.execute(f"UPDATE audit_log SET {assignments} WHERE seq = ?", (*row_a, second))

    problems = _problems(store)

    assert _mentions(problems, first) or _mentions(problems, second)


def test_renumbered_entries_are_noticed(store: StoreCopy) -> None:
    seqs = _seqs(store)
    first, second = seqs[3], seqs[4]
    with raw_sql(store.path) as connection:
        connection.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (first,))
        connection.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (first, second))
        connection.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (second,))

    problems = _problems(store)

    assert _mentions(problems, first) or _mentions(problems, second)


def test_forged_signature_is_noticed(store: StoreCopy) -> None:
    with raw_sql(store.path) as connection:
        (seq, signature) = connection.execute(
            "SELECT seq, signature FROM audit_log WHERE signature != x'' ORDER BY seq DESC"
        ).fetchone()
    forged = hashlib.sha512(bytes(signature)).digest()
    write_value(store.path, "UPDATE audit_log SET signature = ? WHERE seq = ?", forged, seq)

    problems = _problems(store)

    assert _mentions(problems, seq)
    assert any("signature" in p for p in problems)


def test_audit_entries_hold_ids_not_content(store: StoreCopy) -> None:
    with raw_sql(store.path) as connection:
        text = " ".join(
            str(value)
            for row in connection.execute("SELECT actor, action, target, detail FROM audit_log")
            for value in row
        )
    assert "first words" not in text
