"""Turn a human passphrase into a key-encryption key (KEK) with Argon2id.

Passphrases are the weakest secret in the system, and a stolen database can
be attacked offline at leisure.  Argon2id makes each guess expensive in both
time and memory.  The parameters are stored next to the data they protect,
so this module also enforces a floor: an attacker who can edit the database
must not be able to lower the cost (WeakKdfParameters), and a ceiling, so a
corrupted or hostile record cannot make the app allocate absurd amounts of
memory before anything else has been checked.

Passphrases are NFC-normalised before use so that the same visible text
typed on different keyboards or operating systems (which may produce
composed or decomposed accents) derives the same key.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import CryptoError, WeakKdfParameters
from .secret import KEY_LENGTH, SecretKey

DEFAULT_MEMORY_KIB = 262144
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
FLOOR_MEMORY_KIB = 65536
FLOOR_ITERATIONS = 3
FLOOR_SALT_BYTES = 16
SALT_BYTES = 16

# Sanity ceilings: far above anything this app writes, low enough that a
# damaged record cannot exhaust the workstation before it is rejected.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64
MAX_SALT_BYTES = 64

ALGORITHM = "argon2id"
_DICT_KEYS = frozenset({"algorithm", "memory_kib", "iterations", "lanes", "salt"})


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class KdfParams:
    """Everything needed to re-derive a KEK, except the passphrase.

    Construction only checks types, not strength: weak parameters must be
    representable so that they can be detected and refused by check_params.
    """

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            if not _is_int(getattr(self, name)):
                raise TypeError(f"KdfParams.{name} must be an int")
        if not isinstance(self.salt, bytes):
            raise TypeError("KdfParams.salt must be bytes")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly form for storage, including the algorithm name."""
        return {
            "algorithm": ALGORITHM,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KdfParams:
        """Strict inverse of to_dict; raises CryptoError on anything unexpected."""
        if not isinstance(data, Mapping) or set(data.keys()) != _DICT_KEYS:
            raise CryptoError("KDF parameters have an unexpected shape")
        if data["algorithm"] != ALGORITHM:
            raise CryptoError("unsupported key-derivation algorithm")
        values = (data["memory_kib"], data["iterations"], data["lanes"])
        if not all(_is_int(v) for v in values):
            raise CryptoError("KDF parameters must be integers")
        salt = data["salt"]
        if not isinstance(salt, str) or not _is_lower_hex(salt):
            raise CryptoError("KDF salt must be lowercase hex")
        return cls(
            memory_kib=data["memory_kib"],
            iterations=data["iterations"],
            lanes=data["lanes"],
            salt=bytes.fromhex(salt),
        )


def _is_lower_hex(text: str) -> bool:
    return len(text) % 2 == 0 and all(c in "0123456789abcdef" for c in text)


def check_params(p: KdfParams) -> None:
    """Refuse parameters that are too weak (WeakKdfParameters) or absurd.

    Values above the sanity ceilings raise the base CryptoError: they are
    not weak, but they are not something this app would ever have written.
    """
    if (
        p.memory_kib < FLOOR_MEMORY_KIB
        or p.iterations < FLOOR_ITERATIONS
        or p.lanes < 1
        or len(p.salt) < FLOOR_SALT_BYTES
    ):
        raise WeakKdfParameters(
            "key-derivation parameters are below the minimum "
            f"(memory >= {FLOOR_MEMORY_KIB} KiB, iterations >= {FLOOR_ITERATIONS}, "
            f"lanes >= 1, salt >= {FLOOR_SALT_BYTES} bytes)"
        )
    if not params_within_limits(p):
        raise CryptoError("key-derivation parameters exceed the supported maximum")


def params_within_limits(p: KdfParams) -> bool:
    """False if any parameter is above the sanity ceilings (floors not checked)."""
    return (
        p.memory_kib <= MAX_MEMORY_KIB
        and p.iterations <= MAX_ITERATIONS
        and p.lanes <= MAX_LANES
        and len(p.salt) <= MAX_SALT_BYTES
    )


def new_params(
    memory_kib: int = DEFAULT_MEMORY_KIB,
    iterations: int = DEFAULT_ITERATIONS,
    lanes: int = DEFAULT_LANES,
) -> KdfParams:
    """Parameters with a fresh random salt; refuses anything below the floor."""
    params = KdfParams(
        memory_kib=memory_kib,
        iterations=iterations,
        lanes=lanes,
        salt=secrets.token_bytes(SALT_BYTES),
    )
    check_params(params)
    return params


def normalise_passphrase(p: str) -> bytes:
    """NFC-normalise and UTF-8-encode a passphrase.

    Only normalisation is applied: no trimming or case folding, because
    those would silently weaken passphrases.  Unpaired surrogates cannot
    come from a keyboard and have no stable encoding, so they are refused.
    """
    normalised = unicodedata.normalize("NFC", p)
    try:
        return normalised.encode("utf-8")
    except UnicodeEncodeError:
        # The original exception would quote the offending character.
        raise CryptoError("passphrase contains invalid characters") from None


def derive_kek(passphrase: str, params: KdfParams) -> SecretKey:
    """Derive the key-encryption key; checks the parameters first."""
    check_params(params)
    secret = normalise_passphrase(passphrase)
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return SecretKey._derive_into(lambda buf: kdf.derive_into(secret, buf))
