"""Logging to a private rotating file, with a rule: never log case content.

Log records are written by code, not by users, so the rule is kept by what we choose to log:
event names, record UUIDs, counts, exception *types* and stack frames. Exception messages of
unexpected errors are dropped because they may quote data (``ValueError(repr(value))``).
"""

from __future__ import annotations

import io
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from barnahus.errors import BarnahusError
from barnahus.locations import ensure_private_dir, log_dir

LOG_FILE_NAME = "barnahus.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 5

log = logging.getLogger("barnahus")

_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class PrivateRotatingFile(logging.FileHandler):
    """A log file readable by its owner only, renamed aside once it reaches ``max_bytes``.

    The standard library's ``RotatingFileHandler`` lives in ``logging.handlers``, which imports
    ``socket``, ``pickle`` and ``queue``: about a tenth of the app's start-up before the first
    window (docs/benchmarks.md, "Start-up"). It also opens each new file with the process's
    umask, so a rotated log could become readable by others; this one always creates ``0600``.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, encoding="utf-8", delay=False)

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND | _O_CLOEXEC, 0o600
        )
        if hasattr(os, "fchmod"):  # a file left by an older version keeps its mode otherwise
            os.fchmod(descriptor, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # a log problem must never stop the app; logging reports it
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None or self.max_bytes <= 0:
            return False
        position: int = self.stream.seek(0, os.SEEK_END)  # an appending file starts at 0
        return position > 0 and position + len(self.format(record)) + 1 > self.max_bytes

    def _rotate(self) -> None:
        """``barnahus.log`` becomes ``.1``, ``.1`` becomes ``.2`` and so on; the oldest goes."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        else:
            os.remove(self.baseFilename)
        self.stream = self._open()


def configure_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``barnahus`` logger to a rotating file readable by the owner only."""
    target_dir = ensure_private_dir(directory or log_dir())
    path = target_dir / LOG_FILE_NAME
    handler = PrivateRotatingFile(path, max_bytes=_MAX_BYTES, backups=_BACKUPS)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for existing in list(log.handlers):
        if isinstance(existing, PrivateRotatingFile):
            log.removeHandler(existing)
            existing.close()
    log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    return path


def content_free_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Format a traceback keeping frames and the exception type but not its message.

    Our own errors promise content-free messages, so theirs are kept; any other message could
    echo a child's name or a note and is replaced by a marker.
    """
    frames = "".join(traceback.format_tb(tb))
    if isinstance(exc, BarnahusError):
        headline = f"{exc_type.__qualname__}: {exc.message}"
    else:
        headline = f"{exc_type.__module__}.{exc_type.__qualname__}: <message withheld>"
    return f"Traceback (most recent call last):\n{frames}{headline}"


def log_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    log.error("Unexpected error\n%s", content_free_traceback(exc_type, exc, tb))
