"""Every schema revision upgrades to head on open, after a safety copy of the store.

For each Alembic revision the project has, a store is created at exactly that revision and then
opened the way the app opens it (``services.store_access.open_database``): the store must end
at head, and when an upgrade was needed a ``*.bak`` snapshot at the old revision must sit next
to it, complete and readable. While 0001 is the only revision, the upgrade path is also driven
through a scratch copy of the migrations folder with one extra revision on top, including one
that fails half-way, which must leave the centre's store exactly as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from barnahus.services.store_access import open_database
from barnahus.services.store_info import STORE_ID_KEY
from barnahus.store import migrate
from barnahus.store.database import StoreDatabase

STORE_ID = "0f0e0d0c-0b0a-4908-8706-050403020100"


def _store_at(path: Path, revision: str) -> None:
    """A store whose schema is at ``revision``, with the one row open_database insists on."""
    db = StoreDatabase.connect(path)
    try:
        migrate.upgrade(db.engine, revision)
        assert migrate.current_revision(db.engine) == revision
    finally:
        db.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO store_meta (key, value) VALUES (?, ?)", (STORE_ID_KEY, STORE_ID)
        )


def _revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.before-*.bak"))


def _assert_sound_copy(backup: Path, revision: str) -> None:
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        meta = connection.execute(
            "SELECT value FROM store_meta WHERE key = ?", (STORE_ID_KEY,)
        ).fetchone()
    assert meta == (STORE_ID,)
    assert _revision_of(backup) == revision


def test_revisions_form_one_line_ending_at_head() -> None:
    revisions = migrate.all_revisions()

    assert revisions
    assert revisions[-1] == migrate.head_revision()
    assert len(set(revisions)) == len(revisions)


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_store_made_at_each_revision_opens_at_head(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "barnahus.sqlite3"
    _store_at(path, revision)

    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.transaction() as tx:
            assert tx.get_meta(STORE_ID_KEY) == STORE_ID
    finally:
        db.dispose()

    backups = _backups(path)
    if revision == migrate.head_revision():
        assert backups == []  # nothing to migrate, nothing copied
    else:
        assert len(backups) == 1
        _assert_sound_copy(backups[0], revision)


# An extra revision on top of the real ones, in a scratch copy of the migrations folder ----------
EXTRA_REVISION = '''
    """Scratch revision for tests: {doc}.

    Revision ID: 9999
    Revises: {down}
    """

    from __future__ import annotations

    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "{down}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("migration_probe", sa.Column("id", sa.Integer(), primary_key=True))
        op.add_column("cases", sa.Column("probe", sa.String(8), nullable=True))
        {fail}


    def downgrade() -> None:
        op.drop_column("cases", "probe")
        op.drop_table("migration_probe")
'''


@pytest.fixture
def extra_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> str:
    """Point ``store.migrate`` at a copy of the migrations with revision 9999 on top."""
    fail: bool = getattr(request, "param", False)
    base = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    text = EXTRA_REVISION.format(
        doc="fails half-way" if fail else "adds a table and a column",
        down=base,
        fail='raise RuntimeError("migration failed half-way")' if fail else "",
    )
    (scripts / "versions" / "9999_probe.py").write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    assert migrate.head_revision() == "9999"
    return base


def test_upgrade_takes_a_safety_copy_first(tmp_path: Path, extra_revision: str) -> None:
    path = tmp_path / "barnahus.sqlite3"
    _store_at(path, extra_revision)

    db = open_database(path)
    db.dispose()

    assert _revision_of(path) == "9999"
    (backup,) = _backups(path)
    assert "before-9999" in backup.name
    _assert_sound_copy(backup, extra_revision)
    assert backup.stat().st_mode & 0o077 == 0  # as private as the store itself


@pytest.mark.parametrize("extra_revision", [True], indirect=True, ids=["failing"])
def test_failed_upgrade_leaves_the_store_as_it_was(tmp_path: Path, extra_revision: str) -> None:
    path = tmp_path / "barnahus.sqlite3"
    _store_at(path, extra_revision)

    with pytest.raises(RuntimeError):
        open_database(path)

    assert _revision_of(path) == extra_revision
    with closing(sqlite3.connect(path)) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        columns = {r[1] for r in connection.execute("PRAGMA table_info(cases)")}
    assert "migration_probe" not in tables
    assert "probe" not in columns
    (backup,) = _backups(path)
    _assert_sound_copy(backup, extra_revision)
