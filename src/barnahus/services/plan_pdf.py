"""Build the life project's PDFs (professional or child's version) and export them to a file.

Paper copies of a child's plan leave the store's protection, so only coordinators make them,
every copy is audited (a preview as a view, a file as an export, a print through
:func:`barnahus.services.plans.record_print`), and the PDF is built in memory: the only file
ever written is the one the person chose, atomically and readable by them alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from barnahus.careplan.model import PlanStatus, PlanVersion, current_approved
from barnahus.careplan.values import value_of
from barnahus.collector import collector_paused
from barnahus.errors import UsageError
from barnahus.formdefs.plan import life_project_form
from barnahus.formdefs.plan_child_text import plan_child_text
from barnahus.reports.layout import PAPERS
from barnahus.reports.plan_child import build_child_pdf
from barnahus.reports.plan_professional import PlanHeader, build_professional_pdf
from barnahus.roles import Role
from barnahus.services import audit
from barnahus.services.cases import find_case
from barnahus.services.common import as_utc, utc_now
from barnahus.services.keyring import Keyring
from barnahus.services.plans import PlanState, open_plan
from barnahus.services.private_files import write_private_file
from barnahus.store.database import StoreDatabase


class Audience(StrEnum):
    PROFESSIONAL = "professional"
    CHILD = "child"


@dataclass(frozen=True)
class PlanPdf:
    data: bytes
    pages: int
    case_id: str
    case_number: str
    version: int
    status: PlanStatus
    audience: Audience
    paper: str
    language: str = ""  # the child's version: the language used
    fallback_from: str = ""  # the child's language when English was used instead


def _chosen(state: PlanState, number: int | None) -> PlanVersion:
    """The version asked for, else the approved one in force, else the newest."""
    if not state.versions:
        raise UsageError("This case has no life project yet.")
    if number is not None:
        return state.version(number)
    return current_approved(state.versions) or state.versions[-1]


def _imported_line(version: PlanVersion) -> str:
    """Where an imported version came from and what it was there: history, not approved here."""
    origin = version.origin
    assert origin is not None
    arrived = as_utc(version.saved_at).date().isoformat()
    return (
        f"From another centre, where it was {origin.standing()}; not approved here "
        f"(arrived {arrived})"
    )


def _authors(state: PlanState, version: PlanVersion) -> str:
    if version.origin is not None:
        return ", ".join(version.origin.authors)
    return ", ".join(sorted(state.name_of(a) for a in version.authors))


def _status_line(state: PlanState, version: PlanVersion) -> str:
    if version.origin is not None:
        return _imported_line(version)
    if version.approved_by and version.approved_at is not None:
        when = as_utc(version.approved_at).date().isoformat()
        line = f"Approved by {state.name_of(version.approved_by)} on {when}"
        return line + (
            " (superseded by a later version)" if version.status is PlanStatus.SUPERSEDED else ""
        )
    when = as_utc(version.saved_at).date().isoformat()
    return f"{version.status.label}, last changed on {when}"


def _build(
    db: StoreDatabase,
    keyring: Keyring,
    case_id: str,
    audience: Audience,
    number: int | None,
    paper: str,
) -> tuple[PlanPdf, str]:
    keyring.require_role(Role.COORDINATOR)
    if paper not in PAPERS:
        raise UsageError("The paper must be a4 or letter.")
    state = open_plan(db, keyring, case_id, audited=False)
    version = _chosen(state, number)
    with db.transaction() as tx:
        case = tx.case_by_id(case_id)
    if case is None:
        raise UsageError("There is no case with that id.")
    form = life_project_form()
    language, fallback_from = "", ""
    if audience is Audience.CHILD:
        child_language = value_of(version.values, form.hooks["child_language"]) or "en"
        text = plan_child_text(str(child_language), form)
        made_on = as_utc(version.approved_at or version.saved_at).date().isoformat()
        with collector_paused():
            built = build_child_pdf(form, version.values, text, made_on, paper)
        language, fallback_from = text.language, text.requested if text.is_fallback else ""
    else:
        header = PlanHeader(
            case_number=case.case_number,
            version=version.number,
            status=version.status,
            status_line=_status_line(state, version),
            authors=_authors(state, version),
            printed_on=utc_now().date().isoformat(),
        )
        with collector_paused():
            built = build_professional_pdf(form, version.values, header, paper)
    pdf = PlanPdf(
        built.data,
        built.pages,
        case_id,
        case.case_number,
        version.number,
        version.status,
        audience,
        paper,
        language,
        fallback_from,
    )
    assert state.record_id is not None
    return pdf, state.record_id


def _detail(pdf: PlanPdf) -> str:
    return f"life project version {pdf.version}, {pdf.audience.value} version, {pdf.pages} pages"


def preview_plan_pdf(
    db: StoreDatabase,
    keyring: Keyring,
    case_id: str,
    audience: Audience,
    number: int | None = None,
    paper: str = "a4",
) -> PlanPdf:
    """The PDF for the in-app preview (audited as a view; printing it is audited again)."""
    pdf, record_id = _build(db, keyring, case_id, audience, number, paper)
    with db.transaction() as tx:
        audit.append(
            tx,
            audit.RECORD_VIEWED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=record_id,
            detail=f"preview of {_detail(pdf)}",
        )
    return pdf


def export_plan_pdf(
    db: StoreDatabase,
    keyring: Keyring,
    case_number: str,
    out: Path,
    audience: Audience,
    number: int | None = None,
    paper: str = "a4",
) -> PlanPdf:
    """Write the PDF to ``out`` (mode 0600, atomic, never over an existing file) and audit it."""
    with db.transaction() as tx:
        case = find_case(tx, case_number)
    pdf, record_id = _build(db, keyring, case.id, audience, number, paper)

    def audit_export() -> None:
        with db.transaction() as tx:
            audit.append(
                tx,
                audit.EXPORTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=record_id,
                detail=_detail(pdf),
            )

    write_private_file(out, pdf.data, audit_export)
    return pdf
