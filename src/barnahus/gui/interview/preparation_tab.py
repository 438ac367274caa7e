"""Readiness on the day and the child's preparation, driven from the interviewer's screen.

The interviewer chooses each step; the page shows it on the child screen and records it with
its time. The preview here mirrors exactly what the child sees, so the interviewer never has
to look at the other monitor. Warnings about the child texts (no native-speaker review, a
language without texts) and about read-aloud (no voice for the language on this computer) are
shown here only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from barnahus.formdefs.interview import interview_setup
from barnahus.formdefs.preparation import preparation
from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.pictures import svg_pixmap
from barnahus.gui.interview.read_aloud import ReadAloud, shared_read_aloud
from barnahus.gui.interview.texts import local_time
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.preparation import ChildScript
from barnahus.interview.state import BEFORE_START, SessionState, Status

STEP_ROLE = Qt.ItemDataRole.UserRole
ANSWERS = (("", "–"), ("yes", "Yes"), ("no", "No"), ("not_needed", "Not needed"))


class PreparationTab(QWidget):
    readiness_requested = Signal(object)  # dict[str, str]
    step_requested = Signal(str)
    waiting_requested = Signal()
    practice_requested = Signal(str, bool)
    open_child_requested = Signal(bool)  # full screen?
    close_child_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "interview_preparation.ui")
        apply_stretch(form)
        self.setup = interview_setup()
        layout = child(form, QWidget, "readinessFields").layout()
        assert isinstance(layout, QFormLayout)
        self.readiness_form = layout
        self.readiness_button = child(form, QPushButton, "readinessButton")
        self.readiness_label = child(form, QLabel, "readinessLabel")
        self.open_button = child(form, QPushButton, "openChildButton")
        self.full_button = child(form, QPushButton, "fullScreenButton")
        self.close_button = child(form, QPushButton, "closeChildButton")
        self.screen_info = child(form, QLabel, "screenInfoLabel")
        self.warnings = child(form, QLabel, "textWarningsLabel")
        self.steps = child(form, QListWidget, "stepList")
        self.hint = child(form, QLabel, "hintLabel")
        self.previous_button = child(form, QPushButton, "previousButton")
        self.show_button = child(form, QPushButton, "showButton")
        self.next_button = child(form, QPushButton, "nextButton")
        self.waiting_button = child(form, QPushButton, "waitingButton")
        self.understood_button = child(form, QPushButton, "understoodButton")
        self.try_again_button = child(form, QPushButton, "tryAgainButton")
        self.feelings = child(form, QLabel, "feelingsLabel")
        self.preview_picture = child(form, QLabel, "previewPictureLabel")
        self.preview_title = child(form, QLabel, "previewTitleLabel")
        self.preview_text = child(form, QLabel, "previewTextLabel")
        self.answers: dict[str, QComboBox] = {}
        for item in self.setup.readiness:
            combo = QComboBox(self)
            combo.setObjectName(f"readiness_{item.key}")
            for value, text in ANSWERS:
                if value != "not_needed" or item.optional:
                    combo.addItem(self.tr(text), value)
            combo.setAccessibleName(item.label)
            combo.setAccessibleDescription(
                self.tr("Choose the answer to: %1").replace("%1", item.question)
            )
            combo.setToolTip(item.question)
            label = QLabel(item.label + ":", self)
            label.setBuddy(combo)
            label.setAccessibleName(item.label)
            label.setToolTip(item.question)
            self.readiness_form.addRow(label, combo)
            self.answers[item.key] = combo
        self.readiness_button.clicked.connect(self._readiness)
        self.open_button.clicked.connect(lambda: self.open_child_requested.emit(False))
        self.full_button.clicked.connect(lambda: self.open_child_requested.emit(True))
        self.close_button.clicked.connect(self.close_child_requested)
        self.show_button.clicked.connect(self._show_selected)
        self.steps.itemDoubleClicked.connect(lambda _item: self._show_selected())
        self.steps.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.next_button.clicked.connect(self._next)
        self.previous_button.clicked.connect(self._previous)
        self.waiting_button.clicked.connect(self.waiting_requested)
        self.understood_button.clicked.connect(lambda: self._practice(True))
        self.try_again_button.clicked.connect(lambda: self._practice(False))
        self.script: ChildScript | None = None
        self._speaker: ReadAloud | None = None
        self.state: SessionState | None = None
        self.child_open = False
        self.shown_step = ""
        self.set_child_open(False)

    # requests ---------------------------------------------------------------------------------
    def _readiness(self) -> None:
        self.readiness_requested.emit(
            {key: str(combo.currentData() or "") for key, combo in self.answers.items()}
        )

    def _selected_key(self) -> str:
        item = self.steps.currentItem()
        return "" if item is None else str(item.data(STEP_ROLE))

    def _show_selected(self) -> None:
        if key := self._selected_key():
            self.step_requested.emit(key)

    def _next(self) -> None:
        row = self.steps.currentRow()
        keys = [str(self.steps.item(i).data(STEP_ROLE)) for i in range(self.steps.count())]
        if self.shown_step in keys:
            row = keys.index(self.shown_step) + 1
        elif row < 0:
            row = 0
        if 0 <= row < len(keys):
            self.steps.setCurrentRow(row)
            self.step_requested.emit(keys[row])

    def _previous(self) -> None:
        row = self.steps.currentRow() - 1
        if row >= 0:
            self.steps.setCurrentRow(row)
            self.step_requested.emit(str(self.steps.item(row).data(STEP_ROLE)))

    def _practice(self, understood: bool) -> None:
        if self.shown_step:
            self.practice_requested.emit(self.shown_step, understood)

    # showing ------------------------------------------------------------------------------------
    def show_script(self, script: ChildScript | None) -> None:
        """The steps for this child's age band and language (None: no plan yet)."""
        self.script = script
        self.steps.clear()
        if script is None:
            self.warnings.setText("")
            self.preview_title.setText("")
            self.preview_text.setText("")
            self.preview_picture.clear()
            return
        titles = {s.key: s for s in preparation().steps}
        for step in script.steps:
            item = QListWidgetItem(titles[step.key].title, self.steps)
            item.setData(STEP_ROLE, step.key)
            item.setToolTip(titles[step.key].hint)
        self.speaker().start()  # on its own thread; the read-aloud warning follows when known
        self._show_warnings()
        self.show_state(self.state)

    def speaker(self) -> ReadAloud:
        if self._speaker is None:
            self._speaker = shared_read_aloud()
            self._speaker.ready.connect(self._show_warnings)
        return self._speaker

    def read_aloud_warning(self) -> str:
        """One sentence when the computer cannot read this language aloud ("" otherwise, and
        while the text-to-speech engine is still being asked)."""
        script, speaker = self.script, self._speaker
        if script is None or speaker is None or speaker.catalogue is None:
            return ""
        if speaker.catalogue.locale_for(script.language.speech) is not None:
            return ""
        return self.tr(
            "This computer has no voice for %1, so read-aloud is off: read the steps to the "
            "child or ask the interpreter."
        ).replace("%1", script.language.name)

    def _show_warnings(self) -> None:
        if self.script is None:
            return
        lines = [*self.script.warnings, self.read_aloud_warning()]
        text = "\n".join(line for line in lines if line)
        self.warnings.setText(text)
        self.warnings.setVisible(bool(text))

    def show_state(self, state: SessionState | None) -> None:
        self.state = state
        before = state is not None and state.status in BEFORE_START
        for key, combo in self.answers.items():
            answer = state.readiness.get(key, "") if state is not None else ""
            combo.setCurrentIndex(max(0, combo.findData(answer)))
            combo.setEnabled(before)
        self.readiness_button.setEnabled(before)
        if state is not None and state.readiness:
            not_ready = [
                i.label for i in self.setup.readiness if state.readiness.get(i.key) == "no"
            ]
            self.readiness_label.setText(
                self.tr("Not ready yet: %1.").replace("%1", ", ".join(not_ready))
                if not_ready
                else self.tr("The child is ready.")
            )
        else:
            self.readiness_label.setText(self.tr("Not checked yet."))
        shown = {s.key: s.at for s in state.prep_steps} if state is not None else {}
        practised = {p.key: p.value for p in state.practice} if state is not None else {}
        titles = {s.key: s.title for s in preparation().steps}
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            key = str(item.data(STEP_ROLE))
            mark = "✓ " + local_time(shown[key]) + "  " if key in shown else "○ "
            result = {"understood": " · understood", "try_again": " · try again"}.get(
                practised.get(key, ""), ""
            )
            item.setText(mark + titles.get(key, key) + result)
        self.shown_step = state.current_prep_step if state is not None else ""
        if state is not None and state.feelings:
            chosen = ", ".join(f"{local_time(f.at)} {f.key}" for f in state.feelings)
            self.feelings.setText(self.tr("Feelings check: %1").replace("%1", chosen))
        else:
            self.feelings.setText("")
        self._update_buttons()
        self._selection_changed()
        if self.script is not None:
            self.show_preview(self.shown_step)

    def set_child_open(self, is_open: bool, where: str = "") -> None:
        self.child_open = is_open
        self.screen_info.setText(
            self.tr("The child screen is open on %1.").replace("%1", where)
            if is_open
            else self.tr("The child screen is closed.")
        )
        self._update_buttons()

    def show_preview(self, key: str) -> None:
        """Mirror what the child screen shows now (``""``: the welcome screen)."""
        self.shown_step = key
        step = self.script.step(key) if self.script is not None and key else None
        words = self.script.words if self.script is not None else None
        picture = step.picture if step is not None else (words.welcome_picture if words else None)
        title = step.title if step is not None else (words.waiting if words else "")
        rtl = step.rtl if step is not None else self.script is not None and self.script.language.rtl
        for label in (self.preview_title, self.preview_text):
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        self.preview_title.setText(title)
        self.preview_text.setText(
            step.text + ("\n\n" + step.practice if step.practice else "") if step else ""
        )
        if picture is not None:
            self.preview_picture.setPixmap(
                svg_pixmap(picture, QSize(240, 150), self.devicePixelRatioF())
            )
        self._update_buttons()

    def _selection_changed(self) -> None:
        key = self._selected_key() or self.shown_step
        hints = {s.key: s.hint for s in preparation().steps}
        self.hint.setText(
            hints.get(key, self.tr("Choose a step, then show it on the child screen."))
        )

    def _update_buttons(self) -> None:
        active = self.state is not None and self.state.status not in (
            Status.ENDED,
            Status.FINALISED,
            Status.CANCELLED,
        )
        has_script = self.script is not None
        for button in (self.show_button, self.next_button, self.previous_button):
            button.setEnabled(active and has_script and self.child_open)
        self.waiting_button.setEnabled(active and self.child_open)
        step = self.script.step(self.shown_step) if self.script and self.shown_step else None
        practising = step is not None and step.kind in ("practice", "break_card")
        self.understood_button.setEnabled(active and practising)
        self.try_again_button.setEnabled(active and practising)
        self.open_button.setEnabled(has_script and not self.child_open)
        self.full_button.setEnabled(has_script)
        self.close_button.setEnabled(self.child_open)
