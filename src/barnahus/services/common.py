"""Small shared pieces of the use cases: the clock, id generation, binding contexts.

Every authenticated context string is built here, in one place, so a reviewer can check that
no two purposes share one and that each binds the ids it must.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def as_utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes even for timezone columns; we only ever store UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def passphrase_slot_context(user_id: str) -> bytes:
    return b"barnahus|passphrase-slot|" + user_id.encode()


def key_slot_context(user_id: str, compartment: str) -> bytes:
    return b"barnahus|key-slot|" + user_id.encode() + b"|" + compartment.encode()


def key_slot_message(user_id: str, compartment: str, status: str, wrapped: bytes) -> bytes:
    """What the granter signs: who receives which compartment, in which state, as which blob."""
    import hashlib

    return b"|".join(
        (
            b"barnahus|key-slot-signature",
            user_id.encode(),
            compartment.encode(),
            status.encode(),
            hashlib.sha256(wrapped).digest(),
        )
    )


def recovery_slot_context(compartment: str) -> bytes:
    return b"barnahus|recovery-slot|" + compartment.encode()


def case_key_context(case_id: str, compartment: str) -> bytes:
    return b"barnahus|case-key|" + case_id.encode() + b"|" + compartment.encode()


def revision_message(record_id: str, revision: int, title: bytes, body: bytes) -> bytes:
    import hashlib

    return b"|".join(
        (
            b"barnahus|revision-signature",
            record_id.encode(),
            str(revision).encode(),
            hashlib.sha256(title).digest(),
            hashlib.sha256(body).digest(),
        )
    )


def interview_event_message(
    session_id: str, seq: int, event_id: str, body: bytes, previous_body: bytes
) -> bytes:
    """What an interview event's author signs: which session, where in it, which sealed body,
    and the body of the event before it, so events cannot be dropped or reordered unnoticed."""
    import hashlib

    return b"|".join(
        (
            b"barnahus|interview-event-signature",
            session_id.encode(),
            str(seq).encode(),
            event_id.encode(),
            hashlib.sha256(body).digest(),
            hashlib.sha256(previous_body).digest(),
        )
    )
