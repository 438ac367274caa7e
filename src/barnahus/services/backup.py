"""Encrypted backups of a whole store, and restoring one into a new store file.

Why the file is encrypted as a whole: the content columns of a store are already sealed per
field, but its metadata (case numbers, account names, timestamps, who worked on what) is plain
inside the SQLite file, and a backup travels further than the workstation (USB disks, a
centre's file server). So the snapshot is taken with SQLite's backup API into memory, never a
temporary file, and sealed under a fresh random 256-bit backup key.

Who can open it: every account that was active when the backup was made, with the passphrase it
had then. The header carries, per account, a copy of the account's passphrase key slot (already
Argon2id-protected, so copying it adds no weakness) and the backup key wrapped to the account's
X25519 public key. The recovery key cannot open a backup: it is never available while backing
up. Account names are not in the header; each slot carries a salted hash of the name, so the
file shows no names (a person who guesses a name can still confirm the guess).

File layout (integers big-endian)::

    magic b"BARNAHUS-BACKUP\\0" (16) | version (1) | header length (4) | header (JSON, UTF-8)
    chunk 0 | chunk 1 | ... | chunk n-1

Every chunk holds ``CHUNK_SIZE`` bytes of the SQLite image except the last, which holds the
rest. Each chunk is :func:`barnahus.crypto.wrap.wrap_with_key` output (version, nonce,
AES-256-GCM ciphertext and tag) whose associated data binds the SHA-256 of everything before
the first chunk, the chunk's index and whether it is the last. An edited header, a flipped
bit, reordered, dropped or appended chunks and a file cut short all fail authentication.

Known limit: anyone who can open a backup knows its key and could build a different, valid
backup; the format protects against outsiders and damage, not against a former colleague who
held a passphrase.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from barnahus.crypto.errors import CryptoError, WrongPassphrase
from barnahus.crypto.identity import UserKeys, unwrap_with_private, wrap_to_public
from barnahus.crypto.keyslot import PassphraseSlot, open_slot
from barnahus.crypto.secret import SecretKey
from barnahus.crypto.wrap import unwrap_with_key, wrap_with_key
from barnahus.errors import AuthenticationFailed, IntegrityFailure, StoreUnavailable, UsageError
from barnahus.roles import Role
from barnahus.services import audit
from barnahus.services.common import new_id, passphrase_slot_context, utc_now
from barnahus.services.keyring import Keyring
from barnahus.services.passphrase_policy import normalise
from barnahus.services.signin import WRONG_CREDENTIALS
from barnahus.services.store_access import open_database
from barnahus.services.store_info import STORE_ID_KEY
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import Account

MAGIC = b"BARNAHUS-BACKUP\x00"
FORMAT_VERSION = 1
CHUNK_SIZE = 1 << 20
_PREAMBLE = struct.Struct(">BI")  # version, header length
_MAX_HEADER_BYTES = 16 << 20
_WRAP_OVERHEAD = 1 + 12 + 16  # wrap_with_key: version byte, nonce, GCM tag
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_KEYS = frozenset(
    {"store_id", "backup_id", "created_at", "chunk_size", "name_salt", "slots"}
)
_SLOT_KEYS = frozenset({"user_id", "name_tag", "passphrase_slot", "wrapped_key"})

DAMAGED = "The backup file is damaged."
NOT_A_BACKUP = "That file is not a Barnahus Desk backup."


# Authenticated contexts of this format. They follow the scheme of services.common and are
# listed here because no other module builds or opens backups.
def backup_key_context(backup_id: str, user_id: str) -> bytes:
    return b"barnahus|backup-key|" + backup_id.encode() + b"|" + user_id.encode()


def chunk_context(header_hash: bytes, index: int, final: bool) -> bytes:
    return b"barnahus|backup-chunk|" + header_hash + index.to_bytes(8, "big") + bytes([final])


def name_tag(salt: bytes, name: str) -> str:
    return hashlib.sha256(b"barnahus|backup-name|" + salt + name.encode()).hexdigest()


@dataclass(frozen=True)
class _Slot:
    user_id: str
    name_tag: str
    passphrase_slot: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class _Header:
    store_id: str
    backup_id: str
    created_at: str
    chunk_size: int
    name_salt: bytes
    slots: tuple[_Slot, ...]

    def to_json(self) -> bytes:
        doc = {
            "store_id": self.store_id,
            "backup_id": self.backup_id,
            "created_at": self.created_at,
            "chunk_size": self.chunk_size,
            "name_salt": self.name_salt.hex(),
            "slots": [
                {
                    "user_id": s.user_id,
                    "name_tag": s.name_tag,
                    "passphrase_slot": s.passphrase_slot.decode("ascii"),
                    "wrapped_key": s.wrapped_key.hex(),
                }
                for s in self.slots
            ],
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_json(cls, raw: bytes) -> _Header:
        """Strict parse; any surprise is damage (the magic already said it is a backup)."""
        try:
            doc = json.loads(raw.decode("ascii"))
            if not isinstance(doc, dict) or set(doc) != _HEADER_KEYS:
                raise ValueError("unexpected header")
            chunk_size = doc["chunk_size"]
            if type(chunk_size) is not int or not 1 <= chunk_size <= 64 * CHUNK_SIZE:
                raise ValueError("bad chunk size")
            slots = []
            for item in doc["slots"]:
                if not isinstance(item, dict) or set(item) != _SLOT_KEYS:
                    raise ValueError("unexpected slot")
                slots.append(
                    _Slot(
                        _text(item["user_id"]),
                        _text(item["name_tag"]),
                        _text(item["passphrase_slot"]).encode("ascii"),
                        bytes.fromhex(_text(item["wrapped_key"])),
                    )
                )
            return cls(
                _text(doc["store_id"]),
                _text(doc["backup_id"]),
                _text(doc["created_at"]),
                chunk_size,
                bytes.fromhex(_text(doc["name_salt"])),
                tuple(slots),
            )
        except (ValueError, TypeError, KeyError, UnicodeDecodeError, RecursionError) as exc:
            raise IntegrityFailure(DAMAGED) from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _preamble(header_json: bytes) -> bytes:
    return MAGIC + _PREAMBLE.pack(FORMAT_VERSION, len(header_json)) + header_json


# create ------------------------------------------------------------------------------------
Progress = Callable[[int, int], None]


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def create_backup(
    db: StoreDatabase, keyring: Keyring, out: Path, progress: Progress | None = None
) -> None:
    """Write an encrypted, consistent backup of ``db`` to ``out`` (replaced atomically, 0600).

    Only an administrator may back up. The ``backup_created`` audit entry (target: the backup
    id, which the header also carries; detail: the store's size in bytes when the backup
    began) is committed first, so the backup contains the record of its own making. The entry
    therefore records the attempt: if the file cannot be written, the error says so.
    """
    keyring.require_role(Role.ADMINISTRATOR)
    path = db.path
    if path is None:
        raise UsageError("Back up a server database with the database server's own tools.")
    if not out.parent.is_dir():
        raise UsageError("The folder for the backup file does not exist.")
    if out.resolve() in {p.resolve() for p in (path, *_sidecars(path))}:
        raise UsageError("A backup cannot be written over the store itself; choose another file.")
    backup_id = new_id()
    size = _store_size(db)
    with db.transaction() as tx:
        audit.append(
            tx,
            audit.BACKUP_CREATED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=backup_id,
            detail=f"{size} bytes",
        )
    image, store_id, accounts = _snapshot(db)
    backup_key = SecretKey.generate()
    try:
        salt = secrets.token_bytes(16)
        header = _Header(
            store_id=store_id,
            backup_id=backup_id,
            created_at=utc_now().isoformat(timespec="seconds"),
            chunk_size=CHUNK_SIZE,
            name_salt=salt,
            slots=tuple(
                _Slot(
                    a.id,
                    name_tag(salt, a.name),
                    a.passphrase_slot,
                    wrap_to_public(
                        a.public_encryption,
                        backup_key.material(),
                        backup_key_context(backup_id, a.id),
                    ),
                )
                for a in sorted(accounts, key=lambda a: a.id)  # random ids: order tells nothing
            ),
        )
        preamble = _preamble(header.to_json())
        header_hash = hashlib.sha256(preamble).digest()
        total = max(1, -(-len(image) // CHUNK_SIZE))
        _report(progress, 0, total)

        def chunks() -> Iterator[bytes]:
            for index, piece, final in _pieces(image, CHUNK_SIZE):
                yield wrap_with_key(backup_key, piece, chunk_context(header_hash, index, final))
                _report(progress, index + 1, total)

        _write_atomically(out, preamble, chunks())
    finally:
        backup_key.wipe()


def _store_size(db: StoreDatabase) -> int:
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        page_count = cursor.execute("PRAGMA page_count").fetchone()[0]
        page_size = cursor.execute("PRAGMA page_size").fetchone()[0]
        cursor.close()
    finally:
        raw.close()
    return int(page_count) * int(page_size)


def _snapshot(db: StoreDatabase) -> tuple[bytes, str, list[Account]]:
    """The store's SQLite image, plus its store id and active accounts read from that image.

    Reading accounts from the snapshot itself (not the live store) means the key slots are
    exactly the accounts inside the backup, even if someone adds a colleague meanwhile.
    """
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        source.backup(memory)
    finally:
        raw.close()
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        with StoreDatabase(engine).transaction() as tx:
            store_id = tx.get_meta(STORE_ID_KEY)
            accounts = [a for a in tx.accounts() if not a.disabled]
        image = memory.serialize()
    finally:
        engine.dispose()
        memory.close()
    if store_id is None:
        raise StoreUnavailable("That file is not a Barnahus Desk store.")
    return image, store_id, accounts


def _pieces(data: bytes, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """(index, bytes, is_last); an empty image still gives one (empty, last) piece."""
    count = max(1, -(-len(data) // size))
    for index in range(count):
        yield index, data[index * size : (index + 1) * size], index == count - 1


def _write_atomically(out: Path, preamble: bytes, chunks: Iterator[bytes]) -> None:
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(preamble)
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        _fsync_directory(out.parent)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink()
        raise StoreUnavailable("The backup file could not be written there.") from exc


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable; not possible (or needed) on every platform."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


# restore -----------------------------------------------------------------------------------
def restore_backup(
    backup_file: Path, target: Path, name: str, passphrase: str, progress: Progress | None = None
) -> None:
    """Decrypt ``backup_file`` into a new store at ``target``, opened with ``name``'s passphrase.

    Errors: a file that is not a backup is a usage error; a wrong account name or passphrase is
    an authentication failure; a damaged, cut or edited backup is an integrity failure. The
    restored store is migrated to the current schema and records ``store_restored``, signed by
    the person who restored it.
    """
    for path in (target, *_sidecars(target)):
        if path.exists():
            raise UsageError("A file already exists where the store would go; choose another path.")
    if not target.parent.is_dir():
        raise UsageError("The folder for the restored store does not exist.")
    try:
        data = backup_file.read_bytes()
    except OSError as exc:
        raise StoreUnavailable("The backup file could not be read.") from exc
    header, chunks_at = _read_header(data)
    slot = next((s for s in header.slots if s.name_tag == name_tag(header.name_salt, name)), None)
    if slot is None:
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    user_keys = _open_user_keys(slot, passphrase)
    try:
        raw_key = unwrap_with_private(
            user_keys, slot.wrapped_key, backup_key_context(header.backup_id, slot.user_id)
        )
        backup_key = SecretKey(raw_key)
    except CryptoError as exc:
        raise IntegrityFailure(DAMAGED) from exc
    with backup_key:
        image = _decrypt_chunks(backup_key, data, chunks_at, header.chunk_size, progress)
    if not image.startswith(_SQLITE_MAGIC):
        raise IntegrityFailure(DAMAGED)
    _write_store_file(target, image)
    try:
        _finish_restore(target, header, slot, user_keys)
    except BaseException:
        for path in (target, *_sidecars(target)):
            with suppress(OSError):
                path.unlink()
        raise


def _sidecars(target: Path) -> tuple[Path, ...]:
    return tuple(target.with_name(target.name + s) for s in ("-wal", "-shm", "-journal"))


def _read_header(data: bytes) -> tuple[_Header, int]:
    if not data.startswith(MAGIC):
        raise UsageError(NOT_A_BACKUP)
    start = len(MAGIC) + _PREAMBLE.size
    if len(data) < start:
        raise IntegrityFailure(DAMAGED)
    version, length = _PREAMBLE.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise UsageError("That backup was made by a newer version of Barnahus Desk.")
    if version != FORMAT_VERSION or length > _MAX_HEADER_BYTES or start + length > len(data):
        raise IntegrityFailure(DAMAGED)
    return _Header.from_json(data[start : start + length]), start + length


def _open_user_keys(slot: _Slot, passphrase: str) -> UserKeys:
    try:
        parsed = PassphraseSlot.from_bytes(slot.passphrase_slot)
        payload = open_slot(normalise(passphrase), parsed, passphrase_slot_context(slot.user_id))
        return UserKeys.from_private_bytes(payload)
    except WrongPassphrase as exc:
        raise AuthenticationFailed(WRONG_CREDENTIALS) from exc
    except (CryptoError, ValueError) as exc:
        raise IntegrityFailure(DAMAGED) from exc


def _decrypt_chunks(
    key: SecretKey, data: bytes, offset: int, chunk_size: int, progress: Progress | None = None
) -> bytes:
    header_hash = hashlib.sha256(data[:offset]).digest()
    stride = chunk_size + _WRAP_OVERHEAD
    total = max(1, -(-(len(data) - offset) // stride))
    image = bytearray()
    index = 0
    while True:
        final = len(data) - offset <= stride
        piece = data[offset : offset + stride]
        try:
            image += unwrap_with_key(key, piece, chunk_context(header_hash, index, final))
        except CryptoError as exc:
            raise IntegrityFailure(DAMAGED) from exc
        _report(progress, index + 1, total)
        if final:
            return bytes(image)
        offset += stride
        index += 1


def _write_store_file(target: Path, image: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(image)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_directory(target.parent)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink()
        raise StoreUnavailable("The restored store could not be written there.") from exc


def _finish_restore(target: Path, header: _Header, slot: _Slot, user_keys: UserKeys) -> None:
    """Check the image is the store the header describes, then audit the restore."""
    db = open_database(target)
    try:
        problems = db.integrity_check()
        if problems:
            raise IntegrityFailure(DAMAGED)
        with db.transaction() as tx:
            account = tx.account_by_id(slot.user_id)
            public = user_keys.public()
            if (
                tx.get_meta(STORE_ID_KEY) != header.store_id
                or account is None
                or account.public_encryption != public.encryption
                or account.public_signing != public.signing
            ):
                raise IntegrityFailure(DAMAGED)
            audit.append(
                tx,
                audit.STORE_RESTORED,
                actor_id=account.id,
                signer=user_keys,
                target=header.backup_id,
                detail=f"backup made {header.created_at}",
            )
    finally:
        db.dispose()
