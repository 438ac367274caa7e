"""The life project's use cases on a real store: who may do what, versions, approval, audit."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from tests.conftest import Team

from barnahus.careplan.model import PlanStatus
from barnahus.careplan.values import Values
from barnahus.errors import UsageError
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.autosave import Autosaver
from barnahus.services.cases import close_case, create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.plan_reviews import reviews_due
from barnahus.services.plans import (
    PlanRefused,
    approve_plan,
    compare_versions,
    draft_content,
    open_plan,
    permissions,
    read_version,
    record_print,
    save_plan,
    send_back_plan,
    start_plan,
    submit_plan,
)
from barnahus.services.records import RecordContent, RecordDamaged, records_of_case, save_revision


@pytest.fixture
def case_id(team: Team) -> str:
    return create_case(team.db, team.coordinator, "BH-PLAN-1").id


@pytest.fixture
def full() -> Values:
    return copy.deepcopy(plan_versions("DEMO-0001")[0])


def approved(team: Team, case_id: str, values: Values) -> None:
    submit_plan(team.db, team.psychologist, case_id, values)
    approve_plan(team.db, team.coordinator, case_id, 1)


def actions(team: Team) -> list[tuple[str, str]]:
    with team.db.transaction() as tx:
        return [(r.action, r.detail) for r in tx.audit_records()]


def test_a_plan_goes_from_draft_to_approved(team: Team, case_id: str, full: Values) -> None:
    partial = {"about": full["about"]}
    state = save_plan(team.db, team.psychologist, case_id, partial)
    assert [(v.number, v.status) for v in state.versions] == [(1, PlanStatus.DRAFT)]
    state = submit_plan(team.db, team.psychologist, case_id, full)
    assert state.current is not None
    assert state.current.status is PlanStatus.SUBMITTED
    assert permissions(team.coordinator, state).approve
    state = approve_plan(team.db, team.coordinator, case_id, 1)
    version = state.version(1)
    assert version.status is PlanStatus.APPROVED
    assert version.values == full
    assert state.name_of(version.approved_by) == "coordinator"
    assert state.name_of(next(iter(version.authors))) == "psychologist"


def test_only_psychologists_edit_and_submit(team: Team, case_id: str, full: Values) -> None:
    for keyring in (team.coordinator, team.interviewer, team.admin):
        with pytest.raises(AccessDenied):
            save_plan(team.db, keyring, case_id, full)
        with pytest.raises(AccessDenied):
            submit_plan(team.db, keyring, case_id, full)
        with pytest.raises(AccessDenied):
            start_plan(team.db, keyring, case_id)
    assert records_of_case(team.db, case_id, "life_project") == []


def test_interviewers_and_administrators_cannot_read_plans(
    team: Team, case_id: str, full: Values
) -> None:
    approved(team, case_id, full)
    for keyring in (team.interviewer, team.admin):
        with pytest.raises(AccessDenied):
            open_plan(team.db, keyring, case_id)
        with pytest.raises(AccessDenied):
            read_version(team.db, keyring, case_id, 1)
        with pytest.raises(AccessDenied):
            reviews_due(team.db, keyring, 30)


def test_only_coordinators_approve_and_print(team: Team, case_id: str, full: Values) -> None:
    submit_plan(team.db, team.psychologist, case_id, full)
    for keyring in (team.psychologist, team.interviewer, team.admin):
        with pytest.raises(AccessDenied):
            approve_plan(team.db, keyring, case_id, 1)
        with pytest.raises(AccessDenied):
            send_back_plan(team.db, keyring, case_id, 1, "more detail")
        with pytest.raises(AccessDenied):
            record_print(team.db, keyring, case_id, 1, "professional", 3)
    approve_plan(team.db, team.coordinator, case_id, 1)


def test_an_author_cannot_approve_their_own_plan(team: Team, case_id: str, full: Values) -> None:
    """Someone with both roles who wrote the version must leave approval to a colleague."""
    from barnahus.services.accounts import add_user, grant_access
    from barnahus.services.signin import sign_in

    passphrase = "both roles passphrase for tests"
    add_user(team.db, team.admin, "both", {"coordinator", "psychologist"}, passphrase)
    grant_access(team.db, team.admin, "both", team.recovery_key)
    both = sign_in(team.db, "both", passphrase)
    save_plan(team.db, team.psychologist, case_id, {"about": full["about"]})
    state = submit_plan(team.db, both, case_id, full)
    assert not permissions(both, state).approve
    with pytest.raises(AccessDenied, match="another coordinator"):
        approve_plan(team.db, both, case_id, 1)
    assert approve_plan(team.db, team.coordinator, case_id, 1).version(1).approved_by


def test_submission_says_what_is_missing(team: Team, case_id: str, full: Values) -> None:
    del full["goals"]
    with pytest.raises(PlanRefused) as raised:
        submit_plan(team.db, team.psychologist, case_id, full)
    assert [p.path for p in raised.value.problems] == ["goals.goals"]
    assert "Fill in 'Goals'" in raised.value.message


def test_a_return_without_assessments_cannot_be_approved(
    team: Team, case_id: str, full: Values
) -> None:
    full["durable_solution"]["solution"] = "return"
    submit_plan(team.db, team.psychologist, case_id, full)  # the panel may discuss a proposal
    with pytest.raises(PlanRefused) as raised:
        approve_plan(team.db, team.coordinator, case_id, 1)
    assert "risk and security assessment" in raised.value.message
    assert open_plan(team.db, team.coordinator, case_id).version(1).status is PlanStatus.SUBMITTED
    full["durable_solution"].update(
        risk_security_assessment="completed", family_assessment="completed"
    )
    submit_plan(team.db, team.psychologist, case_id, full)
    assert (
        approve_plan(team.db, team.coordinator, case_id, 1).version(1).status is PlanStatus.APPROVED
    )


def test_approved_versions_never_change(team: Team, case_id: str, full: Values) -> None:
    approved(team, case_id, full)
    changed = copy.deepcopy(full)
    changed["reviews"]["next_review"] = "2027-01-12"
    state = save_plan(team.db, team.psychologist, case_id, changed)
    assert [(v.number, v.status) for v in state.versions] == [
        (1, PlanStatus.APPROVED),
        (2, PlanStatus.DRAFT),
    ]
    assert read_version(team.db, team.coordinator, case_id, 1).values == full
    with pytest.raises(UsageError):  # version 1 is not waiting for approval any more
        approve_plan(team.db, team.coordinator, case_id, 1)
    # Even writing the record directly cannot reach version 1: it becomes part of version 2.
    assert state.record_id is not None
    content = draft_content(state, {"about": {"called": "rewritten"}})
    save_revision(team.db, team.psychologist, state.record_id, content)
    after = open_plan(team.db, team.coordinator, case_id)
    assert after.version(1).values == full
    assert after.version(2).values == {"about": {"called": "rewritten"}}


def test_a_newer_approval_supersedes_the_older(team: Team, case_id: str, full: Values) -> None:
    approved(team, case_id, full)
    full["health"]["therapy"] = "Sessions every two weeks."
    submit_plan(team.db, team.psychologist, case_id, full)
    state = approve_plan(team.db, team.coordinator, case_id, 2)
    assert [v.status for v in state.versions] == [PlanStatus.SUPERSEDED, PlanStatus.APPROVED]
    assert read_version(team.db, team.psychologist, case_id, 1).status is PlanStatus.SUPERSEDED


def test_sending_back_keeps_the_content_and_says_why(
    team: Team, case_id: str, full: Values
) -> None:
    submit_plan(team.db, team.psychologist, case_id, full)
    with pytest.raises(UsageError):
        send_back_plan(team.db, team.coordinator, case_id, 1, "   ")
    state = send_back_plan(team.db, team.coordinator, case_id, 1, "Add the school's view.")
    current = state.current
    assert current is not None
    assert (current.status, current.returned_note, current.values) == (
        PlanStatus.DRAFT, "Add the school's view.", full,
    )  # fmt: skip
    assert current.authors == {team.psychologist.user_id}


def test_editing_a_submitted_plan_takes_it_back_to_draft(
    team: Team, case_id: str, full: Values
) -> None:
    submit_plan(team.db, team.psychologist, case_id, full)
    full["care"]["daily_life"] = "Swimming on Fridays."
    state = save_plan(team.db, team.psychologist, case_id, full)
    assert state.current is not None
    assert state.current.status is PlanStatus.DRAFT
    with pytest.raises(UsageError):
        approve_plan(team.db, team.coordinator, case_id, 1)


def test_saving_unchanged_values_adds_no_revision(team: Team, case_id: str, full: Values) -> None:
    first = save_plan(team.db, team.psychologist, case_id, full)
    again = save_plan(team.db, team.psychologist, case_id, full)
    assert first.versions[0].revisions == again.versions[0].revisions == (1,)


def test_compare_two_versions(team: Team, case_id: str, full: Values) -> None:
    approved(team, case_id, full)
    changed = copy.deepcopy(full)
    changed["reviews"]["next_review"] = "2027-01-12"
    save_plan(team.db, team.psychologist, case_id, changed)
    changes = compare_versions(team.db, team.coordinator, case_id, 1, 2)
    assert [(c.path, c.before, c.after) for c in changes] == [
        ("reviews.next_review", "2026-12-08", "2027-01-12")
    ]
    assert ("record_viewed", "life project versions 1 and 2 compared") in actions(team)


def test_views_and_prints_are_audited(team: Team, case_id: str, full: Values) -> None:
    approved(team, case_id, full)
    open_plan(team.db, team.coordinator, case_id)
    read_version(team.db, team.psychologist, case_id, 1)
    record_print(team.db, team.coordinator, case_id, 1, "child", 3)
    found = actions(team)
    assert (audit.RECORD_VIEWED, "life project opened at version 1") in found
    assert (audit.RECORD_VIEWED, "life project version 1") in found
    assert (audit.PRINTED, "life project version 1, child version, 3 pages") in found
    with team.db.transaction() as tx:
        assert audit.check(tx) == []


def test_autosave_keeps_typing_as_an_encrypted_draft(team: Team, case_id: str) -> None:
    now = [0.0]
    record_id = start_plan(team.db, team.psychologist, case_id)
    saver = Autosaver(team.db, team.psychologist, record_id, clock=lambda: now[0])
    state = open_plan(team.db, team.psychologist, case_id)
    saver.edit(draft_content(state, {"about": {"called": "Wren", "valid_until": "2027-0"}}))
    assert not saver.tick()
    now[0] = 2.5
    assert saver.tick()
    reopened = open_plan(team.db, team.psychologist, case_id)
    assert reopened.versions == ()
    assert reopened.draft is not None
    assert reopened.draft.values["about"]["valid_until"] == "2027-0"  # kept exactly as typed
    # Only its author is offered it back; a coordinator never sees a psychologist's draft.
    assert open_plan(team.db, team.coordinator, case_id).draft is None
    saved = save_plan(team.db, team.psychologist, case_id, {"about": {"called": "Wren"}})
    assert saved.draft is None


def test_reviews_due_lists_approved_plans_of_open_cases(team: Team, full: Values) -> None:
    cases = {n: create_case(team.db, team.coordinator, n).id for n in ("BH-A", "BH-B", "BH-C")}
    for number, review in (("BH-A", "2026-12-08"), ("BH-B", "2027-06-01"), ("BH-C", "2026-11-01")):
        values = copy.deepcopy(full)
        values["reviews"]["next_review"] = review
        approved(team, cases[number], values)
    draft_only = create_case(team.db, team.coordinator, "BH-D").id
    save_plan(team.db, team.psychologist, draft_only, full)
    close_case(team.db, team.coordinator, "BH-C")
    due = reviews_due(team.db, team.psychologist, 14, today=date(2026, 11, 26))
    assert [(r.case_number, r.days_left, r.version) for r in due] == [("BH-A", 12, 1)]
    overdue = reviews_due(team.db, team.coordinator, 0, today=date(2026, 12, 10))
    assert [(r.case_number, r.days_left) for r in overdue] == [("BH-A", -2)]


def test_a_damaged_plan_body_is_reported_not_shown(team: Team, case_id: str, full: Values) -> None:
    state = save_plan(team.db, team.psychologist, case_id, full)
    assert state.record_id is not None
    save_revision(team.db, team.psychologist, state.record_id, RecordContent("x", {"text": "?"}))
    with pytest.raises(RecordDamaged):
        open_plan(team.db, team.coordinator, case_id)


def test_keyring_holding_no_careplan_key_is_refused_even_with_the_role(
    team: Team, case_id: str, full: Values
) -> None:
    approved(team, case_id, full)
    stripped = Keyring(team.coordinator.account, team.coordinator.user_keys)
    assert Compartment.CAREPLAN not in stripped.compartments
    with pytest.raises(AccessDenied):
        open_plan(team.db, stripped, case_id)
