"""Passphrase stretching: the floor cannot be lowered and normalisation is stable.

If stored Argon2 parameters could be weakened by editing the database, a stolen file
could be brute-forced cheaply; these tests prove weak parameters are refused.
"""

from __future__ import annotations

import unicodedata

import pytest

from barnahus.crypto.errors import CryptoError, WeakKdfParameters
from barnahus.crypto.kdf import (
    DEFAULT_ITERATIONS,
    DEFAULT_LANES,
    DEFAULT_MEMORY_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    MAX_MEMORY_KIB,
    KdfParams,
    check_params,
    derive_kek,
    new_params,
    normalise_passphrase,
)

pytestmark = pytest.mark.security

SALT = bytes(range(16))


@pytest.fixture(scope="module")
def params() -> KdfParams:
    return new_params(FLOOR_MEMORY_KIB, 3, 1)


def test_defaults_are_at_or_above_the_floor() -> None:
    assert DEFAULT_MEMORY_KIB >= FLOOR_MEMORY_KIB == 65536
    assert DEFAULT_ITERATIONS >= FLOOR_ITERATIONS == 3
    assert DEFAULT_LANES >= 1
    defaults = new_params()
    assert (defaults.memory_kib, defaults.iterations, defaults.lanes) == (262144, 3, 4)
    check_params(defaults)


def test_new_params_uses_a_fresh_16_byte_salt() -> None:
    first, second = new_params(FLOOR_MEMORY_KIB, 3, 1), new_params(FLOOR_MEMORY_KIB, 3, 1)
    assert len(first.salt) == 16
    assert first.salt != second.salt


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [(FLOOR_MEMORY_KIB - 1, 3, 1), (FLOOR_MEMORY_KIB, 2, 1), (FLOOR_MEMORY_KIB, 3, 0), (8, 1, 1)],
)
def test_below_floor_is_refused(memory_kib: int, iterations: int, lanes: int) -> None:
    with pytest.raises(WeakKdfParameters):
        new_params(memory_kib, iterations, lanes)
    with pytest.raises(WeakKdfParameters):
        check_params(KdfParams(memory_kib, iterations, lanes, SALT))
    with pytest.raises(WeakKdfParameters):
        derive_kek("passphrase", KdfParams(memory_kib, iterations, lanes, SALT))


def test_short_salt_is_refused() -> None:
    with pytest.raises(WeakKdfParameters):
        check_params(KdfParams(FLOOR_MEMORY_KIB, 3, 1, SALT[:15]))


def test_absurd_parameters_are_refused_but_not_called_weak() -> None:
    with pytest.raises(CryptoError) as caught:
        check_params(KdfParams(MAX_MEMORY_KIB + 1, 3, 1, SALT))
    assert not isinstance(caught.value, WeakKdfParameters)


def test_dict_round_trip(params: KdfParams) -> None:
    stored = params.to_dict()
    assert stored["salt"] == params.salt.hex()
    assert stored["algorithm"] == "argon2id"
    assert KdfParams.from_dict(stored) == params


@pytest.mark.parametrize(
    "change",
    [
        {"algorithm": "scrypt"},
        {"memory_kib": True},
        {"iterations": 3.0},
        {"lanes": "1"},
        {"salt": "ABCDEF0123456789ABCDEF0123456789"},
        {"salt": "xyz"},
        {"extra": 1},
    ],
)
def test_from_dict_is_strict(params: KdfParams, change: dict[str, object]) -> None:
    with pytest.raises(CryptoError):
        KdfParams.from_dict({**params.to_dict(), **change})


def test_from_dict_requires_every_field(params: KdfParams) -> None:
    stored = params.to_dict()
    del stored["lanes"]
    with pytest.raises(CryptoError):
        KdfParams.from_dict(stored)


def test_normalise_passphrase_is_nfc_utf8_and_nothing_else() -> None:
    decomposed = "Jo\u0301n  "
    assert normalise_passphrase(decomposed) == "Jón  ".encode()
    assert normalise_passphrase(decomposed) == normalise_passphrase(
        unicodedata.normalize("NFC", decomposed)
    )
    assert normalise_passphrase("Pass") != normalise_passphrase("pass")
    assert normalise_passphrase(" pw") != normalise_passphrase("pw")


def test_unpaired_surrogate_is_refused_without_quoting_it() -> None:
    with pytest.raises(CryptoError) as caught:
        normalise_passphrase("secret\ud800")
    assert "secret" not in str(caught.value)
    assert "d800" not in str(caught.value)


def test_derivation_is_deterministic_and_input_sensitive(params: KdfParams) -> None:
    first = derive_kek("correct horse", params)
    again = derive_kek("correct horse", params)
    other_passphrase = derive_kek("correct horsE", params)
    other_salt = derive_kek("correct horse", new_params(FLOOR_MEMORY_KIB, 3, 1))
    assert first.material() == again.material()
    assert len(first.material()) == 32
    assert other_passphrase.material() != first.material()
    assert other_salt.material() != first.material()
