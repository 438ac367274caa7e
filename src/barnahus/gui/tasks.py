"""Run core functions on the thread pool and deliver their result as a Qt signal.

The GUI thread must never wait on disk, crypto or PDF building; every such call goes through
:func:`run_task`, which hands the result back on the GUI thread via a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from barnahus.errors import BarnahusError
from barnahus.logs import log_unexpected


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)


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
            self.signals.failed.emit("Something went wrong; the details are in the log.")
        else:
            self.signals.succeeded.emit(result)


def run_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None = None,
) -> Task:
    task = Task(work)
    task.signals.succeeded.connect(on_success)
    if on_failure is not None:
        task.signals.failed.connect(on_failure)
    QThreadPool.globalInstance().start(task)
    return task
