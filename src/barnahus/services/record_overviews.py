"""Bulk readers for overviews: many records decrypted in one go, without an audit entry each.

The case list and the review dates read every profile or every plan at once. Reading them one
by one through :func:`barnahus.services.records.read_record` would audit thousands of views and
unwrap the case keys again for each; these read in one query and audit nothing, because the
overview writes one summary entry of its own (``case_list_viewed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from barnahus.roles import Compartment
from barnahus.services.cases import load_case_keys
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.records import (
    RecordDamaged,
    RecordView,
    check_signature,
    is_tombstone,
    open_content,
)
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import RecordInfo

T = TypeVar("T")


def latest_of_kind(
    db: StoreDatabase, keyring: Keyring, kind: str, compartment: Compartment
) -> tuple[list[RecordView], list[RecordInfo]]:
    """The newest saved version of every record of ``kind``, decrypted in bulk (not audited).

    For overviews such as the case list, which audit one summary entry instead of thousands
    of views. Retired records are left out. Returns the views and the records that could not
    be read (damaged).
    Authenticated encryption already refuses edited content; the authors' signatures are
    left to ``records.read_record`` and ``verify``, since an overview shows no author.
    """
    views: list[RecordView] = []
    damaged: list[RecordInfo] = []
    with db.transaction() as tx:
        load_case_keys(tx, keyring, compartment)
        for record, sealed in tx.latest_revisions_of_kind(kind):
            if record.compartment != compartment.value:
                continue
            try:
                content = open_content(
                    tx, keyring, record, "revisions", sealed.revision, sealed.title, sealed.body
                )
            except (RecordDamaged, AccessDenied):
                damaged.append(record)
                continue
            if is_tombstone(content):
                continue
            views.append(
                RecordView(record, sealed.revision, sealed.author_id, sealed.created_at, content)
            )
    return views, damaged


def summarise_histories(
    db: StoreDatabase,
    keyring: Keyring,
    kind: str,
    compartment: Compartment,
    summarise: Callable[[list[RecordView]], T],
    *,
    check_authors: bool = False,
    case_status: str | None = None,
) -> tuple[list[tuple[RecordInfo, T]], list[RecordInfo]]:
    """``summarise`` of the whole history of every record of ``kind`` (not audited).

    For overviews that derive something from every revision of a record, such as the approved
    plan in force of every case: one streamed query and one key unwrap per case instead of a
    read per revision. Each record's revisions (oldest first, decrypted) are summarised as soon
    as they are read and then dropped, so the plaintext of thousands of histories is never in
    memory at once. Returns (record, summary) in the order records were made, and the records
    that could not be read: a revision that fails to open, or ``summarise`` raising
    RecordDamaged, gives no summary, never one of a partial history. Titles are left unread
    (empty). The authors' signatures cost more than the decryption, so they are checked only
    with ``check_authors`` (``records.read_record`` and ``verify`` always check them).
    ``case_status`` reads only the records of cases in that status.
    """
    summaries: list[tuple[RecordInfo, T]] = []
    damaged: dict[str, RecordInfo] = {}
    views: list[RecordView] = []

    def finish() -> None:
        if views and views[0].record.id not in damaged:
            try:
                summaries.append((views[0].record, summarise(views)))
            except RecordDamaged:
                damaged[views[0].record.id] = views[0].record
        views.clear()

    with db.transaction() as tx:
        load_case_keys(tx, keyring, compartment)
        signing = {a.id: a.public_signing for a in tx.accounts()} if check_authors else {}
        for record, sealed in tx.revisions_of_kind(kind, case_status=case_status):
            if views and views[0].record.id != record.id:
                finish()
            if record.compartment != compartment.value or record.id in damaged:
                continue
            try:
                content = open_content(
                    tx, keyring, record, "revisions", sealed.revision, None, sealed.body
                )
                if check_authors:
                    check_signature(signing, sealed)
            except (RecordDamaged, AccessDenied):
                damaged[record.id] = record
                views.clear()
                continue
            views.append(
                RecordView(record, sealed.revision, sealed.author_id, sealed.created_at, content)
            )
        finish()
    return summaries, list(damaged.values())
