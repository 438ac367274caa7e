"""Check a store end to end: the audit chain, the database file, and every record the signed-in
person may read, decrypted and signature-checked.

Problems are reported per record so one damaged note never hides the rest; messages name
record ids and revision numbers only, never content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from barnahus.crypto.identity import verify_signature
from barnahus.errors import BarnahusError
from barnahus.roles import Compartment
from barnahus.services import audit
from barnahus.services.common import revision_message
from barnahus.services.keyring import Keyring
from barnahus.services.records import latest_draft, read_record
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import RecordInfo


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    records_checked: int = 0
    records_skipped: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_record(
    db: StoreDatabase,
    keyring: Keyring,
    record: RecordInfo,
    signing_keys: dict[str, bytes],
    report: VerifyReport,
) -> None:
    with db.transaction() as tx:
        revisions = tx.revisions(record.id)
    for sealed in revisions:
        label = f"record {record.id} revision {sealed.revision}"
        public = signing_keys.get(sealed.author_id)
        message = revision_message(record.id, sealed.revision, sealed.title, sealed.body)
        if public is None or not verify_signature(public, message, sealed.signature):
            report.problems.append(f"{label}: the author's signature does not match.")
        try:
            read_record(db, keyring, record.id, sealed.revision, audited=False)
        except BarnahusError:
            report.problems.append(f"{label}: cannot be decrypted (damaged or moved).")
    try:
        latest_draft(db, keyring, record.id)
    except BarnahusError:
        report.problems.append(f"record {record.id}: its autosaved draft is damaged.")


def _check_interviews(db: StoreDatabase, keyring: Keyring, report: VerifyReport) -> None:
    """Replay every interview's signed event log (counted with the records)."""
    from barnahus.services.interviews import open_session

    with db.transaction() as tx:
        sessions = [s.id for s in tx.interview_sessions()]
    if not keyring.holds(Compartment.INTERVIEW):
        report.records_skipped += len(sessions)
        return
    for session_id in sessions:
        report.records_checked += 1
        try:
            open_session(db, keyring, session_id, audited=False)
        except BarnahusError:
            report.problems.append(f"interview {session_id}: cannot be read (damaged or altered).")


def verify_store(db: StoreDatabase, keyring: Keyring) -> VerifyReport:
    report = VerifyReport()
    for problem in db.integrity_check():
        report.problems.append(f"database file: {problem}")
    with db.transaction() as tx:
        report.audit_entries = len(tx.audit_records())
        report.problems.extend(f"audit log: {p}" for p in audit.check(tx))
        signing_keys = {a.id: a.public_signing for a in tx.accounts()}
        records = tx.all_records()
    for compartment, slot_id in sorted(keyring.damaged.items()):
        report.problems.append(
            f"key slot {slot_id} ({compartment.value}) is damaged or was altered; "
            f"{compartment.value} records could not be checked."
        )
    for record in records:
        if not keyring.holds(Compartment(record.compartment)):
            report.records_skipped += 1
            continue
        report.records_checked += 1
        _check_record(db, keyring, record, signing_keys, report)
    _check_interviews(db, keyring, report)
    with db.transaction() as tx:
        action = audit.VERIFIED if report.ok else audit.INTEGRITY_FAILURE
        audit.append(
            tx,
            action,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            detail=f"{report.records_checked} records, {len(report.problems)} problems",
        )
    return report
