"""*Give colleagues access…*: a holder of compartment keys lets a waiting colleague in.

The administrator adds accounts without holding content keys; a new colleague then waits until
someone who holds the keys grants them. This dialog lists the colleagues waiting for keys the
signed-in person holds (``services/colleague_access``), asks before each grant, runs it on the
thread pool and lists again. The administrator's own path, with the recovery key, stays in the
accounts tab. The module is imported when the menu action is first used, never at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from barnahus.gui.admin.labels import compartment_list
from barnahus.gui.areas import role_name
from barnahus.gui.confirm import ask
from barnahus.gui.service_text import translated
from barnahus.gui.ui_loader import child, load_into
from barnahus.gui.workspace import Workspace
from barnahus.services.colleague_access import WaitingColleague


def _waiting(workspace: Workspace) -> Any:
    """On the pool: the store layer is read there, never on the GUI thread."""
    from barnahus.services.colleague_access import colleagues_waiting

    return colleagues_waiting(workspace.db, workspace.keyring)


def _give(workspace: Workspace, name: str) -> Any:
    from barnahus.services.colleague_access import give_access

    return give_access(workspace.db, workspace.keyring, name)


class ColleagueAccessDialog(QDialog):
    """Colleagues waiting for keys this person holds; pick one, confirm, and it is given."""

    given = Signal(str)  # the colleague's account name, after a grant

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Give colleagues access"))
        self.setAccessibleName(self.tr("Give colleagues access"))
        self.setMinimumWidth(560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form = load_into(self, "colleague_access_dialog.ui")
        self.list = child(form, QListWidget, "waitingColleaguesList")
        self.list_label = child(form, QLabel, "waitingColleaguesLabel")
        self.none_waiting = child(form, QLabel, "noneWaitingLabel")
        self.summary = child(form, QLabel, "giveSummaryLabel")
        self.result_label = child(form, QLabel, "giveResultLabel")
        self.error = child(form, QLabel, "giveErrorLabel")
        self.progress = child(form, QProgressBar, "giveProgress")
        self.give_button = child(form, QPushButton, "giveButton")
        close_button = child(form, QPushButton, "closeButton")
        self.colleagues: list[WaitingColleague] = []
        self.loaded = False
        self.working = False
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        self.list.itemActivated.connect(lambda _item: self.confirm_give())
        self.give_button.clicked.connect(self.confirm_give)
        close_button.clicked.connect(self.reject)
        workspace.unlocked.connect(self.reload)
        self.reload()

    # listing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.workspace.is_locked:
            return
        self._busy(True)
        workspace = self.workspace
        workspace.run(lambda: _waiting(workspace), self._loaded, self._failed)

    def _loaded(self, colleagues: Any) -> None:
        if not isValid(self):
            return
        chosen = self.selected()
        self.colleagues = list(colleagues)
        self.loaded = True
        self._busy(False)
        self.list.clear()
        for colleague in self.colleagues:
            self.list.addItem(QListWidgetItem(self._line(colleague)))
        self.list_label.setVisible(bool(self.colleagues))
        self.list.setVisible(bool(self.colleagues))
        self.none_waiting.setVisible(not self.colleagues)
        if not self.colleagues:
            # Without the list the spare height would spread between the lines; shrink once
            # the layout has taken in the hidden list.
            QTimer.singleShot(0, self, self._fit_height)
        names = [c.name for c in self.colleagues]
        if names:
            keep = chosen is not None and chosen.name in names
            self.list.setCurrentRow(names.index(chosen.name) if keep and chosen else 0)
            self.list.setFocus()
        self._selection_changed()

    def _line(self, colleague: WaitingColleague) -> str:
        """Two short lines (who, then what), so a long list of records never scrolls sideways."""
        roles = ", ".join(role_name(r) for r in colleague.roles)
        what = self.tr("You can give: %1").replace("%1", compartment_list(colleague.can_give))
        who = self.tr("%1 (%2)").replace("%1", colleague.name).replace("%2", roles)
        return f"{who}\n{what}"

    def selected(self) -> WaitingColleague | None:
        row = self.list.currentRow()
        if 0 <= row < len(self.colleagues):
            return self.colleagues[row]
        return None

    def _selection_changed(self) -> None:
        colleague = self.selected()
        self.give_button.setEnabled(colleague is not None and not self.working)
        self.summary.setVisible(colleague is not None)
        if colleague is not None:
            self.summary.setText(self.offer_text(colleague))

    def offer_text(self, colleague: WaitingColleague) -> str:
        """The sentence a person confirms: who gets what, and when it starts to work."""
        text = (
            self.tr("Give %1 access to: %2. They can read them after their next sign-in.")
            .replace("%1", colleague.name)
            .replace("%2", compartment_list(colleague.can_give))
        )
        if colleague.others_must_give:
            text += " " + self.tr(
                "Access to %1 must come from a colleague who holds it, or from the administrator."
            ).replace("%1", compartment_list(colleague.others_must_give))
        return text

    # giving -----------------------------------------------------------------------------------
    def confirm_give(self) -> None:
        colleague = self.selected()
        if colleague is None or self.working or self.workspace.is_locked:
            return
        name = colleague.name
        ask(self, self.tr("Give access"), self.offer_text(colleague), lambda: self.give(name))

    def give(self, name: str) -> None:
        if self.workspace.is_locked:
            return
        self._busy(True)
        workspace = self.workspace
        workspace.run(
            lambda: _give(workspace, name), lambda given: self._given(name, given), self._failed
        )

    def _given(self, name: str, given: Any) -> None:
        if not isValid(self):
            return
        if given:
            self._show_result(
                self.tr("%1 can read %2 after their next sign-in.")
                .replace("%1", name)
                .replace("%2", compartment_list(frozenset(given)))
            )
        else:
            self._show_result(
                self.tr("%1 had already been given these keys by a colleague.").replace("%1", name)
            )
        self.given.emit(name)
        self.reload()

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self._busy(False)
        self.result_label.setVisible(False)
        self.error.setText(translated(message))
        self.error.setVisible(True)
        self._selection_changed()

    # state ------------------------------------------------------------------------------------
    def _fit_height(self) -> None:
        """As tall as the wrapped text needs at the current width (``adjustSize`` guesses the
        labels' heights at another width and leaves gaps between the lines)."""
        height = self.heightForWidth(self.width())
        self.resize(self.width(), height if height > 0 else self.sizeHint().height())

    def _show_result(self, text: str) -> None:
        self.error.setVisible(False)
        self.result_label.setText(text)
        self.result_label.setVisible(True)

    def _busy(self, busy: bool) -> None:
        self.working = busy
        self.progress.setVisible(busy)
        if busy:
            self.error.setVisible(False)
            self.give_button.setEnabled(False)
