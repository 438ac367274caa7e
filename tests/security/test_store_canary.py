"""No plaintext reaches the disk: a canary typed everywhere is never found in any file.

A unique canary string is written through every encrypted field the store has (child profile
fields, a note in each compartment, a contact, an autosave draft) and used inside passphrases
(new account, changed passphrase, failed sign-in). An unexpected error quoting the canary is
logged too. Then the raw bytes of the database, its ``-wal`` and ``-shm`` files and the log
directory are searched for the canary as UTF-8, UTF-16-LE and UTF-16-BE: while the store is
open, after a WAL checkpoint and after the engine is closed.

Erasing a case is checked the same way: its ciphertext rows and case keys are deleted, and the
exact ciphertext bytes that were on disk are gone from the file and the WAL.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.reliability.storekit import StoreCopy, Template, build_template, raw_sql

from barnahus.errors import AuthenticationFailed, UsageError
from barnahus.logs import configure_logging, log, log_unexpected
from barnahus.roles import Compartment
from barnahus.services.accounts import add_user, change_passphrase
from barnahus.services.cases import create_case, erase_case
from barnahus.services.records import (
    RecordContent,
    create_record,
    latest_draft,
    read_record,
    save_draft,
    save_revision,
)
from barnahus.services.signin import sign_in

pytestmark = pytest.mark.security

CANARY = f"Kanarienvogel-ÆØÅ-{uuid.uuid4().hex}"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


@pytest.fixture
def log_file(isolated_home: Path) -> Iterator[Path]:
    """The app's real log file, in the per-test log directory (``BARNAHUS_LOG_DIR``)."""
    path = configure_logging(level=logging.DEBUG)
    assert path.is_relative_to(isolated_home)
    yield path
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def _files(*roots: Path) -> list[Path]:
    return [p for root in roots for p in sorted(root.rglob("*")) if p.is_file()]


def _leaks(needle: str, *roots: Path) -> list[str]:
    found = []
    for path in _files(*roots):
        data = path.read_bytes()
        for encoding in ENCODINGS:
            if needle.encode(encoding) in data:
                found.append(f"{path.name} ({encoding})")
    return found


def _write_canary_everywhere(store: StoreCopy) -> dict[str, str]:
    """Every encrypted field gets the canary; returns record ids by what they hold."""
    case = create_case(store.db, store.psychologist)
    records: dict[str, str] = {}

    def record(kind: str, compartment: Compartment) -> str:
        return create_record(store.db, store.psychologist, case.id, kind, compartment).id

    records["profile"] = record("child_profile", Compartment.IDENTITY)
    save_revision(
        store.db,
        store.psychologist,
        records["profile"],
        RecordContent(
            f"profile {CANARY}",
            {
                "given_name": CANARY,
                "family_name": f"{CANARY}-family",
                "birth_date": f"2015-01-01 {CANARY}",
                "nationality": CANARY,
                "address": {"street": CANARY, "city": [CANARY]},
            },
        ),
    )
    for compartment in Compartment:
        key = f"note-{compartment.value}"
        records[key] = record("note", compartment)
        save_revision(
            store.db,
            store.psychologist,
            records[key],
            RecordContent(f"{CANARY} title", {"text": f"She said {CANARY}."}),
        )
    records["contact"] = record("contact", Compartment.IDENTITY)
    save_revision(
        store.db,
        store.psychologist,
        records["contact"],
        RecordContent(f"aunt {CANARY}", {"phone": CANARY, "notes": CANARY}),
    )
    records["draft"] = records["note-interview"]
    save_draft(
        store.db,
        store.psychologist,
        records["draft"],
        RecordContent(f"draft {CANARY}", {"text": f"unsaved {CANARY}"}),
    )
    return records


def _use_canary_in_passphrases(store: StoreCopy) -> None:
    first = f"{CANARY} first passphrase"
    second = f"{CANARY} second passphrase"
    add_user(store.db, store.admin, "canary-user", {"interviewer"}, first)
    with pytest.raises(AuthenticationFailed):
        sign_in(store.db, "canary-user", f"{CANARY} wrong passphrase")
    change_passphrase(store.db, "canary-user", first, second)
    assert sign_in(store.db, "canary-user", second).user_id


def _log_an_unexpected_error_quoting_the_canary() -> None:
    try:
        raise ValueError(f"could not parse {CANARY!r}")
    except ValueError as exc:
        log_unexpected(type(exc), exc, exc.__traceback__)


