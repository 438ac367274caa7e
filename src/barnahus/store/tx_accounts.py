"""Rows about people and keys: accounts, compartments, key slots, recovery slots, settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from barnahus.store.entities import Account, KeySlot
from barnahus.store.schema import (
    CompartmentRow,
    KeySlotRow,
    RecoverySlotRow,
    StoreMetaRow,
    UserRow,
)


def _account(row: UserRow) -> Account:
    return Account(
        id=row.id,
        name=row.name,
        roles=frozenset(r for r in row.roles.split(",") if r),
        disabled=row.disabled,
        created_at=row.created_at,
        public_encryption=row.public_encryption,
        public_signing=row.public_signing,
        passphrase_slot=row.passphrase_slot,
        failed_attempts=row.failed_attempts,
        last_failed_at=row.last_failed_at,
    )


def _slot(row: KeySlotRow) -> KeySlot:
    return KeySlot(
        id=row.id,
        user_id=row.user_id,
        compartment=row.compartment,
        status=row.status,
        wrapped=row.wrapped,
        granted_by=row.granted_by,
        signature=row.signature,
    )


class AccountsTx:
    session: Session

    # settings -----------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.session.get(StoreMetaRow, key)
        return None if row is None else row.value

    def set_meta(self, key: str, value: str) -> None:
        row = self.session.get(StoreMetaRow, key)
        if row is None:
            self.session.add(StoreMetaRow(key=key, value=value))
        else:
            row.value = value

    # accounts -----------------------------------------------------------------------------
    def add_account(self, account: Account) -> None:
        self.session.add(
            UserRow(
                id=account.id,
                name=account.name,
                roles=",".join(sorted(account.roles)),
                disabled=account.disabled,
                created_at=account.created_at,
                public_encryption=account.public_encryption,
                public_signing=account.public_signing,
                passphrase_slot=account.passphrase_slot,
                failed_attempts=0,
                last_failed_at=None,
            )
        )
        self.session.flush()

    def account_by_name(self, name: str) -> Account | None:
        row = self.session.scalars(select(UserRow).where(UserRow.name == name).limit(1)).first()
        return None if row is None else _account(row)

    def account_by_id(self, user_id: str) -> Account | None:
        row = self.session.get(UserRow, user_id)
        return None if row is None else _account(row)

    def accounts(self) -> list[Account]:
        return [_account(r) for r in self.session.scalars(select(UserRow).order_by(UserRow.name))]

    def count_accounts(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(UserRow)) or 0)

    def set_disabled(self, user_id: str, disabled: bool) -> None:
        row = self.session.get(UserRow, user_id)
        if row is not None:
            row.disabled = disabled

    def set_roles(self, user_id: str, roles: frozenset[str]) -> None:
        row = self.session.get(UserRow, user_id)
        if row is not None:
            row.roles = ",".join(sorted(roles))

    def set_passphrase_slot(self, user_id: str, slot: bytes) -> None:
        row = self.session.get(UserRow, user_id)
        if row is not None:
            row.passphrase_slot = slot

    def record_failed_login(self, user_id: str, at: datetime) -> int:
        row = self.session.get(UserRow, user_id)
        if row is None:
            return 0
        row.failed_attempts += 1
        row.last_failed_at = at
        return row.failed_attempts

    def reset_failed_logins(self, user_id: str) -> None:
        row = self.session.get(UserRow, user_id)
        if row is not None:
            row.failed_attempts = 0
            row.last_failed_at = None

    # compartments and slots -------------------------------------------------------------
    def add_compartment(self, name: str, key_id: bytes, at: datetime) -> None:
        self.session.add(CompartmentRow(name=name, key_id=key_id, created_at=at))
        self.session.flush()

    def compartment_key_ids(self) -> dict[str, bytes]:
        return {r.name: r.key_id for r in self.session.scalars(select(CompartmentRow))}

    def add_key_slot(self, slot: KeySlot, at: datetime) -> None:
        self.session.add(
            KeySlotRow(
                id=slot.id,
                user_id=slot.user_id,
                compartment=slot.compartment,
                status=slot.status,
                wrapped=slot.wrapped,
                granted_by=slot.granted_by,
                signature=slot.signature,
                created_at=at,
            )
        )
        self.session.flush()

    def key_slots(self, user_id: str) -> list[KeySlot]:
        rows = self.session.scalars(
            select(KeySlotRow).where(KeySlotRow.user_id == user_id).order_by(KeySlotRow.id)
        )
        return [_slot(r) for r in rows]

    def delete_key_slot(self, slot_id: str) -> None:
        self.session.execute(delete(KeySlotRow).where(KeySlotRow.id == slot_id))

    def delete_key_slots_of(self, user_id: str) -> None:
        self.session.execute(delete(KeySlotRow).where(KeySlotRow.user_id == user_id))

    def set_recovery_slot(self, compartment: str, wrapped: bytes) -> None:
        row = self.session.get(RecoverySlotRow, compartment)
        if row is None:
            self.session.add(RecoverySlotRow(compartment=compartment, wrapped=wrapped))
        else:
            row.wrapped = wrapped

    def recovery_slots(self) -> dict[str, bytes]:
        return {r.compartment: r.wrapped for r in self.session.scalars(select(RecoverySlotRow))}
