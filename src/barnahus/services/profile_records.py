"""Read and save a case's child profile and contacts, with their autosaved drafts.

The profile is one record of kind ``child_profile`` per case and each contact is a record of
kind ``contact``, all in the ``identity`` compartment. Opening a case reads the newest saved
version of each (audited as record views) together with any newer autosaved draft, so an
editor can carry on with exactly what was typed, whoever typed it and whenever the app stopped.

A contact is removed by retiring its record (``records.retire_record``): it is no longer listed
or exported, while its earlier versions stay in the record history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from barnahus.errors import UsageError
from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.roles import Compartment
from barnahus.services.cases import create_case
from barnahus.services.keyring import Keyring
from barnahus.services.profile import CONTACT_KIND, PROFILE_KIND, parse_contact
from barnahus.services.records import (
    RecordContent,
    create_record,
    latest_draft,
    read_record,
    retire_record,
    save_revision,
)
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo, RecordInfo


@dataclass(frozen=True)
class EditableRecord:
    """A record as an editor opens it: the saved values and any newer draft."""

    record_id: str
    values: dict[str, Any]
    revision: int
    saved_at: datetime | None
    saved_by: str
    draft: dict[str, Any] | None = None
    draft_saved_at: datetime | None = None
    draft_by: str = ""

    @property
    def current(self) -> dict[str, Any]:
        """What the editor shows: the draft when there is one, else the saved version."""
        return self.draft if self.draft is not None else self.values


@dataclass(frozen=True)
class CaseFile:
    case: CaseInfo
    profile: EditableRecord | None
    contacts: tuple[EditableRecord, ...]


def profile_content(values: dict[str, Any]) -> RecordContent:
    pseudonym = values.get("pseudonym")
    return RecordContent(pseudonym if isinstance(pseudonym, str) else "", dict(values))


def contact_content(values: dict[str, Any]) -> RecordContent:
    name = values.get("name")
    return RecordContent(name if isinstance(name, str) else "", dict(values))


def _open(
    db: StoreDatabase, keyring: Keyring, record: RecordInfo, names: dict[str, str]
) -> EditableRecord | None:
    """The record as its editor opens it, or None when it was retired (removed)."""
    try:
        view = read_record(db, keyring, record.id)
        if view.retired:
            return None
        values, revision = view.content.body, view.revision
        saved_at, saved_by = view.saved_at, names.get(view.author_id, "")
    except UsageError:  # created, then only drafted: no saved version yet
        values, revision, saved_at, saved_by = {}, 0, None, ""
    draft = latest_draft(db, keyring, record.id)
    if draft is None or draft.base_revision < revision:
        return EditableRecord(record.id, values, revision, saved_at, saved_by)
    return EditableRecord(
        record.id,
        values,
        revision,
        saved_at,
        saved_by,
        draft.content.body,
        draft.saved_at,
        names.get(draft.author_id, ""),
    )


def load_case_file(db: StoreDatabase, keyring: Keyring, case_id: str) -> CaseFile:
    """The case's profile and contacts as their editors open them (each read is audited)."""
    keyring.compartment_key(Compartment.IDENTITY)
    with db.transaction() as tx:
        case = tx.case_by_id(case_id)
        if case is None or case.status == "erased":
            raise UsageError("There is no case with that number.")
        names = {a.id: a.name for a in tx.accounts()}
        profiles = tx.records_of_case(case_id, PROFILE_KIND)
        contacts = tx.records_of_case(case_id, CONTACT_KIND)
    profile = _open(db, keyring, profiles[-1], names) if profiles else None
    opened = (_open(db, keyring, r, names) for r in contacts)
    return CaseFile(case, profile, tuple(c for c in opened if c is not None))


def new_profile_record(db: StoreDatabase, keyring: Keyring, case_id: str) -> str:
    return create_record(db, keyring, case_id, PROFILE_KIND, Compartment.IDENTITY).id


def new_contact_record(db: StoreDatabase, keyring: Keyring, case_id: str) -> str:
    return create_record(db, keyring, case_id, CONTACT_KIND, Compartment.IDENTITY).id


def save_profile(
    db: StoreDatabase, keyring: Keyring, record_id: str, values: dict[str, Any]
) -> int:
    """Save a new revision of the profile; values must fit forms/child_profile.yaml."""
    check_values(child_profile_form(), values)
    return save_revision(db, keyring, record_id, profile_content(values))


def save_contact(
    db: StoreDatabase, keyring: Keyring, record_id: str, values: dict[str, Any]
) -> int:
    parsed = parse_contact({k: str(v) for k, v in values.items()})
    if not parsed.ok:
        raise UsageError(parsed.problems[0].message)
    return save_revision(db, keyring, record_id, contact_content(parsed.values))


def remove_contact(db: StoreDatabase, keyring: Keyring, record_id: str) -> int:
    """Take a contact off the case (a mistake, a duplicate, someone who must not be listed).

    Whoever may edit contacts may remove one: a holder of the identity key, while the case is
    open. The record is retired, not deleted, so the audit chain and the signed history stay
    whole; its drafts are dropped so it cannot come back through draft recovery. Returns the
    number of the tombstone revision.
    """
    return retire_record(db, keyring, record_id, CONTACT_KIND)


def open_new_case(
    db: StoreDatabase, keyring: Keyring, pseudonym: str, case_number: str | None = None
) -> CaseInfo:
    """A new case with a first profile holding the pseudonym; the child is presumed a minor."""
    pseudonym = pseudonym.strip()
    if not pseudonym:
        raise UsageError("Give the child a pseudonym; it is shown instead of their name.")
    keyring.compartment_key(Compartment.IDENTITY)
    case = create_case(db, keyring, case_number)
    record_id = new_profile_record(db, keyring, case.id)
    save_profile(db, keyring, record_id, {"pseudonym": pseudonym, "presumed_minor": True})
    return case
