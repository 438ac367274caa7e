"""The interview summary: computed from the signed event log, exported as a PDF.

The PDF is built in memory and written only to the file the person chose (mode 0600, atomic,
never overwriting), and the export is audited before the file appears under its name. Both the
command line (``barnahus interview report``) and the Summary button use these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barnahus.collector import collector_paused
from barnahus.errors import UsageError
from barnahus.formdefs.interview import interview_setup, protocol
from barnahus.formdefs.preparation import preparation
from barnahus.interview.state import SessionState
from barnahus.interview.summary import InterviewSummary, summarise
from barnahus.reports.interview_summary import SummaryHeader, build_summary_pdf
from barnahus.services import audit
from barnahus.services.common import utc_now
from barnahus.services.interviews import SessionListing, find_session, open_session
from barnahus.services.keyring import Keyring
from barnahus.services.private_files import write_private_file
from barnahus.services.store_access import is_demo
from barnahus.store.database import StoreDatabase

READINESS_WORDS = {"yes": "yes", "no": "NO", "not_needed": "not needed"}
PRACTICE_WORDS = {"understood": "understood", "try_again": "needs another try"}


@dataclass(frozen=True)
class SummaryView:
    listing: SessionListing
    state: SessionState
    summary: InterviewSummary


def summary_view(db: StoreDatabase, keyring: Keyring, reference: str) -> SummaryView:
    """Everything the summary shows (needs the interview key; the opening is audited)."""
    listing = find_session(db, keyring, reference)
    state = open_session(db, keyring, listing.id)
    return SummaryView(listing, state, summarise_state(state))


def summarise_state(state: SessionState) -> InterviewSummary:
    setup = interview_setup()
    key = state.plan.protocol if state.plan else setup.default_protocol
    return summarise(state, setup, protocol(key), preparation(), utc_now())


def _header(db: StoreDatabase, view: SummaryView) -> SummaryHeader:
    setup = interview_setup()
    plan, state = view.state.plan, view.state
    if plan is None:
        raise UsageError("This interview has not been planned yet, so there is nothing to sum up.")
    interpreter = "not needed"
    if plan.interpreter.needed:
        briefed = "briefed" if plan.interpreter.briefed else "NOT briefed"
        interpreter = f"{plan.interpreter.language}, {briefed}"
    observers = tuple(
        setup.label(setup.agencies, o.agency) + (f" ({o.name})" if o.name else "")
        for o in plan.observers
    )
    steps = {s.key: s.title for s in preparation().steps}
    readiness = tuple(
        (item.label, READINESS_WORDS.get(state.readiness.get(item.key, ""), "not asked"))
        for item in setup.readiness
    )
    practice = tuple(
        (steps.get(p.key, p.key), PRACTICE_WORDS.get(p.value, p.value)) for p in state.practice
    )
    with db.transaction() as tx:
        names = {a.id: a.name for a in tx.accounts()}
        demo = is_demo(tx)
    addenda = tuple((a.at, names.get(a.author_id, ""), a.text) for a in state.addenda)
    return SummaryHeader(
        case_number=view.listing.case_number,
        session_id=view.listing.id,
        scheduled_for=plan.scheduled_for,
        room=plan.room,
        interviewer=names.get(plan.interviewer_id, ""),
        age_band=setup.label(setup.age_bands, plan.age_band),
        child_language=plan.language_name(setup),
        interpreter=interpreter,
        observers=observers,
        recording_reference=plan.recording_reference,
        readiness=readiness,
        practice=practice,
        addenda=addenda,
        demo=demo,
        generated_at=utc_now(),
    )


def summary_pdf(db: StoreDatabase, keyring: Keyring, reference: str) -> bytes:
    view = summary_view(db, keyring, reference)
    with collector_paused():
        return build_summary_pdf(_header(db, view), view.summary)


def export_summary(db: StoreDatabase, keyring: Keyring, reference: str, target: Path) -> str:
    """Write the summary PDF to ``target``; returns the session id. Audited as an export."""
    view = summary_view(db, keyring, reference)
    with collector_paused():
        data = build_summary_pdf(_header(db, view), view.summary)

    def audit_export() -> None:
        with db.transaction() as tx:
            audit.append(
                tx,
                audit.EXPORTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=view.listing.id,
                detail="interview summary pdf",
            )

    write_private_file(target, data, audit_export)
    return view.listing.id
