"""The life project in case files (format version 2): round trips, history, strict checks."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Team, make_team

from barnahus.careplan.model import (
    PlanEvent,
    PlanRevision,
    PlanStatus,
    build_versions,
    current_approved,
)
from barnahus.careplan.origin import PlanOrigin
from barnahus.careplan.values import Values
from barnahus.roles import Compartment
from barnahus.services.cases import create_case, list_cases
from barnahus.services.demo_plans import plan_versions
from barnahus.services.keyring import AccessDenied
from barnahus.services.plans import (
    approve_plan,
    open_plan,
    save_plan,
    send_back_plan,
    submit_plan,
)
from barnahus.services.records import RecordContent, create_record, records_of_case, save_revision
from barnahus.services.transfer import (
    ImportFailed,
    InvalidCaseFile,
    build_document,
    export_case,
    import_case,
    import_document,
    validate_document,
)
from barnahus.store.entities import CaseInfo

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "case-format.schema.json"
NUMBER = "BH-P-0007"
FILE_SECRET = "a separate file passphrase"
APPROVED, DRAFT = plan_versions("DEMO-0001")


def write_plan(team: Team, case: CaseInfo, later: Values = DRAFT) -> None:
    """Version 1 sent back once, then approved; version 2 a draft (``later``)."""
    submit_plan(team.db, team.psychologist, case.id, APPROVED)
    send_back_plan(team.db, team.coordinator, case.id, 1, "Add the guardian's view.")
    submit_plan(team.db, team.psychologist, case.id, APPROVED)
    approve_plan(team.db, team.coordinator, case.id, 1)
    save_plan(team.db, team.psychologist, case.id, later)


def planned_case(team: Team, later: Values = DRAFT) -> CaseInfo:
    case = create_case(team.db, team.coordinator, NUMBER)
    write_plan(team, case, later)
    return case


def v2_document() -> dict[str, Any]:
    """A valid version-2 document: version 1 superseded, 2 approved, 3 sent back."""

    def version(number: int, status: str, values: Values, **extra: Any) -> dict[str, Any]:
        return {
            "number": number,
            "status": status,
            "saved_at": f"2024-0{number}-01T09:00:00+00:00",
            "authors": ["Maria Psychologist"],
            "values": copy.deepcopy(values),
            **extra,
        }

    approved = {
        "submitted_by": "Maria Psychologist",
        "approved_by": "Jonas Coordinator",
        "approved_at": "2024-02-02T10:00:00Z",
    }
    return {
        "format": "barnahus-case",
        "version": 2,
        "exported_at": "2024-05-01T09:30:00+00:00",
        "case": {"case_number": NUMBER, "status": "open"},
        "profile": None,
        "contacts": [],
        "notes": [],
        "omitted_compartments": ["interview"],
        "care_plan": {
            "versions": [
                version(1, "superseded", APPROVED, **approved),
                version(2, "approved", APPROVED, **approved),
                version(3, "sent_back", DRAFT, sent_back_note="Check the school's name."),
            ]
        },
    }


def _schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _case(team: Team) -> CaseInfo:
    [case] = [c for c in list_cases(team.db) if c.case_number == NUMBER]
    return case


# round trips ---------------------------------------------------------------------------------
@pytest.mark.parametrize("plaintext", [True, False])
def test_plan_history_moves_to_a_fresh_store_as_history(
    team: Team, tmp_path: Path, plaintext: bool
) -> None:
    planned_case(team)
    out = tmp_path / ("case.json" if plaintext else "case.bhx")
    secret = "" if plaintext else FILE_SECRET
    result = export_case(
        team.db, team.coordinator, NUMBER, out, plaintext=plaintext, file_passphrase=secret
    )
    assert result.records == 1
    original, _ = build_document(team.db, team.coordinator, NUMBER)
    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        imported = import_case(other.db, other.coordinator, out, lambda: secret)
        assert imported.records == 1
        state = open_plan(other.db, other.coordinator, _case(other).id)
        copied, _ = build_document(other.db, other.coordinator, NUMBER)
    finally:
        other.db.dispose()

    # A coordinator there reads every version, with what it was at the first centre.
    assert [v.number for v in state.versions] == [1, 2]
    assert [v.status for v in state.versions] == [PlanStatus.IMPORTED] * 2
    assert [v.values for v in state.versions] == [APPROVED, DRAFT]
    first, second = (v.origin for v in state.versions)
    assert first is not None
    assert second is not None
    assert (first.status, first.approved_by, first.submitted_by) == (
        "approved",
        "coordinator",
        "psychologist",
    )
    assert first.authors == ("psychologist",)
    assert first.approved_at is not None
    assert first.sent_back_note is None
    assert (second.status, second.approved_by, second.submitted_by) == ("draft", None, None)
    # Not an approval here, and nobody here is an author of it.
    assert current_approved(state.versions) is None
    assert all(not v.authors for v in state.versions)
    assert state.working_number == 3
    # The history reads the same when the case moves on.
    assert copied.care_plan == original.care_plan


def test_exported_versions_say_who_did_what(team: Team) -> None:
    case = planned_case(team)
    send_back = create_case(team.db, team.coordinator, "BH-P-0008")
    submit_plan(team.db, team.psychologist, send_back.id, APPROVED)
    send_back_plan(team.db, team.coordinator, send_back.id, 1, "Add the guardian's view.")
    document, _ = build_document(team.db, team.coordinator, NUMBER)
    returned, _ = build_document(team.db, team.coordinator, "BH-P-0008")
    assert document.care_plan is not None
    assert returned.care_plan is not None
    first, second = document.care_plan
    assert (first.number, first.origin.status, second.origin.status) == (1, "approved", "draft")
    assert first.origin.approved_by == "coordinator"
    assert second.origin.authors == ("psychologist",)
    assert second.values == DRAFT
    [sent] = returned.care_plan
    assert (sent.origin.status, sent.origin.sent_back_note) == (
        "sent_back",
        "Add the guardian's view.",
    )
    assert open_plan(team.db, team.coordinator, case.id).versions[0].approved_by


def test_imported_plan_is_approved_here_through_the_usual_workflow(
    team: Team, tmp_path: Path
) -> None:
    """The coordinator who imported the plan is not its author, so they may approve it once
    a psychologist here has submitted it; the earlier approval is then superseded."""
    planned_case(team)
    out = tmp_path / "case.json"
    export_case(team.db, team.coordinator, NUMBER, out, plaintext=True)
    other = make_team(tmp_path / "other" / "store.sqlite3")
    try:
        import_case(other.db, other.coordinator, out, lambda: "unused")
        case = _case(other)
        state = open_plan(other.db, other.psychologist, case.id)
        submit_plan(other.db, other.psychologist, case.id, APPROVED)
        approved = approve_plan(other.db, other.coordinator, case.id, 3)
        again = tmp_path / "again.json"
        export_case(other.db, other.coordinator, NUMBER, again, plaintext=True)
    finally:
        other.db.dispose()
    assert state.working_values == DRAFT
    in_force = current_approved(approved.versions)
    assert in_force is not None
    assert in_force.number == 3
    data = json.loads(again.read_text(encoding="utf-8"))
    statuses = [v["status"] for v in data["care_plan"]["versions"]]
    assert statuses == ["superseded", "draft", "approved"]
    assert data["care_plan"]["versions"][2]["approved_by"] == "coordinator"
    assert list(_schema_validator().iter_errors(data)) == []


def test_history_cannot_be_slipped_into_a_plan_later() -> None:
    """An imported revision counts only before any local one."""
    when = datetime(2024, 5, 1, tzinfo=UTC)
    origin = PlanOrigin("approved", "2024-01-01T00:00:00Z", ("x",), "x", "y", "2024-01-02T00:00Z")
    revisions = [
        PlanRevision(1, "psy", when, PlanEvent.SAVED, APPROVED),
        PlanRevision(2, "psy", when, PlanEvent.IMPORTED, DRAFT, origin=origin),
    ]
    [version] = build_versions(revisions)
    assert (version.status, version.values, version.origin) == (PlanStatus.DRAFT, APPROVED, None)


# who may export and import -------------------------------------------------------------------
def test_export_without_the_careplan_compartment_names_it_omitted(
    team: Team, tmp_path: Path
) -> None:
    planned_case(team)
    out = tmp_path / "case.json"
    result = export_case(team.db, team.interviewer, NUMBER, out, plaintext=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert result.omitted_compartments == (Compartment.CAREPLAN,)
    assert data["omitted_compartments"] == ["careplan"]
    assert data["care_plan"] is None
    assert data["version"] == 2


def test_a_case_without_a_plan_has_none(team: Team) -> None:
    create_case(team.db, team.coordinator, NUMBER)
    document, _ = build_document(team.db, team.coordinator, NUMBER)
    assert document.care_plan is None
    assert document.omitted_compartments == ()
    assert document.to_json()["care_plan"] is None


def test_import_needs_the_careplan_compartment(team: Team) -> None:
    with pytest.raises(AccessDenied, match="at care_plan; nothing was imported"):
        import_document(
            team.db, team.interviewer, validate_document(v2_document()), encrypted=False
        )
    assert list_cases(team.db, include_erased=True) == []


def test_failure_while_writing_the_plan_erases_the_whole_case(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection around the real save: the third plan version cannot be written."""
    real_save = save_revision
    calls: list[int] = []

    def failing_save(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr("barnahus.services.transfer.importer.save_revision", failing_save)
    with pytest.raises(OSError, match="disk full"):
        import_document(
            team.db, team.coordinator, validate_document(v2_document()), encrypted=False
        )
    [case] = list_cases(team.db, include_erased=True)
    assert case.status == "erased"
    assert records_of_case(team.db, case.id) == []


def test_store_failure_while_writing_the_plan_names_the_version(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from barnahus.errors import StoreUnavailable

    real_save = save_revision
    calls: list[int] = []

    def failing_save(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise StoreUnavailable("The disk is full, so the last change could not be saved.")
        return real_save(*args, **kwargs)

    monkeypatch.setattr("barnahus.services.transfer.importer.save_revision", failing_save)
    with pytest.raises(ImportFailed, match=r"stopped at care_plan\.versions\[1\]"):
        import_document(
            team.db, team.coordinator, validate_document(v2_document()), encrypted=False
        )
    assert [c.status for c in list_cases(team.db, include_erased=True)] == ["erased"]


# version 1 -----------------------------------------------------------------------------------
def test_version_1_files_still_import(team: Team) -> None:
    doc = v2_document()
    doc["version"] = 1
    del doc["care_plan"]
    doc["notes"] = [{"compartment": "careplan", "title": "School", "text": "Autumn."}]
    result = import_document(team.db, team.coordinator, validate_document(doc), encrypted=False)
    assert result.records == 1
    assert open_plan(team.db, team.coordinator, _case(team).id).versions == ()


def test_a_version_1_file_cannot_carry_a_care_plan() -> None:
    doc = v2_document()
    doc["version"] = 1
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(doc)
    assert caught.value.where == "care_plan"
    assert list(_schema_validator().iter_errors(doc)) != []


# strict checks -------------------------------------------------------------------------------
def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc["care_plan"]
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target: Any = doc["care_plan"]
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def _not_an_object(doc: dict[str, Any]) -> None:
    doc["care_plan"] = [doc["care_plan"]]


def _duplicate(doc: dict[str, Any]) -> None:
    doc["care_plan"]["versions"][2]["number"] = 2


V0, V1, V2 = ("versions", 0), ("versions", 1), ("versions", 2)
# (field path the error must name, change, whether the schema can see it too)
BAD_PLANS: list[tuple[str, Callable[[dict[str, Any]], None], bool]] = [
    ("care_plan", _not_an_object, True),
    ("care_plan.versions", _set(("versions",), []), True),
    ("care_plan.colour", _set(("colour",), "blue"), True),
    ("care_plan.versions[0].colour", _set((*V0, "colour"), "blue"), True),
    ("care_plan.versions[0].number", _set((*V0, "number"), "1"), True),
    ("care_plan.versions[0].number", _set((*V0, "number"), True), True),
    ("care_plan.versions[2].number", _duplicate, False),
    ("care_plan.versions[0].number", _set((*V0, "number"), 4), False),
    ("care_plan.versions[0].status", _set((*V0, "status"), "in force"), True),
    ("care_plan.versions[0].saved_at", _set((*V0, "saved_at"), "2024-01-01"), True),
    ("care_plan.versions[0].authors", _set((*V0, "authors"), []), True),
    ("care_plan.versions[0].authors", _set((*V0, "authors"), ["A", "A"]), True),
    ("care_plan.versions[0].authors[0]", _set((*V0, "authors"), [5]), True),
    ("care_plan.versions[1].approved_by", _set((*V1, "approved_by"), None), True),
    ("care_plan.versions[1].approved_at", _drop((*V1, "approved_at")), True),
    ("care_plan.versions[1].submitted_by", _set((*V1, "submitted_by"), None), True),
    ("care_plan.versions[2].approved_by", _set((*V2, "approved_by"), "Jonas"), True),
    ("care_plan.versions[2].sent_back_note", _drop((*V2, "sent_back_note")), True),
    ("care_plan.versions[2].sent_back_note", _set((*V2, "sent_back_note"), "  "), True),
    ("care_plan.versions[0].status", _set((*V0, "status"), "approved"), False),
    ("care_plan.versions[1].status", _set((*V1, "status"), "superseded"), False),
    ("care_plan.versions[0].values", _set((*V0, "values"), ["not", "sections"]), True),
    ("care_plan.versions[0].values.hobbies", _set((*V0, "values", "hobbies"), {}), False),
    ("care_plan.versions[0].values.about", _set((*V0, "values", "about"), "x"), True),
    (
        "care_plan.versions[0].values.about.favourite",
        _set((*V0, "values", "about", "favourite"), "x"),
        False,
    ),
    (
        "care_plan.versions[0].values.about.valid_until",
        _set((*V0, "values", "about", "valid_until"), "next spring"),
        False,
    ),
    (
        "care_plan.versions[0].values.legal_status.status",
        _set((*V0, "values", "legal_status", "status"), "martian"),
        False,
    ),
    (
        "care_plan.versions[0].values.people.other_helpers",
        _set((*V0, "values", "people", "other_helpers"), "Aunt Mira"),
        False,
    ),
]


@pytest.mark.parametrize(("where", "change", "_schema"), BAD_PLANS)
def test_bad_care_plan_is_refused_naming_the_field(
    where: str, change: Callable[[dict[str, Any]], None], _schema: bool
) -> None:
    doc = v2_document()
    change(doc)
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(doc)
    assert caught.value.where == where
    message = caught.value.message
    assert message.startswith(f"The case file is not valid at {where}: ")
    assert message.count(".") >= 1
    assert "\n" not in message


@pytest.mark.parametrize(("where", "change"), [(w, c) for w, c, schema in BAD_PLANS if schema])
def test_schema_rejects_the_same_bad_care_plans(
    where: str, change: Callable[[dict[str, Any]], None]
) -> None:
    doc = v2_document()
    change(doc)
    assert list(_schema_validator().iter_errors(doc)) != [], where


def test_good_v2_document_fits_validator_and_schema() -> None:
    document = validate_document(v2_document())
    assert document.care_plan is not None
    assert [v.origin.status for v in document.care_plan] == ["superseded", "approved", "sent_back"]
    assert list(_schema_validator().iter_errors(v2_document())) == []


@pytest.mark.parametrize(
    "change",
    [
        _set((*V0, "values", "Amira lives at 5 Elm Street"), {}),
        _set((*V0, "values", "about", "Amira lives at 5 Elm Street"), "x"),
        _set(
            (*V0, "values", "people", "other_helpers"),
            [{"name": "Aunt", "role": "aunt", "Amira lives at 5 Elm Street": "x"}],
        ),
        _set(
            (*V0, "values", "safety", "missing_risks"),
            {"Amira lives at 5 Elm Street": {"status": "present"}},
        ),
    ],
)
def test_refusals_never_quote_what_the_file_holds(change: Callable[[dict[str, Any]], None]) -> None:
    doc = v2_document()
    change(doc)
    with pytest.raises(InvalidCaseFile) as caught:
        validate_document(doc)
    assert "Elm Street" not in caught.value.message


def test_malformed_plan_leaves_nothing_behind(team: Team, tmp_path: Path) -> None:
    doc = v2_document()
    _duplicate(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidCaseFile, match="version 2 appears twice"):
        import_case(team.db, team.coordinator, bad, lambda: "unused")
    assert list_cases(team.db, include_erased=True) == []


def test_values_are_stored_as_the_app_saves_them(team: Team) -> None:
    """The app's save check also cleans: spaces trimmed, empty values dropped."""
    doc = v2_document()
    doc["care_plan"]["versions"][2]["values"]["about"]["called"] = "  Kestrel  "
    doc["care_plan"]["versions"][2]["values"]["about"]["how_agreed"] = ""
    import_document(team.db, team.coordinator, validate_document(doc), encrypted=False)
    state = open_plan(team.db, team.coordinator, _case(team).id)
    about = state.versions[2].values["about"]
    assert about["called"] == "Kestrel"
    assert "how_agreed" not in about


def test_other_careplan_records_still_travel_beside_the_plan(team: Team, tmp_path: Path) -> None:
    case = planned_case(team)
    note = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(team.db, team.psychologist, note.id, RecordContent("School", {"text": "x"}))
    document, skipped = build_document(team.db, team.psychologist, NUMBER)
    assert skipped == 0
    assert len(document.notes) == 1
    assert document.care_plan is not None


def test_a_printed_imported_version_says_where_it_was_approved(team: Team) -> None:
    import io

    pypdf = pytest.importorskip("pypdf")
    from barnahus.services.plan_pdf import Audience, preview_plan_pdf

    import_document(team.db, team.coordinator, validate_document(v2_document()), encrypted=False)
    pdf = preview_plan_pdf(team.db, team.coordinator, _case(team).id, Audience.PROFESSIONAL, 2)
    first_page = pypdf.PdfReader(io.BytesIO(pdf.data)).pages[0].extract_text()
    assert "approved by Jonas Coordinator on 2024-02-02" in " ".join(first_page.split())
    assert "not approved here" in " ".join(first_page.split())
    assert "NOT APPROVED HERE" in first_page  # the watermark, as drafts carry theirs


def test_the_documented_example_is_a_valid_version_2_file() -> None:
    """The example in docs/case-format.md passes the validator and the schema."""
    page = (SCHEMA_PATH.parent / "case-format.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in page.split("```json\n")[1:]]
    [example] = [json.loads(b) for b in blocks if '"barnahus-case"' in b]
    document = validate_document(example)
    assert document.care_plan is not None
    assert [v.origin.status for v in document.care_plan] == ["approved", "draft"]
    assert list(_schema_validator().iter_errors(example)) == []
    example["version"] = 1
    del example["care_plan"]
    assert validate_document(example).care_plan is None
    assert list(_schema_validator().iter_errors(example)) == []
