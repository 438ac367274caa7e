"""The interview clock and its link to the recording's time code.

The clock starts when the interviewer starts the interview; notes and markers carry the time
since then. The recording usually starts a little earlier, so an offset (the recording's time
code at the moment the clock started) turns clock time into the time code a reviewer finds on
the recording. Both are derived from stored wall-clock times, so after a crash the clock
resumes at the right value without having saved anything while it ran.
"""

from __future__ import annotations

from datetime import datetime

MAX_OFFSET_SECONDS = 24 * 3600


def elapsed_seconds(started_at: datetime, at: datetime) -> float:
    return max(0.0, (at - started_at).total_seconds())


def timecode(seconds: float) -> str:
    """``h:mm:ss`` (negative values, before the recording started, get a minus sign)."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def parse_timecode(text: str) -> float:
    """``h:mm:ss``, ``mm:ss`` or seconds; ValueError for anything else."""
    parts = text.strip().split(":")
    if not 1 <= len(parts) <= 3 or not all(p.strip().isdigit() for p in parts):
        raise ValueError("not a time code")
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return float(seconds)


def offset_from_recorder(recorder_seconds: float, clock_seconds: float) -> float:
    """The offset that makes the clock show ``recorder_seconds`` when it is at ``clock_seconds``."""
    return recorder_seconds - clock_seconds
