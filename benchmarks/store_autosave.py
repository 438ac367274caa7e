"""Autosave latency (p50/p99 of 200 saves of a 2 KB note) against a raw durable SQLite insert.

A draft must be on disk within seconds of typing stopping, and a save must never make typing
stutter. Each autosave writes an encrypted, bound draft in its own durable transaction
(WAL, ``synchronous=FULL``). The baseline is what durability alone costs: a raw sqlite3 INSERT
and COMMIT of the same number of bytes with the same settings, in the same folder. The two
alternate save by save, so both meet the same disk.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from barnahus.roles import Compartment
from barnahus.services.autosave import Autosaver
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record
from benchmarks.store_support import build_team
from benchmarks.timing import Budget, Sample, group, report, scaled

SAVES = 200
QUICK_SAVES = 20
NOTE_BYTES = 2048


def _text(i: int) -> str:
    line = "The child said she would like to start school after the holidays. "
    return (line * (NOTE_BYTES // len(line) + 1))[: NOTE_BYTES - 8] + f"{i:08d}"


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE drafts (id INTEGER PRIMARY KEY, body BLOB)")
    return connection


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _measure(folder: Path) -> tuple[Sample, Sample]:
    db, keyrings = build_team(folder / "autosave.sqlite3", ["psychologist"])
    keyring = keyrings["psychologist"]
    raw = _raw_connection(folder / "raw.sqlite3")
    try:
        case = create_case(db, keyring)
        record = create_record(db, keyring, case.id, "note", Compartment.CAREPLAN)
        saver = Autosaver(db, keyring, record.id)
        saver.edit(RecordContent("Plan", {"text": _text(-1)}))
        saver.flush()  # the first save creates the case key; not what typing feels like

        def raw_save() -> None:
            raw.execute("BEGIN")
            raw.execute("INSERT INTO drafts (body) VALUES (?)", (os.urandom(NOTE_BYTES),))
            raw.execute("COMMIT")

        raw_seconds, autosave_seconds = [], []
        for i in range(scaled(SAVES, QUICK_SAVES)):
            raw_seconds.append(_timed(raw_save))
            saver.edit(RecordContent("Plan", {"text": _text(i)}))
            autosave_seconds.append(_timed(saver.flush))
            assert saver.pending is None
    finally:
        raw.close()
        db.dispose()
    return (
        Sample("raw INSERT+COMMIT (WAL, FULL)", raw_seconds),
        Sample("Autosaver.flush (encrypted draft)", autosave_seconds),
    )


def run() -> None:
    saves = scaled(SAVES, QUICK_SAVES)
    group(f"Autosave latency, {saves} saves of a {NOTE_BYTES // 1024} KB note:")
    with tempfile.TemporaryDirectory() as tmp:
        baseline, measured = _measure(Path(tmp))
    report(baseline, baseline)
    report(measured, baseline, Budget(20, "ms", "p99"))
    print(
        f"  p99: {measured.percentile(99) * 1000:.2f} ms "
        f"(baseline {baseline.percentile(99) * 1000:.2f} ms)"
    )
