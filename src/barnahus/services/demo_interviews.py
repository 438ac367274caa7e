"""The demo centre's interviews: one held and finalised, one planned.

A trainee should be able to open a complete interview (preparation on the child screen, every
phase, notes, logged questions with their coaching, markers, breaks, observers' questions and
the decisions on them) and a planned one to run themselves. The interviews are written through
the same services as real work; only their times are set in the past, minute by minute as the
YAML says, so durations and time codes look like a real interview's. The data is checked in
full before the store is created, with errors naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from barnahus.errors import FormDefinitionError
from barnahus.formdefs.interview import interview_setup, protocol
from barnahus.formdefs.preparation import preparation
from barnahus.interview.events import EventKind, NewEvent
from barnahus.interview.observers import coach_question, decision_problem
from barnahus.interview.plan import Interpreter, InterviewPlan, Observer
from barnahus.interview.state import SessionState
from barnahus.services.common import new_id, utc_now
from barnahus.services.interview_actions import phase_change_events
from barnahus.services.interviews import plan_interview, record
from barnahus.store.entities import CaseInfo

if TYPE_CHECKING:
    from barnahus.services.demo import DemoTeam

DEMO_FILE = "demo_centre.yaml"
INTERVIEWER = "interviewer"
RUN_KINDS = ("phase", "note", "question", "marker", "break", "observer", "feeling", "end")
PREP_KINDS = ("step", "practice", "feeling")
Make = Callable[[SessionState], list[NewEvent]]


def _fail(where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {DEMO_FILE} is invalid at {where}: {problem}.")


def _plan(raw: dict[str, Any], interviewer_id: str, now: datetime) -> InterviewPlan:
    if "scheduled_for" in raw:
        when = datetime.fromisoformat(str(raw["scheduled_for"]))
    else:
        hour, minute = (int(part) for part in str(raw.get("time", "10:00")).split(":"))
        day = now.date() + timedelta(days=int(raw["scheduled_in_days"]))
        when = datetime.combine(day, time(hour, minute), UTC)
    interpreter = raw.get("interpreter") or {}
    return InterviewPlan(
        scheduled_for=when,
        room=str(raw.get("room", "")),
        interviewer_id=interviewer_id,
        age_band=str(raw.get("age_band", "")),
        child_language=str(raw.get("child_language", "")),
        child_language_other=str(raw.get("child_language_other", "")),
        special_needs=str(raw.get("special_needs", "")),
        observers=tuple(
            Observer(str(o["agency"]), str(o.get("name", ""))) for o in raw["observers"]
        ),
        interpreter=Interpreter(
            bool(interpreter.get("needed", False)),
            str(interpreter.get("language", "")),
            str(interpreter.get("name", "")),
            bool(interpreter.get("briefed", False)),
        ),
        recording_reference=str(raw.get("recording_reference", "")),
        protocol=str(raw.get("protocol", interview_setup().default_protocol)),
        interviewed_before=bool(raw.get("interviewed_before", False)),
    )


def _kind(entry: Any, kinds: tuple[str, ...], where: str) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("at"), int | float):
        raise _fail(where, "each entry needs 'at' (minutes from the start)")
    found = [k for k in kinds if k in entry]
    if len(found) != 1:
        raise _fail(where, f"each entry needs exactly one of {', '.join(kinds)}")
    return found[0]


def _check_run(entry: Any, where: str) -> None:
    setup, prep = interview_setup(), preparation()
    kind = _kind(entry, RUN_KINDS, where)
    value = entry[kind]
    if kind == "phase":
        valid = protocol(setup.default_protocol).phase(str(value)) is not None
    elif kind == "marker":
        valid = value in {m.key for m in setup.markers}
    elif kind == "observer":
        valid = value in {a.key for a in setup.agencies}
    elif kind == "feeling":
        valid = value in {f.key for f in prep.feelings}
    elif kind == "break":
        valid = isinstance(value, str) and isinstance(entry.get("minutes"), int | float)
    else:
        valid = isinstance(value, str | bool) and bool(value)
    if not valid:
        raise _fail(f"{where}.{kind}", f"'{value}' is not a valid {kind} here")
    if kind == "observer":
        label = coach_question(str(entry.get("text", "")), setup.question_language).label
        problem = decision_problem(
            str(entry.get("decision", "")),
            str(entry.get("wording", "")),
            str(entry.get("reason", "")),
            label,
        )
        if problem or not isinstance(entry.get("decided_at"), int | float):
            raise _fail(f"{where}.decision", (problem or "'decided_at' is needed").rstrip("."))


def check_demo_interviews(value: Any, where: str) -> None:
    if not isinstance(value, list) or not value:
        raise _fail(where, "a list of interviews is required")
    setup, prep = interview_setup(), preparation()
    steps = {s.key for s in prep.steps}
    for index, raw in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("observers"), list):
            raise _fail(here, "an interview needs its plan fields and a list of observers")
        try:
            plan = _plan(raw, "demo", utc_now())
        except (KeyError, ValueError, TypeError) as exc:
            raise _fail(here, "the date, time or observers cannot be read") from exc
        if problems := plan.problems(setup):
            raise _fail(here, problems[0].rstrip("."))
        for i, entry in enumerate(raw.get("preparation", [])):
            kind = _kind(entry, PREP_KINDS, f"{here}.preparation[{i}]")
            if kind != "feeling" and entry[kind] not in steps:
                raise _fail(f"{here}.preparation[{i}]", f"'{entry[kind]}' is not a step")
        for i, entry in enumerate(raw.get("run", [])):
            _check_run(entry, f"{here}.run[{i}]")


@dataclass(frozen=True)
class _Step:
    at: datetime
    make: Make


def _one(kind: EventKind, **data: Any) -> Make:
    return lambda _state: [NewEvent(kind, dict(data))]


def _question(kind: EventKind, text: str, **extra: Any) -> Make:
    coaching = coach_question(text, interview_setup().question_language)
    data = {"text": text, "label": coaching.label, "reason": coaching.reason}
    return _one(kind, suggestion=coaching.suggestion, **data, **extra)


def _run_steps(entry: dict[str, Any], start: datetime) -> list[_Step]:
    at = start + timedelta(minutes=float(entry["at"]))
    kind = _kind(entry, RUN_KINDS, "run")
    value = entry[kind]
    if kind == "phase":
        return [_Step(at, lambda state: phase_change_events(state, str(value)))]
    if kind == "note":
        return [_Step(at, _one(EventKind.NOTE, text=str(value)))]
    if kind == "question":
        return [_Step(at, _question(EventKind.QUESTION, str(value), language="en"))]
    if kind == "marker":
        text = str(entry.get("text", ""))
        return [_Step(at, _one(EventKind.MARKER, marker=value, text=text, source="note_taker"))]
    if kind == "feeling":
        return [_Step(at, _one(EventKind.FEELING, face=str(value), moment="closing"))]
    if kind == "end":
        return [_Step(at, _one(EventKind.ENDED))]
    if kind == "break":
        back = at + timedelta(minutes=float(entry["minutes"]))
        return [
            _Step(at, _one(EventKind.BREAK_STARTED, reason=str(value))),
            _Step(back, _one(EventKind.BREAK_ENDED)),
        ]
    question_id = new_id()
    decided = start + timedelta(minutes=float(entry["decided_at"]))
    decision = {
        "question_id": question_id,
        "decision": str(entry["decision"]),
        "wording": str(entry.get("wording", "")).strip(),
        "reason": " ".join(str(entry.get("reason", "")).split()),
    }
    return [
        _Step(
            at,
            _question(
                EventKind.OBSERVER_QUESTION,
                str(entry["text"]),
                question_id=question_id,
                agency=str(value),
            ),
        ),
        _Step(decided, _one(EventKind.OBSERVER_DECISION, **decision)),
    ]


def _prep_steps(raw: dict[str, Any], start: datetime) -> list[_Step]:
    steps: list[_Step] = []
    if "readiness" in raw:
        steps.append(
            _Step(
                start - timedelta(minutes=16),
                _one(EventKind.READINESS, items=dict(raw["readiness"])),
            )
        )
    for entry in raw.get("preparation", []):
        at = start + timedelta(minutes=float(entry["at"]))
        if "step" in entry:
            steps.append(_Step(at, _one(EventKind.PREP_STEP, step=entry["step"])))
        elif "practice" in entry:
            result = "understood" if entry.get("understood", True) else "try_again"
            steps.append(_Step(at, _one(EventKind.PRACTICE, step=entry["practice"], result=result)))
        else:
            steps.append(
                _Step(at, _one(EventKind.FEELING, face=entry["feeling"], moment="preparation"))
            )
    return steps


def write_demo_interviews(team: DemoTeam, case: CaseInfo, value: Any) -> None:
    """Plan each interview and, when the YAML says it was held, replay it minute by minute."""
    with team.db.transaction() as tx:
        account = tx.account_by_name(INTERVIEWER)
    assert account is not None  # the demo creates it before any case
    author = team.psychologist  # the note taker; the interviewer account conducts it
    now = utc_now()
    for raw in value:
        plan = _plan(raw, account.id, now)
        start = plan.scheduled_for
        planned_at = min(now, start - timedelta(days=5))
        state = plan_interview(team.db, author, case.id, plan, at=planned_at)
        steps = _prep_steps(raw, start)
        if raw.get("run"):
            offset = float(raw.get("recording_offset", 0))
            steps.append(_Step(start, _one(EventKind.STARTED, recording_offset=offset)))
            for entry in raw["run"]:
                steps.extend(_run_steps(entry, start))
        if raw.get("finalised"):
            last = max(s.at for s in steps)
            steps.append(_Step(last + timedelta(minutes=30), _one(EventKind.FINALISED)))
        for step in sorted(steps, key=lambda s: s.at):
            state = record(team.db, author, state, step.make(state), at=step.at)
