"""The summary: durations, breaks, preparation, question counts, decisions, markers.

Finalising locks the session; it needs a tick ("checked with the team") rather than a pop-up,
so it is a deliberate act that keyboard users and tests can reach the same way. The PDF is
built off the GUI thread and written only where the person chose.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from barnahus.gui.interview.layouts import apply_stretch
from barnahus.gui.interview.texts import label_name, local_time, status_name
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.clock import timecode
from barnahus.interview.state import SessionState, Status
from barnahus.interview.summary import InterviewSummary


class SummaryTab(QWidget):
    finalise_requested = Signal()
    pdf_requested = Signal()
    addendum_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "interview_summary.ui")
        apply_stretch(form)
        self.browser = child(form, QTextBrowser, "summaryBrowser")
        self.checked = child(form, QCheckBox, "checkedBox")
        self.finalise_button = child(form, QPushButton, "finaliseButton")
        self.pdf_button = child(form, QPushButton, "pdfButton")
        self.addendum_group = child(form, QGroupBox, "addendumGroup")
        self.addendum = child(form, QPlainTextEdit, "addendumEdit")
        self.addendum_button = child(form, QPushButton, "addendumButton")
        self.message = child(form, QLabel, "summaryMessageLabel")
        self.checked.toggled.connect(lambda _on: self._enable())
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.addendum_button.clicked.connect(
            lambda: self.addendum_requested.emit(self.addendum.toPlainText().strip())
        )
        self.state: SessionState | None = None
        self._enable()

    def show_summary(self, state: SessionState | None, summary: InterviewSummary | None) -> None:
        self.state = state
        html = _html(summary) if summary is not None else ""
        if state is not None and state.addenda:
            html += (
                "<h3>"
                + escape(self.tr("Addenda"))
                + "</h3>"
                + "".join(
                    f"<p><b>{local_time(a.at, with_date=True)}</b> {escape(a.text)}</p>"
                    for a in state.addenda
                )
            )
        self.browser.setHtml(html)
        if state is not None and state.status is Status.FINALISED:
            self.checked.setChecked(False)
        self._enable()

    def _enable(self) -> None:
        status = self.state.status if self.state is not None else None
        self.checked.setEnabled(status is Status.ENDED)
        self.finalise_button.setEnabled(status is Status.ENDED and self.checked.isChecked())
        self.pdf_button.setEnabled(self.state is not None and self.state.plan is not None)
        self.addendum_group.setEnabled(status is Status.FINALISED)

    def clear_addendum(self) -> None:
        self.addendum.clear()


def _rows(rows: list[list[str]]) -> str:
    head, *body = rows
    cells = "".join(f"<th align='left'>{escape(c)}</th>" for c in head)
    lines = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in body
    )
    return f"<table cellspacing='0' cellpadding='3' border='1'><tr>{cells}</tr>{lines}</table>"


def _html(s: InterviewSummary) -> str:
    parts = [
        f"<h2>{escape(status_name(s.status))}</h2>",
        f"<p>{escape(s.protocol)}. Started {local_time(s.started_at, True)}, ended "
        f"{local_time(s.ended_at, True)}. Duration {timecode(s.total_seconds)}, of which breaks "
        f"{timecode(s.break_seconds)}. Recording time code = clock + "
        f"{timecode(s.recording_offset)}.</p>",
    ]
    if s.further_reason:
        parts.append(f"<p><b>Further interview.</b> {escape(s.further_reason)}</p>")
    parts.append("<h3>Preparation</h3>")
    steps = ", ".join(f"{line.label} ({line.text})" for line in s.preparation)
    parts.append(f"<p>{escape(steps) or 'No steps shown.'}</p>")
    if s.feelings:
        faces = ", ".join(f"{f.label} ({f.phase}, {f.text})" for f in s.feelings)
        parts.append(f"<p>Feelings check: {escape(faces)}</p>")
    parts.append("<h3>Phases</h3>")
    parts.append(
        _rows(
            [["Phase", "Duration", "Times"]]
            + [[p.title, timecode(p.seconds), str(p.visits)] for p in s.phases]
        )
    )
    parts.append("<h3>Breaks</h3>")
    parts.append(
        _rows(
            [["Started", "Phase", "Reason", "Duration"]]
            + [[b.clock, b.phase, b.reason, timecode(b.seconds)] for b in s.breaks]
        )
    )
    stats = s.questions
    share = f"{stats.share_open:.0%}" if stats.share_open is not None else "–"
    parts.append("<h3>Questions</h3>")
    parts.append(
        _rows([["Type", "Count"]] + [[label_name(k), str(n)] for k, n in stats.counts.items()])
    )
    parts.append(f"<p>Open prompts: {stats.open_prompts} of {stats.prompts} prompts ({share}).</p>")
    parts.append("<h3>Observers' questions</h3>")
    parts.append(
        _rows(
            [["Agency", "Question", "Coach", "Decision", "Wording or reason"]]
            + [
                [
                    q.agency,
                    q.text,
                    label_name(q.label),
                    q.decision,
                    " / ".join(p for p in (q.wording, q.reason) if p),
                ]
                for q in s.observers
            ]
        )
    )
    parts.append("<h3>Markers</h3>")
    parts.append(
        _rows(
            [["Clock", "Recording", "Phase", "Marker", "Note"]]
            + [[m.clock, m.recording, m.phase, m.label, m.text] for m in s.markers]
        )
    )
    return "".join(parts)
