"""Undo for the plan editor: one command per change of one field, typing merged into one step.

The page keeps a single QUndoStack over all fields, so "undo" walks back through the plan in
the order it was changed, whichever field had the focus. Changes to the same text field with
pauses shorter than :data:`MERGE_SECONDS` merge, as in any editor, so one undo removes a burst
of typing rather than one letter.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from barnahus.gui.careplan.fields import FieldEditor

_TYPING_ID = 4711  # any constant: QUndoStack only merges commands with equal ids
MERGE_SECONDS = 1.5


class SetFieldCommand(QUndoCommand):
    def __init__(
        self, editor: FieldEditor, old: Any, new: Any, applied: Callable[[FieldEditor], None]
    ) -> None:
        super().__init__(f"Change {editor.field.label}")
        self.editor = editor
        self.old = old
        self.new = new
        self.applied = applied
        self._first = True  # the control already shows ``new`` when the command is pushed
        self.at = time.monotonic()

    def id(self) -> int:
        return _TYPING_ID if self.editor.field.type in ("text", "paragraphs", "list") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.editor is not self.editor:
            return False
        if other.at - self.at > MERGE_SECONDS:
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.editor.set_value(self.new)
        self.applied(self.editor)

    def undo(self) -> None:
        self.editor.set_value(self.old)
        self.applied(self.editor)
