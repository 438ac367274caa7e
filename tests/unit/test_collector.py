"""The garbage collector's pause around PDF layouts: counted, so pauses nest and overlap."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from tests.conftest import Team

from barnahus.collector import collector_paused


def test_pauses_nest_and_the_collector_comes_back() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_overlapping_pauses_on_two_threads() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the worker's pause outlives this one
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_an_error_inside_still_ends_the_pause() -> None:
    try:
        with collector_paused():
            raise ValueError("layout failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_the_plan_pdf_is_laid_out_with_the_collector_paused(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service pauses it itself, so previews, prints and exports all get the pause."""
    import barnahus.services.plan_pdf as plan_pdf
    from barnahus.services.cases import create_case
    from barnahus.services.demo_plans import plan_versions
    from barnahus.services.plans import save_plan

    case_id = create_case(team.db, team.coordinator, "BH-GC-1").id
    save_plan(team.db, team.psychologist, case_id, plan_versions("DEMO-0001")[0])
    seen: list[bool] = []
    from barnahus.reports.plan_professional import build_professional_pdf as real_build

    def build_and_note(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_build(*args, **kwargs)  # the real reportlab layout

    monkeypatch.setattr(plan_pdf, "build_professional_pdf", build_and_note)
    pdf = plan_pdf.preview_plan_pdf(
        team.db, team.coordinator, case_id, plan_pdf.Audience.PROFESSIONAL, 1
    )
    assert pdf.pages >= 1
    assert seen == [False]
    assert gc.isenabled()
