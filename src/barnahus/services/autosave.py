"""Autosave: keep what is typed safe within seconds, without writing on every key press.

:class:`AutosavePolicy` is pure timing (testable with a fake clock): save 2 s after typing
stops, and at least every 5 s while typing goes on. :class:`Autosaver` applies it to one
record. If a save fails (disk full, store busy) the text stays in memory as ``pending`` and
the next tick tries again, so nothing typed is dropped.
"""

from __future__ import annotations

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

    def edit(self, content: RecordContent) -> None:
        self.pending = content
        self.policy.edited(self.clock())

    def tick(self) -> bool:
        """Save a draft if one is due; returns whether a draft was written."""
        if self.pending is None or not self.policy.due(self.clock()):
            return False
        return self.flush()

    def flush(self) -> bool:
        if self.pending is None:
            return False
        content = self.pending
        try:
            save_draft(self.db, self.keyring, self.record_id, content)
        except BarnahusError as exc:
            self.last_error = exc  # the text stays in self.pending for the next attempt
            return False
        if self.pending is content:
            self.pending = None
            self.policy.saved()
        self.last_error = None
        return True

    def save(self, content: RecordContent | None = None) -> int:
        """Save a revision now (the person pressed Save); drafts are cleared on success."""
        to_save = content or self.pending
        if to_save is None:
            raise BarnahusError("There is nothing new to save.")
        self.pending = to_save
        number = save_revision(self.db, self.keyring, self.record_id, to_save)
        self.pending = None
        self.policy.saved()
        return number
