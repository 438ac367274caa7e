"""Move one case between stores as a versioned JSON document, encrypted unless asked otherwise.

Why it looks like this (docs/case-format.md is the reference for the format itself):

* A case leaves the store only as a whole document a person chose to write, and every export
  and import is audited. What the exporting person cannot decrypt is left out and named in
  ``omitted_compartments``, so the reader knows the file is partial.
* The file is encrypted by default (Argon2id over a file passphrase, then AES-256-GCM), and it
  is written atomically with mode 0600; a temporary file only ever holds the bytes that end up
  in the final file, so plaintext reaches the disk only when plaintext was asked for.
* Import is all-or-nothing. The whole document is checked first by a hand-written validator
  whose errors name the field path (``notes[2].compartment``) and never quote a value, since
  values are case content. Only then is the case created; if writing still fails midway, the
  partly imported case is erased so nothing half-imported stays behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from barnahus.crypto.errors import CryptoError, WeakKdfParameters, WrongPassphrase
from barnahus.crypto.kdf import KdfParams
from barnahus.crypto.keyslot import PassphraseSlot, create_slot, open_slot
from barnahus.crypto.secret import SecretKey
from barnahus.crypto.wrap import unwrap_with_key, wrap_with_key
from barnahus.errors import (
    AuthenticationFailed,
    BarnahusError,
    ExitCode,
    IntegrityFailure,
    UsageError,
)
from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.cases import (
    CASE_NUMBER,
    CASE_WORKERS,
    close_case,
    create_case,
    erase_case,
    find_case,
)
from barnahus.services.common import as_utc, utc_now
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.passphrase_policy import check_passphrase
from barnahus.services.records import (
    RecordContent,
    create_record,
    read_record,
    save_revision,
)
from barnahus.services.store_access import kdf_choice
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo, RecordInfo

FORMAT = "barnahus-case"
VERSION = 1
ENCRYPTED_MAGIC = b"BARNAHUS-EXPORT-1\n"
_MAGIC_FAMILY = b"BARNAHUS-EXPORT-"
ENCRYPTED_FORMAT = "barnahus-case-encrypted"
CIPHER = "argon2id+aes-256-gcm"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 8192
MAX_TITLE_CHARS = 1000
MAX_TEXT_CHARS = 1_000_000
IMPORT_FAILED_REASON = "failed import"
STATUSES = ("open", "closed")
CONTACT_FIELDS = ("role", "organisation", "phone", "email", "notes")
# Authenticated context strings of the export wrapper; kept apart from every store context.
_FILE_KEY_CONTEXT = b"barnahus|export-file-key|v1"
_BODY_CONTEXT = b"barnahus|export-body|v1|"
_HEADER_KEYS = frozenset(
    {"format", "version", "cipher", "kdf", "verifier", "wrapped_key", "checksum"}
)
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
_SAFE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


class InvalidCaseFile(UsageError):
    """The case document does not fit the format; ``where`` is the path of the bad field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"The case file is not valid at {where}: {problem}.")
        self.where = where


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


