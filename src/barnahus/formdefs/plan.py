"""The life-project form: sections, fields, risk lists, hooks and approval rules from forms/.

A centre adapts its care plan by editing ``forms/life_project.yaml`` and
``forms/risk_lists.yaml``; the program reads them through these plain dataclasses. Parsing and
validation (errors naming the file and the field) live in :mod:`barnahus.formdefs.plan_parse`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from barnahus.errors import FormDefinitionError

PLAN_FILE = "life_project.yaml"
RISK_FILE = "risk_lists.yaml"

FIELD_TYPES = frozenset(
    {"text", "paragraphs", "date", "choice", "language", "list", "quotes", "table", "checklist"}
)
COLUMN_TYPES = frozenset({"text", "date", "choice"})
# Hooks the program needs, and the field type each must point at.
HOOK_TYPES = {
    "next_review": "date",
    "child_language": "language",
    "child_name": "text",
    "signatures": "table",
}


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class ColumnDef:
    key: str
    label: str
    type: str
    required: bool = False
    child: bool = False
    choices: tuple[Choice, ...] = ()

    def label_of(self, value: str) -> str:
        return choice_label(self.choices, value)


# The child's own words: fixed columns, so every quote says who wrote it down and when.
QUOTE_COLUMNS = (
    ColumnDef("words", "In the child's words", "text", required=True, child=True),
    ColumnDef("recorded_by", "Recorded by", "text", required=True),
    ColumnDef("recorded_on", "Recorded on", "date", required=True),
)


@dataclass(frozen=True)
class RiskStatus:
    value: str
    label: str
    measures_required: bool = False


@dataclass(frozen=True)
class RiskDef:
    key: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class RiskList:
    key: str
    title: str
    risks: tuple[RiskDef, ...]
    statuses: tuple[RiskStatus, ...]

    def risk(self, key: str) -> RiskDef | None:
        return next((r for r in self.risks if r.key == key), None)

    def status(self, value: str) -> RiskStatus | None:
        return next((s for s in self.statuses if s.value == value), None)


@dataclass(frozen=True)
class PlanFieldDef:
    section: str
    key: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    child: bool = False
    choices: tuple[Choice, ...] = ()
    columns: tuple[ColumnDef, ...] = ()
    risks: RiskList | None = None

    @property
    def path(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def has_rows(self) -> bool:
        return self.type in ("table", "quotes")

    def label_of(self, value: str) -> str:
        return choice_label(self.choices, value)


@dataclass(frozen=True)
class SectionDef:
    key: str
    title: str
    fields: tuple[PlanFieldDef, ...]
    help: str = ""
    child: bool = False
    picture: str = ""

    def child_fields(self) -> tuple[PlanFieldDef, ...]:
        """Fields that may appear in the child's version (never a risk checklist)."""
        if not self.child:
            return ()
        return tuple(f for f in self.fields if f.child and f.type != "checklist")


@dataclass(frozen=True)
class Condition:
    """One test on a field: equals a value, is filled, or has rows naming every value."""

    field: str
    equals: str | None = None
    filled: bool = False
    column: str = ""
    row_values: tuple[str, ...] = ()


@dataclass(frozen=True)
class ApprovalRule:
    require: tuple[Condition, ...]
    message: str
    when: Condition | None = None


@dataclass(frozen=True)
class PlanForm:
    name: str
    version: int
    sections: tuple[SectionDef, ...]
    hooks: dict[str, str]
    approval_rules: tuple[ApprovalRule, ...]

    def section(self, key: str) -> SectionDef | None:
        return next((s for s in self.sections if s.key == key), None)

    def field(self, path: str) -> PlanFieldDef | None:
        section_key, _, field_key = path.partition(".")
        section = self.section(section_key)
        if section is None:
            return None
        return next((f for f in section.fields if f.key == field_key), None)

    def fields(self) -> Iterator[PlanFieldDef]:
        for section in self.sections:
            yield from section.fields

    def required_rows(self, path: str, column: str) -> tuple[str, ...]:
        """Values the approval rules require in ``column`` of the table at ``path``."""
        found: list[str] = []
        for rule in self.approval_rules:
            for condition in rule.require:
                if condition.field == path and condition.column == column:
                    found += [v for v in condition.row_values if v not in found]
        return tuple(found)

    def hook(self, name: str) -> PlanFieldDef:
        found = self.field(self.hooks.get(name, ""))
        if found is None:  # parse_plan_form guarantees every hook; this is a programming error
            raise FormDefinitionError(f"The form file {PLAN_FILE} has no '{name}' hook.")
        return found


def choice_label(choices: tuple[Choice, ...], value: str) -> str:
    """The label shown for a stored choice value (the value itself if no longer offered)."""
    return next((c.label for c in choices if c.value == value), value)


@cache
def life_project_form() -> PlanForm:
    """The centre's life-project form, parsed and checked once per process."""
    from barnahus.datafiles import data_file
    from barnahus.formdefs.plan_parse import parse_plan_form

    return parse_plan_form(data_file("forms", PLAN_FILE), data_file("forms", RISK_FILE))
