"""The demo centre's interviews: one finished with three decided observer questions, one planned."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from tests.conftest import FAST_KDF

from barnahus.errors import FormDefinitionError
from barnahus.interview.state import Status
from barnahus.services.demo import create_demo_store, demo_cases
from barnahus.services.demo_interviews import check_demo_interviews
from barnahus.services.interview_report import summary_pdf
from barnahus.services.interviews import further_interview_needed, list_sessions, open_session
from barnahus.services.keyring import Keyring
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.database import StoreDatabase

PASSPHRASE = "lantern harbour demo centre"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreDatabase]:
    location = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_store(location, PASSPHRASE, FAST_KDF)
    db = open_database(location)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def interviewer(demo: StoreDatabase) -> Keyring:
    return sign_in(demo, "interviewer", PASSPHRASE)


def test_one_finished_and_one_planned_interview(demo: StoreDatabase, interviewer: Keyring) -> None:
    listings = {s.case_number: s for s in list_sessions(demo, interviewer)}
    assert {n: s.status for n, s in listings.items()} == {
        "DEMO-0001": "planned",
        "DEMO-0002": "finalised",
    }
    assert listings["DEMO-0002"].duration_seconds == 48 * 60
    assert listings["DEMO-0002"].interviewer_name == "interviewer"


def test_the_finished_interview_is_complete(demo: StoreDatabase, interviewer: Keyring) -> None:
    (listing,) = [s for s in list_sessions(demo, interviewer) if s.case_number == "DEMO-0002"]
    state = open_session(demo, interviewer, listing.id)
    assert state.status is Status.FINALISED
    assert len(state.prep_steps) == 12
    assert [p.phase for p in state.phases][0::5] == ["introduction", "free_recall", "neutral_topic"]
    assert len(state.phases) == 11
    assert [(b.reason, b.phase) for b in state.breaks] == [
        ("Child tired or upset", "free_recall"),
        ("Observers' questions", "break"),
    ]
    decisions = [
        (q.agency, q.decision.decision if q.decision else "")
        for q in state.observer_questions.values()
    ]
    assert decisions == [("police", "asked"), ("prosecutor", "rephrased"), ("guardian", "declined")]
    assert {m.key for m in state.markers} == {"disclosure", "distress"}
    assert len(state.notes) == 5
    assert len(state.questions) == 17
    assert summary_pdf(demo, interviewer, listing.id).startswith(b"%PDF")


def test_the_planned_interview_waits_for_a_reason(
    demo: StoreDatabase, interviewer: Keyring
) -> None:
    (listing,) = [s for s in list_sessions(demo, interviewer) if s.case_number == "DEMO-0001"]
    state = open_session(demo, interviewer, listing.id)
    assert state.plan is not None
    assert state.plan.child_language_other == "Freedonian"
    assert state.plan.interpreter.needed
    with demo.transaction() as tx:
        assert further_interview_needed(tx, state)


def test_broken_demo_interviews_name_the_field() -> None:
    (wren, tobin) = (copy.deepcopy(c["interviews"]) for c in demo_cases() if "interviews" in c)
    tobin[0]["run"][25]["decision"] = "rephrased"  # without new wording
    with pytest.raises(FormDefinitionError, match=r"interviews\[0\]\.run\[25\]\.decision"):
        check_demo_interviews(tobin, "interviews")
    wren[0]["room"] = "The kitchen"
    with pytest.raises(FormDefinitionError, match=r"interviews\[0\]: Choose one of the centre"):
        check_demo_interviews(wren, "interviews")
