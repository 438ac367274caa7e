"""Export one case: read what the exporting person may decrypt, build and check the document,
seal it unless plaintext was asked for, write it privately and audit it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from barnahus.errors import (
    UsageError,
)
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import (
    find_case,
)
from barnahus.services.common import as_utc, utc_now
from barnahus.services.keyring import Keyring
from barnahus.services.passphrase_policy import check_passphrase
from barnahus.services.plans import KIND as PLAN_KIND
from barnahus.services.plans import find_plan_record
from barnahus.services.private_files import write_private_file
from barnahus.services.records import (
    RecordContent,
    read_record,
)
from barnahus.services.store_access import kdf_choice
from barnahus.services.transfer.care_plan import PlanVersionEntry
from barnahus.services.transfer.checks import DATE_TIME, InvalidCaseFile
from barnahus.services.transfer.document import (
    CONTACT_FIELDS,
    VERSION,
    CaseDocument,
    ContactEntry,
    ExportResult,
    NoteEntry,
    validate_document,
)
from barnahus.services.transfer.plan_io import exported_plan
from barnahus.services.transfer.sealed_file import seal_file
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import RecordInfo


def _iso(value: datetime) -> str:
    return as_utc(value).isoformat(timespec="seconds")


def build_document(
    db: StoreDatabase, keyring: Keyring, case_number: str
) -> tuple[CaseDocument, int]:
    """What ``keyring`` can decrypt of the case, and how many records of unknown kinds were
    left out. Records are read without one audit entry each: the export entry covers them."""
    with db.transaction() as tx:
        case = find_case(tx, case_number)
        records = sorted(tx.records_of_case(case.id, None), key=lambda r: r.created_at)
        saved = [r for r in records if tx.latest_revision_number(r.id) > 0]
    omitted: set[Compartment] = set()
    profiles: list[dict[str, Any]] = []
    contacts: list[ContactEntry] = []
    notes: list[NoteEntry] = []
    care_plan: tuple[PlanVersionEntry, ...] | None = None
    plan = find_plan_record(db, case.id)
    skipped = 0
    for record in saved:
        compartment = Compartment(record.compartment)
        if not keyring.holds(compartment):
            omitted.add(compartment)
            continue
        if record.kind == PLAN_KIND:
            # The plan service reads only the first plan record (should two people have
            # started one at once); the file carries the same one, and counts any other.
            if plan is not None and record.id == plan.id:
                care_plan = exported_plan(db, keyring, record)
            else:
                skipped += 1
            continue
        view = read_record(db, keyring, record.id, audited=False)
        if view.retired:  # a removed contact is not exported (its history stays at home)
            continue
        content = view.content
        if record.kind == "child_profile":
            profiles.append(dict(content.body))
        elif record.kind == "contact":
            details = {k: content.body.get(k) for k in CONTACT_FIELDS}
            contacts.append(ContactEntry(content.title, details))
        elif record.kind == "note":
            notes.append(_exported_note(record, compartment, content))
        else:
            skipped += 1
    if len(profiles) > 1:
        raise UsageError("This case has more than one child profile; the format carries one.")
    document = CaseDocument(
        case_number=case.case_number,
        status=case.status,
        exported_at=_iso(utc_now()),
        profile=profiles[0] if profiles else None,
        contacts=tuple(contacts),
        notes=tuple(notes),
        omitted_compartments=tuple(sorted(omitted)),
        care_plan=care_plan,
    )
    # What is written must be importable: check it with the same validator import uses.
    try:
        return validate_document(document.to_json()), skipped
    except InvalidCaseFile as exc:
        raise UsageError(
            f"This case cannot be written in case file format {VERSION}: "
            f"its content at {exc.where} does not fit."
        ) from None


def _exported_note(
    record: RecordInfo, compartment: Compartment, content: RecordContent
) -> NoteEntry:
    original = content.body.get("created_at")
    valid = isinstance(original, str) and DATE_TIME.match(original) is not None
    created = original if valid else _iso(record.created_at)
    return NoteEntry(compartment, content.title, content.body.get("text", ""), created)


def export_case(
    db: StoreDatabase,
    keyring: Keyring,
    case_number: str,
    out: Path,
    *,
    file_passphrase: str = "",
    plaintext: bool = False,
) -> ExportResult:
    """Write the case to ``out``: encrypted under ``file_passphrase`` unless ``plaintext``."""
    if not plaintext:
        if not file_passphrase:
            raise UsageError("An encrypted export needs a file passphrase.")
        check_passphrase(file_passphrase)
    document, skipped = build_document(db, keyring, case_number)
    data = json.dumps(document.to_json(), ensure_ascii=False, indent=2).encode(
        "utf-8", "surrogatepass"
    )
    if not plaintext:
        with db.transaction() as tx:
            params = kdf_choice(tx).fresh_params()
        data = seal_file(data, file_passphrase, params)

    def audit_export() -> None:
        with db.transaction() as tx:
            case = find_case(tx, case_number)
            audit.append(
                tx,
                audit.EXPORTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=case.id,
                detail="plaintext" if plaintext else "encrypted",
            )

    write_private_file(out, data, audit_export)
    count = (
        (1 if document.profile is not None else 0)
        + len(document.contacts)
        + len(document.notes)
        + (1 if document.care_plan is not None else 0)
    )
    return ExportResult(case_number, count, not plaintext, document.omitted_compartments, skipped)
