"""The demo centre: four working accounts, the role matrix, three complete fictional cases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from tests.conftest import FAST_KDF, REPO_ROOT

from barnahus.errors import FormDefinitionError, UsageError
from barnahus.formdefs.profile import check_values, child_profile_form
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.accounts import list_accounts
from barnahus.services.cases import list_cases
from barnahus.services.demo import create_demo_store, demo_cases
from barnahus.services.keyring import Keyring
from barnahus.services.passphrase_policy import WeakPassphrase
from barnahus.services.records import read_record, records_of_case
from barnahus.services.signin import sign_in
from barnahus.services.store_access import is_demo, open_database
from barnahus.store.database import StoreDatabase

PASSPHRASE = "lantern harbour demo centre"
EXPECTED = {
    "admin": set(),
    "coordinator": {Compartment.IDENTITY, Compartment.CAREPLAN},
    "interviewer": {Compartment.IDENTITY, Compartment.INTERVIEW},
    "psychologist": set(Compartment),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreDatabase]:
    location = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_store(location, PASSPHRASE, FAST_KDF)
    db = open_database(location)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def psychologist(demo: StoreDatabase) -> Keyring:
    return sign_in(demo, "psychologist", PASSPHRASE)


def test_four_accounts_sign_in_and_hold_exactly_their_compartments(demo: StoreDatabase) -> None:
    accounts = {a.name: a.roles for a in list_accounts(demo)}
    assert accounts == {
        "admin": {"administrator"},
        "coordinator": {"coordinator"},
        "interviewer": {"interviewer"},
        "psychologist": {"psychologist"},
    }
    for name, compartments in EXPECTED.items():
        keyring = sign_in(demo, name, PASSPHRASE)
        assert set(keyring.compartments) == compartments, name
        keyring.lock()


def test_store_is_flagged_as_demo_and_its_audit_chain_is_intact(demo: StoreDatabase) -> None:
    with demo.transaction() as tx:
        assert is_demo(tx)
        assert audit.check(tx) == []
        actions = [r.action for r in tx.audit_records()]
    assert actions.count(audit.CASE_CREATED) == 3
    assert actions.count(audit.GRANT_CREATED) >= 7


def test_three_cases_with_every_profile_field_filled_and_valid(
    demo: StoreDatabase, psychologist: Keyring
) -> None:
    cases = list_cases(demo)
    assert [c.case_number for c in cases] == ["DEMO-0001", "DEMO-0002", "DEMO-0003"]
    form = child_profile_form()
    for case in cases:
        profiles = records_of_case(demo, case.id, "child_profile")
        assert len(profiles) == 1
        body = read_record(demo, psychologist, profiles[0].id).content.body
        assert set(body) == {f.key for f in form.fields}
        assert all(value not in (None, "", []) for value in body.values())
        check_values(form, body)


def test_each_case_has_contacts_and_notes_in_every_compartment(
    demo: StoreDatabase, psychologist: Keyring
) -> None:
    coordinator_id = sign_in(demo, "coordinator", PASSPHRASE).user_id
    for case in list_cases(demo):
        contacts = records_of_case(demo, case.id, "contact")
        assert 2 <= len(contacts) <= 3
        for record in contacts:
            content = read_record(demo, psychologist, record.id).content
            assert set(content.body) == {"name", "role", "organisation", "phone", "email", "notes"}
            assert content.title == content.body["name"]
            assert content.body["email"].endswith(".example.org")
        notes = records_of_case(demo, case.id, "note")
        for compartment in Compartment:
            mine = [n for n in notes if n.compartment == compartment.value]
            assert len(mine) >= 2, (case.case_number, compartment)
            writer = coordinator_id if compartment is Compartment.IDENTITY else psychologist.user_id
            for record in mine:
                assert record.created_by == writer
                body = read_record(demo, psychologist, record.id).content.body
                assert set(body) == {"text"}
                assert len(body["text"]) > 80


def test_every_name_in_the_demo_is_visibly_fictional() -> None:
    """Phone numbers in the 555 range and example.org addresses: nothing reaches a real person."""
    for case in demo_cases():
        for contact in case["contacts"]:
            assert " 555 " in contact["phone"]
            assert contact["email"].endswith(".example.org")


@pytest.mark.parametrize(
    "passphrase",
    ["short one", "password123", "psychologist", "aaaaaaaaaaaa"],
    ids=["too-short", "common", "an-account-name", "repetitive"],
)
def test_weak_passphrase_is_refused_before_anything_is_created(
    tmp_path: Path, passphrase: str
) -> None:
    location = tmp_path / "demo.sqlite3"
    with pytest.raises(WeakPassphrase):
        create_demo_store(location, passphrase, FAST_KDF)
    assert not location.exists()


def test_existing_store_is_not_overwritten(tmp_path: Path) -> None:
    location = tmp_path / "demo.sqlite3"
    location.write_bytes(b"someone's store")
    with pytest.raises(UsageError):
        create_demo_store(location, PASSPHRASE, FAST_KDF)
    assert location.read_bytes() == b"someone's store"


@pytest.fixture
def edited_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of forms/ that a test may break; the cached demo is reloaded around it."""
    root = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "forms", root / "forms")
    monkeypatch.setenv("BARNAHUS_DATA_ROOT", str(root))
    demo_cases.cache_clear()
    yield root / "forms" / "demo_centre.yaml"
    demo_cases.cache_clear()


def _rewrite(path: Path, edit: str) -> None:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    case = doc["cases"][1]
    if edit == "bad-date":
        case["profile"]["date_of_birth"] = "9th of May"
    elif edit == "missing-field":
        del case["profile"]["nationality"]
    elif edit == "unknown-section":
        case["interviews"] = []
    elif edit == "contact-without-phone":
        del case["contacts"][0]["phone"]
    elif edit == "unknown-compartment":
        case["notes"]["medical"] = []
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        ("bad-date", "cases[1].profile"),
        ("missing-field", "cases[1].profile.nationality"),
        ("unknown-section", "cases[1].interviews"),
        ("contact-without-phone", "cases[1].contacts[0]"),
        ("unknown-compartment", "cases[1].notes"),
    ],
)
def test_broken_demo_file_names_file_and_field(
    edited_forms: Path, tmp_path: Path, edit: str, where: str
) -> None:
    _rewrite(edited_forms, edit)
    location = tmp_path / "demo.sqlite3"
    with pytest.raises(FormDefinitionError) as caught:
        create_demo_store(location, PASSPHRASE, FAST_KDF)
    assert "demo_centre.yaml" in caught.value.message
    assert f" {where}:" in caught.value.message
    assert not location.exists()


def test_unchanged_copy_of_the_demo_file_loads(edited_forms: Path) -> None:
    """Control for the test above: the copy itself is valid."""
    _ = edited_forms
    assert len(demo_cases()) == 3
