"""The life project crossing stores: its versions read for a case file, and written back as
history when a case file is imported.

Export describes every version the way a reader at another centre needs it: names instead
of account ids (the ids mean nothing there) and the statuses the store derives. Import writes
each version as one ``imported`` revision through the ordinary encrypted record path, so the
plan's content is sealed and signed like any save, and the model keeps it as history (see
:mod:`barnahus.careplan.model` for why an approval made elsewhere is not one here).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from barnahus.careplan.model import (
    PlanEvent,
    PlanStatus,
    PlanVersion,
    build_versions,
    revision_body,
)
from barnahus.careplan.origin import PlanOrigin
from barnahus.formdefs.plan import life_project_form
from barnahus.services.common import as_utc
from barnahus.services.keyring import Keyring
from barnahus.services.plans import TITLE, plan_revisions
from barnahus.services.records import RecordContent
from barnahus.services.transfer.care_plan import PlanVersionEntry, with_current_statuses
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import RecordInfo

UNKNOWN_ACCOUNT = "an unknown account"


def _iso(value: datetime) -> str:
    return as_utc(value).isoformat(timespec="seconds")


def _status(version: PlanVersion) -> str:
    if version.status is PlanStatus.DRAFT and version.returned_note:
        return "sent_back"
    return version.status.value


def _origin_of(version: PlanVersion, names: Mapping[str, str]) -> PlanOrigin:
    """What the file says about a version: as it stood here, or, for history that came from
    elsewhere, exactly as it came (so it reads the same after any number of moves)."""
    if version.origin is not None:
        return version.origin

    def name(user_id: str) -> str | None:
        return names.get(user_id, UNKNOWN_ACCOUNT) if user_id else None

    return PlanOrigin(
        status=_status(version),
        saved_at=_iso(version.saved_at),
        authors=tuple(sorted({names.get(a, UNKNOWN_ACCOUNT) for a in version.authors})),
        submitted_by=name(version.submitted_by),
        approved_by=name(version.approved_by),
        approved_at=None if version.approved_at is None else _iso(version.approved_at),
        sent_back_note=version.returned_note or None,
    )


def exported_plan(
    db: StoreDatabase, keyring: Keyring, record: RecordInfo
) -> tuple[PlanVersionEntry, ...]:
    """Every version of the plan in ``record``, oldest first (read unaudited: the export's own
    audit entry covers it)."""
    with db.transaction() as tx:
        names = {a.id: a.name for a in tx.accounts()}
    versions = build_versions(plan_revisions(db, keyring, record))
    entries = [PlanVersionEntry(v.number, _origin_of(v, names), v.values) for v in versions]
    # History approved elsewhere stays "approved" until this centre approves a later version.
    return tuple(with_current_statuses(entries))


def imported_revision(version: PlanVersionEntry) -> RecordContent:
    """The revision content that keeps one imported version as history."""
    body = revision_body(
        PlanEvent.IMPORTED,
        version.number,
        life_project_form().version,
        version.values,
        origin=version.origin,
    )
    return RecordContent(TITLE, body)
