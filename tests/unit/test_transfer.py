"""Case import and export: round trips, the validator, the schema, and all-or-nothing import."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import FAST_KDF, Team, make_team

from barnahus.errors import BarnahusError, StoreUnavailable, UsageError
from barnahus.formdefs.profile import child_profile_form
from barnahus.roles import Compartment
from barnahus.services import audit, transfer
from barnahus.services.cases import create_case, list_cases
from barnahus.services.keyring import AccessDenied
from barnahus.services.records import RecordContent, create_record, records_of_case, save_revision
from barnahus.services.session import open_session
from barnahus.services.transfer import (
    ImportFailed,
    InvalidCaseFile,
    build_document,
    export_case,
    import_case,
    import_document,
    parse_document,
    validate_document,
)
from barnahus.store.entities import CaseInfo

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "case-format.schema.json"
NUMBER = "BH-T-0042"
FILE_SECRET = "a separate file passphrase"
PROFILE: dict[str, Any] = {
    "pseudonym": "Kestrel",
    "given_names": "Amira",
    "date_of_birth": "2014-03-09",
    "estimated_age": 10,
    "presumed_minor": True,
    "languages": ["ar", "en"],
    "legal_status": "unaccompanied_minor",
}


def fill_case(team: Team, number: str = NUMBER) -> CaseInfo:
    """A case with a profile, a contact and one note in every compartment."""
    case = create_case(team.db, team.coordinator, number)
    writer = team.psychologist
    plan = [
        ("child_profile", Compartment.IDENTITY, RecordContent("Kestrel", PROFILE)),
        (
            "contact",
            Compartment.IDENTITY,
            RecordContent(
                "Dr Lindqvist",
                {"role": "paediatrician", "organisation": "City Hospital", "phone": "+46 1"},
            ),
        ),
        ("note", Compartment.IDENTITY, RecordContent("Arrival", {"text": "Came with aunt."})),
        ("note", Compartment.INTERVIEW, RecordContent("Plan", {"text": "Soft start, Ünïcode ✓"})),
        ("note", Compartment.CAREPLAN, RecordContent("School", {"text": "Enrol in autumn."})),
    ]
    for kind, compartment, content in plan:
        record = create_record(team.db, writer, case.id, kind, compartment)
        save_revision(team.db, writer, record.id, content)
    return case


def good_document() -> dict[str, Any]:
    return {
        "format": "barnahus-case",
        "version": 1,
        "exported_at": "2024-05-01T09:30:00+00:00",
        "case": {"case_number": NUMBER, "status": "open"},
        "profile": dict(PROFILE),
        "contacts": [{"name": "Dr Lindqvist", "role": "paediatrician", "phone": None}],
        "notes": [
            {"compartment": "identity", "title": "Arrival", "text": "Came with aunt."},
            {
                "compartment": "interview",
                "title": "Plan",
                "text": "Soft start.",
                "created_at": "2024-04-30T10:00:00Z",
            },
        ],
        "omitted_compartments": [],
    }


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


# (field path the error must name, change that breaks the document)
BAD_DOCUMENTS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("format", _set(("format",), "something-else")),
    ("version", _set(("version",), 3)),
    ("version", _set(("version",), 0)),
    ("version", _set(("version",), "1")),
    ("case", _drop(("case",))),
    ("case.case_number", _set(("case", "case_number"), "../etc")),
    ("case.status", _set(("case", "status"), "erased")),
    ("exported_at", _set(("exported_at",), "yesterday")),
    ("comment", _set(("comment",), "unexpected")),
    ("profile.estimated_age", _set(("profile", "estimated_age"), "nine")),
    ("profile.legal_status", _set(("profile", "legal_status"), "martian")),
    ("profile.favourite_colour", _set(("profile", "favourite_colour"), "blue")),
    ("profile.pseudonym", _drop(("profile", "pseudonym"))),
    ("contacts[0].name", _drop(("contacts", 0, "name"))),
    ("contacts[0].phone", _set(("contacts", 0, "phone"), 12345)),
    ("notes[1].compartment", _set(("notes", 1, "compartment"), "medical")),
    ("notes[0].text", _set(("notes", 0, "text"), 42)),
    ("notes[1].created_at", _set(("notes", 1, "created_at"), "2024-04-30")),
    ("notes", _set(("notes",), {"not": "a list"})),
    ("omitted_compartments", _set(("omitted_compartments",), ["interview", "interview"])),
]


def _bad(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(good_document())
    change(doc)
    return doc


def test_good_document_is_accepted() -> None:
    document = validate_document(good_document())
    assert document.case_number == NUMBER
    assert document.notes[1].compartment is Compartment.INTERVIEW
    assert document.contacts[0].details["role"] == "paediatrician"


@pytest.mark.parametrize(("where", "change"), BAD_DOCUMENTS)
def test_validator_names_the_bad_field(
    where: str, change: Callable[[dict[str, Any]], None]
) -> None:
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(_bad(change))
    assert caught.value.where == where
    assert f"at {where}:" in caught.value.message


def test_validator_never_quotes_values() -> None:
    doc = good_document()
    doc["notes"][0]["compartment"] = "secret-name-of-child"
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(doc)
    assert "secret-name-of-child" not in caught.value.message


def test_bad_json_and_duplicate_fields_are_refused() -> None:
    with pytest.raises(UsageError, match=r"not valid JSON \(line 1, column"):
        parse_document(b'{"format": ')
    with pytest.raises(UsageError, match="appears twice"):
        parse_document(b'{"format": "barnahus-case", "format": "barnahus-case"}')
    with pytest.raises(UsageError, match="NaN"):
        parse_document(b'{"version": NaN}')
    with pytest.raises(UsageError, match="not UTF-8"):
        parse_document(b"\xff\xfe{}")


def test_plaintext_round_trip_into_a_second_store(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    out = tmp_path / "case.json"
    result = export_case(team.db, team.psychologist, NUMBER, out, plaintext=True)
    assert result.records == 5
    assert result.omitted_compartments == ()
    original, _ = build_document(team.db, team.psychologist, NUMBER)

    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        imported = import_case(other.db, other.psychologist, out, lambda: "unused")
        assert imported.case_number == NUMBER
        assert imported.records == 5
        copied, _ = build_document(other.db, other.psychologist, NUMBER)
    finally:
        other.db.dispose()
    left, right = original.to_json(), copied.to_json()
    left.pop("exported_at")
    right.pop("exported_at")
    assert left == right  # including each note's original created_at


def test_encrypted_round_trip_with_a_file_passphrase(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    out = tmp_path / "case.bhx"
    secret = "a separate file passphrase"
    result = export_case(team.db, team.psychologist, NUMBER, out, file_passphrase=secret)
    assert result.encrypted
    assert out.read_bytes().startswith(transfer.ENCRYPTED_MAGIC)
    asked: list[str] = []

    def ask() -> str:
        asked.append("asked")
        return secret

    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        imported = import_case(other.db, other.psychologist, out, ask)
        notes = records_of_case(other.db, list_cases(other.db)[0].id, "note")
    finally:
        other.db.dispose()
    assert asked == ["asked"]
    assert imported.records == 5
    assert len(notes) == 3


def test_export_leaves_out_what_the_exporter_cannot_open(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    document, _ = build_document(team.db, team.coordinator, NUMBER)
    assert document.omitted_compartments == (Compartment.INTERVIEW,)
    assert {n.compartment for n in document.notes} == {Compartment.IDENTITY, Compartment.CAREPLAN}


def test_import_and_export_are_audited(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    export_case(team.db, team.psychologist, NUMBER, tmp_path / "a.json", plaintext=True)
    export_case(team.db, team.psychologist, NUMBER, tmp_path / "b.bhx", file_passphrase=FILE_SECRET)
    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        import_case(other.db, other.psychologist, tmp_path / "b.bhx", lambda: FILE_SECRET)
        with other.db.transaction() as tx:
            imported = [r for r in tx.audit_records() if r.action == audit.IMPORTED]
    finally:
        other.db.dispose()
    with team.db.transaction() as tx:
        exported = [r.detail for r in tx.audit_records() if r.action == audit.EXPORTED]
    assert exported == ["plaintext", "encrypted"]
    assert [(r.actor, r.detail) for r in imported] == [(other.psychologist.user_id, "encrypted")]


def test_existing_case_number_is_refused(team: Team) -> None:
    create_case(team.db, team.coordinator, NUMBER)
    with pytest.raises(UsageError, match="already exists"):
        import_document(
            team.db, team.psychologist, validate_document(good_document()), encrypted=False
        )
    assert len(list_cases(team.db, include_erased=True)) == 1


def test_import_is_refused_before_writing_when_a_compartment_is_not_held(team: Team) -> None:
    with pytest.raises(AccessDenied, match=r"notes\[1\]\.compartment"):
        import_document(
            team.db, team.coordinator, validate_document(good_document()), encrypted=False
        )
    assert list_cases(team.db, include_erased=True) == []


@pytest.mark.parametrize("who", ["psychologist", "coordinator"])
def test_failure_midway_erases_the_partly_imported_case(
    team: Team, monkeypatch: pytest.MonkeyPatch, who: str
) -> None:
    """Psychologists may not erase cases and coordinators may; both leave nothing behind."""
    doc = good_document()
    doc["notes"] = [{"compartment": "careplan", "title": "t", "text": "x"}] * 3
    calls: list[int] = []
    real_save = save_revision

    def failing_save(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 4:
            raise StoreUnavailable("The disk is full, so the last change could not be saved.")
        return real_save(*args, **kwargs)

    monkeypatch.setattr("barnahus.services.transfer.importer.save_revision", failing_save)
    keyring = team.psychologist if who == "psychologist" else team.coordinator
    with pytest.raises(ImportFailed) as caught:
        import_document(team.db, keyring, validate_document(doc), encrypted=False)
    assert "notes[1]" in caught.value.message
    assert caught.value.exit_code == StoreUnavailable.exit_code
    [case] = list_cases(team.db, include_erased=True)
    assert case.status == "erased"
    assert records_of_case(team.db, case.id) == []
    with team.db.transaction() as tx:
        erased = [r.detail for r in tx.audit_records() if r.action == audit.CASE_ERASED]
        assert audit.check(tx) == []
    assert erased == [transfer.IMPORT_FAILED_REASON]


def test_interrupted_import_is_erased_too(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("barnahus.services.transfer.importer.save_revision", interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_document(
            team.db, team.psychologist, validate_document(good_document()), encrypted=False
        )
    assert [c.status for c in list_cases(team.db, include_erased=True)] == ["erased"]


def test_closed_status_is_kept_only_by_a_coordinator(team: Team) -> None:
    doc = good_document()
    doc["case"]["status"] = "closed"
    doc["notes"] = []
    result = import_document(team.db, team.coordinator, validate_document(doc), encrypted=False)
    assert (result.status, result.status_kept) == ("closed", True)
    doc["case"]["case_number"] = "BH-T-0043"
    result = import_document(team.db, team.psychologist, validate_document(doc), encrypted=False)
    assert (result.status, result.status_kept) == ("open", False)


def test_export_refuses_to_overwrite_and_writes_mode_0600(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    out = tmp_path / "case.json"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists"):
        export_case(team.db, team.psychologist, NUMBER, out, plaintext=True)
    assert out.read_text(encoding="utf-8") == "keep me"
    fresh = tmp_path / "fresh.json"
    export_case(team.db, team.psychologist, NUMBER, fresh, plaintext=True)
    assert fresh.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_encrypted_export_needs_a_strong_file_passphrase(team: Team, tmp_path: Path) -> None:
    fill_case(team)
    with pytest.raises(UsageError, match="file passphrase"):
        export_case(team.db, team.psychologist, NUMBER, tmp_path / "a.bhx")
    with pytest.raises(BarnahusError, match="at least"):
        export_case(team.db, team.psychologist, NUMBER, tmp_path / "a.bhx", file_passphrase="x")
    assert not (tmp_path / "a.bhx").exists()


# the published schema -----------------------------------------------------------------------
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def test_schema_lists_the_profile_fields_of_the_form() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    profile = schema["$defs"]["profile"]
    assert set(profile["properties"]) == {f.key for f in child_profile_form().fields}
    assert set(profile["required"]) == {f.key for f in child_profile_form().fields if f.required}


def test_exported_document_validates_against_the_schema(team: Team, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    fill_case(team)
    out = tmp_path / "case.json"
    export_case(team.db, team.psychologist, NUMBER, out, plaintext=True)
    validator = jsonschema.Draft202012Validator(_schema())
    assert list(validator.iter_errors(json.loads(out.read_text(encoding="utf-8")))) == []
    assert list(validator.iter_errors(good_document())) == []


@pytest.mark.parametrize(("where", "change"), BAD_DOCUMENTS)
def test_schema_rejects_the_same_bad_documents(
    where: str, change: Callable[[dict[str, Any]], None]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(_schema())
    assert list(validator.iter_errors(_bad(change))) != [], where


def test_every_demo_case_exports_and_imports(tmp_path: Path) -> None:
    """Content written by another part of the app (the demo centre) fits the format."""
    demo = pytest.importorskip("barnahus.services.demo")
    secret = "demo centre passphrase"
    demo.create_demo_store(tmp_path / "demo.sqlite3", secret, FAST_KDF)
    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        with open_session(tmp_path / "demo.sqlite3", "psychologist", lambda: secret) as session:
            numbers = [c.case_number for c in list_cases(session.db)]
            assert numbers
            for number in numbers:
                out = tmp_path / f"{number.replace('/', '_')}.json"
                export_case(session.db, session.keyring, number, out, plaintext=True)
                import_case(other.db, other.psychologist, out, lambda: "unused")
                original, _ = build_document(session.db, session.keyring, number)
                copied, _ = build_document(other.db, other.psychologist, number)
                assert copied.notes == original.notes
                assert copied.contacts == original.contacts
                assert copied.profile == original.profile
    finally:
        other.db.dispose()


def test_unknown_profile_key_is_not_quoted_when_it_looks_like_content() -> None:
    doc = good_document()
    doc["profile"]["Amira lives at 5 Elm Street"] = "x"
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(doc)
    assert caught.value.where == "profile"
    assert "Elm Street" not in caught.value.message


def test_content_that_does_not_fit_the_format_is_not_exported(team: Team, tmp_path: Path) -> None:
    case = create_case(team.db, team.coordinator, NUMBER)
    record = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(team.db, team.psychologist, record.id, RecordContent("t", {"text": 5}))
    out = tmp_path / "case.json"
    with pytest.raises(UsageError, match=r"content at notes\[0\]\.text does not fit"):
        export_case(team.db, team.psychologist, NUMBER, out, plaintext=True)
    assert not out.exists()
