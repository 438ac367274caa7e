"""Print a short document (the recovery key) straight to a printer: no temporary file.

The document is laid out in memory with QTextDocument and sent to the printer the person chose
in the system's print dialog. What the print spool keeps is outside the app's control, which
docs/SECURITY.md states.
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def render(printer: QPrinter, html: str) -> None:
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_with_dialog(parent: QWidget, html: str, title: str) -> bool:
    """Ask for a printer and print; returns whether anything was printed."""
    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(printer, html)
    return True
