"""The rules of a session: which event may follow which, checked before anything is written.

planned -> preparing -> running <-> on_break -> ended -> finalised, or cancelled before start.
The rules carry the protocol's intent: the child must be ready before the interview starts;
a further interview needs a recorded reason (one-interview principle); every observer's
question needs a decision before the session is finalised; a finalised session takes only
dated, signed addenda. Errors are plain sentences for the person at the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from barnahus.errors import UsageError
from barnahus.formdefs.interview import InterviewSetup, Protocol
from barnahus.interview.events import EventKind, NewEvent
from barnahus.interview.observers import DecisionKind, decision_problem
from barnahus.interview.state import BEFORE_START, LIVE, SessionState, Status

MAX_NOTE = 8000
MAX_REASON = 2000
READINESS_ANSWERS = frozenset({"yes", "no", "not_needed"})


class InterviewRuleError(UsageError):
    """The action does not fit where the session is (for example, a note after finalising)."""


@dataclass(frozen=True)
class RuleContext:
    setup: InterviewSetup
    protocol: Protocol
    # True when the case already has a held interview, or the plan says the child was
    # interviewed elsewhere: then a reason must be recorded before this one can start.
    further_interview: bool


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise InterviewRuleError(message)


def _text(data: dict[str, Any], key: str, limit: int, message: str) -> str:
    value = data.get(key)
    _require(isinstance(value, str) and bool(value.strip()), message)
    assert isinstance(value, str)
    _require(len(value) <= limit, f"That text is too long (at most {limit} characters).")
    return value


def _not_closed(state: SessionState) -> None:
    _require(
        state.status is not Status.FINALISED,
        "This interview is finalised; add a dated addendum instead.",
    )
    _require(state.status is not Status.CANCELLED, "This interview was cancelled.")


def _plan(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    from barnahus.interview.plan import InterviewPlan

    if new.kind is EventKind.PLANNED:
        _require(state.last_seq == 0, "This interview is already planned.")
    else:
        _not_closed(state)
    try:
        plan = InterviewPlan.from_dict(new.data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InterviewRuleError("The plan is incomplete.") from exc
    problems = plan.problems(ctx.setup)
    _require(not problems, problems[0] if problems else "")
    _require(
        plan.protocol == ctx.protocol.key or state.status in BEFORE_START,
        "The protocol cannot change once the interview has started.",
    )


def _before_start(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    _require(state.status in BEFORE_START, "The interview has already started.")
    if new.kind is EventKind.FURTHER_REASON:
        _text(new.data, "reason", MAX_REASON, "Write why a further interview is needed.")
        return
    items = new.data.get("items")
    _require(isinstance(items, dict), "Answer every readiness question.")
    assert isinstance(items, dict)
    for item in ctx.setup.readiness:
        answer = items.get(item.key)
        _require(answer in READINESS_ANSWERS, f"Answer the readiness question '{item.label}'.")
        _require(
            answer != "not_needed" or item.optional,
            f"'{item.label}' cannot be marked as not needed.",
        )


def _preparation(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    _not_closed(state)
    _require(state.status is not Status.ENDED, "The interview has ended.")
    if new.kind is EventKind.FEELING:
        _require(new.data.get("moment") in ("preparation", "closing"), "Unknown moment.")
        _text(new.data, "face", 40, "Choose a face.")
    else:
        _text(new.data, "step", 40, "Choose a preparation step.")
    if new.kind is EventKind.PRACTICE:
        _require(new.data.get("result") in ("understood", "try_again"), "Unknown result.")


def _start(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    _require(state.status in BEFORE_START, "The interview has already started.")
    _require(bool(state.readiness), "Do the readiness check with the child first.")
    not_ready = [
        item.label for item in ctx.setup.readiness if state.readiness.get(item.key) == "no"
    ]
    _require(not not_ready, f"The child is not ready yet: {', '.join(not_ready)}.")
    _require(
        not ctx.further_interview or bool(state.further_reason),
        "This child has already had a forensic interview. Record why a further interview is "
        "needed before starting.",
    )
    _offset(new.data.get("recording_offset"))


def _offset(value: Any) -> None:
    _require(
        isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 86400,
        "The recording offset must be a number of seconds.",
    )


def _live(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    _not_closed(state)
    if new.kind is EventKind.NOTE:
        # The note taker often finishes a thought after the end; notes stay open until finalising.
        _require(state.status in LIVE or state.status is Status.ENDED, "Start the interview first.")
        _text(new.data, "text", MAX_NOTE, "The note is empty.")
        return
    _require(state.status in LIVE, "The interview is not running.")
    if new.kind is EventKind.PHASE:
        phase = new.data.get("phase")
        _require(ctx.protocol.phase(str(phase)) is not None, "That phase is not in the protocol.")
        _require(phase != state.current_phase, "That phase is already under way.")
    elif new.kind is EventKind.MARKER:
        keys = {m.key for m in ctx.setup.markers}
        _require(new.data.get("marker") in keys, "That marker is not known.")
        _require(len(str(new.data.get("text", ""))) <= MAX_NOTE, "The marker note is too long.")
    elif new.kind is EventKind.QUESTION:
        _text(new.data, "text", MAX_NOTE, "The question is empty.")
    elif new.kind is EventKind.RECORDING_OFFSET:
        _offset(new.data.get("seconds"))
    elif new.kind is EventKind.BREAK_STARTED:
        _require(state.status is Status.RUNNING, "A break is already under way.")
        _text(new.data, "reason", MAX_REASON, "Give the reason for the break.")
    elif new.kind is EventKind.BREAK_ENDED:
        _require(state.status is Status.ON_BREAK, "There is no break to end.")
    else:  # ENDED
        _require(bool(state.phases), "Start at least one phase before ending.")


def _observer(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    _not_closed(state)
    if new.kind is EventKind.OBSERVER_QUESTION:
        agencies = {a.key for a in ctx.setup.agencies}
        _require(new.data.get("agency") in agencies, "Choose the observer's agency.")
        _text(new.data, "text", MAX_NOTE, "The question is empty.")
        _require(
            str(new.data.get("question_id", "")) not in state.observer_questions,
            "That question is already in the queue.",
        )
        return
    _require(
        state.status in LIVE or state.status is Status.ENDED,
        "Questions are decided during or after the interview.",
    )
    question = state.observer_questions.get(str(new.data.get("question_id", "")))
    _require(question is not None, "That observer's question is not in the queue.")
    assert question is not None
    previous = question.decision
    _require(
        previous is None or previous.decision == DecisionKind.DEFERRED,
        "That question has been decided already.",
    )
    problem = decision_problem(
        str(new.data.get("decision", "")),
        str(new.data.get("wording", "")),
        str(new.data.get("reason", "")),
        question.label,
    )
    _require(problem is None, problem or "")


def _finish(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    if new.kind is EventKind.FINALISED:
        _require(state.status is Status.ENDED, "End the interview before finalising it.")
        waiting = [q for q in state.observer_questions.values() if q.decision is None]
        _require(
            not waiting,
            f"{len(waiting)} observer question(s) still need a decision before finalising.",
        )
    elif new.kind is EventKind.ADDENDUM:
        _require(state.status is Status.FINALISED, "Addenda are for finalised interviews.")
        _text(new.data, "text", MAX_NOTE, "The addendum is empty.")
    else:  # CANCELLED
        _require(state.status in BEFORE_START, "An interview that has started cannot be cancelled.")
        _text(new.data, "reason", MAX_REASON, "Give the reason for cancelling.")


_RULES: dict[EventKind, Callable[[SessionState, NewEvent, RuleContext], None]] = {
    EventKind.PLANNED: _plan,
    EventKind.PLAN_UPDATED: _plan,
    EventKind.FURTHER_REASON: _before_start,
    EventKind.READINESS: _before_start,
    EventKind.PREP_STEP: _preparation,
    EventKind.PRACTICE: _preparation,
    EventKind.FEELING: _preparation,
    EventKind.STARTED: _start,
    EventKind.RECORDING_OFFSET: _live,
    EventKind.PHASE: _live,
    EventKind.NOTE: _live,
    EventKind.MARKER: _live,
    EventKind.BREAK_STARTED: _live,
    EventKind.BREAK_ENDED: _live,
    EventKind.QUESTION: _live,
    EventKind.ENDED: _live,
    EventKind.OBSERVER_QUESTION: _observer,
    EventKind.OBSERVER_DECISION: _observer,
    EventKind.FINALISED: _finish,
    EventKind.ADDENDUM: _finish,
    EventKind.CANCELLED: _finish,
}


def check(state: SessionState, new: NewEvent, ctx: RuleContext) -> None:
    """Raise :class:`InterviewRuleError` if ``new`` may not follow ``state``."""
    if new.kind is not EventKind.PLANNED:
        _require(state.plan is not None, "Plan the interview first.")
    _RULES[new.kind](state, new, ctx)
