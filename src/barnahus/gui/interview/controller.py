"""The interview page's link to the services: the open session, actions, polling, autosave.

Every service call goes through :meth:`Workspace.run` (off the GUI thread). Actions pass the
state they were started from; the service replays anything newer first, so quick clicks and a
second workstation never overwrite each other, and a result older than what is shown is
dropped. A timer polls for events other workstations appended (observers' questions typed next
door). What is typed but not yet added is journaled by an :class:`InterviewAutosaver`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from barnahus.gui.service_text import translated
from barnahus.gui.workspace import Workspace
from barnahus.interview.plan import InterviewPlan
from barnahus.interview.state import SessionState, Status
from barnahus.services.interview_autosave import InterviewAutosaver
from barnahus.services.interview_log import InterviewDraft, load_interview_draft
from barnahus.services.interviews import (
    list_sessions,
    open_session,
    plan_booked_interview,
    plan_interview,
    refresh,
)
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase

Action = Callable[[StoreDatabase, Keyring, SessionState], SessionState]
POLL_MS = 2000
AUTOSAVE_TICK_MS = 250
CLOSED = (Status.FINALISED, Status.CANCELLED)


class SessionController(QObject):
    state_changed = Signal(object)  # SessionState | None
    listings_changed = Signal(object)  # list[SessionListing]
    draft_loaded = Signal(object)  # InterviewDraft
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.state: SessionState | None = None
        self.saver: InterviewAutosaver | None = None
        self._fields: dict[str, str] = {}
        self._running = 0
        self._polling = False
        self._ticking = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_TICK_MS)
        self._autosave.timeout.connect(self._tick)

    # sessions ---------------------------------------------------------------------------------
    def load_listings(self, case_id: str) -> None:
        if not case_id or self.workspace.is_locked:
            self.listings_changed.emit([])
            return
        db, keyring = self.workspace.db, self.workspace.keyring
        self._call(lambda: list_sessions(db, keyring, case_id), self.listings_changed.emit)

    def open(self, session_id: str) -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        self._call(lambda: open_session(db, keyring, session_id), self._opened)

    def plan(self, case_id: str, plan: InterviewPlan, booked_session: str = "") -> None:
        db, keyring = self.workspace.db, self.workspace.keyring
        if booked_session:
            self._call(
                lambda: plan_booked_interview(db, keyring, booked_session, plan), self._opened
            )
        else:
            self._call(lambda: plan_interview(db, keyring, case_id, plan), self._opened)

    def close_session(self) -> None:
        self._stop_autosave()
        self.state = None
        self._poll.stop()
        self.state_changed.emit(None)

    def act(self, action: Action, done: Callable[[], None] | None = None) -> None:
        """Run ``action(db, keyring, state)`` on the pool and show the state it returns."""
        state = self.state
        if state is None:
            return
        db, keyring = self.workspace.db, self.workspace.keyring

        def accept(result: Any) -> None:
            self._accept(result)
            if done is not None:
                done()

        self._call(lambda: action(db, keyring, state), accept)

    def poll(self) -> None:
        state = self.state
        if state is None or self._polling or self.workspace.is_locked or state.status in CLOSED:
            return
        self._polling = True
        db, keyring = self.workspace.db, self.workspace.keyring

        def finished(result: Any) -> None:
            self._polling = False
            self._accept(result)

        def failed(message: str) -> None:
            self._polling = False
            self.failed.emit(translated(message))

        self.workspace.run(lambda: refresh(db, keyring, state), finished, failed)

    @property
    def busy(self) -> bool:
        return self._running > 0

    # typing autosave --------------------------------------------------------------------------
    def typing(self, field: str, text: str) -> None:
        """Remember what is in one text box; the autosaver journals all boxes together."""
        if self.saver is None or self._fields.get(field, "") == text:
            return
        self._fields[field] = text
        self.saver.edit_fields(dict(self._fields))

    def _tick(self) -> None:
        saver = self.saver
        if saver is None or self._ticking or self.workspace.is_locked or saver.pending is None:
            return
        if not saver.policy.due(time.monotonic()):
            return
        self._ticking = True

        def done(_result: Any) -> None:
            self._ticking = False

        self.workspace.run(saver.tick, done, lambda _message: done(None))

    def _start_autosave(self, state: SessionState) -> None:
        if self.saver is not None and self.saver.session_id == state.session_id:
            return
        self._stop_autosave()
        self.saver = InterviewAutosaver(self.workspace.db, self.workspace.keyring, state.session_id)
        self._fields = {}
        self.workspace.track_autosaver(self.saver)
        self._autosave.start()
        db, keyring, session_id = self.workspace.db, self.workspace.keyring, state.session_id

        def loaded(draft: Any) -> None:
            current = self.state
            if isinstance(draft, InterviewDraft) and current and current.session_id == session_id:
                self._fields = dict(draft.fields)
                self.draft_loaded.emit(draft)

        self._call(lambda: load_interview_draft(db, keyring, session_id), loaded)

    def _stop_autosave(self) -> None:
        self._autosave.stop()
        if self.saver is not None:
            saver = self.saver
            self.workspace.untrack_autosaver(saver)
            if saver.pending is not None:
                self.workspace.run(saver.flush, lambda _r: None)
        self.saver = None
        self._fields = {}

    # plumbing ---------------------------------------------------------------------------------
    def _opened(self, result: Any) -> None:
        if not isinstance(result, SessionState):
            return
        self.state = result
        self._start_autosave(result)
        self._poll.start()
        self.state_changed.emit(result)

    def _accept(self, result: Any) -> None:
        """Show ``result`` unless it belongs to another session or is older than what we show."""
        current = self.state
        if not isinstance(result, SessionState) or current is None:
            return
        if result.session_id != current.session_id or result.last_seq <= current.last_seq:
            return
        self.state = result
        self.state_changed.emit(result)

    def _call(self, work: Callable[[], Any], success: Callable[[Any], None]) -> None:
        self._running += 1
        self.busy_changed.emit(True)

        def finish() -> None:
            self._running -= 1
            self.busy_changed.emit(self._running > 0)

        def ok(result: Any) -> None:
            finish()
            success(result)

        def fail(message: str) -> None:
            finish()
            self.failed.emit(translated(message))

        self.workspace.run(work, ok, fail)
