"""The signed-in workspace: navigation on the left, the chosen area on the right.

Which widget fills an area is decided in :func:`area_pages`, one factory per area key taking
``(workspace, parent)``; an area without a factory shows a short placeholder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from barnahus.gui.areas import Area, areas_for, role_name
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace

PageFactory = Callable[[Workspace, QWidget], QWidget]
AREA_KEY_ROLE = Qt.ItemDataRole.UserRole


def area_pages() -> dict[str, PageFactory]:
    """The widget of each area; an area without one shows a placeholder."""
    from barnahus.gui.admin.admin_area import AdministrationArea
    from barnahus.gui.careplan.page import CarePlanPage
    from barnahus.gui.cases.cases_area import CasesArea
    from barnahus.gui.interview.page import InterviewPage

    return {
        "cases": CasesArea,
        "interview": InterviewPage,
        "careplan": CarePlanPage,
        "administration": AdministrationArea,
    }


class AreaPage(QWidget):
    """Placeholder content of an area until its screen is built."""

    def __init__(self, area: Area, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "area_page.ui")
        self.area = area
        child(form, QLabel, "areaTitleLabel").setText(area.title)
        child(form, QLabel, "areaSummaryLabel").setText(area.summary)
        child(form, QLabel, "areaStateLabel").setText(state)
        self.setAccessibleName(area.title)


class WorkspaceShell(QWidget):
    lock_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "workspace_shell.ui")
        self.navigation = child(form, QListWidget, "navigationList")
        self.stack = child(form, QStackedWidget, "areaStack")
        self.store_label = child(form, QLabel, "storeBadgeLabel")
        self.user_label = child(form, QLabel, "userBadgeLabel")
        child(form, QPushButton, "lockButton").clicked.connect(self.lock_requested)
        child(form, QPushButton, "signOutButton").clicked.connect(self.sign_out_requested)
        self.setAccessibleName(self.tr("Barnahus Desk workspace"))
        roles = ", ".join(role_name(r) for r in sorted(workspace.roles))
        self.user_label.setText(
            self.tr("Signed in as %1 (%2)")
            .replace("%1", workspace.account_name)
            .replace("%2", roles)
        )
        self._show_store()
        self.pages: dict[str, QWidget] = {}
        self._build(areas_for(workspace.roles))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        workspace.open_case_requested.connect(lambda _case: self.show_area("cases"))

    def _show_store(self) -> None:
        location = self.workspace.store_location
        name = location.replace("\\", "/").rsplit("/", 1)[-1] or location
        if self.workspace.is_demo:
            self.store_label.setText(
                self.tr("DEMO store: %1. Fictional children only.").replace("%1", name)
            )
        else:
            self.store_label.setText(self.tr("Store: %1").replace("%1", name))
        self.store_label.setToolTip(location)
        self.store_label.setProperty("demo", self.workspace.is_demo)

    def _build(self, areas: tuple[Area, ...]) -> None:
        factories = area_pages()
        for area in areas:
            item = QListWidgetItem(area.title, self.navigation)
            item.setData(AREA_KEY_ROLE, area.key)
            item.setToolTip(area.summary)
            factory = factories.get(area.key)
            if factory is None:
                page: QWidget = AreaPage(
                    area, self.tr("This area is being built and opens in a coming update."), self
                )
            else:
                page = factory(self.workspace, self.stack)
            page.setProperty("areaKey", area.key)
            self.pages[area.key] = page
            self.stack.addWidget(page)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    def area_keys(self) -> list[str]:
        return [
            str(self.navigation.item(i).data(AREA_KEY_ROLE)) for i in range(self.navigation.count())
        ]

    def current_area(self) -> str:
        item = self.navigation.currentItem()
        return "" if item is None else str(item.data(AREA_KEY_ROLE))

    def show_area(self, key: str) -> None:
        keys = self.area_keys()
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))
