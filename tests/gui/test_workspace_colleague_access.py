"""File → Give colleagues access…: a holder of compartment keys lets a new colleague in.

The administrator adds the account but holds no content key; a coordinator who holds the care
plan and identity keys gives them from the app, and at the colleague's next sign-in they read a
plan. Real store, real keys, real thread pool.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.conftest import PASSPHRASES, Team
from tests.gui.test_workspace_accessibility import problems
from tests.gui.workspace_kit import WAIT_MS, open_window, press_lock, sign_in, unlock

from barnahus.gui.colleague_access import ColleagueAccessDialog
from barnahus.gui.main_window import MainWindow
from barnahus.roles import Compartment
from barnahus.services.accounts import add_user
from barnahus.services.cases import create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.plans import open_plan, save_plan
from barnahus.services.signin import sign_in as service_sign_in
from barnahus.services.store_access import open_database

MARIA = "maria.berg"
MARIA_PASSPHRASE = "maria's own long passphrase"


def _team_with_a_new_psychologist(team: Team) -> str:
    """A case with a plan, and Maria added by the administrator (no keys yet); the case id."""
    case_id = create_case(team.db, team.coordinator, "BH-GIVE-1").id
    save_plan(team.db, team.psychologist, case_id, copy.deepcopy(plan_versions("DEMO-0001")[0]))
    add_user(team.db, team.admin, MARIA, {"psychologist"}, MARIA_PASSPHRASE)
    team.db.dispose()
    return case_id


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ColleagueAccessDialog:
    assert window.give_access_action.isEnabled()
    window.give_access_action.trigger()
    dialog = window.findChild(ColleagueAccessDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.loaded, timeout=WAIT_MS)
    return dialog


def _answer_yes(qtbot: QtBot, dialog: ColleagueAccessDialog) -> str:
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=WAIT_MS)
    box = dialog.findChildren(QMessageBox)[0]
    question = box.text()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    return question


def test_a_coordinator_lets_a_new_psychologist_in(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    case_id = _team_with_a_new_psychologist(team)
    window = open_window(qtbot, team.path)
    sign_in(qtbot, window, "coordinator", PASSPHRASES["coordinator"])
    dialog = _open_dialog(qtbot, window)
    assert [c.name for c in dialog.colleagues] == [MARIA]
    assert dialog.colleagues[0].can_give == {Compartment.IDENTITY, Compartment.CAREPLAN}
    assert dialog.list.count() == 1
    assert MARIA in (dialog.list.item(0).text())
    assert dialog.give_button.isEnabled()
    assert dialog.summary.text().startswith(
        f"Give {MARIA} access to: care plans, profiles and contacts. "
        "They can read them after their next sign-in."
    )
    assert "interviews must come from a colleague" in dialog.summary.text()

    dialog.give_button.click()
    question = _answer_yes(qtbot, dialog)
    assert question == dialog.offer_text(dialog.colleagues[0])
    qtbot.waitUntil(lambda: dialog.result_label.isVisibleTo(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.working and not dialog.colleagues, timeout=WAIT_MS)
    assert dialog.result_label.text() == (
        f"{MARIA} can read care plans, profiles and contacts after their next sign-in."
    )
    assert dialog.none_waiting.isVisibleTo(dialog)
    assert not dialog.list.isVisibleTo(dialog)
    assert not dialog.give_button.isEnabled()

    db = open_database(team.path)
    try:
        maria = service_sign_in(db, MARIA, MARIA_PASSPHRASE)
        assert maria.holds(Compartment.CAREPLAN)
        assert not maria.holds(Compartment.INTERVIEW)
        plan = open_plan(db, maria, case_id)
        assert plan.versions
        assert plan.versions[-1].values == plan_versions("DEMO-0001")[0]
        maria.lock()
    finally:
        db.dispose()


def test_an_interviewer_is_not_offered_care_plans(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    _team_with_a_new_psychologist(team)
    window = open_window(qtbot, team.path)
    sign_in(qtbot, window, "interviewer", PASSPHRASES["interviewer"])
    dialog = _open_dialog(qtbot, window)
    [maria] = dialog.colleagues
    assert maria.can_give == {Compartment.IDENTITY, Compartment.INTERVIEW}
    assert "care plans" not in dialog.list.item(0).text()
    assert "Access to care plans must come from a colleague" in dialog.summary.text()
    assert problems(dialog) == []


def test_the_action_is_for_signed_in_holders_only(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    team.db.dispose()
    window = open_window(qtbot, team.path)
    assert not window.give_access_action.isEnabled()
    window.give_colleagues_access()  # a stray trigger opens nothing
    assert window.findChild(ColleagueAccessDialog) is None

    sign_in(qtbot, window, "coordinator", PASSPHRASES["coordinator"])
    assert window.give_access_action.isEnabled()
    press_lock(qtbot, window)
    assert not window.give_access_action.isEnabled()
    unlock(qtbot, window, PASSPHRASES["coordinator"])
    assert window.give_access_action.isEnabled()
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.flow.workspace is None, timeout=WAIT_MS)
    assert not window.give_access_action.isEnabled()

    # The administrator holds no content key and grants with the recovery key instead.
    sign_in(qtbot, window, "admin", PASSPHRASES["admin"])
    assert not window.give_access_action.isEnabled()


def test_the_dialog_names_every_control_and_says_when_nobody_waits(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    team.db.dispose()
    window = open_window(qtbot, team.path)
    sign_in(qtbot, window, "psychologist", PASSPHRASES["psychologist"])
    dialog = _open_dialog(qtbot, window)
    assert dialog.colleagues == []
    assert dialog.none_waiting.isVisibleTo(dialog)
    assert not dialog.give_button.isEnabled()
    assert problems(dialog) == []
    for control in (dialog.list, dialog.give_button, dialog.none_waiting, dialog.summary):
        assert control.accessibleName()
    assert dialog.list_label.buddy() is dialog.list
    press_lock(qtbot, window)  # locking closes the dialog with the rest
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS)
