"""Read a few plaintext settings of an SQLite store without migrating or locking it.

Used at start-up to show whether a store exists and is a demo; it must be quick (it runs
while the window first paints) and must never change the file, so it opens it read-only with
the bare sqlite3 module instead of loading SQLAlchemy and Alembic.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


class NotAStore(Exception):
    """The file exists but is not a readable Barnahus Desk store."""


def read_meta(path: Path, keys: tuple[str, ...]) -> tuple[dict[str, str], int]:
    """The requested ``store_meta`` values and the number of accounts."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise NotAStore from exc
    try:
        marks = ",".join("?" for _ in keys)
        rows = connection.execute(
            f"SELECT key, value FROM store_meta WHERE key IN ({marks})", keys
        ).fetchall()
        accounts = connection.execute("SELECT count(*) FROM users").fetchone()[0]
    except sqlite3.Error as exc:
        raise NotAStore from exc
    finally:
        connection.close()
    return {str(k): str(v) for k, v in rows}, int(accounts)
