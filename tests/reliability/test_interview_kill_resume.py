"""``kill -9`` in the middle of an interview: the session resumes, at most 5 s are lost.

A running session is prepared on a real store. A child process (``interview_writer.py``)
resumes it and works like a note taker: typing continuously into the autosaved note box and
logging a question every half second, acknowledging on stdout whatever has been committed. The
parent kills it with SIGKILL at a random moment 4.5-9 s after it is ready (so several autosave
rounds have passed), reopens the store the way the app does on restart and demands: the
file is intact, the audit chain is intact, the session replays and is still running with the
same clock start and phase, every acknowledged event is there, and neither the newest event
nor the newest typing draft is more than 5 s older than the kill. Three writers in a row
resume the same session, so each one starts from a session whose previous writer died.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest
from tests.conftest import PASSPHRASES
from tests.interview_kit import READY, make_plan
from tests.reliability.storekit import StoreCopy, Template, build_template

from barnahus.interview.state import Status
from barnahus.services import audit
from barnahus.services import interview_actions as act
from barnahus.services.cases import create_case
from barnahus.services.interview_log import load_interview_draft
from barnahus.services.interviews import open_session, plan_interview
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

WRITER = Path(__file__).with_name("interview_writer.py")
USER = "interviewer"
MAX_LOST_SECONDS = 5.0
KILL_WINDOW = (4.5, 9.0)
STARTUP_TIMEOUT = 60.0
RUNS = 3


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _kill_writer(path: Path, session_id: str, run_id: str, rng: random.Random) -> dict[str, float]:
    """Run one writer until the random kill; the newest acknowledged (counter, time) per kind."""
    stderr_path = path.with_name(f"writer-{run_id}.err")
    with stderr_path.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), session_id, USER, run_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            bufsize=1,
        )
    assert child.stdin is not None
    assert child.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
    acknowledged: list[str] = []
    try:
        child.stdin.write(PASSPHRASES[USER] + "\n")
        child.stdin.flush()
        line = lines.get(timeout=STARTUP_TIMEOUT)
        assert line is not None, f"writer died: {stderr_path.read_text()}"
        assert line.startswith("ready "), line
        time.sleep(rng.uniform(*KILL_WINDOW))  # the deliberate, random moment of the crash
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
    while (line := lines.get(timeout=30)) is not None:
        acknowledged.append(line)
    child.stdout.close()
    events = [line.split() for line in acknowledged if line.startswith("event ")]
    saves = [line.split() for line in acknowledged if line.startswith("saved ")]
    assert events, f"no event was acknowledged: {stderr_path.read_text()}"
    assert saves, "no draft was acknowledged before the kill"
    return {
        "killed_at": killed_at,
        "last_event_seq": max(float(e[1]) for e in events),
        "last_saved_counter": max(float(s[1]) for s in saves),
    }


def test_kill_9_mid_interview_resumes_the_session_losing_at_most_five_seconds(
    template: Template, tmp_path: Path
) -> None:
    store = StoreCopy(template, tmp_path / "barnahus.sqlite3")
    case = create_case(store.db, store.coordinator, "BH-K-0001")
    plan = make_plan(store.interviewer.user_id)
    state = plan_interview(store.db, store.interviewer, case.id, plan)
    state = act.record_readiness(store.db, store.interviewer, state, READY)
    state = act.start_interview(store.db, store.interviewer, state, 42.0)
    state = act.enter_phase(store.db, store.interviewer, state, "free_recall")
    started_at = state.started_at
    store.close()
    rng = random.Random(random.SystemRandom().randrange(1 << 32))

    for run in range(RUNS):
        run_id = f"r{run}-{rng.randrange(1 << 30):x}"
        ack = _kill_writer(store.path, state.session_id, run_id, rng)

        db = open_database(store.path)
        try:
            assert db.integrity_check() == []
            with db.transaction() as tx:
                assert audit.check(tx) == []
            keyring = sign_in(db, USER, PASSPHRASES[USER])
            resumed = open_session(db, keyring, state.session_id)
            assert resumed.status is Status.RUNNING
            assert resumed.started_at == started_at
            assert resumed.current_phase == "free_recall"
            assert resumed.last_seq >= ack["last_event_seq"], "an acknowledged event was lost"
            newest = resumed.questions[-1]
            assert newest.text.startswith(f"Tell me more about {run_id} ")
            event_lost = ack["killed_at"] - newest.at.timestamp()
            assert 0 <= event_lost <= MAX_LOST_SECONDS, f"{event_lost:.2f} s of events lost"
            draft = load_interview_draft(db, keyring, state.session_id)
            assert draft is not None
            last_line = draft.fields["note"].splitlines()[-1]
            draft_run, counter, typed_at = last_line.split()
            assert draft_run == run_id, "the newest draft is from an earlier writer"
            assert int(counter) >= ack["last_saved_counter"], "an acknowledged draft was lost"
            typing_lost = ack["killed_at"] - float(typed_at)
            assert 0 <= typing_lost <= MAX_LOST_SECONDS, f"{typing_lost:.2f} s of typing lost"
            keyring.lock()
        finally:
            db.dispose()
