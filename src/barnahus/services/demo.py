"""The demo centre: a store full of invented cases, to try the app and to train staff.

People must be able to see and practise with a working centre without typing real children's
details. The demo is built through the same services as real work (accounts, grants, cases,
signed and encrypted records), so it exercises the real code paths, and is marked with the
store's ``demo`` flag so the app can say plainly that nothing in it is real.

The content lives in ``forms/demo_centre.yaml`` (data, not code) and is checked in full before
the store is created, with errors naming the file and the field. Each top-level key of a case
is a *section* handled by one entry of :data:`SECTIONS`: a check and a writer. Interview
sessions and care plans are added later by registering their section here and writing its
data in the YAML file.

The recovery key of a demo store is not kept: the store holds nothing worth recovering.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_file
from barnahus.errors import FormDefinitionError, UsageError
from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.roles import Compartment, Role
from barnahus.services.accounts import add_user, create_store, grant_access
from barnahus.services.cases import create_case
from barnahus.services.demo_interviews import check_demo_interviews, write_demo_interviews
from barnahus.services.demo_plans import check_demo_plan, write_demo_plan
from barnahus.services.keyring import Keyring
from barnahus.services.passphrase_policy import check_passphrase
from barnahus.services.records import RecordContent, create_record, save_revision
from barnahus.services.signin import sign_in
from barnahus.services.store_access import KdfChoice
from barnahus.services.store_info import DEMO_KEY
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo

DEMO_FILE = "demo_centre.yaml"
ADMIN = "admin"
# One account per working role, named after it; every account gets the same passphrase.
COLLEAGUES = (Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST)
CONTACT_FIELDS = ("name", "role", "organisation", "phone", "email", "notes")
NOTE_FIELDS = ("title", "text")


@dataclass(frozen=True)
class DemoTeam:
    """Who writes what: the coordinator keeps identity records, the psychologist the rest."""

    db: StoreDatabase
    coordinator: Keyring
    psychologist: Keyring

    def author(self, compartment: Compartment) -> Keyring:
        return self.coordinator if compartment is Compartment.IDENTITY else self.psychologist


def _fail(where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {DEMO_FILE} is invalid at {where}: {problem}.")


def _mapping(value: Any, where: str, keys: tuple[str, ...]) -> Mapping[str, str]:
    """A mapping with exactly ``keys``, every value a non-empty string."""
    if not isinstance(value, dict) or set(value) != set(keys):
        raise _fail(where, f"it needs exactly the keys {', '.join(keys)}")
    for key in keys:
        if not isinstance(value[key], str) or not value[key].strip():
            raise _fail(f"{where}.{key}", "a non-empty text is required")
    return value


# sections -----------------------------------------------------------------------------------
def _check_profile(value: Any, where: str) -> None:
    form = child_profile_form()
    if not isinstance(value, dict):
        raise _fail(where, "the profile must be a mapping of field keys to values")
    for field in form.fields:
        if value.get(field.key) in (None, "", []):
            raise _fail(f"{where}.{field.key}", "the demo fills every profile field")
    try:
        check_values(form, value)
    except UsageError as exc:
        raise _fail(where, exc.message.rstrip(".")) from exc


def _write_profile(team: DemoTeam, case: CaseInfo, value: Any) -> None:
    _save(team, case, "child_profile", Compartment.IDENTITY, str(value["pseudonym"]), value)


def _check_contacts(value: Any, where: str) -> None:
    if not isinstance(value, list) or not value:
        raise _fail(where, "a list of contacts is required")
    for index, contact in enumerate(value):
        _mapping(contact, f"{where}[{index}]", CONTACT_FIELDS)


def _write_contacts(team: DemoTeam, case: CaseInfo, value: Any) -> None:
    for contact in value:
        _save(team, case, "contact", Compartment.IDENTITY, contact["name"], dict(contact))


def _check_notes(value: Any, where: str) -> None:
    known = {c.value for c in Compartment}
    if not isinstance(value, dict) or not set(value) <= known:
        raise _fail(where, f"notes are grouped by compartment ({', '.join(sorted(known))})")
    for compartment, notes in value.items():
        if not isinstance(notes, list):
            raise _fail(f"{where}.{compartment}", "a list of notes is required")
        for index, note in enumerate(notes):
            _mapping(note, f"{where}.{compartment}[{index}]", NOTE_FIELDS)


def _write_notes(team: DemoTeam, case: CaseInfo, value: Any) -> None:
    for compartment_name, notes in value.items():
        compartment = Compartment(compartment_name)
        for note in notes:
            _save(team, case, "note", compartment, note["title"], {"text": note["text"]})


@dataclass(frozen=True)
class Section:
    check: Callable[[Any, str], None]
    write: Callable[[DemoTeam, CaseInfo, Any], None]


# The extension point: one entry per kind of demo content, written in this order.
SECTIONS: dict[str, Section] = {
    "profile": Section(_check_profile, _write_profile),
    "contacts": Section(_check_contacts, _write_contacts),
    "notes": Section(_check_notes, _write_notes),
    "life_project": Section(check_demo_plan, write_demo_plan),
    "interviews": Section(check_demo_interviews, write_demo_interviews),
}


def _save(
    team: DemoTeam,
    case: CaseInfo,
    kind: str,
    compartment: Compartment,
    title: str,
    body: dict[str, Any],
) -> None:
    author = team.author(compartment)
    record = create_record(team.db, author, case.id, kind, compartment)
    save_revision(team.db, author, record.id, RecordContent(title, body))


# loading ------------------------------------------------------------------------------------
@cache
def demo_cases() -> tuple[dict[str, Any], ...]:
    """The demo cases from forms/, fully checked (FormDefinitionError names file and field)."""
    try:
        doc = yaml.safe_load(data_file("forms", DEMO_FILE).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {DEMO_FILE} could not be read.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list) or not doc["cases"]:
        raise _fail("the top level", "it needs a non-empty list of 'cases'")
    for index, case in enumerate(doc["cases"]):
        where = f"cases[{index}]"
        if not isinstance(case, dict) or not isinstance(case.get("case_number"), str):
            raise _fail(where, "each case needs a 'case_number'")
        unknown = set(case) - {"case_number", *SECTIONS}
        if unknown:
            raise _fail(f"{where}.{sorted(unknown)[0]}", "this section is not known")
        for name, section in SECTIONS.items():
            if name in case:
                section.check(case[name], f"{where}.{name}")
    return tuple(doc["cases"])


# the use case -------------------------------------------------------------------------------
def create_demo_store(location: Path, passphrase: str, kdf: KdfChoice | None = None) -> None:
    """A new store at ``location`` holding the fictional demo centre.

    Accounts ``admin``, ``coordinator``, ``interviewer`` and ``psychologist`` all use
    ``passphrase``, which must pass the passphrase policy (WeakPassphrase otherwise; nothing is
    created). Every colleague is granted their compartments with the recovery key.
    """
    for name in (ADMIN, *COLLEAGUES):
        check_passphrase(passphrase, account_name=name)
    cases = demo_cases()
    created = create_store(location, ADMIN, passphrase, kdf)
    db = created.db
    keyrings: list[Keyring] = [created.admin]
    try:
        with db.transaction() as tx:
            tx.set_meta(DEMO_KEY, "1")
        for role in COLLEAGUES:
            add_user(db, created.admin, role.value, {role.value}, passphrase)
            grant_access(db, created.admin, role.value, created.recovery_key)
        team = DemoTeam(
            db,
            sign_in(db, Role.COORDINATOR.value, passphrase),
            sign_in(db, Role.PSYCHOLOGIST.value, passphrase),
        )
        keyrings += [team.coordinator, team.psychologist]
        for data in cases:
            case = create_case(db, team.coordinator, data["case_number"])
            for name, section in SECTIONS.items():
                if name in data:
                    section.write(team, case, data[name])
    finally:
        for keyring in keyrings:
            keyring.lock()
        db.dispose()
