"""``kill -9`` while someone types loses nothing that was saved and at most seconds of typing.

A child process (``autosave_writer.py``) signs in to a real store and types into an autosaved
note; each committed draft is acknowledged on stdout. The parent sends SIGKILL at a random
moment 0.3-1.5 s after the first acknowledgement, then reopens the store and demands:
``PRAGMA integrity_check`` is ok, the audit chain is intact, the newest draft decrypts, it is
at least as new as the last acknowledged one, and the typing lost (kill time minus the time
embedded in that draft) is at most 5 s. The same store is killed over and over, so every run
also starts from a store whose previous writer died mid-session.

Two policies are exercised. ``FAST`` is the shipped policy scaled down 20 times, so every run
commits many drafts inside the kill window and kills land during writes as well as between
them; it runs 24 times. ``SHIPPED`` is the real 2 s / 5 s policy, run a few times, to show the
bound holds for what users get. Runs go in parallel lanes, each on its own copy of the store.
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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest
from tests.conftest import PASSPHRASES
from tests.reliability.storekit import StoreCopy, Template, build_template

from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.autosave import IDLE_SECONDS, MAX_INTERVAL_SECONDS
from barnahus.services.cases import create_case
from barnahus.services.records import create_record, latest_draft
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

WRITER = Path(__file__).with_name("autosave_writer.py")
USER = "interviewer"
MAX_LOST_SECONDS = 5.0
KILL_WINDOW = (0.3, 1.5)
STARTUP_TIMEOUT = 60.0


@dataclass(frozen=True)
class Policy:
    idle: float
    max_interval: float


FAST = Policy(IDLE_SECONDS / 20, MAX_INTERVAL_SECONDS / 20)
SHIPPED = Policy(IDLE_SECONDS, MAX_INTERVAL_SECONDS)


@dataclass
class Lane:
    """One store copy and the note that its successive writers type into."""

    path: Path
    record_id: str
    outcomes: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


def _make_lanes(template: Template, root: Path, count: int) -> list[Lane]:
    lanes = []
    for index in range(count):
        copy = StoreCopy(template, root / f"lane-{index}" / "barnahus.sqlite3")
        case = create_case(copy.db, copy.interviewer)
        record = create_record(copy.db, copy.interviewer, case.id, "note", Compartment.INTERVIEW)
        copy.close()
        lanes.append(Lane(copy.path, record.id))
    return lanes


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    """Collect the child's stdout lines as they come (the parent never blocks on the pipe)."""
    for line in iter(stream.readline, ""):
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _next_line(lines: queue.Queue[str | None], deadline: float) -> str | None:
    try:
        return lines.get(timeout=max(0.0, deadline - time.monotonic()))
    except queue.Empty:
        return None


def _kill_one_writer(lane: Lane, policy: Policy, run: int, rng: random.Random) -> None:
    run_id = f"r{run}-{rng.randrange(1 << 30):x}"
    stderr_path = lane.path.with_name(f"writer-{run_id}.err")
    with stderr_path.open("w") as stderr:
        child = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(lane.path),
                lane.record_id,
                USER,
                run_id,
                str(policy.idle),
                str(policy.max_interval),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            bufsize=1,
        )
    assert child.stdin is not None
    assert child.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
    reader.start()
    try:
        child.stdin.write(PASSPHRASES[USER] + "\n")
        child.stdin.flush()
        deadline = time.monotonic() + STARTUP_TIMEOUT + 2 * policy.max_interval
        first_saved: str | None = None
        while first_saved is None:
            line = _next_line(lines, deadline)
            assert line is not None, f"writer never saved: {stderr_path.read_text()}"
            if line.startswith("saved "):
                first_saved = line
        time.sleep(rng.uniform(*KILL_WINDOW))  # the deliberate, random moment of the crash
        killed_at = time.time()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
    reader.join(timeout=30)
    acknowledged = [first_saved]
    while (line := lines.get_nowait()) is not None:
        if line.startswith("saved "):
            acknowledged.append(line)
    child.stdout.close()
    last_ack = max(int(line.split()[1]) for line in acknowledged)
    lane.outcomes.append(_check_store_after_kill(lane, run_id, last_ack, killed_at))


def _check_store_after_kill(lane: Lane, run_id: str, last_ack: int, killed_at: float) -> str:
    db = open_database(lane.path)
    try:
        assert db.integrity_check() == []
        with db.transaction() as tx:
            assert audit.check(tx) == []
        keyring = sign_in(db, USER, PASSPHRASES[USER])
        draft = latest_draft(db, keyring, lane.record_id)
        assert draft is not None, "the acknowledged draft is gone"
        last_line = draft.content.body["text"].splitlines()[-1]
        draft_run, counter_text, typed_at_text = last_line.split()
        assert draft_run == run_id, "the newest draft is from an earlier writer"
        counter, typed_at = int(counter_text), float(typed_at_text)
        assert counter >= last_ack, f"acknowledged draft {last_ack} lost, newest is {counter}"
        lost = killed_at - typed_at
        assert 0 <= lost <= MAX_LOST_SECONDS, f"{lost:.2f} s of typing lost"
        assert len(draft.content.body["text"].splitlines()) == counter  # whole text, no tear
        return f"acknowledged {last_ack}, recovered {counter}, lost {lost:.2f} s"
    finally:
        db.dispose()


def _run_lanes(lanes: list[Lane], policy: Policy, runs_per_lane: int) -> None:
    """Each lane kills its writers one after another; lanes run side by side."""
    seed = random.SystemRandom().randrange(1 << 32)

    def drive(index: int) -> None:
        rng = random.Random(seed + index)
        for run in range(runs_per_lane):
            _kill_one_writer(lanes[index], policy, run, rng)

    with ThreadPoolExecutor(max_workers=len(lanes)) as pool:
        futures = [pool.submit(drive, i) for i in range(len(lanes))]
        for future in futures:
            try:
                future.result()
            except BaseException as exc:
                exc.add_note(f"kill moments drawn with seed {seed}")
                raise


def test_kill_9_during_fast_autosave_24_times(template: Template, tmp_path: Path) -> None:
    lanes = _make_lanes(template, tmp_path, 4)

    _run_lanes(lanes, FAST, runs_per_lane=6)

    assert sum(len(lane.outcomes) for lane in lanes) == 24


def test_kill_9_with_the_shipped_policy_loses_at_most_five_seconds(
    template: Template, tmp_path: Path
) -> None:
    lanes = _make_lanes(template, tmp_path, 3)

    _run_lanes(lanes, SHIPPED, runs_per_lane=1)

    assert sum(len(lane.outcomes) for lane in lanes) == 3
