"""Plain values that leave the store layer; SQLAlchemy rows never do.

These carry metadata and still-encrypted blobs. Decryption happens in services, which hold
the keys; the store never sees a key or a plaintext.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    roles: frozenset[str]
    disabled: bool
    created_at: datetime
    public_encryption: bytes
    public_signing: bytes
    passphrase_slot: bytes
    failed_attempts: int
    last_failed_at: datetime | None


@dataclass(frozen=True)
class KeySlot:
    id: str
    user_id: str
    compartment: str
    status: str
    wrapped: bytes
    granted_by: str
    signature: bytes


@dataclass(frozen=True)
class CaseInfo:
    id: str
    case_number: str
    status: str
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class CaseKey:
    case_id: str
    compartment: str
    key_id: bytes
    wrapped: bytes


@dataclass(frozen=True)
class RecordInfo:
    id: str
    case_id: str
    kind: str
    compartment: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class SealedRevision:
    record_id: str
    revision: int
    author_id: str
    created_at: datetime
    title: bytes
    body: bytes
    signature: bytes


@dataclass(frozen=True)
class SealedDraft:
    record_id: str
    seq: int
    base_revision: int
    author_id: str
    created_at: datetime
    title: bytes
    body: bytes


@dataclass(frozen=True)
class InterviewSessionInfo:
    """The plaintext metadata of one interview session (readable without the interview key)."""

    id: str
    case_id: str
    status: str
    protocol: str
    room: str
    scheduled_for: datetime
    interviewer_id: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    finalised_at: datetime | None
    last_seq: int = 0


@dataclass(frozen=True)
class SealedInterviewEvent:
    id: str
    session_id: str
    seq: int
    author_id: str
    created_at: datetime
    body: bytes
    signature: bytes


@dataclass(frozen=True)
class SealedInterviewDraft:
    session_id: str
    author_id: str
    seq: int
    saved_at: datetime
    body: bytes
