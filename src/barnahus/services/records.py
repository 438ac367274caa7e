"""Read and write case records as signed, encrypted, append-only revisions, plus drafts.

A record's content is a title and a JSON body. Both are sealed under the case key of the
record's compartment, bound to table, record id, column and revision number, so a ciphertext
copied to another place fails to open. Every saved revision is signed by its author.

A record is never deleted (the audit trail and the revision history must stay whole). A record
that must no longer be listed is *retired*: :func:`retire_record` appends one more revision, a
signed, encrypted tombstone, and everything that lists records leaves it out. The tombstone is
sealed like any content; what the store file does show is the audit entry ``record_removed``
naming the record's id (never its content) and a small last revision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from barnahus.crypto.envelope import Binding, open_sealed, seal
from barnahus.crypto.errors import CryptoError
from barnahus.crypto.identity import sign, verify_signature
from barnahus.errors import IntegrityFailure, UsageError
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import CaseKeyDamaged, case_key
from barnahus.services.common import new_id, revision_message, utc_now
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import RecordInfo, SealedDraft, SealedRevision

KIND_COMPARTMENTS: dict[str, frozenset[Compartment]] = {
    "child_profile": frozenset({Compartment.IDENTITY}),
    "contact": frozenset({Compartment.IDENTITY}),
    "note": frozenset(Compartment),
    "life_project": frozenset({Compartment.CAREPLAN}),
}


@dataclass(frozen=True)
class RecordContent:
    title: str
    body: dict[str, Any] = field(default_factory=dict)


# The body of a tombstone revision. "$" cannot start a form field key (keys are identifiers),
# so no saved content can be mistaken for a tombstone.
RETIRED_KEY = "$retired"
TOMBSTONE = RecordContent("", {RETIRED_KEY: True})


def is_tombstone(content: RecordContent) -> bool:
    return content.title == "" and content.body == {RETIRED_KEY: True}


@dataclass(frozen=True)
class RecordView:
    record: RecordInfo
    revision: int
    author_id: str
    saved_at: datetime
    content: RecordContent

    @property
    def retired(self) -> bool:
        """Whether this is the tombstone of a retired record (its content is empty)."""
        return is_tombstone(self.content)


@dataclass(frozen=True)
class DraftView:
    record: RecordInfo
    seq: int
    base_revision: int
    saved_at: datetime
    content: RecordContent
    author_id: str = ""


class RecordDamaged(IntegrityFailure):
    def __init__(self, record_id: str) -> None:
        super().__init__(f"Record {record_id} is damaged and cannot be read.")
        self.record_id = record_id


def _binding(table: str, record_id: str, column: str, number: int) -> Binding:
    return Binding(table=table, row_id=record_id, column=column, revision=number)


def _encode_body(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")


def _decode_body(raw: bytes) -> dict[str, Any]:
    value = json.loads(raw.decode("utf-8", "surrogatepass"))
    if not isinstance(value, dict):
        raise ValueError("record body is not an object")
    return value


def _record(tx: Tx, record_id: str) -> RecordInfo:
    record = tx.record(record_id)
    if record is None:
        raise UsageError("There is no record with that id.")
    return record


def _seal_content(
    tx: Tx, keyring: Keyring, record: RecordInfo, table: str, number: int, content: RecordContent
) -> tuple[bytes, bytes]:
    key = case_key(tx, keyring, record.case_id, Compartment(record.compartment), create=True)
    title = seal(
        key,
        content.title.encode("utf-8", "surrogatepass"),
        _binding(table, record.id, "title", number),
    )
    body = seal(key, _encode_body(content.body), _binding(table, record.id, "body", number))
    return title, body


def open_content(
    tx: Tx,
    keyring: Keyring,
    record: RecordInfo,
    table: str,
    number: int,
    title: bytes | None,
    body: bytes,
) -> RecordContent:
    """Decrypt a revision or draft; ``title`` None leaves the title unread (and empty)."""
    try:
        key = case_key(tx, keyring, record.case_id, Compartment(record.compartment), create=False)
    except CaseKeyDamaged as exc:
        raise RecordDamaged(record.id) from exc
    try:
        title_text = (
            b""
            if title is None
            else open_sealed({key.key_id: key}, title, _binding(table, record.id, "title", number))
        )
        body_raw = open_sealed({key.key_id: key}, body, _binding(table, record.id, "body", number))
        return RecordContent(title_text.decode("utf-8", "surrogatepass"), _decode_body(body_raw))
    except (CryptoError, ValueError) as exc:
        raise RecordDamaged(record.id) from exc


def _check_author(tx: Tx, sealed: SealedRevision) -> None:
    """The revision must carry its author's signature, so an author id edited in SQL is caught."""
    author = tx.account_by_id(sealed.author_id)
    check_signature({} if author is None else {author.id: author.public_signing}, sealed)


