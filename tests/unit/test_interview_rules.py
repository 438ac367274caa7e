"""The session's rules, replay and summary, without a store: events in, state and errors out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from barnahus.formdefs.interview import interview_setup, protocol
from barnahus.formdefs.preparation import preparation
from barnahus.interview.clock import offset_from_recorder, parse_timecode, timecode
from barnahus.interview.events import Event, EventKind, NewEvent, decode_body, encode_body
from barnahus.interview.machine import InterviewRuleError, RuleContext, check
from barnahus.interview.observers import coach_question, decision_problem
from barnahus.interview.plan import InterviewPlan, Observer
from barnahus.interview.state import SessionState, Status, apply, replay
from barnahus.interview.summary import question_stats, summarise

T0 = datetime(2026, 10, 20, 8, 30, tzinfo=UTC)
READY = {
    "rested": "yes",
    "eaten": "yes",
    "toilet": "yes",
    "medication": "not_needed",
    "support_person": "yes",
}


def _plan(**changes: Any) -> InterviewPlan:
    values: dict[str, Any] = {
        "scheduled_for": T0,
        "room": interview_setup().rooms[0],
        "interviewer_id": "interviewer-id",
        "age_band": "7-11",
        "child_language": "en",
        "observers": (Observer("police"), Observer("defence", "A. Lawyer")),
    }
    values.update(changes)
    return InterviewPlan(**values)


class Session:
    """A state plus a clock: ``do`` checks an event like the service does, then applies it."""

    def __init__(self, further: bool = False) -> None:
        self.state = SessionState("session-id", "case-id")
        self.ctx = RuleContext(interview_setup(), protocol("nichd"), further)
        self.now = T0

    def do(self, kind: EventKind, minutes: float = 1.0, **data: Any) -> None:
        new = NewEvent(kind, data)
        check(self.state, new, self.ctx)
        self.now += timedelta(minutes=minutes)
        apply(self.state, Event(self.state.last_seq + 1, self.now, "author", kind, data))


def _running(further: bool = False) -> Session:
    s = Session(further)
    s.do(EventKind.PLANNED, **_plan().to_dict())
    s.do(EventKind.READINESS, items=READY)
    s.do(EventKind.STARTED, recording_offset=42)
    s.do(EventKind.PHASE, phase="introduction")
    return s


def test_a_plan_survives_its_round_trip_and_is_checked_against_the_setup() -> None:
    plan = _plan(child_language="other", child_language_other="Freedonian")
    assert InterviewPlan.from_dict(plan.to_dict()) == plan
    assert plan.problems(interview_setup()) == []
    assert plan.language_name(interview_setup()) == "Freedonian"
    bad = _plan(room="Kitchen", age_band="18+", observers=(Observer("neighbour"),))
    assert bad.problems(interview_setup()) == [
        "Choose one of the centre's interview rooms.",
        "Choose the child's age band.",
        "Each observer must belong to one of the listed agencies.",
    ]
    assert "Write which language" in _plan(child_language="other").problems(interview_setup())[0]


def test_event_bodies_carry_kind_time_and_data() -> None:
    raw = encode_body(EventKind.NOTE, T0, {"text": "Ünïcode ✓"})
    assert decode_body(raw) == (EventKind.NOTE, T0, {"text": "Ünïcode ✓"})
    with pytest.raises(ValueError, match="time zone"):
        decode_body(raw.replace(b"+00:00", b""))


def test_status_follows_the_protocol_from_plan_to_finalised() -> None:
    s = _running()
    seen = [s.state.status]
    s.do(EventKind.BREAK_STARTED, reason="Observers' questions")
    seen.append(s.state.status)
    s.do(EventKind.BREAK_ENDED, minutes=7)
    seen.append(s.state.status)
    s.do(EventKind.ENDED)
    seen.append(s.state.status)
    assert s.state.breaks[0].ended_at is not None
    s.do(EventKind.FINALISED)
    seen.append(s.state.status)
    assert seen == [
        Status.RUNNING,
        Status.ON_BREAK,
        Status.RUNNING,
        Status.ENDED,
        Status.FINALISED,
    ]
    with pytest.raises(InterviewRuleError, match="finalised; add a dated addendum"):
        s.do(EventKind.NOTE, text="too late")
    s.do(EventKind.ADDENDUM, text="The recording reference was corrected.")
    assert [a.text for a in s.state.addenda] == ["The recording reference was corrected."]


def test_the_child_must_be_ready_before_the_interview_starts() -> None:
    s = Session()
    s.do(EventKind.PLANNED, **_plan().to_dict())
    with pytest.raises(InterviewRuleError, match="readiness check"):
        s.do(EventKind.STARTED, recording_offset=0)
    with pytest.raises(InterviewRuleError, match="'Rested' cannot be marked as not needed"):
        s.do(EventKind.READINESS, items={**READY, "rested": "not_needed"})
    s.do(EventKind.READINESS, items={**READY, "eaten": "no"})
    with pytest.raises(InterviewRuleError, match="not ready yet: Has eaten"):
        s.do(EventKind.STARTED, recording_offset=0)
    s.do(EventKind.READINESS, items=READY)
    s.do(EventKind.STARTED, recording_offset=0)


def test_a_further_interview_needs_a_recorded_reason_before_it_starts() -> None:
    s = Session(further=True)
    s.do(EventKind.PLANNED, **_plan().to_dict())
    s.do(EventKind.READINESS, items=READY)
    with pytest.raises(InterviewRuleError, match="already had a forensic interview"):
        s.do(EventKind.STARTED, recording_offset=0)
    with pytest.raises(InterviewRuleError, match="Write why"):
        s.do(EventKind.FURTHER_REASON, reason="  ")
    s.do(EventKind.FURTHER_REASON, reason="New evidence; the prosecutor asked for details.")
    s.do(EventKind.STARTED, recording_offset=0)


def test_phases_are_timed_and_only_known_phases_can_start() -> None:
    s = _running()
    with pytest.raises(InterviewRuleError, match="not in the protocol"):
        s.do(EventKind.PHASE, phase="interrogation")
    with pytest.raises(InterviewRuleError, match="already under way"):
        s.do(EventKind.PHASE, phase="introduction")
    s.do(EventKind.PHASE, minutes=3, phase="rapport")
    s.do(EventKind.PHASE, minutes=5, phase="introduction")  # going back is allowed
    s.do(EventKind.ENDED, minutes=2)
    setup = interview_setup()
    summary = summarise(s.state, setup, protocol("nichd"), preparation(), s.now)
    durations = {p.key: (p.seconds, p.visits) for p in summary.phases}
    assert durations == {"introduction": (180.0 + 120.0, 2), "rapport": (300.0, 1)}
    assert summary.total_seconds == 660.0  # the clock started a minute before the first phase


def test_notes_and_markers_carry_the_phase_and_recording_time() -> None:
    s = _running()
    s.do(EventKind.PHASE, minutes=10, phase="free_recall")
    s.do(EventKind.MARKER, minutes=2, marker="disclosure", text="own words", source="note_taker")
    with pytest.raises(InterviewRuleError, match="marker is not known"):
        s.do(EventKind.MARKER, marker="crying", text="", source="note_taker")
    s.do(EventKind.NOTE, text="Calm.")
    assert s.state.notes[0].phase == "free_recall"
    summary = summarise(s.state, interview_setup(), protocol("nichd"), preparation(), s.now)
    (marker,) = summary.markers
    assert (marker.clock, marker.recording, marker.phase) == ("0:13:00", "0:13:42", "Free recall")


def test_observer_questions_need_a_proper_decision_before_finalising() -> None:
    s = _running()
    s.do(EventKind.OBSERVER_QUESTION, question_id="q1", agency="defence", text="Was it dark?")
    with pytest.raises(InterviewRuleError, match="new wording"):
        s.do(EventKind.OBSERVER_DECISION, question_id="q1", decision="rephrased", wording="")
    s.do(EventKind.OBSERVER_DECISION, question_id="q1", decision="deferred")
    s.do(EventKind.OBSERVER_DECISION, question_id="q1", decision="declined", reason="Not needed.")
    with pytest.raises(InterviewRuleError, match="decided already"):
        s.do(EventKind.OBSERVER_DECISION, question_id="q1", decision="asked")
    s.do(EventKind.OBSERVER_QUESTION, question_id="q2", agency="police", text="Where?")
    s.do(EventKind.ENDED)
    with pytest.raises(InterviewRuleError, match="1 observer question"):
        s.do(EventKind.FINALISED)
    s.do(EventKind.OBSERVER_DECISION, question_id="q2", decision="asked")
    s.do(EventKind.FINALISED)
    assert [q.decision.decision for q in s.state.observer_questions.values() if q.decision] == [
        "declined",
        "asked",
    ]


def test_the_coach_flags_closed_and_leading_observer_questions() -> None:
    closed = coach_question("Was the door locked?", "en")
    assert (closed.label, closed.flagged, closed.suggestion) == (
        "option_posing",
        True,
        "Tell me about the door.",
    )
    leading = coach_question("He hurt you, didn't he?", "en")
    assert leading.label == "suggestive"
    assert leading.flagged
    assert not coach_question("Tell me everything about that.", "en").flagged
    assert decision_problem("asked", "", "", "suggestive") is not None
    assert (
        decision_problem("asked", "", "Defence insists; judge to weigh it.", "suggestive") is None
    )
    assert decision_problem("shrugged", "", "", "invitation") is not None


def test_question_counts_and_the_share_of_open_prompts() -> None:
    stats = question_stats(
        ["invitation", "cued_invitation", "facilitator", "directive", "option_posing"]
    )
    assert stats.counts["invitation"] == 1
    assert stats.counts["suggestive"] == 0
    assert (stats.total, stats.prompts, stats.open_prompts) == (5, 4, 2)
    assert stats.share_open == 0.5
    assert question_stats([]).share_open is None


def test_replay_leaves_the_base_state_alone_and_refuses_events_out_of_order() -> None:
    s = _running()
    base = s.state
    later = replay(base, [Event(base.last_seq + 1, T0, "a", EventKind.NOTE, {"text": "x"})])
    assert len(later.notes) == 1
    assert base.notes == []
    with pytest.raises(ValueError, match="out of order"):
        apply(later, Event(1, T0, "a", EventKind.NOTE, {"text": "y"}))


def test_time_codes() -> None:
    assert timecode(3725.9) == "1:02:05"
    assert timecode(-42) == "-0:00:42"
    assert parse_timecode("1:02:05") == 3725.0
    assert parse_timecode("02:05") == 125.0
    assert parse_timecode("42") == 42.0
    with pytest.raises(ValueError, match="time code"):
        parse_timecode("1:2:3:4")
    assert offset_from_recorder(100.0, 58.0) == 42.0
