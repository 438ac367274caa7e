"""The signed-in session as the GUI sees it: the open store, the keys, the chosen case.

Area pages (cases, interview, care plan, administration) receive one :class:`Workspace` and
talk to services through it; they never open stores or hold keys themselves. Slow service
calls go through :meth:`Workspace.run`, which runs them on the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from barnahus.gui.tasks import Task, run_task

if TYPE_CHECKING:
    from barnahus.services.keyring import Keyring
    from barnahus.store.database import StoreDatabase


class Workspace(QObject):
    """Shared state of the signed-in person; emits when the case or lock state changes."""

    case_changed = Signal(str)  # case id, or "" when no case is chosen
    locked = Signal()
    unlocked = Signal()
    data_changed = Signal(str)  # a short topic ("cases", "profile", "plan", ...) to refresh

    def __init__(self, db: StoreDatabase, keyring: Keyring, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.keyring = keyring
        self.case_id: str = ""
        self._tasks: set[Task] = set()

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
        task = run_task(work, on_success, on_failure)
        self._tasks.add(task)
        task.signals.succeeded.connect(lambda _result: self._tasks.discard(task))
        task.signals.failed.connect(lambda _message: self._tasks.discard(task))
        return task
