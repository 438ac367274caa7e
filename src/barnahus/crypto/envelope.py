"""The on-disk format for every encrypted value in the database.

Layout::

    version (1 byte, = 1) | key_id (16) | nonce (12) | AES-256-GCM ciphertext+tag

Why each part exists:

* ``version`` lets the format change later without guessing.
* ``key_id`` says which key to use, so keys can be rotated and several
  (e.g. per-case) keys can coexist.
* The associated data binds each ciphertext to the exact table, row, column
  and revision it was written for.  Someone with write access to the
  database file therefore cannot move a note onto another child's record,
  or roll a field back to an old revision, without decryption failing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

from ._primitives import (
    NONCE_LENGTH,
    TAG_LENGTH,
    aead_open,
    aead_seal,
    encode_text,
    length_prefixed,
)
from .errors import CryptoError, IntegrityError, UnknownEnvelopeVersion, UnknownKey
from .secret import KEY_ID_LENGTH, SecretKey

VERSION = 1
APP_TAG = b"barnahus-desk"
HEADER_LENGTH = 1 + KEY_ID_LENGTH
MIN_ENVELOPE_LENGTH = HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH
_MAX_REVISION = 2**64 - 1

Keyring: TypeAlias = Mapping[bytes, SecretKey] | Callable[[bytes], SecretKey]


@dataclass(frozen=True)
class Binding:
    """Where a ciphertext lives; authenticated but not stored in the envelope."""

    table: str
    row_id: str
    column: str
    revision: int

    def __post_init__(self) -> None:
        for name in ("table", "row_id", "column"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"Binding.{name} must be a str")
        if not isinstance(self.revision, int) or isinstance(self.revision, bool):
            raise TypeError("Binding.revision must be an int")
        if not 0 <= self.revision <= _MAX_REVISION:
            raise ValueError("Binding.revision must fit in an unsigned 64-bit integer")

    def associated_data(self) -> bytes:
        """Unambiguous encoding; any differing field gives different bytes."""
        return (
            APP_TAG
            + bytes([VERSION])
            + length_prefixed(
                encode_text(self.table),
                encode_text(self.row_id),
                encode_text(self.column),
                self.revision.to_bytes(8, "big"),
            )
        )


def _check_version(blob: bytes) -> None:
    if len(blob) < 1:
        raise IntegrityError("envelope is empty")
    if blob[0] != VERSION:
        raise UnknownEnvelopeVersion(f"unsupported envelope version {blob[0]}")


def envelope_key_id(blob: bytes) -> bytes:
    """The id of the key a stored envelope was sealed with (e.g. for rotation)."""
    _check_version(blob)
    if len(blob) < MIN_ENVELOPE_LENGTH:
        raise IntegrityError("envelope is too short")
    return bytes(blob[1:HEADER_LENGTH])


def seal(key: SecretKey, plaintext: bytes, binding: Binding) -> bytes:
    """Encrypt and authenticate ``plaintext`` for one database location."""
    key_id = key.key_id
    body = aead_seal(key, plaintext, binding.associated_data())
    return bytes([VERSION]) + key_id + body


def _lookup(keys: Keyring, key_id: bytes) -> SecretKey:
    found: SecretKey | None
    if isinstance(keys, Mapping):
        found = keys.get(key_id)
    else:
        try:
            found = keys(key_id)
        except KeyError:
            found = None
    if found is None:
        raise UnknownKey(f"no key with id {key_id.hex()} is available")
    if found.key_id != key_id:
        # A keyring that hands back the wrong key is a bug; say so plainly
        # instead of letting it look like tampering.
        raise UnknownKey(f"keyring returned a different key for id {key_id.hex()}")
    return found


def open_sealed(keys: Keyring, blob: bytes, binding: Binding) -> bytes:
    """Decrypt an envelope written by ``seal`` for the same binding.

    ``keys`` is a mapping from key id to key, or a callable that returns the
    key for an id (raising UnknownKey or KeyError when it has none).
    """
    key_id = envelope_key_id(blob)
    key = _lookup(keys, key_id)
    return aead_open(key, blob[HEADER_LENGTH:], binding.associated_data())


def seal_text(key: SecretKey, text: str, binding: Binding) -> bytes:
    """``seal`` for str values; any Python str round-trips, even lone surrogates."""
    return seal(key, encode_text(text), binding)


def open_text(keys: Keyring, blob: bytes, binding: Binding) -> str:
    """Inverse of seal_text."""
    data = open_sealed(keys, blob, binding)
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        # The original exception would quote plaintext bytes.
        raise CryptoError("sealed value is not text") from None
