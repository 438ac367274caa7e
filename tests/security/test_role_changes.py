"""Changing an account's roles, on a real store: an added role grants nothing by itself, a
removed role takes its keys away from the store, and the administrators stay in charge.

Proves:

* adding a role leaves the compartments it needs *waiting* (``account_overview`` lists them)
  until a holder gives them, and the person holds them after their next sign-in;
* removing a role deletes the key slots and pending grants only that role needed, so a fresh
  sign-in cannot read a care plan (``AccessDenied``), not even with the role column widened
  again in SQL, while ``verify`` still passes; compartments another remaining role needs stay;
* a session already open keeps its keys until it locks or signs out (as docs/SECURITY.md says);
* the store never loses its last administrator, an administrator cannot demote themselves,
  and only a current administrator changes roles;
* one content-free ``roles_changed`` audit entry per change, none when nothing changed.
"""

from __future__ import annotations

import re

import pytest
from tests.conftest import Team
from tests.reliability.storekit import write_value

from barnahus.errors import UsageError
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.account_roles import change_roles
from barnahus.services.accounts import add_user, disable_user, grant_access
from barnahus.services.admin import account_overview
from barnahus.services.cases import create_case
from barnahus.services.colleague_access import give_access
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.plans import open_plan
from barnahus.services.records import RecordContent, create_record, read_record, save_revision
from barnahus.services.signin import sign_in
from barnahus.services.verify import verify_store

pytestmark = pytest.mark.security

MARIA = "maria.berg"
MARIA_PASSPHRASE = "maria's own long passphrase"
ALL = frozenset(Compartment)


def _maria(team: Team, *roles: str) -> Keyring:
    """Maria with ``roles``, given every key they need by holders, signed in once."""
    add_user(team.db, team.admin, MARIA, set(roles), MARIA_PASSPHRASE)
    for holder in (team.psychologist, team.coordinator, team.interviewer):
        grant_access(team.db, holder, MARIA)
    return sign_in(team.db, MARIA, MARIA_PASSPHRASE)


def _overview(team: Team, name: str = MARIA) -> tuple[frozenset[Compartment], ...]:
    [account] = [a for a in account_overview(team.db) if a.name == name]
    return account.held, account.pending, account.missing


def _careplan_note(team: Team) -> str:
    case = create_case(team.db, team.coordinator)
    record = create_record(team.db, team.coordinator, case.id, "note", Compartment.CAREPLAN)
    save_revision(team.db, team.coordinator, record.id, RecordContent("plan", {"goal": "school"}))
    return record.id


def _entries(team: Team, action: str) -> list[tuple[str, str, str]]:
    with team.db.transaction() as tx:
        return [(r.actor, r.target, r.detail) for r in tx.audit_records() if r.action == action]


def test_adding_a_role_leaves_its_keys_waiting_until_a_holder_gives_them(team: Team) -> None:
    maria = _maria(team, "interviewer")
    assert set(maria.compartments) == {Compartment.IDENTITY, Compartment.INTERVIEW}

    change = change_roles(team.db, team.admin, MARIA, {"interviewer", "coordinator"})

    assert change.added_roles == {Role.COORDINATOR}
    assert change.waiting == {Compartment.CAREPLAN}
    assert change.removed == frozenset()
    held, pending, missing = _overview(team)
    assert held == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert pending == frozenset()
    assert missing == {Compartment.CAREPLAN}
    # Nothing was granted by the change itself: a fresh sign-in still has no care-plan key.
    assert not sign_in(team.db, MARIA, MARIA_PASSPHRASE).holds(Compartment.CAREPLAN)

    assert give_access(team.db, team.coordinator, MARIA) == {Compartment.CAREPLAN}
    assert sign_in(team.db, MARIA, MARIA_PASSPHRASE).holds(Compartment.CAREPLAN)
    assert _overview(team) == (ALL, frozenset(), frozenset())


