"""The case list: search, filters, sorting, columns by role; built off the GUI thread.

Decrypted names are held only while the workspace is unlocked: locking empties the model, and
unlocking builds the index again and selects the same case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from barnahus.gui.cases.case_table import CaseTableModel, column_title
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.roles import Role
from barnahus.services.case_index import CaseQuery, InterviewFilter, ReviewFilter, StatusFilter

SEARCH_DELAY_MS = 200
COLUMN_CHARS = {
    "case_number": 12,
    "child": 16,
    "age": 7,
    "status": 8,
    "guardian": 10,
    "interpreter": 12,
    "next_interview": 15,
    "plan_review_due": 13,
}


def _build_index(workspace: Workspace) -> Any:
    """On the pool: the index without the slow facts, so the list shows at once."""
    from barnahus.formdefs.profile import child_profile_form
    from barnahus.services.case_index import DEFERRED_FACTS, FACT_SOURCES, build_case_index

    child_profile_form()  # read the form file here, not later on the GUI thread
    quick = [name for name in FACT_SOURCES if name not in DEFERRED_FACTS]
    return build_case_index(workspace.db, workspace.keyring, facts=quick)


def _add_deferred_facts(workspace: Workspace, index: Any) -> Any:
    """On the pool: the second pass, adding the facts left out of the first."""
    from barnahus.services.case_index import DEFERRED_FACTS, with_facts

    return with_facts(index, workspace.db, workspace.keyring, DEFERRED_FACTS)


class CaseListPage(QWidget):
    open_case = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "case_list.ui")
        self.search = child(form, QLineEdit, "searchEdit")
        self.status = child(form, QComboBox, "statusCombo")
        self.interview = child(form, QComboBox, "interviewCombo")
        self.review = child(form, QComboBox, "reviewCombo")
        self.guardian = child(form, QCheckBox, "guardianCheck")
        self.table = child(form, QTableView, "caseTable")
        self.count_label = child(form, QLabel, "countLabel")
        self.loading_label = child(form, QLabel, "loadingLabel")
        self.loading_bar = child(form, QProgressBar, "loadingProgress")
        self.new_button = child(form, QPushButton, "newCaseButton")
        self.sort_combo = child(form, QComboBox, "sortCombo")
        self.reverse = child(form, QCheckBox, "reverseCheck")
        self.model = CaseTableModel(workspace.roles)
        self.table.setModel(self.model)
        self._setup_filters(form)
        self._setup_table()
        self.new_button.setVisible(Role.COORDINATOR in workspace.roles)
        self.new_button.clicked.connect(self.new_case)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_case)
        workspace.locked.connect(self.model.clear)
        workspace.unlocked.connect(self.reload)
        workspace.data_changed.connect(self._data_changed)
        self.selected_case = ""
        self.loaded = False
        self._generation = 0  # a second pass for an index that was replaced meanwhile is dropped
        self.reload()

    def _setup_filters(self, form: QWidget) -> None:
        for combo, items in (
            (
                self.status,
                (
                    (StatusFilter.OPEN, self.tr("Open")),
                    (StatusFilter.CLOSED, self.tr("Closed")),
                    (StatusFilter.ALL, self.tr("All")),
                ),
            ),
            (
                self.interview,
                (
                    (InterviewFilter.ANY, self.tr("Any")),
                    (InterviewFilter.WITHIN_WEEK, self.tr("Within a week")),
                    (InterviewFilter.NONE_SCHEDULED, self.tr("None planned")),
                ),
            ),
            (
                self.review,
                (
                    (ReviewFilter.ANY, self.tr("Any")),
                    (ReviewFilter.OVERDUE, self.tr("Overdue")),
                    (ReviewFilter.WITHIN_TWO_WEEKS, self.tr("Due within two weeks")),
                ),
            ),
        ):
            for value, text in items:
                combo.addItem(text, value.value)
            combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        keys = self.model.column_keys()
        for name, key, widget in (
            ("interviewLabel", "next_interview", self.interview),
            ("reviewLabel", "plan_review_due", self.review),
        ):
            child(form, QLabel, name).setVisible(key in keys)
            widget.setVisible(key in keys)
        self.guardian.setVisible("guardian" in keys)
        self.guardian.toggled.connect(lambda _c: self.apply_query())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)

    def _setup_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(130)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.activated.connect(lambda index: self._open(index))
        self.model.modelReset.connect(self._after_reset)
        # Sorting by keyboard too: the combo and the headings stay in step.
        for column, key in enumerate(self.model.column_keys()):
            self.sort_combo.addItem(column_title(key), column)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self._sort_from_controls())
        self.reverse.toggled.connect(lambda _c: self._sort_from_controls())
        header.sortIndicatorChanged.connect(self._sort_from_header)

    def _sort_from_controls(self) -> None:
        order = (
            Qt.SortOrder.DescendingOrder
            if self.reverse.isChecked()
            else Qt.SortOrder.AscendingOrder
        )
        self.table.sortByColumn(int(self.sort_combo.currentData() or 0), order)

    def _sort_from_header(self, column: int, order: Qt.SortOrder) -> None:
        for widget, value in (
            (self.sort_combo, self.sort_combo.findData(column)),
            (self.reverse, order == Qt.SortOrder.DescendingOrder),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(int(value), 0))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)

    # loading ---------------------------------------------------------------------------------
    def _data_changed(self, topic: str) -> None:
        if topic == "cases":
            self.reload()

    def reload(self) -> None:
        if self.workspace.is_locked:
            return
        self.loading_label.setVisible(True)
        self.loading_bar.setVisible(True)
        workspace = self.workspace
        workspace.run(lambda: _build_index(workspace), self._loaded, self._failed)

    def _loaded(self, index: Any) -> None:
        self.loading_label.setVisible(False)
        self.loading_bar.setVisible(False)
        if self.workspace.is_locked:
            return
        self.model.set_index(index)
        self.loaded = True
        self._update_columns()
        self._generation += 1
        generation, workspace = self._generation, self.workspace
        workspace.run(
            lambda: _add_deferred_facts(workspace, index),
            lambda completed: self._facts_added(generation, completed),
            lambda message: self._facts_failed(generation, message),
        )

    def _facts_added(self, generation: int, index: Any) -> None:
        if generation == self._generation and not self.workspace.is_locked:
            self.model.add_facts(index)

    def _facts_failed(self, generation: int, message: str) -> None:
        """The list itself is fine; say only that the later dates are missing."""
        if generation == self._generation:
            self.loading_label.setText(
                self.tr("The review dates could not be read: %1").replace("%1", translated(message))
            )
            self.loading_label.setVisible(True)

    def _failed(self, message: str) -> None:
        self.loading_bar.setVisible(False)
        self.loading_label.setText(translated(message))
        self.loading_label.setVisible(True)

    def _update_columns(self) -> None:
        """Widths for the columns shown (the last one takes what is left); people can drag
        them wider. Measuring the contents instead would read thousands of rows."""
        header = self.table.horizontalHeader()
        scale = self.fontMetrics().averageCharWidth()
        for column, key in enumerate(self.model.column_keys()):
            header.resizeSection(column, COLUMN_CHARS.get(key, 12) * scale + 24)

    def query(self) -> CaseQuery:
        return CaseQuery(
            text=self.search.text(),
            status=StatusFilter(self.status.currentData()),
            interview=InterviewFilter(self.interview.currentData()),
            review=ReviewFilter(self.review.currentData()),
            guardian_missing_only=not self.guardian.isHidden() and self.guardian.isChecked(),
        )

    def apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.query())

    def _after_reset(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(
            self.tr("%n case(s) shown", "", shown) + " · " + self.tr("%n in all", "", total)
        )
        row = self.model.row_of(self.selected_case)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # opening ---------------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id:
            self.selected_case = case_id
            self.open_case.emit(case_id)

    def _open_first(self) -> None:
        self.apply_query()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def new_case(self) -> None:
        if Role.COORDINATOR not in self.workspace.roles or self.workspace.is_locked:
            return
        from barnahus.gui.cases.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.workspace, self)
        dialog.created.connect(self._case_created)
        dialog.open()

    def _case_created(self, case: Any) -> None:
        self.selected_case = case.id
        self.reload()
        self.open_case.emit(case.id)
