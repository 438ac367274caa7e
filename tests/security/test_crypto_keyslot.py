"""Key slots: right passphrase opens, wrong passphrase and damage are told apart.

A worker who types the right passphrase must never be told it is wrong because the
slot was damaged, tampering must never be reported as a typo, and a database edit
must never be able to weaken passphrase stretching.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import secrets
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnahus.crypto.errors import (
    CryptoError,
    DamagedKeySlot,
    IntegrityError,
    UnknownEnvelopeVersion,
    WeakKdfParameters,
    WrongPassphrase,
)
from barnahus.crypto.kdf import FLOOR_MEMORY_KIB, KdfParams, new_params
from barnahus.crypto.keyslot import (
    PassphraseSlot,
    create_slot,
    generate_recovery_key,
    open_slot,
    parse_recovery_key,
    rewrap_slot,
    slot_checksum,
    unwrap_with_key,
    wrap_with_key,
)
from barnahus.crypto.secret import SecretKey

pytestmark = pytest.mark.security

PASSPHRASE = unicodedata.normalize("NFC", "Ólöf á Ísafirði – sæl")
CONTEXT = b"user:2f4b9c1e-7a3d-4e8f-b6c5-0d1e2f3a4b5c"
PAYLOAD = bytes(range(64))
RECOVERY_PATTERN = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def fast_params() -> KdfParams:
    return new_params(FLOOR_MEMORY_KIB, 3, 1)


def flip_byte(data: bytes, index: int) -> bytes:
    out = bytearray(data)
    out[index] ^= 0x01
    return bytes(out)


def with_fixed_checksum(slot: PassphraseSlot, **changes: Any) -> PassphraseSlot:
    """What a deliberate tamperer would do: change fields and recompute the checksum."""
    changed = dataclasses.replace(slot, **changes)
    return dataclasses.replace(
        changed, checksum=slot_checksum(changed.params, changed.verifier, changed.wrapped)
    )


@pytest.fixture(scope="module")
def slot() -> PassphraseSlot:
    return create_slot(PASSPHRASE, PAYLOAD, fast_params(), CONTEXT)


# --- opening -------------------------------------------------------------------------


def test_right_passphrase_opens(slot: PassphraseSlot) -> None:
    assert open_slot(PASSPHRASE, slot, CONTEXT) == PAYLOAD
    assert PAYLOAD not in slot.to_bytes()
    assert PAYLOAD.hex() not in slot.to_bytes().decode()


def test_nfd_typed_passphrase_opens_nfc_slot(slot: PassphraseSlot) -> None:
    typed = unicodedata.normalize("NFD", PASSPHRASE)
    assert typed != PASSPHRASE
    assert open_slot(typed, slot, CONTEXT) == PAYLOAD


def test_wrong_passphrase_is_reported_as_such(slot: PassphraseSlot) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        open_slot(PASSPHRASE + " ", slot, CONTEXT)
    assert PASSPHRASE not in str(caught.value)


def test_slot_for_another_context_is_refused_as_damaged(slot: PassphraseSlot) -> None:
    with pytest.raises(DamagedKeySlot):
        open_slot(PASSPHRASE, slot, b"user:someone-else")


# --- damage versus wrong passphrase -----------------------------------------------------


@pytest.mark.parametrize("field", ["wrapped", "verifier", "checksum"])
@pytest.mark.parametrize("index", [0, 13, -1])
def test_damaged_field_is_reported_as_damage(slot: PassphraseSlot, field: str, index: int) -> None:
    value: bytes = getattr(slot, field)
    changes: dict[str, Any] = {field: flip_byte(value, index % len(value))}
    damaged = dataclasses.replace(slot, **changes)
    # Even the right passphrase must hear "damaged", not "wrong passphrase".
    with pytest.raises(DamagedKeySlot):
        open_slot(PASSPHRASE, damaged, CONTEXT)


def test_tampered_wrapped_with_recomputed_checksum_is_damage(slot: PassphraseSlot) -> None:
    tampered = with_fixed_checksum(slot, wrapped=flip_byte(slot.wrapped, 20))
    with pytest.raises(DamagedKeySlot):
        open_slot(PASSPHRASE, tampered, CONTEXT)


def test_tampered_verifier_with_recomputed_checksum_looks_like_wrong_passphrase(
    slot: PassphraseSlot,
) -> None:
    # Documented limitation: the verifier is the passphrase check, so a forged one
    # with a fixed-up checksum cannot be told apart from a wrong passphrase.
    tampered = with_fixed_checksum(slot, verifier=flip_byte(slot.verifier, 0))
    with pytest.raises(WrongPassphrase):
        open_slot(PASSPHRASE, tampered, CONTEXT)


@pytest.mark.parametrize("cut", [0, 1, 27])
def test_truncated_wrapped_is_damage(slot: PassphraseSlot, cut: int) -> None:
    with pytest.raises(DamagedKeySlot):
        open_slot(PASSPHRASE, dataclasses.replace(slot, wrapped=slot.wrapped[:cut]), CONTEXT)


# --- serialisation ---------------------------------------------------------------------


def test_serialisation_round_trips_and_describes_itself(slot: PassphraseSlot) -> None:
    stored = slot.to_bytes()
    assert PassphraseSlot.from_bytes(stored) == slot
    doc = json.loads(stored)
    assert doc["format"] == "barnahus-passphrase-slot"
    assert doc["version"] == 1
    assert doc["kdf"]["algorithm"] == "argon2id"
    assert doc["kdf"]["memory_kib"] == FLOOR_MEMORY_KIB


def test_every_truncation_of_stored_slot_is_damage(slot: PassphraseSlot) -> None:
    stored = slot.to_bytes()
    for length in range(len(stored)):
        with pytest.raises(DamagedKeySlot):
            PassphraseSlot.from_bytes(stored[:length])


def test_every_bit_flip_in_stored_slot_is_refused_and_never_called_a_typo(
    slot: PassphraseSlot,
) -> None:
    stored = slot.to_bytes()
    outcomes: set[type[CryptoError]] = set()
    for bit in range(len(stored) * 8):
        damaged = bytearray(stored)
        damaged[bit // 8] ^= 1 << (bit % 8)
        # A flip that lowers the cost parameters is refused as weak; anything else is
        # damage, found by parsing or by the checksum before any key derivation.
        with pytest.raises((DamagedKeySlot, WeakKdfParameters)) as caught:
            open_slot(PASSPHRASE, PassphraseSlot.from_bytes(bytes(damaged)), CONTEXT)
        outcomes.add(type(caught.value))
    assert DamagedKeySlot in outcomes


@pytest.mark.parametrize(
    "stored",
    [
        b"",
        b"not json",
        b"[]",
        b"null",
        b'{"format":"barnahus-passphrase-slot"}',
        b"\xff\xfe",
        b"[" * 100_000,
    ],
)
def test_garbage_is_damage(stored: bytes) -> None:
    with pytest.raises(DamagedKeySlot):
        PassphraseSlot.from_bytes(stored)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(version=2),
        lambda d: d.update(version=True),
        lambda d: d.update(format="something-else"),
        lambda d: d.update(extra="x"),
        lambda d: d.pop("checksum"),
        lambda d: d.update(verifier=d["verifier"].upper()),
        lambda d: d.update(verifier=d["verifier"][:-2]),
        lambda d: d["kdf"].update(memory_kib=2**40),
        lambda d: d["kdf"].update(lanes=1.0),
    ],
)
def test_structurally_wrong_documents_are_damage(
    slot: PassphraseSlot, edit: Callable[[dict[str, Any]], object]
) -> None:
    doc = json.loads(slot.to_bytes())
    edit(doc)
    with pytest.raises(DamagedKeySlot):
        PassphraseSlot.from_bytes(json.dumps(doc).encode())


def test_oversized_slot_is_damage_before_parsing(slot: PassphraseSlot) -> None:
    doc = json.loads(slot.to_bytes())
    doc["wrapped"] = "00" * 600_000
    with pytest.raises(DamagedKeySlot):
        PassphraseSlot.from_bytes(json.dumps(doc).encode())


def test_duplicate_json_keys_are_damage(slot: PassphraseSlot) -> None:
    stored = slot.to_bytes()
    duplicated = stored[:-1] + b',"version":1}'
    with pytest.raises(DamagedKeySlot):
        PassphraseSlot.from_bytes(duplicated)


# --- weak parameters --------------------------------------------------------------------


def test_weak_params_are_refused_at_create() -> None:
    weak = KdfParams(memory_kib=1024, iterations=1, lanes=1, salt=secrets.token_bytes(16))
    with pytest.raises(WeakKdfParameters):
        create_slot(PASSPHRASE, PAYLOAD, weak, CONTEXT)
    with pytest.raises(WeakKdfParameters):
        new_params(1024, 1, 1)


def test_weak_params_are_refused_at_open_even_after_storage(slot: PassphraseSlot) -> None:
    weak = KdfParams(memory_kib=1024, iterations=1, lanes=1, salt=slot.params.salt)
    downgraded = with_fixed_checksum(slot, params=weak)
    with pytest.raises(WeakKdfParameters):
        open_slot(PASSPHRASE, downgraded, CONTEXT)
    # Weak parameters survive storage so they are refused, not misreported as damage.
    reloaded = PassphraseSlot.from_bytes(downgraded.to_bytes())
    with pytest.raises(WeakKdfParameters):
        open_slot(PASSPHRASE, reloaded, CONTEXT)
    # The parameter check comes first, even when the checksum is also wrong.
    broken = dataclasses.replace(downgraded, checksum=bytes(32))
    with pytest.raises(WeakKdfParameters):
        open_slot(PASSPHRASE, broken, CONTEXT)


# --- passphrase change -----------------------------------------------------------------


@pytest.fixture(scope="module")
def rewrapped(slot: PassphraseSlot) -> PassphraseSlot:
    return rewrap_slot(PASSPHRASE, "a brand new passphrase", slot, fast_params(), CONTEXT)


def test_rewrapped_slot_opens_with_new_passphrase_only(
    slot: PassphraseSlot, rewrapped: PassphraseSlot
) -> None:
    assert rewrapped.params.salt != slot.params.salt
    assert rewrapped.wrapped != slot.wrapped
    assert open_slot("a brand new passphrase", rewrapped, CONTEXT) == PAYLOAD
    with pytest.raises(WrongPassphrase):
        open_slot(PASSPHRASE, rewrapped, CONTEXT)


def test_rewrap_needs_the_old_passphrase(slot: PassphraseSlot) -> None:
    with pytest.raises(WrongPassphrase):
        rewrap_slot("guess", "attacker's choice", slot, fast_params(), CONTEXT)


def test_rewrap_refuses_weak_new_params_before_doing_work(slot: PassphraseSlot) -> None:
    weak = KdfParams(memory_kib=1024, iterations=3, lanes=1, salt=secrets.token_bytes(16))
    with pytest.raises(WeakKdfParameters):
        rewrap_slot("not even checked", "new", slot, weak, CONTEXT)


# --- recovery keys ---------------------------------------------------------------------


def test_recovery_key_format_and_round_trip() -> None:
    text = generate_recovery_key()
    assert RECOVERY_PATTERN.match(text), text
    assert generate_recovery_key() != text
    assert parse_recovery_key(text).key_id == parse_recovery_key(text).key_id
    assert len(parse_recovery_key(text).material()) == 32


def test_recovery_key_tolerates_harmless_variations() -> None:
    text = generate_recovery_key()
    while not set(text) & set("OIB"):  # make the look-alike check meaningful
        text = generate_recovery_key()
    expected = parse_recovery_key(text).key_id
    variants = [
        text.lower(),
        text.replace("-", ""),
        text.replace("-", " "),
        "  " + text.replace("-", "\n") + "\t",
        text.replace("-", "\u2013"),  # en dash from a word processor
        text.replace("O", "0").replace("I", "1").replace("B", "8"),
    ]
    for variant in variants:
        assert parse_recovery_key(variant).key_id == expected, variant


def test_every_single_character_typo_is_caught() -> None:
    # A typo in the key part slips past the 24-bit checksum with probability 2**-24
    # per case, so this loop fails spuriously about once in 300,000 runs.
    text = generate_recovery_key()
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    for i in positions:
        replacement = BASE32[(BASE32.index(text[i]) + 1) % 32]
        with pytest.raises(WrongPassphrase):
            parse_recovery_key(text[:i] + replacement + text[i + 1 :])
    for i, j in itertools.pairwise(positions):
        if j == i + 1 and text[i] != text[j]:
            swapped = text[:i] + text[j] + text[i] + text[j + 1 :]
            with pytest.raises(WrongPassphrase):
                parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],
        lambda t: t + "A",
        lambda t: t[:10] + "!" + t[11:],
        lambda t: t[:10] + "É" + t[11:],
        lambda t: t[:10] + "ß" + t[12:],
        lambda t: "",
    ],
    ids=["short", "long", "punctuation", "accent", "sharp-s", "empty"],
)
def test_malformed_recovery_keys_are_refused(mangle: Callable[[str], str]) -> None:
    with pytest.raises(WrongPassphrase):
        parse_recovery_key(mangle(generate_recovery_key()))


def test_non_ascii_look_alikes_are_not_folded_into_letters() -> None:
    # str.upper() maps "ı" to "I" and "ſ" to "S"; only documented variations are accepted.
    text = generate_recovery_key()
    while "I" not in text or "S" not in text:
        text = generate_recovery_key()
    for letter, look_alike in (("I", "\u0131"), ("S", "\u017f")):
        assert look_alike.upper() == letter
        with pytest.raises(WrongPassphrase):
            parse_recovery_key(text.replace(letter, look_alike))


# --- wrapping under a key (recovery key, compartment keys) -----------------------------


def test_wrap_with_recovery_key_round_trip_and_refusals() -> None:
    text = generate_recovery_key()
    blob = wrap_with_key(parse_recovery_key(text), PAYLOAD, CONTEXT)
    assert PAYLOAD not in blob
    assert blob != wrap_with_key(parse_recovery_key(text), PAYLOAD, CONTEXT)
    assert unwrap_with_key(parse_recovery_key(text.lower()), blob, CONTEXT) == PAYLOAD
    other = parse_recovery_key(generate_recovery_key())
    with pytest.raises(IntegrityError):
        unwrap_with_key(other, blob, CONTEXT)
    with pytest.raises(IntegrityError):
        unwrap_with_key(parse_recovery_key(text), blob, b"case:other")


def test_every_bit_flip_and_truncation_of_a_wrapped_key_is_refused() -> None:
    key = SecretKey.generate()
    blob = wrap_with_key(key, b"case key bytes", CONTEXT)
    for bit in range(len(blob) * 8):
        damaged = bytearray(blob)
        damaged[bit // 8] ^= 1 << (bit % 8)
        expected = UnknownEnvelopeVersion if bit < 8 else IntegrityError
        with pytest.raises(expected):
            unwrap_with_key(key, bytes(damaged), CONTEXT)
    for length in range(len(blob)):
        with pytest.raises(IntegrityError):
            unwrap_with_key(key, blob[:length], CONTEXT)


def test_wrapping_does_not_use_the_key_directly() -> None:
    # Domain separation: a key that also seals envelopes must not be the AES key here.
    key = SecretKey.generate()
    blob = wrap_with_key(key, b"payload", CONTEXT)
    for associated_data in (None, b"barnahus-wrap|\x01" + CONTEXT):
        with pytest.raises(InvalidTag):
            AESGCM(key.material()).decrypt(blob[1:13], blob[13:], associated_data)
