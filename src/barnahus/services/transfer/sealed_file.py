"""The encrypted wrapper of an export file: Argon2id over a file passphrase, then AES-GCM.

The header is checked before anyone is asked for a passphrase, and a wrong passphrase is told
apart from a damaged or tampered file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from barnahus.crypto.errors import CryptoError, WeakKdfParameters, WrongPassphrase
from barnahus.crypto.kdf import KdfParams
from barnahus.crypto.keyslot import PassphraseSlot, create_slot, open_slot
from barnahus.crypto.secret import SecretKey
from barnahus.crypto.wrap import unwrap_with_key, wrap_with_key
from barnahus.errors import (
    AuthenticationFailed,
    IntegrityFailure,
    UsageError,
)
from barnahus.services.transfer.checks import InvalidCaseFile
from barnahus.services.transfer.document import (
    _BODY_CONTEXT,
    _FILE_KEY_CONTEXT,
    _HEADER_KEYS,
    _MAGIC_FAMILY,
    CIPHER,
    ENCRYPTED_FORMAT,
    ENCRYPTED_MAGIC,
    MAX_FILE_BYTES,
    MAX_HEADER_BYTES,
    WRAPPER_VERSION,
    CaseDocument,
    _no_duplicates,
    parse_document,
)


def is_encrypted(raw: bytes) -> bool:
    return raw.startswith(_MAGIC_FAMILY)


def seal_file(plaintext: bytes, passphrase: str, params: KdfParams) -> bytes:
    """The encrypted wrapper: magic line, JSON header line, then the wrapped document."""
    with SecretKey.generate() as file_key:
        slot = create_slot(passphrase, file_key.material(), params, _FILE_KEY_CONTEXT)
        header = {
            "format": ENCRYPTED_FORMAT,
            "version": WRAPPER_VERSION,
            "cipher": CIPHER,
            "kdf": slot.params.to_dict(),
            "verifier": slot.verifier.hex(),
            "wrapped_key": slot.wrapped.hex(),
            "checksum": slot.checksum.hex(),
        }
        header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
        body = wrap_with_key(file_key, plaintext, _BODY_CONTEXT + header_bytes)
    return ENCRYPTED_MAGIC + header_bytes + b"\n" + body


def _header_slot(header_bytes: bytes) -> PassphraseSlot:
    damaged = IntegrityFailure("The export file is damaged; its header cannot be read.")
    try:
        header = json.loads(header_bytes.decode("ascii"), object_pairs_hook=_no_duplicates)
        if not isinstance(header, dict) or set(header) != _HEADER_KEYS:
            raise damaged
        if header["format"] != ENCRYPTED_FORMAT or header["cipher"] != CIPHER:
            raise damaged
        if header["version"] != WRAPPER_VERSION:
            raise UsageError("The export file was written by a newer Barnahus Desk.")
        return PassphraseSlot(
            KdfParams.from_dict(header["kdf"]),
            bytes.fromhex(header["verifier"]),
            bytes.fromhex(header["wrapped_key"]),
            bytes.fromhex(header["checksum"]),
        )
    except (ValueError, TypeError, AttributeError, CryptoError, InvalidCaseFile):
        raise damaged from None


def open_file(raw: bytes, passphrase: Callable[[], str]) -> bytes:
    """The plain JSON inside an encrypted export; errors tell passphrase from damage.

    The header is checked before ``passphrase`` is called, so nobody is asked to type a
    secret for a file that cannot be opened anyway."""
    if not raw.startswith(ENCRYPTED_MAGIC):
        raise UsageError("The export file was written by a newer Barnahus Desk.")
    rest = raw[len(ENCRYPTED_MAGIC) :]
    end = rest.find(b"\n", 0, MAX_HEADER_BYTES)
    if end < 0:
        raise IntegrityFailure("The export file is damaged; its header cannot be read.")
    header_bytes, body = rest[:end], rest[end + 1 :]
    slot = _header_slot(header_bytes)
    try:
        with SecretKey(open_slot(passphrase(), slot, _FILE_KEY_CONTEXT)) as file_key:
            return unwrap_with_key(file_key, body, _BODY_CONTEXT + header_bytes)
    except WrongPassphrase:
        raise AuthenticationFailed("The passphrase of the export file is not right.") from None
    except WeakKdfParameters:
        raise IntegrityFailure(
            "The export file's protection is weaker than allowed, so it was refused."
        ) from None
    except CryptoError:
        raise IntegrityFailure("The export file is damaged or was altered.") from None


def load_file(source: Path, file_passphrase: Callable[[], str]) -> tuple[CaseDocument, bool]:
    """Read, decrypt if needed, parse and validate; returns the document and whether it was
    encrypted. ``file_passphrase`` is only called for an encrypted file."""
    try:
        with source.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        raise UsageError("The case file could not be read.") from None
    if len(raw) > MAX_FILE_BYTES:
        raise UsageError(f"The case file is larger than {MAX_FILE_BYTES // 2**20} MiB.")
    if is_encrypted(raw):
        return parse_document(open_file(raw, file_passphrase)), True
    return parse_document(raw), False
