"""Unsaved work found at sign-in: the autosaved drafts a person can recover or discard.

A draft outlives the session that typed it (a crash, a power cut, a forgotten sign-out). At the
next sign-in the app lists this person's drafts that are newer than their record's last saved
version, naming only the case number, the kind of record and when it was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from barnahus.services.keyring import Keyring
from barnahus.services.records import recoverable_drafts
from barnahus.store.database import StoreDatabase


@dataclass(frozen=True)
class DraftSummary:
    record_id: str
    case_id: str
    case_number: str
    kind: str
    saved_at: datetime


def drafts_to_offer(db: StoreDatabase, keyring: Keyring) -> list[DraftSummary]:
    drafts = recoverable_drafts(db, keyring)
    with db.transaction() as tx:
        numbers = {c.id: c.case_number for c in tx.cases()}
    return sorted(
        (
            DraftSummary(
                d.record.id,
                d.record.case_id,
                numbers.get(d.record.case_id, ""),
                d.record.kind,
                d.saved_at,
            )
            for d in drafts
        ),
        key=lambda s: (s.case_number, s.saved_at),
    )
