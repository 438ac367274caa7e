"""The child screen: a separate window, full screen on a second monitor, for the child only.

It is fed only :class:`~barnahus.interview.preparation.ChildStepView` and
:class:`~barnahus.interview.preparation.ChildScreenWords` (words and pictures from forms/ and
resources/), so it has no way to show a name, a case number or a note. The interviewer's
screen decides what it shows; the child can press the break card or choose a face, and the
window says so through signals. Escape does not leave full screen: only the interviewer closes it.

The window is drawn in the bundled Noto font for the language's script and laid out right to
left for Arabic and Dari. A speaker button reads the words on the screen aloud; it is shown
only when the computer has a voice for them, so a child never presses a button that stays silent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from barnahus.datafiles import data_file
from barnahus.gui.child_fonts import child_font
from barnahus.gui.interview.pictures import svg_icon, svg_pixmap
from barnahus.gui.ui_loader import child, load_into
from barnahus.interview.preparation import ChildScreenWords, ChildStepView

# A child pressing the card again and again is one request, not ten markers.
BREAK_REPEAT_MS = 8000
SPEAKER_SIZE = 72
PICTURE_MIN_HEIGHT = 48
RIGHT_TO_LEFT_MARK = "\u200f"


def speaker_icon(size: int = SPEAKER_SIZE) -> QIcon:
    """A speaker with two sound waves (resources/icons/speaker.svg): no words, so it reads the
    same in every language."""
    return svg_icon(data_file("resources", "icons", "speaker.svg"), size)


class ChildScreen(QWidget):
    break_requested = Signal()
    feeling_chosen = Signal(str)
    read_aloud_pressed = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ChildScreen")
        form = load_into(self, "child_screen.ui")
        sheet = data_file("resources", "child_screen.qss").read_text(encoding="utf-8")
        self.setStyleSheet(sheet)
        self.progress = child(form, QLabel, "progressLabel")
        self.picture = child(form, QLabel, "pictureLabel")
        # The picture takes the room the words leave; an explicit minimum (from the .ui file)
        # stops its pixmap from becoming the minimum, so the window can still shrink.
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Lower than the .ui file's minimum: on a 768-pixel-high screen the words and the
        # break card must still fit, and lines in Arabic script are half as tall again.
        self.picture.setMinimumSize(self.picture.minimumWidth(), PICTURE_MIN_HEIGHT)
        self.picture.installEventFilter(self)
        self.title = child(form, QLabel, "titleLabel")
        self.text = child(form, QLabel, "textLabel")
        self.practice_frame = child(form, QFrame, "practiceFrame")
        self.practice_heading = child(form, QLabel, "practiceHeadingLabel")
        self.practice = child(form, QLabel, "practiceLabel")
        self.faces = child(form, QWidget, "facesWidget")
        self.thanks = child(form, QLabel, "thanksLabel")
        self.break_button = child(form, QPushButton, "breakButton")
        self.break_button.clicked.connect(self._break_pressed)
        self.break_button.setIconSize(QSize(72, 72))
        self._break_again = QTimer(self)
        self._break_again.setSingleShot(True)
        self._break_again.setInterval(BREAK_REPEAT_MS)
        self._break_again.timeout.connect(lambda: self.break_button.setEnabled(True))
        self.read_aloud_button = self._add_speaker(form)
        self._font = QFont()
        self._rtl = False
        self._speaking = False
        self._picture_path: Path | None = None
        self._words: ChildScreenWords | None = None
        self._face_buttons: list[QToolButton] = []
        self.step: ChildStepView | None = None
        self.resize(1024, 720)

    # what the interviewer decides -------------------------------------------------------------
    def set_words(self, words: ChildScreenWords, band: str) -> None:
        """The screen's own words in the child's language, and text sizes for the age band."""
        self._words = words
        self.setWindowTitle(words.window_title)
        self.setAccessibleName(words.window_title)
        self.break_button.setText(words.break_button)
        self.break_button.setToolTip(words.break_button_help)
        self.break_button.setAccessibleName(words.break_button)
        self.break_button.setAccessibleDescription(words.break_button_help)
        self.break_button.setIcon(svg_icon(words.break_card_picture, 72))
        self.practice_heading.setText(words.practice_label)
        self.setProperty("band", band)
        # Re-applying the sheet re-polishes every child, so band-specific sizes take effect.
        self.setStyleSheet(self.styleSheet())

    def set_writing(self, font_script: str, rtl: bool) -> None:
        """Draw in the bundled font for ``font_script`` (registered now, on first use) and lay
        the window out right to left for ``rtl`` languages; Qt joins and orders the letters."""
        self._rtl = rtl
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self._font = child_font(font_script)
        # Set on each widget with words, not only on the window: a widget whose size comes
        # from the style sheet keeps the family it had when first polished, ignoring a new one.
        words: list[QWidget] = [self.title, self.text, self.practice_heading, self.practice]
        for widget in (*words, self.thanks, self.break_button, *self._face_buttons):
            widget.setFont(self._font)
        # The dots have no script; Latin metrics keep their line as low as in any language.
        self.progress.setFont(child_font("latin"))

    def set_read_aloud(self, available: bool) -> None:
        """Show the speaker button only when the computer can speak these words."""
        self.read_aloud_button.setVisible(available)
        if not available:
            self.read_aloud_button.setChecked(False)

    def set_speaking(self, speaking: bool) -> None:
        """The speaker button looks pressed while the voice speaks."""
        self._speaking = speaking
        self.read_aloud_button.setChecked(speaking)

    def show_waiting(self) -> None:
        """The calm welcome picture, before the first step and between steps."""
        self.step = None
        self.progress.setText("")
        self.title.setText(self._words.waiting if self._words else "")
        self.text.setText("")
        self.practice_frame.hide()
        self._set_faces(None)
        self._thank("")
        self.picture.show()
        self._show_picture(self._words.welcome_picture if self._words else None)

    def show_step(self, step: ChildStepView) -> None:
        self.step = step
        dots = " ".join("●" if i <= step.index else "○" for i in range(step.count))
        # A label takes its direction from its first letter, and dots have none: the mark makes
        # them fill from the right on a right-to-left screen, as the child reads.
        self.progress.setText(RIGHT_TO_LEFT_MARK + dots if self._rtl else dots)
        self.progress.setAccessibleDescription(f"{step.index + 1} / {step.count}")
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.practice.setText(step.practice)
        self.practice_frame.setVisible(bool(step.practice))
        self._set_faces(step)
        self._thank("")
        # On the feelings step the faces are the picture; the small scale would repeat them.
        self.picture.setVisible(not step.faces)
        self._show_picture(step.picture)

    def acknowledge_break(self) -> None:
        if self._words is not None:
            self._thank(self._words.break_pressed)

    def present(self, full_screen: bool) -> str:
        """Show the window; full screen on a second monitor when there is one.

        Returns a short description of where it went, for the interviewer.
        """
        screens = QGuiApplication.screens()
        target = screens[1] if len(screens) > 1 else QGuiApplication.primaryScreen()
        if target is not None:
            self.setScreen(target)
            self.move(target.geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # headless has no stacking to change
            self.raise_()
        return "second monitor" if len(screens) > 1 else "this monitor"

    def _add_speaker(self, form: QWidget) -> QPushButton:
        """The read-aloud button, beside the break card (before it in reading order)."""
        button = QPushButton(form)
        button.setObjectName("readAloudButton")
        button.setCheckable(True)
        button.setIcon(speaker_icon())
        button.setIconSize(QSize(SPEAKER_SIZE, SPEAKER_SIZE))
        button.setMinimumSize(QSize(108, 96))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(self.tr("Read aloud"))
        button.setAccessibleDescription(
            self.tr("Reads the words on the screen aloud. Press again to stop.")
        )
        button.clicked.connect(self._speaker_pressed)
        button.hide()
        layout = form.layout()
        assert isinstance(layout, QBoxLayout)  # set in child_screen.ui
        index = layout.indexOf(self.break_button)
        layout.removeWidget(self.break_button)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(button)
        row.addWidget(self.break_button, 1)
        layout.insertLayout(index, row)
        self.setTabOrder(button, self.break_button)
        return button

    # the child's side ---------------------------------------------------------------------------
    def _speaker_pressed(self) -> None:
        # Pressed or not follows the voice (set_speaking), not the click.
        self.read_aloud_button.setChecked(self._speaking)
        self.read_aloud_pressed.emit()

    def _thank(self, text: str) -> None:
        # Hidden while empty, so its line is room for the words on a small screen.
        self.thanks.setText(text)
        self.thanks.setVisible(bool(text))

    def _break_pressed(self) -> None:
        self.break_button.setEnabled(False)
        self._break_again.start()
        self.acknowledge_break()
        self.break_requested.emit()

    def _face_pressed(self, key: str) -> None:
        for button in self._face_buttons:
            button.setChecked(button.property("faceKey") == key)
        if self._words is not None:
            self._thank(self._words.feelings_thanks)
        self.feeling_chosen.emit(key)

    def _set_faces(self, step: ChildStepView | None) -> None:
        layout = self.faces.layout()
        assert layout is not None  # set in child_screen.ui
        for button in self._face_buttons:
            layout.removeWidget(button)
            button.deleteLater()
        self._face_buttons = []
        faces = step.faces if step is not None else ()
        self.faces.setVisible(bool(faces))
        for face in faces:
            button = QToolButton(self.faces)
            button.setProperty("class", "face")
            button.setProperty("faceKey", face.key)
            button.setCheckable(True)
            button.setIcon(svg_icon(face.picture, 96))
            button.setIconSize(QSize(96, 96))
            button.setText(face.label)
            button.setAccessibleName(face.label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setFont(self._font)
            button.clicked.connect(lambda _=False, key=face.key: self._face_pressed(key))
            layout.addWidget(button)
            self._face_buttons.append(button)

    def face_buttons(self) -> list[QToolButton]:
        return list(self._face_buttons)

    def _show_picture(self, path: Path | None) -> None:
        self._picture_path = path
        self._render_picture()

    def _render_picture(self) -> None:
        if self._picture_path is None:
            self.picture.clear()
            return
        size = self.picture.size()
        self.picture.setPixmap(svg_pixmap(self._picture_path, size, self.devicePixelRatioF()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picture and event.type() == QEvent.Type.Resize:
            self._render_picture()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # the interviewer, not a key press, ends full screen
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
