"""The audit log shows any edit, deletion, reordering or forgery of its records.

Who opened which child's file must be trustworthy after the fact; each test below
tampers with a real signed chain the way someone with database access could.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barnahus.crypto.audit_chain import (
    GENESIS,
    AuditRecord,
    compute_entry_hash,
    make_record,
    verify_chain,
)
from barnahus.crypto.identity import UserKeys

pytestmark = pytest.mark.security

FAST = settings(
    database=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
ALICE = "a1a1a1a1-0000-4000-8000-000000000001"
BOB = "b2b2b2b2-0000-4000-8000-000000000002"
CASE = "c3c3c3c3-0000-4000-8000-000000000003"


@pytest.fixture(scope="module")
def users() -> dict[str, UserKeys]:
    return {ALICE: UserKeys.generate(), BOB: UserKeys.generate()}


@pytest.fixture(scope="module")
def signing_keys(users: dict[str, UserKeys]) -> dict[str, bytes]:
    return {actor: keys.public().signing for actor, keys in users.items()}


@pytest.fixture(scope="module")
def chain(users: dict[str, UserKeys]) -> list[AuditRecord]:
    steps = [
        (ALICE, "login", "", "ok"),
        (ALICE, "case.open", CASE, "interview tab"),
        ("", "login.failed", "", "unknown user name"),
        (BOB, "note.edit", CASE, "revision 2"),
        (ALICE, "report.export", CASE, "pdf"),
    ]
    records: list[AuditRecord] = []
    for seq, (actor, action, target, detail) in enumerate(steps, start=1):
        prev = records[-1] if records else None
        at = f"2025-01-0{seq}T09:00:00+00:00"
        records.append(make_record(prev, seq, at, actor, action, target, detail, users.get(actor)))
    return records


def rebuilt(records: list[AuditRecord], users: dict[str, UserKeys]) -> list[AuditRecord]:
    """Re-hash a chain from scratch, as an attacker with database access could."""
    out: list[AuditRecord] = []
    for seq, r in enumerate(records, start=1):
        prev = out[-1] if out else None
        signer = users.get(r.actor)
        out.append(make_record(prev, seq, r.at, r.actor, r.action, r.target, r.detail, signer))
    return out


def test_intact_chain_verifies(chain: list[AuditRecord], signing_keys: dict[str, bytes]) -> None:
    assert chain[0].prev_hash == GENESIS
    assert chain[2].signature == b""
    assert all(len(r.signature) == 64 for r in chain if r.actor)
    assert verify_chain(chain, signing_keys) == []
    assert verify_chain(chain, signing_keys, expected_head=chain[-1].entry_hash) == []


def test_empty_log(signing_keys: dict[str, bytes]) -> None:
    assert verify_chain([], signing_keys) == []
    assert verify_chain([], signing_keys, expected_head=GENESIS) == []
    assert verify_chain([], signing_keys, expected_head=b"\x01" * 32) != []


def test_edited_detail_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    edited = list(chain)
    edited[1] = dataclasses.replace(chain[1], detail="SECRET-CONTENT nothing happened")
    problems = verify_chain(edited, signing_keys)
    assert any("seq 2" in p and "edited" in p for p in problems), problems
    assert not any("SECRET-CONTENT" in p for p in problems)


@pytest.mark.parametrize("field", ["at", "actor", "action", "target", "detail"])
def test_edit_of_any_field_in_an_unsigned_record_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes], field: str
) -> None:
    edited = list(chain)
    edited[2] = dataclasses.replace(chain[2], **{field: getattr(chain[2], field) + "x"})
    assert verify_chain(edited, signing_keys) != []


def test_edit_with_recomputed_hash_breaks_the_link_and_signature(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    original = chain[3]
    forged_hash = compute_entry_hash(
        original.seq,
        original.at,
        original.actor,
        "note.view",
        original.target,
        original.detail,
        original.prev_hash,
    )
    edited = list(chain)
    edited[3] = dataclasses.replace(original, action="note.view", entry_hash=forged_hash)
    problems = verify_chain(edited, signing_keys)
    assert any("seq 4" in p and "signature" in p for p in problems), problems
    assert any("seq 5" in p and "link" in p for p in problems), problems


def test_deleted_middle_record_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    problems = verify_chain(chain[:2] + chain[3:], signing_keys)
    assert any("seq 4" in p for p in problems), problems


def test_deleted_first_record_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    problems = verify_chain(chain[1:], signing_keys)
    assert any("genesis" in p for p in problems), problems


def test_swapped_records_are_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    swapped = [chain[0], chain[2], chain[1], chain[3], chain[4]]
    problems = verify_chain(swapped, signing_keys)
    assert any("seq 3" in p for p in problems), problems
    assert len(problems) >= 3


def test_duplicated_record_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    assert verify_chain([*chain[:3], chain[2], *chain[3:]], signing_keys) != []


def test_seq_gap_is_detected_even_when_hashes_link(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    # A record that links correctly but skips sequence numbers (e.g. a store bug
    # or a hand-made record) must still be reported.
    last = chain[-1]
    seq = last.seq + 2
    entry_hash = compute_entry_hash(seq, "t", "", "logout", "", "", last.entry_hash)
    skipping = AuditRecord(seq, "t", "", "logout", "", "", last.entry_hash, entry_hash, b"")
    problems = verify_chain([*chain, skipping], signing_keys)
    assert any(f"expected seq {last.seq + 1}" in p for p in problems), problems


def test_truncated_tail_needs_the_stored_head(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    truncated = chain[:-2]
    # The chain alone cannot show that its last records were removed ...
    assert verify_chain(truncated, signing_keys) == []
    # ... but the separately stored head hash does.
    problems = verify_chain(truncated, signing_keys, expected_head=chain[-1].entry_hash)
    assert any("head" in p for p in problems), problems


def test_forged_signature_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes], users: dict[str, UserKeys]
) -> None:
    # Bob signs a record that claims to be Alice's action.
    by_bob = make_record(chain[0], 2, chain[1].at, ALICE, "case.open", CASE, "", users[BOB])
    problems = verify_chain([chain[0], by_bob], signing_keys)
    assert any("seq 2" in p and "signature is not valid" in p for p in problems), problems
    # A signature copied from another record does not fit either.
    copied = list(chain)
    copied[4] = dataclasses.replace(chain[4], signature=chain[1].signature)
    assert any("seq 5" in p and "signature" in p for p in verify_chain(copied, signing_keys))


def test_stripped_signature_is_detected(
    chain: list[AuditRecord], signing_keys: dict[str, bytes]
) -> None:
    stripped = list(chain)
    stripped[3] = dataclasses.replace(chain[3], signature=b"")
    problems = verify_chain(stripped, signing_keys)
    assert any("seq 4" in p and "missing" in p for p in problems), problems


def test_consistent_rewrite_is_caught_by_signatures_and_head(
    chain: list[AuditRecord], signing_keys: dict[str, bytes], users: dict[str, UserKeys]
) -> None:
    # An attacker without Alice's key deletes Bob's entry and re-hashes everything.
    without_bob = [r for r in chain if r.actor != BOB]
    attacker_keys = {BOB: users[BOB]}
    rewritten = rebuilt(without_bob, attacker_keys)
    problems = verify_chain(rewritten, signing_keys, expected_head=chain[-1].entry_hash)
    assert any("missing" in p for p in problems), problems
    assert any("head" in p for p in problems), problems


def test_make_record_refuses_seq_that_does_not_follow(chain: list[AuditRecord]) -> None:
    with pytest.raises(ValueError, match="seq"):
        make_record(chain[-1], chain[-1].seq + 2, "t", "", "x", "", "", None)


text = st.text(st.characters(exclude_categories=()), max_size=20)
fields = st.tuples(st.integers(min_value=0, max_value=2**63), text, text, text, text, text)


@FAST
@given(a=fields, b=fields)
def test_entry_hash_is_unambiguous(
    a: tuple[int, str, str, str, str, str], b: tuple[int, str, str, str, str, str]
) -> None:
    hash_a = compute_entry_hash(*a, GENESIS)
    hash_b = compute_entry_hash(*b, GENESIS)
    assert (a == b) == (hash_a == hash_b)


def test_entry_hash_field_boundaries() -> None:
    base = compute_entry_hash(1, "t", "ab", "c", "", "", GENESIS)
    assert base != compute_entry_hash(1, "t", "a", "bc", "", "", GENESIS)
    assert base != compute_entry_hash(1, "t", "ab", "", "c", "", GENESIS)
    assert base != compute_entry_hash(1, "t", "ab", "c", "", "", b"\x01" * 32)
