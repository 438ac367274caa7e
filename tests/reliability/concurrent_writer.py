"""Child process for the concurrent-writers test: one person saving as fast as they can.

Usage::

    python concurrent_writer.py STORE RECORD_ID USER ROUNDS

The passphrase is read from the first line of stdin. The script signs in, says ``ready``,
waits for a second line (the start signal), then for each round signs in again, saves an
autosave draft and a revision of its record and reads it back (an audited view), each in its
own transaction, while other copies of this script do the same on the same store. It reports
``failed <message>`` for every step the store refused and ends with ``done <rounds>``.
"""

from __future__ import annotations

import sys

from barnahus.errors import BarnahusError
from barnahus.services.records import RecordContent, read_record, save_draft, save_revision
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database


def main(argv: list[str]) -> int:
    store, record_id, user, rounds = argv
    passphrase = sys.stdin.readline().rstrip("\n")
    db = open_database(store)
    try:
        keyring = sign_in(db, user, passphrase)
    except BarnahusError as exc:
        sys.stdout.write(f"failed {exc.message}\n")
        return 1
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()  # "go": every writer starts at the same moment
    for n in range(int(rounds)):
        content = RecordContent(f"{user} round {n}", {"n": n})
        try:
            if n:  # signing in again, as after an idle lock: its writes are audit entries only
                keyring = sign_in(db, user, passphrase)
            save_draft(db, keyring, record_id, content)
            save_revision(db, keyring, record_id, content)
            # Reading is audited: its only write is the audit entry, after the reads.
            if read_record(db, keyring, record_id).content != content:
                sys.stdout.write("failed the saved text did not read back\n")
        except BarnahusError as exc:
            sys.stdout.write(f"failed {exc.message}\n")
    sys.stdout.write(f"done {rounds}\n")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
