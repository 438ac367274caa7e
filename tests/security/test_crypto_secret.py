"""Keys must never show up in logs, must be zeroable, and must have a stable public id."""

from __future__ import annotations

import copy
import hashlib
import pickle

import pytest

from barnahus.crypto.errors import CryptoError
from barnahus.crypto.secret import SecretKey

pytestmark = pytest.mark.security

RAW = bytes(range(1, 33))


def test_key_id_follows_the_documented_formula() -> None:
    key = SecretKey(RAW)
    assert key.key_id == hashlib.sha256(b"barnahus-key-id" + RAW).digest()[:16]
    assert key.key_id == SecretKey(bytearray(RAW)).key_id
    assert SecretKey.generate().key_id != key.key_id


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(CryptoError):
        SecretKey(b"\x01" * length)


def test_constructor_copies_its_input() -> None:
    source = bytearray(RAW)
    key = SecretKey(source)
    source[:] = bytes(32)
    assert key.material() == RAW


def test_repr_and_str_do_not_reveal_the_key() -> None:
    key = SecretKey(RAW)
    for shown in (repr(key), str(key), f"{key}", f"{key!r}"):
        assert RAW.hex() not in shown
        assert RAW.hex()[:8] not in shown
        assert str(RAW) not in shown
        assert key.key_id.hex() in shown


def test_wipe_zeroes_the_buffer_and_blocks_use() -> None:
    key = SecretKey(RAW)
    buffer = key._buf
    key.wipe()
    assert buffer == bytearray(32)
    assert key.wiped
    with pytest.raises(CryptoError):
        key.material()
    with pytest.raises(CryptoError):
        _ = key.key_id
    assert "wiped" in repr(key)
    key.wipe()  # idempotent


def test_with_block_wipes_on_exit() -> None:
    with SecretKey(RAW) as key:
        assert key.material() == RAW
    assert key.wiped


def test_keys_cannot_be_pickled_or_copied() -> None:
    key = SecretKey(RAW)
    with pytest.raises(TypeError):
        pickle.dumps(key)
    with pytest.raises(TypeError):
        copy.copy(key)
    with pytest.raises(TypeError):
        copy.deepcopy(key)
