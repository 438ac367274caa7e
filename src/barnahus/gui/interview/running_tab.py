"""Running the interview: clock, phases with prompts, questions with coaching, notes, markers.

The note taker types each question as it is asked; the coach labels it while it is typed
(a suggestive question is flagged at once, in red, with an open alternative) and again when it
is logged. Counts by type and the share of open prompts update with every question. The clock
is computed from the stored start time, so after a restart it simply carries on.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from barnahus.formdefs.interview import Protocol, interview_setup
from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.texts import label_name
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.clock import elapsed_seconds, parse_timecode, timecode
from barnahus.interview.observers import coach_question
from barnahus.interview.state import BEFORE_START, LIVE, SessionState, Status
from barnahus.interview.summary import question_stats

PHASE_ROLE = Qt.ItemDataRole.UserRole
FLAG_COLOURS = {"suggestive": "#f6d0cb", "option_posing": "#fbeccc"}


class RunningTab(QWidget):
    start_requested = Signal(float)
    end_requested = Signal()
    phase_requested = Signal(str)
    question_requested = Signal(str)
    note_requested = Signal(str)
    marker_requested = Signal(str, str)
    break_requested = Signal(str)
    end_break_requested = Signal()
    offset_requested = Signal(float)
    typing = Signal(str, str)  # field, text (for autosave)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "interview_running.ui")
        apply_stretch(form)
        self.setup = interview_setup()
        self.clock = child(form, QLabel, "clockLabel")
        self.recording = child(form, QLabel, "recordingLabel")
        self.status = child(form, QLabel, "runStatusLabel")
        self.offset = child(form, QLineEdit, "offsetEdit")
        self.sync_button = child(form, QPushButton, "syncButton")
        self.start_button = child(form, QPushButton, "startButton")
        self.end_button = child(form, QPushButton, "endButton")
        self.phases = child(form, QListWidget, "phaseList")
        self.phase_button = child(form, QPushButton, "phaseButton")
        self.prompts = child(form, QLabel, "promptsLabel")
        self.break_reason = child(form, QComboBox, "breakReasonCombo")
        self.break_button = child(form, QPushButton, "breakButton")
        self.end_break_button = child(form, QPushButton, "endBreakButton")
        self.breaks = child(form, QLabel, "breaksLabel")
        self.question = child(form, QLineEdit, "questionEdit")
        self.log_button = child(form, QPushButton, "logQuestionButton")
        self.coach = child(form, QLabel, "coachLabel")
        self.table = child(form, QTableWidget, "questionTable")
        self.counts = child(form, QLabel, "countsLabel")
        self.note = child(form, QPlainTextEdit, "noteEdit")
        self.note_button = child(form, QPushButton, "addNoteButton")
        self.notes = child(form, QListWidget, "notesList")
        self.marker_text = child(form, QLineEdit, "markerTextEdit")
        self.markers = child(form, QListWidget, "markersList")
        marker_layout = child(form, QWidget, "markerButtons").layout()
        assert isinstance(marker_layout, QGridLayout)
        self.marker_buttons: dict[str, QPushButton] = {}
        for index, marker in enumerate(self.setup.markers):
            button = QPushButton(marker.label, self)
            button.setObjectName(f"marker_{marker.key}")
            button.setAccessibleName(self.tr("Mark: %1").replace("%1", marker.label))
            button.clicked.connect(lambda _=False, key=marker.key: self._marker(key))
            marker_layout.addWidget(button, index // 2, index % 2)
            self.marker_buttons[marker.key] = button
        for reason in self.setup.break_reasons:
            self.break_reason.addItem(reason, reason)
        self.clock.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f4e51;")
        self.recording.setStyleSheet("font-size: 12pt; color: #3d4a4a;")
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Clock"), self.tr("Phase"), self.tr("Question"), self.tr("Type")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.start_button.clicked.connect(self._start)
        self.end_button.clicked.connect(self.end_requested)
        self.sync_button.clicked.connect(self._sync)
        self.phase_button.clicked.connect(self._phase)
        self.phases.itemDoubleClicked.connect(lambda _item: self._phase())
        self.phases.currentItemChanged.connect(lambda *_: self._show_prompts())
        self.question.returnPressed.connect(self._question)
        self.log_button.clicked.connect(self._question)
        self.question.textChanged.connect(self._coach_live)
        self.question.textChanged.connect(lambda text: self.typing.emit("question", text))
        self.note_button.clicked.connect(self._note)
        self.note.textChanged.connect(lambda: self.typing.emit("note", self.note.toPlainText()))
        QShortcut(QKeySequence("Ctrl+Return"), self.note, self._note)
        self.break_button.clicked.connect(
            lambda: self.break_requested.emit(str(self.break_reason.currentData()))
        )
        self.end_break_button.clicked.connect(self.end_break_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.state: SessionState | None = None
        self.protocol: Protocol | None = None
        self.show_state(None, None)

    # requests ---------------------------------------------------------------------------------
    def _recorder_seconds(self) -> float | None:
        text = self.offset.text().strip()
        if not text:
            return 0.0
        try:
            return parse_timecode(text)
        except ValueError:
            self.status.setText(self.tr("Write the recorder's time as h:mm:ss, e.g. 0:00:42."))
            return None

    def _start(self) -> None:
        seconds = self._recorder_seconds()
        if seconds is not None:
            self.start_requested.emit(seconds)

    def _sync(self) -> None:
        seconds = self._recorder_seconds()
        state = self.state
        if seconds is not None and state is not None and state.started_at is not None:
            self.offset_requested.emit(seconds - elapsed_seconds(state.started_at, _now()))

    def _phase(self) -> None:
        item = self.phases.currentItem()
        if item is not None:
            self.phase_requested.emit(str(item.data(PHASE_ROLE)))

    def _question(self) -> None:
        if text := self.question.text().strip():
            self.question_requested.emit(text)

    def _note(self) -> None:
        if text := self.note.toPlainText().strip():
            self.note_requested.emit(text)

    def _marker(self, key: str) -> None:
        self.marker_requested.emit(key, self.marker_text.text().strip())

    def clear_question(self) -> None:
        self.question.clear()

    def clear_note(self) -> None:
        self.note.clear()

    def clear_marker_text(self) -> None:
        self.marker_text.clear()

    # coaching -----------------------------------------------------------------------------------
    def _coach_live(self, text: str) -> None:
        if not text.strip():
            self.coach.setText("")
            self.coach.setStyleSheet("")
            return
        coaching = coach_question(text, self.setup.question_language)
        message = f"{label_name(coaching.label)}: {coaching.reason}."
        if coaching.suggestion:
            message += "  " + self.tr("Open alternative: %1").replace("%1", coaching.suggestion)
        self.coach.setText(message)
        if coaching.label == "suggestive":
            self.coach.setStyleSheet("color: #8b1a10; font-weight: 700;")
        elif coaching.flagged:
            self.coach.setStyleSheet("color: #6b4a00; font-weight: 600;")
        else:
            self.coach.setStyleSheet("color: #1f4e51;")

    # showing ------------------------------------------------------------------------------------
    def show_state(self, state: SessionState | None, protocol: Protocol | None) -> None:
        self.state, self.protocol = state, protocol
        selected = self.phases.currentItem()
        keep = str(selected.data(PHASE_ROLE)) if selected is not None else ""
        self.phases.clear()
        current = state.current_phase if state is not None else ""
        visits: dict[str, float] = {}
        if state is not None:
            for span in state.phases:
                visits[span.phase] = visits.get(span.phase, 0.0) + elapsed_seconds(
                    span.started_at, span.ended_at or _now()
                )
        for phase in protocol.phases if protocol is not None else ():
            shown = phase.title + (
                f"  ({timecode(visits[phase.key])})" if phase.key in visits else ""
            )
            item = QListWidgetItem(("▶ " if phase.key == current else "") + shown, self.phases)
            item.setData(PHASE_ROLE, phase.key)
            if phase.key == current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if phase.key == (keep or current):
                self.phases.setCurrentItem(item)
        self._show_prompts()
        self._show_entries(state)
        self._enable(state)
        self._tick()

    def _show_prompts(self) -> None:
        item = self.phases.currentItem()
        phase = self.protocol.phase(str(item.data(PHASE_ROLE))) if item and self.protocol else None
        self.prompts.setText("\n".join(f"• {p}" for p in phase.prompts) if phase else "")

    def _title(self, key: str) -> str:
        phase = self.protocol.phase(key) if self.protocol is not None else None
        return phase.title if phase is not None else key

    def _clock(self, at: datetime) -> str:
        start = self.state.started_at if self.state is not None else None
        return timecode(elapsed_seconds(start, at)) if start is not None else ""

    def _show_entries(self, state: SessionState | None) -> None:
        questions = state.questions if state is not None else []
        self.table.setRowCount(len(questions))
        for row, q in enumerate(questions):
            cells = [self._clock(q.at), self._title(q.phase), q.text, label_name(q.label)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if q.label in FLAG_COLOURS:
                    item.setBackground(QBrush(QColor(FLAG_COLOURS[q.label])))
                if column == 3:
                    item.setToolTip(q.reason + (f"\n{q.suggestion}" if q.suggestion else ""))
                self.table.setItem(row, column, item)
        self.table.scrollToBottom()
        stats = question_stats([q.label for q in questions])
        parts = [f"{label_name(k)} {n}" for k, n in stats.counts.items() if n]
        share = stats.share_open
        summary = (
            self.tr("Open prompts: %1 % of %2 prompts.")
            .replace("%1", f"{share * 100:.0f}")
            .replace("%2", str(stats.prompts))
            if share is not None
            else self.tr("No questions logged yet.")
        )
        self.counts.setText(" · ".join(parts) + ("  —  " if parts else "") + summary)
        self.notes.clear()
        for note in state.notes if state is not None else []:
            QListWidgetItem(
                f"{self._clock(note.at)}  [{self._title(note.phase)}]  {note.text}", self.notes
            )
        self.notes.scrollToBottom()
        self.markers.clear()
        for marker in state.markers if state is not None else []:
            label = self.setup.label(self.setup.markers, marker.key)
            text = f"{self._clock(marker.at)}  {label}" + (
                f": {marker.text}" if marker.text else ""
            )
            QListWidgetItem(text, self.markers)
        breaks = state.breaks if state is not None else []
        self.breaks.setText(
            "\n".join(
                f"{self._clock(b.started_at)}  {b.reason}  "
                f"({timecode(elapsed_seconds(b.started_at, b.ended_at or _now()))})"
                for b in breaks
            )
        )

    def _enable(self, state: SessionState | None) -> None:
        status = state.status if state is not None else None
        live = status in LIVE
        self.start_button.setVisible(status is None or status in BEFORE_START)
        self.start_button.setEnabled(state is not None and state.plan is not None)
        self.end_button.setEnabled(live)
        self.sync_button.setEnabled(live)
        self.phase_button.setEnabled(live)
        self.phases.setEnabled(state is not None and state.plan is not None)
        self.break_button.setEnabled(status is Status.RUNNING)
        self.end_break_button.setEnabled(status is Status.ON_BREAK)
        for widget in (self.question, self.log_button, *self.marker_buttons.values()):
            widget.setEnabled(live)
        note_open = live or status is Status.ENDED
        self.note.setEnabled(note_open)
        self.note_button.setEnabled(note_open)

    def _tick(self) -> None:
        state = self.state
        if state is None or state.started_at is None:
            self.clock.setText("0:00:00")
            self.recording.setText("")
            self.status.setText(self.tr("Not started."))
            return
        end = state.ended_at or _now()
        seconds = elapsed_seconds(state.started_at, end)
        self.clock.setText(timecode(seconds))
        self.recording.setText(
            self.tr("Recording %1").replace("%1", timecode(seconds + state.recording_offset))
        )
        open_break = state.open_break
        if open_break is not None:
            length = timecode(elapsed_seconds(open_break.started_at, _now()))
            text = self.tr("On a break (%1): %2").replace("%1", open_break.reason)
            self.status.setText(text.replace("%2", length))
        elif state.status is Status.RUNNING:
            self.status.setText(
                self.tr("Running: %1").replace("%1", self._title(state.current_phase))
            )
        else:
            self.status.setText(self.tr("Ended."))


def _now() -> datetime:
    return datetime.now(UTC)
