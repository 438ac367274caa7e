"""Services behind the workspace: administration views, case files with drafts, unlocking a
keyring in place, and the autosaver used from two threads."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.errors import UsageError
from barnahus.roles import Compartment, Role
from barnahus.services.accounts import add_user, grant_access
from barnahus.services.admin import account_overview, read_audit_log, record_print
from barnahus.services.autosave import Autosaver
from barnahus.services.drafts import drafts_to_offer
from barnahus.services.keyring import AccessDenied
from barnahus.services.profile_records import (
    load_case_file,
    new_contact_record,
    open_new_case,
    profile_content,
    save_contact,
)
from barnahus.services.records import RecordContent, records_of_case, save_draft


def test_account_overview_shows_who_waits_for_what(team: Team) -> None:
    add_user(team.db, team.admin, "nora.lind", {"interviewer"}, "nora's long passphrase")
    overview = {a.name: a for a in account_overview(team.db)}
    nora = overview["nora.lind"]
    assert nora.roles == (Role.INTERVIEWER,)
    assert nora.missing == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert nora.waiting
    assert overview["admin"].held == frozenset()
    assert not overview["admin"].waiting
    assert overview["psychologist"].held == frozenset(Compartment)
    grant_access(team.db, team.admin, "nora.lind", team.recovery_key)
    nora = next(a for a in account_overview(team.db) if a.name == "nora.lind")
    assert nora.pending == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert not nora.missing


def test_audit_view_names_people_and_cases_never_content(team: Team) -> None:
    case = open_new_case(team.db, team.coordinator, "Wren", "C-1")
    record_print(team.db, team.admin, "recovery key")
    with pytest.raises(AccessDenied):
        read_audit_log(team.db, team.coordinator)
    view = read_audit_log(team.db, team.admin)
    assert view.intact
    assert view.entries[0].action == "printed"
    assert view.entries[0].actor == "admin"
    opened = next(e for e in view.entries if e.action == "case_created")
    assert opened.target == "C-1"
    assert opened.actor == "coordinator"
    saved = next(e for e in view.entries if e.action == "record_saved")
    assert saved.target == "C-1"
    assert all("Wren" not in f"{e.target} {e.detail}" for e in view.entries)
    assert case.case_number == "C-1"


def test_case_file_carries_the_newest_draft_and_who_typed_it(team: Team) -> None:
    case = open_new_case(team.db, team.coordinator, "Wren", "C-1")
    record = records_of_case(team.db, case.id, "child_profile")[0]
    save_draft(team.db, team.interviewer, record.id, profile_content({"pseudonym": "Wren B"}))
    contact = new_contact_record(team.db, team.coordinator, case.id)
    save_contact(team.db, team.coordinator, contact, {"name": "Greta", "email": "g@example.org"})
    with pytest.raises(UsageError, match="e-mail"):
        save_contact(team.db, team.coordinator, contact, {"name": "Greta", "email": "nope"})
    case_file = load_case_file(team.db, team.psychologist, case.id)
    assert case_file.profile is not None
    assert case_file.profile.values["pseudonym"] == "Wren"
    assert case_file.profile.current == {"pseudonym": "Wren B"}
    assert case_file.profile.draft_by == "interviewer"
    assert [c.current["name"] for c in case_file.contacts] == ["Greta"]
    offered = drafts_to_offer(team.db, team.interviewer)
    assert [(d.case_number, d.kind) for d in offered] == [("C-1", "child_profile")]
    assert drafts_to_offer(team.db, team.psychologist) == []
    with pytest.raises(AccessDenied):
        load_case_file(team.db, team.admin, case.id)


def test_a_locked_keyring_is_refilled_in_place(team: Team) -> None:
    keyring = team.interviewer
    keyring.lock()
    assert not keyring.holds(Compartment.IDENTITY)
    keyring.unlock_with(team.sign_in("interviewer"))
    assert keyring.holds(Compartment.IDENTITY)
    assert not keyring.locked
    with pytest.raises(AccessDenied, match="Only the person"):
        keyring.unlock_with(team.sign_in("coordinator"))
    assert PASSPHRASES["interviewer"]


def test_autosaver_keeps_an_edit_made_while_a_save_runs(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = open_new_case(team.db, team.coordinator, "Wren", "C-1")
    record = records_of_case(team.db, case.id, "child_profile")[0]
    saver = Autosaver(team.db, team.coordinator, record.id)
    saver.edit(RecordContent("Wren", {"pseudonym": "first"}))
    started, release = threading.Event(), threading.Event()

    def slow_save(*args: Any) -> int:
        started.set()
        release.wait(5)
        return save_draft(*args)

    monkeypatch.setattr("barnahus.services.autosave.save_draft", slow_save)
    worker = threading.Thread(target=saver.flush)
    worker.start()
    assert started.wait(5)
    second = RecordContent("Wren", {"pseudonym": "second"})
    saver.edit(second)  # typing goes on while the first draft is being written
    release.set()
    worker.join(5)
    monkeypatch.undo()
    assert saver.pending is second
    assert saver.flush()
    assert saver.pending is None
