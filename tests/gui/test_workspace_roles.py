"""Each role on the demo centre: sign in, do the role's main job, lock, unlock.

Every role sees only its screens and data: the administrator no cases, the coordinator no
interview notes (and the columns for schedules and plan reviews), the interviewer no care
plans.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from tests.gui.workspace_kit import (
    WAIT_MS,
    activate,
    admin_area,
    cases_area,
    open_case,
    open_window,
    press_lock,
    showing,
    sign_in,
    unlock,
    wait_for_case_list,
)

from barnahus.gui.cases.new_case_dialog import NewCaseDialog
from barnahus.roles import Compartment
from barnahus.services.store_access import open_database


def test_coordinator_opens_and_closes_cases(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "coordinator")
    assert shell.area_keys() == ["cases", "interview", "careplan"]
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    page = area.list_page
    assert page.model.column_keys() == [
        "case_number",
        "child",
        "age",
        "status",
        "guardian",
        "interpreter",
        "next_interview",
        "plan_review_due",
        "updated_at",
    ]
    assert [e.child for e in page.model.rows] == ["Wren", "Pebble", "Harbour"]
    assert page.new_button.isVisible()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewCaseDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.pseudonym, "Kestrel")
    qtbot.keyClicks(dialog.number, "DEMO-0004")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    view = area.case_view
    qtbot.waitUntil(lambda: view.case_number == "DEMO-0004" and showing_case(area), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.title.text() == "DEMO-0004 · Kestrel", timeout=WAIT_MS)
    assert view.guardian.isVisible()  # a new child has no guardian yet: the warning shows
    assert view.profile.editors["presumed_minor"].raw() is True

    view.close_case()
    qtbot.waitUntil(lambda: "Closed on" in view.status.text(), timeout=WAIT_MS)
    activate(qtbot, window)  # the dialog has gone; the desktop gives the window back
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert area.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)  # only open cases
    page.status.setCurrentIndex(page.status.findData("all"))
    assert page.model.rowCount() == 4

    press_lock(qtbot, window)
    assert window.flow.workspace is not None
    assert window.flow.workspace.keyring.locked
    assert page.model.rowCount() == 0  # decrypted names are gone while locked
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=WAIT_MS)
    assert shell.current_area() == "cases"


def showing_case(area: object) -> bool:
    from barnahus.gui.cases.cases_area import CasesArea

    assert isinstance(area, CasesArea)
    return area.stack.currentWidget() is area.case_view


def test_interviewer_sees_no_care_plans_and_keeps_typing_across_a_lock(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "interviewer")
    assert shell.area_keys() == ["cases", "interview"]
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    assert "plan_review_due" not in area.list_page.model.column_keys()
    assert not area.list_page.new_button.isVisible()
    open_case(qtbot, area, "DEMO-0003")
    profile = area.case_view.profile
    nationality = profile.editors["nationality"].widget
    nationality.setFocus()
    qtbot.keyClick(nationality, Qt.Key.Key_End)
    qtbot.keyClicks(nationality, " (verified)")
    assert profile.keeper is not None
    assert profile.keeper.has_pending

    press_lock(qtbot, window)
    assert nationality.property("text") == ""  # the text is in the journal, not on screen
    db = open_database(demo_store)
    try:
        from tests.gui.workspace_kit import DEMO_PASSPHRASE

        from barnahus.services.profile_records import load_case_file
        from barnahus.services.signin import sign_in as service_sign_in

        reader = service_sign_in(db, "interviewer", DEMO_PASSPHRASE)
        case_file = load_case_file(db, reader, area.case_view.case_id)
        assert case_file.profile is not None
        assert case_file.profile.draft is not None
        assert case_file.profile.draft["nationality"] == "Ruritanian (verified)"
        reader.lock()
    finally:
        db.dispose()

    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: nationality.property("text") == "Ruritanian (verified)", timeout=WAIT_MS
    )
    assert QApplication.focusWidget() is nationality  # back to the same place
    qtbot.keyClick(nationality, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved as version" in profile.save_status.text(), timeout=WAIT_MS)


def test_psychologist_edits_the_profile_with_friendly_checks(
    app: QApplication, qtbot: QtBot, demo_store: Path
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "psychologist")
    assert shell.area_keys() == ["cases", "interview", "careplan"]
    area = cases_area(window)
    wait_for_case_list(qtbot, area)
    open_case(qtbot, area, "DEMO-0001")
    profile = area.case_view.profile
    born = profile.editors["date_of_birth"].widget
    born.setFocus()
    born.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(born, "17.04.2012x")
    assert profile.editors["date_of_birth"].problem.text().startswith("Write the date")
    profile.save()
    assert profile.problem_summary.isVisible()
    assert QApplication.focusWidget() is born
    qtbot.keyClick(born, Qt.Key.Key_Backspace)
    profile.save()
    qtbot.waitUntil(lambda: "Saved as version 2" in profile.save_status.text(), timeout=WAIT_MS)
    assert window.flow.workspace is not None
    assert window.flow.workspace.keyring.holds(Compartment.CAREPLAN)
    press_lock(qtbot, window)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: born.property("text") == "2012-04-17", timeout=WAIT_MS)


def test_administrator_manages_accounts_and_backups_without_cases(
    app: QApplication, qtbot: QtBot, demo_store: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_store)
    shell = sign_in(qtbot, window, "admin")
    assert shell.area_keys() == ["administration"]
    assert "cases" not in shell.pages
    admin = admin_area(window)
    accounts = admin.accounts
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 4, timeout=WAIT_MS)

    from barnahus.gui.admin.account_dialogs import AddAccountDialog

    add_button = accounts.findChild(QPushButton, "addAccountButton")
    assert add_button is not None
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    dialog = accounts.findChild(AddAccountDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "nora.lind")
    dialog.roles[next(r for r in dialog.roles if r.value == "interviewer")].setChecked(True)
    qtbot.keyClicks(dialog.passphrase, "a long enough passphrase")
    qtbot.keyClicks(dialog.repeat, "a long enough passphrase")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 5, timeout=WAIT_MS)
    nora = next(a for a in accounts.model.accounts if a.name == "nora.lind")
    assert nora.waiting
    assert nora.missing
    assert "nora.lind" in accounts.waiting.text()

    accounts.disable("nora.lind")
    qtbot.waitUntil(
        lambda: any(a.name == "nora.lind" and a.disabled for a in accounts.model.accounts),
        timeout=WAIT_MS,
    )

    audit = admin.audit
    admin.tabs.setCurrentWidget(audit)
    audit.reload()
    qtbot.waitUntil(lambda: "intact" in audit.state.text(), timeout=WAIT_MS)
    assert audit.model.rowCount() > 60
    audit.filter.setText("nora")
    qtbot.waitUntil(lambda: 0 < audit.model.rowCount() < 5, timeout=WAIT_MS)

    maintenance = admin.maintenance
    admin.tabs.setCurrentWidget(maintenance)
    qtbot.mouseClick(maintenance.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maintenance.verify_result.isVisible(), timeout=WAIT_MS)
    assert maintenance.verify_result.text().startswith("No damage found")

    backup = tmp_path / "centre.bhbackup"
    progress: list[int] = []
    maintenance.progress.valueChanged.connect(progress.append)
    maintenance.backup_to(backup)
    qtbot.waitUntil(lambda: maintenance.backup_status.isVisible(), timeout=WAIT_MS)
    assert "written to" in maintenance.backup_status.text()
    assert backup.is_file()
    assert progress

    from barnahus.gui.admin.restore_dialog import RestoreDialog

    dialog2 = RestoreDialog(maintenance)
    dialog2.open()
    dialog2.backup_file.setText(str(backup))
    dialog2.target.setText(str(tmp_path / "restored.sqlite3"))
    dialog2.account.setText("admin")
    dialog2.passphrase.setText("a wrong passphrase here")
    dialog2.restore()
    qtbot.waitUntil(lambda: dialog2.error.isVisible(), timeout=WAIT_MS)
    assert dialog2.error.text() == "The account name or passphrase is not right."
    from tests.gui.workspace_kit import DEMO_PASSPHRASE

    dialog2.passphrase.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(dialog2.restored, timeout=WAIT_MS):
        dialog2.restore()
    assert (tmp_path / "restored.sqlite3").is_file()

    press_lock(qtbot, window)
    assert showing(window, window.lock_screen)
    unlock(qtbot, window)
    assert shell.current_area() == "administration"
