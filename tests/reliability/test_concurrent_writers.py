"""Several programs writing to one store at once never fail each other or fork the audit log.

A centre may have the app open while a colleague runs ``barnahus`` from a terminal, or two
windows sign in together. Each writer reads before it writes (the newest audit entry, the next
draft number), so the store must serialise whole transactions, not single statements. First a
direct check: an open store transaction keeps every other program from starting to write, even
before it has written anything itself. Then three child processes (``concurrent_writer.py``)
sign in at the same moment and sign in, save and read back as fast as they can: every step must
succeed and the audit chain must stay one unbroken line.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES
from tests.reliability.storekit import StoreCopy, Template, build_template

from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.records import create_record, revision_history
from barnahus.services.store_access import open_database

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

WRITER = Path(__file__).with_name("concurrent_writer.py")
WRITERS = ("coordinator", "interviewer", "psychologist")
ROUNDS = 8


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


def _another_program_can_start_writing(path: Path) -> bool:
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            return False
        other.execute("ROLLBACK")
        return True


def test_a_transaction_holds_the_write_lock_before_its_first_write(store: StoreCopy) -> None:
    """What a transaction read (here: the newest audit entry) cannot change under it.

    Otherwise two programs appending to the audit log at once both read entry N, both write
    N + 1, and one of them fails with a confusing "could not be reached".
    """
    assert _another_program_can_start_writing(store.path)
    with store.db.transaction() as tx:
        newest = tx.last_audit()
        assert newest is not None

        assert not _another_program_can_start_writing(store.path)
    assert _another_program_can_start_writing(store.path)


def test_simultaneous_writers_all_succeed_and_keep_one_audit_chain(
    template: Template, tmp_path: Path
) -> None:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    case = create_case(copy.db, copy.coordinator)
    records = {
        user: create_record(copy.db, copy.coordinator, case.id, "note", Compartment.IDENTITY).id
        for user in WRITERS
    }
    copy.close()
    children = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(copy.path), records[user], user, str(ROUNDS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user in WRITERS
    ]
    for child, user in zip(children, WRITERS, strict=True):
        assert child.stdin is not None
        child.stdin.write(PASSPHRASES[user] + "\n")
        child.stdin.flush()
    for child in children:  # everyone signs in at once, then waits at the start line
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
    outputs = [child.communicate("go\n", timeout=120) for child in children]

    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert out.splitlines() == [f"done {ROUNDS}"], out
    db = open_database(copy.path)
    try:
        assert db.integrity_check() == []
        with db.transaction() as tx:
            assert audit.check(tx) == []
            actions = [r.action for r in tx.audit_records()]
        assert actions.count(audit.RECORD_SAVED) == ROUNDS * len(WRITERS)
        assert actions.count(audit.RECORD_VIEWED) == ROUNDS * len(WRITERS)
        for record_id in records.values():
            assert [r.revision for r in revision_history(db, record_id)] == list(
                range(1, ROUNDS + 1)
            )
    finally:
        db.dispose()
