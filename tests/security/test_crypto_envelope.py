"""Every encrypted database value round-trips, and every kind of tampering is refused.

A note is only safe if a changed, moved or re-keyed ciphertext can never decrypt into
something the app then shows as genuine; these tests pin that down with real AES-GCM.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barnahus.crypto.envelope import (
    MIN_ENVELOPE_LENGTH,
    Binding,
    envelope_key_id,
    open_sealed,
    open_text,
    seal,
    seal_text,
)
from barnahus.crypto.errors import (
    CryptoError,
    IntegrityError,
    UnknownEnvelopeVersion,
    UnknownKey,
)
from barnahus.crypto.secret import SecretKey

pytestmark = pytest.mark.security

# No example database (it would write .hypothesis/ into the repository), and the
# repository's autouse per-test home fixture is harmless to share between examples.
FAST = settings(
    database=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

BINDING = Binding(
    table="notes", row_id="7d0c6a3e-1f5b-4c2e-9d7a-2b8e4f6a1c90", column="body", revision=3
)

AWKWARD_TEXTS = [
    "",
    "Barnið sagði frá þessu í viðtalinu.",
    "שלום, הילד סיפר",  # right-to-left
    "مرحبا \u200fبالطفل",  # Arabic with a right-to-left mark
    "👩‍👧 family emoji with zero-width joiner 🏳️‍🌈",
    "e\u0301 combining acute, \u0041\u030a ring above",
    "nul\x00inside\x00",
    "lone surrogates \ud800 and \udfff",
    "\udc80\ud83d",  # reversed/unpaired halves
    "x" * 10_000,
]

text_with_everything = st.text(st.characters(exclude_categories=()))


def flip_bit(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


@pytest.fixture(scope="module")
def key() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="module")
def keyring(key: SecretKey) -> dict[bytes, SecretKey]:
    return {key.key_id: key}


def test_bytes_round_trip_and_layout(key: SecretKey, keyring: dict[bytes, SecretKey]) -> None:
    plaintext = b"The child named the place."
    blob = seal(key, plaintext, BINDING)
    assert blob[0] == 1
    assert blob[1:17] == key.key_id
    assert len(blob) == 1 + 16 + 12 + len(plaintext) + 16
    assert plaintext not in blob
    assert open_sealed(keyring, blob, BINDING) == plaintext


def test_same_plaintext_seals_differently_each_time(key: SecretKey) -> None:
    first = seal(key, b"same", BINDING)
    second = seal(key, b"same", BINDING)
    assert first[17:29] != second[17:29]  # fresh nonce
    assert first != second


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_awkward_text_round_trips(
    text: str, key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    assert open_text(keyring, seal_text(key, text, BINDING), BINDING) == text


@FAST
@given(text=text_with_everything)
def test_any_python_str_round_trips(
    text: str, key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    assert open_text(keyring, seal_text(key, text, BINDING), BINDING) == text


@FAST
@given(data=st.binary(max_size=4096))
def test_any_bytes_round_trip(data: bytes, key: SecretKey, keyring: dict[bytes, SecretKey]) -> None:
    assert open_sealed(keyring, seal(key, data, BINDING), BINDING) == data


@pytest.mark.parametrize(
    "elsewhere",
    [
        Binding("notes_archive", BINDING.row_id, BINDING.column, BINDING.revision),
        Binding(BINDING.table, "0b9e2d7c-5a41-4f3e-8c6d-1e2f3a4b5c6d", BINDING.column, 3),
        Binding(BINDING.table, BINDING.row_id, "summary", BINDING.revision),
        Binding(BINDING.table, BINDING.row_id, BINDING.column, BINDING.revision + 1),
        Binding(BINDING.table, BINDING.row_id, BINDING.column, BINDING.revision - 1),
        Binding(BINDING.table, BINDING.row_id + " ", BINDING.column, BINDING.revision),
    ],
    ids=["table", "row", "column", "newer-revision", "older-revision", "row-suffix"],
)
def test_moved_ciphertext_is_refused(
    elsewhere: Binding, key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    blob = seal(key, b"belongs to one place only", BINDING)
    with pytest.raises(IntegrityError):
        open_sealed(keyring, blob, elsewhere)


def test_field_boundaries_are_unambiguous(key: SecretKey, keyring: dict[bytes, SecretKey]) -> None:
    one = Binding("ab", "c", "d", 1)
    other = Binding("a", "bc", "d", 1)
    assert one.associated_data() != other.associated_data()
    with pytest.raises(IntegrityError):
        open_sealed(keyring, seal(key, b"x", one), other)


def test_associated_data_starts_with_app_tag_and_version() -> None:
    assert BINDING.associated_data().startswith(b"barnahus-desk\x01")


bindings = st.builds(
    Binding,
    table=text_with_everything,
    row_id=text_with_everything,
    column=text_with_everything,
    revision=st.integers(min_value=0, max_value=2**64 - 1),
)


@FAST
@given(a=bindings, b=bindings)
def test_distinct_bindings_have_distinct_associated_data(a: Binding, b: Binding) -> None:
    assert (a == b) == (a.associated_data() == b.associated_data())


def test_every_single_bit_flip_is_refused(key: SecretKey, keyring: dict[bytes, SecretKey]) -> None:
    blob = seal(key, b"hi", BINDING)
    for bit in range(len(blob) * 8):
        damaged = flip_bit(blob, bit)
        byte = bit // 8
        expected: type[CryptoError]
        if byte == 0:
            expected = UnknownEnvelopeVersion
        elif byte < 17:
            expected = UnknownKey
        else:
            expected = IntegrityError
        with pytest.raises(expected):
            open_sealed(keyring, damaged, BINDING)


def test_truncated_or_extended_envelopes_are_refused(
    key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    blob = seal(key, b"hi", BINDING)
    for length in range(len(blob)):
        with pytest.raises(IntegrityError):
            open_sealed(keyring, blob[:length], BINDING)
    with pytest.raises(IntegrityError):
        open_sealed(keyring, blob + b"\x00", BINDING)
    assert MIN_ENVELOPE_LENGTH == 1 + 16 + 12 + 16


@pytest.mark.parametrize("version", [0, 2, 0x81, 255])
def test_unknown_version_is_refused(
    version: int, key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    blob = bytes([version]) + seal(key, b"hi", BINDING)[1:]
    with pytest.raises(UnknownEnvelopeVersion):
        open_sealed(keyring, blob, BINDING)
    with pytest.raises(UnknownEnvelopeVersion):
        envelope_key_id(blob)


def test_unknown_key_id_is_refused(key: SecretKey) -> None:
    blob = seal(key, b"hi", BINDING)
    other = SecretKey.generate()
    with pytest.raises(UnknownKey) as caught:
        open_sealed({other.key_id: other}, blob, BINDING)
    assert key.key_id.hex() in str(caught.value)
    assert key.material().hex() not in str(caught.value)
    with pytest.raises(UnknownKey):
        open_sealed({}, blob, BINDING)


def test_keyring_that_returns_the_wrong_key_is_refused(key: SecretKey) -> None:
    blob = seal(key, b"hi", BINDING)
    with pytest.raises(UnknownKey):
        open_sealed({key.key_id: SecretKey.generate()}, blob, BINDING)


def test_callable_keyring(key: SecretKey) -> None:
    blob = seal(key, b"via callable", BINDING)
    asked: list[bytes] = []

    def lookup(key_id: bytes) -> SecretKey:
        asked.append(key_id)
        if key_id != key.key_id:
            raise KeyError(key_id)
        return key

    assert open_sealed(lookup, blob, BINDING) == b"via callable"
    assert asked == [key.key_id]

    def empty(key_id: bytes) -> SecretKey:
        raise KeyError(key_id)

    with pytest.raises(UnknownKey):
        open_sealed(empty, blob, BINDING)


def test_key_rotation_reads_old_and_new_envelopes(key: SecretKey) -> None:
    newer = SecretKey.generate()
    ring = {key.key_id: key, newer.key_id: newer}
    old_blob = seal(key, b"old", BINDING)
    new_blob = seal(newer, b"new", BINDING)
    assert envelope_key_id(old_blob) == key.key_id
    assert envelope_key_id(new_blob) == newer.key_id
    assert open_sealed(ring, old_blob, BINDING) == b"old"
    assert open_sealed(ring, new_blob, BINDING) == b"new"


def test_wiped_key_cannot_seal_or_open() -> None:
    temporary = SecretKey.generate()
    blob = seal(temporary, b"hi", BINDING)
    ring = {temporary.key_id: temporary}
    temporary.wipe()
    with pytest.raises(CryptoError):
        seal(temporary, b"hi", BINDING)
    with pytest.raises(CryptoError):
        open_sealed(ring, blob, BINDING)


def test_non_text_value_is_refused_without_quoting_it(
    key: SecretKey, keyring: dict[bytes, SecretKey]
) -> None:
    blob = seal(key, b"\xff\xfeSECRET", BINDING)
    with pytest.raises(CryptoError) as caught:
        open_text(keyring, blob, BINDING)
    assert "SECRET" not in str(caught.value)
    assert "xff" not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_binding_rejects_bad_revision() -> None:
    with pytest.raises(ValueError, match="64-bit"):
        Binding("notes", "r", "body", -1)
    with pytest.raises(ValueError, match="64-bit"):
        Binding("notes", "r", "body", 2**64)
    with pytest.raises(TypeError):
        Binding("notes", "r", "body", True)
