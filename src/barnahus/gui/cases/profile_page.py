"""The child's profile: the fields of forms/child_profile.yaml, checked as people type.

Warnings that must never be missed stay visible while they apply: no guardian recorded, and an
uncertain age (the child is then treated as a child: presumption of minority). Everything typed
goes to the autosave journal within seconds; Save makes a new signed version. When the profile
is opened with a newer draft (after a crash, or typed by a colleague), the draft is shown and a
banner says whose and from when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from barnahus.formdefs.profile import child_profile_form
from barnahus.gui.cases.field_widgets import FieldEditor
from barnahus.gui.cases.profile_labels import section_title
from barnahus.gui.draft_keeper import DraftKeeper
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.profile import (
    SECTIONS,
    Parsed,
    age_assessment,
    guardian_missing,
    parse_profile,
    section_of,
)
from barnahus.services.profile_records import new_profile_record, profile_content

if TYPE_CHECKING:
    from barnahus.services.profile_records import EditableRecord


class ProfilePage(QWidget):
    saved = Signal()
    reload_requested = Signal()
    summary_changed = Signal(str, bool)  # pseudonym, guardian missing

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        form = load_into(self, "profile_page.ui")
        self.draft_banner = child(form, QLabel, "draftBannerLabel")
        self.guardian_warning = child(form, QLabel, "guardianWarningLabel")
        self.age_note = child(form, QLabel, "ageNoteLabel")
        self.problem_summary = child(form, QLabel, "problemSummaryLabel")
        self.save_status = child(form, QLabel, "saveStatusLabel")
        self.save_button = child(form, QPushButton, "saveButton")
        self.discard_button = child(form, QPushButton, "discardButton")
        self.form_def = child_profile_form()
        self.editors = self._build_fields(child(form, QWidget, "profileFields"))
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        workspace.locked.connect(self._locked)
        workspace.unlocked.connect(self._unlocked)
        self.case_id = ""
        self.keeper: DraftKeeper | None = None
        self._loading = False
        self._cleared = False
        self._tried_save = False

    def _build_fields(self, host: QWidget) -> dict[str, FieldEditor]:
        column = QVBoxLayout(host)
        column.setSpacing(8)
        editors: dict[str, FieldEditor] = {}
        order = [s for s, _ in SECTIONS] + ["more"]
        for section in order:
            fields = [f for f in self.form_def.fields if section_of(f.key) == section]
            if not fields:
                continue
            heading = QLabel(section_title(section), host)
            heading.setObjectName(f"{section}SectionLabel")
            heading.setProperty("role", "section")
            column.addWidget(heading)
            rows = QFormLayout()
            rows.setSpacing(10)
            for field in fields:
                editor = FieldEditor(field, host, self._changed)
                rows.addRow(editor.label, editor.cell)
                editors[field.key] = editor
            column.addLayout(rows)
        column.addStretch(1)
        # One label column for every section, so the fields line up down the whole form.
        widest = max((e.label.sizeHint().width() for e in editors.values()), default=0)
        for editor in editors.values():
            editor.label.setMinimumWidth(widest)
        return editors

    # showing a record ------------------------------------------------------------------------
    def show_record(self, case_id: str, record: EditableRecord | None, editable: bool) -> None:
        keeper = self.keeper
        if keeper is not None and keeper.has_pending and case_id == self.case_id:
            self._set_editable(editable)  # typing not yet in the journal wins over the store
            return
        if keeper is not None:
            keeper.close()
        self.case_id = case_id
        db, keyring = self.workspace.db, self.workspace.keyring
        self.keeper = DraftKeeper(
            self.workspace,
            None if record is None else record.record_id,
            lambda: new_profile_record(db, keyring, case_id),
            self,
        )
        self.keeper.draft_saved.connect(self._draft_saved)
        self.keeper.draft_failed.connect(self._draft_failed)
        values = {} if record is None else record.current
        self._fill(values)
        self._cleared = False
        self._tried_save = False
        self.problem_summary.setVisible(False)
        self._set_editable(editable)
        self.discard_button.setEnabled(record is not None and record.draft is not None)
        self._show_draft_banner(record)
        self.save_status.setText("" if editable else self.tr("You can read this profile."))
        self._update_warnings(parse_profile(self.form_def, self._raw()).values)

    def _set_editable(self, editable: bool) -> None:
        for editor in self.editors.values():
            editor.widget.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _fill(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, editor in self.editors.items():
                editor.show_value(values.get(key))
                editor.show_problem("")
        finally:
            self._loading = False

    def _show_draft_banner(self, record: EditableRecord | None) -> None:
        if record is None or record.draft is None or record.draft_saved_at is None:
            self.draft_banner.setVisible(False)
            return
        when = record.draft_saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = record.draft_by or self.tr("someone")
        self.draft_banner.setText(
            self.tr(
                "Unsaved changes typed by %1 at %2 were restored. Save them, or discard them "
                "to go back to the last saved version."
            )
            .replace("%1", who)
            .replace("%2", when)
        )
        self.draft_banner.setVisible(True)

    def _raw(self) -> dict[str, str | bool]:
        return {key: editor.raw() for key, editor in self.editors.items()}

    # editing ---------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.keeper is None or self.workspace.is_locked:
            return
        parsed = parse_profile(self.form_def, self._raw())
        self._show_problems(parsed, include_required=self._tried_save)
        self._update_warnings(parsed.values)
        self.keeper.edit(profile_content(parsed.values))
        self.discard_button.setEnabled(True)
        self.save_status.setText(self.tr("Typing is kept automatically. Save makes a new version."))

    def _show_problems(self, parsed: Parsed, include_required: bool) -> None:
        for key, editor in self.editors.items():
            found = parsed.problem_for(key)
            code = (
                ""
                if found is None or (found.code == "required" and not include_required)
                else found.code
            )
            editor.show_problem(code)

    def _update_warnings(self, values: dict[str, Any]) -> None:
        missing = guardian_missing(values)
        self.guardian_warning.setText(
            self.tr(
                "No guardian is recorded. A child without a parent or carer here must get a "
                "temporary guardian at once: tell the coordinator, and record the guardian here."
            )
        )
        self.guardian_warning.setVisible(missing)
        assessment = age_assessment(values)
        presumed = self.editors.get("presumed_minor")
        if presumed is not None:
            self._loading = True
            presumed.show_value(assessment.treated_as_child)
            presumed.widget.setEnabled(
                not assessment.presumption_locked and self.save_button.isEnabled()
            )
            self._loading = False
        if not assessment.age_certain:
            self.age_note.setText(
                self.tr(
                    "The age is not certain, so the child is treated as a child until an age "
                    "assessment shows otherwise (presumption of minority)."
                )
            )
        elif assessment.age is not None and assessment.age >= 18:
            self.age_note.setText(
                self.tr(
                    "By the date of birth this person is %1. Keep 'presumed to be a child' "
                    "ticked while the age is being assessed."
                ).replace("%1", self.tr("%n year(s) old", "", assessment.age))
            )
        self.age_note.setVisible(not assessment.age_certain or (assessment.age or 0) >= 18)
        pseudonym = values.get("pseudonym")
        self.summary_changed.emit(pseudonym if isinstance(pseudonym, str) else "", missing)

    # saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.keeper is None or not self.save_button.isEnabled() or self.workspace.is_locked:
            return
        self._tried_save = True
        parsed = parse_profile(self.form_def, self._raw())
        self._show_problems(parsed, include_required=True)
        if not parsed.ok:
            self.problem_summary.setText(
                self.tr(
                    "%n thing(s) to fix before saving; they are marked in red.",
                    "",
                    len(parsed.problems),
                )
            )
            self.problem_summary.setVisible(True)
            self.editors[parsed.problems[0].key].widget.setFocus()
            return
        self.problem_summary.setVisible(False)
        self.save_status.setText(self.tr("Saving…"))
        self.keeper.save(profile_content(parsed.values), self._saved, self._save_failed)

    def _saved(self, number: int) -> None:
        self.draft_banner.setVisible(False)
        self.discard_button.setEnabled(False)
        self.save_status.setText(self.tr("Saved as version %1.").replace("%1", str(number)))
        self.saved.emit()
        self.workspace.data_changed.emit("cases")

    def _save_failed(self, message: str) -> None:
        self.save_status.setText(translated(message))

    def _draft_saved(self) -> None:
        self.save_status.setText(self.tr("Kept safe (not yet saved as a version)."))

    def _draft_failed(self, message: str) -> None:
        self.save_status.setText(
            self.tr("Not kept yet: %1 Your typing stays here and is tried again.").replace(
                "%1", translated(message)
            )
        )

    def discard(self) -> None:
        keeper = self.keeper
        if keeper is None:
            return
        keeper.close()
        self.keeper = None
        record_id = keeper.record_id
        if record_id is None:
            self.reload_requested.emit()
            return
        from barnahus.services.records import discard_drafts

        db, keyring = self.workspace.db, self.workspace.keyring
        self.workspace.when_idle(
            lambda: self.workspace.run(
                lambda: discard_drafts(db, keyring, record_id),
                lambda _r: self.reload_requested.emit(),
                self._save_failed,
            )
        )

    # locking ---------------------------------------------------------------------------------
    def _locked(self) -> None:
        """Clear the text when it is safe in the journal; it comes back on unlock."""
        if self.keeper is not None and self.keeper.has_pending:
            return
        self._loading = True
        for editor in self.editors.values():
            editor.clear()
        self._loading = False
        self.draft_banner.setVisible(False)
        self._cleared = bool(self.case_id)

    def _unlocked(self) -> None:
        if self._cleared:
            self._cleared = False
            self.reload_requested.emit()
        elif self.keeper is not None:
            self.keeper.resume()

    def close_editor(self) -> None:
        if self.keeper is not None:
            self.keeper.close()
            self.keeper = None
