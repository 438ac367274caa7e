"""The interview as an append-only log of events: what happened, when, and who wrote it.

An interview is a record a court may rely on, so nothing in it is overwritten: every click
(a phase started, a question logged, an observer's question decided) becomes one event that
is encrypted, signed by its author and appended. The session's state is computed by replaying
the events (:mod:`barnahus.interview.state`). Appending one small event per action is also what
makes autosave trivial: an action is on disk as soon as it is taken.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    PLANNED = "planned"  # data: the plan (InterviewPlan.to_dict)
    PLAN_UPDATED = "plan_updated"  # data: the whole new plan
    FURTHER_REASON = "further_reason"  # {reason}: why a further interview is needed
    READINESS = "readiness"  # {items: {key: yes|no|not_needed}}
    PREP_STEP = "prep_step"  # {step}: shown on the child screen
    PRACTICE = "practice"  # {step, result: understood|try_again}
    FEELING = "feeling"  # {face, moment: preparation|closing}
    STARTED = "started"  # {recording_offset}: the interview clock starts
    RECORDING_OFFSET = "recording_offset"  # {seconds}
    PHASE = "phase"  # {phase}
    NOTE = "note"  # {text}
    MARKER = "marker"  # {marker, text, source: note_taker|child_screen}
    BREAK_STARTED = "break_started"  # {reason}
    BREAK_ENDED = "break_ended"  # {}
    QUESTION = "question"  # {text, label, reason, suggestion, language}
    OBSERVER_QUESTION = "observer_question"  # {question_id, agency, text, label, ...}
    OBSERVER_DECISION = "observer_decision"  # {question_id, decision, wording, reason}
    ENDED = "ended"  # {}
    FINALISED = "finalised"  # {}
    ADDENDUM = "addendum"  # {text}
    CANCELLED = "cancelled"  # {reason}


@dataclass(frozen=True)
class Event:
    seq: int
    at: datetime
    author_id: str
    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NewEvent:
    """An event before the store gives it a sequence number."""

    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)


def encode_body(kind: EventKind, at: datetime, data: dict[str, Any]) -> bytes:
    """The plaintext that gets sealed: the kind and the time are inside, so both are signed."""
    document = {"kind": kind.value, "at": at.astimezone(UTC).isoformat(), "data": data}
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")


def decode_body(raw: bytes) -> tuple[EventKind, datetime, dict[str, Any]]:
    """Inverse of :func:`encode_body`; ValueError for anything that is not an event."""
    document = json.loads(raw.decode("utf-8", "surrogatepass"))
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        raise ValueError("not an interview event")
    at = datetime.fromisoformat(str(document["at"]))
    if at.tzinfo is None:
        raise ValueError("event time without a time zone")
    return EventKind(document["kind"]), at, document["data"]
