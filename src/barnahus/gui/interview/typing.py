"""What is typed but not yet added: put back after a restart, cleared on lock once it is safe.

The autosaver keeps the note, question and observer's question boxes in the session's
encrypted draft. These helpers move text between that draft and the boxes without ever
journaling an empty box over a saved draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from barnahus.services.interview_log import InterviewDraft

if TYPE_CHECKING:
    from barnahus.gui.interview.page import InterviewPage


def restore_boxes(page: InterviewPage, draft: InterviewDraft) -> None:
    """Fill empty boxes from the draft; text still in a box (a save that failed before a lock)
    wins and is journaled again."""
    running, observers, fields = page.running, page.observers, draft.fields
    if fields.get("note") and not running.note.toPlainText():
        running.note.setPlainText(fields["note"])
        running.note.moveCursor(QTextCursor.MoveOperation.End)
    if fields.get("question") and not running.question.text():
        running.question.setText(fields["question"])
    if fields.get("observer") and not observers.text.toPlainText():
        observers.text.setPlainText(fields["observer"])
        observers.text.moveCursor(QTextCursor.MoveOperation.End)
    for field, text in (
        ("note", running.note.toPlainText()),
        ("question", running.question.text()),
        ("observer", observers.text.toPlainText()),
    ):
        if text:
            page.controller.typing(field, text)


def clear_boxes(page: InterviewPage) -> None:
    """Remove typed text from the screen (it is in the encrypted draft)."""
    page.running.question.clear()
    page.running.marker_text.clear()
    page.running.note.clear()
    page.observers.text.clear()
