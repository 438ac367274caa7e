"""Tables of the store. Only metadata is plaintext; every content column holds an envelope.

Portable types only (String, Text, LargeBinary, Integer, Boolean, DateTime with time zone) so
the same models run on SQLite and PostgreSQL. Columns named ``*_enc`` or documented as
"envelope" hold ``crypto.envelope`` blobs bound to table, row, column and revision.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LEN = 36


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class StoreMetaRow(Base):
    """Store-wide settings and anchors (store id, demo flag, audit head, retention)."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # Informational only: which compartments a person can read is decided by the key slots
    # they hold, so editing this column grants nothing.
    roles: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    public_encryption: Mapped[bytes] = mapped_column(LargeBinary)
    public_signing: Mapped[bytes] = mapped_column(LargeBinary)
    passphrase_slot: Mapped[bytes] = mapped_column(LargeBinary)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CompartmentRow(Base):
    __tablename__ = "compartments"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KeySlotRow(Base):
    """A compartment key wrapped to one user's public key, signed by whoever wrapped it."""

    __tablename__ = "key_slots"
    __table_args__ = (UniqueConstraint("user_id", "compartment", "status"),)
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    compartment: Mapped[str] = mapped_column(ForeignKey("compartments.name"))
    status: Mapped[str] = mapped_column(String(16))  # active | pending
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    granted_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RecoverySlotRow(Base):
    """A compartment key wrapped under the recovery key kept in the centre's safe."""

    __tablename__ = "recovery_slots"
    compartment: Mapped[str] = mapped_column(ForeignKey("compartments.name"), primary_key=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(16))  # open | closed | erased
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CaseKeyRow(Base):
    """The per-case key of one compartment, wrapped by that compartment's key.

    Deleting these rows makes every record of the case unreadable (crypto-shredding).
    """

    __tablename__ = "case_keys"
    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    compartment: Mapped[str] = mapped_column(ForeignKey("compartments.name"), primary_key=True)
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class RecordRow(Base):
    """One thing about a case (the child's profile, a contact, a note); content is in revisions."""

    __tablename__ = "records"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    compartment: Mapped[str] = mapped_column(ForeignKey("compartments.name"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class RevisionRow(Base):
    """An append-only saved version of a record; ``title`` and ``body`` are envelopes."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("record_id", "revision"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    title: Mapped[bytes] = mapped_column(LargeBinary)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class DraftRow(Base):
    """Autosave journal: unsaved text, encrypted, kept until saved or discarded."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("record_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    base_revision: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    title: Mapped[bytes] = mapped_column(LargeBinary)
    body: Mapped[bytes] = mapped_column(LargeBinary)


class AuditRow(Base):
    """Append-only, hash-chained, signed audit entries; never content."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(UUID_LEN))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80))
    detail: Mapped[str] = mapped_column(String(200))
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary)
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class InterviewSessionRow(Base):
    """One forensic interview of a case. Every column here is plaintext metadata on purpose.

    The coordinator schedules rooms and follows interviews without the interview key, so the
    date, room, interviewer, status and start/end times live here; the plan, notes, questions
    and decisions are only in the encrypted, signed events. The room is one of the centre's
    room names from forms/, never typed text.
    """

    __tablename__ = "interview_sessions"
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    protocol: Mapped[str] = mapped_column(String(32))
    room: Mapped[str] = mapped_column(String(80))
    scheduled_for: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    interviewer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Sequence number of the newest event: a log cut short (its last events deleted) no longer
    # ends where the metadata says, and reading refuses it.
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class InterviewEventRow(Base):
    """One append-only event of an interview; ``body`` is an envelope, signed by its author."""

    __tablename__ = "interview_events"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)
    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class InterviewDraftRow(Base):
    """Autosave of what one person is typing in an interview (note, question); an envelope."""

    __tablename__ = "interview_drafts"
    session_id: Mapped[str] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[bytes] = mapped_column(LargeBinary)
