"""The named actions of a running interview, each one or a few events through ``record``.

The GUI, the command line, the demo and the tests call these rather than building events, so
the composite steps live in one place: starting the interview also opens the protocol's first
phase; entering the protocol's break phase starts a break and leaving it ends that break;
a question is coached the moment it is logged; the child's break card becomes a marker during
the interview and a practised step during preparation.
"""

from __future__ import annotations

from barnahus.errors import UsageError
from barnahus.formdefs.interview import CHILD_BREAK_MARKER, interview_setup, protocol
from barnahus.interview.events import EventKind, NewEvent
from barnahus.interview.observers import coach_question
from barnahus.interview.plan import InterviewPlan
from barnahus.interview.state import LIVE, SessionState
from barnahus.services.common import new_id
from barnahus.services.interviews import plan_event, record
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase

BREAK_CARD_STEP = "break_card"


def _one(
    db: StoreDatabase, keyring: Keyring, state: SessionState, kind: EventKind, **data: object
) -> SessionState:
    return record(db, keyring, state, [NewEvent(kind, dict(data))])


def update_plan(
    db: StoreDatabase, keyring: Keyring, state: SessionState, plan: InterviewPlan
) -> SessionState:
    return record(db, keyring, state, [plan_event(plan, update=True)])


def record_further_reason(
    db: StoreDatabase, keyring: Keyring, state: SessionState, reason: str
) -> SessionState:
    return _one(db, keyring, state, EventKind.FURTHER_REASON, reason=reason)


def record_readiness(
    db: StoreDatabase, keyring: Keyring, state: SessionState, answers: dict[str, str]
) -> SessionState:
    return _one(db, keyring, state, EventKind.READINESS, items=dict(answers))


def show_prep_step(
    db: StoreDatabase, keyring: Keyring, state: SessionState, step: str
) -> SessionState:
    return _one(db, keyring, state, EventKind.PREP_STEP, step=step)


def record_practice(
    db: StoreDatabase, keyring: Keyring, state: SessionState, step: str, understood: bool
) -> SessionState:
    result = "understood" if understood else "try_again"
    return _one(db, keyring, state, EventKind.PRACTICE, step=step, result=result)


def record_feeling(
    db: StoreDatabase, keyring: Keyring, state: SessionState, face: str
) -> SessionState:
    moment = "closing" if state.started_at is not None else "preparation"
    return _one(db, keyring, state, EventKind.FEELING, face=face, moment=moment)


def child_pressed_break(db: StoreDatabase, keyring: Keyring, state: SessionState) -> SessionState:
    """The child pressed the break card: a marker in the interview, a practice before it."""
    if state.status in LIVE:
        return _one(
            db,
            keyring,
            state,
            EventKind.MARKER,
            marker=CHILD_BREAK_MARKER,
            text="",
            source="child_screen",
        )
    return record_practice(db, keyring, state, BREAK_CARD_STEP, True)


def start_interview(
    db: StoreDatabase, keyring: Keyring, state: SessionState, recording_offset: float = 0.0
) -> SessionState:
    """Start the clock and the protocol's first phase in one step."""
    if state.plan is None:
        raise UsageError("Plan the interview first.")
    first = protocol(state.plan.protocol).phases[0].key
    return record(
        db,
        keyring,
        state,
        [
            NewEvent(EventKind.STARTED, {"recording_offset": recording_offset}),
            NewEvent(EventKind.PHASE, {"phase": first}),
        ],
    )


def enter_phase(
    db: StoreDatabase, keyring: Keyring, state: SessionState, phase: str
) -> SessionState:
    """Move to ``phase``; the protocol's observer break starts and ends a break with it."""
    return record(db, keyring, state, phase_change_events(state, phase))


