"""What can be said about a store before anyone signs in: whether it exists, is a demo.

Only plaintext metadata is read, so this needs no passphrase; the GUI calls it off the GUI
thread to show a "demo store" banner and the first-run flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barnahus.errors import BarnahusError
from barnahus.services.store_access import DEMO_KEY, open_database


@dataclass(frozen=True)
class StoreSummary:
    location: str
    exists: bool
    is_demo: bool = False
    accounts: int = 0
    problem: str = ""


def describe_store(location: str | Path) -> StoreSummary:
    text = str(location)
    if "://" not in text and not Path(text).is_file():
        return StoreSummary(text, exists=False)
    try:
        db = open_database(location)
    except BarnahusError as exc:
        return StoreSummary(text, exists=True, problem=exc.message)
    try:
        with db.transaction() as tx:
            return StoreSummary(text, True, tx.get_meta(DEMO_KEY) == "1", tx.count_accounts())
    finally:
        db.dispose()
