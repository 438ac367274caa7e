"""Child process for the interview kill -9 test: a note taker at work until killed.

Usage::

    python interview_writer.py STORE SESSION_ID USER RUN_ID

The passphrase is read from the first line of stdin. The script opens the store with the app's
own ``open_database``, signs in, opens the running session (resuming it, as the app does on
restart) and then, until it is killed:

- every ~30 ms "types" a line with a counter and ``time.time()`` into the note box, journaled by
  the app's :class:`InterviewAutosaver` with the shipped policy; after each committed draft it
  prints ``saved <counter> <time>``;
- every ~0.5 s logs a question through the same service the GUI uses; after each committed
  event it prints ``event <seq> <time>``.
"""

from __future__ import annotations

import sys
import time

from barnahus.services import interview_actions as act
from barnahus.services.interview_autosave import InterviewAutosaver
from barnahus.services.interviews import open_session
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database

TYPING_INTERVAL_SECONDS = 0.03
QUESTION_INTERVAL_SECONDS = 0.5


def main(argv: list[str]) -> int:
    store, session_id, user, run_id = argv
    passphrase = sys.stdin.readline().rstrip("\n")
    db = open_database(store)
    keyring = sign_in(db, user, passphrase)
    state = open_session(db, keyring, session_id)
    saver = InterviewAutosaver(db, keyring, session_id)
    lines: list[str] = []
    counter = 0
    next_question = time.monotonic()
    sys.stdout.write(f"ready {state.last_seq}\n")
    sys.stdout.flush()
    while True:
        counter += 1
        typed_at = time.time()
        lines.append(f"{run_id} {counter} {typed_at:.6f}")
        saver.edit_fields({"note": "\n".join(lines)})
        if saver.tick():
            sys.stdout.write(f"saved {counter} {typed_at:.6f}\n")
            sys.stdout.flush()
        if time.monotonic() >= next_question:
            asked_at = time.time()
            state = act.log_question(db, keyring, state, f"Tell me more about {run_id} {counter}.")
            sys.stdout.write(f"event {state.last_seq} {asked_at:.6f}\n")
            sys.stdout.flush()
            next_question = time.monotonic() + QUESTION_INTERVAL_SECONDS
        time.sleep(TYPING_INTERVAL_SECONDS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
