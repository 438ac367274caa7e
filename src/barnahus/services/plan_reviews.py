"""Which approved plans are due for review: for the case list's reminders.

Plans are reviewed at planned dates; a review missed is a child whose plan may no longer fit.
The date comes from the field the form's ``next_review`` hook names, in the approved version in
force (a draft's date is not yet agreed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from barnahus.careplan.model import build_versions, current_approved
from barnahus.careplan.values import value_of
from barnahus.formdefs.plan import life_project_form
from barnahus.services.common import utc_now
from barnahus.services.keyring import Keyring
from barnahus.services.plans import find_plan_record, plan_revisions, require_reader
from barnahus.store.database import StoreDatabase


@dataclass(frozen=True)
class ReviewDue:
    case_id: str
    case_number: str
    next_review: date
    days_left: int  # negative when the review is overdue
    version: int


def reviews_due(
    db: StoreDatabase, keyring: Keyring, within_days: int, today: date | None = None
) -> list[ReviewDue]:
    """Open cases whose approved plan's next review falls within ``within_days`` (or is past).

    Only the date is disclosed, to someone who may read the plans anyway, so the scan adds no
    audit entry per case (the case list refreshes often); opening a plan is audited.
    """
    require_reader(keyring)
    today = today or utc_now().date()
    limit = today + timedelta(days=within_days)
    hook = life_project_form().hook("next_review").path
    with db.transaction() as tx:
        cases = [c for c in tx.cases() if c.status == "open"]
    due = []
    for case in cases:
        record = find_plan_record(db, case.id)
        if record is None:
            continue
        approved = current_approved(build_versions(plan_revisions(db, keyring, record)))
        raw = value_of(approved.values, hook) if approved else None
        if approved is None or not isinstance(raw, str):
            continue
        try:
            when = date.fromisoformat(raw)
        except ValueError:  # a recovered draft may hold a half-typed date; it has none yet
            continue
        if when <= limit:
            due.append(
                ReviewDue(case.id, case.case_number, when, (when - today).days, approved.number)
            )
    return sorted(due, key=lambda r: (r.next_review, r.case_number))
