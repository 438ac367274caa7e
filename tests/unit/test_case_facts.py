"""The case list's dates from a real store: next interview and plan review due, per role.

What counts is documented in ``services/case_facts.py``: the earliest session not yet started
and not cancelled, from today on; the next review of the approved plan in force of an open case.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from tests.conftest import Team
from tests.interview_kit import READY, make_plan

from barnahus.careplan.values import Values
from barnahus.formdefs.interview import interview_setup
from barnahus.interview.state import SessionState
from barnahus.services import audit
from barnahus.services import interview_actions as act
from barnahus.services.case_index import (
    DEFERRED_FACTS,
    FACT_SOURCES,
    NEXT_INTERVIEW,
    PLAN_REVIEW_DUE,
    CaseIndex,
    CaseQuery,
    InterviewFilter,
    ReviewFilter,
    StatusFilter,
    build_case_index,
    select_cases,
)
from barnahus.services.cases import close_case, create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.interviews import plan_interview, schedule_interview
from barnahus.services.keyring import Keyring
from barnahus.services.plans import approve_plan, save_plan, submit_plan

TODAY = dt.date(2031, 3, 12)


def _noon(day: dt.date) -> dt.datetime:
    """Midday on ``day`` in this machine's time zone, as the interview page would book it."""
    return dt.datetime.combine(day, dt.time(12)).astimezone()


def _book(team: Team, case_id: str, day: dt.date) -> None:
    room = interview_setup().rooms[0]
    schedule_interview(
        team.db, team.coordinator, case_id, _noon(day), room, team.interviewer.user_id
    )


def _planned(team: Team, case_id: str, day: dt.date) -> SessionState:
    plan = make_plan(team.interviewer.user_id, scheduled_for=_noon(day).astimezone(dt.UTC))
    return plan_interview(team.db, team.interviewer, case_id, plan)


def _by_number(index: CaseIndex) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {e.case_number: (e.next_interview, e.plan_review_due) for e in index.entries}


@pytest.fixture
def full() -> Values:
    return copy.deepcopy(plan_versions("DEMO-0001")[0])


def _approved(team: Team, case_id: str, values: Values, review: str, number: int = 1) -> None:
    values = copy.deepcopy(values)
    values["reviews"]["next_review"] = review
    submit_plan(team.db, team.psychologist, case_id, values)
    approve_plan(team.db, team.coordinator, case_id, number)


def test_next_interview_is_the_earliest_upcoming_session(team: Team) -> None:
    several = create_case(team.db, team.coordinator, "BH-I-1").id
    _book(team, several, TODAY + dt.timedelta(days=9))
    _book(team, several, TODAY + dt.timedelta(days=4))
    _book(team, several, TODAY - dt.timedelta(days=2))  # past: not a next interview
    cancelled = _planned(team, several, TODAY + dt.timedelta(days=1))
    act.cancel(team.db, team.interviewer, cancelled, "The child is ill.")

    only_past = create_case(team.db, team.coordinator, "BH-I-2").id
    _book(team, only_past, TODAY - dt.timedelta(days=1))
    gone = _planned(team, only_past, TODAY + dt.timedelta(days=3))
    act.cancel(team.db, team.interviewer, gone, "Moved away.")

    today = create_case(team.db, team.coordinator, "BH-I-3").id
    _book(team, today, TODAY)  # today counts, even after its hour
    started = create_case(team.db, team.coordinator, "BH-I-4").id
    running = _planned(team, started, TODAY)
    running = act.record_readiness(team.db, team.interviewer, running, READY)
    act.start_interview(team.db, team.interviewer, running)
    create_case(team.db, team.coordinator, "BH-I-5")

    for keyring in (team.coordinator, team.interviewer, team.psychologist):
        dates = {
            n: i for n, (i, _r) in _by_number(build_case_index(team.db, keyring, TODAY)).items()
        }
        assert dates == {
            "BH-I-1": TODAY + dt.timedelta(days=4),
            "BH-I-2": None,
            "BH-I-3": TODAY,
            "BH-I-4": None,  # started: no longer a next interview
            "BH-I-5": None,
        }
    index = build_case_index(team.db, team.coordinator, TODAY)
    assert NEXT_INTERVIEW in index.facts

    def numbers(wanted: InterviewFilter, today: dt.date = TODAY) -> list[str]:
        query = CaseQuery(interview=wanted)
        return sorted(e.case_number for e in select_cases(index.entries, query, today))

    assert numbers(InterviewFilter.WITHIN_WEEK) == ["BH-I-1", "BH-I-3"]
    assert numbers(InterviewFilter.NONE_SCHEDULED) == ["BH-I-2", "BH-I-4", "BH-I-5"]


def test_the_administrator_gets_no_interview_dates(team: Team) -> None:
    case = create_case(team.db, team.coordinator, "BH-I-1").id
    _book(team, case, TODAY + dt.timedelta(days=2))
    index = build_case_index(team.db, team.admin, TODAY)
    assert [e.next_interview for e in index.entries] == [None]


