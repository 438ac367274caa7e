"""Rows about interviews: session metadata, the append-only event log, autosave drafts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from barnahus.store.entities import (
    InterviewSessionInfo,
    SealedInterviewDraft,
    SealedInterviewEvent,
)
from barnahus.store.schema import InterviewDraftRow, InterviewEventRow, InterviewSessionRow


def _session(row: InterviewSessionRow) -> InterviewSessionInfo:
    return InterviewSessionInfo(
        id=row.id,
        case_id=row.case_id,
        status=row.status,
        protocol=row.protocol,
        room=row.room,
        scheduled_for=row.scheduled_for,
        interviewer_id=row.interviewer_id,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        started_at=row.started_at,
        ended_at=row.ended_at,
        finalised_at=row.finalised_at,
        last_seq=row.last_seq,
    )


def _event(row: InterviewEventRow) -> SealedInterviewEvent:
    return SealedInterviewEvent(
        row.id, row.session_id, row.seq, row.author_id, row.created_at, row.body, row.signature
    )


class InterviewsTx:
    session: Session

    # sessions -----------------------------------------------------------------------------
    def add_interview_session(self, info: InterviewSessionInfo) -> None:
        self.session.add(
            InterviewSessionRow(
                id=info.id,
                case_id=info.case_id,
                status=info.status,
                protocol=info.protocol,
                room=info.room,
                scheduled_for=info.scheduled_for,
                interviewer_id=info.interviewer_id,
                created_at=info.created_at,
                created_by=info.created_by,
                updated_at=info.updated_at,
                started_at=info.started_at,
                ended_at=info.ended_at,
                finalised_at=info.finalised_at,
                last_seq=info.last_seq,
            )
        )
        self.session.flush()

    def interview_session(self, session_id: str) -> InterviewSessionInfo | None:
        row = self.session.get(InterviewSessionRow, session_id)
        return None if row is None else _session(row)

    def interview_sessions(self, case_id: str | None = None) -> list[InterviewSessionInfo]:
        query = select(InterviewSessionRow)
        if case_id is not None:
            query = query.where(InterviewSessionRow.case_id == case_id)
        query = query.order_by(InterviewSessionRow.scheduled_for, InterviewSessionRow.id)
        return [_session(r) for r in self.session.scalars(query)]

    def interview_times(self, statuses: Collection[str]) -> list[tuple[str, datetime]]:
        """(case id, planned date and time) of every session in ``statuses``, in one query.

        Only plaintext metadata, for the case list's "next interview" of every case at once.
        """
        rows = self.session.execute(
            select(InterviewSessionRow.case_id, InterviewSessionRow.scheduled_for).where(
                InterviewSessionRow.status.in_(list(statuses))
            )
        )
        return [(case_id, when) for case_id, when in rows]

    def update_interview_session(self, info: InterviewSessionInfo) -> None:
        """Overwrite the metadata columns (status, times, room) of an existing session."""
        row = self.session.get(InterviewSessionRow, info.id)
        if row is None:
            return
        row.status = info.status
        row.protocol = info.protocol
        row.room = info.room
        row.scheduled_for = info.scheduled_for
        row.interviewer_id = info.interviewer_id
        row.updated_at = info.updated_at
        row.started_at = info.started_at
        row.ended_at = info.ended_at
        row.finalised_at = info.finalised_at
        row.last_seq = info.last_seq

    # events -------------------------------------------------------------------------------
    def add_interview_event(self, event: SealedInterviewEvent) -> None:
        self.session.add(
            InterviewEventRow(
                id=event.id,
                session_id=event.session_id,
                seq=event.seq,
                author_id=event.author_id,
                created_at=event.created_at,
                body=event.body,
                signature=event.signature,
            )
        )
        self.session.flush()

    def interview_events(self, session_id: str, after_seq: int = 0) -> list[SealedInterviewEvent]:
        rows = self.session.scalars(
            select(InterviewEventRow)
            .where(InterviewEventRow.session_id == session_id, InterviewEventRow.seq > after_seq)
            .order_by(InterviewEventRow.seq)
        )
        return [_event(r) for r in rows]

    def interview_event_at(self, session_id: str, seq: int) -> SealedInterviewEvent | None:
        row = self.session.scalars(
            select(InterviewEventRow)
            .where(InterviewEventRow.session_id == session_id, InterviewEventRow.seq == seq)
            .limit(1)
        ).first()
        return None if row is None else _event(row)

    def last_interview_seq(self, session_id: str) -> int:
        value = self.session.scalar(
            select(func.max(InterviewEventRow.seq)).where(
                InterviewEventRow.session_id == session_id
            )
        )
        return int(value or 0)

    # drafts -------------------------------------------------------------------------------
    def put_interview_draft(self, draft: SealedInterviewDraft) -> None:
        row = self.session.get(InterviewDraftRow, (draft.session_id, draft.author_id))
        if row is None:
            self.session.add(
                InterviewDraftRow(
                    session_id=draft.session_id,
                    author_id=draft.author_id,
                    seq=draft.seq,
                    saved_at=draft.saved_at,
                    body=draft.body,
                )
            )
        else:
            row.seq, row.saved_at, row.body = draft.seq, draft.saved_at, draft.body
        self.session.flush()

    def interview_draft(self, session_id: str, author_id: str) -> SealedInterviewDraft | None:
        row = self.session.get(InterviewDraftRow, (session_id, author_id))
        if row is None:
            return None
        return SealedInterviewDraft(row.session_id, row.author_id, row.seq, row.saved_at, row.body)

    def destroy_interviews_of_case(self, case_id: str) -> None:
        """Delete every interview row of a case (part of crypto-shredding it)."""
        sessions = select(InterviewSessionRow.id).where(InterviewSessionRow.case_id == case_id)
        self.session.execute(
            delete(InterviewDraftRow).where(InterviewDraftRow.session_id.in_(sessions))
        )
        self.session.execute(
            delete(InterviewEventRow).where(InterviewEventRow.session_id.in_(sessions))
        )
        self.session.execute(
            delete(InterviewSessionRow).where(InterviewSessionRow.case_id == case_id)
        )
