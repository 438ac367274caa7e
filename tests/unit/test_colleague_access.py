"""Colleagues waiting for keys: a holder sees whom they can let in and with what, on a real store.

The recipient's roles decide what is wanted, the holder's keyring what can be given; a grant
becomes the colleague's own key slot at their next sign-in.
"""

from __future__ import annotations

import pytest
from tests.conftest import Team

from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.accounts import add_user, disable_user, grant_access
from barnahus.services.colleague_access import colleagues_waiting, give_access
from barnahus.services.keyring import AccessDenied
from barnahus.services.signin import sign_in

MARIA = "maria.berg"
MARIA_PASSPHRASE = "maria's own long passphrase"


def _add_maria(team: Team, role: str = "psychologist") -> None:
    add_user(team.db, team.admin, MARIA, {role}, MARIA_PASSPHRASE)


def test_a_new_colleague_waits_for_the_keys_a_coordinator_holds(team: Team) -> None:
    _add_maria(team)
    [maria] = colleagues_waiting(team.db, team.coordinator)
    assert maria.name == MARIA
    assert maria.roles == (Role.PSYCHOLOGIST,)
    assert maria.can_give == {Compartment.IDENTITY, Compartment.CAREPLAN}
    assert maria.others_must_give == {Compartment.INTERVIEW}


def test_an_interviewer_is_not_offered_the_care_plan_key(team: Team) -> None:
    _add_maria(team)
    [maria] = colleagues_waiting(team.db, team.interviewer)
    assert maria.can_give == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert Compartment.CAREPLAN not in maria.can_give
    assert maria.others_must_give == {Compartment.CAREPLAN}


def test_a_colleague_needing_only_keys_the_holder_lacks_is_not_listed(team: Team) -> None:
    _add_maria(team, "coordinator")
    grant_access(team.db, team.interviewer, MARIA)  # identity: all an interviewer holds of it
    assert colleagues_waiting(team.db, team.interviewer) == []
    [maria] = colleagues_waiting(team.db, team.psychologist)
    assert maria.can_give == {Compartment.CAREPLAN}


def test_the_administrator_holds_nothing_to_give(team: Team) -> None:
    _add_maria(team)
    assert colleagues_waiting(team.db, team.admin) == []


def test_disabled_and_own_accounts_are_not_listed(team: Team) -> None:
    _add_maria(team)
    disable_user(team.db, team.admin, MARIA)
    assert colleagues_waiting(team.db, team.psychologist) == []


def test_giving_grants_what_the_holder_has_and_it_works_after_sign_in(team: Team) -> None:
    _add_maria(team)
    given = give_access(team.db, team.coordinator, MARIA)
    assert given == {Compartment.IDENTITY, Compartment.CAREPLAN}
    # Pending until Maria signs in: not offered again, by anyone.
    assert colleagues_waiting(team.db, team.coordinator) == []
    [still] = colleagues_waiting(team.db, team.interviewer)
    assert still.can_give == {Compartment.INTERVIEW}
    maria = sign_in(team.db, MARIA, MARIA_PASSPHRASE)
    assert maria.holds(Compartment.CAREPLAN)
    assert maria.holds(Compartment.IDENTITY)
    assert not maria.holds(Compartment.INTERVIEW)
    maria.lock()
    with team.db.transaction() as tx:
        grants = [r for r in tx.audit_records() if r.action == audit.GRANT_CREATED]
    mine = [r for r in grants if r.actor == team.coordinator.user_id]
    assert sorted(r.detail.split()[0] for r in mine) == ["careplan", "identity"]


def test_giving_twice_gives_nothing_the_second_time(team: Team) -> None:
    _add_maria(team)
    give_access(team.db, team.coordinator, MARIA)
    assert give_access(team.db, team.psychologist, MARIA) == {Compartment.INTERVIEW}
    assert give_access(team.db, team.psychologist, MARIA) == frozenset()


def test_a_locked_keyring_lists_and_gives_nothing(team: Team) -> None:
    _add_maria(team)
    team.coordinator.lock()
    with pytest.raises(AccessDenied):
        colleagues_waiting(team.db, team.coordinator)
    with pytest.raises(AccessDenied):
        give_access(team.db, team.coordinator, MARIA)
