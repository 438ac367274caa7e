"""Load the child-profile form from forms/ and check values against it.

The form is data a centre may edit, so it is validated on load with errors that name the file
and the field, and values are checked against it before they are encrypted and saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_file
from barnahus.errors import FormDefinitionError, UsageError

FIELD_TYPES = frozenset({"text", "multiline", "date", "integer", "boolean", "choice", "list"})


@dataclass(frozen=True)
class FieldDef:
    key: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormDef:
    name: str
    fields: tuple[FieldDef, ...]

    def field(self, key: str) -> FieldDef | None:
        return next((f for f in self.fields if f.key == key), None)


def _fail(path: Path, where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {path.name} is invalid at {where}: {problem}.")


def parse_form(path: Path) -> FormDef:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {path.name} could not be read.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("fields"), list):
        raise _fail(path, "the top level", "it needs 'form' and a list of 'fields'")
    fields: list[FieldDef] = []
    seen: set[str] = set()
    for index, raw in enumerate(doc["fields"]):
        where = f"fields[{index}]"
        if not isinstance(raw, dict):
            raise _fail(path, where, "each field must be a mapping")
        key, kind, label = raw.get("key"), raw.get("type"), raw.get("label")
        if not isinstance(key, str) or not key.isidentifier():
            raise _fail(path, f"{where}.key", "a field key must be a simple name")
        if key in seen:
            raise _fail(path, f"{where}.key", f"'{key}' appears twice")
        if kind not in FIELD_TYPES:
            raise _fail(path, f"{where}.type", f"'{kind}' is not one of {sorted(FIELD_TYPES)}")
        if not isinstance(label, str) or not label:
            raise _fail(path, f"{where}.label", "a label is required")
        choices = raw.get("choices", [])
        if kind == "choice" and (not isinstance(choices, list) or not choices):
            raise _fail(path, f"{where}.choices", "a choice field needs a list of choices")
        seen.add(key)
        fields.append(
            FieldDef(
                key,
                kind,
                label,
                str(raw.get("help", "")),
                bool(raw.get("required", False)),
                tuple(str(c) for c in choices),
            )
        )
    return FormDef(str(doc.get("form", path.stem)), tuple(fields))


@cache
def child_profile_form() -> FormDef:
    return parse_form(data_file("forms", "child_profile.yaml"))


def _valid(field: FieldDef, value: Any) -> bool:
    if value is None:
        return True
    match field.type:
        case "text" | "multiline":
            return isinstance(value, str)
        case "integer":
            return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 130
        case "boolean":
            return isinstance(value, bool)
        case "choice":
            return value in field.choices
        case "list":
            return isinstance(value, list) and all(isinstance(v, str) for v in value)
        case "date":
            if not isinstance(value, str):
                return False
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return False
            return True
    return False


def check_values(form: FormDef, values: dict[str, Any]) -> None:
    """Raise a usage error naming the first field whose value does not fit the form."""
    for key, value in values.items():
        field = form.field(key)
        if field is None:
            raise UsageError(f"The field '{key}' is not part of the {form.name} form.")
        if not _valid(field, value):
            raise UsageError(f"The value of '{key}' is not a valid {field.type}.")
    for field in form.fields:
        if field.required and values.get(field.key) in (None, ""):
            raise UsageError(f"The field '{field.key}' is required.")
