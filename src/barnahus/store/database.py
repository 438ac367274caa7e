"""The store's single door: short transactions with database errors turned into plain sentences.

Services never touch SQLAlchemy sessions; they get a :class:`Tx` whose methods read and write
rows and hand back :mod:`barnahus.store.entities`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from barnahus.errors import IntegrityFailure, StoreUnavailable
from barnahus.store.engine import create_store_engine, is_sqlite, sqlite_path
from barnahus.store.tx_accounts import AccountsTx
from barnahus.store.tx_audit import AuditTx
from barnahus.store.tx_cases import CasesTx
from barnahus.store.tx_interviews import InterviewsTx


class Tx(AccountsTx, CasesTx, AuditTx, InterviewsTx):
    """Everything one transaction can do; the mixins keep each table family in its own module."""

    def __init__(self, session: Session) -> None:
        self.session = session


def translate_database_error(exc: Exception) -> StoreUnavailable | IntegrityFailure:
    """Map driver errors to one sentence; the driver's own text may quote SQL, so drop it."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "locked" in message or "busy" in message:
        return StoreUnavailable(
            "The store is busy in another program; nothing was lost, please try again."
        )
    if "full" in message or "no space" in message:
        return StoreUnavailable(
            "The disk is full, so the last change could not be saved; free some space "
            "and save again."
        )
    if "readonly" in message or "read-only" in message or "permission" in message:
        return StoreUnavailable("The store cannot be written: it is read-only.")
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return IntegrityFailure("The store file is damaged or is not a Barnahus Desk store.")
    return StoreUnavailable("The store could not be reached.")


class StoreDatabase:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def connect(cls, location: str | Path) -> StoreDatabase:
        try:
            return cls(create_store_engine(location))
        except DatabaseError as exc:
            raise translate_database_error(exc) from exc

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        try:
            with self._sessions() as session, session.begin():
                if is_sqlite(self.engine):
                    # pysqlite would only BEGIN at the first INSERT/UPDATE, so the reads before
                    # it (the last audit entry, the next draft number) could be stale when
                    # another program writes at the same time. Take the write lock up front
                    # (waiting up to the busy timeout); WAL readers elsewhere are not blocked.
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield Tx(session)
        except (OperationalError, DatabaseError) as exc:
            raise translate_database_error(exc) from exc

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so erased pages leave the WAL."""
        if is_sqlite(self.engine):
            with self.engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def integrity_check(self) -> list[str]:
        if not is_sqlite(self.engine):
            return []
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
        return [] if rows == ["ok"] else [str(r) for r in rows]

    def dispose(self) -> None:
        self.engine.dispose()