def check_signature(signing: dict[str, bytes], sealed: SealedRevision) -> None:
    public = signing.get(sealed.author_id)
    message = revision_message(sealed.record_id, sealed.revision, sealed.title, sealed.body)
    if public is None or not verify_signature(public, message, sealed.signature):
        raise RecordDamaged(sealed.record_id)


def create_record(
    db: StoreDatabase, keyring: Keyring, case_id: str, kind: str, compartment: Compartment
) -> RecordInfo:
    if compartment not in KIND_COMPARTMENTS.get(kind, frozenset()):
        raise UsageError("That kind of record cannot be kept in that compartment.")
    keyring.compartment_key(compartment)
    record = RecordInfo(new_id(), case_id, kind, compartment.value, utc_now(), keyring.user_id)
    with db.transaction() as tx:
        if tx.case_by_id(case_id) is None:
            raise UsageError("There is no case with that id.")
        tx.add_record(record)
    return record


def _retired(tx: Tx, keyring: Keyring, record: RecordInfo, number: int) -> bool:
    """Whether revision ``number`` (the newest) is a tombstone. A damaged newest revision
    counts as not retired, so a new version can still be saved over it as before."""
    sealed = tx.revision(record.id, number) if number else None
    if sealed is None:
        return False
    try:
        content = open_content(tx, keyring, record, "revisions", number, sealed.title, sealed.body)
    except RecordDamaged:
        return False
    return is_tombstone(content)


def _append_revision(
    tx: Tx, keyring: Keyring, record: RecordInfo, content: RecordContent, action: str
) -> int:
    number = tx.latest_revision_number(record.id)
    if _retired(tx, keyring, record, number):
        # A stale editor (another workstation, a recovered draft) must not bring it back.
        raise UsageError("That record was removed; it can no longer be changed.")
    number += 1
    title, body = _seal_content(tx, keyring, record, "revisions", number, content)
    signature = sign(keyring.user_keys, revision_message(record.id, number, title, body))
    tx.add_revision(
        SealedRevision(record.id, number, keyring.user_id, utc_now(), title, body, signature)
    )
    tx.clear_drafts(record.id)
    tx.touch_case(record.case_id, utc_now())
    audit.append(
        tx,
        action,
        actor_id=keyring.user_id,
        signer=keyring.user_keys,
        target=record.id,
        detail=f"revision {number}",
    )
    return number


def save_revision(
    db: StoreDatabase, keyring: Keyring, record_id: str, content: RecordContent
) -> int:
    """Append a new revision (never overwrite) and clear the record's autosave drafts."""
    with db.transaction() as tx:
        return _append_revision(tx, keyring, _record(tx, record_id), content, audit.RECORD_SAVED)


def retire_record(db: StoreDatabase, keyring: Keyring, record_id: str, kind: str) -> int:
    """Stop listing a record: append a tombstone revision and drop its drafts.

    Allowed to whoever may save the record (holds its compartment), while its case is open,
    the same rule as editing. Earlier revisions stay readable through :func:`read_record`
    with a revision number; one audit entry (``record_removed``) names only the record.
    """
    with db.transaction() as tx:
        record = _record(tx, record_id)
        if record.kind != kind:
            raise UsageError("There is no record with that id.")
        keyring.compartment_key(Compartment(record.compartment))
        case = tx.case_by_id(record.case_id)
        if case is None or case.status != "open":
            raise UsageError("Records can only be removed while their case is open.")
        return _append_revision(tx, keyring, record, TOMBSTONE, audit.RECORD_REMOVED)


