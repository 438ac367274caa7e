"""Per-user key pairs: one for receiving access, one for signing.

Each staff member has an X25519 key pair, so that a colleague (or an
administrator) can grant them access to a case by wrapping the case key to
their *public* key without ever knowing their passphrase, and an Ed25519
key pair, so that actions such as audit entries can be attributed to them
and checked later.  Private keys are only ever stored inside a
passphrase-protected key slot (``to_private_bytes`` is the slot payload).

Grant layout: ``version (1 byte, = 1) | ephemeral X25519 public (32) |
nonce (12) | AES-256-GCM ciphertext+tag``.  The AES key comes from HKDF over
the X25519 shared secret, salted with both public keys and labelled with
the caller's context, so a grant made for one recipient or purpose cannot be
reused for another.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)

from ._primitives import NONCE_LENGTH, TAG_LENGTH, aead_open, aead_seal, hkdf_subkey
from .errors import CryptoError, IntegrityError, UnknownEnvelopeVersion
from .secret import SecretKey

GRANT_VERSION = 1
RAW_KEY_LENGTH = 32
_GRANT_HEADER_LENGTH = 1 + RAW_KEY_LENGTH
_MIN_GRANT_LENGTH = _GRANT_HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH
_GRANT_INFO_PREFIX = b"barnahus-grant|"


@dataclass(frozen=True)
class UserPublicKeys:
    """Raw 32-byte public keys, safe to store in clear and share."""

    encryption: bytes
    signing: bytes

    def __post_init__(self) -> None:
        for name in ("encryption", "signing"):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != RAW_KEY_LENGTH:
                raise CryptoError(f"{name} public key must be {RAW_KEY_LENGTH} bytes")


@dataclass(repr=False, eq=False)
class UserKeys:
    """A user's private keys; repr shows only public fingerprints."""

    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> UserKeys:
        return cls(
            encryption=X25519PrivateKey.generate(),
            signing=Ed25519PrivateKey.generate(),
        )

    def to_private_bytes(self) -> bytes:
        """Raw 32 + 32 bytes, meant only as the payload of a key slot."""
        return self.encryption.private_bytes_raw() + self.signing.private_bytes_raw()

    @classmethod
    def from_private_bytes(cls, b: bytes) -> UserKeys:
        if len(b) != 2 * RAW_KEY_LENGTH:
            raise CryptoError("private key material has the wrong length")
        return cls(
            encryption=X25519PrivateKey.from_private_bytes(b[:RAW_KEY_LENGTH]),
            signing=Ed25519PrivateKey.from_private_bytes(b[RAW_KEY_LENGTH:]),
        )

    def public(self) -> UserPublicKeys:
        return UserPublicKeys(
            encryption=self.encryption.public_key().public_bytes_raw(),
            signing=self.signing.public_key().public_bytes_raw(),
        )

    def __repr__(self) -> str:
        pub = self.public()
        return (
            f"UserKeys(encryption_public={pub.encryption.hex()[:16]}..., "
            f"signing_public={pub.signing.hex()[:16]}...)"
        )


def _grant_key(
    shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes, context: bytes
) -> SecretKey:
    return hkdf_subkey(
        shared,
        salt=ephemeral_pub + recipient_pub,
        info=_GRANT_INFO_PREFIX + context,
    )


def wrap_to_public(recipient: bytes, payload: bytes, context: bytes) -> bytes:
    """Encrypt ``payload`` so that only the holder of ``recipient`` can read it."""
    try:
        recipient_key = X25519PublicKey.from_public_bytes(recipient)
    except ValueError:
        raise CryptoError("recipient public key is invalid") from None
    ephemeral = X25519PrivateKey.generate()
    ephemeral_pub = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(recipient_key)
    except ValueError:
        # Low-order points give an all-zero secret that anyone could compute.
        raise CryptoError("recipient public key is invalid") from None
    header = bytes([GRANT_VERSION]) + ephemeral_pub
    with _grant_key(shared, ephemeral_pub, recipient, context) as key:
        return header + aead_seal(key, payload, header)


def unwrap_with_private(keys: UserKeys, blob: bytes, context: bytes) -> bytes:
    """Inverse of wrap_to_public; IntegrityError for anything not meant for us."""
    if len(blob) < 1:
        raise IntegrityError("grant is empty")
    if blob[0] != GRANT_VERSION:
        raise UnknownEnvelopeVersion(f"unsupported grant version {blob[0]}")
    if len(blob) < _MIN_GRANT_LENGTH:
        raise IntegrityError("grant is too short")
    header = bytes(blob[:_GRANT_HEADER_LENGTH])
    ephemeral_pub = header[1:]
    try:
        shared = keys.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_pub))
    except ValueError:
        raise IntegrityError("grant failed authentication") from None
    recipient_pub = keys.encryption.public_key().public_bytes_raw()
    with _grant_key(shared, ephemeral_pub, recipient_pub, context) as key:
        return aead_open(key, blob[_GRANT_HEADER_LENGTH:], header)


def sign(keys: UserKeys, message: bytes) -> bytes:
    """Ed25519 signature; callers should prefix ``message`` with a purpose label."""
    return keys.signing.sign(message)


def verify_signature(signing_public: bytes, message: bytes, signature: bytes) -> bool:
    """True only for a valid signature; malformed keys or signatures give False."""
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
