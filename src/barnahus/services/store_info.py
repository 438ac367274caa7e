"""What can be said about a store before anyone signs in: whether it exists, is a demo.

Only plaintext metadata is read, so this needs no passphrase; the GUI calls it off the GUI
thread to show a "demo store" banner and to choose the first-run flow. SQLite files are only
peeked at read-only; a server store is opened normally.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barnahus.errors import BarnahusError

DEMO_KEY = "demo"
STORE_ID_KEY = "store_id"


@dataclass(frozen=True)
class StoreSummary:
    location: str
    exists: bool
    is_demo: bool = False
    accounts: int = 0
    problem: str = ""


def _describe_server(location: str) -> StoreSummary:
    from barnahus.services.store_access import open_database

    try:
        db = open_database(location)
    except BarnahusError as exc:
        return StoreSummary(location, exists=True, problem=exc.message)
    try:
        with db.transaction() as tx:
            return StoreSummary(location, True, tx.get_meta(DEMO_KEY) == "1", tx.count_accounts())
    finally:
        db.dispose()


def describe_store(location: str | Path) -> StoreSummary:
    text = str(location)
    if "://" in text:
        return _describe_server(text)
    path = Path(text)
    if not path.is_file():
        return StoreSummary(text, exists=False)
    from barnahus.store.peek import NotAStore, read_meta

    try:
        meta, accounts = read_meta(path, (DEMO_KEY, STORE_ID_KEY))
    except NotAStore:
        return StoreSummary(
            text, exists=True, problem="That file is not a Barnahus Desk store or is damaged."
        )
    if STORE_ID_KEY not in meta:
        return StoreSummary(text, exists=True, problem="That file is not a Barnahus Desk store.")
    return StoreSummary(text, True, meta.get(DEMO_KEY) == "1", accounts)
