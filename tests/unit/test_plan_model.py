"""The life project's pure rules: values, what is missing, approval rules, versions, diff."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from barnahus.careplan.diff import ChangeKind, diff_values
from barnahus.careplan.model import (
    PlanEvent,
    PlanRevision,
    PlanStatus,
    build_versions,
    current_approved,
    parse_body,
    revision_body,
)
from barnahus.careplan.values import (
    Values,
    approval_problems,
    normalise,
    submission_problems,
)
from barnahus.errors import UsageError
from barnahus.formdefs.plan import PlanForm, life_project_form
from barnahus.services.demo_plans import plan_versions


@pytest.fixture
def form() -> PlanForm:
    return life_project_form()


@pytest.fixture
def full() -> Values:
    """A complete, approvable plan (the demo's, which the demo test keeps complete)."""
    return copy.deepcopy(plan_versions("DEMO-0001")[0])


def test_normalise_drops_empty_values_and_rows(form: PlanForm) -> None:
    typed: dict[str, Any] = {
        "about": {"called": "  Wren ", "valid_until": "", "how_agreed": "\n\n"},
        "goals": {"goals": [{"goal": "School", "owner": ""}, {"goal": " ", "owner": ""}]},
        "safety": {"missing_risks": {"previous_missing": {"status": "", "measures": ""}}},
    }
    assert normalise(form, typed) == {
        "about": {"called": "Wren"},
        "goals": {"goals": [{"goal": "School"}]},
    }


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"about": {"valid_until": "2027-02-30"}}, "about.valid_until"),
        ({"about": {"child_language": "English"}}, "about.child_language"),
        ({"durable_solution": {"solution": "elsewhere"}}, "durable_solution.solution"),
        ({"goals": {"goals": [{"due": "soon"}]}}, "goals.goals"),
        ({"goals": {"goals": [{"colour": "red"}]}}, "goals.goals"),
        ({"safety": {"missing_risks": {"dragons": {"status": "present"}}}}, "safety.missing_risks"),
        (
            {"safety": {"missing_risks": {"substance_use": {"status": "maybe"}}}},
            "safety.missing_risks",
        ),
        ({"about": {"nickname": "x"}}, "about.nickname"),
        ({"secret_section": {}}, "secret_section"),
    ],
)
def test_malformed_values_are_refused_naming_the_field(
    form: PlanForm, values: dict[str, Any], named: str
) -> None:
    with pytest.raises(UsageError) as raised:
        normalise(form, values)
    assert named in raised.value.message


def test_a_complete_plan_has_nothing_missing(form: PlanForm, full: Values) -> None:
    assert submission_problems(form, full) == []
    assert approval_problems(form, full) == []


def test_missing_fields_rows_and_risk_answers_are_each_named(form: PlanForm, full: Values) -> None:
    del full["child_views"]["wishes"]
    full["goals"]["goals"][1].pop("owner")
    full["safety"]["missing_risks"].pop("first_days")
    full["safety"]["trafficking_risks"]["debt_bondage"].pop("measures")
    messages = [p.message for p in submission_problems(form, full)]
    assert messages == [
        "Fill in 'Wishes' (The child's own views).",
        "Risk of going missing: answer 'In the first days after arrival or referral'.",
        "Risk of re-trafficking and contact with traffickers: give the measures against "
        "'Debt the traffickers say is owed'.",
        "Goals, row 2: fill in 'Owner'.",
    ]
    paths = {p.path for p in submission_problems(form, full)}
    assert paths == {
        "child_views.wishes",
        "safety.missing_risks",
        "safety.trafficking_risks",
        "goals.goals",
    }


def test_a_return_needs_both_completed_assessments(form: PlanForm, full: Values) -> None:
    solution = full["durable_solution"]
    solution["solution"] = "return"
    assert [p.path for p in approval_problems(form, full)] == [
        "durable_solution.risk_security_assessment"
    ]
    solution["risk_security_assessment"] = "completed"
    assert approval_problems(form, full) != []  # the family assessment is still in progress
    solution["family_assessment"] = "completed"
    assert approval_problems(form, full) == []
    del solution["family_assessment_summary"]
    assert approval_problems(form, full) != []


def test_child_guardian_and_case_manager_must_have_signed(form: PlanForm, full: Values) -> None:
    full["signatures"]["signatures"] = [
        row for row in full["signatures"]["signatures"] if row["signatory"] != "guardian"
    ]
    problems = approval_problems(form, full)
    assert [p.path for p in problems] == ["signatures.signatures"]


# versions -----------------------------------------------------------------------------------
T0 = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


def rev(number: int, author: str, event: PlanEvent, values: Values | None = None) -> PlanRevision:
    return PlanRevision(
        number, author, T0 + timedelta(minutes=number), event, values or {"v": {"n": number}}
    )


