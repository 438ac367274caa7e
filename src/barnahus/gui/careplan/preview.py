"""Preview the plan's PDF inside the app and print it through the system print dialog.

The PDF is built, its pages rasterised and turned into images on the pool (reportlab, PDFium
and pixel conversion never run on the GUI thread, which only wraps the images in pixmaps and
labels); nothing is written to disk. Printing first records the print in the audit log
(:func:`barnahus.services.plans.record_print`) and then paints the pages on the printer from
the same bytes, also on the pool; a print that cannot be audited does not happen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnahus.careplan.model import current_approved
from barnahus.gui.careplan.page_text import version_label
from barnahus.gui.careplan.printing import page_image, prepare_printer, print_pdf
from barnahus.gui.service_text import translated
from barnahus.gui.tasks import Task
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.plans import PlanState, record_print

if TYPE_CHECKING:
    from barnahus.services.plan_pdf import PlanPdf

PREVIEW_DPI = 80
# The values of services.plan_pdf.Audience. That module and PDFium (reports.raster) bring
# reportlab and pypdfium2, so they are imported by the worker that builds the preview: imported
# here, they made the first click on Preview stall the window for about 25 ms.
PROFESSIONAL, CHILD = "professional", "child"


class PreviewDialog(QDialog):
    def __init__(
        self, workspace: Workspace, state: PlanState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the life project"))
        self.setAccessibleName(self.tr("Print the life project"))
        form = load_into(self, "careplan_preview.ui")
        self.workspace = workspace
        self.state = state
        self.audience = child(form, QComboBox, "audienceCombo")
        self.paper = child(form, QComboBox, "paperCombo")
        self.version = child(form, QComboBox, "planVersionCombo")
        self.status = child(form, QLabel, "previewStatusLabel")
        self.print_button = child(form, QPushButton, "printButton")
        pages_layout = child(form, QWidget, "pagesWidget").layout()
        assert isinstance(pages_layout, QVBoxLayout)
        self.pages_layout: QVBoxLayout = pages_layout
        buttons = child(form, QDialogButtonBox, "previewButtons")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(self.tr("Close the preview"))
        self.audience.addItem(self.tr("Professionals (the full plan)"), PROFESSIONAL)
        self.audience.addItem(self.tr("The child (their version, no risks)"), CHILD)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        for version in state.versions:
            self.version.addItem(version_label(version), version.number)
        chosen = current_approved(state.versions) or (
            state.versions[-1] if state.versions else None
        )
        if chosen is not None:
            self.version.setCurrentIndex(self.version.findData(chosen.number))
        self.pdf: PlanPdf | None = None
        self.page_labels: list[QLabel] = []
        self._request = 0
        for combo in (self.audience, self.paper, self.version):
            combo.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.ask_print)
        self.resize(820, 900)
        self.refresh()

    def refresh(self) -> None:
        """Build the chosen PDF and its page images on the pool."""
        self._request += 1
        request = self._request
        self.pdf = None
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the preview…"))
        db, keyring, case_id = self.workspace.db, self.workspace.keyring, self.state.case_id
        audience = str(self.audience.currentData())
        number, paper = self.version.currentData(), str(self.paper.currentData())
        dpi = PREVIEW_DPI * self.devicePixelRatioF()

        def work() -> tuple[PlanPdf, list[QImage]]:
            from barnahus.reports.raster import render_pages
            from barnahus.services.plan_pdf import Audience, preview_plan_pdf

            # The service pauses the garbage collector while it lays the PDF out.
            pdf = preview_plan_pdf(db, keyring, case_id, Audience(audience), number, paper)
            # The images are made here too: in the format pixmaps use, so showing them costs
            # the GUI thread no pixel conversion (about 1 ms a page otherwise).
            return pdf, [page_image(page) for page in render_pages(pdf.data, dpi)]

        self.workspace.run(work, lambda result: self._show(request, result), self._failed)

    def _show(self, request: int, result: Any) -> None:
        if request != self._request:
            return
        pdf, pages = result
        self.pdf = pdf
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for number, image in enumerate(pages, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label = QLabel(self)
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(
                self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(pages)))
            )
            label.setStyleSheet("background: #ffffff; border: 1px solid #cfdad8;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        text = self.tr("%n page(s).", "", pdf.pages)
        if pdf.fallback_from:
            text += " " + self.tr(
                "There is no child text in '%1' yet, so this is in English: read it with the "
                "child in their language."
            ).replace("%1", pdf.fallback_from)
        self.status.setText(text)
        self.print_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status.setText(translated(message))

    def ask_print(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.pdf.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setAccessibleName(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Task | None:
        """Audit, then print the previewed PDF on ``printer`` (on the pool)."""
        pdf = self.pdf
        if pdf is None:
            return None
        db, keyring = self.workspace.db, self.workspace.keyring
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        self._printer = printer  # kept alive until the pool has finished with it

        def work() -> int:
            record_print(db, keyring, pdf.case_id, pdf.version, pdf.audience.value, pdf.pages)
            return print_pdf(pdf.data, printer)

        def done(pages: Any) -> None:
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("%n page(s) sent to the printer.", "", int(pages)))

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            self._failed(message)

        return self.workspace.run(work, done, failed)
