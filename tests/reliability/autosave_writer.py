"""Child process for the kill -9 test: a person typing into an autosaved note until killed.

Usage::

    python autosave_writer.py STORE RECORD_ID USER RUN_ID IDLE_SECONDS MAX_INTERVAL_SECONDS

The passphrase is read from the first line of stdin (never from the command line). The script
opens the store with the app's own ``open_database``, signs in, then every ~30 ms "types" a
line embedding a counter and ``time.time()`` into a growing text, hands it to an
:class:`Autosaver` and calls ``tick()``. After each draft that was committed it writes
``saved <counter> <time>`` to stdout and flushes, so every line the parent reads is a promise
that this text is on disk. It runs until the parent kills it.
"""

from __future__ import annotations

import sys
import time

from barnahus.services.autosave import AutosavePolicy, Autosaver
from barnahus.services.records import RecordContent
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database

TYPING_INTERVAL_SECONDS = 0.03


def line_for(run_id: str, counter: int, typed_at: float) -> str:
    return f"{run_id} {counter} {typed_at:.6f}"


def main(argv: list[str]) -> int:
    store, record_id, user, run_id, idle, max_interval = argv
    passphrase = sys.stdin.readline().rstrip("\n")
    db = open_database(store)
    keyring = sign_in(db, user, passphrase)
    policy = AutosavePolicy(idle_seconds=float(idle), max_interval_seconds=float(max_interval))
    saver = Autosaver(db, keyring, record_id, policy=policy)
    lines: list[str] = []
    counter = 0
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        counter += 1
        typed_at = time.time()
        lines.append(line_for(run_id, counter, typed_at))
        saver.edit(RecordContent(f"Note, run {run_id}", {"text": "\n".join(lines)}))
        if saver.tick():
            sys.stdout.write(f"saved {counter} {typed_at:.6f}\n")
            sys.stdout.flush()
        elif saver.last_error is not None:
            sys.stderr.write(f"save failed: {saver.last_error.message}\n")
        time.sleep(TYPING_INTERVAL_SECONDS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
