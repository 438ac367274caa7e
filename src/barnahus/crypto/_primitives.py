"""Shared building blocks for the crypto modules (package-internal).

Nonce generation, AES-GCM error translation, HKDF sub-key derivation and the
length-prefixed encoding used for associated data and hashes are easy to get
subtly wrong when copied between modules.  Keeping exactly one
implementation here means a fix or review applies everywhere at once.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import IntegrityError
from .secret import KEY_LENGTH, SecretKey

NONCE_LENGTH = 12
TAG_LENGTH = 16
_MAX_FIELD = 0xFFFFFFFF


def length_prefixed(*fields: bytes) -> bytes:
    """Concatenate fields so that no two different field lists encode equally.

    Each field is preceded by its length as a 4-byte big-endian integer,
    which prevents ("ab", "c") and ("a", "bc") from colliding.
    """
    parts: list[bytes] = []
    for field in fields:
        if len(field) > _MAX_FIELD:
            raise ValueError("field too long to encode")
        parts.append(struct.pack(">I", len(field)))
        parts.append(field)
    return b"".join(parts)


def encode_text(text: str) -> bytes:
    """UTF-8 that also accepts lone surrogates, so every Python str encodes.

    ``surrogatepass`` is injective, so distinct strings never share an
    encoding, and encoding can never raise an error that quotes its input.
    """
    return text.encode("utf-8", "surrogatepass")


def hkdf_subkey(ikm: SecretKey | bytes, *, info: bytes, salt: bytes | None = None) -> SecretKey:
    """Derive an independent 32-byte key for one purpose from a parent secret."""
    material: bytes | bytearray = ikm._borrow() if isinstance(ikm, SecretKey) else ikm
    kdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=info)
    return SecretKey._derive_into(lambda buf: kdf.derive_into(material, buf))


def aead_seal(key: SecretKey, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-256-GCM with a fresh random nonce; returns nonce || ciphertext+tag.

    Random 96-bit nonces are safe for far more messages than one workstation
    will ever encrypt under a single key (the usual bound is 2**32).
    """
    nonce = os.urandom(NONCE_LENGTH)
    return nonce + AESGCM(key._borrow()).encrypt(nonce, plaintext, associated_data)


def aead_open(key: SecretKey, data: bytes, associated_data: bytes) -> bytes:
    """Inverse of aead_seal; any failure becomes IntegrityError."""
    if len(data) < NONCE_LENGTH + TAG_LENGTH:
        raise IntegrityError("ciphertext is too short")
    nonce, body = data[:NONCE_LENGTH], data[NONCE_LENGTH:]
    try:
        return AESGCM(key._borrow()).decrypt(nonce, body, associated_data)
    except InvalidTag:
        raise IntegrityError("ciphertext failed authentication") from None
