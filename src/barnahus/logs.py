"""Logging to a private rotating file, with a rule: never log case content.

Log records are written by code, not by users, so the rule is kept by what we choose to log:
event names, record UUIDs, counts, exception *types* and stack frames. Exception messages of
unexpected errors are dropped because they may quote data (``ValueError(repr(value))``).
"""

from __future__ import annotations

import logging
import logging.handlers
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


def configure_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``barnahus`` logger to a rotating file readable by the owner only."""
    target_dir = ensure_private_dir(directory or log_dir())
    path = target_dir / LOG_FILE_NAME
    old_umask = os.umask(0o077)
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    finally:
        os.umask(old_umask)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for existing in list(log.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
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
