"""The care-plan editor: sections, validation, undo, autosave, the workflow and versions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import Team
from tests.gui.careplan_kit import WAIT_MS, full_plan, open_page, settle

from barnahus.careplan.model import PlanStatus
from barnahus.gui.careplan.fields import LineEditor, TableEditor
from barnahus.gui.careplan.table_models import RowsModel
from barnahus.services.cases import create_case
from barnahus.services.plans import approve_plan, open_plan, save_plan, submit_plan


def new_case(team: Team) -> str:
    return create_case(team.db, team.coordinator, "BH-GUI-1").id


def line(page: object, path: str) -> QLineEdit:
    editor = page.editor.editors[path]  # type: ignore[attr-defined]
    assert isinstance(editor, LineEditor)
    return editor.line


def test_a_new_plan_lists_what_is_missing_and_cannot_be_submitted(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    page = open_page(qtbot, team.db, team.psychologist, new_case(team))
    assert page.content.currentIndex() == 1
    assert "no life project yet" in page.notice_label.text()
    assert not page.editor.read_only
    assert not page.buttons["submit"].isEnabled()
    texts = [
        page.editor.problem_list.item(i).text() for i in range(page.editor.problem_list.count())
    ]
    assert "Fill in 'Wishes' (The child's own views)." in texts
    assert any(t.startswith("Before approval:") for t in texts)
    assert page.editor.sections.item(1).text() == "The child's own views  (4)"


def test_choosing_a_problem_goes_to_its_field(app: QApplication, qtbot: QtBot, team: Team) -> None:
    page = open_page(qtbot, team.db, team.psychologist, new_case(team))
    problems = page.editor.problem_list
    item = next(
        problems.item(i) for i in range(problems.count()) if "'Guardian'" in problems.item(i).text()
    )
    problems.itemActivated.emit(item)
    assert page.editor.sections.currentRow() == 2
    qtbot.waitUntil(lambda: line(page, "people.guardian_name").hasFocus(), timeout=WAIT_MS)


def test_typing_is_autosaved_as_a_draft_and_offered_back(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    case_id = new_case(team)
    page = open_page(qtbot, team.db, team.psychologist, case_id)
    qtbot.keyClicks(line(page, "about.called"), "Wren")

    def journaled() -> bool:
        return open_plan(team.db, team.psychologist, case_id, audited=False).draft is not None

    qtbot.waitUntil(lambda: "Kept safe" in page.autosave_label.text(), timeout=WAIT_MS)
    assert journaled()
    reopened = open_page(qtbot, team.db, team.psychologist, case_id)
    assert line(reopened, "about.called").text() == "Wren"
    assert reopened.recovery_frame.isVisibleTo(reopened)
    assert "were restored" in reopened.recovery_label.text()


def test_undo_walks_back_across_fields(app: QApplication, qtbot: QtBot, team: Team) -> None:
    page = open_page(qtbot, team.db, team.psychologist, new_case(team))
    called = line(page, "about.called")
    qtbot.keyClicks(called, "Wren")
    choice = page.editor.editors["legal_status.status"].widget
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findData("refugee"))
    goals = page.editor.editors["goals.goals"]
    assert isinstance(goals, TableEditor)
    goals.add_row()
    model = goals.model
    assert isinstance(model, RowsModel)
    model.setData(model.index(0, 0), "Go to school")
    undo, redo = page.buttons["undo"], page.buttons["redo"]
    assert undo.isEnabled()
    assert not redo.isEnabled()
    undo.click()
    assert model.rows == [{}]
    undo.click()
    assert model.rowCount() == 0
    undo.click()
    assert choice.currentData() == ""
    undo.click()  # the typing was one step
    assert called.text() == ""
    assert not undo.isEnabled()
    assert redo.isEnabled()
    redo.click()
    assert called.text() == "Wren"
    called.setFocus()
    qtbot.keyClick(called, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert called.text() == ""  # Ctrl+Z in a field is the page's undo


def test_save_submit_approve_through_the_page(app: QApplication, qtbot: QtBot, team: Team) -> None:
    case_id = new_case(team)
    save_plan(team.db, team.psychologist, case_id, full_plan())
    page = open_page(qtbot, team.db, team.psychologist, case_id)
    assert page.editor.problem_list.item(0).text() == "Nothing is missing."
    qtbot.waitUntil(lambda: page.buttons["submit"].isEnabled(), timeout=WAIT_MS)
    assert not page.buttons["approve"].isVisible()
    page.submit()
    qtbot.waitUntil(lambda: "submitted for approval" in page.message_label.text(), timeout=WAIT_MS)
    assert page.status_label.text() == "Submitted for approval"

    coordinator = open_page(qtbot, team.db, team.coordinator, case_id)
    assert coordinator.editor.read_only
    assert not coordinator.buttons["save"].isVisible()
    assert coordinator.buttons["approve"].isEnabled()
    assert "waiting for your approval" in coordinator.notice_label.text()
    coordinator.approve()
    qtbot.waitUntil(lambda: "is approved" in coordinator.message_label.text(), timeout=WAIT_MS)
    assert not coordinator.buttons["approve"].isEnabled()
    state = open_plan(team.db, team.coordinator, case_id, audited=False)
    assert state.versions[0].status is PlanStatus.APPROVED


def test_editing_after_approval_starts_the_next_version(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    case_id = new_case(team)
    submit_plan(team.db, team.psychologist, case_id, full_plan())
    approve_plan(team.db, team.coordinator, case_id, 1)
    page = open_page(qtbot, team.db, team.psychologist, case_id)
    assert "starts version 2" in page.notice_label.text()
    assert page.version_combo.currentText() == "Version 2 · new draft"
    called = line(page, "about.called")
    called.clear()
    qtbot.keyClicks(called, "Little Wren")
    page.save()
    qtbot.waitUntil(lambda: "Saved version 2" in page.message_label.text(), timeout=WAIT_MS)
    state = open_plan(team.db, team.coordinator, case_id, audited=False)
    assert [v.status for v in state.versions] == [PlanStatus.APPROVED, PlanStatus.DRAFT]
    assert state.versions[0].values["about"]["called"] == "Wren"
    # Showing version 1 again: read-only and unchanged; back to 2: the working text returns.
    page.version_combo.setCurrentIndex(0)
    page.version_combo.activated.emit(0)
    qtbot.waitUntil(lambda: line(page, "about.called").text() == "Wren", timeout=WAIT_MS)
    assert line(page, "about.called").isReadOnly()
    assert not page.buttons["save"].isEnabled()
    page.version_combo.setCurrentIndex(1)
    page.version_combo.activated.emit(1)
    assert line(page, "about.called").text() == "Little Wren"
    assert not line(page, "about.called").isReadOnly()


def test_paragraph_lists(app: QApplication, qtbot: QtBot, team: Team) -> None:
    page = open_page(qtbot, team.db, team.psychologist, new_case(team))
    editor = page.editor.editors["care.daily_life"]
    text = editor.focus_widget
    assert isinstance(text, QPlainTextEdit)
    text.setPlainText("Drawing club\nFootball")
    text.selectAll()
    editor.toggle_list()  # type: ignore[attr-defined]
    assert text.toPlainText() == "- Drawing club\n- Football"
    text.selectAll()
    editor.toggle_list()  # type: ignore[attr-defined]
    assert text.toPlainText() == "Drawing club\nFootball"


def test_every_control_has_an_accessible_name(app: QApplication, qtbot: QtBot, team: Team) -> None:
    case_id = new_case(team)
    save_plan(team.db, team.psychologist, case_id, full_plan())
    page = open_page(qtbot, team.db, team.psychologist, case_id)
    unnamed: set[str] = set()
    for row in range(page.editor.sections.count()):
        page.editor.sections.setCurrentRow(row)
        QApplication.processEvents()
        unnamed |= {
            f"{w.metaObject().className()}:{w.objectName()}"
            for w in page.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.isVisible()
            and not w.accessibleName()
            and w.objectName() != "qt_scrollarea_viewport"
        }
    assert unnamed == set()


def test_the_page_follows_the_chosen_case(app: QApplication, qtbot: QtBot, team: Team) -> None:
    first = new_case(team)
    second = create_case(team.db, team.coordinator, "BH-GUI-2").id
    save_plan(team.db, team.psychologist, first, full_plan())
    page = open_page(qtbot, team.db, team.psychologist, first)
    assert line(page, "about.called").text() == "Wren"
    page.workspace.choose_case(second)
    settle(qtbot, page)
    assert page.case_label.text() == "Case BH-GUI-2"
    assert line(page, "about.called").text() == ""
    page.workspace.choose_case("")
    assert page.content.currentIndex() == 0


def test_a_plan_from_another_centre_is_shown_as_history(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    from tests.unit.test_transfer_care_plan import NUMBER, v2_document

    from barnahus.services.cases import find_case
    from barnahus.services.transfer import import_document, validate_document

    import_document(team.db, team.coordinator, validate_document(v2_document()), encrypted=False)
    with team.db.transaction() as tx:
        case_id = find_case(tx, NUMBER).id
    page = open_page(qtbot, team.db, team.psychologist, case_id)
    assert page.status_label.text() == "Draft, not saved yet"  # what they type starts version 4
    notice = page.notice_label.text()
    assert "came from another centre" in notice
    assert "starts version 4, which must be approved here" in notice
    coordinator = open_page(qtbot, team.db, team.coordinator, case_id)
    assert coordinator.status_label.text() == "From another centre"
    assert not coordinator.buttons["approve"].isEnabled()
    assert "not approved here" in coordinator.notice_label.text()


def test_every_plan_status_has_a_name_in_the_catalogue(app: QApplication) -> None:
    from barnahus.gui.careplan.page_text import STATUS_NAMES

    assert set(STATUS_NAMES) == {status.label for status in PlanStatus}
    assert len(STATUS_NAMES) == len(PlanStatus)
