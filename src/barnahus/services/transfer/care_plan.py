"""The ``care_plan`` part of a case document (format version 2): its versions and their check.

Each version carries what a receiving centre needs to read the plan's history: its number,
the status it had, when it was saved, submitted and approved and by whom (account names as
text, since those people have no account at the receiving centre), and its values. Values are
checked with the app's own save check (:func:`barnahus.careplan.values.normalise` against
``forms/life_project.yaml``), so a file can hold nothing the editor could not have saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from barnahus.careplan.origin import (
    APPROVED_STATUSES,
    ORIGIN_STATUSES,
    SUBMITTED_STATUSES,
    PlanOrigin,
)
from barnahus.careplan.values import Values, normalise
from barnahus.errors import UsageError
from barnahus.formdefs.plan import PlanFieldDef, PlanForm, life_project_form
from barnahus.services.transfer.checks import (
    MAX_TITLE_CHARS,
    SAFE_KEY,
    InvalidCaseFile,
    clause,
    date_time,
    fields_of,
    list_of,
    text,
)

_REQUIRED = {"number", "status", "saved_at", "authors", "values"}
_OPTIONAL = {"submitted_by", "approved_by", "approved_at", "sent_back_note"}


@dataclass(frozen=True)
class PlanVersionEntry:
    """One version of the plan as the file carries it."""

    number: int
    origin: PlanOrigin
    values: Values

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, **self.origin.to_body(), "values": self.values}


def care_plan_json(versions: tuple[PlanVersionEntry, ...] | None) -> dict[str, Any] | None:
    if versions is None:
        return None
    return {"versions": [v.to_json() for v in versions]}


def _name(value: object, where: str) -> str:
    name = text(value, where, limit=MAX_TITLE_CHARS)
    if not name.strip():
        raise InvalidCaseFile(where, "a name is expected")
    return str(name)


def _authors(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise InvalidCaseFile(where, "a list of at least one name is expected")
    names = tuple(_name(v, f"{where}[{i}]") for i, v in enumerate(value))
    if len(set(names)) != len(names):
        raise InvalidCaseFile(where, "a name appears twice")
    return names


def _only_when(raw: dict[str, Any], key: str, where: str, needed: bool, status: str) -> Any:
    """``raw[key]`` when ``status`` needs it; null when it must not have one."""
    value = raw.get(key)
    if needed and value is None:
        raise InvalidCaseFile(f"{where}.{key}", f"a version that is {status} needs this field")
    if not needed and value is not None:
        raise InvalidCaseFile(f"{where}.{key}", f"a version that is {status} has no such field")
    return value


def _origin(raw: dict[str, Any], where: str) -> PlanOrigin:
    status = raw["status"]
    if not isinstance(status, str) or status not in ORIGIN_STATUSES:
        raise InvalidCaseFile(
            f"{where}.status", "the status must be one of " + ", ".join(ORIGIN_STATUSES)
        )
    label = status.replace("_", " ")
    submitted = _only_when(raw, "submitted_by", where, status in SUBMITTED_STATUSES, label)
    approved = status in APPROVED_STATUSES
    approved_by = _only_when(raw, "approved_by", where, approved, label)
    approved_at = _only_when(raw, "approved_at", where, approved, label)
    note = _only_when(raw, "sent_back_note", where, status == "sent_back", label)
    if note is not None and not text(note, f"{where}.sent_back_note").strip():
        raise InvalidCaseFile(f"{where}.sent_back_note", "say what should change")
    return PlanOrigin(
        status=status,
        saved_at=date_time(raw["saved_at"], f"{where}.saved_at"),
        authors=_authors(raw["authors"], f"{where}.authors"),
        submitted_by=None if submitted is None else _name(submitted, f"{where}.submitted_by"),
        approved_by=None if approved_by is None else _name(approved_by, f"{where}.approved_by"),
        approved_at=None if approved_at is None else date_time(approved_at, f"{where}.approved_at"),
        sent_back_note=note,
    )


def _refusal(form: PlanForm, field: PlanFieldDef, message: str) -> str:
    """The save check's own words, unless they quote something from the file.

    The check quotes form labels, which are safe, but also unknown column and risk keys and
    answers, which could be anything; those messages are replaced by a plainer one."""
    probe = message.replace(f"'{field.label}'", "")
    for column in field.columns:
        probe = probe.replace(f"'{column.label}'", "")
    if "'" in probe:
        return f"'{field.label}' ({field.path}) does not fit the {form.name} form"
    return clause(message)


def _values(value: object, where: str) -> Values:
    """The values checked exactly as a save in the app checks them, and cleaned the same way."""
    form = life_project_form()
    if not isinstance(value, dict):
        raise InvalidCaseFile(where, "an object of sections is expected")
    for section_key, fields in value.items():
        place = f"{where}.{section_key}" if SAFE_KEY.match(section_key) else where
        if form.section(section_key) is None:
            raise InvalidCaseFile(place, f"this section is not part of the {form.name} form")
        if not isinstance(fields, dict):
            raise InvalidCaseFile(place, "an object of fields is expected")
        for field_key in fields:
            if form.field(f"{section_key}.{field_key}") is None:
                named = f"{place}.{field_key}" if SAFE_KEY.match(field_key) else place
                raise InvalidCaseFile(named, f"this field is not part of the {form.name} form")
    try:
        return normalise(form, value)
    except UsageError as exc:
        # Every key is a form key now, so the failing field is the one the message names.
        field = next((f for f in form.fields() if f"({f.path})" in exc.message), None)
        if field is None:
            raise InvalidCaseFile(where, clause(exc.message)) from None
        raise InvalidCaseFile(f"{where}.{field.path}", _refusal(form, field, exc.message)) from None


def _version(value: object, index: int) -> PlanVersionEntry:
    where = f"care_plan.versions[{index}]"
    raw = fields_of(value, where, _REQUIRED, _OPTIONAL)
    number = raw["number"]
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise InvalidCaseFile(f"{where}.number", "a whole number from 1 up is expected")
    return PlanVersionEntry(number, _origin(raw, where), _values(raw["values"], f"{where}.values"))


def _check_order(versions: list[PlanVersionEntry]) -> None:
    """Numbers run 1, 2, 3…; only the newest approved version is approved, older ones are
    superseded (the rule the store derives statuses by)."""
    seen: set[int] = set()
    for index, version in enumerate(versions):
        where = f"care_plan.versions[{index}].number"
        if version.number in seen:
            raise InvalidCaseFile(where, f"version {version.number} appears twice")
        seen.add(version.number)
        if version.number != index + 1:
            raise InvalidCaseFile(
                where, "the versions must be numbered 1, 2, 3 and so on, in order"
            )
    approved = [i for i, v in enumerate(versions) if v.origin.status in APPROVED_STATUSES]
    for index in approved:
        newest = index == approved[-1]
        status = versions[index].origin.status
        if newest and status != "approved":
            raise InvalidCaseFile(
                f"care_plan.versions[{index}].status",
                "a version can only be superseded by a later approved version",
            )
        if not newest and status != "superseded":
            raise InvalidCaseFile(
                f"care_plan.versions[{index}].status",
                "only the newest approved version is approved; older ones are superseded",
            )


def validate_care_plan(value: object) -> tuple[PlanVersionEntry, ...] | None:
    """The checked ``care_plan`` of a version-2 document, or None when it has none."""
    if value is None:
        return None
    raw = fields_of(value, "care_plan", {"versions"}, set())
    items = list_of(raw["versions"], "care_plan.versions")
    if not items:
        raise InvalidCaseFile("care_plan.versions", "a care plan needs at least one version")
    versions = [_version(item, index) for index, item in enumerate(items)]
    _check_order(versions)
    return tuple(versions)


def with_current_statuses(versions: list[PlanVersionEntry]) -> list[PlanVersionEntry]:
    """Versions whose approved ones are marked as the document requires: the newest approved
    one ``approved``, every earlier one ``superseded``. A version approved at an earlier centre
    stays ``approved`` in its own history until this centre approves a later one."""
    approved = [i for i, v in enumerate(versions) if v.origin.status in APPROVED_STATUSES]
    result = list(versions)
    for index in approved:
        status = "approved" if index == approved[-1] else "superseded"
        old = result[index]
        if old.origin.status != status:
            result[index] = replace(old, origin=replace(old.origin, status=status))
    return result
