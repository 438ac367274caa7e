"""Autosave for one record in an editor: the GUI side of ``services.autosave``.

Typing hands the whole content to the record's :class:`Autosaver` at once (memory only, no
disk). A timer asks the autosaver, on the thread pool, whether a draft is due (2 s after typing
stops, at least every 5 s while it goes on) and writes it to the encrypted journal. The record
is created on the first edit, so opening a case to read it creates nothing. The autosaver is
registered with the workspace, which flushes it before locking and before the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from barnahus.gui.workspace import Workspace

if TYPE_CHECKING:
    from barnahus.services.autosave import Autosaver
    from barnahus.services.records import RecordContent

TICK_MS = 400


class DraftKeeper(QObject):
    draft_saved = Signal()
    draft_failed = Signal(str)
    record_created = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        record_id: str | None,
        create_record: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record_id = record_id
        self._create_record = create_record
        self._creating = False
        self._waiting: RecordContent | None = None
        self._in_flight = False
        self._after_create: Callable[[], None] | None = None
        self._discarded = False
        self.saver: Autosaver | None = None
        if record_id is not None:
            self._make_saver(record_id)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _make_saver(self, record_id: str) -> None:
        from barnahus.services.autosave import Autosaver

        self.saver = Autosaver(self.workspace.db, self.workspace.keyring, record_id)
        self.workspace.track_autosaver(self.saver)

    @property
    def has_pending(self) -> bool:
        return self._waiting is not None or (
            self.saver is not None and self.saver.pending is not None
        )

    def edit(self, content: RecordContent) -> None:
        if self._discarded:
            return
        if self.saver is None:
            self._waiting = content
            if not self._creating:
                self._creating = True
                self.workspace.run(self._create_record, self._created, self._not_created)
        else:
            self.saver.edit(content)
        if not self.timer.isActive():
            self.timer.start()

    def _created(self, record_id: Any) -> None:
        self._creating = False
        self.record_id = str(record_id)
        if self._discarded:  # the record is being removed: write nothing to it
            after, self._after_create = self._after_create, None
            if after is not None:
                after()
            return
        self._make_saver(self.record_id)
        assert self.saver is not None
        if self._waiting is not None:
            self.saver.edit(self._waiting)
            self._waiting = None
        self.record_created.emit(self.record_id)
        after, self._after_create = self._after_create, None
        if after is not None:
            after()

    def _not_created(self, message: str) -> None:
        self._creating = False
        if self._discarded:
            after, self._after_create = self._after_create, None
            if after is not None:
                after()
            return
        self.draft_failed.emit(message)

    def _tick(self) -> None:
        saver = self.saver
        if self.workspace.is_locked or self._in_flight or saver is None:
            return
        if saver.pending is None:
            self.timer.stop()
            return
        self._in_flight = True
        self.workspace.run(saver.tick, self._ticked, self._tick_failed)

    def _ticked(self, wrote: Any) -> None:
        self._in_flight = False
        if self._discarded:
            return
        if wrote:
            self.draft_saved.emit()
        elif self.saver is not None and self.saver.last_error is not None:
            self.draft_failed.emit(self.saver.last_error.message)

    def _tick_failed(self, message: str) -> None:
        self._in_flight = False
        if not self._discarded:
            self.draft_failed.emit(message)

    def save(
        self,
        content: RecordContent,
        on_saved: Callable[[int], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Save a revision off the GUI thread (creating the record first if need be)."""
        if self._discarded:
            return
        if self._creating:  # the record is on its way; save once it exists
            self._after_create = lambda: self.save(content, on_saved, on_failed)
            return
        if self.saver is None:
            self._waiting = content
            create = self._create_record

            def create_and_save() -> tuple[str, int]:
                from barnahus.services.records import save_revision

                record_id = create()
                return record_id, save_revision(
                    self.workspace.db, self.workspace.keyring, record_id, content
                )

            def saved(result: Any) -> None:
                record_id, number = result
                self._waiting = None
                self.record_id = str(record_id)
                self._make_saver(self.record_id)
                self.record_created.emit(self.record_id)
                on_saved(int(number))

            self.workspace.run(create_and_save, saved, on_failed)
            return
        saver = self.saver
        self.workspace.run(lambda: saver.save(content), lambda n: on_saved(int(n)), on_failed)

    def discard(self, then: Callable[[Autosaver | None, RecordContent | None], None]) -> None:
        """Stop for good without writing what is pending: the record is about to be removed.

        ``then(saver, pending)`` runs once the record exists (at once, or when a creation under
        way ends; ``record_id`` stays None if it never did). ``pending`` is the unwritten typing,
        for the caller to hand back if the removal fails; ``saver`` lets the removal wait for a
        draft write already under way, so the removal clears that draft too.
        """
        self._discarded = True
        self.timer.stop()
        pending, self._waiting = self._waiting, None
        saver, self.saver = self.saver, None
        if saver is not None:
            pending = saver.forget() or pending
            self.workspace.untrack_autosaver(saver)
        if self._creating:
            self._after_create = lambda: then(None, pending)
        else:
            then(saver, pending)

    def resume(self) -> None:
        """After unlocking: write what is still pending."""
        if self.has_pending and not self.timer.isActive():
            self.timer.start()

    def close(self) -> None:
        """Stop; typing still pending is written first (and stays tracked if that fails)."""
        self.timer.stop()
        saver = self.saver
        if saver is None:
            return
        if saver.pending is None or self.workspace.is_locked:
            if saver.pending is None:
                self.workspace.untrack_autosaver(saver)
            return

        def flushed(_wrote: Any) -> None:
            if saver.pending is None:
                self.workspace.untrack_autosaver(saver)

        self.workspace.run(saver.flush, flushed, lambda _m: None)
