"""The signed-in session as the GUI sees it: the open store, the keys, the chosen case.

Area pages (cases, interview, care plan, administration) receive one :class:`Workspace` and
talk to services through it; they never open stores or hold keys themselves. Slow service
calls go through :meth:`Workspace.run`, which runs them on the thread pool.

The contract for a page:

- Read ``workspace.keyring`` and ``workspace.db`` when you call a service; the keyring object
  stays the same for the whole session (unlocking refills it), so an :class:`Autosaver` made
  with it keeps working after a lock.
- Register every :class:`~barnahus.services.autosave.Autosaver` with
  :meth:`track_autosaver` (and :meth:`untrack_autosaver` when the editor closes), so locking
  and closing the window flush it to the encrypted journal first.
- Do not start work while :attr:`is_locked`; timers should check it.
- On ``locked``: clear the decrypted text from your widgets if your autosaver has nothing
  pending (it is safe in the journal and you will reload it); keep it if the journal could not
  be written (``autosaver.pending`` is set), so nothing typed is lost. The lock screen hides it.
- On ``unlocked``: reload what you cleared (saved version plus newest draft) and carry on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from barnahus.gui.tasks import Task, run_task, start_task
from barnahus.roles import Role

if TYPE_CHECKING:
    from barnahus.services.autosave import Autosaver
    from barnahus.services.keyring import Keyring
    from barnahus.store.database import StoreDatabase


_heap_frozen = [False]


def freeze_startup_heap() -> None:
    """Once per process, before the first sign-in: take what exists by then (modules, classes, the
    window; no case data yet) out of the cyclic garbage collector's reach.

    A full collection walks every tracked object while holding the GIL, whichever thread
    runs it: with the app's ~170,000 start-up objects that took 50-150 ms, and when a worker
    building a PDF triggered it the GUI thread stood still as long (docs/benchmarks.md,
    "GUI-thread stalls"). Frozen objects are still freed by reference counting; only cycles
    among them would never be. Collecting first means no garbage is frozen.
    """
    if not _heap_frozen[0]:
        _heap_frozen[0] = True
        gc.collect()
        gc.freeze()


def _flush_all(savers: list[Autosaver]) -> bool:
    """Runs on the pool: write every pending edit to the journal; True if all of it is there."""
    for saver in savers:
        saver.flush()
    return all(saver.pending is None for saver in savers)


class Workspace(QObject):
    """Shared state of the signed-in person; emits when the case or lock state changes."""

    case_changed = Signal(str)  # case id, or "" when no case is chosen
    locked = Signal()
    unlocked = Signal()
    data_changed = Signal(str)  # a short topic ("cases", "profile", "plan", ...) to refresh
    open_case_requested = Signal(str)  # ask the cases area to show this case

    def __init__(
        self,
        db: StoreDatabase,
        keyring: Keyring,
        parent: QObject | None = None,
        *,
        store_location: str = "",
        is_demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.keyring = keyring
        self.case_id: str = ""
        self.store_location = store_location
        self.is_demo = is_demo
        self.is_locked = False
        self.saved_at_lock = True
        self._tasks: set[Task] = set()
        self._when_idle: list[Callable[[], object]] = []
        self._autosavers: list[Autosaver] = []
        freeze_startup_heap()  # done already if the sign-in screen loaded the workspace code

    @property
    def account_name(self) -> str:
        return self.keyring.account.name

    @property
    def roles(self) -> frozenset[Role]:
        return self.keyring.roles

    def choose_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.case_id = case_id
            self.case_changed.emit(case_id)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None] | None = None,
    ) -> Task:
        """Run ``work`` off the GUI thread; results arrive on the GUI thread."""
        task = Task(work)
        self._tasks.add(task)
        task.signals.finished.connect(lambda: self._finished(task))
        return start_task(task, on_success, on_failure)

    def _finished(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            waiting, self._when_idle = self._when_idle, []
            for step in waiting:
                step()

    def when_idle(self, step: Callable[[], object]) -> None:
        """Call ``step`` once no task started through :meth:`run` is still running."""
        if self._tasks:
            self._when_idle.append(step)
        else:
            step()

    # autosave -----------------------------------------------------------------------------
    def track_autosaver(self, saver: Autosaver) -> None:
        if saver not in self._autosavers:
            self._autosavers.append(saver)

    def untrack_autosaver(self, saver: Autosaver) -> None:
        if saver in self._autosavers:
            self._autosavers.remove(saver)

    def unsaved_in_memory(self) -> bool:
        """Whether some typing is only in memory because the journal could not be written."""
        return any(saver.pending is not None for saver in self._autosavers)

    def flush_autosavers(self, done: Callable[[bool], None]) -> None:
        """Write every pending edit to the journal off the GUI thread; ``done(all_saved)``."""
        savers = list(self._autosavers)
        run_task(lambda: _flush_all(savers), lambda ok: done(bool(ok)), lambda _m: done(False))

    # locking ------------------------------------------------------------------------------
    def lock(self, done: Callable[[bool], None] | None = None) -> None:
        """Stop new work, wait for running work, flush autosave, then wipe the keys.

        The caller hides the content first (the lock screen); ``done(all_saved)`` runs once
        the keys are gone.
        """
        if self.is_locked:
            return
        self.is_locked = True

        def drop_keys(saved: bool) -> None:
            self.keyring.lock()
            if not isValid(self):  # the window went while the journal was written
                return
            self.saved_at_lock = saved
            self.locked.emit()
            if done is not None:
                done(saved)

        self.when_idle(lambda: self.flush_autosavers(drop_keys))

    def unlock(self, fresh: Keyring) -> None:
        """Take the keys of a new sign-in of the same person and let pages reload."""
        self.keyring.unlock_with(fresh)
        self.is_locked = False
        self.unlocked.emit()
