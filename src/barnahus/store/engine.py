"""Create the SQLAlchemy engine with the durability and privacy settings the store relies on.

On SQLite: WAL (readers never block the autosave writer), synchronous=FULL (a saved revision
survives power loss), foreign keys, secure_delete (erased rows are overwritten, not just
unlinked), temp_store=MEMORY (no temporary files with sorted content) and a busy timeout.
The database file is created with umask 077 so only its owner can read it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def store_url(location: str | Path) -> URL:
    """A path becomes an SQLite URL; anything with ``://`` is taken as a database URL."""
    text = str(location)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).resolve()))


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def create_store_engine(location: str | Path) -> Engine:
    url = store_url(location)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        Path(url.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        old_umask = os.umask(0o077)
        try:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _apply_sqlite_pragmas)
            with engine.connect():
                pass  # creates the file (and WAL) under the private umask
        finally:
            os.umask(old_umask)
        return engine
    return create_engine(url, pool_pre_ping=True)


def is_sqlite(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "sqlite"


def sqlite_path(engine: Engine) -> Path | None:
    if not is_sqlite(engine) or not engine.url.database:
        return None
    return Path(engine.url.database)
