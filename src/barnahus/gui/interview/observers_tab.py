"""Observers' questions: entered per agency into the queue, decided by the interviewer.

The queue is rows in the store, so a second workstation in the observation room can add to it
and this tab shows them at the next poll. At the break the interviewer picks each question and
records a decision: asked as written, rephrased (new wording), declined (with the reason) or
deferred. Closed or leading wording is flagged with the coach's open alternative.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from barnahus.formdefs.interview import interview_setup
from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.texts import DECISIONS, decision_name, label_name, local_time
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.observers import coach_question
from barnahus.interview.state import LIVE, ObserverQuestion, SessionState, Status

ID_ROLE = Qt.ItemDataRole.UserRole
FLAGGED = {"option_posing", "suggestive"}


class ObserversTab(QWidget):
    question_requested = Signal(str, str)  # agency, text
    decision_requested = Signal(str, str, str, str)  # question id, decision, wording, reason
    typing = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "interview_observers.ui")
        apply_stretch(form)
        self.setup = interview_setup()
        self.agency = child(form, QComboBox, "agencyCombo")
        self.text = child(form, QPlainTextEdit, "observerQuestionEdit")
        self.entry_coach = child(form, QLabel, "entryCoachLabel")
        self.add_button = child(form, QPushButton, "addQuestionButton")
        self.selected = child(form, QLabel, "selectedLabel")
        self.flag = child(form, QLabel, "flagLabel")
        self.decision = child(form, QComboBox, "decisionCombo")
        self.wording = child(form, QLineEdit, "wordingEdit")
        self.use_suggestion = child(form, QPushButton, "useSuggestionButton")
        self.reason = child(form, QLineEdit, "reasonEdit")
        self.decide_button = child(form, QPushButton, "decideButton")
        self.queue = child(form, QTableWidget, "queueTable")
        self.count = child(form, QLabel, "queueCountLabel")
        for agency in self.setup.agencies:
            self.agency.addItem(agency.label, agency.key)
        for decision in DECISIONS:
            self.decision.addItem(decision_name(decision), decision)
        headers = [
            self.tr("Added"),
            self.tr("Agency"),
            self.tr("Question as sent"),
            self.tr("Coach"),
            self.tr("Decision"),
            self.tr("Wording or reason"),
        ]
        self.queue.setColumnCount(len(headers))
        self.queue.setHorizontalHeaderLabels(headers)
        header = self.queue.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.queue.setWordWrap(True)
        self.queue.verticalHeader().hide()
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.clicked.connect(self._add)
        self.text.textChanged.connect(self._coach_entry)
        self.text.textChanged.connect(lambda: self.typing.emit("observer", self.text.toPlainText()))
        self.queue.itemSelectionChanged.connect(self._selected_changed)
        self.decision.currentIndexChanged.connect(lambda _i: self._update_decision_fields())
        self.use_suggestion.clicked.connect(self._use_suggestion)
        self.decide_button.clicked.connect(self._decide)
        self.state: SessionState | None = None
        self.show_state(None)

    # requests ---------------------------------------------------------------------------------
    def _add(self) -> None:
        text = self.text.toPlainText().strip()
        if text:
            self.question_requested.emit(str(self.agency.currentData()), text)

    def _decide(self) -> None:
        question = self.current_question()
        if question is not None:
            self.decision_requested.emit(
                question.id,
                str(self.decision.currentData()),
                self.wording.text().strip(),
                self.reason.text().strip(),
            )

    def clear_entry(self) -> None:
        self.text.clear()

    def clear_decision(self) -> None:
        self.wording.clear()
        self.reason.clear()

    def current_question(self) -> ObserverQuestion | None:
        item = self.queue.item(self.queue.currentRow(), 0)
        if self.state is None or item is None:
            return None
        return self.state.observer_questions.get(str(item.data(ID_ROLE)))

    def select_question(self, question_id: str) -> None:
        for row in range(self.queue.rowCount()):
            item = self.queue.item(row, 0)
            if item is not None and item.data(ID_ROLE) == question_id:
                self.queue.selectRow(row)
                return

    # coaching -----------------------------------------------------------------------------------
    def _coach_entry(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.entry_coach.setText("")
            return
        coaching = coach_question(text, self.setup.question_language)
        message = f"{label_name(coaching.label)}: {coaching.reason}."
        if coaching.flagged and coaching.suggestion:
            message += "  " + self.tr("Open alternative: %1").replace("%1", coaching.suggestion)
        self.entry_coach.setText(message)
        colour = "#8b1a10" if coaching.label == "suggestive" else "#6b4a00"
        self.entry_coach.setStyleSheet(f"color: {colour};" if coaching.flagged else "")

    def _use_suggestion(self) -> None:
        question = self.current_question()
        if question is not None and question.suggestion:
            self.decision.setCurrentIndex(self.decision.findData("rephrased"))
            self.wording.setText(question.suggestion)

    # showing ------------------------------------------------------------------------------------
    def show_state(self, state: SessionState | None) -> None:
        chosen = self.current_question()
        self.state = state
        questions = list(state.observer_questions.values()) if state is not None else []
        self.queue.setRowCount(len(questions))
        for row, q in enumerate(questions):
            decided = q.decision
            detail = "\n".join(p for p in (decided.wording, decided.reason) if p) if decided else ""
            coach = label_name(q.label) + (" ⚑" if q.label in FLAGGED else "")
            cells = [
                local_time(q.at),
                self.setup.label(self.setup.agencies, q.agency),
                q.text,
                coach,
                decision_name(decided.decision) if decided else self.tr("Waiting"),
                detail,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, q.id)
                if column == 3:
                    item.setToolTip(q.reason + (f"\n{q.suggestion}" if q.suggestion else ""))
                if decided is None or decided.decision == "deferred":
                    item.setBackground(QBrush(QColor("#fff6df")))
                self.queue.setItem(row, column, item)
        self.queue.resizeRowsToContents()
        waiting = len(state.undecided()) if state is not None else 0
        self.count.setText(
            self.tr("%1 question(s); %2 waiting for a decision.")
            .replace("%1", str(len(questions)))
            .replace("%2", str(waiting))
        )
        closed = state is None or state.status in (Status.FINALISED, Status.CANCELLED)
        for widget in (self.agency, self.text, self.add_button):
            widget.setEnabled(not closed)
        if chosen is not None:
            self.select_question(chosen.id)
        self._selected_changed()

    def _selected_changed(self) -> None:
        question = self.current_question()
        if question is None:
            self.selected.setText(self.tr("Choose a question in the queue to decide on it."))
            self.flag.setText("")
        else:
            agency = self.setup.label(self.setup.agencies, question.agency)
            self.selected.setText(f"{agency}: {question.text}")
            flag = f"{label_name(question.label)}: {question.reason}."
            if question.suggestion:
                flag += "  " + self.tr("Open alternative: %1").replace("%1", question.suggestion)
            self.flag.setText(flag)
            self.flag.setStyleSheet(
                "color: #8b1a10; font-weight: 600;" if question.label in FLAGGED else ""
            )
        self._update_decision_fields()

    def _update_decision_fields(self) -> None:
        question = self.current_question()
        state = self.state
        open_for_decision = (
            question is not None
            and state is not None
            and (state.status in LIVE or state.status is Status.ENDED)
            and (question.decision is None or question.decision.decision == "deferred")
        )
        decision = str(self.decision.currentData())
        for widget in (self.decision, self.decide_button):
            widget.setEnabled(open_for_decision)
        self.wording.setEnabled(open_for_decision and decision == "rephrased")
        self.use_suggestion.setEnabled(
            open_for_decision and question is not None and bool(question.suggestion)
        )
        self.reason.setEnabled(open_for_decision and decision != "rephrased")
