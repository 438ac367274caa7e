"""Preview and printing of the plan, and the side-by-side comparison of versions."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.conftest import Team
from tests.gui.careplan_kit import WAIT_MS, full_plan, open_page

from barnahus.gui.careplan.diff_dialog import DiffDialog
from barnahus.gui.careplan.page import CarePlanPage
from barnahus.gui.careplan.preview import PreviewDialog
from barnahus.gui.tasks import tasks_running
from barnahus.reports.raster import render_page
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.plans import approve_plan, save_plan, submit_plan


def approved_with_draft(team: Team) -> str:
    case_id = create_case(team.db, team.coordinator, "BH-PRINT-1").id
    values = full_plan()
    submit_plan(team.db, team.psychologist, case_id, values)
    approve_plan(team.db, team.coordinator, case_id, 1)
    values["reviews"]["next_review"] = "2027-01-12"
    values["about"]["child_language"] = "so"
    save_plan(team.db, team.psychologist, case_id, values)
    return case_id


def preview(qtbot: QtBot, page: CarePlanPage) -> PreviewDialog:
    assert page.state is not None
    dialog = PreviewDialog(page.workspace, page.state, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf is not None and bool(dialog.page_labels), timeout=WAIT_MS)
    return dialog


def printed_actions(team: Team) -> list[str]:
    with team.db.transaction() as tx:
        return [r.detail for r in tx.audit_records() if r.action == audit.PRINTED]


def test_preview_shows_every_page_of_the_approved_plan(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    page = open_page(qtbot, team.db, team.coordinator, approved_with_draft(team))
    assert page.buttons["preview"].isEnabled()
    dialog = preview(qtbot, page)
    pdf = dialog.pdf
    assert pdf is not None
    assert (pdf.version, pdf.audience.value) == (1, "professional")
    assert len(dialog.page_labels) == pdf.pages >= 3
    assert all(not label.pixmap().isNull() for label in dialog.page_labels)
    assert dialog.page_labels[0].accessibleName() == f"Page 1 of {pdf.pages}"


def test_preview_of_the_child_version_says_when_english_stands_in(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    page = open_page(qtbot, team.db, team.coordinator, approved_with_draft(team))
    dialog = preview(qtbot, page)
    dialog.version.setCurrentIndex(dialog.version.findData(2))
    dialog.audience.setCurrentIndex(dialog.audience.findData("child"))
    qtbot.waitUntil(
        lambda: dialog.pdf is not None and dialog.pdf.audience.value == "child", timeout=WAIT_MS
    )
    assert "no child text in 'so'" in dialog.status.text()


def test_printing_goes_to_the_printer_and_is_audited(
    app: QApplication, qtbot: QtBot, team: Team, tmp_path: Path
) -> None:
    page = open_page(qtbot, team.db, team.coordinator, approved_with_draft(team))
    dialog = preview(qtbot, page)
    pdf = dialog.pdf
    assert pdf is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert dialog.print_to(printer) is not None
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.status.text(), timeout=WAIT_MS)
    assert printed_actions(team) == [
        f"life project version 1, professional version, {pdf.pages} pages"
    ]
    printed = out.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(printed))
    assert len(reader.pages) == pdf.pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    image = render_page(printed, 0, 30)
    dark = sum(1 for value in image.pixels[::3] if value < 128)
    assert dark > 200  # the page carries the plan, not a blank sheet


def test_a_print_that_cannot_be_audited_does_not_happen(
    app: QApplication, qtbot: QtBot, team: Team, tmp_path: Path
) -> None:
    page = open_page(qtbot, team.db, team.coordinator, approved_with_draft(team))
    dialog = preview(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "never.pdf"
    printer.setOutputFileName(str(out))
    team.coordinator.lock()  # the keys are gone: the audit entry cannot be signed
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "locked" in dialog.status.text(), timeout=WAIT_MS)
    assert not out.exists()
    assert printed_actions(team) == []


def test_psychologists_are_not_offered_printing(
    app: QApplication, qtbot: QtBot, team: Team
) -> None:
    page = open_page(qtbot, team.db, team.psychologist, approved_with_draft(team))
    assert not page.buttons["preview"].isVisible()
    page.open_preview()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]


def test_versions_side_by_side(app: QApplication, qtbot: QtBot, team: Team) -> None:
    page = open_page(qtbot, team.db, team.psychologist, approved_with_draft(team))
    assert page.buttons["compare"].isEnabled()
    assert page.state is not None
    dialog = DiffDialog(page.workspace, page.state, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.changes), timeout=WAIT_MS)
    assert {c.path for c in dialog.changes} == {"about.child_language", "reviews.next_review"}
    table = dialog.table

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    headers = [table.horizontalHeaderItem(i) for i in range(3)]
    assert [h.text() if h else "" for h in headers] == ["Field", "Version 1", "Version 2"]
    rows = {text(r, 0).split("\n")[1]: r for r in range(table.rowCount())}
    row = rows["Next review"]
    assert (text(row, 1), text(row, 2)) == ("2026-12-08", "2027-01-12")
    assert dialog.summary.text().startswith("2 field")


def test_the_preview_names_every_audience_the_pdf_service_knows() -> None:
    """The dialog spells the audiences itself, so that opening it loads no PDF library."""
    from barnahus.gui.careplan.preview import CHILD, PROFESSIONAL
    from barnahus.services.plan_pdf import Audience

    assert {PROFESSIONAL, CHILD} == {audience.value for audience in Audience}
