"""Autosave: keep what is typed safe within seconds, without writing on every key press.

:class:`AutosavePolicy` is pure timing (testable with a fake clock): save 2 s after typing
stops, and at least every 5 s while typing goes on. :class:`Autosaver` applies it to one
record. If a save fails (disk full, store busy) the text stays in memory as ``pending`` and
the next tick tries again, so nothing typed is dropped.

The desktop app calls :meth:`Autosaver.edit` on the GUI thread and :meth:`Autosaver.tick`,
:meth:`Autosaver.flush` and :meth:`Autosaver.save` on a worker thread, so the state is guarded
by a lock that is never held across disk writes (typing never waits for the disk), and a second
lock keeps two saves of one record from running at once. An edit made while a save runs stays
pending for the next one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from barnahus.errors import BarnahusError
from barnahus.services.keyring import Keyring
from barnahus.services.records import RecordContent, save_draft, save_revision
from barnahus.store.database import StoreDatabase

IDLE_SECONDS = 2.0
MAX_INTERVAL_SECONDS = 5.0

MonotonicClock = Callable[[], float]


@dataclass
class AutosavePolicy:
    idle_seconds: float = IDLE_SECONDS
    max_interval_seconds: float = MAX_INTERVAL_SECONDS
    first_unsaved_at: float | None = None
    last_edit_at: float | None = None

    def edited(self, now: float) -> None:
        if self.first_unsaved_at is None:
            self.first_unsaved_at = now
        self.last_edit_at = now

    def due(self, now: float) -> bool:
        if self.first_unsaved_at is None or self.last_edit_at is None:
            return False
        return (
            now - self.last_edit_at >= self.idle_seconds
            or now - self.first_unsaved_at >= self.max_interval_seconds
        )

    def next_deadline(self) -> float | None:
        """When the next save falls due if nothing else is typed (for a GUI timer)."""
        if self.first_unsaved_at is None or self.last_edit_at is None:
            return None
        return min(
            self.last_edit_at + self.idle_seconds, self.first_unsaved_at + self.max_interval_seconds
        )

    def saved(self) -> None:
        self.first_unsaved_at = None
        self.last_edit_at = None


class Autosaver:
    def __init__(
        self,
        db: StoreDatabase,
        keyring: Keyring,
        record_id: str,
        clock: MonotonicClock = time.monotonic,
        policy: AutosavePolicy | None = None,
    ) -> None:
        self.db = db
        self.keyring = keyring
        self.record_id = record_id
        self.clock = clock
        self.policy = policy or AutosavePolicy()
        self.pending: RecordContent | None = None
        self.last_error: BarnahusError | None = None
        self._state = threading.Lock()
        self._writing = threading.Lock()

    def edit(self, content: RecordContent) -> None:
        with self._state:
            self.pending = content
            self.policy.edited(self.clock())

    def tick(self) -> bool:
        """Save a draft if one is due; returns whether a draft was written."""
        with self._state:
            due = self.pending is not None and self.policy.due(self.clock())
        return self.flush() if due else False

    def _saved(self, content: RecordContent) -> None:
        with self._state:
            if self.pending is content:
                self.pending = None
                self.policy.saved()

    def flush(self) -> bool:
        with self._writing:
            with self._state:
                content = self.pending
            if content is None:
                return False
            try:
                save_draft(self.db, self.keyring, self.record_id, content)
            except BarnahusError as exc:
                self.last_error = exc  # the text stays in self.pending for the next attempt
                return False
            self._saved(content)
            self.last_error = None
            return True

    def save(self, content: RecordContent | None = None) -> int:
        """Save a revision now (the person pressed Save); drafts are cleared on success."""
        with self._writing:
            with self._state:
                to_save = content or self.pending
                if to_save is None:
                    raise BarnahusError("There is nothing new to save.")
                self.pending = to_save
            number = save_revision(self.db, self.keyring, self.record_id, to_save)
            self._saved(to_save)
            return number

    def forget(self) -> RecordContent | None:
        """Drop the pending edit unwritten (its record is being removed) and return it, so the
        caller can hand it back should the removal fail."""
        with self._state:
            content, self.pending = self.pending, None
            self.policy.saved()
        return content

    def wait_for_writes(self) -> None:
        """Block (on a worker thread) until a draft or save already under way has finished,
        so a removal that follows clears that draft too."""
        with self._writing:
            pass
