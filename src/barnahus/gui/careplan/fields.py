"""One editor per plan field, chosen by the field's type in forms/life_project.yaml.

The plan's fields are data a centre edits, so their controls cannot live in a Designer file;
they are built here, each with its field's label as accessible name, its help as accessible
description and a buddy label. Every editor reports a change as ``edited(old, new)`` and can
be set without reporting (loading a version, undo). The controls' own undo is switched off so
that Ctrl+Z always means the page's undo, which spans every field in order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barnahus.formdefs.child_languages import child_languages
from barnahus.formdefs.plan import PlanFieldDef
from barnahus.gui.careplan.table_models import CellDelegate, ChecklistModel, RowsModel

PARAGRAPH_HELP = 'A blank line starts a new paragraph; a line starting with "- " is a list item.'


class _NoOwnUndo(QObject):
    """Hands Ctrl+Z / Ctrl+Shift+Z to the page instead of the text control's private undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                # Not accepting the override lets the page's shortcut have the key; the
                # control never sees it.
                event.ignore()
                return True
        return False


class FieldEditor(QObject):
    edited = Signal(object, object)

    def __init__(self, field: PlanFieldDef, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self._last: Any = None
        self._loading = False
        self.widget: QWidget = self._build(parent)
        # The control that takes the focus and the label's buddy (inside ``widget``).
        self.focus_widget: QWidget = self._focus_target()
        self.widget.setObjectName(f"field_{field.section}_{field.key}")

    def _build(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def _focus_target(self) -> QWidget:
        return self.widget

    def _name(self, control: QWidget, suffix: str = "") -> None:
        control.setAccessibleName(self.field.label + suffix)
        if self.field.help:
            control.setAccessibleDescription(self.field.help)
        else:
            control.setAccessibleDescription(
                QCoreApplication.translate("FieldEditor", "Fill in this part of the plan.")
            )

    def value(self) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        self._last = self.value()

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        new = self.value()
        if new != self._last:
            old, self._last = self._last, new
            self.edited.emit(old, new)


class LineEditor(FieldEditor):
    """text, date and language fields: one line."""

    def _build(self, parent: QWidget) -> QWidget:
        self.line = QLineEdit(parent)
        self._name(self.line)
        self.line.installEventFilter(_NoOwnUndo(self.line))
        if self.field.type == "date":
            self.line.setPlaceholderText("YYYY-MM-DD")
            pattern = QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?")
            self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
            self.line.setMaximumWidth(160)
        elif self.field.type == "language":
            self.line.setPlaceholderText("en")
            self.line.setMaximumWidth(160)
            self._offer_child_languages()
        self.line.textChanged.connect(self._changed)
        return self.line

    def _offer_child_languages(self) -> None:
        """Suggest the codes the child's plan has words for; others fall back to English."""
        languages = child_languages()
        completer = QCompleter([language.code for language in languages], self.line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(completer)
        ready = ", ".join(f"{language.code} ({language.name})" for language in languages)
        self.line.setToolTip(
            QCoreApplication.translate("FieldEditor", "Child's plan ready in: %1").replace(
                "%1", ready
            )
        )

    def value(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        self.line.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class TextBlockEditor(FieldEditor):
    """paragraphs (free text with lists) and list (one item per line) fields."""

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(box)
        self._name(self.text)
        self.text.setTabChangesFocus(True)
        self.text.setUndoRedoEnabled(False)
        self.text.installEventFilter(_NoOwnUndo(self.text))
        self.text.setMinimumHeight(96 if self.field.type == "paragraphs" else 72)
        if self.field.type == "paragraphs":
            self.text.setPlaceholderText(PARAGRAPH_HELP)
        else:
            self.text.setPlaceholderText("One item per line.")
        self.text.textChanged.connect(self._changed)
        layout.addWidget(self.text)
        if self.field.type == "paragraphs":
            self.list_button = QPushButton("• List", box)
            self.list_button.setAccessibleName(
                f"Make the chosen lines of {self.field.label} a list"
            )
            self.list_button.setToolTip("Start or end a list on the chosen lines.")
            self.list_button.clicked.connect(self.toggle_list)
            row = QHBoxLayout()
            row.addWidget(self.list_button)
            row.addStretch(1)
            layout.addLayout(row)
        return box

    def _focus_target(self) -> QWidget:
        return self.text

    def toggle_list(self) -> None:
        """Add "- " to each chosen line, or take it away if every one already has it."""
        cursor = self.text.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        document = self.text.document()
        first, last = document.findBlock(start), document.findBlock(end)
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        listed = all(b.text().startswith("- ") for b in blocks)
        edit = QTextCursor(document)
        edit.beginEditBlock()
        for block in blocks:
            edit.setPosition(block.position())
            if listed:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 2
                )
                edit.removeSelectedText()
            else:
                edit.insertText("- ")
        edit.endEditBlock()
        self.text.setFocus()

    def value(self) -> Any:
        text = self.text.toPlainText()
        if self.field.type == "list":
            return [line.strip() for line in text.splitlines() if line.strip()]
        return text

    def _show(self, value: Any) -> None:
        if self.field.type == "list":
            self.text.setPlainText("\n".join(value or []))
        else:
            self.text.setPlainText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        if self.field.type == "paragraphs":
            self.list_button.setVisible(not read_only)


class ChoiceEditor(FieldEditor):
    def _build(self, parent: QWidget) -> QWidget:
        self.combo = QComboBox(parent)
        self._name(self.combo)
        self.combo.addItem(QCoreApplication.translate("FieldEditor", "(not chosen)"), "")
        for choice in self.field.choices:
            self.combo.addItem(choice.label, choice.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._changed)
        return self.combo

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def _show(self, value: Any) -> None:
        found = self.combo.findData(value or "")
        if found < 0 and value:  # a choice the centre has since removed: keep it visible
            self.combo.addItem(f"{value} (no longer offered)", value)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(max(0, found))

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class TableEditor(FieldEditor):
    """table and quotes fields (rows of cells) and risk checklists (one row per risk)."""

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView(box)
        self._name(self.view)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Row heights follow the wrapped text, which depends on the column widths.
        header.sectionResized.connect(self._fit)
        self.model: RowsModel | ChecklistModel
        if self.field.type == "checklist":
            assert self.field.risks is not None
            self.model = ChecklistModel(self.field.risks, self)
            self.view.setModel(self.model)
            self.view.verticalHeader().setVisible(False)
            self.view.setColumnWidth(0, 280)
            self.view.setColumnWidth(1, 130)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        else:
            self.model = RowsModel(self.field.columns, self)
            self.view.setModel(self.model)
            for index, column in enumerate(self.field.columns):
                wide = {"date": 135, "choice": 150}.get(column.type, 160)
                self.view.setColumnWidth(index, wide)
            # Text columns take the free width: the first one alone in a small table, all of
            # them sharing it in a wide one (the goals), so the table fits without scrolling.
            texts = [i for i, c in enumerate(self.field.columns) if c.type == "text"]
            for index in texts if len(self.field.columns) > 4 else texts[:1]:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.edited.connect(self._model_edited)
        self.model.modelReset.connect(self._fit)
        self.model.rowsInserted.connect(self._fit)
        self.model.rowsRemoved.connect(self._fit)
        self.model.dataChanged.connect(self._fit)
        layout.addWidget(self.view)
        if isinstance(self.model, RowsModel):
            row = QHBoxLayout()
            self.add_button = QPushButton("Add a row", box)
            self.add_button.setAccessibleName(f"Add a row to {self.field.label}")
            self.add_button.clicked.connect(self.add_row)
            self.remove_button = QPushButton("Remove the chosen row", box)
            self.remove_button.setAccessibleName(f"Remove the chosen row from {self.field.label}")
            self.remove_button.clicked.connect(self.remove_row)
            row.addWidget(self.add_button)
            row.addWidget(self.remove_button)
            row.addStretch(1)
            layout.addLayout(row)
        self.view.viewport().installEventFilter(self)
        self._fit()
        return box

    def _focus_target(self) -> QWidget:
        return self.view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # After the header has stretched its columns to the new width, not before.
            QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self, *_args: Any) -> None:
        """Grow the table with its rows (up to about twelve) so the section scrolls, not it."""
        self.view.resizeRowsToContents()
        rows = self.model.rowCount()
        height = self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth()
        height += sum(self.view.rowHeight(r) for r in range(min(rows, 12))) if rows else 32
        height += self.view.horizontalScrollBar().sizeHint().height() + 6  # room for it
        self.view.setFixedHeight(height)

    def _model_edited(self, old: Any, new: Any) -> None:
        if not self._loading:
            self._last = new
            self.edited.emit(old, new)

    def add_row(self) -> None:
        assert isinstance(self.model, RowsModel)
        position = self.model.add_row()
        index = self.model.index(position, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_row(self) -> None:
        assert isinstance(self.model, RowsModel)
        current = self.view.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def value(self) -> Any:
        return self.model.value()

    def _show(self, value: Any) -> None:
        self.model.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        if isinstance(self.model, RowsModel):
            self.add_button.setEnabled(not read_only)
            self.remove_button.setEnabled(not read_only)


def make_editor(field: PlanFieldDef, parent: QWidget) -> FieldEditor:
    match field.type:
        case "paragraphs" | "list":
            return TextBlockEditor(field, parent)
        case "choice":
            return ChoiceEditor(field, parent)
        case "table" | "quotes" | "checklist":
            return TableEditor(field, parent)
    return LineEditor(field, parent)
