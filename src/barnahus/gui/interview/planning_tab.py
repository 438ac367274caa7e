"""Planning: date, room, interviewer, observers by agency, interpreter, the child, one interview.

Choices come from forms/interview/ so the room (plaintext metadata) is never typed. The plan is
editable until the interview starts. When the child already had a forensic interview, the tab
says so and asks for the reason, which the interview cannot start without.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from barnahus.formdefs.interview import available_protocols, interview_setup, protocol
from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.texts import local_time
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.plan import OTHER_LANGUAGE, Interpreter, InterviewPlan, Observer
from barnahus.interview.state import BEFORE_START, SessionState

AGENCY_ROLE = Qt.ItemDataRole.UserRole


class PlanningTab(QWidget):
    plan_requested = Signal(object)  # InterviewPlan
    further_reason_requested = Signal(str)
    cancel_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "interview_planning.ui")
        apply_stretch(form)
        self.setup = interview_setup()
        self.scheduled = child(form, QDateTimeEdit, "scheduledEdit")
        self.room = child(form, QComboBox, "roomCombo")
        self.interviewer = child(form, QComboBox, "interviewerCombo")
        self.protocol = child(form, QComboBox, "protocolCombo")
        self.recording = child(form, QLineEdit, "recordingEdit")
        self.age_band = child(form, QComboBox, "ageBandCombo")
        self.language = child(form, QComboBox, "languageCombo")
        self.language_other = child(form, QLineEdit, "languageOtherEdit")
        self.special_needs = child(form, QPlainTextEdit, "specialNeedsEdit")
        self.interviewed_before = child(form, QCheckBox, "interviewedBeforeCheck")
        self.observers = child(form, QTableWidget, "observersTable")
        self.interpreter_needed = child(form, QCheckBox, "interpreterNeededCheck")
        self.interpreter_language = child(form, QLineEdit, "interpreterLanguageEdit")
        self.interpreter_name = child(form, QLineEdit, "interpreterNameEdit")
        self.interpreter_briefed = child(form, QCheckBox, "interpreterBriefedCheck")
        self.further_group = child(form, QGroupBox, "furtherGroup")
        self.earlier = child(form, QLabel, "earlierLabel")
        self.earlier.setStyleSheet("color: #8b1a10;")
        self.further_reason = child(form, QPlainTextEdit, "furtherReasonEdit")
        self.further_button = child(form, QPushButton, "furtherReasonButton")
        self.save_button = child(form, QPushButton, "savePlanButton")
        self.cancel_reason = child(form, QLineEdit, "cancelReasonEdit")
        self.cancel_button = child(form, QPushButton, "cancelButton")
        self._fill_choices()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.interpreter_needed.toggled.connect(self._interpreter_changed)
        self.interviewed_before.toggled.connect(lambda _on: self._show_further())
        self.save_button.clicked.connect(lambda: self.plan_requested.emit(self.plan()))
        self.further_button.clicked.connect(
            lambda: self.further_reason_requested.emit(self.further_reason.toPlainText())
        )
        self.cancel_button.clicked.connect(
            lambda: self.cancel_requested.emit(self.cancel_reason.text())
        )
        self._earlier_dates: list[datetime] = []
        self.state: SessionState | None = None
        self.show_state(None)

    def _fill_choices(self) -> None:
        for room in self.setup.rooms:
            self.room.addItem(room, room)
        for key in available_protocols():
            self.protocol.addItem(protocol(key).title, key)
        for band in self.setup.age_bands:
            self.age_band.addItem(band.label, band.key)
        for language in self.setup.languages:
            self.language.addItem(language.name, language.code)
        self.observers.setColumnCount(2)
        self.observers.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("Name (optional)")])
        self.observers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.observers.verticalHeader().hide()
        self.observers.setRowCount(len(self.setup.agencies))
        for row, agency in enumerate(self.setup.agencies):
            item = QTableWidgetItem(agency.label)
            item.setData(AGENCY_ROLE, agency.key)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.observers.setItem(row, 0, item)
            self.observers.setItem(row, 1, QTableWidgetItem(""))
        self.observers.resizeColumnToContents(0)

    def set_interviewers(self, accounts: list[tuple[str, str]], preferred: str) -> None:
        current = self.interviewer.currentData() or preferred
        self.interviewer.clear()
        for account_id, name in accounts:
            self.interviewer.addItem(name, account_id)
        index = self.interviewer.findData(current)
        self.interviewer.setCurrentIndex(max(0, index))

    def set_earlier(self, dates: list[datetime]) -> None:
        """Forensic interviews this child already had here (from the case's session list)."""
        self._earlier_dates = dates
        self._show_further()

    # reading and showing ------------------------------------------------------------------------
    def plan(self) -> InterviewPlan:
        observers = []
        for row in range(self.observers.rowCount()):
            agency = self.observers.item(row, 0)
            name = self.observers.item(row, 1)
            if agency is not None and agency.checkState() == Qt.CheckState.Checked:
                text = name.text().strip() if name is not None else ""
                observers.append(Observer(str(agency.data(AGENCY_ROLE)), text))
        when = self.scheduled.dateTime().toPython()
        assert isinstance(when, datetime)
        return InterviewPlan(
            scheduled_for=when.astimezone(UTC),
            room=str(self.room.currentData() or ""),
            interviewer_id=str(self.interviewer.currentData() or ""),
            age_band=str(self.age_band.currentData() or ""),
            child_language=str(self.language.currentData() or ""),
            child_language_other=self.language_other.text().strip(),
            special_needs=self.special_needs.toPlainText().strip(),
            observers=tuple(observers),
            interpreter=Interpreter(
                self.interpreter_needed.isChecked(),
                self.interpreter_language.text().strip(),
                self.interpreter_name.text().strip(),
                self.interpreter_briefed.isChecked(),
            ),
            recording_reference=self.recording.text().strip(),
            protocol=str(self.protocol.currentData() or self.setup.default_protocol),
            interviewed_before=self.interviewed_before.isChecked(),
        )

    def show_state(self, state: SessionState | None) -> None:
        """Show the plan of ``state``; ``None`` (or an unplanned booking) offers a new plan."""
        self.state = state
        plan = state.plan if state is not None else None
        if plan is not None:
            self._show_plan(plan)
        else:
            self._clear()
        editable = state is None or state.status in BEFORE_START
        for widget in self.findChildren(QWidget):
            if widget.objectName() in {
                "furtherReasonEdit",
                "furtherReasonButton",
                "planningScroll",
            }:
                continue
            if isinstance(widget, QLineEdit | QComboBox | QCheckBox | QPlainTextEdit):
                widget.setEnabled(editable)
        self.observers.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setText(
            self.tr("&Plan the interview") if plan is None else self.tr("&Save changes")
        )
        started = state is not None and state.status not in BEFORE_START
        self.cancel_button.setEnabled(state is not None and not started)
        self.cancel_reason.setEnabled(state is not None and not started)
        self._language_changed()
        self._interpreter_changed(self.interpreter_needed.isChecked())
        self._show_further()

    def _clear(self) -> None:
        """An empty plan, so nothing of another interview or case is carried over."""
        tomorrow = QDateTime.currentDateTime().addDays(1)
        self.scheduled.setDateTime(tomorrow.addSecs(-tomorrow.time().second()))
        for edit in (
            self.language_other,
            self.recording,
            self.interpreter_language,
            self.interpreter_name,
            self.cancel_reason,
        ):
            edit.clear()
        self.special_needs.clear()
        self.further_reason.clear()
        for box in (self.interviewed_before, self.interpreter_needed, self.interpreter_briefed):
            box.setChecked(False)
        for row in range(self.observers.rowCount()):
            agency, name = self.observers.item(row, 0), self.observers.item(row, 1)
            if agency is not None and name is not None:
                agency.setCheckState(Qt.CheckState.Unchecked)
                name.setText("")
        for combo in (self.room, self.protocol, self.age_band, self.language):
            combo.setCurrentIndex(0)

    def prefill_booking(self, when: datetime, room: str, interviewer_id: str) -> None:
        """Start the plan of a coordinator's booking from its date, room and interviewer."""
        self.scheduled.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        for combo, value in ((self.room, room), (self.interviewer, interviewer_id)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _show_plan(self, plan: InterviewPlan) -> None:
        self.scheduled.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(plan.scheduled_for.timestamp()))
        )
        for combo, value in (
            (self.room, plan.room),
            (self.interviewer, plan.interviewer_id),
            (self.protocol, plan.protocol),
            (self.age_band, plan.age_band),
            (self.language, plan.child_language),
        ):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.language_other.setText(plan.child_language_other)
        self.special_needs.setPlainText(plan.special_needs)
        self.recording.setText(plan.recording_reference)
        self.interviewed_before.setChecked(plan.interviewed_before)
        present = {o.agency: o.name for o in plan.observers}
        for row in range(self.observers.rowCount()):
            agency, name = self.observers.item(row, 0), self.observers.item(row, 1)
            if agency is None or name is None:
                continue
            key = str(agency.data(AGENCY_ROLE))
            checked = Qt.CheckState.Checked if key in present else Qt.CheckState.Unchecked
            agency.setCheckState(checked)
            name.setText(present.get(key, ""))
        self.interpreter_needed.setChecked(plan.interpreter.needed)
        self.interpreter_language.setText(plan.interpreter.language)
        self.interpreter_name.setText(plan.interpreter.name)
        self.interpreter_briefed.setChecked(plan.interpreter.briefed)

    def _language_changed(self) -> None:
        other = self.language.currentData() == OTHER_LANGUAGE
        self.language_other.setVisible(other)
        label = self.findChild(QLabel, "languageOtherLabel")
        if label is not None:
            label.setVisible(other)

    def _interpreter_changed(self, needed: bool) -> None:
        editable = self.interpreter_needed.isEnabled()
        for widget in (self.interpreter_language, self.interpreter_name, self.interpreter_briefed):
            widget.setEnabled(needed and editable)
        if needed and not self.interpreter_language.text():
            self.interpreter_language.setText(
                self.language_other.text() or self.language.currentText()
            )

    def _show_further(self) -> None:
        state = self.state
        needed = bool(self._earlier_dates) or self.interviewed_before.isChecked()
        self.further_group.setVisible(needed)
        parts = []
        if self._earlier_dates:
            dates = ", ".join(local_time(d, with_date=True) for d in self._earlier_dates)
            parts.append(
                self.tr("This child already had a forensic interview here (%1).").replace(
                    "%1", dates
                )
            )
        elif self.interviewed_before.isChecked():
            parts.append(self.tr("This child already had a forensic interview elsewhere."))
        parts.append(
            self.tr(
                "One interview is the rule; a further one is the exception. Record why it is "
                "needed: the interview cannot start without a reason."
            )
        )
        if state is not None and state.further_reason:
            parts.append(self.tr("Reason recorded: %1").replace("%1", state.further_reason))
        self.earlier.setText(" ".join(parts))
        can_record = state is not None and state.plan is not None and state.status in BEFORE_START
        self.further_reason.setEnabled(can_record)
        self.further_button.setEnabled(can_record)
