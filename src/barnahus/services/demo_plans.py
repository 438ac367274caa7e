"""The demo centre's life projects: two versions per case, one approved and one draft.

A demo must show the whole workflow, so each plan is written the way a centre would write it:
the psychologist submits version 1, the coordinator approves it, and the psychologist starts
version 2 after a review and leaves it as a draft. The content lives in forms/demo_plans.yaml
and is checked in full (every field of version 1 filled, both versions valid) before the demo
store is created, with errors naming the file and the field.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import yaml

from barnahus.careplan.values import (
    Values,
    approval_problems,
    normalise,
    submission_problems,
    value_of,
)
from barnahus.datafiles import data_file
from barnahus.errors import FormDefinitionError, UsageError
from barnahus.formdefs.plan import life_project_form
from barnahus.services.plans import approve_plan, save_plan, submit_plan
from barnahus.store.entities import CaseInfo

if TYPE_CHECKING:
    from barnahus.services.demo import DemoTeam

PLANS_FILE = "demo_plans.yaml"


def _fail(where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {PLANS_FILE} is invalid at {where}: {problem}.")


@cache
def demo_plans() -> dict[str, Any]:
    try:
        doc = yaml.safe_load(data_file("forms", PLANS_FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {PLANS_FILE} could not be read.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("plans"), dict):
        raise _fail("the top level", "it needs a mapping of 'plans' by case number")
    plans: dict[str, Any] = doc["plans"]
    return plans


def plan_versions(key: str) -> tuple[Values, Values]:
    """(version 1, version 2) of the plan named ``key``, each checked against the form."""
    form = life_project_form()
    plan = demo_plans().get(key)
    if not isinstance(plan, dict) or set(plan) != {"approved", "draft"}:
        raise _fail(f"plans.{key}", "a plan needs exactly 'approved' and 'draft'")
    try:
        approved = normalise(form, plan["approved"])
        changes = normalise(form, plan["draft"])
    except UsageError as exc:
        raise _fail(f"plans.{key}", exc.message.rstrip(".")) from exc
    for field in form.fields():
        if not value_of(approved, field.path):
            raise _fail(f"plans.{key}.approved.{field.path}", "the demo fills every field")
    problems = submission_problems(form, approved) + approval_problems(form, approved)
    if problems:
        raise _fail(f"plans.{key}.approved", problems[0].message.rstrip("."))
    if not changes:
        raise _fail(f"plans.{key}.draft", "the draft must change something")
    draft = {section: dict(fields) for section, fields in approved.items()}
    for section, fields in changes.items():
        draft.setdefault(section, {}).update(fields)
    return approved, draft


def check_demo_plan(value: Any, where: str) -> None:
    """The demo section check: ``value`` names a plan in forms/demo_plans.yaml."""
    if not isinstance(value, str) or value not in demo_plans():
        raise FormDefinitionError(
            f"The form file demo_centre.yaml is invalid at {where}: "
            f"it must name a plan in {PLANS_FILE}."
        )
    plan_versions(value)


def write_demo_plan(team: DemoTeam, case: CaseInfo, value: Any) -> None:
    approved, draft = plan_versions(str(value))
    submit_plan(team.db, team.psychologist, case.id, approved)
    approve_plan(team.db, team.coordinator, case.id, 1)
    save_plan(team.db, team.psychologist, case.id, draft)
