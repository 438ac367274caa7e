"""Damaged or moved ciphertext in the store is refused and named, and the rest still loads.

Every test edits the SQLite file with raw ``sqlite3`` (below SQLAlchemy and the services) and
then reads through the normal services. Proves that:

* one flipped bit anywhere in an envelope (version, key id, nonce, ciphertext, tag) of a
  revision title or body, or of a draft, is reported as that record being damaged;
* a flipped bit in a wrapped case key damages only the records of that case and compartment,
  and one in a person's key slot is reported as an integrity failure naming the slot, while
  that person's other compartments keep working;
* ciphertext copied to another row, the other column, another revision, another table or
  another case never opens, even where the same case key would decrypt it;
* an envelope with an unknown version byte is refused.

In each case every *other* record is read back intact, so one damaged note hides nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.reliability.storekit import (
    StoreCopy,
    Template,
    build_template,
    flip_bit,
    raw_sql,
    read_blob,
    write_value,
)

from barnahus.crypto.envelope import HEADER_LENGTH, VERSION
from barnahus.errors import ExitCode, IntegrityFailure
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.keyring import Keyring
from barnahus.services.records import (
    RecordContent,
    RecordDamaged,
    create_record,
    latest_draft,
    read_record,
    save_draft,
    save_revision,
)

pytestmark = pytest.mark.security

REVISION_SQL = "SELECT {column} FROM revisions WHERE record_id = ? AND revision = ?"
SET_REVISION_SQL = "UPDATE revisions SET {column} = ? WHERE record_id = ? AND revision = ?"
DRAFT_SQL = "SELECT {column} FROM drafts WHERE record_id = ? ORDER BY seq DESC LIMIT 1"
SET_DRAFT_SQL = "UPDATE drafts SET {column} = ? WHERE record_id = ?"


@dataclass
class Casebook:
    """Two cases, each with a record in every compartment, two revisions and a draft."""

    store: StoreCopy
    reader: Keyring
    records: dict[str, str]  # label -> record id
    contents: dict[tuple[str, int], RecordContent]  # (label, revision) -> what was saved
    drafts: dict[str, RecordContent]
    case_ids: dict[str, str]  # "a"/"b" -> case id

    def damaged_reads(self, reader: Keyring | None = None) -> set[str]:
        """Labels whose latest revision fails to read; asserts the others read back exactly."""
        who = reader or self.reader
        failed: set[str] = set()
        for label, record_id in self.records.items():
            try:
                view = read_record(self.store.db, who, record_id, audited=False)
            except IntegrityFailure:
                failed.add(label)
                continue
            assert view.content == self.contents[(label, 2)], label
        return failed

    def damaged_drafts(self) -> set[str]:
        failed: set[str] = set()
        for label, record_id in self.records.items():
            try:
                draft = latest_draft(self.store.db, self.reader, record_id)
            except IntegrityFailure:
                failed.add(label)
                continue
            assert draft is not None
            assert draft.content == self.drafts[label], label
        return failed


LABELS = {
    "a-profile": ("a", "child_profile", Compartment.IDENTITY),
    "a-interview": ("a", "note", Compartment.INTERVIEW),
    "a-interview-2": ("a", "note", Compartment.INTERVIEW),
    "a-careplan": ("a", "note", Compartment.CAREPLAN),
    "b-profile": ("b", "child_profile", Compartment.IDENTITY),
    "b-interview": ("b", "note", Compartment.INTERVIEW),
    "b-careplan": ("b", "note", Compartment.CAREPLAN),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def book(template: Template, tmp_path: Path) -> Iterator[Casebook]:
    store = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    writer = store.psychologist
    case_ids = {name: create_case(store.db, writer).id for name in ("a", "b")}
    records: dict[str, str] = {}
    contents: dict[tuple[str, int], RecordContent] = {}
    drafts: dict[str, RecordContent] = {}
    for label, (case, kind, compartment) in LABELS.items():
        record = create_record(store.db, writer, case_ids[case], kind, compartment)
        records[label] = record.id
        for number in (1, 2):
            content = RecordContent(f"{label} title {number}", {"text": f"{label} body {number}"})
            save_revision(store.db, writer, record.id, content)
            contents[(label, number)] = content
        drafts[label] = RecordContent(f"{label} draft", {"text": f"{label} unsaved words"})
        save_draft(store.db, writer, record.id, drafts[label])
    yield Casebook(store, store.sign_in("psychologist"), records, contents, drafts, case_ids)
    store.close()


def _fresh_reader(book: Casebook) -> Keyring:
    """Sign in again so no case key is cached from before the tampering."""
    return book.store.sign_in("psychologist")


def test_untouched_casebook_reads_back_completely(book: Casebook) -> None:
    assert book.damaged_reads() == set()
    assert book.damaged_drafts() == set()


# flipped bits ------------------------------------------------------------------------------
POSITIONS = {
    "key id": 1,
    "nonce": HEADER_LENGTH + 3,
    "ciphertext": HEADER_LENGTH + 12 + 5,
    "tag": -1,
}


@pytest.mark.parametrize("column", ["title", "body"])
@pytest.mark.parametrize("where", POSITIONS, ids=list(POSITIONS))
def test_flipped_bit_in_a_revision_names_that_record(
    book: Casebook, column: str, where: str
) -> None:
    record_id = book.records["a-interview"]
    blob = read_blob(book.store.path, REVISION_SQL.format(column=column), record_id, 2)
    write_value(
        book.store.path,
        SET_REVISION_SQL.format(column=column),
        flip_bit(blob, POSITIONS[where], 3),
        record_id,
        2,
    )

    with pytest.raises(RecordDamaged) as caught:
        read_record(book.store.db, book.reader, record_id)

    assert caught.value.record_id == record_id
    assert record_id in caught.value.message
    assert caught.value.exit_code == ExitCode.INTEGRITY_FAILURE
    assert book.damaged_reads() == {"a-interview"}
    assert (
        read_record(book.store.db, book.reader, record_id, 1).content
        == book.contents[("a-interview", 1)]
    )


@pytest.mark.parametrize("column", ["title", "body"])
def test_flipped_bit_in_a_draft_names_that_record(book: Casebook, column: str) -> None:
    record_id = book.records["b-careplan"]
    blob = read_blob(book.store.path, DRAFT_SQL.format(column=column), record_id)
    write_value(book.store.path, SET_DRAFT_SQL.format(column=column), flip_bit(blob, -5), record_id)

    with pytest.raises(RecordDamaged) as caught:
        latest_draft(book.store.db, book.reader, record_id)

    assert caught.value.record_id == record_id
    assert book.damaged_drafts() == {"b-careplan"}
    assert book.damaged_reads() == set()


@pytest.mark.parametrize("position", [0, 20, -1])
def test_flipped_bit_in_a_case_key_damages_only_that_case_and_compartment(
    book: Casebook, position: int
) -> None:
    case_id = book.case_ids["a"]
    sql = "SELECT wrapped FROM case_keys WHERE case_id = ? AND compartment = 'interview'"
    blob = read_blob(book.store.path, sql, case_id)
    write_value(
        book.store.path,
        "UPDATE case_keys SET wrapped = ? WHERE case_id = ? AND compartment = 'interview'",
        flip_bit(blob, position),
        case_id,
    )
    reader = _fresh_reader(book)

    with pytest.raises(RecordDamaged) as caught:
        read_record(book.store.db, reader, book.records["a-interview"])

    assert caught.value.record_id == book.records["a-interview"]
    assert book.damaged_reads(reader) == {"a-interview", "a-interview-2"}


def test_flipped_bit_in_a_key_slot_is_reported_and_other_compartments_work(
    book: Casebook,
) -> None:
    user_id = book.reader.user_id
    sql = "SELECT id, wrapped FROM key_slots WHERE user_id = ? AND compartment = 'careplan'"
    with raw_sql(book.store.path) as connection:
        slot_id, wrapped = connection.execute(sql, (user_id,)).fetchone()
    write_value(
        book.store.path,
        "UPDATE key_slots SET wrapped = ? WHERE id = ?",
        flip_bit(bytes(wrapped), 40),
        slot_id,
    )

    reader = _fresh_reader(book)

    with pytest.raises(IntegrityFailure) as caught:
        read_record(book.store.db, reader, book.records["a-careplan"])
    assert slot_id in caught.value.message
    assert book.damaged_reads(reader) == {"a-careplan", "b-careplan"}
    with book.store.db.transaction() as tx:
        flagged = [r for r in tx.audit_records() if r.action == audit.INTEGRITY_FAILURE]
    assert [r.target for r in flagged] == [slot_id]


# moved ciphertext --------------------------------------------------------------------------
def _copy_revision_column(
    book: Casebook,
    source: tuple[str, int, str],
    target: tuple[str, int, str],
) -> None:
    (src_label, src_rev, src_col), (dst_label, dst_rev, dst_col) = source, target
    blob = read_blob(
        book.store.path,
        REVISION_SQL.format(column=src_col),
        book.records[src_label],
        src_rev,
    )
    write_value(
        book.store.path,
        SET_REVISION_SQL.format(column=dst_col),
        blob,
        book.records[dst_label],
        dst_rev,
    )


def test_ciphertext_moved_to_another_row_under_the_same_key_is_refused(book: Casebook) -> None:
    # Same case, same compartment: the very same case key would decrypt it. Only the binding
    # to the row stops it.
    _copy_revision_column(book, ("a-interview", 2, "body"), ("a-interview-2", 2, "body"))

    assert book.damaged_reads() == {"a-interview-2"}


def test_title_and_body_swapped_are_refused(book: Casebook) -> None:
    record_id = book.records["a-profile"]
    title = read_blob(book.store.path, REVISION_SQL.format(column="title"), record_id, 2)
    body = read_blob(book.store.path, REVISION_SQL.format(column="body"), record_id, 2)
    write_value(
        book.store.path,
        "UPDATE revisions SET title = ?, body = ? WHERE record_id = ? AND revision = ?",
        body,
        title,
        record_id,
        2,
    )

    assert book.damaged_reads() == {"a-profile"}


@pytest.mark.parametrize("column", ["title", "body"])
def test_revision_one_copied_into_revision_two_is_refused(book: Casebook, column: str) -> None:
    _copy_revision_column(book, ("b-profile", 1, column), ("b-profile", 2, column))

    assert book.damaged_reads() == {"b-profile"}
    assert (
        read_record(book.store.db, book.reader, book.records["b-profile"], 1).content
        == (book.contents[("b-profile", 1)])
    )


def test_ciphertext_moved_to_another_case_is_refused(book: Casebook) -> None:
    _copy_revision_column(book, ("a-careplan", 2, "body"), ("b-careplan", 2, "body"))

    assert book.damaged_reads() == {"b-careplan"}


def test_revision_ciphertext_moved_into_a_draft_is_refused(book: Casebook) -> None:
    record_id = book.records["a-interview"]
    with raw_sql(book.store.path) as connection:
        (seq,) = connection.execute(
            "SELECT seq FROM drafts WHERE record_id = ?", (record_id,)
        ).fetchone()
        # Revision ``seq`` has the same number as the draft, so only the table differs.
        title, body = connection.execute(
            "SELECT title, body FROM revisions WHERE record_id = ? AND revision = ?",
            (record_id, seq),
        ).fetchone()
    write_value(
        book.store.path,
        "UPDATE drafts SET title = ?, body = ? WHERE record_id = ? AND seq = ?",
        title,
        body,
        record_id,
        seq,
    )

    assert book.damaged_drafts() == {"a-interview"}


# unknown envelope version ------------------------------------------------------------------
@pytest.mark.parametrize("version", [0, VERSION + 1, 0xFF])
def test_unknown_envelope_version_is_refused(book: Casebook, version: int) -> None:
    record_id = book.records["a-careplan"]
    body = bytearray(read_blob(book.store.path, REVISION_SQL.format(column="body"), record_id, 2))
    body[0] = version
    write_value(book.store.path, SET_REVISION_SQL.format(column="body"), bytes(body), record_id, 2)

    with pytest.raises(RecordDamaged) as caught:
        read_record(book.store.db, book.reader, record_id)

    assert caught.value.record_id == record_id
    assert book.damaged_reads() == {"a-careplan"}


def test_unknown_version_of_a_wrapped_case_key_is_refused(book: Casebook) -> None:
    case_id = book.case_ids["b"]
    blob = bytearray(
        read_blob(
            book.store.path,
            "SELECT wrapped FROM case_keys WHERE case_id = ? AND compartment = 'identity'",
            case_id,
        )
    )
    blob[0] = 2
    write_value(
        book.store.path,
        "UPDATE case_keys SET wrapped = ? WHERE case_id = ? AND compartment = 'identity'",
        bytes(blob),
        case_id,
    )

    assert book.damaged_reads(_fresh_reader(book)) == {"b-profile"}
