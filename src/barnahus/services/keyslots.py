"""Wrap compartment keys for people: active slots, pending grants and recovery slots."""

from __future__ import annotations

from barnahus.crypto.identity import sign, wrap_to_public
from barnahus.crypto.secret import SecretKey
from barnahus.crypto.wrap import unwrap_with_key, wrap_with_key
from barnahus.roles import Compartment
from barnahus.services.common import (
    key_slot_context,
    key_slot_message,
    new_id,
    recovery_slot_context,
    utc_now,
)
from barnahus.services.keyring import Keyring
from barnahus.store.database import Tx
from barnahus.store.entities import Account, KeySlot


def make_slot(
    recipient: Account, compartment: Compartment, key: SecretKey, status: str, granter: Keyring
) -> KeySlot:
    wrapped = wrap_to_public(
        recipient.public_encryption,
        key.material(),
        key_slot_context(recipient.id, compartment.value),
    )
    signature = sign(
        granter.user_keys, key_slot_message(recipient.id, compartment.value, status, wrapped)
    )
    return KeySlot(
        new_id(), recipient.id, compartment.value, status, wrapped, granter.user_id, signature
    )


def activate_slot(tx: Tx, keyring: Keyring, compartment: Compartment, key: SecretKey) -> None:
    """A slot wrapped and signed by its own holder: what a pending grant becomes."""
    tx.add_key_slot(make_slot(keyring.account, compartment, key, "active", keyring), utc_now())


def grant(
    tx: Tx, granter: Keyring, recipient: Account, compartment: Compartment, key: SecretKey
) -> KeySlot:
    slot = make_slot(recipient, compartment, key, "pending", granter)
    tx.add_key_slot(slot, utc_now())
    return slot


def seal_recovery_slot(
    tx: Tx, recovery_key: SecretKey, compartment: Compartment, key: SecretKey
) -> None:
    tx.set_recovery_slot(
        compartment.value,
        wrap_with_key(recovery_key, key.material(), recovery_slot_context(compartment.value)),
    )


def open_recovery_slots(tx: Tx, recovery_key: SecretKey) -> dict[Compartment, SecretKey]:
    """All compartment keys; raises the crypto error if the recovery key is not this store's."""
    keys: dict[Compartment, SecretKey] = {}
    for name, wrapped in tx.recovery_slots().items():
        raw = unwrap_with_key(recovery_key, wrapped, recovery_slot_context(name))
        keys[Compartment(name)] = SecretKey(raw)
    return keys
