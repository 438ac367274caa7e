"""The interviewer's hold on the child screen: open it, move it, show a step, hear the child.

The page owns one link; the link owns at most one :class:`ChildScreen` window and hands it only
child-safe content (a :class:`ChildScript` step or the welcome screen), how the language is
written (font script, direction) and whether the speaker button may show. Read-aloud speaks only
what the screen shows (:func:`~barnahus.interview.read_aloud.spoken_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from barnahus.gui.interview.child_screen import ChildScreen
from barnahus.gui.interview.read_aloud import ReadAloud, shared_read_aloud
from barnahus.interview.preparation import ChildScript, ChildStepView
from barnahus.interview.read_aloud import spoken_text


class ChildScreenLink(QObject):
    open_changed = Signal(bool, str)  # is open, where
    break_pressed = Signal()
    feeling_chosen = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen: ChildScreen | None = None
        self.script: ChildScript | None = None
        self.band = ""
        self.shown = ""
        self._speaker: ReadAloud | None = None

    def set_script(self, script: ChildScript | None, band: str) -> None:
        changed = script != self.script
        self.script, self.band = script, band
        if script is not None:
            self.speaker().start()  # on its own thread: known by the time the screen opens
        if self.screen is not None and script is not None and changed:
            self.screen.set_words(script.words, band)
            self.screen.set_writing(script.language.script, script.language.rtl)
            self.show(self.shown)

    def speaker(self) -> ReadAloud:
        """The app's read-aloud, followed from the first time this link needs it."""
        if self._speaker is None:
            self._speaker = shared_read_aloud()
            self._speaker.ready.connect(self._voices_known)
            self._speaker.speaking_changed.connect(self._speaking_changed)
        return self._speaker

    def open(self, full_screen: bool) -> None:
        if self.script is None:
            return
        if self.screen is None:
            self.screen = ChildScreen()
            self.screen.break_requested.connect(self.break_pressed)
            self.screen.feeling_chosen.connect(self.feeling_chosen)
            self.screen.read_aloud_pressed.connect(self._read_aloud)
            self.screen.closed.connect(self._closed)
            self.screen.set_words(self.script.words, self.band)
            self.screen.set_writing(self.script.language.script, self.script.language.rtl)
            self.speaker().start()
            self.show(self.shown)
        where = self.screen.present(full_screen)
        self.open_changed.emit(True, where)

    def close(self) -> None:
        if self.screen is not None:
            self.screen.close()

    def show(self, key: str) -> None:
        """Show step ``key`` (``""``: the welcome screen)."""
        self.shown = key
        if self.screen is None or self.script is None:
            return
        if self._speaker is not None and self._speaker.speaking:
            self._speaker.stop()  # the voice never reads a step that is gone
        step = self.script.step(key) if key else None
        if step is None:
            self.screen.show_waiting()
        else:
            self.screen.show_step(step)
        self._offer_read_aloud()

    def acknowledge_break(self) -> None:
        if self.screen is not None:
            self.screen.acknowledge_break()

    # read-aloud -----------------------------------------------------------------------------------
    def _shown_step(self) -> ChildStepView | None:
        return self.script.step(self.shown) if self.script is not None and self.shown else None

    def _voice(self) -> str | None:
        """The engine's locale for the words on screen now, or None (none, or not known yet)."""
        if self.script is None or self._speaker is None:
            return None
        step = self._shown_step()
        return self._speaker.locale_for(
            step.speech if step is not None else self.script.language.speech
        )

    def _offer_read_aloud(self) -> None:
        if self.screen is not None:
            self.screen.set_read_aloud(self._voice() is not None)

    def _voices_known(self) -> None:
        self._offer_read_aloud()

    def _read_aloud(self) -> None:
        locale = self._voice()
        if self._speaker is None or self.script is None or locale is None:
            return
        if self._speaker.speaking:
            self._speaker.stop()
        else:
            self._speaker.say(spoken_text(self._shown_step(), self.script.words), locale)

    def _speaking_changed(self, speaking: bool) -> None:
        if self.screen is not None:
            self.screen.set_speaking(speaking)

    def _closed(self) -> None:
        if self._speaker is not None and self._speaker.speaking:
            self._speaker.stop()
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.deleteLater()
        self.open_changed.emit(False, "")
