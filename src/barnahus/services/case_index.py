"""The case list's index: every case one person may see, with its decrypted summary, in memory.

Searching and sorting by a child's pseudonym needs the plaintext, and decrypting field by
field while the list scrolls would put crypto on the GUI thread. So the index is built in one
go off the GUI thread (one query for the cases, one for the newest profile of each, one for the
case keys; about a quarter of a second for 10,000 cases, see ``benchmarks/case_list.py``) and
filtered and sorted in memory, which takes milliseconds. The GUI drops it when the workspace
locks and builds it again after unlocking. Building it writes one audit entry
(``case_list_viewed`` with the number of profiles read), not one per case.

Columns from other parts of the workspace plug in as *facts*: a function registered in
:data:`FACT_SOURCES` under a fact name returns a date per case id, for all cases in one go.
The interview schedule fills :data:`NEXT_INTERVIEW` and the care plan :data:`PLAN_REVIEW_DUE`
(both in :mod:`barnahus.services.case_facts`, which says what counts). They are registered
here, where the dictionary is defined, like the demo centre's sections in ``services/demo``:
every caller of :func:`build_case_index` (the GUI, the command line, tests, benchmarks) then
sees them without having to import something first, and ``case_facts`` never imports this
module, so there is no cycle. A source gives no date for what the person may not read (no
careplan key: no review dates) rather than failing.

Review dates decrypt every plan's whole history (a plan's status lives in its encrypted
revisions): about 0.4 s for 3,000 cases with 2,000 plans, more than the rest of the index. So
they are :data:`DEFERRED_FACTS`: the GUI builds the index without them, shows the list, and
adds them in a second pass on the pool (:func:`with_facts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from barnahus.collector import collector_paused
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.case_facts import next_interview_dates, plan_review_dates
from barnahus.services.cases import list_cases
from barnahus.services.keyring import Keyring
from barnahus.services.profile import PROFILE_KIND, age_assessment, guardian_missing
from barnahus.services.record_overviews import latest_of_kind
from barnahus.services.records import RecordView
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo

NEXT_INTERVIEW = "next_interview"
PLAN_REVIEW_DUE = "plan_review_due"

FactSource = Callable[[StoreDatabase, Keyring, Sequence[CaseInfo], dt.date], Mapping[str, dt.date]]
# The extension point: fact name -> function giving a date per case id (absent: no date),
# called with every listed case and today's date.
FACT_SOURCES: dict[str, FactSource] = {
    NEXT_INTERVIEW: next_interview_dates,
    PLAN_REVIEW_DUE: plan_review_dates,
}
# Facts slow enough that the list is shown before they are known (see the module docstring).
DEFERRED_FACTS = frozenset({PLAN_REVIEW_DUE})


@dataclass(frozen=True)
class CaseEntry:
    case_id: str
    case_number: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    child: str = ""
    age: int | None = None
    age_certain: bool = False
    guardian_missing: bool | None = None  # None: no readable profile
    interpreter: str = ""
    profile_damaged: bool = False
    next_interview: dt.date | None = None
    plan_review_due: dt.date | None = None
    search_text: str = ""


@dataclass(frozen=True)
class CaseIndex:
    entries: tuple[CaseEntry, ...]
    profiles_readable: bool
    facts: frozenset[str]  # the facts looked up (a fact not looked up leaves its column empty)
    cases: tuple[CaseInfo, ...] = ()  # plaintext metadata, for facts added later

    def entry(self, case_id: str) -> CaseEntry | None:
        return next((e for e in self.entries if e.case_id == case_id), None)


def _search_text(case: CaseInfo, body: Mapping[str, Any]) -> str:
    parts = [case.case_number]
    for key in ("pseudonym", "given_names", "family_name"):
        value = body.get(key)
        if isinstance(value, str):
            parts.append(value)
    return " ".join(parts).casefold()


def _entry(case: CaseInfo, view: RecordView | None, damaged: bool, today: dt.date) -> CaseEntry:
    entry = CaseEntry(
        case.id,
        case.case_number,
        case.status,
        case.created_at,
        case.updated_at,
        profile_damaged=damaged,
        search_text=case.case_number.casefold(),
    )
    if view is None:
        return entry
    body = view.content.body
    pseudonym = body.get("pseudonym")
    assessment = age_assessment(body, today)
    language = body.get("interpreter_language")
    needs_interpreter = body.get("interpreter_needed") is True and isinstance(language, str)
    return replace(
        entry,
        child=pseudonym if isinstance(pseudonym, str) else view.content.title,
        age=assessment.age,
        age_certain=assessment.age_certain,
        guardian_missing=guardian_missing(body),
        interpreter=str(language) if needs_interpreter else "",
        search_text=_search_text(case, body),
    )


def build_case_index(
    db: StoreDatabase,
    keyring: Keyring,
    today: dt.date | None = None,
    *,
    facts: Collection[str] | None = None,
) -> CaseIndex:
    """Decrypt what ``keyring`` may read about every case; slow, so never on the GUI thread.

    ``facts`` names the facts to look up (default: all of :data:`FACT_SOURCES`).
    """
    # Tens of thousands of small objects in one go would trigger the cyclic garbage collector
    # again and again; none of them form cycles, so it waits until the index is built.
    with collector_paused():
        return _build(db, keyring, today, FACT_SOURCES.keys() if facts is None else facts)


def with_facts(
    index: CaseIndex,
    db: StoreDatabase,
    keyring: Keyring,
    names: Collection[str],
    today: dt.date | None = None,
) -> CaseIndex:
    """``index`` with the facts ``names`` looked up as well (the GUI's second pass)."""
    wanted = [name for name in names if name in FACT_SOURCES and name not in index.facts]
    if not wanted:
        return index
    with collector_paused():
        dates = _look_up(db, keyring, index.cases, today or dt.date.today(), wanted)
    return replace(
        index,
        entries=_with_dates(index.entries, dates),
        facts=index.facts | frozenset(wanted),
    )


def _look_up(
    db: StoreDatabase,
    keyring: Keyring,
    cases: Sequence[CaseInfo],
    today: dt.date,
    names: Iterable[str],
) -> dict[str, Mapping[str, dt.date]]:
    return {name: FACT_SOURCES[name](db, keyring, cases, today) for name in names}


def _with_dates(
    entries: Iterable[CaseEntry], dates: Mapping[str, Mapping[str, dt.date]]
) -> tuple[CaseEntry, ...]:
    """The entries with the dates of the facts in ``dates``; other dates stay as they were."""
    interviews, reviews = dates.get(NEXT_INTERVIEW), dates.get(PLAN_REVIEW_DUE)
    return tuple(
        replace(
            e,
            next_interview=e.next_interview if interviews is None else interviews.get(e.case_id),
            plan_review_due=e.plan_review_due if reviews is None else reviews.get(e.case_id),
        )
        for e in entries
    )


def _build(
    db: StoreDatabase, keyring: Keyring, today: dt.date | None, facts: Iterable[str]
) -> CaseIndex:
    today = today or dt.date.today()
    cases = list_cases(db)
    profiles: dict[str, RecordView] = {}
    damaged_cases: set[str] = set()
    readable = keyring.holds(Compartment.IDENTITY)
    if readable:
        views, damaged = latest_of_kind(db, keyring, PROFILE_KIND, Compartment.IDENTITY)
        for view in views:  # oldest record first: a newer profile record wins
            profiles[view.record.case_id] = view
        damaged_cases = {record.case_id for record in damaged} - set(profiles)
        with db.transaction() as tx:
            audit.append(
                tx,
                audit.CASE_LIST_VIEWED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                detail=f"{len(profiles)} profiles",
            )
    entries = [
        _entry(case, profiles.get(case.id), case.id in damaged_cases, today) for case in cases
    ]
    dates = _look_up(db, keyring, cases, today, [n for n in facts if n in FACT_SOURCES])
    return CaseIndex(_with_dates(entries, dates), readable, frozenset(dates), tuple(cases))


# searching, filtering, sorting ---------------------------------------------------------------
class StatusFilter(StrEnum):
    ALL = "all"
    OPEN = "open"
    CLOSED = "closed"


class InterviewFilter(StrEnum):
    ANY = "any"
    WITHIN_WEEK = "within_week"
    NONE_SCHEDULED = "none_scheduled"


class ReviewFilter(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"
    WITHIN_TWO_WEEKS = "within_two_weeks"


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: StatusFilter = StatusFilter.OPEN
    interview: InterviewFilter = InterviewFilter.ANY
    review: ReviewFilter = ReviewFilter.ANY
    guardian_missing_only: bool = False


def _interview_matches(entry: CaseEntry, wanted: InterviewFilter, today: dt.date) -> bool:
    when = entry.next_interview
    match wanted:
        case InterviewFilter.WITHIN_WEEK:
            return when is not None and today <= when <= today + dt.timedelta(days=7)
        case InterviewFilter.NONE_SCHEDULED:
            return when is None
    return True


def _review_matches(entry: CaseEntry, wanted: ReviewFilter, today: dt.date) -> bool:
    when = entry.plan_review_due
    match wanted:
        case ReviewFilter.OVERDUE:
            return when is not None and when < today
        case ReviewFilter.WITHIN_TWO_WEEKS:
            return when is not None and today <= when <= today + dt.timedelta(days=14)
    return True


def select_cases(
    entries: Iterable[CaseEntry], query: CaseQuery, today: dt.date | None = None
) -> list[CaseEntry]:
    """The entries matching every part of ``query``; search words may come in any order."""
    today = today or dt.date.today()
    words = query.text.casefold().split()
    return [
        e
        for e in entries
        if (query.status is StatusFilter.ALL or e.status == query.status.value)
        and all(w in e.search_text for w in words)
        and (not query.guardian_missing_only or e.guardian_missing is True)
        and _interview_matches(e, query.interview, today)
        and _review_matches(e, query.review, today)
    ]


SORT_KEYS: dict[str, Callable[[CaseEntry], Any]] = {
    "case_number": lambda e: e.case_number.casefold(),
    "child": lambda e: e.child.casefold() or None,
    "age": lambda e: e.age,
    "status": lambda e: e.status,
    "guardian": lambda e: None if e.guardian_missing is None else not e.guardian_missing,
    "interpreter": lambda e: e.interpreter.casefold() or None,
    "next_interview": lambda e: e.next_interview,
    "plan_review_due": lambda e: e.plan_review_due,
    "updated_at": lambda e: e.updated_at,
}


def sort_cases(entries: Iterable[CaseEntry], column: str, descending: bool) -> list[CaseEntry]:
    """Sorted by ``column``; entries without a value go last either way, then by case number."""
    key = SORT_KEYS[column]
    items = sorted(entries, key=lambda e: e.case_number.casefold())
    present = [e for e in items if key(e) is not None]
    absent = [e for e in items if key(e) is None]
    present.sort(key=key, reverse=descending)
    return present + absent
