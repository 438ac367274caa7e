"""Pause Python's cyclic garbage collector while a PDF is laid out.

Kept apart from any one builder so the plan PDFs, the interview summary and whatever comes next
share one counted pause (pauses nest and may run on several threads at once).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_paused = [0]
_pause_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a worker makes a great many objects at once
    (a PDF layout makes hundreds of thousands).

    A collection holds the GIL, so one started by a worker stops the GUI thread too; during a
    20-page layout the collector would walk the layout's live objects again and again (up to
    ~80 ms each time). Reference counting still frees what the work drops; cycles wait for the
    next collection, after the work. Nested and concurrent pauses are counted.
    """
    with _pause_lock:
        _paused[0] += 1
        if _paused[0] == 1:
            gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _paused[0] -= 1
            if _paused[0] == 0:
                gc.enable()
