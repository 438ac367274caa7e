"""Wrap one secret under another symmetric key.

Used wherever a key protects another key: the recovery key protecting a
user's private keys, compartment keys protecting case keys, and so on.  The
wrapping key is never used for AES-GCM directly; an HKDF sub-key with a fixed
purpose label is used instead, so a key that also seals database envelopes
never encrypts two different formats under the same raw AES key.  The
caller's ``context`` is authenticated, so a wrapped blob cannot be swapped
with one made for a different purpose or owner.

Layout: ``version (1 byte, = 1) | nonce (12) | AES-256-GCM ciphertext+tag``.
"""

from __future__ import annotations

from ._primitives import aead_open, aead_seal, hkdf_subkey
from .errors import IntegrityError, UnknownEnvelopeVersion
from .secret import SecretKey

WRAP_VERSION = 1
_SUBKEY_INFO = b"barnahus-wrap|subkey|v1"
_AD_PREFIX = b"barnahus-wrap|"


def _associated_data(context: bytes) -> bytes:
    return _AD_PREFIX + bytes([WRAP_VERSION]) + context


def wrap_with_key(key: SecretKey, payload: bytes, context: bytes) -> bytes:
    """Encrypt ``payload`` under ``key``, bound to ``context``."""
    with hkdf_subkey(key, info=_SUBKEY_INFO) as subkey:
        body = aead_seal(subkey, payload, _associated_data(context))
    return bytes([WRAP_VERSION]) + body


def unwrap_with_key(key: SecretKey, blob: bytes, context: bytes) -> bytes:
    """Inverse of wrap_with_key.

    Raises IntegrityError for a wrong key, wrong context or damaged blob,
    and UnknownEnvelopeVersion for a version byte this code does not know.
    """
    if len(blob) < 1:
        raise IntegrityError("wrapped key is empty")
    if blob[0] != WRAP_VERSION:
        raise UnknownEnvelopeVersion(f"unsupported wrapped-key version {blob[0]}")
    with hkdf_subkey(key, info=_SUBKEY_INFO) as subkey:
        return aead_open(subkey, blob[1:], _associated_data(context))