def phase_change_events(state: SessionState, phase: str) -> list[NewEvent]:
    """The events of moving to ``phase``, with the break that the observer phase implies."""
    if state.plan is None:
        raise UsageError("Plan the interview first.")
    definition = protocol(state.plan.protocol)
    leaving = definition.phase(state.current_phase)
    entering = definition.phase(phase)
    events: list[NewEvent] = []
    if leaving is not None and leaving.consult_observers and state.open_break is not None:
        events.append(NewEvent(EventKind.BREAK_ENDED, {}))
    events.append(NewEvent(EventKind.PHASE, {"phase": phase}))
    if entering is not None and entering.consult_observers and state.open_break is None:
        reason = interview_setup().break_reasons[0]
        events.append(NewEvent(EventKind.BREAK_STARTED, {"reason": reason}))
    return events


def take_break(
    db: StoreDatabase, keyring: Keyring, state: SessionState, reason: str
) -> SessionState:
    return _one(db, keyring, state, EventKind.BREAK_STARTED, reason=reason)


def end_break(db: StoreDatabase, keyring: Keyring, state: SessionState) -> SessionState:
    return _one(db, keyring, state, EventKind.BREAK_ENDED)


def set_recording_offset(
    db: StoreDatabase, keyring: Keyring, state: SessionState, seconds: float
) -> SessionState:
    return _one(db, keyring, state, EventKind.RECORDING_OFFSET, seconds=seconds)


def add_note(db: StoreDatabase, keyring: Keyring, state: SessionState, text: str) -> SessionState:
    return _one(db, keyring, state, EventKind.NOTE, text=text.strip())


def add_marker(
    db: StoreDatabase, keyring: Keyring, state: SessionState, marker: str, text: str = ""
) -> SessionState:
    return _one(
        db, keyring, state, EventKind.MARKER, marker=marker, text=text.strip(), source="note_taker"
    )


def log_question(
    db: StoreDatabase, keyring: Keyring, state: SessionState, text: str
) -> SessionState:
    """Log a question as the interviewer asked it, with the coach's label at that moment."""
    language = interview_setup().question_language
    coaching = coach_question(text.strip(), language)
    return _one(
        db,
        keyring,
        state,
        EventKind.QUESTION,
        text=text.strip(),
        label=coaching.label,
        reason=coaching.reason,
        suggestion=coaching.suggestion,
        language=language,
    )


def add_observer_question(
    db: StoreDatabase, keyring: Keyring, state: SessionState, agency: str, text: str
) -> SessionState:
    """Queue an observer's question; closed or leading wording gets the coach's alternative."""
    coaching = coach_question(text.strip(), interview_setup().question_language)
    return _one(
        db,
        keyring,
        state,
        EventKind.OBSERVER_QUESTION,
        question_id=new_id(),
        agency=agency,
        text=text.strip(),
        label=coaching.label,
        reason=coaching.reason,
        suggestion=coaching.suggestion,
    )


def decide_observer_question(
    db: StoreDatabase,
    keyring: Keyring,
    state: SessionState,
    question_id: str,
    decision: str,
    *,
    wording: str = "",
    reason: str = "",
) -> SessionState:
    return _one(
        db,
        keyring,
        state,
        EventKind.OBSERVER_DECISION,
        question_id=question_id,
        decision=decision,
        wording=wording.strip(),
        reason=reason.strip(),
    )


def end_interview(db: StoreDatabase, keyring: Keyring, state: SessionState) -> SessionState:
    return _one(db, keyring, state, EventKind.ENDED)


def finalise(db: StoreDatabase, keyring: Keyring, state: SessionState) -> SessionState:
    """Lock the session: from now on only dated, signed addenda can be added."""
    return _one(db, keyring, state, EventKind.FINALISED)


def add_addendum(
    db: StoreDatabase, keyring: Keyring, state: SessionState, text: str
) -> SessionState:
    return _one(db, keyring, state, EventKind.ADDENDUM, text=text.strip())


def cancel(db: StoreDatabase, keyring: Keyring, state: SessionState, reason: str) -> SessionState:
    return _one(db, keyring, state, EventKind.CANCELLED, reason=reason.strip())
