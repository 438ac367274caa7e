"""The plan editor: a section navigator, one scrolling page of fields per section, and the list
of what is still missing.

Built from the form in forms/ at run time, so a centre's added fields appear without code.
Validation runs on the GUI thread because it is pure Python over a small dict (no disk, no
crypto) and must follow typing closely; it is debounced by the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barnahus.careplan.values import (
    Problem,
    Values,
    approval_problems,
    normalise,
    submission_problems,
    value_of,
)
from barnahus.errors import UsageError
from barnahus.formdefs.plan import PlanForm, SectionDef
from barnahus.gui.careplan.fields import FieldEditor, make_editor
from barnahus.gui.careplan.undo import SetFieldCommand

PATH_ROLE = Qt.ItemDataRole.UserRole


class PlanEditor(QObject):
    """Owns the field editors; ``changed`` fires after every edit, undo or redo."""

    changed = Signal()

    def __init__(
        self,
        form: PlanForm,
        sections: QListWidget,
        pages: QStackedWidget,
        problems: QListWidget,
        undo: QUndoStack,
    ) -> None:
        super().__init__(sections)
        self.form = form
        self.sections = sections
        self.pages = pages
        self.problem_list = problems
        self.undo = undo
        self.editors: dict[str, FieldEditor] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        self.read_only = True
        self.submission: list[Problem] = []
        self.approval: list[Problem] = []
        for section in form.sections:
            self._add_section(section)
        sections.currentRowChanged.connect(pages.setCurrentIndex)
        problems.itemActivated.connect(self._go_to_problem)
        problems.itemClicked.connect(self._go_to_problem)
        sections.setCurrentRow(0)

    def _add_section(self, section: SectionDef) -> None:
        scroll = QScrollArea(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(f"Section: {section.title}")
        body = QWidget(scroll)
        body.setObjectName(f"section_{section.key}")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 16, 16)
        layout.setSpacing(4)
        title = QLabel(section.title, body)
        title.setObjectName("planSectionTitle")
        title.setProperty("role", "subtitle")
        title.setAccessibleName(f"Section title: {section.title}")
        layout.addWidget(title)
        if section.help:
            layout.addWidget(self._help(section.help, body))
        for field in section.fields:
            editor = make_editor(field, body)
            label = QLabel(f"{field.label} *" if field.required else field.label, body)
            label.setObjectName("planFieldLabel")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(editor.focus_widget)
            label.setWordWrap(True)
            layout.addSpacing(8)
            layout.addWidget(label)
            layout.addWidget(editor.widget)
            if field.help:
                layout.addWidget(self._help(field.help, body))
            editor.edited.connect(lambda old, new, e=editor: self._edited(e, old, new))
            self.editors[field.path] = editor
        layout.addStretch(1)
        scroll.setWidget(body)
        self.pages.addWidget(scroll)
        self.scrolls[section.key] = scroll
        item = QListWidgetItem(section.title, self.sections)
        item.setData(PATH_ROLE, section.key)

    @staticmethod
    def _help(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("planHelpLabel")
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        label.setAccessibleName("Help")
        return label

    # values -----------------------------------------------------------------------------
    def values(self) -> Values:
        """What the controls show, grouped by section (empty values included)."""
        values: Values = {}
        for path, editor in self.editors.items():
            section, _, field = path.partition(".")
            values.setdefault(section, {})[field] = editor.value()
        return values

    def load(self, values: Values, *, read_only: bool) -> None:
        """Show ``values``; the undo history starts afresh."""
        for path, editor in self.editors.items():
            editor.set_value(value_of(values, path))
        self.set_read_only(read_only)
        self.undo.clear()
        self.refresh_problems()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def _edited(self, editor: FieldEditor, old: Any, new: Any) -> None:
        self.undo.push(SetFieldCommand(editor, old, new, self._applied))
        self.changed.emit()

    def _applied(self, _editor: FieldEditor) -> None:
        self.changed.emit()

    # what is missing --------------------------------------------------------------------
    def refresh_problems(self) -> None:
        try:
            clean = normalise(self.form, self.values())
        except UsageError as exc:
            self.submission, self.approval = [Problem("", exc.message)], []
        else:
            self.submission = submission_problems(self.form, clean)
            self.approval = approval_problems(self.form, clean)
        self.problem_list.clear()
        for problem in self.submission:
            self._add_problem(problem.message, problem.path)
        for problem in self.approval:
            self._add_problem(f"Before approval: {problem.message}", problem.path)
        if not self.submission and not self.approval:
            item = QListWidgetItem("Nothing is missing.", self.problem_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        counts: dict[str, int] = {}
        for problem in self.submission + self.approval:
            key = problem.path.partition(".")[0]
            counts[key] = counts.get(key, 0) + 1
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            section = self.form.section(str(item.data(PATH_ROLE)))
            assert section is not None
            count = counts.get(section.key, 0)
            item.setText(f"{section.title}  ({count})" if count else section.title)

    def _add_problem(self, text: str, path: str) -> None:
        item = QListWidgetItem(text, self.problem_list)
        item.setData(PATH_ROLE, path)
        item.setToolTip(text)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.focus_field(str(path))

    def focus_field(self, path: str) -> None:
        """Show the field's section, scroll it into view and put the cursor in it."""
        editor = self.editors.get(path)
        if editor is None:
            return
        keys = [s.key for s in self.form.sections]
        self.sections.setCurrentRow(keys.index(editor.field.section))
        self.scrolls[editor.field.section].ensureWidgetVisible(editor.widget)
        editor.focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)
