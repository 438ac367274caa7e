"""The values of a life project: checking their shape, and saying what is still missing.

Values are a plain mapping ``{section key: {field key: value}}`` so they travel as the JSON body
of an encrypted record revision. Three levels of checking, because they answer different
questions at different moments:

- :func:`normalise` (every save): is each value the right kind of thing? Empty values are
  dropped, so "never filled" and "emptied" compare equal in a diff.
- :func:`submission_problems` (before submitting): is everything required filled in?
- :func:`approval_problems` (before approving): do the centre's approval rules hold?
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from barnahus.errors import UsageError
from barnahus.formdefs.plan import ColumnDef, Condition, PlanFieldDef, PlanForm

Values = dict[str, dict[str, Any]]
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Problem:
    """Something to fix, with the field it concerns so the editor can jump there."""

    path: str
    message: str


def _invalid(field: PlanFieldDef, detail: str) -> UsageError:
    return UsageError(f"'{field.label}' ({field.path}) {detail}.")


def is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _cell(field: PlanFieldDef, column: ColumnDef, value: Any, row: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _invalid(field, f"row {row}, '{column.label}' must be text")
    text = value.strip()
    if text and column.type == "date" and not is_date(text):
        raise _invalid(field, f"row {row}, '{column.label}' is not a date as YYYY-MM-DD")
    if text and column.type == "choice" and text not in {c.value for c in column.choices}:
        raise _invalid(field, f"row {row}, '{column.label}' is not one of its choices")
    return text


def _rows(field: PlanFieldDef, value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        raise _invalid(field, "must be a list of rows")
    rows = []
    columns = {c.key: c for c in field.columns}
    for number, raw in enumerate(value, start=1):
        unknown = set(raw) - set(columns)
        if unknown:
            raise _invalid(field, f"row {number} has an unknown column '{sorted(unknown)[0]}'")
        cells = {k: _cell(field, c, raw.get(k), number) for k, c in columns.items()}
        if any(cells.values()):
            rows.append({k: v for k, v in cells.items() if v})
    return rows


def _checklist(field: PlanFieldDef, value: Any) -> dict[str, dict[str, str]]:
    assert field.risks is not None  # guaranteed by the form parser
    if not isinstance(value, dict):
        raise _invalid(field, "must map each risk to its answer")
    answers: dict[str, dict[str, str]] = {}
    for key, raw in value.items():
        if field.risks.risk(key) is None:
            raise _invalid(field, f"has an answer for '{key}', which is not on its risk list")
        if not isinstance(raw, dict) or not set(raw) <= {"status", "measures"}:
            raise _invalid(field, f"has a malformed answer for '{key}'")
        status = raw.get("status") or ""
        measures = raw.get("measures") or ""
        if not isinstance(status, str) or not isinstance(measures, str):
            raise _invalid(field, f"has a malformed answer for '{key}'")
        if status and field.risks.status(status) is None:
            raise _invalid(field, f"has an unknown answer '{status}' for '{key}'")
        answer = {k: v.strip() for k, v in (("status", status), ("measures", measures))}
        if any(answer.values()):
            answers[key] = {k: v for k, v in answer.items() if v}
    return answers


def _value(field: PlanFieldDef, value: Any) -> Any:
    """The value cleaned up, or raise a UsageError naming the field."""
    match field.type:
        case "list":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _invalid(field, "must be a list of lines")
            return [v.strip() for v in value if v.strip()]
        case "table" | "quotes":
            return _rows(field, value)
        case "checklist":
            return _checklist(field, value)
    if not isinstance(value, str):
        raise _invalid(field, "must be text")
    text = value.strip()
    if text and field.type == "date" and not is_date(text):
        raise _invalid(field, "is not a date as YYYY-MM-DD")
    if text and field.type == "choice" and text not in {c.value for c in field.choices}:
        raise _invalid(field, "is not one of its choices")
    if text and field.type == "language" and not LANGUAGE_CODE.match(text):
        raise _invalid(field, "is not a language code such as en or uk")
    return text


def normalise(form: PlanForm, values: Any) -> Values:
    """Check ``values`` against the form and drop empty ones; raises UsageError otherwise."""
    if not isinstance(values, dict):
        raise UsageError("The plan's values must be grouped by section.")
    cleaned: Values = {}
    for section_key, fields in values.items():
        section = form.section(section_key)
        if section is None:
            raise UsageError(f"The section '{section_key}' is not part of the {form.name} form.")
        if not isinstance(fields, dict):
            raise UsageError(f"The section '{section_key}' must map fields to values.")
        for field_key, raw in fields.items():
            field = form.field(f"{section_key}.{field_key}")
            if field is None:
                path = f"{section_key}.{field_key}"
                raise UsageError(f"The field '{path}' is not part of the {form.name} form.")
            value = None if raw is None else _value(field, raw)
            if value:
                cleaned.setdefault(section_key, {})[field_key] = value
    return cleaned


def value_of(values: Values, path: str) -> Any:
    section, _, field = path.partition(".")
    return values.get(section, {}).get(field)


# what is missing ------------------------------------------------------------------------------
def _row_problems(field: PlanFieldDef, rows: list[dict[str, str]]) -> list[Problem]:
    problems = []
    for number, row in enumerate(rows, start=1):
        for column in field.columns:
            if column.required and not row.get(column.key):
                problems.append(
                    Problem(field.path, f"{field.label}, row {number}: fill in '{column.label}'.")
                )
    return problems


def _checklist_problems(field: PlanFieldDef, answers: dict[str, dict[str, str]]) -> list[Problem]:
    assert field.risks is not None
    problems = []
    for risk in field.risks.risks:
        answer = answers.get(risk.key, {})
        status = field.risks.status(answer.get("status", ""))
        if status is None and field.required:
            problems.append(Problem(field.path, f"{field.label}: answer '{risk.label}'."))
        elif status is not None and status.measures_required and not answer.get("measures"):
            problems.append(
                Problem(field.path, f"{field.label}: give the measures against '{risk.label}'.")
            )
    return problems


def submission_problems(form: PlanForm, values: Values) -> list[Problem]:
    """Everything that must be filled in before the plan can be submitted, in form order."""
    problems: list[Problem] = []
    for section in form.sections:
        for field in section.fields:
            value = value_of(values, field.path)
            if field.type == "checklist":
                problems += _checklist_problems(field, value or {})
            elif field.required and not value:
                problems.append(Problem(field.path, f"Fill in '{field.label}' ({section.title})."))
            if field.has_rows and value:
                problems += _row_problems(field, value)
    return problems


def holds(values: Values, condition: Condition) -> bool:
    value = value_of(values, condition.field)
    if condition.equals is not None:
        return bool(value == condition.equals)
    if condition.filled:
        return bool(value)
    present = {row.get(condition.column) for row in value or []}
    return set(condition.row_values) <= present


def approval_problems(form: PlanForm, values: Values) -> list[Problem]:
    """The approval rules of the form that this plan does not meet yet."""
    problems = []
    for rule in form.approval_rules:
        if rule.when is not None and not holds(values, rule.when):
            continue
        failing = [c for c in rule.require if not holds(values, c)]
        if failing:
            problems.append(Problem(failing[0].field, rule.message))
    return problems
