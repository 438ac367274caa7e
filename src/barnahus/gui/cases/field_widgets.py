"""One editing widget per field of a form definition, with its label, help and problem text.

The profile form is data (``forms/child_profile.yaml``), so its widgets are built here from the
field types rather than drawn in Designer. Each gets an accessible name (its label), an
accessible description (its help text) and a buddy label, like the controls in ``ui/*.ui``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from barnahus.formdefs.profile import FieldDef
from barnahus.gui.cases.profile_labels import form_text, problem_text
from barnahus.services.profile import field_text

FieldWidget = QLineEdit | QPlainTextEdit | QCheckBox | QComboBox


def _placeholder(field: FieldDef) -> str:
    from PySide6.QtCore import QCoreApplication

    hints = {
        "date": QCoreApplication.translate("FieldEditor", "year-month-day, e.g. 2014-03-25"),
        "integer": QCoreApplication.translate("FieldEditor", "a whole number"),
        "list": QCoreApplication.translate("FieldEditor", "separate with commas"),
    }
    return hints.get(field.type, "")


def _describe(field: FieldDef) -> str:
    """A description for a field the form gives no help text for."""
    from PySide6.QtCore import QCoreApplication

    from barnahus.gui.cases.profile_labels import section_title
    from barnahus.services.profile import section_of

    hint = _placeholder(field)
    if field.type == "choice":
        hint = QCoreApplication.translate("FieldEditor", "choose from the list")
    section = section_title(section_of(field.key))
    text = QCoreApplication.translate("FieldEditor", "In the part “%1” of the profile.")
    return text.replace("%1", section) + (f" ({hint})" if hint else "")


class FieldEditor:
    """The label, the control and the problem line of one field."""

    def __init__(self, field: FieldDef, parent: QWidget, on_change: Callable[[], None]) -> None:
        self.field = field
        title = form_text(field.label)
        self.label = QLabel(title + (" *" if field.required else ""), parent)
        self.label.setObjectName(f"{field.key}Label")
        self.widget = self._make(parent, on_change)
        self.widget.setObjectName(f"{field.key}Field")
        self.widget.setAccessibleName(title)
        help_text = form_text(field.help) if field.help else ""
        self.widget.setAccessibleDescription(help_text or _describe(field))
        if help_text:
            self.widget.setToolTip(help_text)
        self.label.setBuddy(self.widget)
        self.help = QLabel(help_text, parent)
        self.help.setObjectName(f"{field.key}Help")
        self.help.setWordWrap(True)
        self.help.setProperty("role", "hint")
        self.help.setVisible(bool(help_text))
        self.problem = QLabel("", parent)
        self.problem.setObjectName(f"{field.key}Problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "fieldProblem")
        self.problem.setVisible(False)
        self.cell = QWidget(parent)
        self.cell.setObjectName(f"{field.key}Cell")
        column = QVBoxLayout(self.cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for part in (self.widget, self.help, self.problem):
            column.addWidget(part)

    def _make(self, parent: QWidget, on_change: Callable[[], None]) -> FieldWidget:
        match self.field.type:
            case "boolean":
                from PySide6.QtCore import QCoreApplication

                box = QCheckBox(QCoreApplication.translate("FieldEditor", "Yes"), parent)
                box.toggled.connect(lambda _checked: on_change())
                return box
            case "multiline":
                text = QPlainTextEdit(parent)
                text.setTabChangesFocus(True)
                text.setMinimumHeight(90)
                text.textChanged.connect(on_change)
                return text
            case "choice":
                combo = QComboBox(parent)
                from PySide6.QtCore import QCoreApplication

                combo.addItem(QCoreApplication.translate("FieldEditor", "Not recorded"), "")
                for choice in self.field.choices:
                    combo.addItem(form_text(choice), choice)
                combo.currentIndexChanged.connect(lambda _index: on_change())
                return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(_placeholder(self.field))
        edit.textEdited.connect(lambda _text: on_change())
        return edit

    def raw(self) -> str | bool:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return data if isinstance(data, str) else widget.currentText()
        return widget.text()

    def show_value(self, value: object) -> None:
        """Fill the control without reporting an edit (the caller blocks change handling)."""
        shown = field_text(self.field, value)
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(shown))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(shown))
        elif isinstance(widget, QComboBox):
            index = widget.findData(str(shown))
            if index < 0 and shown:
                widget.addItem(str(shown), str(shown))  # a value from an older form
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        else:
            widget.setText(str(shown))
            widget.setCursorPosition(0)

    def clear(self) -> None:
        self.show_value(None)
        self.show_problem("")

    def show_problem(self, code: str) -> None:
        text = problem_text(code) if code else ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.widget.setProperty("problem", bool(text))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)
        base = self.widget.accessibleDescription().split(" — ")[0]
        self.widget.setAccessibleDescription(f"{base} — {text}" if text else base)
