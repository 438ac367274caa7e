"""A full disk or a locked store never costs typed text, and is explained in one sentence.

The faults are real SQLite conditions, not mocks: ``PRAGMA max_page_count`` on the engine's
own connections makes every growing write fail with SQLITE_FULL, and a second connection
holding ``BEGIN EXCLUSIVE`` makes writers time out with SQLITE_BUSY. In both cases the
autosaver must report a :class:`StoreUnavailable` whose message is a single plain sentence
that does not quote the text, keep the text in ``pending``, write nothing half-way, and save
it on the first try after the condition clears.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from tests.reliability.storekit import StoreCopy, Template, build_template, raw_sql

from barnahus.errors import StoreUnavailable
from barnahus.roles import Compartment
from barnahus.services.autosave import Autosaver
from barnahus.services.cases import create_case
from barnahus.services.records import (
    RecordContent,
    create_record,
    latest_draft,
    read_record,
    save_draft,
)
from barnahus.store.database import StoreDatabase

pytestmark = pytest.mark.reliability

SECRET_WORDS = "Lena said the man in the blue van took her to the lake"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


@pytest.fixture
def saver(store: StoreCopy) -> Autosaver:
    case = create_case(store.db, store.interviewer)
    record = create_record(store.db, store.interviewer, case.id, "note", Compartment.INTERVIEW)
    save_draft(store.db, store.interviewer, record.id, RecordContent("earlier draft"))
    return Autosaver(store.db, store.interviewer, record.id)


@contextmanager
def pragma_on_every_connection(db: StoreDatabase, pragma: str) -> Iterator[None]:
    """Run ``pragma`` on each new pooled connection; the pool is emptied on entry and exit."""

    def apply(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    event.listen(db.engine, "connect", apply)
    db.engine.dispose()
    try:
        yield
    finally:
        event.remove(db.engine, "connect", apply)
        db.engine.dispose()


def _page_counts(db: StoreDatabase) -> tuple[int, int, int]:
    with db.engine.connect() as connection:
        page_size, page_count, free = (
            connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
            for name in ("page_size", "page_count", "freelist_count")
        )
    return int(page_size), int(page_count), int(free)


@contextmanager
def disk_full(db: StoreDatabase) -> Iterator[int]:
    """The store cannot grow by a single page; yields a size no free space can absorb."""
    page_size, page_count, free = _page_counts(db)
    with pragma_on_every_connection(db, f"PRAGMA max_page_count={page_count}"):
        yield (free + 32) * page_size


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """Another process holds the write lock; our writers give up after 200 ms, not 5 s."""
    with closing(sqlite3.connect(path, isolation_level=None, timeout=0)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")


def _kept(saver: Autosaver) -> RecordContent | None:
    """The text the autosaver still holds (a call, so type checkers do not pin it)."""
    return saver.pending


def _assert_plain_sentence(error: object, *secrets: str) -> StoreUnavailable:
    assert isinstance(error, StoreUnavailable)
    message = error.message
    assert message == str(error)
    assert message[0].isupper()
    assert message.endswith(".")
    assert message.count(". ") == 0
    assert "\n" not in message
    for word in ("sqlite", "INSERT", "SELECT", "UPDATE", "OperationalError", "[SQL"):
        assert word.lower() not in message.lower()
    for secret in secrets:
        assert secret[:20] not in message
    return error


@contextmanager
def fault(store: StoreCopy, kind: str) -> Iterator[int]:
    """Hold the fault for the ``with`` block; yields how much text a write must carry."""
    if kind == "disk full":
        with disk_full(store.db) as size:
            yield size
    else:
        with (
            pragma_on_every_connection(store.db, "PRAGMA busy_timeout=200"),
            locked_by_another_program(store.path),
        ):
            yield 0


FAULTS = {"disk full": "disk is full", "locked": "busy"}


def _drafts(path: Path) -> int:
    with raw_sql(path) as connection:
        return int(connection.execute("SELECT count(*) FROM drafts").fetchone()[0])


@pytest.mark.parametrize("kind", FAULTS)
def test_failed_autosave_keeps_the_text_and_saves_it_once_the_fault_clears(
    store: StoreCopy, saver: Autosaver, kind: str
) -> None:
    drafts_before = _drafts(store.path)
    with fault(store, kind) as size:
        content = RecordContent("Interview notes", {"text": SECRET_WORDS + " " + "x" * size})
        saver.edit(content)

        assert saver.flush() is False
        error = _assert_plain_sentence(saver.last_error, SECRET_WORDS, "Interview notes")
        assert FAULTS[kind] in error.message
        assert _kept(saver) == content
        assert saver.flush() is False  # still failing: still kept, still not written
        assert _kept(saver) == content
    assert _drafts(store.path) == drafts_before
    assert store.db.integrity_check() == []

    assert saver.flush() is True
    assert _kept(saver) is None
    assert saver.last_error is None
    draft = latest_draft(store.db, store.interviewer, saver.record_id)
    assert draft is not None
    assert draft.content == content


def test_tick_retries_a_failed_save_without_new_typing(store: StoreCopy, saver: Autosaver) -> None:
    now = [100.0]
    saver.clock = lambda: now[0]
    content = RecordContent("Interview notes", {"text": SECRET_WORDS})
    with fault(store, "locked"):
        saver.edit(content)
        now[0] += 2.5
        assert saver.tick() is False
        assert isinstance(saver.last_error, StoreUnavailable)

    now[0] += 0.1  # nothing typed since; the save is still due and is retried
    assert saver.tick() is True
    draft = latest_draft(store.db, store.interviewer, saver.record_id)
    assert draft is not None
    assert draft.content == content


@pytest.mark.parametrize("kind", FAULTS)
def test_failed_explicit_save_keeps_the_text(store: StoreCopy, saver: Autosaver, kind: str) -> None:
    with fault(store, kind) as size:
        content = RecordContent("Final notes", {"text": SECRET_WORDS + " " + "x" * size})
        with pytest.raises(StoreUnavailable) as caught:
            saver.save(content)
        _assert_plain_sentence(caught.value, SECRET_WORDS, "Final notes")
        assert _kept(saver) == content

    number = saver.save()
    assert _kept(saver) is None
    assert read_record(store.db, store.interviewer, saver.record_id, number).content == content
