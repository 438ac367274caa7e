"""Parse and check forms/life_project.yaml and forms/risk_lists.yaml.

Centre staff edit these files by hand, so every mistake is reported as one sentence naming the
file and the place (``sections[3].fields[1].choices``) before any plan is opened with them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from barnahus.errors import FormDefinitionError
from barnahus.formdefs.plan import (
    COLUMN_TYPES,
    FIELD_TYPES,
    HOOK_TYPES,
    QUOTE_COLUMNS,
    ApprovalRule,
    Choice,
    ColumnDef,
    Condition,
    PlanFieldDef,
    PlanForm,
    RiskDef,
    RiskList,
    RiskStatus,
    SectionDef,
)


class _Where:
    """Builds FormDefinitionErrors for one file."""

    def __init__(self, path: Path) -> None:
        self.name = path.name

    def fail(self, where: str, problem: str) -> FormDefinitionError:
        return FormDefinitionError(f"The form file {self.name} is invalid at {where}: {problem}.")


def _load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {path.name} could not be read.") from exc


def _key(file: _Where, raw: dict[str, Any], where: str, seen: set[str]) -> str:
    key = raw.get("key")
    if not isinstance(key, str) or not key.isidentifier():
        raise file.fail(f"{where}.key", "a key must be a simple name (letters, digits, _)")
    if key in seen:
        raise file.fail(f"{where}.key", f"'{key}' appears twice")
    seen.add(key)
    return key


def _text(file: _Where, raw: dict[str, Any], name: str, where: str, *, required: bool) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise file.fail(f"{where}.{name}", "a text is required" if required else "must be text")
    return value.strip()


def _flag(file: _Where, raw: dict[str, Any], name: str, where: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise file.fail(f"{where}.{name}", "must be true or false")
    return value


def _mapping(file: _Where, raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise file.fail(where, "must be a mapping")
    return raw


def _list(file: _Where, raw: Any, where: str) -> list[Any]:
    if not isinstance(raw, list) or not raw:
        raise file.fail(where, "a non-empty list is required")
    return raw


def _choices(file: _Where, raw: Any, where: str) -> tuple[Choice, ...]:
    choices: list[Choice] = []
    seen: set[str] = set()
    for index, item in enumerate(_list(file, raw, where)):
        at = f"{where}[{index}]"
        if isinstance(item, str):
            item = {"value": item, "label": item}
        entry = _mapping(file, item, at)
        value = _text(file, entry, "value", at, required=True)
        if value in seen:
            raise file.fail(f"{at}.value", f"'{value}' appears twice")
        seen.add(value)
        choices.append(Choice(value, _text(file, entry, "label", at, required=True)))
    return tuple(choices)


# risk lists ---------------------------------------------------------------------------------
def parse_risk_lists(path: Path) -> dict[str, RiskList]:
    file = _Where(path)
    doc = _mapping(file, _load(path), "the top level")
    statuses: list[RiskStatus] = []
    for index, raw in enumerate(_list(file, doc.get("statuses"), "statuses")):
        at = f"statuses[{index}]"
        entry = _mapping(file, raw, at)
        statuses.append(
            RiskStatus(
                _text(file, entry, "value", at, required=True),
                _text(file, entry, "label", at, required=True),
                _flag(file, entry, "measures_required", at),
            )
        )
    lists: dict[str, RiskList] = {}
    for list_key, raw_list in _mapping(file, doc.get("lists"), "lists").items():
        at = f"lists.{list_key}"
        entry = _mapping(file, raw_list, at)
        seen: set[str] = set()
        risks = []
        for index, raw_risk in enumerate(_list(file, entry.get("risks"), f"{at}.risks")):
            risk_at = f"{at}.risks[{index}]"
            risk = _mapping(file, raw_risk, risk_at)
            risks.append(
                RiskDef(
                    _key(file, risk, risk_at, seen),
                    _text(file, risk, "label", risk_at, required=True),
                    _text(file, risk, "help", risk_at, required=False),
                )
            )
        title = _text(file, entry, "title", at, required=True)
        lists[str(list_key)] = RiskList(str(list_key), title, tuple(risks), tuple(statuses))
    if not lists:
        raise file.fail("lists", "at least one risk list is required")
    return lists


# the plan form ------------------------------------------------------------------------------
def _columns(file: _Where, raw: Any, where: str) -> tuple[ColumnDef, ...]:
    columns: list[ColumnDef] = []
    seen: set[str] = set()
    for index, item in enumerate(_list(file, raw, where)):
        at = f"{where}[{index}]"
        entry = _mapping(file, item, at)
        key = _key(file, entry, at, seen)
        kind = entry.get("type")
        if kind not in COLUMN_TYPES:
            raise file.fail(f"{at}.type", f"'{kind}' is not one of {sorted(COLUMN_TYPES)}")
        choices = _choices(file, entry.get("choices"), f"{at}.choices") if kind == "choice" else ()
        columns.append(
            ColumnDef(
                key,
                _text(file, entry, "label", at, required=True),
                str(kind),
                _flag(file, entry, "required", at),
                _flag(file, entry, "child", at),
                choices,
            )
        )
    return tuple(columns)


def _field(
    file: _Where, raw: Any, where: str, section: str, seen: set[str], risks: dict[str, RiskList]
) -> PlanFieldDef:
    entry = _mapping(file, raw, where)
    key = _key(file, entry, where, seen)
    kind = entry.get("type")
    if kind not in FIELD_TYPES:
        raise file.fail(f"{where}.type", f"'{kind}' is not one of {sorted(FIELD_TYPES)}")
    choices = _choices(file, entry.get("choices"), f"{where}.choices") if kind == "choice" else ()
    columns: tuple[ColumnDef, ...] = ()
    if kind == "table":
        columns = _columns(file, entry.get("columns"), f"{where}.columns")
    elif kind == "quotes":
        columns = QUOTE_COLUMNS
    risk_list = None
    if kind == "checklist":
        name = entry.get("risks")
        if name not in risks:
            raise file.fail(f"{where}.risks", f"'{name}' is not a list in risk_lists.yaml")
        risk_list = risks[str(name)]
    child = _flag(file, entry, "child", where)
    if kind == "checklist" and child:
        raise file.fail(f"{where}.child", "risks never appear in the child's version")
    return PlanFieldDef(
        section=section,
        key=key,
        type=str(kind),
        label=_text(file, entry, "label", where, required=True),
        help=_text(file, entry, "help", where, required=False),
        required=_flag(file, entry, "required", where),
        child=child,
        choices=choices,
        columns=columns,
        risks=risk_list,
    )


def _section(
    file: _Where, raw: Any, where: str, seen: set[str], risks: dict[str, RiskList], pictures: Path
) -> SectionDef:
    entry = _mapping(file, raw, where)
    key = _key(file, entry, where, seen)
    picture = _text(file, entry, "picture", where, required=False)
    if picture and not (pictures / f"{picture}.svg").is_file():
        raise file.fail(f"{where}.picture", f"there is no picture resources/pictures/{picture}.svg")
    field_keys: set[str] = set()
    fields = tuple(
        _field(file, item, f"{where}.fields[{i}]", key, field_keys, risks)
        for i, item in enumerate(_list(file, entry.get("fields"), f"{where}.fields"))
    )
    return SectionDef(
        key=key,
        title=_text(file, entry, "title", where, required=True),
        fields=fields,
        help=_text(file, entry, "help", where, required=False),
        child=_flag(file, entry, "child", where),
        picture=picture,
    )


def _condition(file: _Where, form: PlanForm, raw: Any, where: str) -> Condition:
    entry = _mapping(file, raw, where)
    path = entry.get("field")
    field = form.field(path) if isinstance(path, str) else None
    if field is None:
        raise file.fail(f"{where}.field", f"'{path}' is not a section.field of this form")
    tests = [name for name in ("equals", "filled", "has_rows") if name in entry]
    if len(tests) != 1:
        raise file.fail(where, "give exactly one of equals, filled, has_rows")
    if "equals" in entry:
        wanted = entry["equals"]
        if field.type != "choice" or wanted not in {c.value for c in field.choices}:
            raise file.fail(f"{where}.equals", f"'{wanted}' is not a choice of {path}")
        return Condition(field.path, equals=str(wanted))
    if "filled" in entry:
        if entry["filled"] is not True:
            raise file.fail(f"{where}.filled", "only 'filled: true' is meaningful")
        return Condition(field.path, filled=True)
    rows = _mapping(file, entry["has_rows"], f"{where}.has_rows")
    column = next((c for c in field.columns if c.key == rows.get("column")), None)
    if column is None:
        raise file.fail(f"{where}.has_rows.column", f"{path} has no such column")
    values = rows.get("values")
    known = {c.value for c in column.choices}
    if not isinstance(values, list) or not values or not set(values) <= known:
        raise file.fail(f"{where}.has_rows.values", f"a list of choices of column {column.key}")
    return Condition(field.path, column=column.key, row_values=tuple(str(v) for v in values))


def _rules(file: _Where, form: PlanForm, raw: Any) -> tuple[ApprovalRule, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise file.fail("approval_rules", "must be a list")
    rules = []
    for index, item in enumerate(raw):
        at = f"approval_rules[{index}]"
        entry = _mapping(file, item, at)
        when = entry.get("when")
        rules.append(
            ApprovalRule(
                require=tuple(
                    _condition(file, form, c, f"{at}.require[{i}]")
                    for i, c in enumerate(_list(file, entry.get("require"), f"{at}.require"))
                ),
                message=" ".join(_text(file, entry, "message", at, required=True).split()),
                when=None if when is None else _condition(file, form, when, f"{at}.when"),
            )
        )
    return tuple(rules)


def parse_plan_form(path: Path, risk_path: Path, pictures: Path | None = None) -> PlanForm:
    """The form at ``path`` with its risk lists; raises FormDefinitionError naming the place."""
    if pictures is None:
        from barnahus.datafiles import data_dir

        pictures = data_dir("resources") / "pictures"
    risks = parse_risk_lists(risk_path)
    file = _Where(path)
    doc = _mapping(file, _load(path), "the top level")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise file.fail("version", "a whole number from 1 is required")
    seen: set[str] = set()
    sections = tuple(
        _section(file, raw, f"sections[{i}]", seen, risks, pictures)
        for i, raw in enumerate(_list(file, doc.get("sections"), "sections"))
    )
    hooks_raw = _mapping(file, doc.get("hooks"), "hooks")
    form = PlanForm(str(doc.get("form", path.stem)), version, sections, {}, ())
    hooks: dict[str, str] = {}
    for name, kind in HOOK_TYPES.items():
        target = hooks_raw.get(name)
        field = form.field(target) if isinstance(target, str) else None
        if field is None or field.type != kind:
            raise file.fail(f"hooks.{name}", f"it must name a {kind} field as section.field")
        hooks[name] = field.path
    return PlanForm(
        form.name, version, sections, hooks, _rules(file, form, doc.get("approval_rules"))
    )
