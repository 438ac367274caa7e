"""Removing a contact: it leaves the case file, the export and draft recovery, while its signed
history and the audit chain stay whole; only those who may edit contacts may remove one."""

from __future__ import annotations

import pytest
from tests.conftest import Team

from barnahus.errors import UsageError
from barnahus.services import audit
from barnahus.services.cases import close_case
from barnahus.services.drafts import drafts_to_offer
from barnahus.services.keyring import AccessDenied
from barnahus.services.profile_records import (
    contact_content,
    load_case_file,
    new_contact_record,
    open_new_case,
    remove_contact,
    save_contact,
)
from barnahus.services.records import (
    latest_draft,
    read_record,
    records_of_case,
    recover_draft,
    revision_history,
    save_draft,
)
from barnahus.services.transfer import build_document
from barnahus.services.verify import verify_store
from barnahus.store.entities import CaseInfo

CANARY = "CANARY-Uncle-Bertil-Q7"
NUMBER = "BH-R-0001"


def _case_with_contacts(team: Team) -> tuple[CaseInfo, str, str]:
    """A case with a kept contact (the guardian) and one to remove (two saved versions)."""
    case = open_new_case(team.db, team.coordinator, "Wren", NUMBER)
    kept = new_contact_record(team.db, team.coordinator, case.id)
    save_contact(team.db, team.coordinator, kept, {"name": "Greta Holm", "role": "guardian"})
    gone = new_contact_record(team.db, team.interviewer, case.id)
    save_contact(team.db, team.interviewer, gone, {"name": CANARY, "role": "uncle"})
    save_contact(
        team.db, team.interviewer, gone, {"name": CANARY, "role": "uncle", "phone": "+46 70"}
    )
    return case, kept, gone


def _audit(team: Team) -> list[tuple[str, str, str]]:
    with team.db.transaction() as tx:
        return [(r.action, r.target, r.detail) for r in tx.audit_records()]


def test_a_removed_contact_is_no_longer_listed_but_its_history_stays(team: Team) -> None:
    case, kept, gone = _case_with_contacts(team)
    before = len(_audit(team))

    assert remove_contact(team.db, team.psychologist, gone) == 3

    case_file = load_case_file(team.db, team.coordinator, case.id)
    assert [c.record_id for c in case_file.contacts] == [kept]
    # Append-only: the record and every revision are still there, signed and readable.
    assert {r.id for r in records_of_case(team.db, case.id, "contact")} == {kept, gone}
    assert [r.revision for r in revision_history(team.db, gone)] == [1, 2, 3]
    earlier = read_record(team.db, team.coordinator, gone, 2, audited=False)
    assert earlier.content.title == CANARY
    assert earlier.content.body["phone"] == "+46 70"
    assert read_record(team.db, team.coordinator, gone, audited=False).retired
    assert verify_store(team.db, team.psychologist).ok

    entries = _audit(team)[before:]
    removed = [e for e in entries if e[0] == audit.RECORD_REMOVED]
    assert removed == [(audit.RECORD_REMOVED, gone, "revision 3")]
    # One entry for the removal; loading the case afterwards reads only what is still listed.
    assert not [e for e in entries if e[0] == audit.RECORD_VIEWED and e[1] == gone]
    assert all(CANARY not in " ".join(e) and "uncle" not in " ".join(e) for e in _audit(team))


def test_only_those_who_may_edit_contacts_may_remove_one(team: Team) -> None:
    case, _kept, gone = _case_with_contacts(team)
    with pytest.raises(AccessDenied):
        remove_contact(team.db, team.admin, gone)  # holds no identity key
    profile = records_of_case(team.db, case.id, "child_profile")[0]
    with pytest.raises(UsageError, match="no record"):
        remove_contact(team.db, team.coordinator, profile.id)
    close_case(team.db, team.coordinator, NUMBER)
    with pytest.raises(UsageError, match="open"):
        remove_contact(team.db, team.coordinator, gone)
    assert len(load_case_file(team.db, team.coordinator, case.id).contacts) == 2
    assert not [e for e in _audit(team) if e[0] == audit.RECORD_REMOVED]


def test_a_removed_contact_cannot_be_saved_again_or_removed_twice(team: Team) -> None:
    _case, _kept, gone = _case_with_contacts(team)
    remove_contact(team.db, team.coordinator, gone)
    with pytest.raises(UsageError, match="removed"):
        save_contact(team.db, team.interviewer, gone, {"name": CANARY, "role": "uncle"})
    with pytest.raises(UsageError, match="removed"):
        remove_contact(team.db, team.coordinator, gone)
    assert [r.revision for r in revision_history(team.db, gone)] == [1, 2, 3]


def test_a_draft_of_a_removed_contact_is_not_offered_back(team: Team) -> None:
    case, kept, gone = _case_with_contacts(team)
    typed = contact_content({"name": CANARY, "role": "uncle", "notes": "call back"})
    save_draft(team.db, team.interviewer, gone, typed)
    assert [d.record_id for d in drafts_to_offer(team.db, team.interviewer)] == [gone]

    remove_contact(team.db, team.coordinator, gone)
    assert latest_draft(team.db, team.interviewer, gone) is None  # the removal cleared it
    assert drafts_to_offer(team.db, team.interviewer) == []

    # An editor left open elsewhere may still try to journal it after the removal: refused,
    # so nothing of the removed person is written again; never offered, saved or listed.
    with pytest.raises(UsageError, match="removed"):
        save_draft(team.db, team.interviewer, gone, typed)
    assert latest_draft(team.db, team.interviewer, gone) is None
    assert drafts_to_offer(team.db, team.interviewer) == []
    with pytest.raises(UsageError):  # there is no draft of it left to recover
        recover_draft(team.db, team.interviewer, gone)
    listed = load_case_file(team.db, team.interviewer, case.id).contacts
    assert [c.record_id for c in listed] == [kept]


def test_a_contact_only_drafted_can_be_removed(team: Team) -> None:
    case = open_new_case(team.db, team.coordinator, "Wren", NUMBER)
    drafted = new_contact_record(team.db, team.coordinator, case.id)
    save_draft(team.db, team.coordinator, drafted, contact_content({"name": CANARY}))
    assert remove_contact(team.db, team.coordinator, drafted) == 1
    assert load_case_file(team.db, team.coordinator, case.id).contacts == ()
    assert drafts_to_offer(team.db, team.coordinator) == []


def test_the_export_leaves_a_removed_contact_out(team: Team) -> None:
    _case, _kept, gone = _case_with_contacts(team)
    document, _skipped = build_document(team.db, team.psychologist, NUMBER)
    assert sorted(c.name for c in document.contacts) == sorted([CANARY, "Greta Holm"])

    remove_contact(team.db, team.coordinator, gone)
    document, skipped = build_document(team.db, team.psychologist, NUMBER)
    assert [c.name for c in document.contacts] == ["Greta Holm"]
    assert skipped == 0
    assert CANARY not in str(document.to_json())
