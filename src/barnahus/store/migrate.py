"""Bring a store's schema up to date with Alembic, after a safety copy of the file.

The app migrates on open. A copy is taken first because a failed migration on a centre's only
workstation must never cost them their cases.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from barnahus.store.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first (tests upgrade a store made at each of them)."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def snapshot_sqlite(source: Path, target: Path) -> None:
    """Copy a live SQLite store consistently (WAL included) with SQLite's backup API."""
    import os

    target.parent.mkdir(parents=True, exist_ok=True)
    old_umask = os.umask(0o077)
    try:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    finally:
        os.umask(old_umask)


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Upgrade to ``revision``; returns the safety copy taken before (if any was needed)."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup: Path | None = None
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.before-{target}-{stamp}.bak")
        snapshot_sqlite(path, backup)
    config = _config()
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # pysqlite opens a transaction only before INSERT/UPDATE/DELETE, so DDL would
            # commit statement by statement and a failing migration would leave the store
            # half-migrated (and unopenable). Begin explicitly: a failure rolls back whole.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return backup