# validation ---------------------------------------------------------------------------------
def _object(value: object, where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidCaseFile(where, "an object is expected")
    for key in value:
        if key not in required | optional:
            name = key if _SAFE_KEY.match(key) else "(unnamed)"
            raise InvalidCaseFile(_join(where, name), "this field is not part of the format")
    for key in sorted(required):
        if key not in value:
            raise InvalidCaseFile(_join(where, key), "this field is missing")
    return value


def _join(where: str, key: str) -> str:
    return key if where == "the top level" else f"{where}.{key}"


def _text(value: object, where: str, *, limit: int = MAX_TEXT_CHARS, nullable: bool = False) -> Any:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise InvalidCaseFile(where, "text is expected" + (" or null" if nullable else ""))
    if len(value) > limit:
        raise InvalidCaseFile(where, f"the text is longer than {limit} characters")
    return value


def _date_time(value: object, where: str) -> str:
    problem = "an ISO 8601 date and time with a time zone is expected"
    if not isinstance(value, str) or not _DATE_TIME.match(value):
        raise InvalidCaseFile(where, problem)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise InvalidCaseFile(where, problem) from None
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidCaseFile(where, "a list is expected")
    return value


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
            where = f"profile.{key}" if _SAFE_KEY.match(key) else "profile"
            raise InvalidCaseFile(where, f"this field is not part of the {form.name} form")
    try:
        check_values(form, value)
    except UsageError as exc:
        # Every key is now a form key, so the message quotes only field names.
        key = next((f.key for f in form.fields if f"'{f.key}'" in exc.message), "")
        raise InvalidCaseFile(
            f"profile.{key}" if key else "profile", _clause(exc.message)
        ) from None
    return dict(value)


def _clause(sentence: str) -> str:
    """A sentence turned into a clause that can follow a colon."""
    text = sentence.rstrip(".")
    return text[:1].lower() + text[1:]


def _contact(value: object, where: str) -> ContactEntry:
    raw = _object(value, where, {"name"}, set(CONTACT_FIELDS))
    name = _text(raw["name"], f"{where}.name", limit=MAX_TITLE_CHARS)
    if not name.strip():
        raise InvalidCaseFile(f"{where}.name", "a contact needs a name")
    details = {k: _text(raw.get(k), f"{where}.{k}", nullable=True) for k in CONTACT_FIELDS}
    return ContactEntry(name, details)


def _note(value: object, where: str) -> NoteEntry:
    raw = _object(value, where, {"compartment", "title", "text"}, {"created_at"})
    created = raw.get("created_at")
    return NoteEntry(
        _compartment(raw["compartment"], f"{where}.compartment"),
        _text(raw["title"], f"{where}.title", limit=MAX_TITLE_CHARS),
        _text(raw["text"], f"{where}.text"),
        None if created is None else _date_time(created, f"{where}.created_at"),
    )


def validate_document(doc: object) -> CaseDocument:
    """Check a parsed document against format version 1; raises :class:`InvalidCaseFile`."""
    if not isinstance(doc, dict):
        raise InvalidCaseFile("the top level", "an object is expected")
    if doc.get("format") != FORMAT:
        raise InvalidCaseFile("format", f'it must be "{FORMAT}"')
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidCaseFile("version", "a whole number is expected")
    if version > VERSION:
        raise InvalidCaseFile("version", "the file was written by a newer Barnahus Desk")
    if version != VERSION:
        raise InvalidCaseFile("version", f"only version {VERSION} is understood")
    top = _object(
        doc,
        "the top level",
        {"format", "version", "exported_at", "case"},
        {"profile", "contacts", "notes", "omitted_compartments"},
    )
    case = _object(top["case"], "case", {"case_number", "status"}, set())
    number = case["case_number"]
    if not isinstance(number, str) or not CASE_NUMBER.match(number):
        raise InvalidCaseFile(
            "case.case_number", "a case number uses letters, digits and - _ . / (up to 40)"
        )
    if case["status"] not in STATUSES:
        raise InvalidCaseFile("case.status", "the status must be open or closed")
    omitted_raw = _list(top.get("omitted_compartments"), "omitted_compartments")
    omitted = [_compartment(v, f"omitted_compartments[{i}]") for i, v in enumerate(omitted_raw)]
    if len(set(omitted)) != len(omitted):
        raise InvalidCaseFile("omitted_compartments", "a compartment is named twice")
    contacts = _list(top.get("contacts"), "contacts")
    notes = _list(top.get("notes"), "notes")
    return CaseDocument(
        case_number=number,
        status=case["status"],
        exported_at=_date_time(top["exported_at"], "exported_at"),
        profile=_profile(top.get("profile")),
        contacts=tuple(_contact(c, f"contacts[{i}]") for i, c in enumerate(contacts)),
        notes=tuple(_note(n, f"notes[{i}]") for i, n in enumerate(notes)),
        omitted_compartments=tuple(omitted),
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


def is_encrypted(raw: bytes) -> bool:
    return raw.startswith(_MAGIC_FAMILY)


def seal_file(plaintext: bytes, passphrase: str, params: KdfParams) -> bytes:
    """The encrypted wrapper: magic line, JSON header line, then the wrapped document."""
    with SecretKey.generate() as file_key:
        slot = create_slot(passphrase, file_key.material(), params, _FILE_KEY_CONTEXT)
        header = {
            "format": ENCRYPTED_FORMAT,
            "version": VERSION,
            "cipher": CIPHER,
            "kdf": slot.params.to_dict(),
            "verifier": slot.verifier.hex(),
            "wrapped_key": slot.wrapped.hex(),
            "checksum": slot.checksum.hex(),
        }
        header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
        body = wrap_with_key(file_key, plaintext, _BODY_CONTEXT + header_bytes)
    return ENCRYPTED_MAGIC + header_bytes + b"\n" + body


def _header_slot(header_bytes: bytes) -> PassphraseSlot:
    damaged = IntegrityFailure("The export file is damaged; its header cannot be read.")
    try:
        header = json.loads(header_bytes.decode("ascii"), object_pairs_hook=_no_duplicates)
        if not isinstance(header, dict) or set(header) != _HEADER_KEYS:
            raise damaged
        if header["format"] != ENCRYPTED_FORMAT or header["cipher"] != CIPHER:
            raise damaged
        if header["version"] != VERSION:
            raise UsageError("The export file was written by a newer Barnahus Desk.")
        return PassphraseSlot(
            KdfParams.from_dict(header["kdf"]),
            bytes.fromhex(header["verifier"]),
            bytes.fromhex(header["wrapped_key"]),
            bytes.fromhex(header["checksum"]),
        )
    except (ValueError, TypeError, AttributeError, CryptoError, InvalidCaseFile):
        raise damaged from None


def open_file(raw: bytes, passphrase: Callable[[], str]) -> bytes:
    """The plain JSON inside an encrypted export; errors tell passphrase from damage.

    The header is checked before ``passphrase`` is called, so nobody is asked to type a
    secret for a file that cannot be opened anyway."""
    if not raw.startswith(ENCRYPTED_MAGIC):
        raise UsageError("The export file was written by a newer Barnahus Desk.")
    rest = raw[len(ENCRYPTED_MAGIC) :]
    end = rest.find(b"\n", 0, MAX_HEADER_BYTES)
    if end < 0:
        raise IntegrityFailure("The export file is damaged; its header cannot be read.")
    header_bytes, body = rest[:end], rest[end + 1 :]
    slot = _header_slot(header_bytes)
    try:
        with SecretKey(open_slot(passphrase(), slot, _FILE_KEY_CONTEXT)) as file_key:
            return unwrap_with_key(file_key, body, _BODY_CONTEXT + header_bytes)
    except WrongPassphrase:
        raise AuthenticationFailed("The passphrase of the export file is not right.") from None
    except WeakKdfParameters:
        raise IntegrityFailure(
            "The export file's protection is weaker than allowed, so it was refused."
        ) from None
    except CryptoError:
        raise IntegrityFailure("The export file is damaged or was altered.") from None


def load_file(source: Path, file_passphrase: Callable[[], str]) -> tuple[CaseDocument, bool]:
    """Read, decrypt if needed, parse and validate; returns the document and whether it was
    encrypted. ``file_passphrase`` is only called for an encrypted file."""
    try:
        with source.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise UsageError("The case file could not be read.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise UsageError(f"The case file is larger than {MAX_FILE_BYTES // 2**20} MiB.")
    if is_encrypted(raw):
        return parse_document(open_file(raw, file_passphrase)), True
    return parse_document(raw), False


def write_private_file(target: Path, data: bytes, before_replace: Callable[[], None]) -> None:
    """Write ``data`` to ``target`` atomically with mode 0600; refuse to overwrite a file.

    ``before_replace`` runs once the bytes are safely on disk under a temporary name in the
    same folder (for the audit entry); if it fails, the temporary file is removed.
    """
    if target.exists():
        raise UsageError("A file already exists at the export path; choose another name.")
    if not target.parent.is_dir():
        raise UsageError("The folder for the export file does not exist.")
    temp: Path | None = None
    try:
        # mkstemp creates the file with mode 0600, so it is never readable by others.
        fd, temp_name = tempfile.mkstemp(
            prefix=".barnahus-export-", suffix=".tmp", dir=target.parent
        )
        temp = Path(temp_name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        before_replace()
        os.replace(temp, target)
        temp = None
        _sync_folder(target.parent)
    except OSError:
        raise BarnahusError("The export file could not be written.") from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it; the file is already complete."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# export -------------------------------------------------------------------------------------
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
    skipped = 0
    for record in saved:
        compartment = Compartment(record.compartment)
        if not keyring.holds(compartment):
            omitted.add(compartment)
            continue
        content = read_record(db, keyring, record.id, audited=False).content
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
    valid = isinstance(original, str) and _DATE_TIME.match(original) is not None
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
        (1 if document.profile is not None else 0) + len(document.contacts) + len(document.notes)
    )
    return ExportResult(case_number, count, not plaintext, document.omitted_compartments, skipped)


# import -------------------------------------------------------------------------------------
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
            f"The import stopped at {where} and nothing was kept ({_clause(exc.message)}).",
            exc.exit_code,
        ) from exc
    except BaseException:
        _discard(db, keyring, case)
        raise
    status = document.status if status_kept else "open"
    return ImportResult(
        case.case_number, status, len(planned), status_kept, document.omitted_compartments
    )


def import_case(
    db: StoreDatabase, keyring: Keyring, source: Path, file_passphrase: Callable[[], str]
) -> ImportResult:
    """Import the case file at ``source`` (plain or encrypted)."""
    document, encrypted = load_file(source, file_passphrase)
    return import_document(db, keyring, document, encrypted=encrypted)


def _discard(db: StoreDatabase, keyring: Keyring, case: CaseInfo) -> None:
    """Erase a case this import created. Interviewers and psychologists may import but not
    erase, so for them the same steps as ``erase_case`` are taken here: undoing one's own
    half-finished import is not the destructive act that role check guards."""
    try:
        try:
            erase_case(db, keyring, case.case_number, IMPORT_FAILED_REASON)
            return
        except AccessDenied:
            pass
        with db.transaction() as tx:
            tx.destroy_case_content(case.id)
            tx.set_case_status(case.id, "erased", utc_now())
            audit.append(
                tx,
                audit.CASE_ERASED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=case.id,
                detail=IMPORT_FAILED_REASON,
            )
        for key in [k for (cid, _), k in keyring.case_keys.items() if cid == case.id]:
            key.wipe()
        keyring.case_keys = {k: v for k, v in keyring.case_keys.items() if k[0] != case.id}
        db.checkpoint()
    except BarnahusError as exc:
        raise BarnahusError(
            f"The import failed and the partly imported case could not be removed; erase it with "
            f"'barnahus case erase {case.case_number} --yes'."
        ) from exc