def test_plan_review_due_is_the_approved_plans_date(team: Team, full: Values) -> None:
    due_soon = create_case(team.db, team.coordinator, "BH-P-1").id
    _approved(team, due_soon, full, (TODAY + dt.timedelta(days=10)).isoformat())
    overdue = create_case(team.db, team.coordinator, "BH-P-2").id
    _approved(team, overdue, full, (TODAY - dt.timedelta(days=3)).isoformat())
    # A newer draft's date is not agreed yet: the approved version's date still counts.
    changed = copy.deepcopy(full)
    changed["reviews"]["next_review"] = "2040-01-01"
    save_plan(team.db, team.psychologist, overdue, changed)
    draft_only = create_case(team.db, team.coordinator, "BH-P-3").id
    save_plan(team.db, team.psychologist, draft_only, full)
    later = create_case(team.db, team.coordinator, "BH-P-4").id
    _approved(team, later, full, "2031-09-01")
    _approved(team, later, full, (TODAY + dt.timedelta(days=60)).isoformat(), number=2)
    closed = create_case(team.db, team.coordinator, "BH-P-5").id
    _approved(team, closed, full, TODAY.isoformat())
    close_case(team.db, team.coordinator, "BH-P-5")
    create_case(team.db, team.coordinator, "BH-P-6")

    with team.db.transaction() as tx:
        before = len(tx.audit_records())
    for keyring in (team.coordinator, team.psychologist):
        index = build_case_index(team.db, keyring, TODAY)
        reviews = {n: r for n, (_i, r) in _by_number(index).items()}
        assert reviews == {
            "BH-P-1": TODAY + dt.timedelta(days=10),
            "BH-P-2": TODAY - dt.timedelta(days=3),
            "BH-P-3": None,
            "BH-P-4": TODAY + dt.timedelta(days=60),  # version 2 is in force
            "BH-P-5": None,  # a closed case is not reviewed
            "BH-P-6": None,
        }
    with team.db.transaction() as tx:
        after = [r.action for r in tx.audit_records()[before:]]
    assert after == [audit.CASE_LIST_VIEWED] * 2  # no entry per plan

    def numbers(wanted: ReviewFilter) -> list[str]:
        query = CaseQuery(review=wanted, status=StatusFilter.ALL)
        return sorted(e.case_number for e in select_cases(index.entries, query, TODAY))

    assert numbers(ReviewFilter.OVERDUE) == ["BH-P-2"]
    assert numbers(ReviewFilter.WITHIN_TWO_WEEKS) == ["BH-P-1"]


def test_no_careplan_key_means_no_review_dates_and_no_error(team: Team, full: Values) -> None:
    case = create_case(team.db, team.coordinator, "BH-P-1").id
    _approved(team, case, full, (TODAY + dt.timedelta(days=5)).isoformat())
    _book(team, case, TODAY + dt.timedelta(days=1))
    stripped = Keyring(team.coordinator.account, team.coordinator.user_keys)
    for keyring in (team.interviewer, team.admin, stripped):
        index = build_case_index(team.db, keyring, TODAY)
        assert PLAN_REVIEW_DUE in index.facts
        assert [e.plan_review_due for e in index.entries] == [None]
    interviewer = build_case_index(team.db, team.interviewer, TODAY)
    assert [e.next_interview for e in interviewer.entries] == [TODAY + dt.timedelta(days=1)]


def test_a_damaged_plan_gives_no_date_in_the_list_but_is_reported_by_reviews_due(
    team: Team, full: Values
) -> None:
    from barnahus.services.plan_reviews import reviews_due
    from barnahus.services.records import (
        RecordContent,
        RecordDamaged,
        records_of_case,
        save_revision,
    )

    readable = create_case(team.db, team.coordinator, "BH-P-1").id
    _approved(team, readable, full, (TODAY + dt.timedelta(days=5)).isoformat())
    broken = create_case(team.db, team.coordinator, "BH-P-2").id
    _approved(team, broken, full, (TODAY + dt.timedelta(days=6)).isoformat())
    record = records_of_case(team.db, broken, "life_project")[0].id
    save_revision(team.db, team.psychologist, record, RecordContent("x", {"text": "?"}))
    reviews = {
        n: r
        for n, (_i, r) in _by_number(build_case_index(team.db, team.coordinator, TODAY)).items()
    }
    assert reviews == {"BH-P-1": TODAY + dt.timedelta(days=5), "BH-P-2": None}
    with pytest.raises(RecordDamaged):
        reviews_due(team.db, team.coordinator, 30, today=TODAY)


def test_review_dates_can_come_in_a_second_pass(team: Team, full: Values) -> None:
    """The GUI shows the list before the slow review dates are known (DEFERRED_FACTS)."""
    from barnahus.services.case_index import with_facts

    case = create_case(team.db, team.coordinator, "BH-P-1").id
    _approved(team, case, full, (TODAY + dt.timedelta(days=10)).isoformat())
    _book(team, case, TODAY + dt.timedelta(days=2))
    quick = [name for name in FACT_SOURCES if name not in DEFERRED_FACTS]
    first = build_case_index(team.db, team.coordinator, TODAY, facts=quick)
    assert PLAN_REVIEW_DUE not in first.facts
    assert _by_number(first)["BH-P-1"] == (TODAY + dt.timedelta(days=2), None)
    second = with_facts(first, team.db, team.coordinator, DEFERRED_FACTS, TODAY)
    assert PLAN_REVIEW_DUE in second.facts
    assert _by_number(second)["BH-P-1"] == (
        TODAY + dt.timedelta(days=2),
        TODAY + dt.timedelta(days=10),
    )
    assert with_facts(second, team.db, team.coordinator, DEFERRED_FACTS, TODAY) is second
