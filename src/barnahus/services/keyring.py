"""The keys of one signed-in person, held only while the workspace is unlocked.

Python cannot guarantee memory is wiped (strings and the interpreter copy freely), so
:meth:`Keyring.lock` zeroes what we hold and drops references; docs/SECURITY.md says the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from barnahus.crypto.identity import UserKeys
from barnahus.crypto.secret import SecretKey
from barnahus.errors import BarnahusError, IntegrityFailure
from barnahus.roles import Compartment, Role
from barnahus.store.entities import Account


class AccessDenied(BarnahusError):
    """The signed-in person does not hold the key this needs."""


@dataclass
class Keyring:
    account: Account
    user_keys: UserKeys
    compartments: dict[Compartment, SecretKey] = field(default_factory=dict)
    case_keys: dict[tuple[str, Compartment], SecretKey] = field(default_factory=dict)
    # Compartments whose held key slot failed verification at sign-in, with the slot's id.
    damaged: dict[Compartment, str] = field(default_factory=dict)
    locked: bool = False

    @property
    def user_id(self) -> str:
        return self.account.id

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(Role(r) for r in self.account.roles if r in Role.__members__.values())

    def holds(self, compartment: Compartment) -> bool:
        return not self.locked and compartment in self.compartments

    def compartment_key(self, compartment: Compartment) -> SecretKey:
        self._check_unlocked()
        key = self.compartments.get(compartment)
        if key is None and compartment in self.damaged:
            raise IntegrityFailure(
                f"Your key slot {self.damaged[compartment]} for {compartment.value} records is "
                "damaged or was altered; an administrator must check the store."
            )
        if key is None:
            raise AccessDenied(
                f"Your account cannot open {compartment.value} records; "
                "ask a colleague who can to grant you access."
            )
        return key

    def require_role(self, *roles: Role) -> None:
        self._check_unlocked()
        if not set(roles) & self.roles:
            names = " or ".join(r.value for r in roles)
            raise AccessDenied(f"Only a {names} can do this.")

    def _check_unlocked(self) -> None:
        if self.locked:
            raise AccessDenied("The workspace is locked; sign in again.")

    def unlock_with(self, fresh: Keyring) -> None:
        """Take over the keys of a new sign-in of the same person, after a lock.

        Everything that holds this keyring (open editors, autosavers) works again without
        being rebuilt; ``fresh`` is left empty and locked.
        """
        if fresh.user_id != self.user_id:
            raise AccessDenied("Only the person who locked the workspace can unlock it.")
        self.account = fresh.account
        self.user_keys = fresh.user_keys
        self.compartments = dict(fresh.compartments)
        self.case_keys = dict(fresh.case_keys)
        self.damaged = dict(fresh.damaged)
        self.locked = False
        fresh.compartments.clear()
        fresh.case_keys.clear()
        fresh.locked = True

    def lock(self) -> None:
        for key in [*self.compartments.values(), *self.case_keys.values()]:
            key.wipe()
        self.compartments.clear()
        self.case_keys.clear()
        self.damaged.clear()
        self.locked = True
