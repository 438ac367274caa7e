"""The audit trail, newest first, with the state of its hash chain in plain words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)

from barnahus.gui.admin.labels import action_name
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.admin import AuditEntry, AuditView

ModelIndex = QModelIndex | QPersistentModelIndex


def _words(entry: AuditEntry) -> str:
    parts = (entry.seq, entry.actor, action_name(entry.action), entry.action, entry.target)
    return " ".join(str(p) for p in (*parts, entry.detail)).casefold()


class AuditTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.all: tuple[AuditEntry, ...] = ()
        self.rows: list[AuditEntry] = []
        self.words: list[str] = []

    def set_entries(self, entries: tuple[AuditEntry, ...]) -> None:
        self.beginResetModel()
        self.all = entries
        self._filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self.words = text.casefold().split()
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        if not self.words:
            self.rows = list(self.all)
            return
        self.rows = [e for e in self.all if all(w in _words(e) for w in self.words)]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("About"),
            self.tr("Detail"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and entry.damaged:
            return QColor("#9b2c2c")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match index.column():
            case 0:
                return str(entry.seq)
            case 1:
                return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            case 2:
                return entry.actor or self.tr("(nobody signed in)")
            case 3:
                text = action_name(entry.action)
                return text + (" " + self.tr("(damaged)") if entry.damaged else "")
            case 4:
                return entry.target
        return entry.detail


def _read(workspace: Workspace) -> Any:
    from barnahus.services.admin import read_audit_log

    return read_audit_log(workspace.db, workspace.keyring)


class AuditTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "admin_audit.ui")
        self.state = child(form, QLabel, "chainStateLabel")
        self.problems = child(form, QListWidget, "auditProblemList")
        self.filter = child(form, QLineEdit, "auditFilterEdit")
        self.table = child(form, QTableView, "auditTable")
        self.count = child(form, QLabel, "auditCountLabel")
        self.model = AuditTableModel()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 180, 140, 260, 200)):
            header.resizeSection(column, width)
        child(form, QPushButton, "refreshAuditButton").clicked.connect(self.reload)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.model.modelReset.connect(self._count)
        workspace.unlocked.connect(self.reload)
        self.view: AuditView | None = None
        self.reload()

    def reload(self) -> None:
        self.state.setText(self.tr("Checking the audit trail…"))
        workspace = self.workspace
        workspace.run(lambda: _read(workspace), self._loaded, self._failed)

    def _loaded(self, view: Any) -> None:
        self.view = view
        self.model.set_entries(view.entries)
        if view.intact:
            self.state.setText(
                self.tr(
                    "The audit trail is intact: every entry links to the one before it "
                    "and is signed."
                )
            )
            self.state.setProperty("role", "success")
        else:
            self.state.setText(
                self.tr(
                    "The audit trail has %n problem(s): entries were changed, removed or "
                    "reordered. Keep the store as it is and call your support.",
                    "",
                    len(view.problems),
                )
            )
            self.state.setProperty("role", "error")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.problems.clear()
        self.problems.addItems(list(view.problems))
        self.problems.setVisible(not view.intact)

    def _failed(self, message: str) -> None:
        self.state.setText(translated(message))

    def _count(self) -> None:
        self.count.setText(
            self.tr("%n entry(ies) shown", "", self.model.rowCount())
            + " · "
            + self.tr("%n in all", "", len(self.model.all))
        )
