"""The main window: navigation on the left, the chosen area on the right.

The window is a thin frame; each area becomes its own widget module as its issue lands, so this
file stays small.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from barnahus.gui.application import app_icon
from barnahus.gui.areas import Area, areas_for
from barnahus.gui.ui_loader import child, load_ui
from barnahus.roles import Role

if TYPE_CHECKING:  # the store layer loads lazily, off the start-up path
    from barnahus.services.store_info import StoreSummary


class AreaPage(QWidget):
    """Placeholder content of an area until its screen is built."""

    def __init__(self, area: Area, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        form = load_ui("area_page.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.area = area
        child(form, QLabel, "areaTitleLabel").setText(area.title)
        child(form, QLabel, "areaSummaryLabel").setText(area.summary)
        child(form, QLabel, "areaStateLabel").setText(state)
        self.setAccessibleName(area.title)


class MainWindow(QMainWindow):
    def __init__(self, store_path: Path, roles: frozenset[Role] | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Barnahus Desk"))
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("Barnahus Desk main window"))
        self.shell = load_ui("workspace_shell.ui", self)
        self.setCentralWidget(self.shell)
        self.navigation = child(self.shell, QListWidget, "navigationList")
        self.stack = child(self.shell, QStackedWidget, "areaStack")
        self.store_label = child(self.shell, QLabel, "storeBadgeLabel")
        self.store_label.setText(self.tr("Store: %1").replace("%1", store_path.name))
        self.store_label.setToolTip(str(store_path))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.show_areas(roles)
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(QSize(1100, 720))

    def show_areas(self, roles: frozenset[Role] | None) -> None:
        """Rebuild the navigation for the signed-in person's roles."""
        self.navigation.clear()
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        state = self.tr("Sign in to open this area.")
        for area in areas_for(roles):
            item = QListWidgetItem(area.title, self.navigation)
            item.setData(0x0100, area.key)  # Qt.UserRole
            item.setToolTip(area.summary)
            self.stack.addWidget(AreaPage(area, state, self.stack))
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    def show_store_summary(self, summary: StoreSummary) -> None:
        """Tell people which store this is, and say loudly when it holds demo data."""
        name = Path(summary.location).name or summary.location
        if summary.problem:
            text = self.tr("Store: %1. %2").replace("%1", name).replace("%2", summary.problem)
        elif not summary.exists:
            text = self.tr("No store yet at %1.").replace("%1", name)
        elif summary.is_demo:
            text = self.tr("DEMO store: %1. Fictional children only.").replace("%1", name)
        else:
            text = self.tr("Store: %1").replace("%1", name)
        self.store_label.setText(text)
        self.store_label.setProperty("demo", summary.is_demo)
        self.store_label.style().unpolish(self.store_label)
        self.store_label.style().polish(self.store_label)
        if summary.is_demo:
            self.setWindowTitle(self.tr("Barnahus Desk (demo)"))

    def area_keys(self) -> list[str]:
        return [str(self.navigation.item(i).data(0x0100)) for i in range(self.navigation.count())]

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
