"""Compare two versions of a life project, field by field, as before/after text.

A review meeting asks "what changed since the plan we approved?". Each field is rendered to
plain text the same way for both versions, so the answer can be shown side by side and read
without knowing how values are stored. Fields present in only one version (the centre changed
its form in between) are compared too, under their stored key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from barnahus.careplan.values import Values, value_of
from barnahus.formdefs.plan import PlanFieldDef, PlanForm


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    path: str
    section_title: str
    label: str
    kind: ChangeKind
    before: str
    after: str


def _row_text(field: PlanFieldDef, row: dict[str, str]) -> str:
    parts = []
    for column in field.columns:
        cell = row.get(column.key, "")
        if cell:
            shown = column.label_of(cell) if column.type == "choice" else cell
            parts.append(f"{column.label}: {shown}")
    return "; ".join(parts)


def _checklist_text(field: PlanFieldDef, answers: dict[str, dict[str, str]]) -> str:
    assert field.risks is not None
    lines = []
    for risk in field.risks.risks:
        answer = answers.get(risk.key)
        if not answer:
            continue
        status = field.risks.status(answer.get("status", ""))
        line = f"{risk.label}: {status.label if status else 'not answered'}"
        if answer.get("measures"):
            line += f". Measures: {answer['measures']}"
        lines.append(line)
    lines += [f"{key}: no longer on the list" for key in answers if field.risks.risk(key) is None]
    return "\n".join(lines)


def value_text(field: PlanFieldDef, value: Any) -> str:
    """A field's value as readable text ("" when empty)."""
    if not value:
        return ""
    match field.type:
        case "choice":
            return field.label_of(str(value))
        case "list":
            return "\n".join(f"- {item}" for item in value)
        case "quotes":
            return "\n".join(
                f'"{row.get("words", "")}" (recorded by {row.get("recorded_by", "?")}, '
                f"{row.get('recorded_on', '?')})"
                for row in value
            )
        case "table":
            return "\n".join(f"{n}. {_row_text(field, row)}" for n, row in enumerate(value, 1))
        case "checklist":
            return _checklist_text(field, value)
    return str(value)


def _raw_text(value: Any) -> str:
    return "" if not value else str(value)


def diff_values(form: PlanForm, before: Values, after: Values) -> list[FieldChange]:
    """Every field whose text differs between ``before`` and ``after``, in form order."""
    changes: list[FieldChange] = []
    known: set[str] = set()
    for section in form.sections:
        for field in section.fields:
            known.add(field.path)
            old = value_text(field, value_of(before, field.path))
            new = value_text(field, value_of(after, field.path))
            if old != new:
                kind = (
                    ChangeKind.ADDED
                    if not old
                    else ChangeKind.REMOVED
                    if not new
                    else ChangeKind.CHANGED
                )
                changes.append(FieldChange(field.path, section.title, field.label, kind, old, new))
    stray = {
        f"{s}.{f}" for values in (before, after) for s, fields in values.items() for f in fields
    } - known
    for path in sorted(stray):
        old, new = _raw_text(value_of(before, path)), _raw_text(value_of(after, path))
        if old != new:
            kind = (
                ChangeKind.ADDED
                if not old
                else ChangeKind.REMOVED
                if not new
                else ChangeKind.CHANGED
            )
            changes.append(FieldChange(path, "No longer in the form", path, kind, old, new))
    return changes
