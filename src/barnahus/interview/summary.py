"""The summary of one interview: what the team, the prosecutor and a court need at a glance.

Phase durations, breaks, which preparation steps the child saw, how the interviewer asked
(counts by question type and the share of open prompts), the observers' questions with their
decisions, and the markers, each with clock time and recording time code. Computed from the
replayed state, never stored, so it always matches the signed event log.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from barnahus.formdefs.interview import InterviewSetup, Protocol
from barnahus.formdefs.preparation import Preparation
from barnahus.interview.clock import elapsed_seconds, timecode
from barnahus.interview.coaching import Label
from barnahus.interview.observers import DECISION_LABELS, OPEN_LABELS, DecisionKind
from barnahus.interview.state import SessionState, Status

# Facilitators ("Mm-hm") keep the child talking but ask nothing, and unclassified lines are not
# judged, so neither counts towards the share of open prompts.
NOT_PROMPTS = frozenset({Label.FACILITATOR.value, Label.UNCLASSIFIED.value})


@dataclass(frozen=True)
class PhaseLine:
    key: str
    title: str
    seconds: float
    visits: int


@dataclass(frozen=True)
class BreakLine:
    reason: str
    phase: str
    clock: str
    seconds: float


@dataclass(frozen=True)
class TimedLine:
    """One line with clock time, recording time code, phase title and text."""

    clock: str
    recording: str
    phase: str
    label: str
    text: str


@dataclass(frozen=True)
class QuestionStats:
    counts: dict[str, int]
    total: int
    prompts: int
    open_prompts: int

    @property
    def share_open(self) -> float | None:
        return self.open_prompts / self.prompts if self.prompts else None


@dataclass(frozen=True)
class ObserverLine:
    agency: str
    text: str
    label: str
    flagged_suggestion: str
    decision: str
    wording: str
    reason: str


@dataclass(frozen=True)
class InterviewSummary:
    status: str
    protocol: str
    started_at: datetime | None
    ended_at: datetime | None
    total_seconds: float
    break_seconds: float
    recording_offset: float
    phases: tuple[PhaseLine, ...]
    breaks: tuple[BreakLine, ...]
    preparation: tuple[TimedLine, ...]
    feelings: tuple[TimedLine, ...]
    questions: QuestionStats
    observers: tuple[ObserverLine, ...]
    markers: tuple[TimedLine, ...]
    further_reason: str
    addenda: int


def question_stats(labels: list[str]) -> QuestionStats:
    counts = Counter(labels)
    ordered = {label.value: counts.get(label.value, 0) for label in Label}
    prompts = sum(n for label, n in ordered.items() if label not in NOT_PROMPTS)
    open_prompts = sum(ordered[label.value] for label in OPEN_LABELS)
    return QuestionStats(ordered, len(labels), prompts, open_prompts)


class _Times:
    def __init__(self, state: SessionState) -> None:
        self.state = state

    def clock(self, at: datetime) -> str:
        start = self.state.started_at
        return "" if start is None or at < start else timecode(elapsed_seconds(start, at))

    def recording(self, at: datetime) -> str:
        start = self.state.started_at
        if start is None or at < start:
            return ""
        return timecode(elapsed_seconds(start, at) + self.state.recording_offset)


def summarise(
    state: SessionState,
    setup: InterviewSetup,
    protocol: Protocol,
    preparation: Preparation,
    now: datetime,
) -> InterviewSummary:
    times = _Times(state)
    titles = {p.key: p.title for p in protocol.phases}
    phase_seconds: dict[str, float] = {}
    visits: Counter[str] = Counter()
    for span in state.phases:
        seconds = elapsed_seconds(span.started_at, span.ended_at or now)
        phase_seconds[span.phase] = phase_seconds.get(span.phase, 0.0) + seconds
        visits[span.phase] += 1
    phases = tuple(
        PhaseLine(p.key, p.title, phase_seconds.get(p.key, 0.0), visits[p.key])
        for p in protocol.phases
        if visits[p.key]
    )
    breaks = tuple(
        BreakLine(
            b.reason,
            titles.get(b.phase, b.phase),
            times.clock(b.started_at),
            elapsed_seconds(b.started_at, b.ended_at or now),
        )
        for b in state.breaks
    )
    step_titles = {s.key: s.title for s in preparation.steps}
    prep = tuple(
        TimedLine(times.clock(s.at), "", "", step_titles.get(s.key, s.key), _local_time(s.at))
        for s in state.prep_steps
    )
    feelings = tuple(
        TimedLine(times.clock(f.at), times.recording(f.at), f.value, f.key, _local_time(f.at))
        for f in state.feelings
    )
    markers = tuple(
        TimedLine(
            times.clock(m.at),
            times.recording(m.at),
            titles.get(m.phase, m.phase),
            setup.label(setup.markers, m.key),
            m.text,
        )
        for m in state.markers
    )
    observers = tuple(
        ObserverLine(
            setup.label(setup.agencies, q.agency),
            q.text,
            q.label,
            q.suggestion,
            DECISION_LABELS[DecisionKind(q.decision.decision)] if q.decision else "Not decided",
            q.decision.wording if q.decision else "",
            q.decision.reason if q.decision else "",
        )
        for q in state.observer_questions.values()
    )
    end = state.ended_at or (now if state.status in (Status.RUNNING, Status.ON_BREAK) else None)
    total = elapsed_seconds(state.started_at, end) if state.started_at and end else 0.0
    return InterviewSummary(
        status=state.status.value,
        protocol=protocol.title,
        started_at=state.started_at,
        ended_at=state.ended_at,
        total_seconds=total,
        break_seconds=sum(b.seconds for b in breaks),
        recording_offset=state.recording_offset,
        phases=phases,
        breaks=breaks,
        preparation=prep,
        feelings=feelings,
        questions=question_stats([q.label for q in state.questions]),
        observers=observers,
        markers=markers,
        further_reason=state.further_reason,
        addenda=len(state.addenda),
    )


def _local_time(at: datetime) -> str:
    return at.astimezone().strftime("%H:%M:%S")
