"""A life project's versions and their statuses, rebuilt from its signed revisions.

Every change to a plan (saving, submitting, approving, returning) is one append-only, signed
revision whose encrypted body says the status it leaves the plan in and carries the full
content. The *version* a revision belongs to is not trusted from the body; it is derived here
from the order of revisions: a new version starts with the first change after an approval.
That one rule is what makes an approved version immutable: whatever is written later, even by
two people racing each other, can only ever become the next version.

Versions that arrived in a case file from another centre are written first, one ``imported``
revision each, and become closed history (status ``imported``): an approval made elsewhere was
made by people and rules this centre did not check, so it is kept (see
:mod:`barnahus.careplan.origin`) but never counts as an approval here. The next save starts a
local version that goes through submission and approval as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from barnahus.careplan.origin import PlanOrigin
from barnahus.careplan.values import Values

BODY_SCHEMA = 1


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"  # derived: an approved version followed by a newer approved one
    IMPORTED = "imported"  # history from another centre's store; never approved here

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    PlanStatus.DRAFT: "Draft",
    PlanStatus.SUBMITTED: "Submitted for approval",
    PlanStatus.APPROVED: "Approved",
    PlanStatus.SUPERSEDED: "Superseded",
    PlanStatus.IMPORTED: "From another centre",
}


class PlanEvent(StrEnum):
    SAVED = "saved"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"  # a coordinator sent a submitted plan back for changes
    IMPORTED = "imported"  # one version of another centre's plan, written by a case import


# Events that change the content and so make their author an author of the version.
AUTHORING = frozenset({PlanEvent.SAVED, PlanEvent.SUBMITTED})
_STATUS_OF = {
    PlanEvent.SAVED: PlanStatus.DRAFT,
    PlanEvent.SUBMITTED: PlanStatus.SUBMITTED,
    PlanEvent.APPROVED: PlanStatus.APPROVED,
    PlanEvent.RETURNED: PlanStatus.DRAFT,
    PlanEvent.IMPORTED: PlanStatus.IMPORTED,
}


@dataclass(frozen=True)
class PlanRevision:
    """One decrypted revision of the plan record."""

    revision: int
    author_id: str
    saved_at: datetime
    event: PlanEvent
    values: Values
    note: str = ""
    origin: PlanOrigin | None = None  # set for (and only for) an imported revision


@dataclass(frozen=True)
class PlanVersion:
    number: int
    status: PlanStatus
    revision: int  # the newest revision of this version: where its content is read from
    values: Values
    saved_at: datetime
    authors: frozenset[str]
    submitted_by: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    returned_note: str = ""
    revisions: tuple[int, ...] = field(default=())
    origin: PlanOrigin | None = None  # how an imported version stood at the other centre

    @property
    def is_open(self) -> bool:
        """Still being written or waiting for approval (not approved or superseded)."""
        return self.status in (PlanStatus.DRAFT, PlanStatus.SUBMITTED)


def revision_body(
    event: PlanEvent,
    version: int,
    form_version: int,
    values: Values,
    note: str = "",
    origin: PlanOrigin | None = None,
) -> dict[str, Any]:
    """The JSON body of one revision (encrypted by the records service)."""
    body: dict[str, Any] = {
        "schema": BODY_SCHEMA,
        "event": event.value,
        "status": _STATUS_OF[event].value,
        "version": version,
        "form_version": form_version,
        "values": values,
        "note": note,
    }
    if origin is not None:
        body["origin"] = origin.to_body()
    return body


def parse_body(body: dict[str, Any]) -> tuple[PlanEvent, Values, str]:
    """(event, values, note) of a revision body; ValueError if it is not a plan revision."""
    if body.get("schema") != BODY_SCHEMA:
        raise ValueError("unknown plan body schema")
    event = PlanEvent(str(body.get("event")))
    values = body.get("values")
    note = body.get("note", "")
    if not isinstance(values, dict) or not isinstance(note, str):
        raise ValueError("malformed plan body")
    return event, values, note


def parse_origin(body: dict[str, Any], event: PlanEvent) -> PlanOrigin | None:
    """The origin an imported revision carries; ValueError if one is missing or out of place."""
    if event is not PlanEvent.IMPORTED:
        if "origin" in body:
            raise ValueError("only an imported revision has an origin")
        return None
    return PlanOrigin.from_body(body.get("origin"))


def _start(rev: PlanRevision, number: int) -> PlanVersion:
    return PlanVersion(
        number=number,
        status=_STATUS_OF[rev.event],
        revision=rev.revision,
        values=rev.values,
        saved_at=rev.saved_at,
        authors=frozenset({rev.author_id}),
        submitted_by=rev.author_id if rev.event is PlanEvent.SUBMITTED else "",
        revisions=(rev.revision,),
    )


def _imported(rev: PlanRevision, number: int) -> PlanVersion:
    """Closed history: the importing person is not an author, and nothing here approved it."""
    return PlanVersion(
        number=number,
        status=PlanStatus.IMPORTED,
        revision=rev.revision,
        values=rev.values,
        saved_at=rev.saved_at,
        authors=frozenset(),
        revisions=(rev.revision,),
        origin=rev.origin,
    )


def _apply(version: PlanVersion, rev: PlanRevision) -> PlanVersion:
    """``version`` after ``rev``; an approval that breaks the rules changes nothing."""
    if rev.event is PlanEvent.APPROVED:
        if version.status is not PlanStatus.SUBMITTED or rev.author_id in version.authors:
            return version
        return replace(
            version,
            status=PlanStatus.APPROVED,
            revision=rev.revision,
            values=rev.values,
            approved_by=rev.author_id,
            approved_at=rev.saved_at,
            revisions=(*version.revisions, rev.revision),
        )
    authors = version.authors | {rev.author_id} if rev.event in AUTHORING else version.authors
    return replace(
        version,
        status=_STATUS_OF[rev.event],
        revision=rev.revision,
        values=rev.values,
        saved_at=rev.saved_at,
        authors=authors,
        submitted_by=rev.author_id if rev.event is PlanEvent.SUBMITTED else "",
        returned_note=rev.note if rev.event is PlanEvent.RETURNED else "",
        revisions=(*version.revisions, rev.revision),
    )


def build_versions(revisions: Sequence[PlanRevision]) -> list[PlanVersion]:
    """The plan's versions, oldest first, from its revisions in the order they were saved."""
    versions: list[PlanVersion] = []
    local = False
    for rev in sorted(revisions, key=lambda r: r.revision):
        if rev.event is PlanEvent.IMPORTED:
            # History only ever comes first, written by the import that created the record;
            # one written later could otherwise slip "approved elsewhere" into a local plan.
            if not local:
                versions.append(_imported(rev, len(versions) + 1))
            continue
        local = True
        current = versions[-1] if versions else None
        if current is not None and current.is_open:
            versions[-1] = _apply(current, rev)
        elif rev.event is not PlanEvent.APPROVED:
            versions.append(_start(rev, len(versions) + 1))
        # An approval with nothing open to approve (a duplicate) is ignored.
    last_approved = max((v.number for v in versions if v.status is PlanStatus.APPROVED), default=0)
    return [
        replace(v, status=PlanStatus.SUPERSEDED)
        if v.status is PlanStatus.APPROVED and v.number < last_approved
        else v
        for v in versions
    ]


def current_approved(versions: Sequence[PlanVersion]) -> PlanVersion | None:
    """The approved version in force (the newest approved one)."""
    return next((v for v in reversed(versions) if v.status is PlanStatus.APPROVED), None)
