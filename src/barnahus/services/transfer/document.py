"""The case document: its dataclasses, the validator that names field paths, and parsing.

Values are case content, so errors name where a problem is (``notes[2].compartment``) and
never quote what was there. The shared checks live in :mod:`.checks`, the care plan's in
:mod:`.care_plan`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from barnahus.errors import (
    BarnahusError,
    ExitCode,
    UsageError,
)
from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.roles import Compartment
from barnahus.services.cases import (
    CASE_NUMBER,
)
from barnahus.services.transfer.care_plan import (
    PlanVersionEntry,
    care_plan_json,
    validate_care_plan,
)
from barnahus.services.transfer.checks import (
    MAX_TITLE_CHARS,
    SAFE_KEY,
    InvalidCaseFile,
    clause,
    date_time,
    fields_of,
    list_of,
    text,
)

FORMAT = "barnahus-case"
VERSION = 2  # what export writes
READABLE_VERSIONS = (1, 2)  # what import reads; version 1 has no care_plan
WRAPPER_VERSION = 1  # the encrypted wrapper's own version (BARNAHUS-EXPORT-1)
ENCRYPTED_MAGIC = b"BARNAHUS-EXPORT-1\n"
_MAGIC_FAMILY = b"BARNAHUS-EXPORT-"
ENCRYPTED_FORMAT = "barnahus-case-encrypted"
CIPHER = "argon2id+aes-256-gcm"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 8192
IMPORT_FAILED_REASON = "failed import"
STATUSES = ("open", "closed")
CONTACT_FIELDS = ("role", "organisation", "phone", "email", "notes")
# Authenticated context strings of the export wrapper; kept apart from every store context.
_FILE_KEY_CONTEXT = b"barnahus|export-file-key|v1"
_BODY_CONTEXT = b"barnahus|export-body|v1|"
_HEADER_KEYS = frozenset(
    {"format", "version", "cipher", "kdf", "verifier", "wrapped_key", "checksum"}
)


class ImportFailed(BarnahusError):
    """Writing stopped midway; the partly imported case was erased again."""

    def __init__(self, message: str, exit_code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class ContactEntry:
    name: str
    details: dict[str, str | None]


@dataclass(frozen=True)
class NoteEntry:
    compartment: Compartment
    title: str
    text: str
    created_at: str | None


@dataclass(frozen=True)
class CaseDocument:
    """A validated case document; only this type is ever written to a store."""

    case_number: str
    status: str
    exported_at: str
    profile: dict[str, Any] | None
    contacts: tuple[ContactEntry, ...] = ()
    notes: tuple[NoteEntry, ...] = ()
    omitted_compartments: tuple[Compartment, ...] = ()
    care_plan: tuple[PlanVersionEntry, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": self.exported_at,
            "case": {"case_number": self.case_number, "status": self.status},
            "profile": self.profile,
            "contacts": [{"name": c.name, **c.details} for c in self.contacts],
            "notes": [
                {
                    "compartment": n.compartment.value,
                    "title": n.title,
                    "text": n.text,
                    "created_at": n.created_at,
                }
                for n in self.notes
            ],
            "omitted_compartments": [c.value for c in self.omitted_compartments],
            "care_plan": care_plan_json(self.care_plan),
        }


@dataclass(frozen=True)
class ExportResult:
    case_number: str
    records: int
    encrypted: bool
    omitted_compartments: tuple[Compartment, ...] = ()
    skipped_records: int = 0


@dataclass(frozen=True)
class ImportResult:
    case_number: str
    status: str
    records: int
    status_kept: bool
    omitted_compartments: tuple[Compartment, ...] = field(default_factory=tuple)
    plan_versions: int = 0  # versions of the life project that arrived, all as history


# validation ---------------------------------------------------------------------------------
def _compartment(value: object, where: str) -> Compartment:
    names = ", ".join(c.value for c in Compartment)
    if not isinstance(value, str) or value not in {c.value for c in Compartment}:
        raise InvalidCaseFile(where, f"the compartment must be one of {names}")
    return Compartment(value)


def _profile(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise InvalidCaseFile("profile", "an object or null is expected")
    form = child_profile_form()
    for key in value:
        if form.field(key) is None:
            # check_values would quote the unknown key, which could be anything; name it here
            # only when it looks like a field name.
            where = f"profile.{key}" if SAFE_KEY.match(key) else "profile"
            raise InvalidCaseFile(where, f"this field is not part of the {form.name} form")
    try:
        check_values(form, value)
    except UsageError as exc:
        # Every key is now a form key, so the message quotes only field names.
        key = next((f.key for f in form.fields if f"'{f.key}'" in exc.message), "")
        raise InvalidCaseFile(f"profile.{key}" if key else "profile", clause(exc.message)) from None
    return dict(value)


def _contact(value: object, where: str) -> ContactEntry:
    raw = fields_of(value, where, {"name"}, set(CONTACT_FIELDS))
    name = text(raw["name"], f"{where}.name", limit=MAX_TITLE_CHARS)
    if not name.strip():
        raise InvalidCaseFile(f"{where}.name", "a contact needs a name")
    details = {k: text(raw.get(k), f"{where}.{k}", nullable=True) for k in CONTACT_FIELDS}
    return ContactEntry(name, details)


def _note(value: object, where: str) -> NoteEntry:
    raw = fields_of(value, where, {"compartment", "title", "text"}, {"created_at"})
    created = raw.get("created_at")
    return NoteEntry(
        _compartment(raw["compartment"], f"{where}.compartment"),
        text(raw["title"], f"{where}.title", limit=MAX_TITLE_CHARS),
        text(raw["text"], f"{where}.text"),
        None if created is None else date_time(created, f"{where}.created_at"),
    )


def validate_document(doc: object) -> CaseDocument:
    """Check a parsed document against format version 1 or 2; raises :class:`InvalidCaseFile`.

    Version 1 is read as it always was: ``care_plan`` is not one of its fields, so a
    version-1 file that has one is refused rather than half understood."""
    if not isinstance(doc, dict):
        raise InvalidCaseFile("the top level", "an object is expected")
    if doc.get("format") != FORMAT:
        raise InvalidCaseFile("format", f'it must be "{FORMAT}"')
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidCaseFile("version", "a whole number is expected")
    if version > VERSION:
        raise InvalidCaseFile("version", "the file was written by a newer Barnahus Desk")
    if version not in READABLE_VERSIONS:
        known = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise InvalidCaseFile("version", f"only versions {known} are understood")
    optional = {"profile", "contacts", "notes", "omitted_compartments"}
    top = fields_of(
        doc,
        "the top level",
        {"format", "version", "exported_at", "case"},
        optional | {"care_plan"} if version >= 2 else optional,
    )
    case = fields_of(top["case"], "case", {"case_number", "status"}, set())
    number = case["case_number"]
    if not isinstance(number, str) or not CASE_NUMBER.match(number):
        raise InvalidCaseFile(
            "case.case_number", "a case number uses letters, digits and - _ . / (up to 40)"
        )
    if case["status"] not in STATUSES:
        raise InvalidCaseFile("case.status", "the status must be open or closed")
    omitted_raw = list_of(top.get("omitted_compartments"), "omitted_compartments")
    omitted = [_compartment(v, f"omitted_compartments[{i}]") for i, v in enumerate(omitted_raw)]
    if len(set(omitted)) != len(omitted):
        raise InvalidCaseFile("omitted_compartments", "a compartment is named twice")
    contacts = list_of(top.get("contacts"), "contacts")
    notes = list_of(top.get("notes"), "notes")
    return CaseDocument(
        case_number=number,
        status=case["status"],
        exported_at=date_time(top["exported_at"], "exported_at"),
        profile=_profile(top.get("profile")),
        contacts=tuple(_contact(c, f"contacts[{i}]") for i, c in enumerate(contacts)),
        notes=tuple(_note(n, f"notes[{i}]") for i, n in enumerate(notes)),
        omitted_compartments=tuple(omitted),
        care_plan=validate_care_plan(top.get("care_plan")),
    )


# the file: plain JSON or the encrypted wrapper ----------------------------------------------
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise InvalidCaseFile("an object", "a field name appears twice")
    return result


def _reject_constant(_name: str) -> Any:
    raise InvalidCaseFile("a number", "NaN and Infinity are not allowed")


def parse_document(raw: bytes) -> CaseDocument:
    """Parse and validate plain JSON bytes."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("The case file is not UTF-8 text.") from None
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"The case file is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise UsageError("The case file is nested too deeply.") from None
    return validate_document(doc)
