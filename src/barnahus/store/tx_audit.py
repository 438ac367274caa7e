"""Rows of the audit log. Appending is the only write; verification reads them all."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from barnahus.crypto.audit_chain import AuditRecord
from barnahus.store.schema import AuditRow


def _record(row: AuditRow) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        target=row.target,
        detail=row.detail,
        prev_hash=row.prev_hash,
        entry_hash=row.entry_hash,
        signature=row.signature,
    )


class AuditTx:
    session: Session

    def append_audit(self, record: AuditRecord) -> None:
        self.session.add(
            AuditRow(
                seq=record.seq,
                at=record.at,
                actor=record.actor,
                action=record.action,
                target=record.target,
                detail=record.detail,
                prev_hash=record.prev_hash,
                entry_hash=record.entry_hash,
                signature=record.signature,
            )
        )
        self.session.flush()

    def last_audit(self) -> AuditRecord | None:
        row = self.session.scalars(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).first()
        return None if row is None else _record(row)

    def audit_records(self) -> list[AuditRecord]:
        return [_record(r) for r in self.session.scalars(select(AuditRow).order_by(AuditRow.seq))]
