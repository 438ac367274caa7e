"""Autosave timing: 2 s after typing stops, at least every 5 s while it goes on, never idle.

:class:`AutosavePolicy` is pure timing, so it is driven with a fake clock (plain floats):
fixed scenarios pin the two rules and their boundaries, and a hypothesis simulation of
arbitrary typing rhythms checks that no edit ever waits longer than the rules allow and no
save happens without an edit. The last tests run the :class:`Autosaver` on a real store with a
fake monotonic clock to show ``tick()`` writes a draft exactly when the policy says so.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Team

from barnahus.roles import Compartment
from barnahus.services.autosave import (
    IDLE_SECONDS,
    MAX_INTERVAL_SECONDS,
    AutosavePolicy,
    Autosaver,
)
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, latest_draft

TICK = 0.05  # how often a GUI timer would ask


def test_shipped_timings() -> None:
    assert (IDLE_SECONDS, MAX_INTERVAL_SECONDS) == (2.0, 5.0)
    policy = AutosavePolicy()
    assert (policy.idle_seconds, policy.max_interval_seconds) == (2.0, 5.0)


def test_nothing_typed_is_never_due() -> None:
    policy = AutosavePolicy()

    assert not any(policy.due(t) for t in (0.0, 2.0, 5.0, 3600.0))
    assert policy.next_deadline() is None


def test_saves_two_seconds_after_typing_stops() -> None:
    policy = AutosavePolicy()
    for t in (10.0, 10.3, 10.6, 11.0):
        policy.edited(t)

    assert not policy.due(12.99)
    assert policy.due(13.0)
    assert policy.next_deadline() == 13.0


def test_saves_at_least_every_five_seconds_while_typing_goes_on() -> None:
    policy = AutosavePolicy()
    saves: list[float] = []
    t = 0.0
    while t < 21.0:
        policy.edited(t)  # a key press every 0.5 s: never a 2 s pause
        if policy.due(t):
            saves.append(t)
            policy.saved()
        t = round(t + 0.5, 6)

    assert saves == [5.0, 10.5, 16.0]
    gaps = [b - a for a, b in zip([0.0, *saves[:-1]], saves, strict=True)]
    assert max(gaps) <= MAX_INTERVAL_SECONDS + 0.5  # at most one key press late


def test_whichever_rule_comes_first_wins() -> None:
    policy = AutosavePolicy()
    policy.edited(0.0)
    policy.edited(4.0)  # idle rule alone would say 6.0; the 5 s rule says 5.0

    assert policy.next_deadline() == 5.0
    assert not policy.due(4.99)
    assert policy.due(5.0)


def test_after_a_save_nothing_is_due_until_the_next_edit() -> None:
    policy = AutosavePolicy()
    policy.edited(1.0)
    assert policy.due(3.0)
    policy.saved()

    assert not policy.due(3.0)
    assert not policy.due(100.0)
    assert policy.next_deadline() is None

    policy.edited(100.0)
    assert not policy.due(101.0)
    assert policy.due(102.0)


@settings(max_examples=200, deadline=None, database=None)
@given(gaps=st.lists(st.floats(min_value=0.01, max_value=8.0), min_size=1, max_size=40))
def test_any_rhythm_is_saved_within_the_rules(gaps: list[float]) -> None:
    """Simulate edits after arbitrary pauses, with a timer ticking every TICK seconds."""
    edits: list[float] = []
    t = 0.0
    for gap in gaps:
        t += gap
        edits.append(t)
    policy = AutosavePolicy()
    saves: list[float] = []
    pending = list(edits)
    unsaved: list[float] = []
    now = 0.0
    while pending or unsaved:
        while pending and pending[0] <= now:
            edit = pending.pop(0)
            policy.edited(edit)
            unsaved.append(edit)
        if policy.due(now):
            assert unsaved, "saved although nothing had changed"
            first, last = unsaved[0], unsaved[-1]
            # Not early: either a 2 s pause or 5 s since the first unsaved edit.
            assert now - last >= IDLE_SECONDS - 1e-9 or now - first >= MAX_INTERVAL_SECONDS - 1e-9
            # Not late: no later than the earlier of the two deadlines (plus one tick).
            assert now <= min(last + IDLE_SECONDS, first + MAX_INTERVAL_SECONDS) + TICK + 1e-9
            saves.append(now)
            unsaved.clear()
            policy.saved()
        now += TICK
    assert saves
    assert not policy.due(now + 3600)


# the Autosaver on a real store, with a fake monotonic clock -------------------------------
class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _drafts(team: Team, record_id: str) -> int:
    with team.db.transaction() as tx:
        return tx.next_draft_seq(record_id) - 1


@pytest.fixture
def saver_and_clock(team: Team) -> tuple[Autosaver, FakeMonotonic]:
    case = create_case(team.db, team.interviewer)
    record = create_record(team.db, team.interviewer, case.id, "note", Compartment.INTERVIEW)
    clock = FakeMonotonic()
    return Autosaver(team.db, team.interviewer, record.id, clock=clock), clock


def test_autosaver_writes_a_draft_exactly_when_due(
    team: Team, saver_and_clock: tuple[Autosaver, FakeMonotonic]
) -> None:
    saver, clock = saver_and_clock
    assert saver.tick() is False  # nothing typed
    saver.edit(RecordContent("first words"))

    clock.now += 1.9
    assert saver.tick() is False
    assert _drafts(team, saver.record_id) == 0
    clock.now += 0.1
    assert saver.tick() is True

    assert _drafts(team, saver.record_id) == 1
    draft = latest_draft(team.db, team.interviewer, saver.record_id)
    assert draft is not None
    assert draft.content == RecordContent("first words")


def test_autosaver_never_writes_when_nothing_changed(
    team: Team, saver_and_clock: tuple[Autosaver, FakeMonotonic]
) -> None:
    saver, clock = saver_and_clock
    saver.edit(RecordContent("words"))
    clock.now += 2.0
    assert saver.tick() is True

    for _ in range(20):
        clock.now += 3.0
        assert saver.tick() is False
    assert saver.flush() is False
    assert _drafts(team, saver.record_id) == 1


def test_autosaver_saves_every_five_seconds_of_continuous_typing(
    team: Team, saver_and_clock: tuple[Autosaver, FakeMonotonic]
) -> None:
    saver, clock = saver_and_clock
    written_at: list[float] = []
    for n in range(120):  # 12 s of a key press every 0.1 s
        saver.edit(RecordContent("typing", {"n": n}))
        if saver.tick():
            written_at.append(clock.now - 1000.0)
        clock.now += 0.1

    assert [round(t, 1) for t in written_at] == [5.0, 10.1]
    assert _drafts(team, saver.record_id) == 2
