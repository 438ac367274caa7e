"""Colleagues waiting for compartment keys that the signed-in person holds and can give.

The administrator adds accounts but holds no content key, so a new colleague reads nothing
until someone who holds the compartment keys grants them (or the administrator uses the
recovery key). This module answers the holder's question "whom can I let in, and with what?".
The recipient's roles decide what is *wanted*; the holder's keyring decides what is *possible*:
a compartment is offered only if this keyring holds its key right now, never because of a role
column. The grant itself is :func:`barnahus.services.accounts.grant_access`, which audits it.

Everything read here is plaintext metadata (account names, roles, which key slots exist), so
listing costs no decryption and writes no audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from barnahus.roles import Compartment, Role
from barnahus.services.accounts import grant_access
from barnahus.services.admin import account_overview
from barnahus.services.keyring import AccessDenied, Keyring
from barnahus.store.database import StoreDatabase


@dataclass(frozen=True)
class WaitingColleague:
    """One colleague who lacks keys their roles need, seen from one holder's keyring."""

    name: str
    roles: tuple[Role, ...]
    can_give: frozenset[Compartment]
    """Missing compartments whose key the holder has: what a grant would give now."""
    others_must_give: frozenset[Compartment]
    """Missing compartments the holder lacks: someone else (or the recovery key) must give."""


def _require_unlocked(keyring: Keyring) -> None:
    # A locked keyring "holds" nothing, so without this check a grant would quietly give
    # nothing and look like success.
    if keyring.locked:
        raise AccessDenied("The workspace is locked; sign in again.")


def colleagues_waiting(db: StoreDatabase, keyring: Keyring) -> list[WaitingColleague]:
    """Active colleagues who still miss a compartment this keyring can give, by name.

    Compartments already granted but not yet taken up (pending until the colleague's next
    sign-in) are not missing any more, so they are not offered twice.
    """
    _require_unlocked(keyring)
    waiting = []
    for account in account_overview(db):
        if account.disabled or account.name == keyring.account.name:
            continue
        can_give = frozenset(c for c in account.missing if keyring.holds(c))
        if can_give:
            waiting.append(
                WaitingColleague(account.name, account.roles, can_give, account.missing - can_give)
            )
    return sorted(waiting, key=lambda w: w.name)


def give_access(db: StoreDatabase, keyring: Keyring, name: str) -> frozenset[Compartment]:
    """Grant ``name`` every missing compartment this keyring holds; returns what is no longer
    missing afterwards (normally what this grant gave).

    Granting goes through :func:`grant_access` (one audit entry per compartment, signed by the
    holder). The answer is worked out from the store before and after, so the screen can say
    what the colleague can read at their next sign-in, and an empty answer means another holder
    was quicker and nothing was left to give.
    """
    _require_unlocked(keyring)
    before = {w.name: w.can_give for w in colleagues_waiting(db, keyring)}
    grant_access(db, keyring, name)
    after = {w.name: w.can_give for w in colleagues_waiting(db, keyring)}
    return before.get(name, frozenset()) - after.get(name, frozenset())
