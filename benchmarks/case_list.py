"""The case list with 10,000 cases: build the decrypted index, then search and sort it.

The case list shows each child's pseudonym, age and guardian, which are encrypted; searching
and sorting by them needs the plaintext. The index is built once after sign-in, off the GUI
thread (``services/case_index.build_case_index``: one query for the cases, one for the newest
profile of each, one for the case keys, then AES-GCM in memory), and every keystroke in the
search box filters and sorts it in memory.

- Index: against ``list_cases`` (the plaintext metadata alone) in the same store, so the ratio
  is what decrypting the profiles adds.
- Search and sort: one typed search plus a sort by the child's name, against a bare Python scan
  of the same 10,000 strings. Budget: 50 ms, well inside the 200 ms typing pause the list waits
  for before filtering.

The store is built through the real services (``open_new_case``: a case, its profile record and
a signed first revision) at the fast KDF; the build skips the per-commit fsync, which is not
what is measured.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from barnahus.services.case_index import CaseQuery, build_case_index, select_cases, sort_cases
from barnahus.services.cases import list_cases
from barnahus.services.profile_records import open_new_case
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from benchmarks.store_support import PASSPHRASE, build_team, time_interleaved
from benchmarks.timing import Budget, group, report, scaled

FULL_CASES = 10_000
REPEAT = 7


def _no_sync(connection: Any, _record: Any) -> None:
    connection.execute("PRAGMA synchronous=OFF")


def _build(path: Path, cases: int) -> None:
    db, keyrings = build_team(path, ["coordinator"])
    event.listen(db.engine, "connect", _no_sync)
    db.engine.dispose()
    try:
        for n in range(1, cases + 1):
            open_new_case(db, keyrings["coordinator"], f"Child {n:05d}", f"BH-2026-{n:05d}")
    finally:
        for keyring in keyrings.values():
            keyring.lock()
        db.dispose()


_stores: dict[int, tuple[tempfile.TemporaryDirectory[str], Path]] = {}


def case_store(cases: int) -> Path:
    """The store of ``cases`` cases, built once per run and shared with ``case_list_gui``;
    its temporary folder goes when the run ends. Nothing in it changes what is measured:
    the benchmarks only sign in and read it."""
    if cases not in _stores:
        folder = tempfile.TemporaryDirectory()
        path = Path(folder.name) / "cases.sqlite3"
        started = time.perf_counter()
        _build(path, cases)
        print(f"  (built through open_new_case in {time.perf_counter() - started:.1f} s)")
        _stores[cases] = (folder, path)
    return _stores[cases][1]


def run() -> None:
    cases = scaled(FULL_CASES, 300)
    group(f"Case list of {cases:,} cases with profiles (decrypted index, search, sort):")
    path = case_store(cases)
    db = open_database(path)
    keyring = sign_in(db, "coordinator", PASSPHRASE)
    try:
        listed, indexed = time_interleaved(
            [
                ("list_cases (metadata only)", lambda: list_cases(db)),
                (
                    "build_case_index (profiles decrypted)",
                    lambda: build_case_index(db, keyring),
                ),
            ],
            scaled(REPEAT, 2),
        )
        entries = build_case_index(db, keyring).entries
    finally:
        keyring.lock()
        db.dispose()

    query = CaseQuery(text="child 00")

    def bare_scan() -> object:
        return [e for e in entries if "child 00" in e.search_text]

    def search_and_sort() -> object:
        return sort_cases(select_cases(entries, query), "child", False)

    scan, searched = time_interleaved(
        [
            ("bare scan of the search texts", bare_scan),
            ("select_cases + sort_cases by child", search_and_sort),
        ],
        scaled(REPEAT * 3, 2),
    )
    report(listed, listed)
    report(indexed, listed)
    report(scan, scan)
    report(searched, scan, Budget(50, "ms"))