def test_versions_follow_the_workflow() -> None:
    versions = build_versions(
        [
            rev(1, "psy", PlanEvent.SAVED),
            rev(2, "psy", PlanEvent.SUBMITTED),
            rev(3, "coord", PlanEvent.APPROVED, {"v": {"n": 2}}),
            rev(4, "psy", PlanEvent.SAVED),
            rev(5, "psy", PlanEvent.SUBMITTED),
            rev(6, "coord", PlanEvent.APPROVED, {"v": {"n": 5}}),
            rev(7, "psy", PlanEvent.SAVED),
        ]
    )
    assert [(v.number, v.status) for v in versions] == [
        (1, PlanStatus.SUPERSEDED),
        (2, PlanStatus.APPROVED),
        (3, PlanStatus.DRAFT),
    ]
    first = versions[0]
    assert first.values == {"v": {"n": 2}}
    assert first.approved_by == "coord"
    assert first.authors == {"psy"}
    assert current_approved(versions) is versions[1]


def test_anything_written_after_an_approval_starts_the_next_version() -> None:
    """Two people racing: a save that lands after the approval cannot change version 1."""
    versions = build_versions(
        [
            rev(1, "psy", PlanEvent.SUBMITTED),
            rev(2, "coord", PlanEvent.APPROVED, {"v": {"n": 1}}),
            rev(3, "psy", PlanEvent.SAVED, {"v": {"n": "late"}}),
            rev(4, "coord2", PlanEvent.APPROVED, {"v": {"n": "forged"}}),
        ]
    )
    assert versions[0].values == {"v": {"n": 1}}
    assert versions[0].status is PlanStatus.APPROVED
    assert versions[1].status is PlanStatus.DRAFT  # a draft cannot be approved
    assert versions[1].values == {"v": {"n": "late"}}


def test_an_approval_by_an_author_is_not_an_approval() -> None:
    versions = build_versions(
        [
            rev(1, "psy", PlanEvent.SAVED),
            rev(2, "both", PlanEvent.SUBMITTED),
            rev(3, "both", PlanEvent.APPROVED),
        ]
    )
    assert versions[0].status is PlanStatus.SUBMITTED
    assert versions[0].authors == {"psy", "both"}


def test_a_returned_plan_is_a_draft_again_and_the_coordinator_is_no_author() -> None:
    versions = build_versions(
        [
            rev(1, "psy", PlanEvent.SUBMITTED),
            PlanRevision(2, "coord", T0, PlanEvent.RETURNED, {"v": {"n": 1}}, "add the school"),
        ]
    )
    assert versions[0].status is PlanStatus.DRAFT
    assert versions[0].returned_note == "add the school"
    assert versions[0].authors == {"psy"}


def test_revision_bodies_round_trip_and_foreign_bodies_are_refused() -> None:
    body = revision_body(PlanEvent.SUBMITTED, 2, 1, {"about": {"called": "Wren"}}, "")
    assert parse_body(body) == (PlanEvent.SUBMITTED, {"about": {"called": "Wren"}}, "")
    for broken in ({"text": "a note"}, {**body, "event": "published"}, {**body, "values": []}):
        with pytest.raises(ValueError, match=r"plan body|published|schema"):
            parse_body(broken)


# diff ---------------------------------------------------------------------------------------
def test_diff_lists_each_changed_field_with_before_and_after(form: PlanForm, full: Values) -> None:
    after = copy.deepcopy(full)
    after["reviews"]["next_review"] = "2027-01-12"
    after["goals"]["goals"][0]["status"] = "achieved"
    del after["education"]["training"]
    after["legal_status"]["status"] = "refugee"
    changes = {c.path: c for c in diff_values(form, full, after)}
    assert set(changes) == {
        "legal_status.status",
        "education.training",
        "goals.goals",
        "reviews.next_review",
    }
    assert changes["reviews.next_review"].before == "2026-12-08"
    assert changes["reviews.next_review"].after == "2027-01-12"
    assert changes["legal_status.status"].before == "Residence permit as a victim of trafficking"
    assert changes["legal_status.status"].after == "Refugee or subsidiary protection"
    assert changes["education.training"].kind is ChangeKind.REMOVED
    assert "Status: In progress" in changes["goals.goals"].before
    assert "Status: Achieved" in changes["goals.goals"].after
    assert diff_values(form, full, full) == []


def test_diff_keeps_fields_the_form_no_longer_has(form: PlanForm) -> None:
    changes = diff_values(form, {"old": {"field": "kept"}}, {})
    assert [(c.path, c.kind, c.before) for c in changes] == [
        ("old.field", ChangeKind.REMOVED, "kept")
    ]