def test_adding_coordinator_to_a_psychologist(team: Team) -> None:
    """A psychologist already holds everything a coordinator needs; a new one waits for all."""
    _maria(team, "psychologist")
    change = change_roles(team.db, team.admin, MARIA, {"psychologist", "coordinator"})
    assert change.after == {Role.PSYCHOLOGIST, Role.COORDINATOR}
    assert change.waiting == frozenset()

    add_user(team.db, team.admin, "sara.ek", {"psychologist"}, MARIA_PASSPHRASE)
    change = change_roles(team.db, team.admin, "sara.ek", {"psychologist", "coordinator"})
    assert change.waiting == ALL
    assert _overview(team, "sara.ek") == (frozenset(), frozenset(), ALL)
    grant_access(team.db, team.psychologist, "sara.ek")
    assert set(sign_in(team.db, "sara.ek", MARIA_PASSPHRASE).compartments) == ALL


def test_removing_a_role_keeps_what_the_remaining_roles_need(team: Team) -> None:
    _maria(team, "psychologist", "coordinator")

    change = change_roles(team.db, team.admin, MARIA, {"coordinator"})

    assert change.removed_roles == {Role.PSYCHOLOGIST}
    assert change.removed == {Compartment.INTERVIEW}
    assert change.waiting == frozenset()
    again = sign_in(team.db, MARIA, MARIA_PASSPHRASE)
    assert set(again.compartments) == {Compartment.IDENTITY, Compartment.CAREPLAN}
    held, pending, missing = _overview(team)
    assert held == {Compartment.IDENTITY, Compartment.CAREPLAN}
    assert pending == missing == frozenset()


def test_removing_the_only_role_that_needs_careplan_deletes_its_key_slot(team: Team) -> None:
    record_id = _careplan_note(team)
    case_id = create_case(team.db, team.coordinator).id
    maria = _maria(team, "coordinator", "interviewer")
    assert read_record(team.db, maria, record_id).content.title == "plan"

    change = change_roles(team.db, team.admin, MARIA, {"interviewer"})

    assert change.removed == {Compartment.CAREPLAN}
    fresh = sign_in(team.db, MARIA, MARIA_PASSPHRASE)
    assert set(fresh.compartments) == {Compartment.IDENTITY, Compartment.INTERVIEW}
    with pytest.raises(AccessDenied):
        fresh.compartment_key(Compartment.CAREPLAN)
    with pytest.raises(AccessDenied):
        read_record(team.db, fresh, record_id)
    with pytest.raises(AccessDenied):
        open_plan(team.db, fresh, case_id)
    # Widening the role column again in SQL brings no key back: the slot is gone.
    write_value(team.path, "UPDATE users SET roles = 'coordinator' WHERE name = ?", MARIA)
    widened = sign_in(team.db, MARIA, MARIA_PASSPHRASE)
    assert widened.roles == {Role.COORDINATOR}
    with pytest.raises(AccessDenied):
        open_plan(team.db, widened, case_id)
    with pytest.raises(AccessDenied):
        read_record(team.db, widened, record_id)

    report = verify_store(team.db, fresh)
    assert report.ok, report.problems
    assert report.records_skipped >= 1


def test_a_pending_grant_of_a_removed_role_is_deleted_too(team: Team) -> None:
    add_user(team.db, team.admin, MARIA, {"interviewer", "psychologist"}, MARIA_PASSPHRASE)
    grant_access(team.db, team.psychologist, MARIA)  # pending until Maria signs in
    assert _overview(team)[1] == ALL

    change = change_roles(team.db, team.admin, MARIA, {"interviewer"})

    assert change.removed == {Compartment.CAREPLAN}
    held, pending, missing = _overview(team)
    assert held == missing == frozenset()
    assert pending == {Compartment.IDENTITY, Compartment.INTERVIEW}
    maria = sign_in(team.db, MARIA, MARIA_PASSPHRASE)
    assert set(maria.compartments) == {Compartment.IDENTITY, Compartment.INTERVIEW}
    accepted = {d for a, _t, d in _entries(team, audit.GRANT_ACCEPTED) if a == maria.user_id}
    assert accepted == {"identity", "interview"}


