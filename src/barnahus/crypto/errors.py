"""Exception types for the crypto layer.

Callers must be able to tell *why* something failed without ever seeing
secret material: a wrong passphrase is a user mistake, a damaged key slot
needs a restore from backup, and a failed authentication check may mean
tampering.  Keeping these as distinct types lets the UI respond correctly,
and keeping every message generic guarantees that logging an exception can
never leak plaintext or key bytes.  Nothing in this package may put
plaintext, passphrases or key material into an exception message.
"""

from __future__ import annotations


class CryptoError(Exception):
    """Root of every error this package raises on purpose."""


class WrongPassphrase(CryptoError):
    """The passphrase (or recovery key) does not open the key slot."""


class DamagedKeySlot(CryptoError):
    """The stored key slot is corrupt or has been tampered with.

    Distinct from WrongPassphrase so that the user is not told to retype a
    passphrase that is in fact correct.
    """


class WeakKdfParameters(CryptoError):
    """Stored key-derivation parameters are below the accepted floor.

    Refused rather than used, so an attacker who can edit the database
    cannot silently downgrade the cost of guessing passphrases.
    """


class UnknownEnvelopeVersion(CryptoError):
    """A ciphertext carries a format version this code does not understand."""


class IntegrityError(CryptoError):
    """Authenticated decryption failed.

    Raised for flipped bits, truncated data, ciphertext moved to another
    place in the database, or the wrong key; the cases are deliberately not
    told apart.
    """


class UnknownKey(CryptoError):
    """A ciphertext names a key id that is not in the supplied keyring."""
