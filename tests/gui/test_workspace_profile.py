"""The child's profile: friendly checks, presumption of minority, the guardian warning, and
unsaved work offered again at the next sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import (
    DEMO_PASSPHRASE,
    WAIT_MS,
    cases_area,
    open_case,
    open_window,
    sign_in,
    wait_for_case_list,
)

from barnahus.gui.draft_recovery import DraftRecoveryDialog
from barnahus.services.profile_records import load_case_file, profile_content
from barnahus.services.records import records_of_case, save_draft
from barnahus.services.signin import sign_in as service_sign_in
from barnahus.services.store_access import open_database


def _line(editor_widget: object) -> QLineEdit:
    assert isinstance(editor_widget, QLineEdit)
    return editor_widget


def test_uncertain_age_is_a_child_and_a_missing_guardian_is_flagged(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "coordinator")
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    open_case(qtbot, area, "DEMO-0002")
    profile = area.case_view.profile
    assert not profile.guardian_warning.isVisible()
    presumed = profile.editors["presumed_minor"].widget
    assert isinstance(presumed, QCheckBox)

    born = _line(profile.editors["date_of_birth"].widget)
    born.clear()
    qtbot.keyClicks(born, "x")
    qtbot.keyClick(born, Qt.Key.Key_Backspace)  # the date of birth is now unknown
    assert profile.age_note.isVisible()
    assert "presumption of minority" in profile.age_note.text()
    assert presumed.isChecked()
    assert not presumed.isEnabled()

    qtbot.keyClicks(born, "2001-01-01")  # an adult by this date
    assert presumed.isEnabled()
    assert "years old" in profile.age_note.text()

    guardian = _line(profile.editors["guardian_name"].widget)
    guardian.selectAll()
    qtbot.keyClick(guardian, Qt.Key.Key_Delete)
    assert profile.guardian_warning.isVisible()
    assert area.case_view.guardian.isVisible()

    needed = profile.editors["interpreter_needed"].widget
    assert isinstance(needed, QCheckBox)
    needed.setChecked(True)
    language = _line(profile.editors["interpreter_language"].widget)
    language.selectAll()
    qtbot.keyClick(language, Qt.Key.Key_Delete)
    profile.save()
    assert profile.editors["interpreter_language"].problem.text().startswith("Say which language")
    qtbot.keyClicks(language, "Swedish")
    profile.save()
    qtbot.waitUntil(lambda: "Saved as version" in profile.save_status.text(), timeout=WAIT_MS)
    page = area.list_page
    qtbot.waitUntil(
        lambda: any(e.case_number == "DEMO-0002" and e.guardian_missing for e in page.model.rows),
        timeout=WAIT_MS,
    )
    page.guardian.setChecked(True)
    assert [e.case_number for e in page.model.rows] == ["DEMO-0002"]


def test_unsaved_work_is_offered_at_the_next_sign_in(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    db = open_database(demo_store)
    try:
        interviewer = service_sign_in(db, "interviewer", DEMO_PASSPHRASE)
        case = next(c for c in db_cases(db) if c.case_number == "DEMO-0003")
        record = records_of_case(db, case.id, "child_profile")[0]
        values = dict(load_case_file(db, interviewer, case.id).profile.values)  # type: ignore[union-attr]
        values["placement"] = "Typed before the power cut."
        save_draft(db, interviewer, record.id, profile_content(values))
        interviewer.lock()
    finally:
        db.dispose()

    window = open_window(qtbot, demo_store)
    sign_in(qtbot, window, "interviewer")
    qtbot.waitUntil(lambda: bool(window.findChildren(DraftRecoveryDialog)), timeout=WAIT_MS)
    dialog = window.findChildren(DraftRecoveryDialog)[0]
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("DEMO-0003 — Child's profile — ")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    area = cases_area(window)
    profile = area.case_view.profile
    qtbot.waitUntil(lambda: profile.draft_banner.isVisible(), timeout=WAIT_MS)
    assert "interviewer" in profile.draft_banner.text()
    placement = profile.editors["placement"].widget
    assert placement.toPlainText() == "Typed before the power cut."  # type: ignore[union-attr]
    profile.discard()
    qtbot.waitUntil(lambda: not profile.draft_banner.isVisible(), timeout=WAIT_MS)
    assert placement.toPlainText().startswith("Reception home")  # type: ignore[union-attr]


def db_cases(db: object) -> list:  # type: ignore[type-arg]
    from barnahus.services.cases import list_cases
    from barnahus.store.database import StoreDatabase

    assert isinstance(db, StoreDatabase)
    return list_cases(db)