def test_an_open_session_keeps_its_keys_until_it_locks(team: Team) -> None:
    """The honest limit: the store stops handing the key out; memory is not reached."""
    record_id = _careplan_note(team)
    maria = _maria(team, "coordinator")
    change_roles(team.db, team.admin, MARIA, {"interviewer"})
    assert maria.holds(Compartment.CAREPLAN)
    maria.lock()
    maria.unlock_with(sign_in(team.db, MARIA, MARIA_PASSPHRASE))  # what the lock screen does
    assert not maria.holds(Compartment.CAREPLAN)
    with pytest.raises(AccessDenied):
        read_record(team.db, maria, record_id)


def test_the_last_administrator_keeps_the_role(team: Team) -> None:
    with pytest.raises(UsageError, match="at least one administrator"):
        change_roles(team.db, team.admin, "admin", {"psychologist"})
    assert _overview(team, "admin") == (frozenset(), frozenset(), frozenset())

    add_user(team.db, team.admin, "boss", {"administrator"}, MARIA_PASSPHRASE)
    disable_user(team.db, team.admin, "boss")  # a disabled administrator does not count
    with pytest.raises(UsageError, match="at least one administrator"):
        change_roles(team.db, team.admin, "admin", {"coordinator"})


def test_an_administrator_cannot_demote_themselves_but_another_can(team: Team) -> None:
    add_user(team.db, team.admin, "boss", {"administrator"}, MARIA_PASSPHRASE)
    with pytest.raises(UsageError, match="your own administrator role"):
        change_roles(team.db, team.admin, "admin", {"coordinator"})
    # Adding a role to oneself while staying administrator is allowed.
    change_roles(team.db, team.admin, "admin", {"administrator", "coordinator"})

    boss = sign_in(team.db, "boss", MARIA_PASSPHRASE)
    change = change_roles(team.db, boss, "admin", {"coordinator"})
    assert change.removed_roles == {Role.ADMINISTRATOR}
    # The old sign-in still says "administrator" in memory; the store says otherwise.
    with pytest.raises(AccessDenied):
        change_roles(team.db, team.admin, "coordinator", {"interviewer"})


def test_only_administrators_change_roles(team: Team) -> None:
    for keyring in (team.coordinator, team.interviewer, team.psychologist):
        with pytest.raises(AccessDenied):
            change_roles(team.db, keyring, "interviewer", {"interviewer", "psychologist"})
    assert _entries(team, audit.ROLES_CHANGED) == []


@pytest.mark.parametrize(
    ("name", "roles", "sentence"),
    [
        ("interviewer", {"superuser"}, "Unknown role; the roles are: "),
        ("interviewer", set(), "Give an account at least one role."),
        ("nobody", {"interviewer"}, "There is no account with that name."),
        ("disabled", {"interviewer"}, "That account is disabled; its roles cannot be changed."),
    ],
)
def test_refusals_are_one_plain_sentence(
    team: Team, name: str, roles: set[str], sentence: str
) -> None:
    disable_user(team.db, team.admin, "psychologist")
    target = "psychologist" if name == "disabled" else name
    with pytest.raises(UsageError) as refused:
        change_roles(team.db, team.admin, target, roles)
    assert refused.value.message.startswith(sentence)
    assert refused.value.message.count(".") == 1
    assert _entries(team, audit.ROLES_CHANGED) == []


def test_one_content_free_audit_entry(team: Team) -> None:
    _careplan_note(team)
    maria = _maria(team, "psychologist")

    change_roles(team.db, team.admin, MARIA, {"psychologist", "coordinator"})
    change_roles(team.db, team.admin, MARIA, {"psychologist", "coordinator"})  # no change

    [(actor, target, detail)] = _entries(team, audit.ROLES_CHANGED)
    assert actor == team.admin.user_id
    assert target == maria.user_id
    assert detail == "psychologist -> coordinator,psychologist"
    role_names = "|".join(r.value for r in Role)
    assert re.fullmatch(rf"(({role_names}),?)+ -> (({role_names}),?)+", detail)
    with team.db.transaction() as tx:
        assert audit.check(tx) == []
