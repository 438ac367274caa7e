"""One case: its number and child, a warning while no guardian is recorded, and its parts in
tabs (the child's profile and the contacts). Coordinators can close the case here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from barnahus.gui.cases.contacts_page import ContactsPage
from barnahus.gui.cases.profile_page import ProfilePage
from barnahus.gui.confirm import ask
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.roles import Compartment, Role


def _load(workspace: Workspace, case_id: str) -> Any:
    from barnahus.services.profile_records import load_case_file

    return load_case_file(workspace.db, workspace.keyring, case_id)


class CaseView(QWidget):
    back = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "case_view.ui")
        self.title = child(form, QLabel, "caseTitleLabel")
        self.status = child(form, QLabel, "caseStatusLabel")
        self.guardian = child(form, QLabel, "caseGuardianLabel")
        self.message = child(form, QLabel, "caseMessageLabel")
        self.tabs = child(form, QTabWidget, "caseTabs")
        self.close_button = child(form, QPushButton, "closeCaseButton")
        self.profile = ProfilePage(workspace, self.tabs)
        self.contacts = ContactsPage(workspace, self.tabs)
        self.tabs.addTab(self.profile, self.tr("&Profile"))
        self.tabs.addTab(self.contacts, self.tr("&Contacts"))
        child(form, QPushButton, "backButton").clicked.connect(self.back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.back.emit)
        self.close_button.setVisible(Role.COORDINATOR in workspace.roles)
        self.close_button.clicked.connect(self.confirm_close)
        self.profile.summary_changed.connect(self._summary)
        self.profile.reload_requested.connect(lambda: self.reload(("profile",)))
        self.contacts.reload_requested.connect(lambda: self.reload(("contacts",)))
        workspace.locked.connect(self._locked)
        self.case_id = ""
        self.case_number = ""
        self.case_status = ""

    def show_case(self, case_id: str) -> None:
        if case_id != self.case_id:
            self.profile.close_editor()
            self.contacts.close_editors()
            self.tabs.setCurrentIndex(0)
        self.case_id = case_id
        self.workspace.choose_case(case_id)
        self.title.setText(self.tr("Opening the case…"))
        self.reload()

    def reload(self, parts: tuple[str, ...] = ("profile", "contacts")) -> None:
        """Read the case again; only the named parts are refilled, so an editor still holding
        typing that is not yet in the journal is never overwritten."""
        if not self.case_id or self.workspace.is_locked:
            return
        workspace, case_id = self.workspace, self.case_id
        workspace.run(
            lambda: _load(workspace, case_id), lambda f: self._loaded(f, parts), self._failed
        )

    def _loaded(self, case_file: Any, parts: tuple[str, ...] = ("profile", "contacts")) -> None:
        if self.workspace.is_locked or case_file.case.id != self.case_id:
            return
        case = case_file.case
        self.case_number, self.case_status = case.case_number, case.status
        self.message.setVisible(False)
        editable = self.workspace.keyring.holds(Compartment.IDENTITY) and case.status == "open"
        if "profile" in parts:
            self.profile.show_record(case.id, case_file.profile, editable)
        if "contacts" in parts:
            self.contacts.show_records(case.id, case_file.contacts, editable)
        opened = case.created_at.astimezone().date().isoformat()
        if case.status == "closed" and case.closed_at is not None:
            closed = case.closed_at.astimezone().date().isoformat()
            self.status.setText(self.tr("Closed on %1.").replace("%1", closed))
        else:
            self.status.setText(self.tr("Open since %1.").replace("%1", opened))
        self.close_button.setEnabled(case.status == "open")

    def _failed(self, message: str) -> None:
        self.message.setText(translated(message))
        self.message.setVisible(True)

    def _summary(self, pseudonym: str, guardian_missing: bool) -> None:
        self.title.setText(f"{self.case_number} · {pseudonym}" if pseudonym else self.case_number)
        self.guardian.setText(self.tr("No guardian is recorded for this child."))
        self.guardian.setVisible(guardian_missing)

    def _locked(self) -> None:
        self.title.setText(self.case_number)
        self.guardian.setVisible(False)

    def confirm_close(self) -> None:
        ask(
            self,
            self.tr("Close the case"),
            self.tr(
                "Close case %1? Its records stay readable; it leaves the list of open cases."
            ).replace("%1", self.case_number),
            self.close_case,
        )

    def close_case(self) -> None:
        from barnahus.services.cases import close_case

        db, keyring, number = self.workspace.db, self.workspace.keyring, self.case_number
        self.workspace.run(lambda: close_case(db, keyring, number), self._closed, self._failed)

    def _closed(self, _result: object) -> None:
        self.workspace.data_changed.emit("cases")
        self.reload()
