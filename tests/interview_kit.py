"""Shared steps for interview tests: a valid plan, a ready child, a whole session."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from barnahus.formdefs.interview import interview_setup
from barnahus.interview.plan import Interpreter, InterviewPlan, Observer
from barnahus.interview.state import SessionState
from barnahus.services import interview_actions as act
from barnahus.services.interviews import plan_interview
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase

READY = {
    "rested": "yes",
    "eaten": "yes",
    "toilet": "yes",
    "medication": "not_needed",
    "support_person": "yes",
}
CANARY_NOTE = "CANARY-note-Zephyrine-told-about-the-blue-van"
CANARY_QUESTION = "Tell me about the CANARY-question-lighthouse."
CANARY_OBSERVER = "Was the CANARY-observer-garage door open?"


def make_plan(interviewer_id: str, **changes: Any) -> InterviewPlan:
    values: dict[str, Any] = {
        "scheduled_for": datetime(2026, 10, 20, 8, 30, tzinfo=UTC),
        "room": interview_setup().rooms[0],
        "interviewer_id": interviewer_id,
        "age_band": "7-11",
        "child_language": "en",
        "special_needs": "Needs the light on.",
        "observers": (Observer("police", "DI Example"), Observer("defence")),
        "interpreter": Interpreter(False),
        "recording_reference": "REC-1",
    }
    values.update(changes)
    return InterviewPlan(**values)


def run_session(
    db: StoreDatabase, keyring: Keyring, case_id: str, *, finalise: bool = True
) -> SessionState:
    """Plan, prepare, run (with a break and three observer questions) and end an interview."""
    s = plan_interview(db, keyring, case_id, make_plan(keyring.user_id))
    s = act.record_readiness(db, keyring, s, READY)
    s = act.show_prep_step(db, keyring, s, "interviewer")
    s = act.show_prep_step(db, keyring, s, "rule_dont_know")
    s = act.record_practice(db, keyring, s, "rule_dont_know", True)
    s = act.record_feeling(db, keyring, s, "good")
    s = act.start_interview(db, keyring, s, 42.0)
    s = act.enter_phase(db, keyring, s, "rapport")
    s = act.log_question(db, keyring, s, "Tell me about things you like to do.")
    s = act.enter_phase(db, keyring, s, "free_recall")
    s = act.log_question(db, keyring, s, CANARY_QUESTION)
    s = act.log_question(db, keyring, s, "Did he hit you?")
    s = act.add_note(db, keyring, s, CANARY_NOTE)
    s = act.add_marker(db, keyring, s, "disclosure", "first account")
    s = act.enter_phase(db, keyring, s, "break")
    s = act.add_observer_question(db, keyring, s, "police", "When did it happen?")
    s = act.add_observer_question(db, keyring, s, "prosecutor", CANARY_OBSERVER)
    s = act.add_observer_question(db, keyring, s, "defence", "He hurt you, didn't he?")
    first, second, third = s.observer_questions
    s = act.decide_observer_question(db, keyring, s, first, "asked")
    s = act.decide_observer_question(
        db, keyring, s, second, "rephrased", wording="Tell me about the garage."
    )
    s = act.decide_observer_question(
        db, keyring, s, third, "declined", reason="Leading; the child has not said this."
    )
    s = act.enter_phase(db, keyring, s, "follow_up")
    s = act.enter_phase(db, keyring, s, "closing")
    s = act.end_interview(db, keyring, s)
    return act.finalise(db, keyring, s) if finalise else s
