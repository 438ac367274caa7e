"""Hash-chained, signed audit records, so that tampering with the log shows.

Who looked at which child's file is itself sensitive and must be
trustworthy.  Each record's hash covers its contents and the previous
record's hash, so editing, deleting or reordering rows breaks the chain,
and records made by a signed-in user carry an Ed25519 signature over the
hash, so they cannot be forged without that user's private key.

Limits, stated plainly so nobody relies on more:

* The hashes are unkeyed.  Someone with write access to the database can
  rewrite the whole chain consistently from the edit onwards; only the
  signatures (for actors with known keys) and a head hash stored somewhere
  else (``expected_head``) catch that.
* Deleting records from the end cannot be seen from the chain alone; again
  only ``expected_head`` catches it.
* Unsigned records (e.g. a failed login by an unknown user) are protected
  only by the chain.

The store persists the records; this module only does the maths.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ._primitives import encode_text, length_prefixed
from .identity import UserKeys, sign, verify_signature

GENESIS = b"\x00" * 32
_HASH_DOMAIN = b"barnahus-audit-entry|v1"
_SIGNATURE_DOMAIN = b"barnahus-audit-signature|v1"


@dataclass(frozen=True)
class AuditRecord:
    """One row of the audit log; ``detail`` must never contain case content."""

    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: str
    prev_hash: bytes
    entry_hash: bytes
    signature: bytes


def compute_entry_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    target: str,
    detail: str,
    prev_hash: bytes,
) -> bytes:
    """SHA-256 over a length-prefixed encoding, so fields cannot bleed together."""
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ValueError("seq must be a non-negative int")
    encoded = length_prefixed(
        seq.to_bytes(8, "big"),
        encode_text(at),
        encode_text(actor),
        encode_text(action),
        encode_text(target),
        encode_text(detail),
        prev_hash,
    )
    return hashlib.sha256(_HASH_DOMAIN + encoded).digest()


def _signed_message(entry_hash: bytes) -> bytes:
    return _SIGNATURE_DOMAIN + entry_hash


def make_record(
    prev: AuditRecord | None,
    seq: int,
    at: str,
    actor: str,
    action: str,
    target: str,
    detail: str,
    signer: UserKeys | None,
) -> AuditRecord:
    """Build the next record; ``signer`` is None when no user key is available."""
    if prev is not None and seq != prev.seq + 1:
        raise ValueError("seq must follow the previous record's seq")
    prev_hash = GENESIS if prev is None else prev.entry_hash
    entry_hash = compute_entry_hash(seq, at, actor, action, target, detail, prev_hash)
    signature = b"" if signer is None else sign(signer, _signed_message(entry_hash))
    return AuditRecord(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        target=target,
        detail=detail,
        prev_hash=prev_hash,
        entry_hash=entry_hash,
        signature=signature,
    )


def _check_record(record: AuditRecord, signing_keys: Mapping[str, bytes]) -> list[str]:
    problems: list[str] = []
    label = f"record seq {record.seq}"
    try:
        recomputed = compute_entry_hash(
            record.seq,
            record.at,
            record.actor,
            record.action,
            record.target,
            record.detail,
            record.prev_hash,
        )
    except ValueError:
        return [f"{label}: fields are malformed"]
    if recomputed != record.entry_hash:
        problems.append(f"{label}: contents do not match its hash (edited)")
    public = signing_keys.get(record.actor)
    if public is not None:
        if not record.signature:
            problems.append(f"{label}: signature missing for actor with a known key")
        elif not verify_signature(public, _signed_message(record.entry_hash), record.signature):
            problems.append(f"{label}: signature is not valid for its actor")
    return problems


def verify_chain(
    records: Sequence[AuditRecord],
    signing_keys: Mapping[str, bytes],
    expected_head: bytes | None = None,
) -> list[str]:
    """Check a complete log, oldest first; returns problems (empty = intact).

    ``signing_keys`` maps actor ids to Ed25519 public keys; records by those
    actors must carry a valid signature.  ``expected_head`` is the last
    entry hash as stored elsewhere (GENESIS for an empty log) and is what
    reveals records removed from the end.
    """
    problems: list[str] = []
    previous: AuditRecord | None = None
    for position, record in enumerate(records):
        label = f"record seq {record.seq}"
        if previous is None:
            if record.prev_hash != GENESIS:
                problems.append(
                    f"{label}: first record does not start from genesis (earlier records missing)"
                )
        else:
            if record.seq != previous.seq + 1:
                problems.append(
                    f"{label} at position {position}: expected seq "
                    f"{previous.seq + 1} (records missing or out of order)"
                )
            if record.prev_hash != previous.entry_hash:
                problems.append(
                    f"{label}: does not link to record seq {previous.seq} "
                    "(records missing, reordered or edited)"
                )
        problems.extend(_check_record(record, signing_keys))
        previous = record
    if expected_head is not None:
        head = GENESIS if previous is None else previous.entry_hash
        if head != expected_head:
            problems.append(
                "log head does not match the separately stored head hash "
                "(records removed from the end or log rewritten)"
            )
    return problems
