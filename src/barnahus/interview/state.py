"""The state of one interview session, computed by replaying its events in order.

Replaying instead of storing a mutable document means two workstations can append to the same
session (an observer's question typed next door while the note taker logs a phase) without
overwriting each other, and a crash leaves nothing half-written: the state after a restart
is the replay of every event that reached the disk.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from barnahus.interview.events import Event, EventKind
from barnahus.interview.plan import InterviewPlan


class Status(StrEnum):
    PLANNED = "planned"
    PREPARING = "preparing"
    RUNNING = "running"
    ON_BREAK = "on_break"
    ENDED = "ended"
    FINALISED = "finalised"
    CANCELLED = "cancelled"


LIVE = frozenset({Status.RUNNING, Status.ON_BREAK})
BEFORE_START = frozenset({Status.PLANNED, Status.PREPARING})
# A session in these states counts as a forensic interview the child has had.
HELD = frozenset({Status.RUNNING, Status.ON_BREAK, Status.ENDED, Status.FINALISED})


@dataclass
class PhaseSpan:
    phase: str
    started_at: datetime
    ended_at: datetime | None = None


@dataclass
class BreakSpan:
    reason: str
    phase: str
    started_at: datetime
    ended_at: datetime | None = None


@dataclass(frozen=True)
class Note:
    seq: int
    at: datetime
    author_id: str
    phase: str
    text: str


@dataclass(frozen=True)
class Marker:
    seq: int
    at: datetime
    author_id: str
    phase: str
    key: str
    text: str
    source: str


@dataclass(frozen=True)
class LoggedQuestion:
    seq: int
    at: datetime
    author_id: str
    phase: str
    text: str
    label: str
    reason: str
    suggestion: str


@dataclass(frozen=True)
class Decision:
    seq: int
    at: datetime
    author_id: str
    decision: str
    wording: str
    reason: str


@dataclass
class ObserverQuestion:
    id: str
    seq: int
    at: datetime
    author_id: str
    agency: str
    text: str
    label: str
    reason: str
    suggestion: str
    decisions: list[Decision] = field(default_factory=list)

    @property
    def decision(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None


@dataclass(frozen=True)
class Stamp:
    """A timestamped preparation event: a step shown, a practice result, a feeling chosen."""

    seq: int
    at: datetime
    key: str
    value: str = ""


@dataclass(frozen=True)
class Addendum:
    seq: int
    at: datetime
    author_id: str
    text: str


@dataclass
class SessionState:
    session_id: str
    case_id: str
    status: Status = Status.PLANNED
    plan: InterviewPlan | None = None
    planned_by: str = ""
    further_reason: str = ""
    readiness: dict[str, str] = field(default_factory=dict)
    prep_steps: list[Stamp] = field(default_factory=list)
    practice: list[Stamp] = field(default_factory=list)
    feelings: list[Stamp] = field(default_factory=list)
    started_at: datetime | None = None
    recording_offset: float = 0.0
    phases: list[PhaseSpan] = field(default_factory=list)
    breaks: list[BreakSpan] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    questions: list[LoggedQuestion] = field(default_factory=list)
    observer_questions: dict[str, ObserverQuestion] = field(default_factory=dict)
    ended_at: datetime | None = None
    finalised_at: datetime | None = None
    cancelled_reason: str = ""
    addenda: list[Addendum] = field(default_factory=list)
    last_seq: int = 0

    @property
    def current_phase(self) -> str:
        if self.phases and self.phases[-1].ended_at is None:
            return self.phases[-1].phase
        return ""

    @property
    def open_break(self) -> BreakSpan | None:
        if self.breaks and self.breaks[-1].ended_at is None:
            return self.breaks[-1]
        return None

    @property
    def current_prep_step(self) -> str:
        return self.prep_steps[-1].key if self.prep_steps else ""

    def undecided(self) -> list[ObserverQuestion]:
        """Observer questions waiting for the interviewer (no decision, or deferred)."""
        return [
            q
            for q in self.observer_questions.values()
            if q.decision is None or q.decision.decision == "deferred"
        ]


def _text(data: dict[str, Any], key: str) -> str:
    return str(data.get(key, ""))


def _close_spans(state: SessionState, at: datetime) -> None:
    if state.phases and state.phases[-1].ended_at is None:
        state.phases[-1].ended_at = at
    if (open_break := state.open_break) is not None:
        open_break.ended_at = at


def _planned(state: SessionState, event: Event) -> None:
    state.plan = InterviewPlan.from_dict(event.data)
    if event.kind is EventKind.PLANNED:
        state.planned_by = event.author_id


def _prepared(state: SessionState, event: Event) -> None:
    # Only the first preparation step moves a planned session on; a feelings check at the
    # end of the interview must not move it back.
    if state.status is Status.PLANNED:
        state.status = Status.PREPARING
    data = event.data
    if event.kind is EventKind.READINESS:
        state.readiness = {str(k): str(v) for k, v in dict(data.get("items", {})).items()}
    elif event.kind is EventKind.PREP_STEP:
        state.prep_steps.append(Stamp(event.seq, event.at, _text(data, "step")))
    elif event.kind is EventKind.PRACTICE:
        state.practice.append(
            Stamp(event.seq, event.at, _text(data, "step"), _text(data, "result"))
        )
    else:
        state.feelings.append(
            Stamp(event.seq, event.at, _text(data, "face"), _text(data, "moment"))
        )


def _started(state: SessionState, event: Event) -> None:
    state.status = Status.RUNNING
    state.started_at = event.at
    state.recording_offset = float(event.data.get("recording_offset", 0.0))


def _phase(state: SessionState, event: Event) -> None:
    if state.phases and state.phases[-1].ended_at is None:
        state.phases[-1].ended_at = event.at
    state.phases.append(PhaseSpan(_text(event.data, "phase"), event.at))


def _break(state: SessionState, event: Event) -> None:
    if event.kind is EventKind.BREAK_STARTED:
        state.breaks.append(BreakSpan(_text(event.data, "reason"), state.current_phase, event.at))
        state.status = Status.ON_BREAK
    else:
        if (open_break := state.open_break) is not None:
            open_break.ended_at = event.at
        state.status = Status.RUNNING


def _entry(state: SessionState, event: Event) -> None:
    d, phase = event.data, state.current_phase
    if event.kind is EventKind.NOTE:
        state.notes.append(Note(event.seq, event.at, event.author_id, phase, _text(d, "text")))
    elif event.kind is EventKind.MARKER:
        state.markers.append(
            Marker(
                event.seq,
                event.at,
                event.author_id,
                phase,
                _text(d, "marker"),
                _text(d, "text"),
                _text(d, "source"),
            )
        )
    else:
        state.questions.append(
            LoggedQuestion(
                event.seq,
                event.at,
                event.author_id,
                phase,
                _text(d, "text"),
                _text(d, "label"),
                _text(d, "reason"),
                _text(d, "suggestion"),
            )
        )


def _observer(state: SessionState, event: Event) -> None:
    d = event.data
    question_id = _text(d, "question_id")
    if event.kind is EventKind.OBSERVER_QUESTION:
        state.observer_questions[question_id] = ObserverQuestion(
            question_id,
            event.seq,
            event.at,
            event.author_id,
            _text(d, "agency"),
            _text(d, "text"),
            _text(d, "label"),
            _text(d, "reason"),
            _text(d, "suggestion"),
        )
    elif (question := state.observer_questions.get(question_id)) is not None:
        question.decisions.append(
            Decision(
                event.seq,
                event.at,
                event.author_id,
                _text(d, "decision"),
                _text(d, "wording"),
                _text(d, "reason"),
            )
        )


def _lifecycle(state: SessionState, event: Event) -> None:
    if event.kind is EventKind.ENDED:
        _close_spans(state, event.at)
        state.status, state.ended_at = Status.ENDED, event.at
    elif event.kind is EventKind.FINALISED:
        state.status, state.finalised_at = Status.FINALISED, event.at
    elif event.kind is EventKind.CANCELLED:
        state.status, state.cancelled_reason = Status.CANCELLED, _text(event.data, "reason")
    elif event.kind is EventKind.FURTHER_REASON:
        state.further_reason = _text(event.data, "reason")
    elif event.kind is EventKind.RECORDING_OFFSET:
        state.recording_offset = float(event.data.get("seconds", 0.0))
    else:
        text = _text(event.data, "text")
        state.addenda.append(Addendum(event.seq, event.at, event.author_id, text))


_APPLY: dict[EventKind, Callable[[SessionState, Event], None]] = {
    EventKind.PLANNED: _planned,
    EventKind.PLAN_UPDATED: _planned,
    EventKind.READINESS: _prepared,
    EventKind.PREP_STEP: _prepared,
    EventKind.PRACTICE: _prepared,
    EventKind.FEELING: _prepared,
    EventKind.STARTED: _started,
    EventKind.PHASE: _phase,
    EventKind.BREAK_STARTED: _break,
    EventKind.BREAK_ENDED: _break,
    EventKind.NOTE: _entry,
    EventKind.MARKER: _entry,
    EventKind.QUESTION: _entry,
    EventKind.OBSERVER_QUESTION: _observer,
    EventKind.OBSERVER_DECISION: _observer,
    EventKind.ENDED: _lifecycle,
    EventKind.FINALISED: _lifecycle,
    EventKind.CANCELLED: _lifecycle,
    EventKind.FURTHER_REASON: _lifecycle,
    EventKind.RECORDING_OFFSET: _lifecycle,
    EventKind.ADDENDUM: _lifecycle,
}


def apply(state: SessionState, event: Event) -> None:
    """Apply one event in place; events must come in sequence order."""
    if event.seq <= state.last_seq:
        raise ValueError("interview events out of order")
    _APPLY[event.kind](state, event)
    state.last_seq = event.seq


def replay(base: SessionState, events: Iterable[Event]) -> SessionState:
    """A new state: ``base`` (left untouched) with ``events`` applied in order."""
    state = copy.deepcopy(base)
    for event in events:
        apply(state, event)
    return state
