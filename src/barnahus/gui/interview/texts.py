"""Words the interview screens show for the core's keys (statuses, question types, decisions).

Kept in one place so translators find them together and every tab says the same thing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from barnahus.interview.state import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Interview", text)


def status_name(status: str) -> str:
    names = {
        Status.PLANNED: _tr("Planned"),
        Status.PREPARING: _tr("Preparing the child"),
        Status.RUNNING: _tr("Running"),
        Status.ON_BREAK: _tr("On a break"),
        Status.ENDED: _tr("Ended, not finalised"),
        Status.FINALISED: _tr("Finalised and locked"),
        Status.CANCELLED: _tr("Cancelled"),
    }
    return names.get(Status(status), status) if status in Status.__members__.values() else status


def label_name(label: str) -> str:
    names = {
        "invitation": _tr("Invitation"),
        "cued_invitation": _tr("Cued invitation"),
        "facilitator": _tr("Facilitator"),
        "directive": _tr("Directive"),
        "option_posing": _tr("Option-posing"),
        "suggestive": _tr("Suggestive"),
        "unclassified": _tr("Unclassified"),
    }
    return names.get(label, label)


def decision_name(decision: str) -> str:
    names = {
        "asked": _tr("Asked as written"),
        "rephrased": _tr("Rephrased"),
        "declined": _tr("Declined"),
        "deferred": _tr("Deferred"),
    }
    return names.get(decision, decision)


DECISIONS = ("asked", "rephrased", "declined", "deferred")


def local_time(at: datetime | None, with_date: bool = False) -> str:
    if at is None:
        return "–"
    return at.astimezone().strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M:%S")
