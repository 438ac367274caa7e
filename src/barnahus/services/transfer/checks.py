"""The small checks every part of the case-file validator shares, and its one error type.

Kept apart from :mod:`barnahus.services.transfer.document` so that the validator of each part
of the document (the care plan has its own module) uses the same wording and the same rule:
an error names where the problem is (``notes[2].compartment``) and never quotes what was
there, because what was there is case content.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from barnahus.errors import UsageError

MAX_TITLE_CHARS = 1000
MAX_TEXT_CHARS = 1_000_000
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
# A key that looks like a field name may be named in an error; anything else might be content.
SAFE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


class InvalidCaseFile(UsageError):
    """The case document does not fit the format; ``where`` is the path of the bad field."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"The case file is not valid at {where}: {problem}.")
        self.where = where


def join(where: str, key: str) -> str:
    return key if where == "the top level" else f"{where}.{key}"


def fields_of(value: object, where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
    """``value`` as an object with exactly the allowed fields; unknown ones are refused."""
    if not isinstance(value, dict):
        raise InvalidCaseFile(where, "an object is expected")
    for key in value:
        if key not in required | optional:
            name = key if SAFE_KEY.match(key) else "(unnamed)"
            raise InvalidCaseFile(join(where, name), "this field is not part of the format")
    for key in sorted(required):
        if key not in value:
            raise InvalidCaseFile(join(where, key), "this field is missing")
    return value


def text(value: object, where: str, *, limit: int = MAX_TEXT_CHARS, nullable: bool = False) -> Any:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise InvalidCaseFile(where, "text is expected" + (" or null" if nullable else ""))
    if len(value) > limit:
        raise InvalidCaseFile(where, f"the text is longer than {limit} characters")
    return value


def date_time(value: object, where: str) -> str:
    problem = "an ISO 8601 date and time with a time zone is expected"
    if not isinstance(value, str) or not DATE_TIME.match(value):
        raise InvalidCaseFile(where, problem)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise InvalidCaseFile(where, problem) from None
    return value


def list_of(value: object, where: str) -> list[Any]:
    """A list, with ``null`` read as an empty one."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidCaseFile(where, "a list is expected")
    return value


def clause(sentence: str) -> str:
    """A sentence turned into a clause that can follow a colon."""
    stripped = sentence.rstrip(".")
    return stripped[:1].lower() + stripped[1:]
