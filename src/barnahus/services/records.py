"""Read and write case records as signed, encrypted, append-only revisions, plus drafts.

A record's content is a title and a JSON body. Both are sealed under the case key of the
record's compartment, bound to table, record id, column and revision number, so a ciphertext
copied to another place fails to open. Every saved revision is signed by its author.
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
from barnahus.services.cases import CaseKeyDamaged, case_key, load_case_keys
from barnahus.services.common import new_id, revision_message, utc_now
from barnahus.services.keyring import AccessDenied, Keyring
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


@dataclass(frozen=True)
class RecordView:
    record: RecordInfo
    revision: int
    author_id: str
    saved_at: datetime
    content: RecordContent


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


def _open_content(
    tx: Tx, keyring: Keyring, record: RecordInfo, table: str, number: int, title: bytes, body: bytes
) -> RecordContent:
    try:
        key = case_key(tx, keyring, record.case_id, Compartment(record.compartment), create=False)
    except CaseKeyDamaged as exc:
        raise RecordDamaged(record.id) from exc
    try:
        title_text = open_sealed(
            {key.key_id: key}, title, _binding(table, record.id, "title", number)
        )
        body_raw = open_sealed({key.key_id: key}, body, _binding(table, record.id, "body", number))
        return RecordContent(title_text.decode("utf-8", "surrogatepass"), _decode_body(body_raw))
    except (CryptoError, ValueError) as exc:
        raise RecordDamaged(record.id) from exc


def _check_author(tx: Tx, sealed: SealedRevision) -> None:
    """The revision must carry its author's signature, so an author id edited in SQL is caught."""
    author = tx.account_by_id(sealed.author_id)
    message = revision_message(sealed.record_id, sealed.revision, sealed.title, sealed.body)
    if author is None or not verify_signature(author.public_signing, message, sealed.signature):
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


def save_revision(
    db: StoreDatabase, keyring: Keyring, record_id: str, content: RecordContent
) -> int:
    """Append a new revision (never overwrite) and clear the record's autosave drafts."""
    with db.transaction() as tx:
        record = _record(tx, record_id)
        number = tx.latest_revision_number(record_id) + 1
        title, body = _seal_content(tx, keyring, record, "revisions", number, content)
        signature = sign(keyring.user_keys, revision_message(record_id, number, title, body))
        tx.add_revision(
            SealedRevision(record_id, number, keyring.user_id, utc_now(), title, body, signature)
        )
        tx.clear_drafts(record_id)
        tx.touch_case(record.case_id, utc_now())
        audit.append(
            tx,
            audit.RECORD_SAVED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=record_id,
            detail=f"revision {number}",
        )
    return number


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
        content = _open_content(tx, keyring, record, "revisions", number, sealed.title, sealed.body)
        _check_author(tx, sealed)
        if audited:
            audit.append(
                tx,
                audit.RECORD_VIEWED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=record_id,
                detail=f"revision {number}",
            )
    return RecordView(record, number, sealed.author_id, sealed.created_at, content)


def latest_of_kind(
    db: StoreDatabase, keyring: Keyring, kind: str, compartment: Compartment
) -> tuple[list[RecordView], list[RecordInfo]]:
    """The newest saved version of every record of ``kind``, decrypted in bulk (not audited).

    For overviews such as the case list, which audit one summary entry instead of thousands
    of views. Returns the views and the records that could not be read (damaged).
    Authenticated encryption already refuses edited content; the authors' signatures are
    left to :func:`read_record` and ``verify``, since an overview shows no author.
    """
    views: list[RecordView] = []
    damaged: list[RecordInfo] = []
    with db.transaction() as tx:
        load_case_keys(tx, keyring, compartment)
        for record, sealed in tx.latest_revisions_of_kind(kind):
            if record.compartment != compartment.value:
                continue
            try:
                content = _open_content(
                    tx, keyring, record, "revisions", sealed.revision, sealed.title, sealed.body
                )
            except (RecordDamaged, AccessDenied):
                damaged.append(record)
                continue
            views.append(
                RecordView(record, sealed.revision, sealed.author_id, sealed.created_at, content)
            )
    return views, damaged


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
    content = _open_content(tx, keyring, record, "drafts", sealed.seq, sealed.title, sealed.body)
    return DraftView(
        record, sealed.seq, sealed.base_revision, sealed.created_at, content, sealed.author_id
    )


def latest_draft(db: StoreDatabase, keyring: Keyring, record_id: str) -> DraftView | None:
    with db.transaction() as tx:
        record = _record(tx, record_id)
        sealed = tx.latest_draft(record_id)
        return None if sealed is None else _draft_view(tx, keyring, record, sealed)


def recoverable_drafts(db: StoreDatabase, keyring: Keyring) -> list[DraftView]:
    """Drafts this person wrote and can read that are newer than the record's last save."""
    found: list[DraftView] = []
    with db.transaction() as tx:
        for record_id in tx.records_with_drafts():
            record = tx.record(record_id)
            sealed = tx.latest_draft(record_id)
            if record is None or sealed is None or sealed.author_id != keyring.user_id:
                continue
            if not keyring.holds(Compartment(record.compartment)):
                continue
            if sealed.base_revision < tx.latest_revision_number(record_id):
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
