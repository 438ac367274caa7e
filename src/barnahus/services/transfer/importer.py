"""Import one case all-or-nothing: check everything first, then write; if writing still fails
midway, remove the partly imported case so nothing half-imported stays behind.

A care plan arrives as history: each of its versions becomes one ``imported`` revision of the
case's plan record (see :mod:`barnahus.services.transfer.plan_io`), so an approval made at
another centre is kept and shown but is not an approval here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.errors import (
    BarnahusError,
    UsageError,
)
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.cases import (
    CASE_WORKERS,
    close_case,
    create_case,
    shred_case,
)
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.plans import KIND as PLAN_KIND
from barnahus.services.records import (
    RecordContent,
    create_record,
    save_revision,
)
from barnahus.services.transfer.checks import clause
from barnahus.services.transfer.document import (
    IMPORT_FAILED_REASON,
    CaseDocument,
    ImportFailed,
    ImportResult,
)
from barnahus.services.transfer.plan_io import imported_revision
from barnahus.services.transfer.sealed_file import load_file
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo


def _check_can_import(db: StoreDatabase, keyring: Keyring, document: CaseDocument) -> None:
    """Refuse before anything is written if this person could not write all of it."""
    keyring.require_role(*CASE_WORKERS)
    needed: dict[Compartment, str] = {}
    if document.profile is not None:
        needed.setdefault(Compartment.IDENTITY, "profile")
    if document.contacts:
        needed.setdefault(Compartment.IDENTITY, "contacts[0]")
    for index, note in enumerate(document.notes):
        needed.setdefault(note.compartment, f"notes[{index}].compartment")
    if document.care_plan is not None:
        needed.setdefault(Compartment.CAREPLAN, "care_plan")
    for compartment, where in needed.items():
        if not keyring.holds(compartment):
            raise AccessDenied(
                f"Your account cannot write {compartment.value} records, which the case file "
                f"holds at {where}; nothing was imported."
            )
    with db.transaction() as tx:
        existing = tx.case_by_number(document.case_number)
    if existing is not None:
        if existing.status == "erased":
            raise UsageError(
                "A case with that number was erased here; its number cannot be reused."
            )
        raise UsageError("A case with that number already exists in this store.")


def _planned_records(document: CaseDocument) -> list[tuple[str, str, Compartment, RecordContent]]:
    """(field path, kind, compartment, content) for every record the document holds."""
    planned: list[tuple[str, str, Compartment, RecordContent]] = []
    if document.profile is not None:
        title = str(document.profile.get("pseudonym", ""))
        planned.append(
            (
                "profile",
                "child_profile",
                Compartment.IDENTITY,
                RecordContent(title, document.profile),
            )
        )
    for i, contact in enumerate(document.contacts):
        content = RecordContent(contact.name, dict(contact.details))
        planned.append((f"contacts[{i}]", "contact", Compartment.IDENTITY, content))
    for i, note in enumerate(document.notes):
        body: dict[str, Any] = {"text": note.text}
        if note.created_at is not None:
            body["created_at"] = note.created_at
        planned.append((f"notes[{i}]", "note", note.compartment, RecordContent(note.title, body)))
    return planned


def import_document(
    db: StoreDatabase, keyring: Keyring, document: CaseDocument, *, encrypted: bool
) -> ImportResult:
    """Create the case and its records, or leave nothing behind."""
    _check_can_import(db, keyring, document)
    case = create_case(db, keyring, document.case_number)
    where = "case"
    try:
        planned = _planned_records(document)
        for path, kind, compartment, content in planned:
            where = path
            record = create_record(db, keyring, case.id, kind, compartment)
            save_revision(db, keyring, record.id, content)
        if document.care_plan is not None:
            where = "care_plan"
            plan = create_record(db, keyring, case.id, PLAN_KIND, Compartment.CAREPLAN)
            for index, version in enumerate(document.care_plan):
                where = f"care_plan.versions[{index}]"
                save_revision(db, keyring, plan.id, imported_revision(version))
        where = "case.status"
        status_kept = document.status == "open" or Role.COORDINATOR in keyring.roles
        if document.status == "closed" and status_kept:
            close_case(db, keyring, case.case_number)
        with db.transaction() as tx:
            audit.append(
                tx,
                audit.IMPORTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=case.id,
                detail="encrypted" if encrypted else "plaintext",
            )
    except BarnahusError as exc:
        _discard(db, keyring, case)
        raise ImportFailed(
            f"The import stopped at {where} and nothing was kept ({clause(exc.message)}).",
            exc.exit_code,
        ) from exc
    except BaseException:
        _discard(db, keyring, case)
        raise
    status = document.status if status_kept else "open"
    records = len(planned) + (1 if document.care_plan is not None else 0)
    return ImportResult(
        case.case_number,
        status,
        records,
        status_kept,
        document.omitted_compartments,
        len(document.care_plan or ()),
    )


def import_case(
    db: StoreDatabase, keyring: Keyring, source: Path, file_passphrase: Callable[[], str]
) -> ImportResult:
    """Import the case file at ``source`` (plain or encrypted)."""
    document, encrypted = load_file(source, file_passphrase)
    return import_document(db, keyring, document, encrypted=encrypted)


def _discard(db: StoreDatabase, keyring: Keyring, case: CaseInfo) -> None:
    """Erase a case this import created. Interviewers and psychologists may import but not
    erase, so the role check of ``erase_case`` is skipped: undoing one's own half-finished
    import is not the destructive act that check guards."""
    try:
        shred_case(db, keyring, case, IMPORT_FAILED_REASON)
    except BarnahusError as exc:
        raise BarnahusError(
            f"The import failed and the partly imported case could not be removed; erase it with "
            f"'barnahus case erase {case.case_number} --yes'."
        ) from exc
