"""Interview sessions as use cases: book, plan, list, open, and record what happens.

Storage choice (see docs/interview.md): a session is a row of plaintext metadata (date, room,
interviewer, status, start and end) that a coordinator may read without the interview key,
plus an append-only log of encrypted, signed events holding everything else. Every change
goes through :func:`record`, which replays what other workstations appended meanwhile, checks
the protocol's rules, and appends in one transaction, so two people never overwrite each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from barnahus.errors import UsageError
from barnahus.formdefs.interview import interview_setup, protocol
from barnahus.interview.events import Event, EventKind, NewEvent
from barnahus.interview.machine import RuleContext, check
from barnahus.interview.plan import InterviewPlan
from barnahus.interview.state import HELD, SessionState, Status, apply, replay
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.common import as_utc, new_id, utc_now
from barnahus.services.interview_log import (
    InterviewDamaged,
    last_sealed,
    read_events,
    seal_event,
    session_info,
)
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import InterviewSessionInfo

INTERVIEW_ROLES = (Role.INTERVIEWER, Role.PSYCHOLOGIST)
SCHEDULING_ROLES = (Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST)
_AUDITED = {
    EventKind.PLANNED: audit.INTERVIEW_PLANNED,
    EventKind.STARTED: audit.INTERVIEW_STARTED,
    EventKind.ENDED: audit.INTERVIEW_ENDED,
    EventKind.FINALISED: audit.INTERVIEW_FINALISED,
    EventKind.ADDENDUM: audit.INTERVIEW_ADDENDUM,
    EventKind.CANCELLED: audit.INTERVIEW_CANCELLED,
}


@dataclass(frozen=True)
class SessionListing:
    """What anyone working on cases may see of an interview: no content, only metadata."""

    id: str
    case_id: str
    case_number: str
    status: str
    protocol: str
    room: str
    scheduled_for: datetime
    interviewer_id: str
    interviewer_name: str
    started_at: datetime | None
    ended_at: datetime | None
    finalised_at: datetime | None

    @property
    def duration_seconds(self) -> float | None:
        if self.started_at is None or self.ended_at is None:
            return None
        return (as_utc(self.ended_at) - as_utc(self.started_at)).total_seconds()


def _listing(tx: Tx, info: InterviewSessionInfo) -> SessionListing:
    case = tx.case_by_id(info.case_id)
    account = tx.account_by_id(info.interviewer_id)
    return SessionListing(
        id=info.id,
        case_id=info.case_id,
        case_number=case.case_number if case else "",
        status=info.status,
        protocol=info.protocol,
        room=info.room,
        scheduled_for=as_utc(info.scheduled_for),
        interviewer_id=info.interviewer_id,
        interviewer_name=account.name if account else "",
        started_at=as_utc(info.started_at) if info.started_at else None,
        ended_at=as_utc(info.ended_at) if info.ended_at else None,
        finalised_at=as_utc(info.finalised_at) if info.finalised_at else None,
    )


def list_sessions(
    db: StoreDatabase, keyring: Keyring, case_id: str | None = None
) -> list[SessionListing]:
    """Interview metadata (date, status, room, durations); needs no interview key."""
    keyring.require_role(*SCHEDULING_ROLES)
    with db.transaction() as tx:
        return [_listing(tx, info) for info in tx.interview_sessions(case_id)]


def find_session(db: StoreDatabase, keyring: Keyring, reference: str) -> SessionListing:
    """A session by its id or a unique beginning of it (at least 8 characters)."""
    reference = reference.strip().lower()
    if len(reference) < 8:
        raise UsageError("Give the interview id (at least its first 8 characters).")
    found = [s for s in list_sessions(db, keyring) if s.id.startswith(reference)]
    if len(found) != 1:
        raise UsageError(
            "There is no interview with that id." if not found else "That id is ambiguous."
        )
    return found[0]


def interviewer_choices(db: StoreDatabase) -> list[tuple[str, str]]:
    """(account id, name) of everyone who may conduct an interview."""
    wanted = {role.value for role in INTERVIEW_ROLES}
    with db.transaction() as tx:
        return sorted(
            ((a.id, a.name) for a in tx.accounts() if not a.disabled and a.roles & wanted),
            key=lambda pair: pair[1],
        )


def _check_booking(tx: Tx, case_id: str, room: str, interviewer_id: str) -> None:
    case = tx.case_by_id(case_id)
    if case is None or case.status == "erased":
        raise UsageError("There is no case with that id.")
    if case.status != "open":
        raise UsageError("Interviews can only be planned for open cases.")
    if room not in interview_setup().rooms:
        raise UsageError("Choose one of the centre's interview rooms.")
    account = tx.account_by_id(interviewer_id)
    if account is None or account.disabled or not account.roles & {"interviewer", "psychologist"}:
        raise UsageError("The interviewer must be an active interviewer or psychologist.")


def schedule_interview(
    db: StoreDatabase,
    keyring: Keyring,
    case_id: str,
    scheduled_for: datetime,
    room: str,
    interviewer_id: str,
) -> SessionListing:
    """Book a date, room and interviewer (coordinators); the interviewer plans the rest."""
    keyring.require_role(*SCHEDULING_ROLES)
    if scheduled_for.tzinfo is None:
        raise UsageError("The date and time need a time zone.")
    now = utc_now()
    with db.transaction() as tx:
        _check_booking(tx, case_id, room, interviewer_id)
        info = InterviewSessionInfo(
            new_id(),
            case_id,
            Status.PLANNED.value,
            interview_setup().default_protocol,
            room,
            scheduled_for,
            interviewer_id,
            now,
            keyring.user_id,
            now,
            None,
            None,
            None,
        )
        tx.add_interview_session(info)
        audit.append(
            tx,
            audit.INTERVIEW_PLANNED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=info.id,
            detail="booked",
        )
        return _listing(tx, info)


def plan_interview(
    db: StoreDatabase,
    keyring: Keyring,
    case_id: str,
    plan: InterviewPlan,
    *,
    at: datetime | None = None,
) -> SessionState:
    """A new session with its plan (encrypted) and its metadata (plaintext)."""
    keyring.compartment_key(Compartment.INTERVIEW)
    with db.transaction() as tx:
        _check_booking(tx, case_id, plan.room, plan.interviewer_id)
        now = utc_now()
        info = InterviewSessionInfo(
            new_id(),
            case_id,
            Status.PLANNED.value,
            plan.protocol,
            plan.room,
            plan.scheduled_for,
            plan.interviewer_id,
            now,
            keyring.user_id,
            now,
            None,
            None,
            None,
        )
        tx.add_interview_session(info)
    return record(db, keyring, SessionState(info.id, case_id), [plan_event(plan)], at=at)


def plan_booked_interview(
    db: StoreDatabase, keyring: Keyring, session_id: str, plan: InterviewPlan
) -> SessionState:
    """Write the plan of a session a coordinator booked (date, room, interviewer only)."""
    state = open_session(db, keyring, session_id, audited=False)
    return record(db, keyring, state, [plan_event(plan)])


def plan_event(plan: InterviewPlan, *, update: bool = False) -> NewEvent:
    return NewEvent(EventKind.PLAN_UPDATED if update else EventKind.PLANNED, plan.to_dict())


def open_session(
    db: StoreDatabase, keyring: Keyring, session_id: str, *, audited: bool = True
) -> SessionState:
    """Decrypt, verify and replay every event of a session (needs the interview key)."""
    keyring.compartment_key(Compartment.INTERVIEW)
    with db.transaction() as tx:
        info = session_info(tx, session_id)
        state = replay(SessionState(info.id, info.case_id), read_events(tx, keyring, info))
        if info.status == Status.FINALISED.value and state.status is not Status.FINALISED:
            raise InterviewDamaged(info.id, state.last_seq)
        if audited:
            audit.append(
                tx,
                audit.INTERVIEW_OPENED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=info.id,
            )
    return state


def refresh(db: StoreDatabase, keyring: Keyring, state: SessionState) -> SessionState:
    """``state`` plus whatever other workstations appended since (``state`` is not changed)."""
    keyring.compartment_key(Compartment.INTERVIEW)
    with db.transaction() as tx:
        info = session_info(tx, state.session_id)
        newer = read_events(tx, keyring, info, state.last_seq)
    return replay(state, newer) if newer else state


def earlier_interviews(db: StoreDatabase, keyring: Keyring, state: SessionState) -> list[str]:
    """Dates of forensic interviews this case already had (the one-interview principle)."""
    with db.transaction() as tx:
        return [d.isoformat() for d in _held_elsewhere(tx, state)]


def _held_elsewhere(tx: Tx, state: SessionState) -> list[datetime]:
    return [
        as_utc(other.started_at or other.scheduled_for)
        for other in tx.interview_sessions(state.case_id)
        if other.id != state.session_id and (other.started_at is not None or other.status in HELD)
    ]


def further_interview_needed(tx: Tx, state: SessionState) -> bool:
    elsewhere = state.plan is not None and state.plan.interviewed_before
    return elsewhere or bool(_held_elsewhere(tx, state))


def _context(tx: Tx, state: SessionState) -> RuleContext:
    setup = interview_setup()
    key = state.plan.protocol if state.plan is not None else setup.default_protocol
    return RuleContext(setup, protocol(key), further_interview_needed(tx, state))


def _metadata(
    info: InterviewSessionInfo, state: SessionState, now: datetime
) -> InterviewSessionInfo:
    plan = state.plan
    return replace(
        info,
        status=state.status.value,
        protocol=plan.protocol if plan else info.protocol,
        room=plan.room if plan else info.room,
        scheduled_for=plan.scheduled_for if plan else info.scheduled_for,
        interviewer_id=plan.interviewer_id if plan else info.interviewer_id,
        updated_at=now,
        started_at=state.started_at,
        ended_at=state.ended_at,
        finalised_at=state.finalised_at,
        last_seq=state.last_seq,
    )


def record(
    db: StoreDatabase,
    keyring: Keyring,
    state: SessionState,
    events: Sequence[NewEvent],
    *,
    at: datetime | None = None,
) -> SessionState:
    """Append ``events`` after checking each against the session's up-to-date state.

    Events appended by others since ``state`` was read are replayed first, inside the same
    (write-locked) transaction, so the rules see the real session. Returns the new state;
    ``state`` itself is left unchanged, so callers on other threads can keep reading it.
    ``at`` (default: now) is when the events happened; only the demo centre, which writes an
    interview held weeks ago, sets it. The audit entries always carry the real time.
    """
    keyring.compartment_key(Compartment.INTERVIEW)
    if not events:
        raise UsageError("There is nothing to record.")
    with db.transaction() as tx:
        info = session_info(tx, state.session_id)
        current = replay(state, read_events(tx, keyring, info, state.last_seq))
        previous = last_sealed(tx, info, current.last_seq)
        now = utc_now()
        when = at or now
        for new in events:
            check(current, new, _context(tx, current))
            sealed = seal_event(tx, keyring, info, previous, new, when)
            tx.add_interview_event(sealed)
            previous = sealed
            apply(current, Event(sealed.seq, when, keyring.user_id, new.kind, new.data))
            if (action := _AUDITED.get(new.kind)) is not None:
                audit.append(
                    tx,
                    action,
                    actor_id=keyring.user_id,
                    signer=keyring.user_keys,
                    target=info.id,
                )
        tx.update_interview_session(_metadata(info, current, now))
        tx.touch_case(info.case_id, now)
    return current
