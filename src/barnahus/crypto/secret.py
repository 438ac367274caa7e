"""A container for 32-byte symmetric keys that keeps them out of logs.

Keys are passed around the application a lot (keyrings, unwrapping, session
state).  Wrapping them in one type means a stray ``repr()``, f-string or
pickle cannot write key bytes to a log file or crash report, gives every key
a stable public identifier, and lets a key be zeroed when a session locks.

Honest limitation: Python cannot guarantee that secrets are erased from
memory.  ``wipe()`` zeroes this object's own ``bytearray``, but copies made
by ``material()``, by the interpreter, by the allocator or by the operating
system (swap, hibernation files, core dumps) are outside its reach.  Wiping
reduces how long key bytes linger; it is not a guarantee.  Protection of a
running, unlocked workstation ultimately relies on the operating system.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from types import TracebackType
from typing import NoReturn

from .errors import CryptoError

KEY_LENGTH = 32
KEY_ID_LENGTH = 16
_KEY_ID_DOMAIN = b"barnahus-key-id"


class SecretKey:
    """A 256-bit key held in a mutable buffer so that it can be zeroed.

    Supports ``with`` blocks: the key is wiped when the block exits.
    Instances refuse to be pickled or copied, so they cannot be serialised
    by accident.
    """

    __slots__ = ("_buf", "_wiped")

    def __init__(self, material: bytes | bytearray | memoryview) -> None:
        buf = bytearray(material)
        if len(buf) != KEY_LENGTH:
            buf[:] = bytes(len(buf))
            raise CryptoError(f"a secret key must be exactly {KEY_LENGTH} bytes")
        self._buf = buf
        self._wiped = False

    @classmethod
    def generate(cls) -> SecretKey:
        """Create a fresh key from the operating system's CSPRNG."""
        return cls(secrets.token_bytes(KEY_LENGTH))

    @classmethod
    def _derive_into(cls, fill: Callable[[bytearray], int]) -> SecretKey:
        """Let a KDF write straight into the key's own buffer.

        Package-internal: avoids an immutable ``bytes`` copy of derived keys.
        ``fill`` must write exactly KEY_LENGTH bytes and return that count.
        """
        key = cls.__new__(cls)
        key._buf = bytearray(KEY_LENGTH)
        key._wiped = False
        written = fill(key._buf)
        if written != KEY_LENGTH:
            key.wipe()
            raise CryptoError("key derivation produced the wrong length")
        return key

    def _borrow(self) -> bytearray:
        """Package-internal access to the live buffer, for primitives that copy it.

        Lets AES-GCM and HKDF read the key without creating a ``bytes`` copy
        that could not be wiped.  Callers must not keep or modify the buffer.
        """
        self._check_usable()
        return self._buf

    @property
    def key_id(self) -> bytes:
        """A stable 16-byte identifier that reveals nothing useful about the key."""
        self._check_usable()
        digest = hashlib.sha256()
        digest.update(_KEY_ID_DOMAIN)
        digest.update(self._buf)
        return digest.digest()[:KEY_ID_LENGTH]

    def material(self) -> bytes:
        """Return a copy of the key bytes (an immutable copy that cannot be wiped)."""
        self._check_usable()
        return bytes(self._buf)

    @property
    def wiped(self) -> bool:
        """Whether ``wipe()`` has been called."""
        return self._wiped

    def wipe(self) -> None:
        """Zero the key buffer; any later use raises CryptoError. Idempotent."""
        # Same-length slice assignment overwrites the existing allocation
        # in place rather than allocating a new one.
        self._buf[:] = bytes(len(self._buf))
        self._wiped = True

    def _check_usable(self) -> None:
        if self._wiped:
            raise CryptoError("secret key has been wiped")

    def __enter__(self) -> SecretKey:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __del__(self) -> None:
        # Best effort only; see the module docstring.
        buf = getattr(self, "_buf", None)
        if buf is not None:
            buf[:] = bytes(len(buf))

    def __repr__(self) -> str:
        if self._wiped:
            return "SecretKey(<wiped>)"
        return f"SecretKey(key_id={self.key_id.hex()})"

    __str__ = __repr__

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError("SecretKey must not be pickled or copied")

    def __copy__(self) -> NoReturn:
        raise TypeError("SecretKey must not be pickled or copied")

    def __deepcopy__(self, memo: object) -> NoReturn:
        raise TypeError("SecretKey must not be pickled or copied")
