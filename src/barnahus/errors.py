"""The app's error family and the exit codes of the command-line contract.

Every error a user can meet is a :class:`BarnahusError` whose message is one plain sentence
written for a non-technical reader. Messages never carry case content, so they can be shown,
printed on stderr and logged without care. Anything else that escapes is a bug: it is logged
without its message (which might quote content) and the user sees a generic sentence.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    AUTHENTICATION_FAILED = 3
    INTEGRITY_FAILURE = 4


class BarnahusError(Exception):
    """An expected failure with a content-free, user-readable message."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(BarnahusError):
    exit_code = ExitCode.USAGE


class AuthenticationFailed(BarnahusError):
    exit_code = ExitCode.AUTHENTICATION_FAILED


class IntegrityFailure(BarnahusError):
    exit_code = ExitCode.INTEGRITY_FAILURE


class StoreUnavailable(BarnahusError):
    """The store cannot be opened or written (missing, locked, disk full, read-only)."""


class FormDefinitionError(BarnahusError):
    """A file under forms/ is malformed; the message names the file and the field."""