def read_record(
    db: StoreDatabase,
    keyring: Keyring,
    record_id: str,
    revision: int | None = None,
    *,
    audited: bool = True,
) -> RecordView:
    with db.transaction() as tx:
        record = _record(tx, record_id)
        number = revision or tx.latest_revision_number(record_id)
        sealed = tx.revision(record_id, number)
        if sealed is None:
            raise UsageError("That record has no saved version yet.")
        content = open_content(tx, keyring, record, "revisions", number, sealed.title, sealed.body)
        _check_author(tx, sealed)
        if audited and not is_tombstone(content):  # a tombstone shows nothing to audit
            audit.append(
                tx,
                audit.RECORD_VIEWED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=record_id,
                detail=f"revision {number}",
            )
    return RecordView(record, number, sealed.author_id, sealed.created_at, content)


def records_of_case(db: StoreDatabase, case_id: str, kind: str | None = None) -> list[RecordInfo]:
    with db.transaction() as tx:
        return tx.records_of_case(case_id, kind)


def revision_history(db: StoreDatabase, record_id: str) -> list[SealedRevision]:
    with db.transaction() as tx:
        return tx.revisions(record_id)


# drafts (the autosave journal) -------------------------------------------------------------
def save_draft(db: StoreDatabase, keyring: Keyring, record_id: str, content: RecordContent) -> int:
    with db.transaction() as tx:
        record = _record(tx, record_id)
        if _retired(tx, keyring, record, tx.latest_revision_number(record_id)):
            # An editor still open elsewhere must not keep journaling a removed contact.
            raise UsageError("That record was removed; it can no longer be changed.")
        seq = tx.next_draft_seq(record_id)
        title, body = _seal_content(tx, keyring, record, "drafts", seq, content)
        tx.add_draft(
            SealedDraft(
                record_id,
                seq,
                tx.latest_revision_number(record_id),
                keyring.user_id,
                utc_now(),
                title,
                body,
            )
        )
        # Keep the journal short: only the newest few drafts matter for recovery.
        tx.prune_drafts(record_id, keep_from_seq=seq - 2)
    return seq


def _draft_view(tx: Tx, keyring: Keyring, record: RecordInfo, sealed: SealedDraft) -> DraftView:
    content = open_content(tx, keyring, record, "drafts", sealed.seq, sealed.title, sealed.body)
    return DraftView(
        record, sealed.seq, sealed.base_revision, sealed.created_at, content, sealed.author_id
    )


def latest_draft(db: StoreDatabase, keyring: Keyring, record_id: str) -> DraftView | None:
    with db.transaction() as tx:
        record = _record(tx, record_id)
        sealed = tx.latest_draft(record_id)
        return None if sealed is None else _draft_view(tx, keyring, record, sealed)


def recoverable_drafts(db: StoreDatabase, keyring: Keyring) -> list[DraftView]:
    """Drafts this person wrote and can read that are newer than the record's last save.

    Drafts of a retired record are never offered: retiring clears them, and one an old editor
    wrote afterwards must not bring the record back at the next sign-in."""
    found: list[DraftView] = []
    with db.transaction() as tx:
        for record_id in tx.records_with_drafts():
            record = tx.record(record_id)
            sealed = tx.latest_draft(record_id)
            if record is None or sealed is None or sealed.author_id != keyring.user_id:
                continue
            if not keyring.holds(Compartment(record.compartment)):
                continue
            latest = tx.latest_revision_number(record_id)
            if sealed.base_revision < latest or _retired(tx, keyring, record, latest):
                continue
            found.append(_draft_view(tx, keyring, record, sealed))
    return found


def recover_draft(db: StoreDatabase, keyring: Keyring, record_id: str) -> int:
    draft = latest_draft(db, keyring, record_id)
    if draft is None:
        raise UsageError("There is no draft to recover for that record.")
    number = save_revision(db, keyring, record_id, draft.content)
    with db.transaction() as tx:
        audit.append(
            tx,
            audit.DRAFT_RECOVERED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=record_id,
        )
    return number


def discard_drafts(db: StoreDatabase, keyring: Keyring, record_id: str) -> None:
    with db.transaction() as tx:
        _record(tx, record_id)
        tx.clear_drafts(record_id)
        audit.append(
            tx,
            audit.DRAFT_DISCARDED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=record_id,
        )
