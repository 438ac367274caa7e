"""Open a store holding 10,000 cases and list them, against a raw sqlite3 SELECT of the rows.

A centre accumulates cases for years (retention is ten years by default), and the case list is
the first screen after signing in. The baseline reads the same columns of the same rows with
the standard library alone; the ratio is what the store layer (SQLAlchemy, the migration check
on open, plain dataclasses) adds.

The store is built once per run, in a temporary folder, through the real service
(``create_case``: one transaction and one signed audit entry per case) at the fast KDF. Its
build time is printed too, since it shows what creating a case costs in a store that size.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from barnahus.services.cases import create_case, list_cases
from barnahus.services.store_access import open_database
from benchmarks.store_support import build_team, time_interleaved
from benchmarks.timing import group, report, scaled

FULL_CASES = 10_000
REPEAT = 7
RAW_SELECT = (
    "SELECT id, case_number, status, created_at, updated_at, closed_at "
    "FROM cases ORDER BY case_number"
)


def _build(path: Path, cases: int) -> None:
    db, keyrings = build_team(path, ["coordinator"])
    try:
        for n in range(1, cases + 1):
            create_case(db, keyrings["coordinator"], f"BH-2026-{n:05d}")
    finally:
        db.dispose()


def run() -> None:
    cases = scaled(FULL_CASES, 300)
    group(f"Open a store with {cases:,} cases and list them:")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.sqlite3"
        started = time.perf_counter()
        _build(path, cases)
        built = time.perf_counter() - started
        print(
            f"  (built through create_case in {built:.1f} s, {built / cases * 1000:.2f} ms a case)"
        )

        def raw_open_and_select() -> None:
            connection = sqlite3.connect(path)
            try:
                assert len(connection.execute(RAW_SELECT).fetchall()) == cases
            finally:
                connection.close()

        def open_and_list() -> None:
            db = open_database(path)
            try:
                assert len(list_cases(db)) == cases
            finally:
                db.dispose()

        connection = sqlite3.connect(path)
        db = open_database(path)
        try:
            open_base, opened, list_base, listed = time_interleaved(
                [
                    ("raw sqlite3 connect + SELECT", raw_open_and_select),
                    ("open_database + list_cases", open_and_list),
                    (
                        "raw SELECT (connection open)",
                        lambda: connection.execute(RAW_SELECT).fetchall(),
                    ),
                    ("list_cases (store open)", lambda: list_cases(db)),
                ],
                scaled(REPEAT, 2),
            )
        finally:
            db.dispose()
            connection.close()
    report(open_base, open_base)
    report(opened, open_base)
    report(list_base, list_base)
    report(listed, list_base)