def test_canary_never_reaches_any_file(
    store: StoreCopy, log_file: Path, isolated_home: Path
) -> None:
    records = _write_canary_everywhere(store)
    _use_canary_in_passphrases(store)
    _log_an_unexpected_error_quoting_the_canary()
    # Everything really was written and reads back (so the search below is not vacuous).
    assert CANARY in read_record(store.db, store.psychologist, records["profile"]).content.title
    draft = latest_draft(store.db, store.psychologist, records["draft"])
    assert draft is not None
    assert CANARY in draft.content.title
    assert "<message withheld>" in log_file.read_text(encoding="utf-8")
    store_dir = store.path.parent
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.stat().st_size > 0  # the writes are still in the WAL

    assert _leaks(CANARY, store_dir, isolated_home) == []
    store.db.checkpoint()
    assert _leaks(CANARY, store_dir, isolated_home) == []
    store.db.dispose()
    assert _leaks(CANARY, store_dir, isolated_home) == []


def test_search_finds_a_planted_canary(tmp_path: Path) -> None:
    """The search itself works for every encoding (so an empty result means something)."""
    for index, encoding in enumerate(ENCODINGS):
        (tmp_path / f"plant-{index}").write_bytes(b"\x00junk" + CANARY.encode(encoding) + b"\x01")

    assert len(_leaks(CANARY, tmp_path)) == len(ENCODINGS)


def _ciphertexts_of_case(store: StoreCopy, case_id: str) -> list[bytes]:
    with raw_sql(store.path) as connection:
        rows = connection.execute(
            "SELECT title, body FROM revisions WHERE record_id IN"
            " (SELECT id FROM records WHERE case_id = ?)"
            " UNION ALL SELECT title, body FROM drafts WHERE record_id IN"
            " (SELECT id FROM records WHERE case_id = ?)",
            (case_id, case_id),
        ).fetchall()
        keys = connection.execute(
            "SELECT wrapped FROM case_keys WHERE case_id = ?", (case_id,)
        ).fetchall()
    return [bytes(b) for row in rows for b in row] + [bytes(k[0]) for k in keys]


def _rows_left(store: StoreCopy, case_id: str, record_ids: list[str]) -> dict[str, int]:
    marks = ",".join("?" for _ in record_ids)
    with raw_sql(store.path) as connection:
        return {
            table: connection.execute(
                f"SELECT count(*) FROM {table} WHERE {column} IN ({marks})", record_ids
            ).fetchone()[0]
            for table, column in (("revisions", "record_id"), ("drafts", "record_id"))
        } | {
            "records": connection.execute(
                "SELECT count(*) FROM records WHERE case_id = ?", (case_id,)
            ).fetchone()[0],
            "case_keys": connection.execute(
                "SELECT count(*) FROM case_keys WHERE case_id = ?", (case_id,)
            ).fetchone()[0],
        }


def test_erased_case_leaves_no_ciphertext_and_no_key(store: StoreCopy) -> None:
    records = _write_canary_everywhere(store)
    case_id = read_record(store.db, store.psychologist, records["profile"]).record.case_id
    kept_case = create_case(store.db, store.coordinator)
    kept = create_record(store.db, store.coordinator, kept_case.id, "note", Compartment.CAREPLAN)
    save_revision(store.db, store.coordinator, kept.id, RecordContent("kept", {"a": 1}))
    ciphertexts = _ciphertexts_of_case(store, case_id)
    assert len(ciphertexts) >= 2 * 6 + 3
    with store.db.transaction() as tx:
        case = tx.case_by_id(case_id)
    assert case is not None

    erase_case(store.db, store.coordinator, case.case_number, "retention period ended")

    assert _rows_left(store, case_id, list(records.values())) == {
        "revisions": 0,
        "drafts": 0,
        "records": 0,
        "case_keys": 0,
    }
    disk = b"".join(p.read_bytes() for p in _files(store.path.parent))
    assert [c for c in ciphertexts if c[-32:] in disk] == []
    with store.db.transaction() as tx:
        tombstone = tx.case_by_id(case_id)
    assert tombstone is not None
    assert tombstone.status == "erased"
    with pytest.raises(UsageError):
        read_record(store.db, store.psychologist, records["profile"])
    assert read_record(store.db, store.coordinator, kept.id).content == RecordContent(
        "kept", {"a": 1}
    )
