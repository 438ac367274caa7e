"""Passphrase-protected key slots that can tell "wrong passphrase" from damage.

A user's private keys are stored wrapped under a key derived from their
passphrase.  When opening fails, the app must say *why*: telling someone
with a correct passphrase to "try again" after a disk error, or telling an
attacker which guesses were close, are both wrong.  So a slot carries:

* ``checksum``: unkeyed SHA-256 over the canonical contents.  Detects
  accidental damage (bit rot, truncation, bad restores) before any expensive
  key derivation.  It is not a defence against deliberate tampering; anyone
  can recompute it.
* ``verifier``: HMAC under a passphrase-derived sub-key.  A mismatch means
  the passphrase is wrong.
* ``wrapped``: the payload under AES-GCM with another sub-key.  If the
  verifier matched but authentication fails, the slot was altered
  deliberately (its checksum recomputed), so that is reported as damage.

Limitation: changes to the KDF parameters or verifier that come with a
recomputed checksum are indistinguishable from a wrong passphrase, because
they change the derived key.  Weakened parameters are still refused.

Recovery keys and plain key wrapping live in ``recovery`` and ``wrap`` and
are re-exported here so callers have one import for "unlocking keys".
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from ._primitives import (
    NONCE_LENGTH,
    TAG_LENGTH,
    aead_open,
    aead_seal,
    hkdf_subkey,
    length_prefixed,
)
from .errors import CryptoError, DamagedKeySlot, IntegrityError, WrongPassphrase
from .kdf import ALGORITHM, KdfParams, check_params, derive_kek, params_within_limits
from .recovery import generate_recovery_key, parse_recovery_key
from .secret import SecretKey
from .wrap import unwrap_with_key, wrap_with_key

__all__ = [
    "PassphraseSlot",
    "create_slot",
    "generate_recovery_key",
    "open_slot",
    "parse_recovery_key",
    "rewrap_slot",
    "slot_checksum",
    "unwrap_with_key",
    "wrap_with_key",
]

SLOT_FORMAT = "barnahus-passphrase-slot"
SLOT_VERSION = 1
_DIGEST_LENGTH = 32
_MAX_SLOT_BYTES = 1 << 20
_DOC_KEYS = frozenset({"format", "version", "kdf", "verifier", "wrapped", "checksum"})
_VERIFY_INFO = b"barnahus-slot|verify"
_WRAP_INFO = b"barnahus-slot|wrap"
_VERIFIER_MESSAGE = b"barnahus-slot-verifier"
_WRAP_AD_PREFIX = b"barnahus-slot|"
_CHECKSUM_DOMAIN = b"barnahus-slot-checksum|v1"


@dataclass(frozen=True)
class PassphraseSlot:
    """One passphrase-wrapped payload plus everything needed to open it."""

    params: KdfParams
    verifier: bytes
    wrapped: bytes
    checksum: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.params, KdfParams):
            raise TypeError("PassphraseSlot.params must be KdfParams")
        for name in ("verifier", "wrapped", "checksum"):
            if not isinstance(getattr(self, name), bytes):
                raise TypeError(f"PassphraseSlot.{name} must be bytes")

    def to_bytes(self) -> bytes:
        """Compact, versioned, self-describing JSON (ASCII, sorted keys)."""
        doc: dict[str, Any] = {
            "format": SLOT_FORMAT,
            "version": SLOT_VERSION,
            "kdf": self.params.to_dict(),
            "verifier": self.verifier.hex(),
            "wrapped": self.wrapped.hex(),
            "checksum": self.checksum.hex(),
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> PassphraseSlot:
        """Parse to_bytes output; DamagedKeySlot on anything malformed."""
        try:
            return _parse_slot(data)
        except DamagedKeySlot:
            raise
        except (CryptoError, ValueError, TypeError, KeyError, RecursionError):
            raise DamagedKeySlot("key slot could not be parsed") from None


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _hex_field(doc: dict[str, Any], name: str, min_len: int, max_len: int) -> bytes:
    text = doc[name]
    if not isinstance(text, str) or not all(c in "0123456789abcdef" for c in text):
        raise DamagedKeySlot(f"key slot field {name!r} is not lowercase hex")
    raw = bytes.fromhex(text)
    if not min_len <= len(raw) <= max_len:
        raise DamagedKeySlot(f"key slot field {name!r} has the wrong length")
    return raw


def _parse_slot(data: bytes) -> PassphraseSlot:
    if len(data) > _MAX_SLOT_BYTES:
        raise DamagedKeySlot("key slot is implausibly large")
    doc = json.loads(bytes(data).decode("utf-8"), object_pairs_hook=_reject_duplicates)
    if not isinstance(doc, dict) or set(doc) != _DOC_KEYS:
        raise DamagedKeySlot("key slot has an unexpected structure")
    version = doc["version"]
    if doc["format"] != SLOT_FORMAT or type(version) is not int:
        raise DamagedKeySlot("not a passphrase key slot")
    if version != SLOT_VERSION:
        raise DamagedKeySlot(f"unsupported key slot version {version}")
    params = KdfParams.from_dict(doc["kdf"])
    if not params_within_limits(params):
        raise DamagedKeySlot("key slot KDF parameters are out of range")
    return PassphraseSlot(
        params=params,
        verifier=_hex_field(doc, "verifier", _DIGEST_LENGTH, _DIGEST_LENGTH),
        wrapped=_hex_field(doc, "wrapped", NONCE_LENGTH + TAG_LENGTH, _MAX_SLOT_BYTES),
        checksum=_hex_field(doc, "checksum", _DIGEST_LENGTH, _DIGEST_LENGTH),
    )


def slot_checksum(params: KdfParams, verifier: bytes, wrapped: bytes) -> bytes:
    """The unkeyed damage-detection checksum over a slot's canonical contents."""
    canonical = _CHECKSUM_DOMAIN + length_prefixed(
        ALGORITHM.encode("ascii"),
        params.memory_kib.to_bytes(8, "big", signed=True),
        params.iterations.to_bytes(8, "big", signed=True),
        params.lanes.to_bytes(8, "big", signed=True),
        params.salt,
        verifier,
        wrapped,
    )
    return hashlib.sha256(canonical).digest()


