"""What the care-plan page says about versions: their labels and what happens next.

Kept apart from the page so the wording of the workflow (which is what staff read when they
wonder "why can't I approve this?") is in one reviewable place.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from barnahus.careplan.model import PlanStatus, PlanVersion
from barnahus.services.common import as_utc
from barnahus.services.plans import PlanPermissions, PlanState

# Written out as translate("CarePlanPage", "...") calls, with the context and the text as
# literals: that is what pyside6-lupdate finds and puts in the catalogue.
translate = QCoreApplication.translate

# The status names of careplan.model (which, being Qt-free, cannot mark them), listed here for
# the catalogue; tests/gui/test_careplan_editor.py keeps the list in step with PlanStatus.
STATUS_NAMES = (
    QT_TRANSLATE_NOOP("CarePlanStatus", "Draft"),
    QT_TRANSLATE_NOOP("CarePlanStatus", "Submitted for approval"),
    QT_TRANSLATE_NOOP("CarePlanStatus", "Approved"),
    QT_TRANSLATE_NOOP("CarePlanStatus", "Superseded"),
    QT_TRANSLATE_NOOP("CarePlanStatus", "From another centre"),
)


def status_text(status: PlanStatus) -> str:
    return translate("CarePlanStatus", status.label)


def version_label(version: PlanVersion) -> str:
    """ "Version 2 · Approved · 2027-03-03" for the version chooser."""
    when = as_utc(version.approved_at or version.saved_at).astimezone().strftime("%Y-%m-%d")
    number = translate("CarePlanPage", "Version %1").replace("%1", str(version.number))
    return f"{number} · {status_text(version.status)} · {when}"


def fill_version_combo(combo: QComboBox, state: PlanState, editable: bool, shown: int) -> None:
    """Every version, plus the next one when an edit would start it; ``shown`` selected."""
    combo.clear()
    for version in state.versions:
        combo.addItem(version_label(version), version.number)
    if editable and state.working_number > len(state.versions):
        label = translate("CarePlanPage", "Version %1 · new draft").replace(
            "%1", str(state.working_number)
        )
        combo.addItem(label, state.working_number)
    combo.setCurrentIndex(max(0, combo.findData(shown)))


def draft_notice(state: PlanState) -> str:
    """What the banner says when autosaved text newer than the last save was restored."""
    if state.draft is None:
        return ""
    when = state.draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate(
        "CarePlanPage",
        "Unsaved changes you typed at %1 were restored. Save them, or discard them to go back "
        "to the last saved version.",
    ).replace("%1", when)


def notice_for(state: PlanState, user_id: str, perms: PlanPermissions) -> str:
    """What this person should know about the plan's current version, or ""."""
    current = state.current
    if current is None:
        if perms.edit:
            return translate(
                "CarePlanPage",
                "This case has no life project yet. What you type here starts version 1.",
            )
        return translate("CarePlanPage", "This case has no life project yet.")
    number = str(current.number)
    if current.status is PlanStatus.DRAFT and current.returned_note:
        return (
            translate("CarePlanPage", "Version %1 was sent back for changes: %2")
            .replace("%1", number)
            .replace("%2", current.returned_note)
        )
    if current.status is PlanStatus.SUBMITTED:
        if perms.approve:
            return translate("CarePlanPage", "Version %1 is waiting for your approval.").replace(
                "%1", number
            )
        if user_id in current.authors and not perms.edit:
            return translate(
                "CarePlanPage",
                "Version %1 is waiting for approval. You wrote it, so another coordinator must "
                "approve it.",
            ).replace("%1", number)
        if perms.edit:
            return translate(
                "CarePlanPage",
                "Version %1 is waiting for approval. Changing it takes it back to draft.",
            ).replace("%1", number)
        return translate("CarePlanPage", "Version %1 is waiting for approval.").replace(
            "%1", number
        )
    if current.status is PlanStatus.APPROVED and perms.edit:
        return (
            translate(
                "CarePlanPage",
                "Version %1 is approved and can no longer change. What you change here starts "
                "version %2.",
            )
            .replace("%1", number)
            .replace("%2", str(current.number + 1))
        )
    if current.status is PlanStatus.IMPORTED:
        if perms.edit:
            return (
                translate(
                    "CarePlanPage",
                    "Version %1 came from another centre and is kept as it arrived; it is not "
                    "approved here. What you change here starts version %2, which must be "
                    "approved here.",
                )
                .replace("%1", number)
                .replace("%2", str(current.number + 1))
            )
        return translate(
            "CarePlanPage",
            "Version %1 came from another centre; it is not approved here until a version "
            "written here is approved.",
        ).replace("%1", number)
    return ""
