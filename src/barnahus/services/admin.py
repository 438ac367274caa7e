"""What the administration screens show: accounts with their access, and the audit trail.

Everything here is plaintext metadata (account names, roles, which compartment keys a person
holds, audit actions and ids), so an administrator sees it without holding any content key.
Ids in the audit trail are turned into account names and case numbers where the store knows
them; record ids are shown as the case they belong to, never with content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from barnahus.roles import Compartment, Role, compartments_for
from barnahus.services import audit
from barnahus.services.keyring import Keyring
from barnahus.store.database import StoreDatabase


@dataclass(frozen=True)
class AccountOverview:
    name: str
    roles: tuple[Role, ...]
    disabled: bool
    created_at: datetime
    held: frozenset[Compartment]
    pending: frozenset[Compartment]
    missing: frozenset[Compartment]

    @property
    def waiting(self) -> bool:
        """Whether the person still lacks keys their roles need (granted or not yet)."""
        return not self.disabled and bool(self.pending or self.missing)


def _roles(names: frozenset[str]) -> tuple[Role, ...]:
    return tuple(sorted(Role(r) for r in names if r in Role.__members__.values()))


def account_overview(db: StoreDatabase) -> list[AccountOverview]:
    """Every account with the compartments it holds, has been granted, and still needs."""
    overviews = []
    with db.transaction() as tx:
        for account in tx.accounts():
            slots = tx.key_slots(account.id)
            known = {c.value: c for c in Compartment}
            held = frozenset(known[s.compartment] for s in slots if s.status == "active")
            pending = frozenset(known[s.compartment] for s in slots if s.status == "pending")
            roles = _roles(account.roles)
            missing = compartments_for(set(roles)) - held - pending
            overviews.append(
                AccountOverview(
                    account.name,
                    roles,
                    account.disabled,
                    account.created_at,
                    held,
                    pending - held,
                    frozenset() if account.disabled else missing,
                )
            )
    return sorted(overviews, key=lambda o: (o.disabled, o.name))


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: str
    damaged: bool = False


@dataclass(frozen=True)
class AuditView:
    entries: tuple[AuditEntry, ...]
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


_SEQ = re.compile(r"seq (\d+)")


def read_audit_log(db: StoreDatabase, keyring: Keyring) -> AuditView:
    """The whole trail, newest first, checked link by link; administrators only."""
    keyring.require_role(Role.ADMINISTRATOR)
    with db.transaction() as tx:
        problems = audit.check(tx)
        records = tx.audit_records()
        names = {a.id: a.name for a in tx.accounts()}
        cases = {c.id: c.case_number for c in tx.cases()}
        record_cases = {r.id: r.case_id for r in tx.all_records()}
    flagged = {int(m) for p in problems for m in _SEQ.findall(p)}

    def target(raw: str) -> str:
        if raw in names:
            return names[raw]
        if raw in cases:
            return cases[raw]
        if raw in record_cases:
            return cases.get(record_cases[raw], raw)
        return raw

    entries = tuple(
        AuditEntry(
            r.seq,
            datetime.fromisoformat(r.at),
            names.get(r.actor, ""),
            r.action,
            target(r.target),
            r.detail,
            r.seq in flagged,
        )
        for r in reversed(records)
    )
    return AuditView(entries, tuple(problems))


def record_print(db: StoreDatabase, keyring: Keyring, what: str) -> None:
    """Audit a print; ``what`` is fixed wording such as ``"recovery key"``, never content."""
    with db.transaction() as tx:
        audit.append(
            tx, audit.PRINTED, actor_id=keyring.user_id, signer=keyring.user_keys, detail=what
        )
