"""When each case's approved plan is next reviewed: for ``plan reviews`` and the case list.

Plans are reviewed at planned dates; a review missed is a child whose plan may no longer fit.
The date comes from the field the form's ``next_review`` hook names, in the approved version in
force (a draft's date is not yet agreed), of open cases only (a closed case is not reviewed).

Both users of the dates, :func:`reviews_due` (the command line's reminder list) and the case
list's "plan review" column (:mod:`barnahus.services.case_facts`), go through
:func:`next_reviews`, so what counts as the review date is decided once. It reads every plan's
revisions in one query and decrypts them in memory (see ``history_of_kind``), because the case
list is built for thousands of cases at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from barnahus.careplan.model import PlanRevision, build_versions, current_approved
from barnahus.careplan.values import value_of
from barnahus.formdefs.plan import life_project_form
from barnahus.roles import Compartment
from barnahus.services.keyring import Keyring
from barnahus.services.plans import KIND, plan_revision, require_reader
from barnahus.services.record_overviews import summarise_histories
from barnahus.services.records import RecordDamaged, RecordView
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo, RecordInfo


@dataclass(frozen=True)
class ReviewDue:
    case_id: str
    case_number: str
    next_review: date
    days_left: int  # negative when the review is overdue
    version: int


@dataclass(frozen=True)
class NextReviews:
    """Per case id: the next review date and the number of the approved version it is in."""

    dates: dict[str, tuple[date, int]]
    damaged: dict[str, str]  # case id -> id of its plan record that could not be read


def review_date(revisions: Sequence[PlanRevision]) -> tuple[date, int] | None:
    """The next review of the approved version in force, with its number; None without one."""
    approved = current_approved(build_versions(revisions))
    if approved is None:
        return None
    raw = value_of(approved.values, life_project_form().hook("next_review").path)
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw), approved.number
    except ValueError:  # a recovered draft may hold a half-typed date; it has none yet
        return None


def _review_of(views: list[RecordView]) -> tuple[date, int] | None:
    return review_date([plan_revision(view) for view in views])


def next_reviews(
    db: StoreDatabase,
    keyring: Keyring,
    cases: Iterable[CaseInfo],
    *,
    check_authors: bool = False,
) -> NextReviews:
    """The next review date of the approved plan in force of each open case in ``cases``.

    Needs the careplan key. Reads only what the plans say, unaudited: the callers disclose
    dates only, to people who may read the plans anyway (see docs/careplan.md, "Reviews").
    A plan that cannot be read gives no date and is listed in ``damaged``; whether that is
    an error is the caller's choice. ``check_authors`` also checks every revision's signature,
    which costs more than decrypting it.
    """
    require_reader(keyring)
    open_ids = {case.id for case in cases if case.status == "open"}
    summaries, unreadable = summarise_histories(
        db,
        keyring,
        KIND,
        Compartment.CAREPLAN,
        _review_of,
        check_authors=check_authors,
        case_status="open",  # closed cases are not reviewed: their plans stay sealed
    )
    found: list[tuple[RecordInfo, tuple[date, int] | None]] = [
        *summaries,
        *((record, None) for record in unreadable),
    ]
    # A case's plan is its first record made, as plans.find_plan_record picks it.
    found.sort(key=lambda pair: (pair[0].created_at, pair[0].id))
    broken = {record.id for record in unreadable}
    dates: dict[str, tuple[date, int]] = {}
    damaged: dict[str, str] = {}
    seen: set[str] = set()
    for record, review in found:
        if record.case_id in seen or record.case_id not in open_ids:
            continue
        seen.add(record.case_id)
        if record.id in broken:
            damaged[record.case_id] = record.id
        elif review is not None:
            dates[record.case_id] = review
    return NextReviews(dates, damaged)


def reviews_due(
    db: StoreDatabase, keyring: Keyring, within_days: int, today: date | None = None
) -> list[ReviewDue]:
    """Open cases whose approved plan's next review falls within ``within_days`` (or is past).

    Only the date is disclosed, to someone who may read the plans anyway, so the scan adds no
    audit entry per case (the case list refreshes often); opening a plan is audited. A plan
    that cannot be read is reported (RecordDamaged), not silently left out of the list.
    """
    require_reader(keyring)
    today = today or date.today()  # the local day, as the case list counts it
    limit = today + timedelta(days=within_days)
    with db.transaction() as tx:
        cases = {c.id: c for c in tx.cases()}
    found = next_reviews(db, keyring, cases.values(), check_authors=True)
    if found.damaged:
        raise RecordDamaged(next(iter(found.damaged.values())))
    due = [
        ReviewDue(case_id, cases[case_id].case_number, when, (when - today).days, version)
        for case_id, (when, version) in found.dates.items()
        if when <= limit
    ]
    return sorted(due, key=lambda r: (r.next_review, r.case_number))
