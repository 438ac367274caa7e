"""The administration area: accounts, the audit trail, checks and backups. No case content."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from barnahus.gui.admin.accounts_tab import AccountsTab
from barnahus.gui.admin.audit_tab import AuditTab
from barnahus.gui.admin.maintenance_tab import MaintenanceTab
from barnahus.gui.workspace import Workspace


class AdministrationArea(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdministrationArea")
        self.setAccessibleName(self.tr("Administration"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("administrationTabs")
        self.tabs.setAccessibleName(self.tr("Parts of administration"))
        self.tabs.setAccessibleDescription(
            self.tr("Ctrl+Page Down and Ctrl+Page Up move between the parts.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        self.accounts = AccountsTab(workspace, self.tabs)
        self.audit = AuditTab(workspace, self.tabs)
        self.maintenance = MaintenanceTab(workspace, self.tabs)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.addTab(self.maintenance, self.tr("Checks and backups"))
        layout.addWidget(self.tabs)
