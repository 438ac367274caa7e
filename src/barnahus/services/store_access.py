"""Create a new store or open an existing one (migrating it first, after a safety copy)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from barnahus.crypto.errors import CryptoError
from barnahus.crypto.kdf import (
    DEFAULT_ITERATIONS,
    DEFAULT_LANES,
    DEFAULT_MEMORY_KIB,
    KdfParams,
    check_params,
    new_params,
)
from barnahus.errors import StoreUnavailable, UsageError
from barnahus.services.common import new_id
from barnahus.services.store_info import DEMO_KEY, STORE_ID_KEY
from barnahus.store import migrate
from barnahus.store.database import StoreDatabase, Tx

KDF_KEY = "kdf_defaults"
RETENTION_KEY = "retention_days"
DEFAULT_RETENTION_DAYS = 3650


@dataclass(frozen=True)
class KdfChoice:
    """The Argon2id cost a store uses for new key slots (never below the floor)."""

    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    def fresh_params(self) -> KdfParams:
        return new_params(self.memory_kib, self.iterations, self.lanes)


def _is_url(location: str | Path) -> bool:
    return "://" in str(location)


def _exists(location: str | Path) -> bool:
    return _is_url(location) or Path(location).is_file()


def create_database(location: str | Path, kdf: KdfChoice) -> StoreDatabase:
    """A new, empty, migrated store. Refuses to overwrite an existing one."""
    if _exists(location) and not _is_url(location):
        raise UsageError("A store already exists at that location; choose another path.")
    try:
        check_params(KdfParams(kdf.memory_kib, kdf.iterations, kdf.lanes, b"\0" * 16))
    except CryptoError as exc:
        raise UsageError(
            "The key-derivation settings are below the allowed minimum of 64 MiB and 3 passes."
        ) from exc
    db = StoreDatabase.connect(location)
    migrate.upgrade(db.engine)
    with db.transaction() as tx:
        if tx.get_meta(STORE_ID_KEY) is not None:
            raise UsageError("A store already exists at that location; choose another path.")
        tx.set_meta(STORE_ID_KEY, new_id())
        tx.set_meta(KDF_KEY, json.dumps(kdf.__dict__))
        tx.set_meta(RETENTION_KEY, str(DEFAULT_RETENTION_DAYS))
    return db


def open_database(location: str | Path) -> StoreDatabase:
    if not _exists(location):
        raise StoreUnavailable(
            "There is no store at that location; create one with 'barnahus init'."
        )
    db = StoreDatabase.connect(location)
    try:
        migrate.upgrade(db.engine)
        with db.transaction() as tx:
            if tx.get_meta(STORE_ID_KEY) is None:
                raise StoreUnavailable("That file is not a Barnahus Desk store.")
    except Exception:
        db.dispose()
        raise
    return db


def kdf_choice(tx: Tx) -> KdfChoice:
    raw = tx.get_meta(KDF_KEY)
    return KdfChoice(**json.loads(raw)) if raw else KdfChoice()


def is_demo(tx: Tx) -> bool:
    return tx.get_meta(DEMO_KEY) == "1"
