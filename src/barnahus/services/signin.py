"""Sign in: throttle, open the passphrase slot, unwrap compartment keys, accept pending grants.

A wrong passphrase and a damaged key slot are told apart: the first is the person's mistake,
the second is a problem with the store that an administrator must look at.
"""

from __future__ import annotations

from datetime import timedelta

from barnahus.crypto.errors import CryptoError, DamagedKeySlot, WeakKdfParameters, WrongPassphrase
from barnahus.crypto.identity import UserKeys, unwrap_with_private, verify_signature
from barnahus.crypto.kdf import derive_kek
from barnahus.crypto.keyslot import PassphraseSlot, open_slot
from barnahus.crypto.secret import SecretKey
from barnahus.errors import AuthenticationFailed, IntegrityFailure
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.common import (
    Clock,
    as_utc,
    key_slot_context,
    key_slot_message,
    passphrase_slot_context,
    utc_now,
)
from barnahus.services.keyring import Keyring
from barnahus.services.keyslots import activate_slot
from barnahus.services.passphrase_policy import normalise
from barnahus.services.store_access import kdf_choice
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import Account, KeySlot

FREE_ATTEMPTS = 5
MAX_DELAY = timedelta(minutes=15)
WRONG_CREDENTIALS = "The account name or passphrase is not right."


def throttle_delay(failed_attempts: int) -> timedelta:
    """No delay for the first five failures, then 2, 4, 8 ... seconds, at most 15 minutes."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta(0)
    return min(MAX_DELAY, timedelta(seconds=2 ** (failed_attempts - FREE_ATTEMPTS + 1)))


def _check_throttle(tx: Tx, account: Account, clock: Clock) -> AuthenticationFailed | None:
    """The refusal to raise *after* the transaction commits, so its audit entry is kept."""
    if account.last_failed_at is None:
        return None
    wait_until = as_utc(account.last_failed_at) + throttle_delay(account.failed_attempts)
    remaining = (wait_until - clock()).total_seconds()
    if remaining > 0:
        audit.append(tx, audit.LOGIN_THROTTLED, target=account.id)
        return AuthenticationFailed(
            f"Too many failed attempts; wait {int(remaining) + 1} seconds and try again."
        )
    return None


def _open_user_keys(account: Account, passphrase: str) -> UserKeys:
    slot = PassphraseSlot.from_bytes(account.passphrase_slot)
    payload = open_slot(normalise(passphrase), slot, passphrase_slot_context(account.id))
    return UserKeys.from_private_bytes(payload)


def sign_in(db: StoreDatabase, name: str, passphrase: str, clock: Clock = utc_now) -> Keyring:
    failure: Exception | None = None
    with db.transaction() as tx:
        account = tx.account_by_name(name)
        if account is None:
            # Spend the same Argon2id effort as for a real account, so the time an answer
            # takes does not reveal which account names exist.
            derive_kek(normalise(passphrase), kdf_choice(tx).fresh_params()).wipe()
            audit.append(tx, audit.LOGIN_FAILED, detail="unknown account")
            failure = AuthenticationFailed(WRONG_CREDENTIALS)
        elif account.disabled:
            audit.append(tx, audit.LOGIN_REFUSED, target=account.id, detail="account disabled")
            failure = AuthenticationFailed("This account is disabled; ask an administrator.")
        else:
            failure = _check_throttle(tx, account, clock)
            if failure is None:
                try:
                    user_keys = _open_user_keys(account, passphrase)
                except WrongPassphrase:
                    tx.record_failed_login(account.id, clock())
                    audit.append(
                        tx, audit.LOGIN_FAILED, target=account.id, detail="wrong passphrase"
                    )
                    failure = AuthenticationFailed(WRONG_CREDENTIALS)
                except WeakKdfParameters:
                    audit.append(
                        tx,
                        audit.INTEGRITY_FAILURE,
                        target=account.id,
                        detail="key slot below KDF floor",
                    )
                    failure = IntegrityFailure(
                        "This account's key protection is weaker than allowed, so it was refused; "
                        "an administrator must reset it with the recovery key."
                    )
                except (DamagedKeySlot, CryptoError, ValueError):
                    audit.append(
                        tx,
                        audit.INTEGRITY_FAILURE,
                        target=account.id,
                        detail="damaged passphrase slot",
                    )
                    failure = IntegrityFailure(
                        "This account's key slot is damaged; an administrator can restore it "
                        "from a backup or reset it with the recovery key."
                    )
    if failure is not None:
        raise failure
    assert account is not None
    with db.transaction() as tx:
        tx.reset_failed_logins(account.id)
        keyring = Keyring(account=account, user_keys=user_keys)
        _unlock_compartments(tx, keyring)
        audit.append(tx, audit.LOGIN, actor_id=account.id, signer=user_keys)
    return keyring


def _granter_signs(tx: Tx, slot: KeySlot) -> bool:
    granter = tx.account_by_id(slot.granted_by)
    if granter is None:
        return False
    message = key_slot_message(slot.user_id, slot.compartment, slot.status, slot.wrapped)
    return verify_signature(granter.public_signing, message, slot.signature)


def _unlock_compartments(tx: Tx, keyring: Keyring) -> None:
    """Unwrap every slot that verifies; pending grants become active slots now."""
    expected_ids = tx.compartment_key_ids()
    slots = tx.key_slots(keyring.user_id)
    active = {s.compartment for s in slots if s.status == "active"}
    for slot in sorted(slots, key=lambda s: s.status):  # "active" before "pending"
        if slot.compartment not in Compartment.__members__.values():
            continue
        compartment = Compartment(slot.compartment)
        if compartment in keyring.compartments:
            if slot.status == "pending":
                tx.delete_key_slot(slot.id)
            continue
        if compartment in keyring.damaged:
            continue  # never fall back to a pending grant, which may carry a planted key
        key = _unwrap_slot(tx, keyring, slot, expected_ids.get(slot.compartment))
        if key is None and slot.status == "active":
            # A held slot that no longer verifies (flipped bits, or a compartment key id
            # repointed in SQL) is damage to report, not a grant to quietly drop.
            keyring.damaged[compartment] = slot.id
            audit.append(
                tx,
                audit.INTEGRITY_FAILURE,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=slot.id,
                detail=f"damaged key slot {slot.compartment}",
            )
            continue
        if key is None:
            audit.append(
                tx,
                audit.GRANT_REJECTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=slot.id,
                detail=slot.compartment,
            )
            continue
        keyring.compartments[compartment] = key
        if slot.status == "pending":
            tx.delete_key_slot(slot.id)
            if slot.compartment not in active:
                activate_slot(tx, keyring, compartment, key)
            audit.append(
                tx,
                audit.GRANT_ACCEPTED,
                actor_id=keyring.user_id,
                signer=keyring.user_keys,
                target=slot.id,
                detail=slot.compartment,
            )


def _unwrap_slot(
    tx: Tx, keyring: Keyring, slot: KeySlot, expected_key_id: bytes | None
) -> SecretKey | None:
    if not _granter_signs(tx, slot):
        return None
    try:
        raw = unwrap_with_private(
            keyring.user_keys, slot.wrapped, key_slot_context(slot.user_id, slot.compartment)
        )
    except CryptoError:
        return None
    key = SecretKey(raw)
    if expected_key_id is None or key.key_id != expected_key_id:
        key.wipe()
        return None
    return key
