"""Run core functions on the thread pool and deliver their result as a Qt signal.

The GUI thread must never wait on disk, crypto or PDF building; every such call goes through
:func:`run_task` (or :func:`run_progress_task` for work that reports progress), which hands the
result back on the GUI thread via a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from barnahus.errors import BarnahusError
from barnahus.logs import log_unexpected

UNEXPECTED = "Something went wrong; the details are in the log."

Progress = Callable[[int, int], None]


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)
    finished = Signal()


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except BarnahusError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: log it without its message, tell the user calmly
            log_unexpected(type(exc), exc, exc.__traceback__)
            self.signals.failed.emit(UNEXPECTED)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


# Tasks stay referenced until their last signal has been delivered on the GUI thread, so
# callers need not keep them alive. Connect to a task's signals before it starts (a fast task
# may finish before the next line runs): build a Task, connect, then :func:`start_task`.
_running: set[Task] = set()


def start_task(
    task: Task,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None,
) -> Task:
    task.signals.succeeded.connect(on_success)
    if on_failure is not None:
        task.signals.failed.connect(on_failure)
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def tasks_running() -> int:
    return len(_running)


def run_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None = None,
) -> Task:
    return start_task(Task(work), on_success, on_failure)


def run_progress_task(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Like :func:`run_task`; ``work`` gets a callback ``(done, total)`` it may call often."""
    holder: list[Task] = []

    def report(done: int, total: int) -> None:
        holder[0].signals.progressed.emit(done, total)

    task = Task(lambda: work(report))
    holder.append(task)
    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    return start_task(task, on_success, on_failure)
