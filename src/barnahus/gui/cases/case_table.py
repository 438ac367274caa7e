"""The case list's table model over the in-memory case index.

Filtering and sorting run in Python over plain dataclasses (``services/case_index.py``): for
10,000 cases that is a few milliseconds, less than a QSortFilterProxyModel calling back into
Python per row. The view asks only for the rows on screen. Which columns exist depends on the
person's roles: the next interview is shown to those who plan or run interviews, the plan
review date to those who keep care plans, and the child's details to those who hold the
identity key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from barnahus.roles import Role
from barnahus.services.case_index import (
    CaseEntry,
    CaseIndex,
    CaseQuery,
    select_cases,
    sort_cases,
)

ModelIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
_WORKERS = frozenset({Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST})


@dataclass(frozen=True)
class Column:
    key: str
    needs_profiles: bool
    roles: frozenset[Role]


COLUMNS = (
    Column("case_number", False, _WORKERS),
    Column("child", True, _WORKERS),
    Column("age", True, _WORKERS),
    Column("status", False, _WORKERS),
    Column("guardian", True, _WORKERS),
    Column("interpreter", True, frozenset({Role.INTERVIEWER, Role.PSYCHOLOGIST, Role.COORDINATOR})),
    Column(
        "next_interview", False, frozenset({Role.INTERVIEWER, Role.PSYCHOLOGIST, Role.COORDINATOR})
    ),
    Column("plan_review_due", False, frozenset({Role.PSYCHOLOGIST, Role.COORDINATOR})),
    Column("updated_at", False, _WORKERS),
)


def column_title(key: str) -> str:
    titles = {
        "case_number": QCoreApplication.translate("CaseTable", "Case"),
        "child": QCoreApplication.translate("CaseTable", "Child"),
        "age": QCoreApplication.translate("CaseTable", "Age"),
        "status": QCoreApplication.translate("CaseTable", "Status"),
        "guardian": QCoreApplication.translate("CaseTable", "Guardian"),
        "interpreter": QCoreApplication.translate("CaseTable", "Interpreter"),
        "next_interview": QCoreApplication.translate("CaseTable", "Next interview"),
        "plan_review_due": QCoreApplication.translate("CaseTable", "Plan review"),
        "updated_at": QCoreApplication.translate("CaseTable", "Last change"),
    }
    return titles[key]


def columns_for(roles: frozenset[Role], profiles_readable: bool) -> tuple[Column, ...]:
    return tuple(
        c for c in COLUMNS if c.roles & roles and (profiles_readable or not c.needs_profiles)
    )


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.isoformat()


class CaseTableModel(QAbstractTableModel):
    def __init__(self, roles: frozenset[Role]) -> None:
        super().__init__()
        self.roles = roles
        self.columns = columns_for(roles, True)
        self.index_data: CaseIndex | None = None
        self.query = CaseQuery()
        self.sort_column = "case_number"
        self.descending = False
        self.rows: list[CaseEntry] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # feeding ---------------------------------------------------------------------------------
    def set_index(self, index: CaseIndex | None) -> None:
        self.beginResetModel()
        self.index_data = index
        if index is not None:
            self.columns = columns_for(self.roles, index.profiles_readable)
        self._refresh()
        self.endResetModel()

    def add_facts(self, index: CaseIndex) -> None:
        """The same cases with more facts (the list's second pass). When the rows shown keep
        their order, only their cells change, so the person's current row, selection and
        scroll position stay; otherwise (sorted or filtered by a new fact) the list resets."""
        if self.index_data is None:
            return
        before = [entry.case_id for entry in self.rows]
        self.index_data = index
        entries = index.entries
        chosen = select_cases(entries, self.query)
        rows = sort_cases(chosen, self.sort_column, self.descending)
        if [entry.case_id for entry in rows] != before:
            self.set_index(index)
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )

    def clear(self) -> None:
        """Forget every decrypted value (on lock)."""
        self.set_index(None)

    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._refresh()
        self.endResetModel()

    def _refresh(self) -> None:
        entries = () if self.index_data is None else self.index_data.entries
        chosen = select_cases(entries, self.query)
        self.rows = sort_cases(chosen, self.sort_column, self.descending)

    @property
    def total(self) -> int:
        return 0 if self.index_data is None else len(self.index_data.entries)

    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def case_id(self, row: int) -> str:
        return self.rows[row].case_id if 0 <= row < len(self.rows) else ""

    def row_of(self, case_id: str) -> int:
        return next((i for i, e in enumerate(self.rows) if e.case_id == case_id), -1)

    # Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(self.columns[section].key)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        key = self.columns[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, key)
        if role == CASE_ID_ROLE:
            return entry.case_id
        if key == "guardian" and entry.guardian_missing:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9a3412")
        return None

    def _text(self, entry: CaseEntry, key: str) -> str:
        translate = QCoreApplication.translate
        match key:
            case "case_number":
                return entry.case_number
            case "child":
                if entry.profile_damaged:
                    return translate("CaseTable", "(cannot be read)")
                return entry.child
            case "age":
                if entry.age is None:
                    return ""
                if entry.age_certain:
                    return str(entry.age)
                return translate("CaseTable", "about %1").replace("%1", str(entry.age))
            case "status":
                names = {
                    "open": translate("CaseTable", "Open"),
                    "closed": translate("CaseTable", "Closed"),
                }
                return names.get(entry.status, entry.status)
            case "guardian":
                if entry.guardian_missing is None:
                    return ""
                if entry.guardian_missing:
                    return translate("CaseTable", "Missing")
                return translate("CaseTable", "Appointed")
            case "interpreter":
                return entry.interpreter
            case "next_interview":
                return _date(entry.next_interview)
            case "plan_review_due":
                return _date(entry.plan_review_due)
            case "updated_at":
                return _date(entry.updated_at)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self.sort_column = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.rows = sort_cases(self.rows, self.sort_column, self.descending)
        self.endResetModel()
