"""Seal, sign and read interview events, and keep what someone is typing as a draft.

Each event is sealed under the case's ``interview`` key, bound to its session, event id and
sequence number, and signed by its author, so an event copied into another session or
position, or edited in the file, is refused when read. The typing draft (the note or
question not yet added) is sealed the same way and overwritten in place: it only has to
survive a crash, not to form a history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from barnahus.crypto.envelope import Binding, open_sealed, seal
from barnahus.crypto.errors import CryptoError
from barnahus.crypto.identity import sign, verify_signature
from barnahus.errors import IntegrityFailure, UsageError
from barnahus.interview.events import Event, NewEvent, decode_body, encode_body
from barnahus.roles import Compartment
from barnahus.services.cases import CaseKeyDamaged, case_key
from barnahus.services.common import interview_event_message, new_id, utc_now
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import (
    InterviewSessionInfo,
    SealedInterviewDraft,
    SealedInterviewEvent,
)

EVENTS_TABLE = "interview_events"
DRAFTS_TABLE = "interview_drafts"
MAX_DRAFT_FIELD = 20000


class InterviewDamaged(IntegrityFailure):
    def __init__(self, session_id: str, seq: int) -> None:
        super().__init__(
            f"Interview {session_id} is damaged at entry {seq} and cannot be read; "
            "an administrator must check the store."
        )
        self.session_id = session_id
        self.seq = seq


@dataclass(frozen=True)
class InterviewDraft:
    """The unsent text boxes of one person in one session, as last autosaved."""

    fields: dict[str, str]
    saved_at: datetime
    seq: int


def session_info(tx: Tx, session_id: str) -> InterviewSessionInfo:
    info = tx.interview_session(session_id)
    if info is None:
        raise UsageError("There is no interview with that id.")
    return info


def _event_binding(session_id: str, event_id: str, seq: int) -> Binding:
    return Binding(EVENTS_TABLE, f"{session_id}/{event_id}", "body", seq)


def seal_event(
    tx: Tx,
    keyring: Keyring,
    info: InterviewSessionInfo,
    previous: SealedInterviewEvent | None,
    new: NewEvent,
    at: datetime,
) -> SealedInterviewEvent:
    """Seal and sign ``new`` as the event after ``previous`` (None: the first event)."""
    key = case_key(tx, keyring, info.case_id, Compartment.INTERVIEW, create=True)
    seq = 1 if previous is None else previous.seq + 1
    event_id = new_id()
    body = seal(key, encode_body(new.kind, at, new.data), _event_binding(info.id, event_id, seq))
    message = interview_event_message(
        info.id, seq, event_id, body, b"" if previous is None else previous.body
    )
    signature = sign(keyring.user_keys, message)
    return SealedInterviewEvent(event_id, info.id, seq, keyring.user_id, at, body, signature)


def last_sealed(tx: Tx, info: InterviewSessionInfo, seq: int) -> SealedInterviewEvent | None:
    """The sealed event at ``seq`` (the one a new event will follow); None before the first."""
    if seq == 0:
        return None
    found = tx.interview_event_at(info.id, seq)
    if found is None:
        raise InterviewDamaged(info.id, seq)
    return found


def read_events(
    tx: Tx, keyring: Keyring, info: InterviewSessionInfo, after_seq: int = 0
) -> list[Event]:
    """The events after ``after_seq``, each signature-, chain- and decryption-checked.

    Reading always runs to the end of the log and the end must be where the session's
    metadata says it is, so deleting, reordering or cutting off events is noticed.
    """
    sealed = tx.interview_events(info.id, max(0, after_seq - 1))
    anchor: SealedInterviewEvent | None = None
    if after_seq > 0:
        if not sealed or sealed[0].seq != after_seq:
            raise InterviewDamaged(info.id, after_seq)
        anchor, sealed = sealed[0], sealed[1:]
    end = sealed[-1].seq if sealed else after_seq
    if end != info.last_seq:
        raise InterviewDamaged(info.id, end)
    if not sealed:
        return []
    try:
        key = case_key(tx, keyring, info.case_id, Compartment.INTERVIEW, create=False)
    except CaseKeyDamaged as exc:
        raise InterviewDamaged(info.id, sealed[0].seq) from exc
    signing = {account.id: account.public_signing for account in tx.accounts()}
    events: list[Event] = []
    previous = anchor
    for item in sealed:
        expected_seq = 1 if previous is None else previous.seq + 1
        message = interview_event_message(
            info.id, item.seq, item.id, item.body, b"" if previous is None else previous.body
        )
        public = signing.get(item.author_id)
        if (
            item.seq != expected_seq
            or public is None
            or not verify_signature(public, message, item.signature)
        ):
            raise InterviewDamaged(info.id, item.seq)
        try:
            raw = open_sealed(
                {key.key_id: key}, item.body, _event_binding(info.id, item.id, item.seq)
            )
            kind, at, data = decode_body(raw)
        except (CryptoError, ValueError, KeyError) as exc:
            raise InterviewDamaged(info.id, item.seq) from exc
        events.append(Event(item.seq, at, item.author_id, kind, data))
        previous = item
    return events


# typing drafts ---------------------------------------------------------------------------------
def _draft_binding(session_id: str, author_id: str, seq: int) -> Binding:
    return Binding(DRAFTS_TABLE, f"{session_id}/{author_id}", "body", seq)


def save_interview_draft(
    db: StoreDatabase, keyring: Keyring, session_id: str, fields: dict[str, str]
) -> InterviewDraft:
    """Overwrite this person's draft for the session (what is typed but not yet added)."""
    keyring.compartment_key(Compartment.INTERVIEW)
    if any(len(value) > MAX_DRAFT_FIELD for value in fields.values()):
        raise UsageError("That text is too long to keep.")
    now = utc_now()
    with db.transaction() as tx:
        info = session_info(tx, session_id)
        key = case_key(tx, keyring, info.case_id, Compartment.INTERVIEW, create=True)
        previous = tx.interview_draft(session_id, keyring.user_id)
        seq = 1 if previous is None else previous.seq + 1
        raw = json.dumps({"fields": fields, "saved_at": now.isoformat()}, ensure_ascii=False)
        body = seal(
            key, raw.encode("utf-8", "surrogatepass"), _draft_binding(info.id, keyring.user_id, seq)
        )
        tx.put_interview_draft(SealedInterviewDraft(info.id, keyring.user_id, seq, now, body))
    return InterviewDraft(dict(fields), now, seq)


def load_interview_draft(
    db: StoreDatabase, keyring: Keyring, session_id: str
) -> InterviewDraft | None:
    """This person's last autosaved typing in the session, or None."""
    keyring.compartment_key(Compartment.INTERVIEW)
    with db.transaction() as tx:
        info = session_info(tx, session_id)
        sealed = tx.interview_draft(session_id, keyring.user_id)
        if sealed is None:
            return None
        try:
            key = case_key(tx, keyring, info.case_id, Compartment.INTERVIEW, create=False)
            raw = open_sealed(
                {key.key_id: key}, sealed.body, _draft_binding(info.id, keyring.user_id, sealed.seq)
            )
            document = json.loads(raw.decode("utf-8", "surrogatepass"))
            fields = {str(k): str(v) for k, v in dict(document["fields"]).items()}
            saved_at = datetime.fromisoformat(str(document["saved_at"]))
        except (CryptoError, CaseKeyDamaged, ValueError, KeyError, TypeError) as exc:
            raise InterviewDamaged(info.id, 0) from exc
    return InterviewDraft(fields, saved_at, sealed.seq)
