"""Shared helpers for the store's security and reliability suites (no tests in here).

Building a team store costs about a second of Argon2id, so each test module builds one
*template* team once and every test works on its own byte-for-byte copy of it, signing people
in only when the test needs them. The raw-``sqlite3`` helpers damage a store the way a bad
disk or someone with write access to the file would: below SQLAlchemy and below the services,
so nothing in the code under test can notice the edit before it reads the rows back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from tests.conftest import PASSPHRASES, make_team

from barnahus.services.keyring import Keyring
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.migrate import snapshot_sqlite

STORE_FILE = "barnahus.sqlite3"


@dataclass(frozen=True)
class Template:
    """A finished team store on disk (everyone granted, nobody signed in any more)."""

    path: Path
    recovery_key: str


def build_template(directory: Path) -> Template:
    team = make_team(directory / STORE_FILE)
    for keyring in (team.admin, team.coordinator, team.interviewer, team.psychologist):
        keyring.lock()
    team.db.checkpoint()
    team.db.dispose()
    return Template(team.path, team.recovery_key)


class StoreCopy:
    """A private copy of a template store, opened through the app's own ``open_database``.

    ``admin``, ``coordinator``, ``interviewer`` and ``psychologist`` sign in on first use and
    stay signed in; :meth:`sign_in` always signs in afresh (a new keyring with no cached keys).
    """

    def __init__(self, template: Template, path: Path) -> None:
        snapshot_sqlite(template.path, path)
        self.path = path
        self.recovery_key = template.recovery_key
        self.db = open_database(path)

    def sign_in(self, name: str) -> Keyring:
        return sign_in(self.db, name, PASSPHRASES[name])

    @cached_property
    def admin(self) -> Keyring:
        return self.sign_in("admin")

    @cached_property
    def coordinator(self) -> Keyring:
        return self.sign_in("coordinator")

    @cached_property
    def interviewer(self) -> Keyring:
        return self.sign_in("interviewer")

    @cached_property
    def psychologist(self) -> Keyring:
        return self.sign_in("psychologist")

    def close(self) -> None:
        self.db.dispose()


@contextmanager
def raw_sql(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the store file, committed and closed on exit."""
    with closing(sqlite3.connect(path)) as connection, connection:
        yield connection


def read_blob(path: Path, sql: str, *params: object) -> bytes:
    with raw_sql(path) as connection:
        row = connection.execute(sql, params).fetchone()
    assert row is not None, f"no row for {sql!r}"
    return bytes(row[0])


def write_value(path: Path, sql: str, *params: object) -> None:
    """Run one UPDATE/DELETE and insist it touched at least one row (else the test is void)."""
    with raw_sql(path) as connection:
        changed = connection.execute(sql, params).rowcount
    assert changed >= 1, f"tampering statement changed nothing: {sql!r}"


def flip_bit(blob: bytes, position: int, bit: int = 0) -> bytes:
    """``blob`` with one bit inverted; ``position`` may be negative like an index."""
    data = bytearray(blob)
    data[position] ^= 1 << bit
    return bytes(data)
