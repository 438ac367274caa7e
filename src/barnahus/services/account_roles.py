"""Change an account's roles: a psychologist who also becomes a coordinator, a coordinator who
moves to another job and should no longer read care plans.

Roles and keys are kept apart on purpose. Adding a role grants nothing: the compartments the
new role needs become *waiting*, and a colleague who holds them (or the administrator with the
recovery key) gives them through :func:`barnahus.services.accounts.grant_access`, exactly as
for a new account. Removing a role deletes, in the same transaction, the key slots and pending
grants of every compartment the remaining roles no longer call for, so the store stops handing
those keys out at the person's next sign-in. It cannot take back what a session already open
holds in memory or what was read before; docs/SECURITY.md says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from barnahus.errors import UsageError
from barnahus.roles import Compartment, Role, compartments_for
from barnahus.services import audit
from barnahus.services.accounts import parse_roles
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.store.database import StoreDatabase, Tx
from barnahus.store.entities import Account


@dataclass(frozen=True)
class RoleChange:
    """What changed, in words a screen or a terminal can repeat (names, roles, compartments)."""

    name: str
    before: frozenset[Role]
    after: frozenset[Role]
    waiting: frozenset[Compartment]
    """Compartments the new roles need that the account neither holds nor has been granted."""
    removed: frozenset[Compartment]
    """Compartments whose key slots or pending grants were deleted."""

    @property
    def changed(self) -> bool:
        return self.before != self.after

    @property
    def added_roles(self) -> frozenset[Role]:
        return self.after - self.before

    @property
    def removed_roles(self) -> frozenset[Role]:
        return self.before - self.after


def _stored_roles(account: Account) -> frozenset[Role]:
    return frozenset(Role(r) for r in account.roles if r in Role.__members__.values())


def _require_administrator_now(tx: Tx, actor: Keyring) -> None:
    """The actor's role as the store has it now, not as it was at their sign-in.

    An administrator whose role was taken away while they were signed in still carries the
    old role in memory; they must not go on changing other people's roles with it.
    """
    current = tx.account_by_id(actor.user_id)
    if current is None or current.disabled or Role.ADMINISTRATOR not in _stored_roles(current):
        raise AccessDenied("Only an administrator can do this.")


def _check_administrators(tx: Tx, actor: Keyring, account: Account, after: frozenset[Role]) -> None:
    if Role.ADMINISTRATOR in after or Role.ADMINISTRATOR not in _stored_roles(account):
        return
    others = [
        a
        for a in tx.accounts()
        if a.id != account.id and not a.disabled and Role.ADMINISTRATOR in _stored_roles(a)
    ]
    if not others:
        raise UsageError(
            "The store needs at least one administrator; make another account administrator first."
        )
    if account.id == actor.user_id:
        # The screens and the other administrative actions trust the role read at sign-in, so
        # a self-demoted administrator would keep them until signing out; another
        # administrator removing it makes the step deliberate and signed by someone else.
        raise UsageError(
            "You cannot remove your own administrator role; ask another administrator."
        )


def _remove_unneeded_slots(tx: Tx, account: Account, needed: frozenset[Compartment]) -> set[str]:
    """Delete active slots and pending grants of compartments no remaining role calls for."""
    removed: set[str] = set()
    for slot in tx.key_slots(account.id):
        if slot.compartment in {c.value for c in needed}:
            continue
        if slot.compartment not in Compartment.__members__.values():
            continue  # not a compartment this version knows of; not ours to judge here
        tx.delete_key_slot(slot.id)
        removed.add(slot.compartment)
    return removed


def change_roles(
    db: StoreDatabase, actor: Keyring, name: str, roles: set[str] | frozenset[str]
) -> RoleChange:
    """Give ``name`` exactly ``roles``; administrators only.

    Refused, with one sentence each: unknown roles, no role at all, an unknown or disabled
    account, leaving the store without an active administrator, and an administrator removing
    their own administrator role. Nothing is granted here; what the new roles need and the
    account lacks is reported as waiting. Unchanged roles write nothing.
    """
    actor.require_role(Role.ADMINISTRATOR)
    after = parse_roles(roles)
    with db.transaction() as tx:
        _require_administrator_now(tx, actor)
        account = tx.account_by_name(name)
        if account is None:
            raise UsageError("There is no account with that name.")
        if account.disabled:
            raise UsageError("That account is disabled; its roles cannot be changed.")
        before = _stored_roles(account)
        needed = compartments_for(after)
        removed: set[str] = set()
        if after != before:
            _check_administrators(tx, actor, account, after)
            removed = _remove_unneeded_slots(tx, account, needed)
            tx.set_roles(account.id, frozenset(r.value for r in after))
            audit.append(
                tx,
                audit.ROLES_CHANGED,
                actor_id=actor.user_id,
                signer=actor.user_keys,
                target=account.id,
                detail=f"{_names(before)} -> {_names(after)}",
            )
        present = {s.compartment for s in tx.key_slots(account.id)}
    waiting = frozenset(c for c in needed if c.value not in present)
    return RoleChange(
        account.name, before, after, waiting, frozenset(Compartment(c) for c in removed)
    )


def _names(roles: frozenset[Role]) -> str:
    return ",".join(sorted(r.value for r in roles)) or "none"
