"""Rows about cases: cases, per-case keys, records, saved revisions and autosave drafts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from barnahus.store.entities import CaseInfo, CaseKey, RecordInfo, SealedDraft, SealedRevision
from barnahus.store.schema import CaseKeyRow, CaseRow, DraftRow, RecordRow, RevisionRow

# The bulk readers below read plain columns, not ORM objects: they read every case at once.
_RECORD_REVISION_COLUMNS = (
    RecordRow.id,
    RecordRow.case_id,
    RecordRow.kind,
    RecordRow.compartment,
    RecordRow.created_at,
    RecordRow.created_by,
    RevisionRow.revision,
    RevisionRow.author_id,
    RevisionRow.created_at,
    RevisionRow.title,
    RevisionRow.body,
    RevisionRow.signature,
)


def _record_of(row: Any) -> RecordInfo:  # a Row of _RECORD_REVISION_COLUMNS
    return RecordInfo(row[0], row[1], row[2], row[3], row[4], row[5])


def _revision_of(row: Any) -> SealedRevision:
    return SealedRevision(row[0], row[6], row[7], row[8], row[9], row[10], row[11])


def _case(row: CaseRow) -> CaseInfo:
    return CaseInfo(
        row.id, row.case_number, row.status, row.created_at, row.updated_at, row.closed_at
    )


def _record(row: RecordRow) -> RecordInfo:
    return RecordInfo(
        row.id, row.case_id, row.kind, row.compartment, row.created_at, row.created_by
    )


def _revision(row: RevisionRow) -> SealedRevision:
    return SealedRevision(
        row.record_id,
        row.revision,
        row.author_id,
        row.created_at,
        row.title,
        row.body,
        row.signature,
    )


def _draft(row: DraftRow) -> SealedDraft:
    return SealedDraft(
        row.record_id,
        row.seq,
        row.base_revision,
        row.author_id,
        row.created_at,
        row.title,
        row.body,
    )


class CasesTx:
    session: Session

    # cases --------------------------------------------------------------------------------
    def add_case(self, case: CaseInfo) -> None:
        self.session.add(
            CaseRow(
                id=case.id,
                case_number=case.case_number,
                status=case.status,
                created_at=case.created_at,
                updated_at=case.updated_at,
                closed_at=case.closed_at,
            )
        )
        self.session.flush()

    def case_by_number(self, case_number: str) -> CaseInfo | None:
        row = self.session.scalars(
            select(CaseRow).where(CaseRow.case_number == case_number).limit(1)
        ).first()
        return None if row is None else _case(row)

    def case_by_id(self, case_id: str) -> CaseInfo | None:
        row = self.session.get(CaseRow, case_id)
        return None if row is None else _case(row)

    def cases(self) -> list[CaseInfo]:
        return [
            _case(r) for r in self.session.scalars(select(CaseRow).order_by(CaseRow.case_number))
        ]

    def highest_case_number(self, prefix: str) -> str | None:
        """The lexically highest number starting with ``prefix`` (numbers are zero-padded)."""
        return self.session.scalar(
            select(func.max(CaseRow.case_number)).where(CaseRow.case_number.startswith(prefix))
        )

    def set_case_status(self, case_id: str, status: str, at: datetime) -> None:
        row = self.session.get(CaseRow, case_id)
        if row is not None:
            row.status = status
            row.updated_at = at
            if status == "closed":
                row.closed_at = at

    def touch_case(self, case_id: str, at: datetime) -> None:
        row = self.session.get(CaseRow, case_id)
        if row is not None:
            row.updated_at = at

    # case keys ----------------------------------------------------------------------------
    def add_case_key(self, key: CaseKey) -> None:
        self.session.add(
            CaseKeyRow(
                case_id=key.case_id,
                compartment=key.compartment,
                key_id=key.key_id,
                wrapped=key.wrapped,
            )
        )
        self.session.flush()

    def case_key(self, case_id: str, compartment: str) -> CaseKey | None:
        row = self.session.get(CaseKeyRow, (case_id, compartment))
        return (
            None if row is None else CaseKey(row.case_id, row.compartment, row.key_id, row.wrapped)
        )

    def case_keys_of(self, compartment: str) -> list[CaseKey]:
        """Every case's wrapped key of one compartment in one query (for the case list)."""
        # Plain columns, not ORM objects: this reads every case at once.
        rows = self.session.execute(
            select(
                CaseKeyRow.case_id, CaseKeyRow.compartment, CaseKeyRow.key_id, CaseKeyRow.wrapped
            ).where(CaseKeyRow.compartment == compartment)
        )
        return [CaseKey(*row) for row in rows]

    def destroy_case_content(self, case_id: str) -> None:
        """Delete the case keys and every encrypted row of the case (crypto-shredding)."""
        record_ids = select(RecordRow.id).where(RecordRow.case_id == case_id)
        self.session.execute(delete(DraftRow).where(DraftRow.record_id.in_(record_ids)))
        self.session.execute(delete(RevisionRow).where(RevisionRow.record_id.in_(record_ids)))
        self.session.execute(delete(RecordRow).where(RecordRow.case_id == case_id))
        self.session.execute(delete(CaseKeyRow).where(CaseKeyRow.case_id == case_id))

    # records and revisions ----------------------------------------------------------------
    def add_record(self, record: RecordInfo) -> None:
        self.session.add(
            RecordRow(
                id=record.id,
                case_id=record.case_id,
                kind=record.kind,
                compartment=record.compartment,
                created_at=record.created_at,
                created_by=record.created_by,
            )
        )
        self.session.flush()

    def record(self, record_id: str) -> RecordInfo | None:
        row = self.session.get(RecordRow, record_id)
        return None if row is None else _record(row)

    def records_of_case(self, case_id: str, kind: str | None = None) -> list[RecordInfo]:
        query = select(RecordRow).where(RecordRow.case_id == case_id)
        if kind is not None:
            query = query.where(RecordRow.kind == kind)
        return [
            _record(r)
            for r in self.session.scalars(query.order_by(RecordRow.created_at, RecordRow.id))
        ]

    def all_records(self) -> list[RecordInfo]:
        return [_record(r) for r in self.session.scalars(select(RecordRow).order_by(RecordRow.id))]

    def add_revision(self, revision: SealedRevision) -> None:
        self.session.add(
            RevisionRow(
                record_id=revision.record_id,
                revision=revision.revision,
                author_id=revision.author_id,
                created_at=revision.created_at,
                title=revision.title,
                body=revision.body,
                signature=revision.signature,
            )
        )
        self.session.flush()

    def latest_revision_number(self, record_id: str) -> int:
        value = self.session.scalar(
            select(func.max(RevisionRow.revision)).where(RevisionRow.record_id == record_id)
        )
        return int(value or 0)

    def latest_revisions_of_kind(self, kind: str) -> list[tuple[RecordInfo, SealedRevision]]:
        """The newest revision of every record of ``kind``, in one query (for the case list)."""
        newest = (
            select(RevisionRow.record_id, func.max(RevisionRow.revision).label("number"))
            .group_by(RevisionRow.record_id)
            .subquery()
        )
        query = (
            select(*_RECORD_REVISION_COLUMNS)
            .join(newest, newest.c.record_id == RecordRow.id)
            .join(
                RevisionRow,
                (RevisionRow.record_id == newest.c.record_id)
                & (RevisionRow.revision == newest.c.number),
            )
            .where(RecordRow.kind == kind)
            .order_by(RecordRow.created_at, RecordRow.id)
        )
        return [(_record_of(row), _revision_of(row)) for row in self.session.execute(query)]

    def revisions_of_kind(
        self, kind: str, *, case_status: str | None = None
    ) -> Iterator[tuple[RecordInfo, SealedRevision]]:
        """Every revision of every record of ``kind`` in one query, each record's oldest first.

        For overviews that derive a state from a record's whole history (a plan's approved
        version in force) for every case at once, instead of one query per case. Rows are
        streamed (the bodies of every plan together can be hundreds of megabytes).
        ``case_status`` keeps only the records of cases in that status: over years of
        retention most plans belong to closed cases, which an overview of open ones need not
        decrypt.
        """
        query = (
            select(*_RECORD_REVISION_COLUMNS)
            .join(RevisionRow, RevisionRow.record_id == RecordRow.id)
            .where(RecordRow.kind == kind)
            .order_by(RecordRow.created_at, RecordRow.id, RevisionRow.revision)
            .execution_options(yield_per=256)
        )
        if case_status is not None:
            query = query.join(CaseRow, CaseRow.id == RecordRow.case_id).where(
                CaseRow.status == case_status
            )
        record: RecordInfo | None = None
        for row in self.session.execute(query):
            if record is None or record.id != row[0]:
                record = _record_of(row)
            yield record, _revision_of(row)

    def revisions(self, record_id: str) -> list[SealedRevision]:
        rows = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.record_id == record_id)
            .order_by(RevisionRow.revision)
        )
        return [_revision(r) for r in rows]

    def revision(self, record_id: str, number: int) -> SealedRevision | None:
        row = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.record_id == record_id, RevisionRow.revision == number)
            .limit(1)
        ).first()
        return None if row is None else _revision(row)

    # drafts -------------------------------------------------------------------------------
    def add_draft(self, draft: SealedDraft) -> None:
        self.session.add(
            DraftRow(
                record_id=draft.record_id,
                seq=draft.seq,
                base_revision=draft.base_revision,
                author_id=draft.author_id,
                created_at=draft.created_at,
                title=draft.title,
                body=draft.body,
            )
        )
        self.session.flush()

    def next_draft_seq(self, record_id: str) -> int:
        value = self.session.scalar(
            select(func.max(DraftRow.seq)).where(DraftRow.record_id == record_id)
        )
        return int(value or 0) + 1

    def latest_draft(self, record_id: str) -> SealedDraft | None:
        row = self.session.scalars(
            select(DraftRow)
            .where(DraftRow.record_id == record_id)
            .order_by(DraftRow.seq.desc())
            .limit(1)
        ).first()
        return None if row is None else _draft(row)

    def records_with_drafts(self) -> list[str]:
        return list(self.session.scalars(select(DraftRow.record_id).distinct()))

    def clear_drafts(self, record_id: str) -> None:
        self.session.execute(delete(DraftRow).where(DraftRow.record_id == record_id))

    def prune_drafts(self, record_id: str, keep_from_seq: int) -> None:
        self.session.execute(
            delete(DraftRow).where(DraftRow.record_id == record_id, DraftRow.seq < keep_from_seq)
        )
