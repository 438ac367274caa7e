"""How a plan version stood in the store it came from, kept when a case moves between centres.

A version that arrives in a case file was written, submitted and perhaps approved by people
who have no account here, so their names can only be kept as text, and their times only as
the file gave them. Such a version is history: it is never treated as approved here (see
:mod:`barnahus.careplan.model`), but what it was at the other centre must not be lost, so it
travels in the encrypted revision body and goes out again unchanged when the case moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The statuses a case file gives a version. "sent_back" is a draft a coordinator returned
# with a note; the store itself keeps that as a draft with its note.
ORIGIN_STATUSES = ("draft", "sent_back", "submitted", "approved", "superseded")
# Statuses in which someone submitted the version, and in which someone approved it.
SUBMITTED_STATUSES = frozenset({"submitted", "approved", "superseded"})
APPROVED_STATUSES = frozenset({"approved", "superseded"})


@dataclass(frozen=True)
class PlanOrigin:
    """One version as the exporting store described it: names as text, times as ISO 8601."""

    status: str
    saved_at: str
    authors: tuple[str, ...]
    submitted_by: str | None = None
    approved_by: str | None = None
    approved_at: str | None = None
    sent_back_note: str | None = None

    def standing(self) -> str:
        """What it was there, in words: "approved by Jonas on 2024-02-02", "sent back", ..."""
        if self.approved_by and self.approved_at:
            return f"approved by {self.approved_by} on {self.approved_at[:10]}"
        return self.status.replace("_", " ")

    def to_body(self) -> dict[str, Any]:
        """The JSON form kept inside the encrypted revision body (and in case files)."""
        return {
            "status": self.status,
            "saved_at": self.saved_at,
            "authors": list(self.authors),
            "submitted_by": self.submitted_by,
            "approved_by": self.approved_by,
            "approved_at": self.approved_at,
            "sent_back_note": self.sent_back_note,
        }

    @classmethod
    def from_body(cls, raw: object) -> PlanOrigin:
        """Read back what :meth:`to_body` wrote; ValueError if it is not that shape.

        The case-file validator has checked every field before the body was written, so this
        only guards against a damaged or foreign body, not against a careless file."""
        if not isinstance(raw, dict) or set(raw) != set(_FIELDS):
            raise ValueError("malformed plan origin")
        status, saved_at, authors = raw["status"], raw["saved_at"], raw["authors"]
        if status not in ORIGIN_STATUSES or not isinstance(saved_at, str):
            raise ValueError("malformed plan origin")
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise ValueError("malformed plan origin")
        optional = [raw[k] for k in _FIELDS[3:]]
        if not all(v is None or isinstance(v, str) for v in optional):
            raise ValueError("malformed plan origin")
        return cls(status, saved_at, tuple(authors), *optional)


_FIELDS = (
    "status",
    "saved_at",
    "authors",
    "submitted_by",
    "approved_by",
    "approved_at",
    "sent_back_note",
)
