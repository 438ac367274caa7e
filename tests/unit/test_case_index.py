"""The case list index: decrypted summaries per role, one audit entry, search and filters."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import Team

from barnahus.services import audit
from barnahus.services.case_index import (
    FACT_SOURCES,
    NEXT_INTERVIEW,
    PLAN_REVIEW_DUE,
    CaseEntry,
    CaseQuery,
    InterviewFilter,
    ReviewFilter,
    StatusFilter,
    build_case_index,
    select_cases,
    sort_cases,
)
from barnahus.services.cases import close_case
from barnahus.services.profile_records import open_new_case, save_profile
from barnahus.services.records import records_of_case


def test_index_per_role_with_one_audit_entry(team: Team) -> None:
    wren = open_new_case(team.db, team.coordinator, "Wren", "C-1")
    record = records_of_case(team.db, wren.id, "child_profile")[0].id
    save_profile(
        team.db,
        team.coordinator,
        record,
        {"pseudonym": "Wren", "date_of_birth": "2012-04-17", "guardian_name": "Greta"},
    )
    open_new_case(team.db, team.coordinator, "Pebble", "C-2")
    close_case(team.db, team.coordinator, "C-2")
    with team.db.transaction() as tx:
        before = len(tx.audit_records())
    index = build_case_index(team.db, team.interviewer, dt.date(2026, 11, 26))
    with team.db.transaction() as tx:
        after = tx.audit_records()
    assert len(after) == before + 1
    assert after[-1].action == audit.CASE_LIST_VIEWED
    assert after[-1].detail == "2 profiles"
    assert "Wren" not in after[-1].detail
    by_number = {e.case_number: e for e in index.entries}
    assert by_number["C-1"].child == "Wren"
    assert by_number["C-1"].age == 14
    assert by_number["C-1"].guardian_missing is False
    assert by_number["C-2"].guardian_missing is True
    assert by_number["C-2"].status == "closed"

    admin_index = build_case_index(team.db, team.admin)
    assert not admin_index.profiles_readable
    assert {e.child for e in admin_index.entries} == {""}


def test_fact_sources_plug_in(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    case = open_new_case(team.db, team.coordinator, "Wren", "C-1")
    soon = dt.date(2026, 11, 30)
    monkeypatch.setitem(
        FACT_SOURCES, NEXT_INTERVIEW, lambda _db, _k, cases, _today: {c.id: soon for c in cases}
    )
    index = build_case_index(team.db, team.coordinator)
    assert index.facts == {NEXT_INTERVIEW, PLAN_REVIEW_DUE}
    assert index.entry(case.id) is not None
    assert index.entries[0].next_interview == soon


def _entry(number: str, **kw: object) -> CaseEntry:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return CaseEntry(number, number, str(kw.pop("status", "open")), now, now, **kw)  # type: ignore[arg-type]


def test_queries_and_sorting() -> None:
    today = dt.date(2026, 11, 26)
    entries = [
        _entry(
            "A-1",
            child="Wren",
            search_text="a-1 wren lirien",
            guardian_missing=False,
            next_interview=today + dt.timedelta(days=3),
            plan_review_due=today - dt.timedelta(days=1),
        ),
        _entry(
            "A-2",
            child="pebble",
            search_text="a-2 pebble",
            guardian_missing=True,
            plan_review_due=today + dt.timedelta(days=10),
        ),
        _entry("A-3", status="closed", search_text="a-3"),
    ]

    def numbers(query: CaseQuery) -> list[str]:
        return [e.case_number for e in select_cases(entries, query, today)]

    assert numbers(CaseQuery()) == ["A-1", "A-2"]
    assert numbers(CaseQuery(status=StatusFilter.ALL)) == ["A-1", "A-2", "A-3"]
    assert numbers(CaseQuery(text="LIRIEN  a-1")) == ["A-1"]
    assert numbers(CaseQuery(guardian_missing_only=True)) == ["A-2"]
    assert numbers(CaseQuery(interview=InterviewFilter.WITHIN_WEEK)) == ["A-1"]
    assert numbers(CaseQuery(interview=InterviewFilter.NONE_SCHEDULED)) == ["A-2"]
    assert numbers(CaseQuery(review=ReviewFilter.OVERDUE)) == ["A-1"]
    assert numbers(CaseQuery(review=ReviewFilter.WITHIN_TWO_WEEKS)) == ["A-2"]
    assert [e.case_number for e in sort_cases(entries, "child", False)] == ["A-2", "A-1", "A-3"]
    assert [e.case_number for e in sort_cases(entries, "child", True)] == ["A-1", "A-2", "A-3"]
    assert [e.case_number for e in sort_cases(entries, PLAN_REVIEW_DUE, True)] == [
        "A-2",
        "A-1",
        "A-3",
    ]
