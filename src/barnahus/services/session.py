"""Open a store and sign one person in for the length of a ``with`` block.

Headless callers (the command line, scripts, benchmarks) do the same three things every time:
open the store, sign in, and afterwards drop the keys and close the engine even when the work in
between failed. Doing that in one place means no caller can forget to lock the keyring or leave
a connection pool (and its file handles) behind.

The passphrase is asked for through a callable, after the store has been opened, so that a
missing or damaged store is reported before anyone is asked to type a secret.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from barnahus.services.keyring import Keyring
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.database import StoreDatabase


@dataclass(frozen=True)
class Session:
    """An open store and the keys of the person signed in to it."""

    db: StoreDatabase
    keyring: Keyring


@contextmanager
def open_store(location: str | Path) -> Iterator[StoreDatabase]:
    """The store at ``location``, migrated and checked; the engine is disposed on exit."""
    db = open_database(location)
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def open_session(
    location: str | Path, name: str, passphrase: Callable[[], str]
) -> Iterator[Session]:
    """Open the store, sign ``name`` in, and lock the keys and close the store on exit."""
    with open_store(location) as db:
        keyring = sign_in(db, name, passphrase())
        try:
            yield Session(db, keyring)
        finally:
            keyring.lock()
