"""Autosave of what the note taker is typing during an interview.

Everything clicked (a phase, a marker, a decision) is an event written at once; what is typed
but not yet added (a note, a question, an observer's question) is kept by this autosaver in
the session's encrypted draft, within 2 s of a pause and at most every 4 s while typing, so a
crash loses at most those seconds. It is an :class:`Autosaver`, so the workspace flushes it
on lock and on closing like every other editor.
"""

from __future__ import annotations

import time

from barnahus.errors import BarnahusError, UsageError
from barnahus.services.autosave import IDLE_SECONDS, AutosavePolicy, Autosaver, MonotonicClock
from barnahus.services.interview_log import save_interview_draft
from barnahus.services.keyring import Keyring
from barnahus.services.records import RecordContent
from barnahus.store.database import StoreDatabase

# A little under the 5 s promise, so the timer that drives ``tick`` cannot push it over.
MAX_INTERVAL_SECONDS = 4.0


def interview_policy() -> AutosavePolicy:
    return AutosavePolicy(idle_seconds=IDLE_SECONDS, max_interval_seconds=MAX_INTERVAL_SECONDS)


class InterviewAutosaver(Autosaver):
    """Journals the text boxes of one person in one session (``fields``: box name -> text)."""

    def __init__(
        self,
        db: StoreDatabase,
        keyring: Keyring,
        session_id: str,
        clock: MonotonicClock = time.monotonic,
        policy: AutosavePolicy | None = None,
    ) -> None:
        super().__init__(db, keyring, session_id, clock, policy or interview_policy())
        self.session_id = session_id

    def edit_fields(self, fields: dict[str, str]) -> None:
        self.edit(RecordContent("", dict(fields)))

    def flush(self) -> bool:
        with self._writing:
            with self._state:
                content = self.pending
            if content is None:
                return False
            fields = {str(k): str(v) for k, v in content.body.items()}
            try:
                save_interview_draft(self.db, self.keyring, self.session_id, fields)
            except BarnahusError as exc:
                self.last_error = exc  # the text stays pending for the next attempt
                return False
            self._saved(content)
            self.last_error = None
            return True

    def save(self, content: RecordContent | None = None) -> int:
        raise UsageError("Interview typing is added as entries, not saved as a revision.")
