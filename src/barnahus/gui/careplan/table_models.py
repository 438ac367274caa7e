"""Table models for the plan's row fields (goals, quotes, panel, signatures) and risk checklists.

Each model owns a plain copy of the value (a list of row dicts, or a risk -> answer mapping)
and reports every change as ``edited(old, new)`` so the editor can put it on the undo stack
and into the autosave journal. Choices are stored by value and shown by label.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from barnahus.careplan.values import is_date
from barnahus.formdefs.plan import Choice, ColumnDef, RiskList

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#9b1c1c")
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    """Rows of cells; columns come from the form (goals: goal, owner, due date, ...)."""

    edited = Signal(object, object)

    def __init__(self, columns: tuple[ColumnDef, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, str]] = []
        self.read_only = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole label, when the column is narrow
            return column.label + (" (required)" if column.required else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"{column.label} *" if column.required else column.label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label_of(value) if column.type == "choice" and value else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == CHOICES_ROLE:
            return column.choices
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.type == "date" and value and not is_date(value):
                return "Write the date as YYYY-MM-DD."
            return value or None
        if role == Qt.ItemDataRole.ForegroundRole and column.type == "date":
            return QBrush(WARNING) if value and not is_date(value) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        text = str(value or "").strip()
        if column.type == "choice" and text and text not in {c.value for c in column.choices}:
            return False
        row = self.rows[index.row()]
        if row.get(column.key, "") == text:
            return False
        old = self.value()
        row[column.key] = text
        self.dataChanged.emit(index, index)
        self.edited.emit(old, self.value())
        return True

    def value(self) -> list[dict[str, str]]:
        return [{k: v for k, v in row.items() if v} for row in copy.deepcopy(self.rows)]

    def set_value(self, rows: list[dict[str, str]] | None) -> None:
        """Replace every row without reporting an edit (loading, undo)."""
        self.beginResetModel()
        self.rows = copy.deepcopy(rows or [])
        self.endResetModel()

    def add_row(self) -> int:
        old = self.value()
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append({})
        self.endInsertRows()
        self.edited.emit(old, self.value())
        return position

    def remove_row(self, position: int) -> None:
        if not 0 <= position < len(self.rows):
            return
        old = self.value()
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.edited.emit(old, self.value())


class ChecklistModel(QAbstractTableModel):
    """One row per risk of a list: the risk, its answer, the measures against it."""

    edited = Signal(object, object)
    HEADERS = ("Risk", "Answer *", "Measures")

    def __init__(self, risks: RiskList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.risks = risks
        self.answers: dict[str, dict[str, str]] = {}
        self.read_only = False
        self.choices = tuple(Choice(s.value, s.label) for s in risks.statuses)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.risks.risks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def _needs_measures(self, key: str) -> bool:
        answer = self.answers.get(key, {})
        status = self.risks.status(answer.get("status", ""))
        return status is not None and status.measures_required and not answer.get("measures")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        risk = self.risks.risks[index.row()]
        answer = self.answers.get(risk.key, {})
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return risk.label
            if column == 1:
                status = self.risks.status(answer.get("status", ""))
                if role == Qt.ItemDataRole.EditRole:
                    return answer.get("status", "")
                return status.label if status else ""
            return answer.get("measures", "")
        if role == CHOICES_ROLE and column == 1:
            return self.choices
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and self._needs_measures(risk.key):
                return "Give the measures against this risk."
            return risk.help or None
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == 2
            and self._needs_measures(risk.key)
        ):
            return QBrush(QColor("#fde8e8"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() == 0:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        key = self.risks.risks[index.row()].key
        name = "status" if index.column() == 1 else "measures"
        text = str(value or "").strip()
        if name == "status" and text and self.risks.status(text) is None:
            return False
        if self.answers.get(key, {}).get(name, "") == text:
            return False
        old = self.value()
        self.answers.setdefault(key, {})[name] = text
        self.dataChanged.emit(self.index(index.row(), 1), self.index(index.row(), 2))
        self.edited.emit(old, self.value())
        return True

    def value(self) -> dict[str, dict[str, str]]:
        cleaned = {k: {n: v for n, v in a.items() if v} for k, a in self.answers.items()}
        return {k: a for k, a in cleaned.items() if a}

    def set_value(self, answers: dict[str, dict[str, str]] | None) -> None:
        self.beginResetModel()
        self.answers = copy.deepcopy(answers or {})
        self.endResetModel()


class CellDelegate(QStyledItemDelegate):
    """Cell editors with an accessible name; a drop-down of choices for choice cells."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name = str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        choices = index.data(CHOICES_ROLE)
        if not choices:
            editor = super().createEditor(parent, option, index)
            editor.setAccessibleName(name.rstrip(" *"))
            editor.setAccessibleDescription(self.tr("Type the text for this cell."))
            return editor
        combo = QComboBox(parent)
        combo.setAccessibleName(name.rstrip(" *"))
        combo.setAccessibleDescription(self.tr("Choose a value for this cell."))
        combo.addItem(self.tr("(not chosen)"), "")
        for choice in choices:
            combo.addItem(choice.label, choice.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
