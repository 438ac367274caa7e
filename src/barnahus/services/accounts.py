"""Accounts: create the store with its first administrator, add, list, disable, change passphrase,
and grant compartment keys to colleagues.

Roles are stored for display and for offering the right keys, but only the key slots a person
holds decide what they can decrypt, so changing the role column directly grants nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from barnahus.crypto.errors import CryptoError
from barnahus.crypto.identity import UserKeys
from barnahus.crypto.keyslot import create_slot
from barnahus.crypto.recovery import generate_recovery_key, parse_recovery_key
from barnahus.crypto.secret import SecretKey
from barnahus.errors import AuthenticationFailed, UsageError
from barnahus.roles import Compartment, Role, compartments_for
from barnahus.services import audit
from barnahus.services.common import new_id, passphrase_slot_context, utc_now
from barnahus.services.keyring import Keyring
from barnahus.services.keyslots import grant, open_recovery_slots, seal_recovery_slot
from barnahus.services.passphrase_policy import check_passphrase, normalise
from barnahus.services.signin import sign_in
from barnahus.services.store_access import KdfChoice, create_database, kdf_choice
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import Account

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class NewStore:
    db: StoreDatabase
    recovery_key: str
    admin: Keyring


def _check_name(name: str) -> None:
    if not NAME_PATTERN.match(name):
        raise UsageError(
            "Account names use lower-case letters, digits, dots, dashes or underscores "
            "(2 to 64 characters)."
        )


def parse_roles(roles: set[str] | frozenset[str]) -> frozenset[Role]:
    """Role names as typed (command line, dialogs) to roles; one sentence if any is unknown."""
    try:
        parsed = frozenset(Role(r) for r in roles)
    except ValueError as exc:
        known = ", ".join(r.value for r in Role)
        raise UsageError(f"Unknown role; the roles are: {known}.") from exc
    if not parsed:
        raise UsageError("Give an account at least one role.")
    return parsed


def _new_account(
    tx: Tx, name: str, roles: frozenset[Role], passphrase: str
) -> tuple[Account, UserKeys]:
    _check_name(name)
    check_passphrase(passphrase, account_name=name)
    if tx.account_by_name(name) is not None:
        raise UsageError("An account with that name already exists.")
    user_id = new_id()
    keys = UserKeys.generate()
    slot = create_slot(
        normalise(passphrase),
        keys.to_private_bytes(),
        kdf_choice(tx).fresh_params(),
        passphrase_slot_context(user_id),
    )
    public = keys.public()
    account = Account(
        user_id,
        name,
        frozenset(r.value for r in roles),
        False,
        utc_now(),
        public.encryption,
        public.signing,
        slot.to_bytes(),
        0,
        None,
    )
    tx.add_account(account)
    return account, keys


def create_store(
    location: str | Path, admin_name: str, passphrase: str, kdf: KdfChoice | None = None
) -> NewStore:
    """A new store, its compartment keys, the first administrator and the recovery key."""
    check_passphrase(passphrase, account_name=admin_name)
    _check_name(admin_name)
    db = create_database(location, kdf or KdfChoice())
    recovery_text = generate_recovery_key()
    recovery_key = parse_recovery_key(recovery_text)
    with db.transaction() as tx:
        account, keys = _new_account(tx, admin_name, frozenset({Role.ADMINISTRATOR}), passphrase)
        for compartment in Compartment:
            key = SecretKey.generate()
            tx.add_compartment(compartment.value, key.key_id, utc_now())
            seal_recovery_slot(tx, recovery_key, compartment, key)
            key.wipe()
        audit.append(tx, audit.STORE_CREATED, actor_id=account.id, signer=keys)
    recovery_key.wipe()
    admin = sign_in(db, admin_name, passphrase)
    return NewStore(db, recovery_text, admin)


def add_user(
    db: StoreDatabase, actor: Keyring, name: str, roles: set[str] | frozenset[str], passphrase: str
) -> tuple[Account, list[Compartment]]:
    """Create an account; grant at once the keys its roles need that ``actor`` holds.

    Returns the compartments still missing: a colleague who holds them (or the recovery key)
    must grant them with :func:`grant_access`.
    """
    actor.require_role(Role.ADMINISTRATOR)
    parsed = parse_roles(roles)
    with db.transaction() as tx:
        account, _keys = _new_account(tx, name, parsed, passphrase)
        audit.append(
            tx,
            audit.USER_ADDED,
            actor_id=actor.user_id,
            signer=actor.user_keys,
            target=account.id,
            detail=",".join(sorted(account.roles)),
        )
        missing = _grant_held(tx, actor, account, compartments_for(parsed))
    return account, missing


def _grant_held(
    tx: Tx, actor: Keyring, recipient: Account, wanted: frozenset[Compartment]
) -> list[Compartment]:
    held = {s.compartment for s in tx.key_slots(recipient.id)}
    missing = []
    for compartment in sorted(wanted):
        if compartment.value in held:
            continue
        if not actor.holds(compartment):
            missing.append(compartment)
            continue
        slot = grant(tx, actor, recipient, compartment, actor.compartments[compartment])
        audit.append(
            tx,
            audit.GRANT_CREATED,
            actor_id=actor.user_id,
            signer=actor.user_keys,
            target=recipient.id,
            detail=f"{compartment.value} slot {slot.id}",
        )
    return missing


def grant_access(
    db: StoreDatabase, actor: Keyring, name: str, recovery_key_text: str | None = None
) -> list[Compartment]:
    """Offer ``name`` the compartment keys their roles call for; returns what is still missing.

    With the recovery key an administrator can grant every compartment, for the day when no
    holder is left. A person decides each grant; nothing happens because a column changed.
    """
    granter = actor
    if recovery_key_text is not None:
        actor.require_role(Role.ADMINISTRATOR)
        try:
            recovery_key = parse_recovery_key(recovery_key_text)
            with db.transaction() as tx:
                keys = open_recovery_slots(tx, recovery_key)
                audit.append(
                    tx,
                    audit.RECOVERY_USED,
                    actor_id=actor.user_id,
                    signer=actor.user_keys,
                    detail="grant",
                )
        except CryptoError as exc:
            raise AuthenticationFailed("That recovery key does not belong to this store.") from exc
        granter = Keyring(actor.account, actor.user_keys, keys)
    with db.transaction() as tx:
        recipient = tx.account_by_name(name)
        if recipient is None or recipient.disabled:
            raise UsageError("There is no active account with that name.")
        roles = parse_roles(recipient.roles)
        missing = _grant_held(tx, granter, recipient, compartments_for(roles))
    if granter is not actor:
        granter.lock()
    return missing


def list_accounts(db: StoreDatabase) -> list[Account]:
    with db.transaction() as tx:
        return tx.accounts()


def disable_user(db: StoreDatabase, actor: Keyring, name: str) -> None:
    """Disable and delete the person's key slots, so re-enabling a flag cannot restore access."""
    actor.require_role(Role.ADMINISTRATOR)
    with db.transaction() as tx:
        account = tx.account_by_name(name)
        if account is None:
            raise UsageError("There is no account with that name.")
        if account.id == actor.user_id:
            raise UsageError("You cannot disable your own account.")
        tx.set_disabled(account.id, True)
        tx.delete_key_slots_of(account.id)
        audit.append(
            tx,
            audit.USER_DISABLED,
            actor_id=actor.user_id,
            signer=actor.user_keys,
            target=account.id,
        )


def change_passphrase(db: StoreDatabase, name: str, old: str, new: str) -> None:
    keyring = sign_in(db, name, old)
    check_passphrase(new, account_name=name)
    with db.transaction() as tx:
        slot = create_slot(
            normalise(new),
            keyring.user_keys.to_private_bytes(),
            kdf_choice(tx).fresh_params(),
            passphrase_slot_context(keyring.user_id),
        )
        tx.set_passphrase_slot(keyring.user_id, slot.to_bytes())
        audit.append(
            tx,
            audit.PASSPHRASE_CHANGED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=keyring.user_id,
        )
    keyring.lock()
