"""Accounts: who can sign in, with which roles, and which keys they hold or still wait for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from barnahus.gui.admin.labels import compartment_list
from barnahus.gui.areas import role_name
from barnahus.gui.confirm import ask
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.admin import AccountOverview

ModelIndex = QModelIndex | QPersistentModelIndex


def access_text(account: AccountOverview) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if account.disabled:
        return translate("AccountsTab", "None (disabled)")
    parts = []
    if account.held:
        parts.append(
            translate("AccountsTab", "Can read %1").replace("%1", compartment_list(account.held))
        )
    if account.pending:
        parts.append(
            translate("AccountsTab", "granted, usable at next sign-in: %1").replace(
                "%1", compartment_list(account.pending)
            )
        )
    if account.missing:
        parts.append(
            translate("AccountsTab", "waiting for: %1").replace(
                "%1", compartment_list(account.missing)
            )
        )
    text = "; ".join(parts)
    if not text:
        return translate("AccountsTab", "No case records (as intended)")
    return text[:1].upper() + text[1:]  # a line may start with a part written mid-sentence


class AccountTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.accounts: list[AccountOverview] = []

    def set_accounts(self, accounts: list[AccountOverview]) -> None:
        self.beginResetModel()
        self.accounts = accounts
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Account"), self.tr("Roles"), self.tr("State"), self.tr("Access"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        account = self.accounts[index.row()]
        match index.column():
            case 0:
                return account.name
            case 1:
                return ", ".join(role_name(r) for r in account.roles)
            case 2:
                return self.tr("Disabled") if account.disabled else self.tr("Active")
        return access_text(account)


def _overview(workspace: Workspace) -> Any:
    from barnahus.services.admin import account_overview

    return account_overview(workspace.db)


class AccountsTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "admin_accounts.ui")
        self.table = child(form, QTableView, "accountsTable")
        self.waiting = child(form, QLabel, "waitingLabel")
        self.status = child(form, QLabel, "accountsStatusLabel")
        self.grant_button = child(form, QPushButton, "grantButton")
        self.roles_button = child(form, QPushButton, "rolesButton")
        self.disable_button = child(form, QPushButton, "disableButton")
        self.model = AccountTableModel()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        child(form, QPushButton, "addAccountButton").clicked.connect(self.add_account)
        self.grant_button.clicked.connect(self.grant)
        self.roles_button.clicked.connect(self.change_roles)
        self.disable_button.clicked.connect(self.confirm_disable)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        workspace.unlocked.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        workspace = self.workspace
        workspace.run(lambda: _overview(workspace), self._loaded, self._failed)

    def _loaded(self, accounts: Any) -> None:
        selected = self.selected()
        self.model.set_accounts(list(accounts))
        waiting = [a for a in self.model.accounts if a.waiting]
        self.waiting.setText(
            self.tr("%n colleague(s) waiting for access: ", "", len(waiting))
            + ", ".join(a.name for a in waiting)
        )
        self.waiting.setVisible(bool(waiting))
        names = [a.name for a in self.model.accounts]
        row = names.index(selected.name) if selected is not None and selected.name in names else 0
        if names:
            self.table.selectRow(row)
        self._selection_changed()

    def _failed(self, message: str) -> None:
        self.status.setText(translated(message))

    def selected(self) -> AccountOverview | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.accounts):
            return None
        return self.model.accounts[rows[0].row()]

    def _selection_changed(self) -> None:
        account = self.selected()
        is_self = account is not None and account.name == self.workspace.account_name
        self.grant_button.setEnabled(account is not None and account.waiting)
        self.roles_button.setEnabled(account is not None and not account.disabled)
        self.disable_button.setEnabled(account is not None and not account.disabled and not is_self)

    def add_account(self) -> None:
        from barnahus.gui.admin.account_dialogs import AddAccountDialog

        dialog = AddAccountDialog(self.workspace, self)
        dialog.added.connect(self._added)
        dialog.open()

    def _added(self, name: str) -> None:
        self.status.setText(
            self.tr(
                "Account %1 was created. Grant it access so it can read records; until then it "
                "is listed as waiting."
            ).replace("%1", name)
        )
        self.reload()

    def grant(self) -> None:
        account = self.selected()
        if account is None:
            return
        from barnahus.gui.admin.account_dialogs import GrantDialog

        dialog = GrantDialog(self.workspace, account, self)
        dialog.granted.connect(self._granted)
        dialog.open()

    def _granted(self, name: str) -> None:
        self.status.setText(
            self.tr("Access granted to %1; it becomes usable at their next sign-in.").replace(
                "%1", name
            )
        )
        self.reload()

    def change_roles(self) -> None:
        account = self.selected()
        if account is None or account.disabled:
            return
        from barnahus.gui.admin.roles_dialog import RolesDialog

        dialog = RolesDialog(self.workspace, account, self)
        dialog.saved.connect(self._roles_saved)
        dialog.open()

    def _roles_saved(self, change: Any) -> None:
        from barnahus.gui.admin.roles_dialog import change_text

        self.status.setText(change_text(change))
        self.reload()

    def confirm_disable(self) -> None:
        account = self.selected()
        if account is None:
            return
        name = account.name
        ask(
            self,
            self.tr("Disable the account"),
            self.tr(
                "Disable %1? They can no longer sign in and their keys are deleted, so enabling "
                "the account again would not restore their access."
            ).replace("%1", name),
            lambda: self.disable(name),
        )

    def disable(self, name: str) -> None:
        from barnahus.services.accounts import disable_user

        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.run(
            lambda: disable_user(db, keyring, name),
            lambda _r: self._disabled(name),
            self._failed,
        )

    def _disabled(self, name: str) -> None:
        self.status.setText(self.tr("Account %1 is disabled.").replace("%1", name))
        self.reload()
