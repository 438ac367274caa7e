"""What is written through the store comes back exactly, and only to those who hold the key.

Real SQLite and real cryptography: every record kind and compartment is saved, read back by a
colleague holding the compartment and refused to one who does not; then hypothesis pushes
arbitrary Unicode (right-to-left scripts, emoji, combining marks, NUL, lone surrogates) through
saved revisions and autosave drafts and demands byte-exact round trips.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.reliability.storekit import StoreCopy, Template, build_template

from barnahus.roles import Compartment
from barnahus.services.cases import create_case
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.records import (
    RecordContent,
    create_record,
    latest_draft,
    read_record,
    revision_history,
    save_draft,
    save_revision,
)
from barnahus.store.entities import RecordInfo

pytestmark = pytest.mark.security

# Modest example counts: each example is a real encrypted write and read on SQLite.
STORE_EXAMPLES = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

AWKWARD = "שלום مرحبا \u202eevil\u202c 👩‍👧‍👦 e\u0301\u0308 \x00 \ud800 \udfff \ufeff \U0010ffff"

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
bodies = st.dictionaries(st.text(), json_values, max_size=6)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


def _new_record(
    store: StoreCopy, author: Keyring, kind: str, compartment: Compartment
) -> RecordInfo:
    case = create_case(store.db, author)
    return create_record(store.db, author, case.id, kind, compartment)


def test_child_profile_round_trip(store: StoreCopy) -> None:
    record = _new_record(store, store.coordinator, "child_profile", Compartment.IDENTITY)
    profile = RecordContent(
        "Ayşe Çelik-Øvergård",
        {
            "given_name": "Ayşe",
            "family_name": "Çelik-Øvergård",
            "birth_date": "2016-02-29",
            "nationality": "TR",
            "languages": ["tr", "de"],
            "address": {"street": "Lindenstraße 4", "city": "Köln"},
        },
    )
    number = save_revision(store.db, store.coordinator, record.id, profile)

    view = read_record(store.db, store.interviewer, record.id)

    assert number == 1
    assert view.revision == 1
    assert view.author_id == store.coordinator.user_id
    assert view.content == profile


@pytest.mark.parametrize(
    ("author", "reader", "compartment"),
    [
        ("interviewer", "psychologist", Compartment.IDENTITY),
        ("interviewer", "psychologist", Compartment.INTERVIEW),
        ("coordinator", "psychologist", Compartment.CAREPLAN),
    ],
)
def test_note_round_trip_in_each_compartment(
    store: StoreCopy, author: str, reader: str, compartment: Compartment
) -> None:
    writer: Keyring = getattr(store, author)
    record = _new_record(store, writer, "note", compartment)
    note = RecordContent(f"{compartment.value} note", {"text": AWKWARD, "lines": ["a", "b"]})
    save_revision(store.db, writer, record.id, note)

    assert read_record(store.db, getattr(store, reader), record.id).content == note


@pytest.mark.parametrize(
    ("compartment", "outsider"),
    [
        (Compartment.INTERVIEW, "coordinator"),
        (Compartment.CAREPLAN, "interviewer"),
        (Compartment.IDENTITY, "admin"),
    ],
)
def test_compartment_is_closed_to_roles_without_its_key(
    store: StoreCopy, compartment: Compartment, outsider: str
) -> None:
    record = _new_record(store, store.psychologist, "note", compartment)
    save_revision(store.db, store.psychologist, record.id, RecordContent("secret"))

    with pytest.raises(AccessDenied):
        read_record(store.db, getattr(store, outsider), record.id)


def test_contact_round_trip_keeps_every_revision(store: StoreCopy) -> None:
    record = _new_record(store, store.coordinator, "contact", Compartment.IDENTITY)
    first = RecordContent("Grandmother", {"phone": "+49 221 555 0100", "may_visit": True})
    second = RecordContent("Grandmother", {"phone": "+49 221 555 0199", "may_visit": False})
    save_revision(store.db, store.coordinator, record.id, first)
    save_revision(store.db, store.coordinator, record.id, second)

    assert [r.revision for r in revision_history(store.db, record.id)] == [1, 2]
    assert read_record(store.db, store.interviewer, record.id, 1).content == first
    assert read_record(store.db, store.interviewer, record.id).content == second


def test_awkward_text_round_trips_through_a_draft(store: StoreCopy) -> None:
    record = _new_record(store, store.interviewer, "note", Compartment.INTERVIEW)
    content = RecordContent(AWKWARD, {AWKWARD: AWKWARD})
    save_draft(store.db, store.interviewer, record.id, content)

    draft = latest_draft(store.db, store.psychologist, record.id)

    assert draft is not None
    assert draft.content == content


@STORE_EXAMPLES
@given(title=st.text(), body=bodies)
def test_any_unicode_round_trips_through_revisions(
    store: StoreCopy, title: str, body: dict[str, Any]
) -> None:
    record = _new_record(store, store.interviewer, "note", Compartment.INTERVIEW)
    save_revision(store.db, store.interviewer, record.id, RecordContent(title, body))

    view = read_record(store.db, store.psychologist, record.id)

    assert view.content.title == title
    assert view.content.body == body


@STORE_EXAMPLES
@given(title=st.text(), text=st.text())
def test_any_unicode_round_trips_through_drafts(store: StoreCopy, title: str, text: str) -> None:
    record = _new_record(store, store.interviewer, "note", Compartment.IDENTITY)
    save_draft(store.db, store.interviewer, record.id, RecordContent(title, {"text": text}))

    draft = latest_draft(store.db, store.interviewer, record.id)

    assert draft is not None
    assert draft.content == RecordContent(title, {"text": text})
