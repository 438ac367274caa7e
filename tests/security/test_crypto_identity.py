"""User key pairs: grants reach only their recipient, and signatures cannot be forged.

Access to a case is granted by wrapping its key to a colleague's public key, so a
grant that someone else could open, or that opens for another purpose, would leak.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barnahus.crypto.errors import CryptoError, IntegrityError, UnknownEnvelopeVersion
from barnahus.crypto.identity import (
    UserKeys,
    UserPublicKeys,
    sign,
    unwrap_with_private,
    verify_signature,
    wrap_to_public,
)
from barnahus.crypto.kdf import FLOOR_MEMORY_KIB, new_params
from barnahus.crypto.keyslot import create_slot, open_slot

pytestmark = pytest.mark.security

FAST = settings(
    database=None,
    max_examples=50,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CONTEXT = b"case:4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
CASE_KEY = bytes(range(100, 132))


@pytest.fixture(scope="module")
def alice() -> UserKeys:
    return UserKeys.generate()


@pytest.fixture(scope="module")
def bob() -> UserKeys:
    return UserKeys.generate()


def test_private_bytes_round_trip(alice: UserKeys) -> None:
    raw = alice.to_private_bytes()
    assert len(raw) == 64
    restored = UserKeys.from_private_bytes(raw)
    assert restored.public() == alice.public()
    assert restored.to_private_bytes() == raw


@pytest.mark.parametrize("length", [0, 32, 63, 65])
def test_private_bytes_of_wrong_length_are_refused(length: int) -> None:
    with pytest.raises(CryptoError):
        UserKeys.from_private_bytes(b"\x07" * length)


def test_public_keys_are_raw_32_bytes(alice: UserKeys, bob: UserKeys) -> None:
    public = alice.public()
    assert len(public.encryption) == 32
    assert len(public.signing) == 32
    assert public != bob.public()
    with pytest.raises(CryptoError):
        UserPublicKeys(encryption=b"\x01" * 31, signing=public.signing)


def test_repr_does_not_reveal_private_keys(alice: UserKeys) -> None:
    shown = repr(alice)
    raw = alice.to_private_bytes()
    assert raw[:32].hex()[:16] not in shown
    assert raw[32:].hex()[:16] not in shown
    assert alice.public().signing.hex()[:16] in shown


def test_keys_survive_a_passphrase_slot(alice: UserKeys) -> None:
    slot = create_slot(
        "passphrase", alice.to_private_bytes(), new_params(FLOOR_MEMORY_KIB, 3, 1), b"u"
    )
    restored = UserKeys.from_private_bytes(open_slot("passphrase", slot, b"u"))
    assert restored.public() == alice.public()
    signature = sign(restored, b"message")
    assert verify_signature(alice.public().signing, b"message", signature)


# --- grants -----------------------------------------------------------------------------


def test_grant_round_trip_and_layout(alice: UserKeys) -> None:
    blob = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    assert blob[0] == 1
    assert len(blob) == 1 + 32 + 12 + len(CASE_KEY) + 16
    assert CASE_KEY not in blob
    assert unwrap_with_private(alice, blob, CONTEXT) == CASE_KEY


def test_each_grant_uses_a_fresh_ephemeral_key(alice: UserKeys) -> None:
    first = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    second = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    assert first[1:33] != second[1:33]


@FAST
@given(payload=st.binary(max_size=512), context=st.binary(max_size=64))
def test_any_payload_and_context_round_trip(
    alice: UserKeys, payload: bytes, context: bytes
) -> None:
    blob = wrap_to_public(alice.public().encryption, payload, context)
    assert unwrap_with_private(alice, blob, context) == payload


def test_wrong_recipient_cannot_open(alice: UserKeys, bob: UserKeys) -> None:
    blob = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    with pytest.raises(IntegrityError):
        unwrap_with_private(bob, blob, CONTEXT)


def test_grant_for_another_purpose_cannot_open(alice: UserKeys) -> None:
    blob = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    with pytest.raises(IntegrityError):
        unwrap_with_private(alice, blob, b"case:another")
    with pytest.raises(IntegrityError):
        unwrap_with_private(alice, blob, CONTEXT + b"\x00")


def test_every_bit_flip_and_truncation_of_a_grant_is_refused(alice: UserKeys) -> None:
    blob = wrap_to_public(alice.public().encryption, b"k", CONTEXT)
    for bit in range(len(blob) * 8):
        damaged = bytearray(blob)
        damaged[bit // 8] ^= 1 << (bit % 8)
        expected = UnknownEnvelopeVersion if bit < 8 else IntegrityError
        with pytest.raises(expected):
            unwrap_with_private(alice, bytes(damaged), CONTEXT)
    for length in range(len(blob)):
        with pytest.raises(IntegrityError):
            unwrap_with_private(alice, blob[:length], CONTEXT)


@pytest.mark.parametrize("version", [0, 2, 255])
def test_unknown_grant_version_is_refused(alice: UserKeys, version: int) -> None:
    blob = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    with pytest.raises(UnknownEnvelopeVersion):
        unwrap_with_private(alice, bytes([version]) + blob[1:], CONTEXT)


@pytest.mark.parametrize(
    "recipient",
    [b"", b"\x09" * 31, b"\x09" * 33, b"\x00" * 32, b"\x01" + b"\x00" * 31],
    ids=["empty", "short", "long", "zero-point", "low-order-point"],
)
def test_invalid_recipient_keys_are_refused(recipient: bytes) -> None:
    with pytest.raises(CryptoError):
        wrap_to_public(recipient, CASE_KEY, CONTEXT)


def test_low_order_ephemeral_key_in_a_grant_is_refused(alice: UserKeys) -> None:
    blob = wrap_to_public(alice.public().encryption, CASE_KEY, CONTEXT)
    forged = blob[:1] + b"\x00" * 32 + blob[33:]
    with pytest.raises(IntegrityError):
        unwrap_with_private(alice, forged, CONTEXT)


# --- signatures -------------------------------------------------------------------------


def test_signature_verifies_only_for_signer_and_message(alice: UserKeys, bob: UserKeys) -> None:
    message = b"barnahus-test|opened case 42"
    signature = sign(alice, message)
    assert len(signature) == 64
    assert verify_signature(alice.public().signing, message, signature)
    assert not verify_signature(alice.public().signing, message + b"!", signature)
    assert not verify_signature(bob.public().signing, message, signature)
    assert not verify_signature(alice.public().signing, message, sign(bob, message))
    tampered = bytearray(signature)
    tampered[10] ^= 0x40
    assert not verify_signature(alice.public().signing, message, bytes(tampered))


@pytest.mark.parametrize(
    ("public", "signature"),
    [(b"\x01" * 31, b"\x00" * 64), (None, b""), (None, b"\x00" * 63), (None, b"\x00" * 65)],
)
def test_malformed_keys_or_signatures_are_false_not_errors(
    alice: UserKeys, public: bytes | None, signature: bytes
) -> None:
    key = alice.public().signing if public is None else public
    assert verify_signature(key, b"message", signature) is False
