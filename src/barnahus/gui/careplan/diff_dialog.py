"""Two versions of the life project side by side: each changed field, before and after.

The comparison comes from :func:`barnahus.services.plans.compare_versions` (which audits the
view), computed on the pool; this dialog only lays the rows out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from barnahus.careplan.diff import ChangeKind, FieldChange
from barnahus.gui.careplan.page_text import version_label
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.plans import PlanState, compare_versions

SHADES = {ChangeKind.ADDED: "#e5f4ea", ChangeKind.REMOVED: "#fdecec", ChangeKind.CHANGED: "#fff6dc"}


class DiffDialog(QDialog):
    def __init__(
        self, workspace: Workspace, state: PlanState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions of the life project"))
        self.setAccessibleName(self.tr("Compare versions of the life project"))
        form = load_into(self, "careplan_diff.ui")
        self.workspace = workspace
        self.state = state
        self.before = child(form, QComboBox, "beforeCombo")
        self.after = child(form, QComboBox, "afterCombo")
        self.summary = child(form, QLabel, "summaryLabel")
        self.table = child(form, QTableWidget, "diffTable")
        buttons = child(form, QDialogButtonBox, "diffButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(self.tr("Close the comparison"))
        for version in state.versions:
            self.before.addItem(version_label(version), version.number)
            self.after.addItem(version_label(version), version.number)
        self.before.setCurrentIndex(max(0, len(state.versions) - 2))
        self.after.setCurrentIndex(len(state.versions) - 1)
        self.table.setColumnCount(3)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.before.currentIndexChanged.connect(self.compare)
        self.after.currentIndexChanged.connect(self.compare)
        self.changes: list[FieldChange] = []
        self._request = 0
        self.resize(1000, 620)
        self.compare()

    def compare(self) -> None:
        before, after = self.before.currentData(), self.after.currentData()
        if before is None or after is None:
            return
        self._request += 1
        request = self._request
        self.summary.setText(self.tr("Comparing…"))
        db, keyring, case_id = self.workspace.db, self.workspace.keyring, self.state.case_id
        self.workspace.run(
            lambda: compare_versions(db, keyring, case_id, int(before), int(after)),
            lambda changes: self._show(request, int(before), int(after), changes),
            lambda message: self.summary.setText(translated(message)),
        )

    def _show(self, request: int, before: int, after: int, changes: Any) -> None:
        if request != self._request:
            return
        self.changes = list(changes)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Version %1").replace("%1", str(before)),
                self.tr("Version %1").replace("%1", str(after)),
            ]
        )
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            shade = QBrush(QColor(SHADES[change.kind]))
            cells = (
                f"{change.section_title}\n{change.label}",
                change.before or self.tr("(empty)"),
                change.after or self.tr("(empty)"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setBackground(shade)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if not self.changes:
            self.summary.setText(self.tr("The two versions say the same."))
        else:
            self.summary.setText(
                self.tr(
                    "%n field(s) differ between version %1 and version %2.", "", len(self.changes)
                )
                .replace("%1", str(before))
                .replace("%2", str(after))
            )
