"""Interview sessions through the services, on a real store with real keys."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.conftest import Team
from tests.interview_kit import READY, make_plan, run_session

from barnahus.errors import UsageError
from barnahus.interview.machine import InterviewRuleError
from barnahus.interview.state import Status
from barnahus.services import audit
from barnahus.services import interview_actions as act
from barnahus.services.cases import create_case, erase_case
from barnahus.services.interview_log import load_interview_draft, save_interview_draft
from barnahus.services.interview_report import export_summary
from barnahus.services.interviews import (
    find_session,
    interviewer_choices,
    list_sessions,
    open_session,
    plan_booked_interview,
    plan_interview,
    refresh,
    schedule_interview,
)
from barnahus.services.keyring import AccessDenied


@pytest.fixture
def case_id(team: Team) -> str:
    return create_case(team.db, team.coordinator, "BH-T-0001").id


def test_a_whole_session_replays_identically_for_a_colleague(team: Team, case_id: str) -> None:
    written = run_session(team.db, team.interviewer, case_id)

    read = open_session(team.db, team.psychologist, written.session_id)

    assert read == written
    assert read.status is Status.FINALISED
    assert [p.phase for p in read.phases] == [
        "introduction",
        "rapport",
        "free_recall",
        "break",
        "follow_up",
        "closing",
    ]
    (observer_break,) = read.breaks
    assert observer_break.phase == "break"
    assert observer_break.ended_at is not None
    assert [q.label for q in read.questions] == ["invitation", "invitation", "option_posing"]
    assert [p.key for p in read.prep_steps] == ["interviewer", "rule_dont_know"]


def test_the_coordinator_sees_dates_status_and_durations_but_cannot_read_notes(
    team: Team, case_id: str
) -> None:
    written = run_session(team.db, team.interviewer, case_id)

    (listing,) = list_sessions(team.db, team.coordinator, case_id)

    assert listing.status == "finalised"
    assert listing.room == make_plan("x").room
    assert listing.interviewer_name == "interviewer"
    assert listing.scheduled_for == datetime(2026, 10, 20, 8, 30, tzinfo=UTC)
    assert listing.duration_seconds is not None
    assert listing.duration_seconds >= 0
    with pytest.raises(AccessDenied):
        open_session(team.db, team.coordinator, written.session_id)
    with pytest.raises(AccessDenied):
        refresh(team.db, team.coordinator, written)
    with pytest.raises(AccessDenied):
        load_interview_draft(team.db, team.coordinator, written.session_id)
    with pytest.raises(AccessDenied):
        act.add_note(team.db, team.coordinator, written, "The coordinator writes a note.")
    with pytest.raises(AccessDenied):
        list_sessions(team.db, team.admin)


def test_a_coordinator_books_and_the_interviewer_plans(team: Team, case_id: str) -> None:
    choices = dict(interviewer_choices(team.db))
    assert set(choices.values()) == {"interviewer", "psychologist"}
    booked = schedule_interview(
        team.db,
        team.coordinator,
        case_id,
        datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        make_plan("x").room,
        team.interviewer.user_id,
    )
    with pytest.raises(UsageError, match="active interviewer"):
        schedule_interview(
            team.db,
            team.coordinator,
            case_id,
            booked.scheduled_for,
            booked.room,
            team.admin.user_id,
        )

    state = plan_booked_interview(
        team.db, team.interviewer, booked.id, make_plan(team.interviewer.user_id)
    )

    assert state.plan is not None
    assert find_session(team.db, team.coordinator, booked.id[:8]).status == "planned"
    with pytest.raises(UsageError, match="at least its first 8"):
        find_session(team.db, team.coordinator, booked.id[:4])


def test_a_second_interview_needs_a_recorded_reason(team: Team, case_id: str) -> None:
    run_session(team.db, team.interviewer, case_id)
    again = plan_interview(team.db, team.interviewer, case_id, make_plan(team.interviewer.user_id))
    again = act.record_readiness(team.db, team.interviewer, again, READY)

    with pytest.raises(InterviewRuleError, match="already had a forensic interview"):
        act.start_interview(team.db, team.interviewer, again)

    again = act.record_further_reason(
        team.db, team.interviewer, again, "New evidence about a second address."
    )
    started = act.start_interview(team.db, team.interviewer, again)
    assert started.status is Status.RUNNING


def test_the_plan_can_say_the_child_was_interviewed_before(team: Team, case_id: str) -> None:
    plan = make_plan(team.interviewer.user_id, interviewed_before=True)
    s = plan_interview(team.db, team.interviewer, case_id, plan)
    s = act.record_readiness(team.db, team.interviewer, s, READY)
    with pytest.raises(InterviewRuleError, match="Record why"):
        act.start_interview(team.db, team.interviewer, s)


def test_a_second_workstation_adds_questions_that_the_first_one_sees(
    team: Team, case_id: str
) -> None:
    here = plan_interview(team.db, team.interviewer, case_id, make_plan(team.interviewer.user_id))
    here = act.record_readiness(team.db, team.interviewer, here, READY)
    here = act.start_interview(team.db, team.interviewer, here)
    there = open_session(team.db, team.psychologist, here.session_id)

    there = act.add_observer_question(team.db, team.psychologist, there, "police", "Where?")
    stale = here
    here = refresh(team.db, team.interviewer, here)

    assert [q.text for q in here.observer_questions.values()] == ["Where?"]
    assert stale.observer_questions == {}  # refreshing never changes the state it was given
    (question_id,) = here.observer_questions
    # A decision made from the stale state still sees the question: record() replays first.
    decided = act.decide_observer_question(team.db, team.interviewer, stale, question_id, "asked")
    assert decided.observer_questions[question_id].decision is not None
    assert decided.observer_questions[question_id].author_id == team.psychologist.user_id


def test_each_person_keeps_their_own_typing_draft(team: Team, case_id: str) -> None:
    s = plan_interview(team.db, team.interviewer, case_id, make_plan(team.interviewer.user_id))
    assert load_interview_draft(team.db, team.interviewer, s.session_id) is None
    save_interview_draft(team.db, team.interviewer, s.session_id, {"note": "first"})
    saved = save_interview_draft(team.db, team.interviewer, s.session_id, {"note": "second"})

    draft = load_interview_draft(team.db, team.interviewer, s.session_id)

    assert draft is not None
    assert (draft.fields, draft.seq) == ({"note": "second"}, saved.seq)
    assert load_interview_draft(team.db, team.psychologist, s.session_id) is None


def test_the_summary_pdf_shows_phases_and_decisions_and_is_audited(
    team: Team, case_id: str, tmp_path: Path
) -> None:
    s = run_session(team.db, team.interviewer, case_id)
    target = tmp_path / "summary.pdf"

    export_summary(team.db, team.interviewer, s.session_id, target)

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    for expected in (
        "Free recall",
        "Follow-up",
        "Asked as",
        "Rephrased",
        "Declined",
        "Tell me about the garage.",
        "BH-T-0001",
        "Disclosure",
        "Police",
    ):
        assert expected in text
    assert "CANARY-note" not in text  # running notes stay in the store
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with team.db.transaction() as tx:
        actions = [(r.action, r.target, r.detail) for r in tx.audit_records()]
    assert (audit.EXPORTED, s.session_id, "interview summary pdf") in actions
    with pytest.raises(UsageError, match="already exists"):
        export_summary(team.db, team.interviewer, s.session_id, target)


def test_lifecycle_steps_are_audited_without_content(team: Team, case_id: str) -> None:
    s = run_session(team.db, team.interviewer, case_id)
    with team.db.transaction() as tx:
        entries = [(r.action, r.detail) for r in tx.audit_records() if r.target == s.session_id]
        assert audit.check(tx) == []
    assert [a for a, _ in entries] == [
        audit.INTERVIEW_PLANNED,
        audit.INTERVIEW_STARTED,
        audit.INTERVIEW_ENDED,
        audit.INTERVIEW_FINALISED,
    ]
    assert all(detail == "" for _, detail in entries)


def test_erasing_the_case_removes_its_interviews(team: Team, case_id: str) -> None:
    s = run_session(team.db, team.interviewer, case_id)
    save_interview_draft(team.db, team.interviewer, s.session_id, {"note": "typing"})

    erase_case(team.db, team.coordinator, "BH-T-0001", "retention period ended")

    with team.db.transaction() as tx:
        assert tx.interview_sessions() == []
        assert tx.interview_events(s.session_id) == []
        assert tx.interview_draft(s.session_id, team.interviewer.user_id) is None


def test_planning_needs_an_open_case_and_a_valid_plan(team: Team, case_id: str) -> None:
    with pytest.raises(UsageError, match="interview rooms"):
        plan_interview(
            team.db, team.interviewer, case_id, make_plan(team.interviewer.user_id, room="Attic")
        )
    with pytest.raises(UsageError, match="no case"):
        plan_interview(
            team.db, team.interviewer, "no-such-case", make_plan(team.interviewer.user_id)
        )
