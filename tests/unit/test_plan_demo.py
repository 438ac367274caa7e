"""The demo centre's life projects: each case has an approved version and a draft, complete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.conftest import FAST_KDF

from barnahus.careplan.model import PlanStatus
from barnahus.careplan.values import value_of
from barnahus.errors import FormDefinitionError
from barnahus.formdefs.plan import life_project_form
from barnahus.services.cases import list_cases
from barnahus.services.demo import create_demo_store
from barnahus.services.demo_plans import check_demo_plan, demo_plans
from barnahus.services.plans import open_plan
from barnahus.services.signin import sign_in
from barnahus.services.store_access import open_database
from barnahus.store.database import StoreDatabase

PASSPHRASE = "lantern harbour demo centre"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreDatabase]:
    location = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_store(location, PASSPHRASE, FAST_KDF)
    db = open_database(location)
    yield db
    db.dispose()


def test_every_demo_case_has_an_approved_plan_and_a_newer_draft(demo: StoreDatabase) -> None:
    coordinator = sign_in(demo, "coordinator", PASSPHRASE)
    form = life_project_form()
    cases = list_cases(demo)
    assert len(cases) == 3
    for case in cases:
        state = open_plan(demo, coordinator, case.id)
        assert [v.status for v in state.versions] == [PlanStatus.APPROVED, PlanStatus.DRAFT]
        first, second = state.versions
        assert state.name_of(first.approved_by) == "coordinator"
        assert {state.name_of(a) for a in first.authors | second.authors} == {"psychologist"}
        for field in form.fields():
            assert value_of(first.values, field.path), (case.case_number, field.path)
            assert value_of(second.values, field.path), (case.case_number, field.path)
        assert first.values != second.values


def test_a_demo_case_naming_an_unknown_plan_is_refused() -> None:
    assert set(demo_plans()) == {"DEMO-0001", "DEMO-0002", "DEMO-0003"}
    with pytest.raises(FormDefinitionError) as raised:
        check_demo_plan("DEMO-9999", "cases[0].life_project")
    assert "demo_centre.yaml is invalid at cases[0].life_project" in raised.value.message
