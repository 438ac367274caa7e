"""The people around the child (records of kind "contact"): guardian, case manager, lawyer...

The list is on the left, the chosen contact on the right. Each contact has its own autosave
(like the profile), so switching between contacts never loses typing.

*Remove contact…* asks first, then retires the record on the pool (``remove_contact``): the
contact leaves the list and the exports, its history stays in the store. Its unsaved typing is
dropped, not journaled, so it cannot come back through draft recovery; should the removal
fail, that typing is handed back to a fresh autosave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from barnahus.gui.cases.profile_labels import problem_text
from barnahus.gui.confirm import ask
from barnahus.gui.draft_keeper import DraftKeeper
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.profile import parse_contact
from barnahus.services.profile_records import contact_content, new_contact_record

if TYPE_CHECKING:
    from barnahus.services.autosave import Autosaver
    from barnahus.services.profile_records import EditableRecord
    from barnahus.services.records import RecordContent

KEY_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1
_WIDGETS = {
    "name": "contactNameEdit",
    "role": "contactRoleEdit",
    "organisation": "contactOrganisationEdit",
    "phone": "contactPhoneEdit",
    "email": "contactEmailEdit",
    "notes": "contactNotesEdit",
}


class ContactsPage(QWidget):
    reload_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "contacts_page.ui")
        self.list = child(form, QListWidget, "contactList")
        self.editor_title = child(form, QLabel, "contactEditorTitleLabel")
        self.draft_label = child(form, QLabel, "contactDraftLabel")
        self.problem_label = child(form, QLabel, "contactProblemLabel")
        self.status = child(form, QLabel, "contactStatusLabel")
        self.save_button = child(form, QPushButton, "saveContactButton")
        self.new_button = child(form, QPushButton, "newContactButton")
        self.remove_button = child(form, QPushButton, "removeContactButton")
        self.editor = child(form, QWidget, "contactEditor")
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, name in _WIDGETS.items():
            widget = form.findChild(QLineEdit, name) or form.findChild(QPlainTextEdit, name)
            assert widget is not None, name
            self.fields[key] = widget
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: self._changed())
            else:
                widget.textChanged.connect(self._changed)
        self.list.currentItemChanged.connect(lambda current, _old: self._select(current))
        self.new_button.clicked.connect(self.new_contact)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.confirm_remove)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_contact)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.confirm_remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a field edits text
        workspace.locked.connect(self._locked)
        workspace.unlocked.connect(self._unlocked)
        self.case_id = ""
        self.editable = False
        self.values: dict[str, dict[str, Any]] = {}
        self.keepers: dict[str, DraftKeeper] = {}
        self.current_key = ""
        self._loading = False
        self._cleared = False
        self._new_count = 0
        # Contacts being removed: no typing, saving or second removal until the store answers.
        self._removing: set[str] = set()
        self._retiring_keepers: dict[str, DraftKeeper] = {}

    def show_records(
        self, case_id: str, contacts: tuple[EditableRecord, ...], editable: bool
    ) -> None:
        if case_id == self.case_id and any(k.has_pending for k in self.keepers.values()):
            self.editable = editable  # typing not yet in the journal wins over the store
            return
        self.close_editors()
        self.case_id, self.editable = case_id, editable
        self._cleared = False
        self.list.clear()
        for contact in contacts:
            self.values[contact.record_id] = dict(contact.current)
            self._add_item(contact.record_id, contact.draft is not None)
        self.new_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._select(None)

    def _add_item(self, key: str, has_draft: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(self._title(key), self.list)
        item.setData(KEY_ROLE, key)
        item.setData(DRAFT_ROLE, has_draft)
        return item

    def _title(self, key: str) -> str:
        values = self.values.get(key, {})
        name = str(values.get("name") or self.tr("(no name yet)"))
        role = str(values.get("role") or "")
        return f"{name} — {role}" if role else name

    def _select(self, item: QListWidgetItem | None) -> None:
        key = "" if item is None else str(item.data(KEY_ROLE))
        self.current_key = key
        settled = bool(key) and key not in self._removing
        self.editor.setEnabled(settled)
        self.remove_button.setEnabled(self.editable and settled)
        self._loading = True
        values = self.values.get(key, {})
        for field, widget in self.fields.items():
            text = str(values.get(field) or "")
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)
            widget.setEnabled(self.editable)
        self._loading = False
        self.editor_title.setText(self._title(key) if key else self.tr("No contact chosen"))
        has_draft = item is not None and bool(item.data(DRAFT_ROLE))
        self.draft_label.setText(self.tr("Unsaved changes were restored; save them to keep them."))
        self.draft_label.setVisible(has_draft)
        self.problem_label.setVisible(False)
        self.status.clear()

    def _keeper(self, key: str, record_id: str | None = None) -> DraftKeeper:
        keeper = self.keepers.get(key)
        if keeper is None:
            db, keyring, case_id = self.workspace.db, self.workspace.keyring, self.case_id
            if record_id is None and not key.startswith("new:"):
                record_id = key
            keeper = DraftKeeper(
                self.workspace, record_id, lambda: new_contact_record(db, keyring, case_id), self
            )
            keeper.draft_saved.connect(lambda: self.status.setText(self.tr("Kept safe.")))
            keeper.draft_failed.connect(lambda m: self.status.setText(translated(m)))
            self.keepers[key] = keeper
        return keeper

    def _raw(self) -> dict[str, str]:
        return {
            key: w.text() if isinstance(w, QLineEdit) else w.toPlainText()
            for key, w in self.fields.items()
        }

    def _changed(self) -> None:
        key = self.current_key
        if self._loading or not key or key in self._removing or self.workspace.is_locked:
            return
        raw = self._raw()
        self.values[key] = {k: v for k, v in raw.items() if v}
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._title(key))
        self._keeper(key).edit(contact_content(self.values[key]))
        self.status.setText(self.tr("Typing is kept automatically."))

    def new_contact(self) -> None:
        if not self.editable or self.workspace.is_locked:
            return
        self._new_count += 1
        key = f"new:{self._new_count}"
        self.values[key] = {}
        self.list.setCurrentItem(self._add_item(key))
        self.fields["name"].setFocus()

    def save(self) -> None:
        key = self.current_key
        if not key or key in self._removing or not self.editable or self.workspace.is_locked:
            return
        parsed = parse_contact(self._raw())
        if not parsed.ok:
            self.problem_label.setText(
                " ".join(f"{_label(p.key)}: {problem_text(p.code)}" for p in parsed.problems)
            )
            self.problem_label.setVisible(True)
            self.fields[parsed.problems[0].key].setFocus()
            return
        self.problem_label.setVisible(False)
        self.status.setText(self.tr("Saving…"))
        self._keeper(key).save(
            contact_content(parsed.values),
            lambda n: self._saved(n),
            lambda m: self.status.setText(translated(m)),
        )

    def _saved(self, number: int) -> None:
        self.draft_label.setVisible(False)
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(number)))

    # removing --------------------------------------------------------------------------------
    def confirm_remove(self) -> None:
        """Ask in plain words, naming the contact as the list shows it (this is the
        professional's screen). Locking closes the question unanswered: nothing is removed."""
        key = self.current_key
        if not key or key in self._removing or not self.editable or self.workspace.is_locked:
            return
        keeper, item = self.keepers.get(key), self.list.currentItem()
        unsaved = (keeper is not None and keeper.has_pending) or (
            item is not None and bool(item.data(DRAFT_ROLE))
        )
        text = self.tr(
            "Remove “%1” from this case's contacts? The contact will no longer be listed or "
            "exported. Its earlier versions are kept in the store's record history."
        ).replace("%1", self._title(key))
        if unsaved:
            text += " " + self.tr("Changes to it that were not saved are discarded.")
        ask(self, self.tr("Remove contact"), text, lambda: self.remove(key))

    def remove(self, key: str) -> None:
        if (
            key not in self.values
            or key in self._removing
            or not self.editable
            or self.workspace.is_locked
        ):
            return
        self._removing.add(key)
        if key == self.current_key:
            self.editor.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.status.setText(self.tr("Removing…"))
        keeper = self.keepers.pop(key, None)
        if keeper is None:
            self._remove_record(key, None if key.startswith("new:") else key, None, None)
            return
        self._retiring_keepers[key] = keeper  # deleted once the store has answered
        keeper.discard(
            lambda saver, pending: self._remove_record(key, keeper.record_id, saver, pending)
        )

    def _remove_record(
        self,
        key: str,
        record_id: str | None,
        saver: Autosaver | None,
        pending: RecordContent | None,
    ) -> None:
        if record_id is None:  # never written to the store: nothing to retire
            self._removed(key)
            return
        from barnahus.services.profile_records import remove_contact

        db, keyring = self.workspace.db, self.workspace.keyring

        def work() -> int:
            if saver is not None:
                saver.wait_for_writes()  # a draft being written now is cleared by the removal
            return remove_contact(db, keyring, record_id)

        self.workspace.run(
            work,
            lambda _n: self._removed(key),
            lambda m: self._not_removed(key, record_id, pending, m),
        )

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                return item
        return None

    def _finish_removing(self, key: str) -> None:
        self._removing.discard(key)
        keeper = self._retiring_keepers.pop(key, None)
        if keeper is not None:
            keeper.deleteLater()

    def _removed(self, key: str) -> None:
        self._finish_removing(key)
        self.values.pop(key, None)
        item = self._item(key)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        if self.list.count() == 0:
            self._select(None)
        self.status.setText(self.tr("The contact was removed; its history is kept."))
        self.list.setFocus()

    def _not_removed(
        self, key: str, record_id: str, pending: RecordContent | None, message: str
    ) -> None:
        self._finish_removing(key)
        if pending is not None and key in self.values:
            self._keeper(key, record_id).edit(pending)  # the typing goes back to the journal
        if self.current_key == key:
            self.editor.setEnabled(True)
        self.remove_button.setEnabled(self.editable and self.current_key == key)
        self.status.setText(translated(message))

    # locking ---------------------------------------------------------------------------------
    def _locked(self) -> None:
        if any(k.has_pending for k in self.keepers.values()):
            return
        self._loading = True
        for widget in self.fields.values():
            widget.clear()
        self._loading = False
        self.list.clear()
        self.values.clear()
        self._cleared = bool(self.case_id)

    def _unlocked(self) -> None:
        if self._cleared:
            self._cleared = False
            self.reload_requested.emit()
        else:
            for keeper in self.keepers.values():
                keeper.resume()

    def close_editors(self) -> None:
        for keeper in self.keepers.values():
            keeper.close()
        self.keepers.clear()
        self.values.clear()


def _label(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "name": QCoreApplication.translate("ContactsPage", "Name"),
        "email": QCoreApplication.translate("ContactsPage", "E-mail"),
        "phone": QCoreApplication.translate("ContactsPage", "Phone"),
    }
    return names.get(key, key)
