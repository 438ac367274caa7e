"""First end-to-end checks of the core through the team fixture."""

from __future__ import annotations

from tests.conftest import Team

from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, read_record, save_revision


def test_team_holds_the_matrix_keys(team: Team) -> None:
    assert set(team.admin.compartments) == set()
    assert set(team.interviewer.compartments) == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert set(team.coordinator.compartments) == {Compartment.IDENTITY, Compartment.CAREPLAN}
    assert set(team.psychologist.compartments) == set(Compartment)


def test_profile_round_trip_and_audit_chain(team: Team) -> None:
    case = create_case(team.db, team.coordinator)
    record = create_record(
        team.db, team.coordinator, case.id, "child_profile", Compartment.IDENTITY
    )
    save_revision(team.db, team.coordinator, record.id, RecordContent("Mira", {"gender": "f"}))
    view = read_record(team.db, team.interviewer, record.id)
    assert view.content == RecordContent("Mira", {"gender": "f"})
    with team.db.transaction() as tx:
        assert audit.check(tx) == []
