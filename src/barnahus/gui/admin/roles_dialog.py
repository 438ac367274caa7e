"""*Change roles…*: give an account other roles without disabling it and making a new one.

The dialog shows, before saving, what the new roles would mean for the account's keys (which
compartments would wait for a grant, which keys would be deleted), because that is the part an
administrator cannot see from the role names. It reads only the accounts tab's overview
(names, roles, which compartments are held), so it never has case content to show. Saving runs
``services.account_roles.change_roles`` on the thread pool; the tab then reloads its list and
says what changed in one status line (:func:`change_text`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QWidget,
)

from barnahus.gui.admin.account_dialogs import name_buttons
from barnahus.gui.admin.labels import compartment_list
from barnahus.gui.areas import role_name
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.roles import Role, compartments_for
from barnahus.services.admin import AccountOverview

if TYPE_CHECKING:
    from barnahus.services.account_roles import RoleChange


def role_list(roles: frozenset[Role]) -> str:
    return ", ".join(role_name(r) for r in sorted(roles))


def change_text(change: RoleChange) -> str:
    """The accounts tab's status line after saving: new roles, what waits, what was deleted."""
    translate = QCoreApplication.translate
    if not change.changed:
        return translate("RolesDialog", "The roles of %1 did not change.").replace(
            "%1", change.name
        )
    parts = [
        translate("RolesDialog", "%1 is now %2.")
        .replace("%1", change.name)
        .replace("%2", role_list(change.after))
    ]
    if change.waiting:
        parts.append(
            translate(
                "RolesDialog",
                "A colleague who holds %1 must give access before they can read them.",
            ).replace("%1", compartment_list(change.waiting))
        )
    if change.removed:
        parts.append(
            translate(
                "RolesDialog",
                "Their keys to %1 were deleted; a session already open keeps them until it "
                "locks or signs out.",
            ).replace("%1", compartment_list(change.removed))
        )
    return " ".join(parts)


def _save(workspace: Workspace, name: str, roles: set[str]) -> Any:
    """On the pool: the store is written there, never on the GUI thread."""
    from barnahus.services.account_roles import change_roles

    return change_roles(workspace.db, workspace.keyring, name, roles)


class RolesDialog(QDialog):
    """One checkbox per role, ticked as the account has them now."""

    saved = Signal(object)  # the RoleChange

    def __init__(
        self, workspace: Workspace, account: AccountOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.setWindowTitle(self.tr("Change roles"))
        self.setAccessibleName(self.tr("Change roles"))
        self.setMinimumWidth(520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "roles_dialog.ui")
        child(form, QLabel, "rolesTitleLabel").setText(
            self.tr("Roles of %1").replace("%1", account.name)
        )
        self.effect = child(form, QLabel, "rolesEffectLabel")
        self.error = child(form, QLabel, "rolesErrorLabel")
        self.progress = child(form, QProgressBar, "rolesProgress")
        self.buttons = child(form, QDialogButtonBox, "rolesButtons")
        self.roles = {role: child(form, QCheckBox, f"{role.value}Check") for role in Role}
        for role, box in self.roles.items():
            box.setChecked(role in account.roles)
            box.toggled.connect(lambda _on: self._show_effect())
        name_buttons(self.buttons, self.tr("&Save"), self.tr("Save the roles"), self.tr("Cancel"))
        self.progress.setVisible(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._show_effect()
        self.roles[Role.COORDINATOR].setFocus()  # the first box of the form, top to bottom

    def checked(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())

    def _show_effect(self) -> None:
        """What saving would do to the keys, worked out from the overview the tab showed."""
        chosen = self.checked()
        if chosen == frozenset(self.account.roles):
            self.effect.setText(self.tr("Tick or untick roles; nothing has changed yet."))
            return
        needed = compartments_for(chosen)
        present = self.account.held | self.account.pending
        waits, deleted = needed - present, present - needed
        parts = []
        if waits:
            parts.append(
                self.tr("Will wait for a grant: %1.").replace("%1", compartment_list(waits))
            )
        if deleted:
            parts.append(
                self.tr("Keys that will be deleted: %1.").replace("%1", compartment_list(deleted))
            )
        self.effect.setText(" ".join(parts) or self.tr("No keys are added or deleted."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        roles = {role.value for role in self.checked()}
        if not roles:
            self._show_error(self.tr("Tick at least one role."))
            return
        workspace, name = self.workspace, self.account.name
        self._show_error("")
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        workspace.run(lambda: _save(workspace, name, roles), self._done, self._failed)

    def _done(self, change: Any) -> None:
        self.saved.emit(change)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.buttons.setEnabled(True)
        self._show_error(translated(message))
