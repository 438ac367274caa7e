"""Write and check the audit trail: who did what to which record, never what it said.

Each entry is appended in the same transaction as the action it records, signed by the acting
person's key when one is unlocked, and the newest entry hash is kept in ``store_meta`` so that
entries cut from the end are noticed too.
"""

from __future__ import annotations

from datetime import datetime

from barnahus.crypto.audit_chain import AuditRecord, make_record, verify_chain
from barnahus.crypto.identity import UserKeys
from barnahus.services.common import utc_now
from barnahus.store.database import Tx

HEAD_KEY = "audit_head"

# Actions recorded. Kept as constants so the log vocabulary is one reviewed list.
LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOGIN_THROTTLED = "login_throttled"
LOGIN_REFUSED = "login_refused"
STORE_CREATED = "store_created"
USER_ADDED = "user_added"
USER_DISABLED = "user_disabled"
# An account's roles changed; the detail is role names before and after, never content.
ROLES_CHANGED = "roles_changed"
PASSPHRASE_CHANGED = "passphrase_changed"
GRANT_CREATED = "grant_created"
GRANT_ACCEPTED = "grant_accepted"
GRANT_REJECTED = "grant_rejected"
RECOVERY_USED = "recovery_used"
CASE_CREATED = "case_created"
CASE_CLOSED = "case_closed"
CASE_ERASED = "case_erased"
RECORD_VIEWED = "record_viewed"
CASE_LIST_VIEWED = "case_list_viewed"
RECORD_SAVED = "record_saved"
# A record taken off its lists (a tombstone revision); the detail is the revision number only.
RECORD_REMOVED = "record_removed"
DRAFT_RECOVERED = "draft_recovered"
DRAFT_DISCARDED = "draft_discarded"
EXPORTED = "exported"
IMPORTED = "imported"
PRINTED = "printed"
BACKUP_CREATED = "backup_created"
STORE_RESTORED = "store_restored"
VERIFIED = "verified"
INTEGRITY_FAILURE = "integrity_failure"
INTERVIEW_PLANNED = "interview_planned"
INTERVIEW_OPENED = "interview_opened"
INTERVIEW_STARTED = "interview_started"
INTERVIEW_ENDED = "interview_ended"
INTERVIEW_FINALISED = "interview_finalised"
INTERVIEW_ADDENDUM = "interview_addendum"
INTERVIEW_CANCELLED = "interview_cancelled"


def append(
    tx: Tx,
    action: str,
    *,
    actor_id: str = "",
    signer: UserKeys | None = None,
    target: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> AuditRecord:
    """Append one entry. ``detail`` must be fixed wording or ids, never user-typed text."""
    previous = tx.last_audit()
    seq = 1 if previous is None else previous.seq + 1
    when = (at or utc_now()).isoformat(timespec="microseconds")
    record = make_record(previous, seq, when, actor_id, action, target, detail[:200], signer)
    tx.append_audit(record)
    tx.set_meta(HEAD_KEY, f"{record.seq}:{record.entry_hash.hex()}")
    return record


def check(tx: Tx) -> list[str]:
    """Every problem in the chain, as sentences naming entry numbers (empty list: intact)."""
    records = tx.audit_records()
    signing_keys = {a.id: a.public_signing for a in tx.accounts()}
    head = tx.get_meta(HEAD_KEY)
    expected = bytes.fromhex(head.split(":", 1)[1]) if head else None
    return verify_chain(records, signing_keys, expected_head=expected)
