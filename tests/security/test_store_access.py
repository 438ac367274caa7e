"""Only key slots decide who can decrypt: columns edited in SQL grant nothing.

Proves, against a real store edited below the app with raw ``sqlite3``:

* a role column widened in SQL gives no new compartment key at sign-in, nor when a holder of
  that key signs in; only a person running ``grant_access`` hands a key over;
* a disabled account cannot unlock, and clearing the ``disabled`` flag in SQL brings back no
  content key, because disabling deleted the person's key slots;
* a pending grant forged by an account the attacker slipped into ``users`` is refused, even
  when the attacker also repoints the compartment's key id at their own key.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.reliability.storekit import StoreCopy, Template, build_template, raw_sql, write_value

from barnahus.crypto.identity import UserKeys, sign, wrap_to_public
from barnahus.crypto.secret import SecretKey
from barnahus.errors import AuthenticationFailed, ExitCode, IntegrityFailure
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.accounts import disable_user, grant_access
from barnahus.services.cases import create_case
from barnahus.services.common import key_slot_context, key_slot_message, new_id
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.records import RecordContent, create_record, read_record, save_revision

pytestmark = pytest.mark.security

SQL_TIME = "2026-01-01 00:00:00.000000"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


def _careplan_record(store: StoreCopy) -> str:
    case = create_case(store.db, store.coordinator)
    record = create_record(store.db, store.coordinator, case.id, "note", Compartment.CAREPLAN)
    save_revision(store.db, store.coordinator, record.id, RecordContent("plan", {"goal": "school"}))
    return record.id


def _slot_compartments(store: StoreCopy, user_id: str) -> set[str]:
    with raw_sql(store.path) as connection:
        rows = connection.execute("SELECT compartment FROM key_slots WHERE user_id = ?", (user_id,))
        return {str(r[0]) for r in rows}


def test_role_column_edited_in_sql_grants_no_key(store: StoreCopy) -> None:
    """Widening ``users.roles`` in SQL gives the interviewer no care-plan key.

    Not at their own sign-in, and not when a colleague who holds the care-plan key signs in:
    nothing acts on the column by itself. The column does decide what ``grant_access`` *offers*
    when a person with the key runs it (the displayed roles are what that person sees and
    approves); that hand-over is a deliberate, signed and audited act, shown at the end.
    """
    record_id = _careplan_record(store)
    interviewer_id = store.interviewer.user_id
    write_value(
        store.path,
        "UPDATE users SET roles = 'coordinator,interviewer,psychologist' WHERE name = ?",
        "interviewer",
    )

    again = store.sign_in("interviewer")
    store.sign_in("psychologist")  # a holder signing in hands nothing over by itself
    store.sign_in("coordinator")
    after_holders = store.sign_in("interviewer")

    for keyring in (again, after_holders):
        assert Compartment.CAREPLAN not in keyring.compartments
        with pytest.raises(AccessDenied):
            read_record(store.db, keyring, record_id)
    assert "careplan" not in _slot_compartments(store, interviewer_id)

    # Only a person holding the key, choosing to grant, hands it over (and it is audited).
    assert grant_access(store.db, store.psychologist, "interviewer") == []
    with store.db.transaction() as tx:
        grants = [r for r in tx.audit_records() if r.action == audit.GRANT_CREATED]
    assert grants[-1].actor == store.psychologist.user_id
    assert grants[-1].target == interviewer_id
    assert grants[-1].signature


def test_disabled_account_cannot_sign_in(store: StoreCopy) -> None:
    disable_user(store.db, store.admin, "interviewer")

    with pytest.raises(AuthenticationFailed) as caught:
        store.sign_in("interviewer")

    assert caught.value.exit_code == ExitCode.AUTHENTICATION_FAILED
    with store.db.transaction() as tx:
        last = tx.audit_records()[-1]
    assert last.action == audit.LOGIN_REFUSED


def test_reenabling_a_disabled_account_in_sql_restores_no_key(store: StoreCopy) -> None:
    case = create_case(store.db, store.interviewer)
    record = create_record(store.db, store.interviewer, case.id, "note", Compartment.INTERVIEW)
    save_revision(store.db, store.interviewer, record.id, RecordContent("what was said"))
    interviewer_id = store.interviewer.user_id
    disable_user(store.db, store.admin, "interviewer")

    write_value(store.path, "UPDATE users SET disabled = 0 WHERE id = ?", interviewer_id)
    keyring = store.sign_in("interviewer")  # the passphrase slot still opens ...

    assert keyring.compartments == {}  # ... but there is nothing left for it to unwrap
    assert _slot_compartments(store, interviewer_id) == set()
    with pytest.raises(AccessDenied):
        read_record(store.db, keyring, record.id)


def _insert_forger(store: StoreCopy) -> tuple[str, UserKeys]:
    """An account row the attacker inserts in SQL, with key pairs the attacker holds."""
    forger_id = new_id()
    keys = UserKeys.generate()
    public = keys.public()
    with raw_sql(store.path) as connection:
        connection.execute(
            "INSERT INTO users (id, name, roles, disabled, created_at, public_encryption,"
            " public_signing, passphrase_slot, failed_attempts) VALUES (?, ?, ?, 0, ?, ?, ?, ?, 0)",
            (
                forger_id,
                "helpdesk",
                "psychologist",
                SQL_TIME,
                public.encryption,
                public.signing,
                b"{}",
            ),
        )
    return forger_id, keys


def _insert_forged_grant(
    store: StoreCopy,
    forger_id: str,
    forger_keys: UserKeys,
    victim: Keyring,
    compartment: Compartment,
    key: SecretKey,
) -> None:
    """A pending slot that is well formed, correctly wrapped to the victim and validly signed."""
    wrapped = wrap_to_public(
        victim.account.public_encryption,
        key.material(),
        key_slot_context(victim.user_id, compartment.value),
    )
    message = key_slot_message(victim.user_id, compartment.value, "pending", wrapped)
    with raw_sql(store.path) as connection:
        connection.execute(
            "INSERT INTO key_slots (id, user_id, compartment, status, wrapped, granted_by,"
            " signature, created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)",
            (
                new_id(),
                victim.user_id,
                compartment.value,
                wrapped,
                forger_id,
                sign(forger_keys, message),
                SQL_TIME,
            ),
        )


def test_forged_grant_of_an_unknown_key_is_rejected(store: StoreCopy) -> None:
    forger_id, forger_keys = _insert_forger(store)
    attacker_key = SecretKey(secrets.token_bytes(32))
    _insert_forged_grant(
        store, forger_id, forger_keys, store.interviewer, Compartment.CAREPLAN, attacker_key
    )

    keyring = store.sign_in("interviewer")

    assert Compartment.CAREPLAN not in keyring.compartments
    with store.db.transaction() as tx:
        actions = [r.action for r in tx.audit_records()]
    assert audit.GRANT_REJECTED in actions


def test_forged_grant_with_repointed_key_id_never_replaces_a_held_key(store: StoreCopy) -> None:
    """The attacker swaps ``compartments.key_id`` for the id of their own key and grants it.

    If the interviewer accepted it, every new identity record they wrote would be sealed under
    a key the attacker knows. The held (active) slot must win: the mismatch is reported as an
    integrity failure and the attacker's key is never used.
    """
    forger_id, forger_keys = _insert_forger(store)
    attacker_key = SecretKey(secrets.token_bytes(32))
    write_value(
        store.path,
        "UPDATE compartments SET key_id = ? WHERE name = 'identity'",
        attacker_key.key_id,
    )
    _insert_forged_grant(
        store, forger_id, forger_keys, store.interviewer, Compartment.IDENTITY, attacker_key
    )

    keyring = store.sign_in("interviewer")

    held = keyring.compartments.get(Compartment.IDENTITY)
    assert held is None or held.key_id != attacker_key.key_id
    case = create_case(store.db, keyring)
    with pytest.raises(IntegrityFailure):
        create_record(store.db, keyring, case.id, "child_profile", Compartment.IDENTITY)
    with store.db.transaction() as tx:
        actions = [r.action for r in tx.audit_records()]
    assert audit.INTEGRITY_FAILURE in actions
