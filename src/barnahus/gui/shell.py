"""The signed-in workspace: navigation on the left, the chosen area on the right.

Which widget fills an area is decided in :func:`area_pages`, one factory per area key taking
``(workspace, parent)``; an area without a factory shows a short placeholder.

Only the first area's page is built at sign-in; another is built the first time it is shown
(or asked for through :attr:`WorkspaceShell.pages`). Building them all held the GUI thread
for about a tenth of a second more at sign-in (the care plan's editor alone has fifty fields),
for areas the person may not open (docs/benchmarks.md, "Sign-in"). A page reads the
workspace's current case when it is built, so building it late loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

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


class AreaPages(Mapping[str, QWidget]):
    """The areas' pages by key; a page is built the first time it is looked up."""

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        self._keys = keys
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in self._keys:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def ensure(self, key: str) -> QWidget:
        """The page, built now if this is the first time it is needed."""
        return self[key]

    def is_built(self, key: str) -> bool:
        return key in self._built


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
        self._areas = areas_for(workspace.roles)
        self.pages = AreaPages([area.key for area in self._areas], self._build_page)
        self._build_navigation()
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.navigation.count():
            self.navigation.setCurrentRow(0)
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

    def _build_navigation(self) -> None:
        """One navigation entry per area and, until its page is built, an empty stand-in."""
        for area in self._areas:
            item = QListWidgetItem(area.title, self.navigation)
            item.setData(AREA_KEY_ROLE, area.key)
            item.setToolTip(area.summary)
            self.stack.addWidget(QWidget(self.stack))

    def _build_page(self, key: str) -> QWidget:
        area = next(a for a in self._areas if a.key == key)
        factory = area_pages().get(key)
        if factory is None:
            page: QWidget = AreaPage(
                area, self.tr("This area is being built and opens in a coming update."), self
            )
        else:
            page = factory(self.workspace, self.stack)
        page.setProperty("areaKey", key)
        index = self.area_keys().index(key)
        stand_in = self.stack.widget(index)
        assert stand_in is not None
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.pages.ensure(self._areas[row].key)
        self.stack.setCurrentIndex(row)

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
