"""The cases area: the case list, and one case at a time in front of it."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from barnahus.gui.cases.case_list import CaseListPage
from barnahus.gui.cases.case_view import CaseView
from barnahus.gui.workspace import Workspace


class CasesArea(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CasesArea")
        self.setAccessibleName(self.tr("Cases"))
        self.workspace = workspace
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("casesStack")
        self.stack.setAccessibleName(self.tr("Cases"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page = CaseListPage(workspace, self.stack)
        self.case_view = CaseView(workspace, self.stack)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.case_view)
        self.list_page.open_case.connect(self.show_case)
        self.case_view.back.connect(self.show_list)
        workspace.open_case_requested.connect(self.show_case)

    def show_case(self, case_id: str) -> None:
        self.case_view.show_case(case_id)
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.tabs.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()
