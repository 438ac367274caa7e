"""Show the recovery key once, offer to print it (straight to a printer, audited), move on.

The key text lives in this screen only until the person continues; then the label is cleared
and the reference dropped (Python cannot promise the memory is wiped; SECURITY.md says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSizePolicy, QWidget

from barnahus.gui.centring import centre
from barnahus.gui.printing import print_with_dialog
from barnahus.gui.tasks import run_task
from barnahus.gui.ui_loader import child, load_into

if TYPE_CHECKING:
    from barnahus.services.keyring import Keyring
    from barnahus.store.database import StoreDatabase


def recovery_sheet(key: str, store: str, heading: str, advice: str) -> str:
    """The printed page: plain HTML laid out in memory."""
    from html import escape

    return (
        f"<h1>{escape(heading)}</h1><p>{escape(store)}</p>"
        f"<p style='font-family: monospace; font-size: 18pt'>{escape(key)}</p>"
        f"<p>{escape(advice)}</p>"
    )


class RecoveryKeyPage(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_into(self, "recovery_key.ui")
        centre(form, 720)
        self.key_label = child(form, QLabel, "recoveryKeyLabel")
        self.print_status = child(form, QLabel, "printStatusLabel")
        self.print_button = child(form, QPushButton, "printButton")
        self.print_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.kept_check = child(form, QCheckBox, "keptCheck")
        self.continue_button = child(form, QPushButton, "continueButton")
        self.kept_check.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_key)
        self.continue_button.clicked.connect(self.finish)
        self.setAccessibleName(self.tr("Recovery key"))
        self._key = ""
        self._store = ""
        self._db: StoreDatabase | None = None
        self._keyring: Keyring | None = None
        # Tests replace this to print to a PDF printer instead of opening the dialog.
        self.printer_choice: Callable[[QWidget, str, str], bool] = print_with_dialog

    def show_key(self, key: str, store: str, db: StoreDatabase, keyring: Keyring) -> None:
        self._key, self._store, self._db, self._keyring = key, store, db, keyring
        groups = key.split("-")
        half = (len(groups) + 1) // 2  # two even lines are easier to copy by hand
        self.key_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.kept_check.setChecked(False)
        self.print_status.clear()
        self.print_button.setFocus()

    def sheet(self) -> str:
        return recovery_sheet(
            self._key,
            self.tr("Store: %1").replace("%1", self._store),
            self.tr("Barnahus Desk recovery key"),
            self.tr(
                "Keep this page in the centre's safe. With it an administrator can give "
                "colleagues access again when no passphrase that opens the records is left."
            ),
        )

    def print_key(self) -> None:
        if not self.printer_choice(self, self.sheet(), self.tr("Print the recovery key")):
            self.print_status.setText(self.tr("Nothing was printed."))
            return
        self.print_status.setText(self.tr("Sent to the printer."))
        db, keyring = self._db, self._keyring
        if db is not None and keyring is not None:
            from barnahus.services.admin import record_print

            run_task(lambda: record_print(db, keyring, "recovery key"), lambda _r: None)

    def finish(self) -> None:
        self._key = ""
        self.key_label.clear()
        keyring, self._keyring, self._db = self._keyring, None, None
        if keyring is not None:
            keyring.lock()
        self.done.emit()
