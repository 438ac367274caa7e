"""Profile rules: friendly parsing, presumption of minority, the guardian, contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.services.profile import (
    age_assessment,
    field_text,
    guardian_missing,
    parse_contact,
    parse_date,
    parse_profile,
    section_of,
)

TODAY = dt.date(2026, 11, 26)


def parse(**raw: str | bool) -> object:
    return parse_profile(child_profile_form(), raw, TODAY)


def test_a_typed_profile_becomes_valid_values() -> None:
    parsed = parse_profile(
        child_profile_form(),
        {
            "pseudonym": " Wren ",
            "date_of_birth": "17.04.2012",
            "estimated_age": "14",
            "languages": "Freedonian, some English;",
            "interpreter_needed": True,
            "interpreter_language": "Freedonian",
            "legal_status": "undocumented",
        },
        TODAY,
    )
    assert parsed.ok
    assert parsed.values["pseudonym"] == "Wren"
    assert parsed.values["date_of_birth"] == "2012-04-17"
    assert parsed.values["estimated_age"] == 14
    assert parsed.values["languages"] == ["Freedonian", "some English"]
    assert parsed.values["presumed_minor"] is True
    check_values(child_profile_form(), parsed.values)


@pytest.mark.parametrize(
    ("field", "typed", "code"),
    [
        ("pseudonym", "", "required"),
        ("date_of_birth", "2014-13-45", "date_format"),
        ("date_of_birth", "2030-01-01", "date_future"),
        ("estimated_age", "fourteen", "whole_number"),
        ("estimated_age", "200", "age_range"),
        ("legal_status", "tourist", "choice"),
    ],
)
def test_problems_name_the_field_and_keep_what_was_typed(field: str, typed: str, code: str) -> None:
    raw = {"pseudonym": "Wren", field: typed}
    parsed = parse_profile(child_profile_form(), raw, TODAY)
    found = parsed.problem_for(field)
    assert found is not None
    assert found.code == code
    assert found.message.endswith(".")
    if typed and code != "date_future":
        assert str(parsed.values[field]) == typed  # the draft keeps what was typed


def test_interpreter_language_is_asked_for() -> None:
    parsed = parse_profile(
        child_profile_form(), {"pseudonym": "Wren", "interpreter_needed": True}, TODAY
    )
    assert [p.code for p in parsed.problems] == ["interpreter_language"]


def test_uncertain_age_means_a_child() -> None:
    unknown = age_assessment({"estimated_age": 19}, TODAY)
    assert unknown == age_assessment({"estimated_age": 19, "presumed_minor": False}, TODAY)
    assert unknown.treated_as_child
    assert unknown.presumption_locked
    assert not unknown.age_certain
    assert unknown.age == 19
    child = age_assessment({"date_of_birth": "2012-04-17"}, TODAY)
    assert child.age == 14
    assert child.age_certain
    assert child.presumption_locked
    adult = age_assessment({"date_of_birth": "2001-01-01"}, TODAY)
    assert adult.age == 25
    assert not adult.treated_as_child
    assert not adult.presumption_locked
    kept = age_assessment({"date_of_birth": "2001-01-01", "presumed_minor": True}, TODAY)
    assert kept.treated_as_child
    birthday = age_assessment({"date_of_birth": "2008-11-27"}, TODAY)
    assert birthday.age == 17  # eighteen tomorrow


def test_parsing_forces_the_presumption_while_the_age_is_uncertain() -> None:
    parsed = parse_profile(
        child_profile_form(), {"pseudonym": "Wren", "presumed_minor": False}, TODAY
    )
    assert parsed.values["presumed_minor"] is True


def test_guardian_and_helpers() -> None:
    assert guardian_missing({})
    assert guardian_missing({"guardian_name": "  "})
    assert not guardian_missing({"guardian_name": "Greta Placeholder"})
    assert parse_date("1.2.2014") == dt.date(2014, 2, 1)
    assert parse_date("31.02.2014") is None
    form = child_profile_form()
    languages = form.field("languages")
    assert languages is not None
    assert field_text(languages, ["a", "b"]) == "a, b"
    age = form.field("estimated_age")
    assert age is not None
    assert field_text(age, "fourteen") == "fourteen"
    assert section_of("guardian_name") == "guardian"
    assert section_of("added_by_the_centre") == "more"


def test_contacts_need_a_name_and_plausible_details() -> None:
    assert parse_contact({"name": "Greta", "email": "g@example.org", "phone": "+00 555 01"}).ok
    codes = [p.code for p in parse_contact({"email": "greta", "phone": "call me"}).problems]
    assert codes == ["required", "email", "phone"]
