"""Cases: open, list, per-case keys, close, and erase by destroying the case keys.

Each case has one key per compartment, created the first time someone holding that
compartment writes to the case, and wrapped by the compartment key. Erasing a case deletes
those keys and its encrypted rows; whatever copy of a row might linger is unreadable.
"""

from __future__ import annotations

import re
from datetime import timedelta

from barnahus.crypto.errors import CryptoError
from barnahus.crypto.secret import SecretKey
from barnahus.crypto.wrap import unwrap_with_key, wrap_with_key
from barnahus.errors import IntegrityFailure, UsageError
from barnahus.roles import Compartment, Role
from barnahus.services import audit
from barnahus.services.common import Clock, as_utc, case_key_context, new_id, utc_now
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.services.store_access import DEFAULT_RETENTION_DAYS, RETENTION_KEY
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import CaseInfo, CaseKey

CASE_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$")
CASE_WORKERS = (Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST)


class CaseNotFound(UsageError):
    pass


class CaseKeyDamaged(IntegrityFailure):
    """A case's wrapped key does not open; every record of that case and compartment is lost."""


def find_case(tx: Tx, case_number: str) -> CaseInfo:
    case = tx.case_by_number(case_number)
    if case is None or case.status == "erased":
        raise CaseNotFound("There is no case with that number.")
    return case


def _next_number(tx: Tx) -> str:
    prefix = f"BH-{utc_now().year}-"
    highest = tx.highest_case_number(prefix)
    suffix = highest[len(prefix) :] if highest else ""
    n = int(suffix) + 1 if suffix.isdigit() else 1
    while tx.case_by_number(f"{prefix}{n:04d}") is not None:
        n += 1
    return f"{prefix}{n:04d}"


def create_case(db: StoreDatabase, keyring: Keyring, case_number: str | None = None) -> CaseInfo:
    keyring.require_role(*CASE_WORKERS)
    with db.transaction() as tx:
        number = case_number or _next_number(tx)
        if not CASE_NUMBER.match(number):
            raise UsageError("A case number uses letters, digits and - _ . / (up to 40).")
        if tx.case_by_number(number) is not None:
            raise UsageError("A case with that number already exists.")
        now = utc_now()
        case = CaseInfo(new_id(), number, "open", now, now, None)
        tx.add_case(case)
        audit.append(
            tx,
            audit.CASE_CREATED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=case.id,
        )
    return case


def list_cases(db: StoreDatabase, include_erased: bool = False) -> list[CaseInfo]:
    with db.transaction() as tx:
        return [c for c in tx.cases() if include_erased or c.status != "erased"]


def case_key(
    tx: Tx, keyring: Keyring, case_id: str, compartment: Compartment, *, create: bool
) -> SecretKey:
    """The case's key for ``compartment``, unwrapped (and cached) or made on first write."""
    cached = keyring.case_keys.get((case_id, compartment))
    if cached is not None:
        return cached
    compartment_key = keyring.compartment_key(compartment)
    context = case_key_context(case_id, compartment.value)
    stored = tx.case_key(case_id, compartment.value)
    if stored is None:
        if not create:
            raise AccessDenied("This case has no records of that kind yet.")
        key = SecretKey.generate()
        tx.add_case_key(
            CaseKey(
                case_id,
                compartment.value,
                key.key_id,
                wrap_with_key(compartment_key, key.material(), context),
            )
        )
    else:
        try:
            key = SecretKey(unwrap_with_key(compartment_key, stored.wrapped, context))
        except CryptoError as exc:
            raise CaseKeyDamaged("The key of this case is damaged.") from exc
    keyring.case_keys[(case_id, compartment)] = key
    return key


def load_case_keys(tx: Tx, keyring: Keyring, compartment: Compartment) -> dict[str, bool]:
    """Unwrap every case key of ``compartment`` at once into the keyring's cache.

    Returns, per case id, whether its key opened; a damaged one is left out of the cache so
    that reading its records reports the damage as usual. One query instead of one a case
    keeps the case list quick with thousands of cases.
    """
    compartment_key = keyring.compartment_key(compartment)
    opened: dict[str, bool] = {}
    for stored in tx.case_keys_of(compartment.value):
        if (stored.case_id, compartment) in keyring.case_keys:
            opened[stored.case_id] = True
            continue
        context = case_key_context(stored.case_id, compartment.value)
        try:
            key = SecretKey(unwrap_with_key(compartment_key, stored.wrapped, context))
        except CryptoError:
            opened[stored.case_id] = False
            continue
        keyring.case_keys[(stored.case_id, compartment)] = key
        opened[stored.case_id] = True
    return opened


def close_case(db: StoreDatabase, keyring: Keyring, case_number: str) -> None:
    keyring.require_role(Role.COORDINATOR)
    with db.transaction() as tx:
        case = find_case(tx, case_number)
        tx.set_case_status(case.id, "closed", utc_now())
        audit.append(
            tx,
            audit.CASE_CLOSED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=case.id,
        )


def erase_case(db: StoreDatabase, keyring: Keyring, case_number: str, reason: str) -> None:
    """Crypto-shred a case: keys and encrypted rows deleted, WAL checkpointed and truncated.

    The case number and status stay as an ``erased`` tombstone so the audit trail still
    makes sense; ``reason`` must be one of the fixed retention reasons, never free text.
    """
    keyring.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    with db.transaction() as tx:
        case = find_case(tx, case_number)
    shred_case(db, keyring, case, reason)


def shred_case(db: StoreDatabase, keyring: Keyring, case: CaseInfo, reason: str) -> None:
    """The erasure itself, without the role check: the caller has decided it is allowed.

    :func:`erase_case` checks the role; undoing a half-finished import of one's own case
    (which any case worker may start) calls this directly.
    """
    with db.transaction() as tx:
        tx.destroy_interviews_of_case(case.id)
        tx.destroy_case_content(case.id)
        tx.set_case_status(case.id, "erased", utc_now())
        audit.append(
            tx,
            audit.CASE_ERASED,
            actor_id=keyring.user_id,
            signer=keyring.user_keys,
            target=case.id,
            detail=reason,
        )
    for key in [k for (cid, _), k in keyring.case_keys.items() if cid == case.id]:
        key.wipe()
    keyring.case_keys = {k: v for k, v in keyring.case_keys.items() if k[0] != case.id}
    db.checkpoint()


def retention_days(db: StoreDatabase) -> int:
    with db.transaction() as tx:
        raw = tx.get_meta(RETENTION_KEY)
    return int(raw) if raw else DEFAULT_RETENTION_DAYS


def set_retention_days(db: StoreDatabase, keyring: Keyring, days: int) -> None:
    keyring.require_role(Role.ADMINISTRATOR, Role.COORDINATOR)
    if not 1 <= days <= 36500:
        raise UsageError("The retention period must be between 1 and 36500 days.")
    with db.transaction() as tx:
        tx.set_meta(RETENTION_KEY, str(days))


def erase_expired(db: StoreDatabase, keyring: Keyring, clock: Clock = utc_now) -> list[str]:
    """Erase closed cases whose retention period has passed; returns their numbers."""
    limit = timedelta(days=retention_days(db))
    now = clock()
    expired = [
        c.case_number
        for c in list_cases(db)
        if c.status == "closed" and c.closed_at is not None and now - as_utc(c.closed_at) >= limit
    ]
    for number in expired:
        erase_case(db, keyring, number, "retention period ended")
    return expired
