"""Use cases of the life project: open, save, submit, approve, send back, compare, print audit.

A case has one ``life_project`` record in the ``careplan`` compartment. Each save or status
change appends a signed revision carrying the full content (see :mod:`barnahus.careplan.model`
for how versions are derived). Who may do what is checked here, not only in the GUI:
psychologists write and submit, coordinators approve, send back and print, interviewers and
administrators hold no careplan key and get nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from barnahus.careplan.diff import FieldChange, diff_values
from barnahus.careplan.model import (
    PlanEvent,
    PlanRevision,
    PlanStatus,
    PlanVersion,
    build_versions,
    parse_body,
    parse_origin,
    revision_body,
)
from barnahus.careplan.values import (
    Problem,
    Values,
    approval_problems,
    normalise,
    submission_problems,
)
from barnahus.errors import UsageError
from barnahus.formdefs.plan import life_project_form
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.records import (
    RecordContent,
    RecordDamaged,
    RecordView,
    create_record,
    discard_drafts,
    read_record,
    records_of_case,
    recoverable_drafts,
    revision_history,
    save_revision,
)
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import RecordInfo

KIND = "life_project"
TITLE = "Life project"
READERS = (Role.PSYCHOLOGIST, Role.COORDINATOR)


class PlanRefused(UsageError):
    """A submission or approval that must wait: ``problems`` says what is missing."""

    def __init__(self, action: str, problems: list[Problem]) -> None:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"The plan cannot be {action} yet: {problems[0].message}{more}")
        self.problems = problems


@dataclass(frozen=True)
class RecoveredDraft:
    """Autosaved text newer than the last save, offered back after a crash or a lock."""

    values: Values
    saved_at: datetime


@dataclass(frozen=True)
class PlanState:
    """A case's plan as one person sees it: every version, names of the staff who wrote and
    approved them, and that person's own autosaved text if it is newer than the last save."""

    case_id: str
    record_id: str | None
    versions: tuple[PlanVersion, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    draft: RecoveredDraft | None = None
    case_number: str = ""

    @property
    def current(self) -> PlanVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def working_number(self) -> int:
        """The version an edit goes to: the open one, or a new one after an approval."""
        current = self.current
        if current is None:
            return 1
        return current.number if current.is_open else current.number + 1

    @property
    def working_values(self) -> Values:
        return self.current.values if self.current is not None else {}

    def version(self, number: int) -> PlanVersion:
        for version in self.versions:
            if version.number == number:
                return version
        raise UsageError(f"This plan has no version {number}.")

    def name_of(self, user_id: str) -> str:
        return self.names.get(user_id, "an unknown account")


@dataclass(frozen=True)
class PlanPermissions:
    edit: bool
    approve: bool
    send_back: bool
    print: bool


def permissions(keyring: Keyring, state: PlanState) -> PlanPermissions:
    """What the GUI should offer; the use cases below check the same rules again."""
    holds = keyring.holds(Compartment.CAREPLAN)
    roles = keyring.roles
    current = state.current
    waiting = current is not None and current.status is PlanStatus.SUBMITTED
    coordinator = holds and Role.COORDINATOR in roles
    return PlanPermissions(
        edit=holds and Role.PSYCHOLOGIST in roles,
        approve=coordinator
        and waiting
        and keyring.user_id not in (current.authors if current else ()),
        send_back=coordinator and waiting,
        print=coordinator and current is not None,
    )


# reading ------------------------------------------------------------------------------------
def require_reader(keyring: Keyring) -> None:
    """Plans are for psychologists and coordinators holding the careplan key, no one else."""
    keyring.require_role(*READERS)
    keyring.compartment_key(Compartment.CAREPLAN)


def find_plan_record(db: StoreDatabase, case_id: str) -> RecordInfo | None:
    """The case's plan record: the first one made, should two people have started at once."""
    found = records_of_case(db, case_id, KIND)
    return min(found, key=lambda r: (r.created_at, r.id)) if found else None


def plan_revisions(db: StoreDatabase, keyring: Keyring, record: RecordInfo) -> list[PlanRevision]:
    """Every revision decrypted (unaudited: the caller audits the view it makes of them)."""
    return [
        plan_revision(read_record(db, keyring, record.id, sealed.revision, audited=False))
        for sealed in revision_history(db, record.id)
    ]


def plan_revision(view: RecordView) -> PlanRevision:
    """One decrypted revision of a plan record read as a plan; RecordDamaged if it is not one."""
    try:
        event, values, note = parse_body(view.content.body)
        origin = parse_origin(view.content.body, event)
    except ValueError as exc:
        raise RecordDamaged(view.record.id) from exc
    return PlanRevision(view.revision, view.author_id, view.saved_at, event, values, note, origin)


def _draft(db: StoreDatabase, keyring: Keyring, record: RecordInfo) -> RecoveredDraft | None:
    for draft in recoverable_drafts(db, keyring):
        if draft.record.id == record.id:
            try:
                _event, values, _note = parse_body(draft.content.body)
            except ValueError:
                return None
            return RecoveredDraft(values, draft.saved_at)
    return None


def _same(typed: Values, saved: Values) -> bool:
    """Whether journaled text (as typed) says the same as a saved version."""
    try:
        return normalise(life_project_form(), typed) == saved
    except UsageError:
        return False


def _audit(db: StoreDatabase, keyring: Keyring, action: str, target: str, detail: str) -> None:
    with db.transaction() as tx:
        audit.append(
            tx,
            action,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=target,
            detail=detail,
        )


def open_plan(
    db: StoreDatabase, keyring: Keyring, case_id: str, *, audited: bool = True
) -> PlanState:
    """The case's plan with every version; a view is audited unless ``audited`` is False."""
    require_reader(keyring)
    with db.transaction() as tx:
        case = tx.case_by_id(case_id)
        names = {a.id: a.name for a in tx.accounts()}
    if case is None or case.status == "erased":
        raise UsageError("There is no case with that id.")
    record = find_plan_record(db, case_id)
    if record is None:
        return PlanState(case_id, None, names=names, case_number=case.case_number)
    versions = tuple(build_versions(plan_revisions(db, keyring, record)))
    draft = _draft(db, keyring, record) if Role.PSYCHOLOGIST in keyring.roles else None
    if draft is not None and versions and _same(draft.values, versions[-1].values):
        draft = None
    state = PlanState(case_id, record.id, versions, names, draft, case.case_number)
    if audited and versions:
        _audit(
            db,
            keyring,
            audit.RECORD_VIEWED,
            record.id,
            f"life project opened at version {versions[-1].number}",
        )
    return state


def read_version(db: StoreDatabase, keyring: Keyring, case_id: str, number: int) -> PlanVersion:
    """One version, read-only; approved and superseded versions stay readable for ever."""
    state = open_plan(db, keyring, case_id, audited=False)
    version = state.version(number)
    assert state.record_id is not None
    _audit(db, keyring, audit.RECORD_VIEWED, state.record_id, f"life project version {number}")
    return version


def compare_versions(
    db: StoreDatabase, keyring: Keyring, case_id: str, before: int, after: int
) -> list[FieldChange]:
    """Per-field before/after text of two versions (for the side-by-side view)."""
    state = open_plan(db, keyring, case_id, audited=False)
    old, new = state.version(before), state.version(after)
    assert state.record_id is not None
    _audit(
        db,
        keyring,
        audit.RECORD_VIEWED,
        state.record_id,
        f"life project versions {before} and {after} compared",
    )
    return diff_values(life_project_form(), old.values, new.values)


# writing ------------------------------------------------------------------------------------
def _plan_record(db: StoreDatabase, keyring: Keyring, case_id: str) -> RecordInfo:
    record = find_plan_record(db, case_id)
    if record is None:
        create_record(db, keyring, case_id, KIND, Compartment.CAREPLAN)
        record = find_plan_record(db, case_id)  # the first one wins if two were made at once
        assert record is not None
    return record


def _write(
    db: StoreDatabase,
    keyring: Keyring,
    state: PlanState,
    event: PlanEvent,
    number: int,
    values: Values,
    note: str = "",
) -> None:
    assert state.record_id is not None
    body = revision_body(event, number, life_project_form().version, values, note)
    save_revision(db, keyring, state.record_id, RecordContent(TITLE, body))


def _editable_state(db: StoreDatabase, keyring: Keyring, case_id: str) -> PlanState:
    keyring.require_role(Role.PSYCHOLOGIST)
    _plan_record(db, keyring, case_id)
    return open_plan(db, keyring, case_id, audited=False)


def save_plan(db: StoreDatabase, keyring: Keyring, case_id: str, values: Values) -> PlanState:
    """Save the working version. Saving a submitted plan takes it back to draft; saving after
    an approval starts the next version (the approved one is never touched)."""
    clean = normalise(life_project_form(), values)
    state = _editable_state(db, keyring, case_id)
    current = state.current
    if current is not None and current.is_open and current.values == clean:
        return state
    _write(db, keyring, state, PlanEvent.SAVED, state.working_number, clean)
    return open_plan(db, keyring, case_id, audited=False)


def submit_plan(db: StoreDatabase, keyring: Keyring, case_id: str, values: Values) -> PlanState:
    """Save and submit for approval, once nothing required is missing."""
    form = life_project_form()
    clean = normalise(form, values)
    problems = submission_problems(form, clean)
    if problems:
        raise PlanRefused("submitted", problems)
    state = _editable_state(db, keyring, case_id)
    current = state.current
    if current is not None and current.status is PlanStatus.SUBMITTED and current.values == clean:
        return state
    _write(db, keyring, state, PlanEvent.SUBMITTED, state.working_number, clean)
    return open_plan(db, keyring, case_id, audited=False)


def _waiting(
    db: StoreDatabase, keyring: Keyring, case_id: str, number: int
) -> tuple[PlanState, PlanVersion]:
    keyring.require_role(Role.COORDINATOR)
    state = open_plan(db, keyring, case_id, audited=False)
    current = state.current
    if current is None or current.number != number or current.status is not PlanStatus.SUBMITTED:
        raise UsageError(f"Version {number} of this plan is not waiting for approval.")
    return state, current


def approve_plan(db: StoreDatabase, keyring: Keyring, case_id: str, number: int) -> PlanState:
    """Approve version ``number`` exactly as submitted. Its authors cannot approve it."""
    state, current = _waiting(db, keyring, case_id, number)
    if keyring.user_id in current.authors:
        raise AccessDenied(
            "You wrote this version of the plan; another coordinator must approve it."
        )
    form = life_project_form()
    problems = submission_problems(form, current.values) + approval_problems(form, current.values)
    if problems:
        raise PlanRefused("approved", problems)
    _write(db, keyring, state, PlanEvent.APPROVED, number, current.values)
    return open_plan(db, keyring, case_id, audited=False)


def send_back_plan(
    db: StoreDatabase, keyring: Keyring, case_id: str, number: int, note: str
) -> PlanState:
    """Return a submitted version to its authors as a draft, saying what to change."""
    if not note.strip():
        raise UsageError("Say what should change before sending the plan back.")
    state, current = _waiting(db, keyring, case_id, number)
    _write(db, keyring, state, PlanEvent.RETURNED, number, current.values, note.strip())
    return open_plan(db, keyring, case_id, audited=False)


# autosave -----------------------------------------------------------------------------------
def start_plan(db: StoreDatabase, keyring: Keyring, case_id: str) -> str:
    """The id of the case's plan record, made on the first edit; its autosave journal
    (:class:`barnahus.services.autosave.Autosaver`) keeps the editor's text as drafts."""
    keyring.require_role(Role.PSYCHOLOGIST)
    return _plan_record(db, keyring, case_id).id


def draft_content(state: PlanState, values: Values) -> RecordContent:
    """What the autosaver journals: the editor's values as typed, for the working version."""
    body = revision_body(PlanEvent.SAVED, state.working_number, life_project_form().version, values)
    return RecordContent(TITLE, body)


def journal_matches(content: RecordContent, saved: Values) -> bool:
    """Whether a journaled draft says the same as ``saved`` (so nothing is left unsaved)."""
    try:
        _event, values, _note = parse_body(content.body)
    except ValueError:
        return False
    return _same(values, saved)


def discard_plan_draft(db: StoreDatabase, keyring: Keyring, state: PlanState) -> None:
    if state.record_id is not None:
        discard_drafts(db, keyring, state.record_id)


# printing ------------------------------------------------------------------------------------
def record_print(
    db: StoreDatabase, keyring: Keyring, case_id: str, number: int, audience: str, pages: int
) -> None:
    """Audit a print before it is sent to the printer (coordinators only)."""
    keyring.require_role(Role.COORDINATOR)
    keyring.compartment_key(Compartment.CAREPLAN)
    record = find_plan_record(db, case_id)
    if record is None:
        raise UsageError("This case has no life project to print.")
    detail = f"life project version {number}, {audience} version, {pages} pages"
    _audit(db, keyring, audit.PRINTED, record.id, detail)
