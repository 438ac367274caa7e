"""The case list with 10,000 cases: search, filters and sorting behave, the index is built off
the GUI thread, and decrypted names go away on lock. (Speed is measured in
benchmarks/case_list.py, not here.)"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from tests.conftest import PASSPHRASES, make_team
from tests.gui.workspace_kit import (
    WAIT_MS,
    cases_area,
    open_window,
    press_lock,
    sign_in,
    unlock,
)

from barnahus.services.case_index import CaseQuery, StatusFilter, build_case_index, select_cases
from barnahus.services.cases import create_case
from barnahus.services.profile_records import new_profile_record, save_profile
from barnahus.services.signin import sign_in as service_sign_in

CASES = 10_000
PROFILE_EVERY = 10  # every tenth case has a profile: enough to search by name, quick to build


def _no_sync(connection: Any, _record: Any) -> None:
    connection.execute("PRAGMA synchronous=OFF")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    started = time.perf_counter()
    team = make_team(tmp_path_factory.mktemp("big") / "barnahus.sqlite3")
    # Durability is not under test here: skip the fsync of every commit while building.
    event.listen(team.db.engine, "connect", _no_sync)
    team.db.engine.dispose()
    try:
        for n in range(1, CASES + 1):
            case = create_case(team.db, team.coordinator, f"BH-2026-{n:05d}")
            if n % PROFILE_EVERY == 0:
                record = new_profile_record(team.db, team.coordinator, case.id)
                values = {"pseudonym": f"Child {n:05d}", "presumed_minor": True}
                if n % (2 * PROFILE_EVERY) == 0:
                    values["guardian_name"] = "Greta Placeholder"
                save_profile(team.db, team.coordinator, record, values)
    finally:
        team.db.dispose()
    built = time.perf_counter() - started
    assert built < 120, f"building {CASES} cases took {built:.0f} s"
    return team.path


def test_index_search_filter_sort(big_store: Path) -> None:
    from barnahus.services.store_access import open_database

    db = open_database(big_store)
    try:
        keyring = service_sign_in(db, "coordinator", PASSPHRASES["coordinator"])
        index = build_case_index(db, keyring)
        keyring.lock()
    finally:
        db.dispose()
    assert len(index.entries) == CASES
    named = [e for e in index.entries if e.child]
    assert len(named) == CASES // PROFILE_EVERY
    assert len(select_cases(index.entries, CaseQuery(text="bh-2026-09999"))) == 1
    assert [e.case_number for e in select_cases(index.entries, CaseQuery(text="child 00500"))] == [
        "BH-2026-00500"
    ]
    missing = select_cases(index.entries, CaseQuery(guardian_missing_only=True))
    assert len(missing) == CASES // PROFILE_EVERY // 2
    assert select_cases(index.entries, CaseQuery(status=StatusFilter.CLOSED)) == []


def test_the_list_shows_ten_thousand_cases(
    app: QApplication, qtbot: QtBot, big_store: Path
) -> None:
    window = open_window(qtbot, big_store)
    sign_in(qtbot, window, "coordinator", PASSPHRASES["coordinator"])
    page = cases_area(window).list_page
    assert page.model.rowCount() == 0 or page.loaded  # the index is built on the pool
    qtbot.waitUntil(lambda: page.model.rowCount() == CASES, timeout=60_000)
    assert page.count_label.text() == f"{CASES} cases shown · {CASES} in all"

    qtbot.keyClicks(page.search, "Child 0123")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.rows[0].case_number == "BH-2026-01230"
    page.search.clear()
    page.apply_query()

    page.reverse.setFocus()
    qtbot.keyClick(page.reverse, Qt.Key.Key_Space)  # sorting works from the keyboard too
    assert page.model.rows[0].case_number == "BH-2026-10000"
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a click on a heading
    assert not page.reverse.isChecked()
    child = page.model.column_keys().index("child")
    page.table.sortByColumn(child, Qt.SortOrder.AscendingOrder)
    assert page.model.rows[0].child == "Child 00010"
    assert page.model.rows[-1].child == ""  # cases without a readable name go last

    page.guardian.setChecked(True)
    assert page.model.rowCount() == CASES // PROFILE_EVERY // 2
    page.guardian.setChecked(False)

    press_lock(qtbot, window)
    assert page.model.rowCount() == 0
    unlock(qtbot, window, PASSPHRASES["coordinator"])
    qtbot.waitUntil(lambda: page.model.rowCount() == CASES, timeout=60_000)


def test_the_date_columns_show_the_next_interview_and_review(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """The columns are filled by the registered fact sources (services/case_facts.py)."""
    import copy
    import datetime as dt

    from barnahus.formdefs.interview import interview_setup
    from barnahus.services.demo_plans import plan_versions
    from barnahus.services.interviews import schedule_interview
    from barnahus.services.plans import approve_plan, submit_plan

    team = make_team(tmp_path / "barnahus.sqlite3")
    today = dt.date.today()
    interview, review = today + dt.timedelta(days=3), today + dt.timedelta(days=10)
    try:
        case = create_case(team.db, team.coordinator, "BH-2026-00001")
        at = dt.datetime.combine(interview, dt.time(12)).astimezone()
        room = interview_setup().rooms[0]
        schedule_interview(team.db, team.coordinator, case.id, at, room, team.interviewer.user_id)
        values = copy.deepcopy(plan_versions("DEMO-0001")[0])
        values["reviews"]["next_review"] = review.isoformat()
        submit_plan(team.db, team.psychologist, case.id, values)
        approve_plan(team.db, team.coordinator, case.id, 1)
    finally:
        team.db.dispose()
    window = open_window(qtbot, team.path)
    sign_in(qtbot, window, "coordinator", PASSPHRASES["coordinator"])
    page = cases_area(window).list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    model = page.model
    keys = model.column_keys()

    def text(key: str) -> str:
        return str(model.data(model.index(0, keys.index(key)), Qt.ItemDataRole.DisplayRole))

    assert text("next_interview") == interview.isoformat()
    # Review dates come in a second pass (case_index.DEFERRED_FACTS), after the list shows.
    qtbot.waitUntil(lambda: text("plan_review_due") == review.isoformat(), timeout=WAIT_MS)


def test_the_second_pass_keeps_the_current_row(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Review dates arriving later change cells, not the person's place in the list."""
    from PySide6.QtWidgets import QTableView

    from barnahus.gui.cases.case_table import CaseTableModel
    from barnahus.services.case_index import DEFERRED_FACTS, FACT_SOURCES, with_facts

    team = make_team(tmp_path / "barnahus.sqlite3")
    try:
        for number in ("BH-2026-00001", "BH-2026-00002", "BH-2026-00003"):
            create_case(team.db, team.coordinator, number)
        quick = [name for name in FACT_SOURCES if name not in DEFERRED_FACTS]
        first = build_case_index(team.db, team.coordinator, facts=quick)
        second = with_facts(first, team.db, team.coordinator, DEFERRED_FACTS)
    finally:
        team.db.dispose()
    model = CaseTableModel(team.coordinator.roles)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_index(first)
    view.setCurrentIndex(model.index(2, 0))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.add_facts(second)
    assert resets == []
    assert view.currentIndex().row() == 2
    assert model.index_data is second
