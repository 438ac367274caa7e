"""The interview area for accounts without the interview key (coordinators).

A coordinator schedules rooms and follows interviews: this view lists the case's interviews
with date, room, interviewer, status and duration (plaintext metadata) and books new ones. It
never asks for anything that needs the interview key, so there is nothing here to decrypt.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from barnahus.formdefs.interview import interview_setup
from barnahus.gui.interview.texts import local_time, status_name
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.interview.clock import timecode
from barnahus.services.interviews import (
    SessionListing,
    interviewer_choices,
    list_sessions,
    schedule_interview,
)


class InterviewMetadataView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "interview_metadata.ui")
        self.table = child(form, QTableWidget, "sessionTable")
        self.book_group = child(form, QGroupBox, "bookGroup")
        self.book_date = child(form, QDateTimeEdit, "bookDateEdit")
        self.book_room = child(form, QComboBox, "bookRoomCombo")
        self.book_interviewer = child(form, QComboBox, "bookInterviewerCombo")
        self.book_button = child(form, QPushButton, "bookButton")
        self.message = child(form, QLabel, "metadataMessageLabel")
        child(form, QLabel, "metadataTitleLabel").setStyleSheet(
            "font-size: 18pt; font-weight: 600; color: #1f4e51;"
        )
        headers = [
            self.tr("Planned for"),
            self.tr("Room"),
            self.tr("Interviewer"),
            self.tr("Status"),
            self.tr("Started"),
            self.tr("Ended"),
            self.tr("Duration"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for room in interview_setup().rooms:
            self.book_room.addItem(room, room)
        tomorrow = QDateTime.currentDateTime().addDays(1)
        self.book_date.setDateTime(tomorrow.addSecs(-tomorrow.time().second()))
        self.book_button.clicked.connect(self._book)
        workspace.case_changed.connect(self.load)
        workspace.unlocked.connect(lambda: self.load(workspace.case_id))
        workspace.run(lambda: interviewer_choices(workspace.db), self._show_interviewers)
        self.load(workspace.case_id)

    def load(self, case_id: str) -> None:
        self.book_group.setEnabled(bool(case_id))
        if not case_id:
            self.table.setRowCount(0)
            self.message.setText(self.tr("Choose a case to see its interviews."))
            return
        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.run(lambda: list_sessions(db, keyring, case_id), self._show, self._failed)

    def _show(self, listings: Any) -> None:
        rows: list[SessionListing] = list(listings)
        self.table.setRowCount(len(rows))
        for row, s in enumerate(rows):
            duration = s.duration_seconds
            cells = [
                local_time(s.scheduled_for, with_date=True),
                s.room,
                s.interviewer_name,
                status_name(s.status),
                local_time(s.started_at, with_date=True),
                local_time(s.ended_at, with_date=True),
                timecode(duration) if duration is not None else "–",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.message.setText(
            self.tr("No interviews are planned for this case.") if not rows else ""
        )

    def _show_interviewers(self, accounts: Any) -> None:
        self.book_interviewer.clear()
        for account_id, name in accounts:
            self.book_interviewer.addItem(name, account_id)

    def _book(self) -> None:
        case_id = self.workspace.case_id
        when = self.book_date.dateTime().toPython()
        assert isinstance(when, datetime)
        room = str(self.book_room.currentData())
        interviewer = str(self.book_interviewer.currentData() or "")
        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.run(
            lambda: schedule_interview(
                db, keyring, case_id, when.astimezone(UTC), room, interviewer
            ),
            lambda _result: self.load(case_id),
            self._failed,
        )

    def _failed(self, message: str) -> None:
        self.message.setText(translated(message))
