"""The child's profile as people type it: parsing, friendly checks, age and guardian rules.

Pure functions, no store: the desktop app calls them on every key press to show warnings, the
command line and the case list use the same rules, and tests need no display.

Two safeguards from the Barnahus and anti-trafficking guidance live here, so every screen and
printout applies them alike:

- **Presumption of minority.** When the age is uncertain (no date of birth) the person is
  treated as a child until an age assessment shows otherwise; the "presumed to be a child"
  mark cannot be removed then. A date of birth that makes them an adult still allows the mark,
  so a centre can keep presuming minority while an assessment is under way.
- **Guardian.** A child without a guardian must get a temporary one at once; the profile, the
  case view and the case list say so while none is recorded.

Problems carry a stable ``code`` that the GUI turns into a translated sentence, and an English
``message`` for the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from barnahus.formdefs.profile import FieldDef, FormDef

PROFILE_KIND = "child_profile"
CONTACT_KIND = "contact"
ADULT_AGE = 18
MAX_AGE = 130

# Which profile fields are shown together, in this order; fields a centre adds to the form and
# that are not listed here appear under "more details".
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("identity", ("pseudonym", "given_names", "family_name", "gender", "nationality")),
    ("age", ("date_of_birth", "estimated_age", "presumed_minor")),
    ("languages", ("languages", "interpreter_needed", "interpreter_language")),
    ("guardian", ("guardian_name", "guardian_appointed_on", "legal_status")),
    ("placement", ("placement",)),
)
MORE_SECTION = "more"

CONTACT_FIELDS = ("name", "role", "organisation", "phone", "email", "notes")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-./ ]{3,40}$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")

RawValues = Mapping[str, str | bool]


@dataclass(frozen=True)
class FieldProblem:
    key: str
    code: str
    message: str


PROBLEM_MESSAGES: dict[str, str] = {
    "required": "This must be filled in.",
    "date_format": "Write the date as year-month-day, for example 2014-03-25.",
    "date_future": "This date is in the future.",
    "whole_number": "Write a whole number, for example 14.",
    "age_range": f"An age is a number from 0 to {MAX_AGE}.",
    "choice": "Choose one of the options in the list.",
    "interpreter_language": "Say which language the interpreter should speak.",
    "email": "This does not look like an e-mail address (name@example.org).",
    "phone": "Use digits, spaces and + - ( ) only.",
}


def problem(key: str, code: str) -> FieldProblem:
    return FieldProblem(key, code, PROBLEM_MESSAGES[code])


@dataclass(frozen=True)
class Parsed:
    """Typed values of every field that parsed, the raw text of those that did not, problems."""

    values: dict[str, Any]
    problems: tuple[FieldProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_for(self, key: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.key == key), None)


def parse_date(text: str) -> dt.date | None:
    """ISO dates, and day.month.year as many people write them; ``None`` if neither."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def _parse_field(field: FieldDef, raw: str | bool, today: dt.date) -> tuple[Any, str | None]:
    """(value, problem code); value ``None`` means the field is empty."""
    if field.type == "boolean":
        return bool(raw), None
    text = str(raw).strip() if not isinstance(raw, bool) else ""
    if not text:
        return None, "required" if field.required else None
    match field.type:
        case "date":
            date = parse_date(text)
            if date is None:
                return text, "date_format"
            if date > today:
                return date.isoformat(), "date_future"
            return date.isoformat(), None
        case "integer":
            if not re.fullmatch(r"\d+", text):
                return text, "whole_number"
            number = int(text)
            return number, None if number <= MAX_AGE else "age_range"
        case "choice":
            return text, None if text in field.choices else "choice"
        case "list":
            return split_list(text), None
        case "multiline":
            return str(raw).strip(), None
    return text, None


def parse_profile(form: FormDef, raw: RawValues, today: dt.date | None = None) -> Parsed:
    """Turn what was typed into profile values, with friendly problems per field.

    Every value is kept (the raw text where it did not parse) so that an autosaved draft holds
    exactly what was typed; a revision is only saved when :attr:`Parsed.ok`.
    """
    today = today or dt.date.today()
    values: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for field in form.fields:
        value, code = _parse_field(field, raw.get(field.key, ""), today)
        if value is not None and value != []:
            values[field.key] = value
        if code is not None:
            problems.append(problem(field.key, code))
    wants_language = form.field("interpreter_language") is not None
    if (
        wants_language
        and values.get("interpreter_needed")
        and not values.get("interpreter_language")
    ):
        problems.append(problem("interpreter_language", "interpreter_language"))
    assessment = age_assessment(values, today)
    if form.field("presumed_minor") is not None:
        values["presumed_minor"] = assessment.treated_as_child
    return Parsed(values, tuple(problems))


def field_text(field: FieldDef, value: Any) -> str | bool:
    """What a widget shows for a stored value, tolerant of values of the wrong type."""
    if field.type == "boolean":
        return value is True
    if value is None:
        return ""
    if field.type == "list" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class AgeAssessment:
    age: int | None
    age_certain: bool
    treated_as_child: bool
    presumption_locked: bool


def years_between(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_assessment(values: Mapping[str, Any], today: dt.date | None = None) -> AgeAssessment:
    """How old the child is, whether that is certain, and whether they are treated as a child."""
    today = today or dt.date.today()
    born = values.get("date_of_birth")
    date = parse_date(born) if isinstance(born, str) else None
    if date is not None and date <= today:
        age = years_between(date, today)
        locked = age < ADULT_AGE
        return AgeAssessment(age, True, locked or values.get("presumed_minor") is True, locked)
    estimated = values.get("estimated_age")
    guess = estimated if isinstance(estimated, int) and not isinstance(estimated, bool) else None
    return AgeAssessment(guess, False, True, True)


def guardian_missing(values: Mapping[str, Any]) -> bool:
    name = values.get("guardian_name")
    return not (isinstance(name, str) and name.strip())


def section_of(key: str) -> str:
    for section, keys in SECTIONS:
        if key in keys:
            return section
    return MORE_SECTION


# contacts -----------------------------------------------------------------------------------
def parse_contact(raw: Mapping[str, str]) -> Parsed:
    values = {key: str(raw.get(key, "")).strip() for key in CONTACT_FIELDS}
    problems = []
    if not values["name"]:
        problems.append(problem("name", "required"))
    if values["email"] and not _EMAIL.match(values["email"]):
        problems.append(problem("email", "email"))
    if values["phone"] and not _PHONE.match(values["phone"]):
        problems.append(problem("phone", "phone"))
    return Parsed({k: v for k, v in values.items() if v}, tuple(problems))
