"""Recovery keys that a person can write down and type back in.

If a user forgets their passphrase, the recovery key (printed and locked
away) is the only way back to their data, so it must be strong enough to
need no key stretching (256 random bits) and typo-proof: a mistyped key must
be reported as a typo, not as "wrong key" after an expensive attempt.

Format: 32 key bytes followed by a 3-byte checksum (35 bytes, 280 bits),
written as 56 characters of RFC 4648 base32 in 8 groups of 7, e.g.
``ABCDEFG-HIJKLMN-...``.  The checksum sits in the final characters; a
random typo slips through with probability 2**-24.

Parsing tolerates lowercase, spaces, line breaks, missing dashes and any
Unicode dash (copy-paste from PDFs), and reads the digits 0, 1 and 8 as the
letters O, I and B (those digits are not in the alphabet, so this cannot
turn one valid key into another).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

from .errors import WrongPassphrase
from .secret import KEY_LENGTH, SecretKey

_CHECKSUM_BYTES = 3
_CHECKSUM_DOMAIN = b"barnahus-recovery-checksum"
_GROUP_LENGTH = 7
_ENCODED_LENGTH = 56  # base32 of KEY_LENGTH + _CHECKSUM_BYTES bytes, no padding
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(key_bytes: bytes) -> bytes:
    return hashlib.sha256(_CHECKSUM_DOMAIN + key_bytes).digest()[:_CHECKSUM_BYTES]


def generate_recovery_key() -> str:
    """A fresh random recovery key in display form; show it to the user once."""
    key_bytes = secrets.token_bytes(KEY_LENGTH)
    encoded = base64.b32encode(key_bytes + _checksum(key_bytes)).decode("ascii")
    groups = (encoded[i : i + _GROUP_LENGTH] for i in range(0, len(encoded), _GROUP_LENGTH))
    return "-".join(groups)


def parse_recovery_key(text: str) -> SecretKey:
    """Turn typed text back into the key; WrongPassphrase on any mistake."""
    kept = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Pd")
    if not kept.isascii():
        raise WrongPassphrase("recovery key contains invalid characters")
    cleaned = kept.upper().translate(_LOOKALIKES)
    if len(cleaned) != _ENCODED_LENGTH:
        raise WrongPassphrase("recovery key has the wrong number of characters")
    if not set(cleaned) <= _ALPHABET:
        raise WrongPassphrase("recovery key contains invalid characters")
    decoded = base64.b32decode(cleaned)
    key_bytes, check = decoded[:KEY_LENGTH], decoded[KEY_LENGTH:]
    if not hmac.compare_digest(_checksum(key_bytes), check):
        raise WrongPassphrase("recovery key checksum does not match; check for typos")
    return SecretKey(key_bytes)