def _derive_subkeys(passphrase: str, params: KdfParams) -> tuple[SecretKey, SecretKey]:
    """(verify_key, wrap_key); the caller must wipe both."""
    with derive_kek(passphrase, params) as kek:
        verify_key = hkdf_subkey(kek, info=_VERIFY_INFO)
        wrap_key = hkdf_subkey(kek, info=_WRAP_INFO)
    return verify_key, wrap_key


def _verifier(verify_key: SecretKey) -> bytes:
    return hmac.new(verify_key._borrow(), _VERIFIER_MESSAGE, hashlib.sha256).digest()


def create_slot(
    passphrase: str, payload: bytes, params: KdfParams, context: bytes
) -> PassphraseSlot:
    """Wrap ``payload`` under ``passphrase``; ``context`` must be given to open it."""
    check_params(params)
    verify_key, wrap_key = _derive_subkeys(passphrase, params)
    with verify_key, wrap_key:
        verifier = _verifier(verify_key)
        wrapped = aead_seal(wrap_key, payload, _WRAP_AD_PREFIX + context)
    return PassphraseSlot(
        params=params,
        verifier=verifier,
        wrapped=wrapped,
        checksum=slot_checksum(params, verifier, wrapped),
    )


def open_slot(passphrase: str, slot: PassphraseSlot, context: bytes) -> bytes:
    """Return the payload, or raise exactly one of the documented errors.

    Order: WeakKdfParameters, then DamagedKeySlot (checksum), then
    WrongPassphrase (verifier), then DamagedKeySlot (authentication).
    """
    check_params(slot.params)
    expected = slot_checksum(slot.params, slot.verifier, slot.wrapped)
    if not hmac.compare_digest(expected, slot.checksum):
        raise DamagedKeySlot("key slot checksum does not match; the slot is damaged")
    verify_key, wrap_key = _derive_subkeys(passphrase, slot.params)
    with verify_key, wrap_key:
        if not hmac.compare_digest(_verifier(verify_key), slot.verifier):
            raise WrongPassphrase("the passphrase is not correct")
        try:
            return aead_open(wrap_key, slot.wrapped, _WRAP_AD_PREFIX + context)
        except IntegrityError:
            raise DamagedKeySlot(
                "key slot failed authentication; it was altered or belongs elsewhere"
            ) from None


def rewrap_slot(
    old_passphrase: str,
    new_passphrase: str,
    slot: PassphraseSlot,
    params_for_new: KdfParams,
    context: bytes,
) -> PassphraseSlot:
    """Re-protect a slot's payload under a new passphrase (pass fresh new_params())."""
    check_params(params_for_new)
    payload = open_slot(old_passphrase, slot, context)
    return create_slot(new_passphrase, payload, params_for_new, context)
