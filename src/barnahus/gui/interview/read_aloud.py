"""Read-aloud for the child screen: the system's text-to-speech, in a thread of its own.

Starting a text-to-speech engine can block: speech-dispatcher with espeak-ng takes about 1.5 to
2 s here (it lists some 1,500 voices), and an engine whose service is missing may wait for a
time-out. So the engine is built, asked for its locales, and later speaks, on a worker thread
with its own event loop; the GUI thread only sends it requests and hears back by signals, and
opening the child screen never waits for it, even when the speech service never answers (a
wedged speech-dispatcher does that). One :class:`ReadAloud` serves the whole app
(:func:`shared_read_aloud`); it starts the first time a child's preparation is shown.

Qt's ``mock`` engine (shipped with Qt's text-to-speech for its own tests) never speaks to a
child unless asked for by name: it reports English voices and says nothing, so a child would
press a button that stays silent. It serves only as the placeholder that the real engine is
loaded into (see :class:`_EngineHost`). Which voice fits which language is decided in
:mod:`barnahus.interview.read_aloud`, without Qt.
"""

from __future__ import annotations

import atexit
import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)

from barnahus.interview.read_aloud import NO_SPEECH, VoiceCatalogue

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("barnahus.gui.read_aloud")

MOCK_ENGINE = "mock"
# speech-dispatcher answers in about 2 s here; a service that has not answered in 10 s is
# treated as absent (the interviewer is told), and welcomed should it answer later.
PROBE_TIMEOUT_MS = 10_000
# A little slower than the engines' default, for children (Qt's scale runs from -1 to 1).
CHILD_RATE = -0.15
STOP_WAIT_MS = 5000
# Qt Multimedia, which Qt's text-to-speech links to, says while loading that PipeWire is
# missing; speech-dispatcher plays the sound itself, so that one message means nothing here.
_LOAD_NOISE = "qt.multimedia"


def _speech_class() -> type[QTextToSpeech] | None:
    """Qt's QTextToSpeech, imported on first use (it loads Qt Multimedia and Qt Network, which
    start-up does not need), or None when this build lacks the module."""
    previous: Any = None

    def quiet_loading(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if (context.category or "").startswith(_LOAD_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(f"{context.category}: {message}\n")

    previous = qInstallMessageHandler(quiet_loading)
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        log.warning("read-aloud unavailable: Qt's text-to-speech module is missing")
        return None
    finally:
        qInstallMessageHandler(previous)
    return QTextToSpeech


class _EngineHost(QObject):
    """Lives on the speech thread, where it builds the engine and talks to it.

    PySide holds Python's global lock while a C++ call it made runs, so a Python call into an
    engine that hangs (speech-dispatcher waiting for a wedged daemon) would freeze every
    thread, the GUI's included. So everything that may wait on the speech service is invoked
    as a queued call that Qt makes from C++ on this thread (:func:`_invoke`): choosing the
    engine, rate, locale, say and stop. Python runs here only for instant things: building
    the placeholder engine (Qt's mock, which waits on nothing) and reading the locales the
    engine found when it started.
    """

    probed = Signal(object)  # VoiceCatalogue
    speaking = Signal(bool)

    def __init__(self, speech: type[QTextToSpeech] | None, engine: str) -> None:
        super().__init__()
        self._speech = speech
        self._wanted = engine
        self.engine: QTextToSpeech | None = None
        self._answered = False

    @Slot()
    def start(self) -> None:
        speech = self._speech
        names = speech.availableEngines() if speech is not None else []
        usable = [name for name in names if name != MOCK_ENGINE]
        if speech is None or (self._wanted not in names if self._wanted else not usable):
            log.info("read-aloud unavailable: no text-to-speech engine %s", self._wanted)
            self.probed.emit(NO_SPEECH)
            return
        if MOCK_ENGINE in names:
            engine = speech(MOCK_ENGINE, self)
        else:  # no placeholder: this one call runs under Python's lock, however long it takes
            engine = speech(self._wanted, self) if self._wanted else speech(self)
        engine.stateChanged.connect(self._state_changed)
        self.engine = engine
        if self._wanted == MOCK_ENGINE or MOCK_ENGINE not in names:
            self._found()
            return
        engine.engineChanged.connect(self._found)
        engine.errorOccurred.connect(self._found)
        # "" asks for Qt's choice: the installed engine with the highest priority.
        _invoke(engine, "setEngine", Q_ARG(str, self._wanted))

    def _found(self) -> None:
        engine, speech = self.engine, self._speech
        assert engine is not None
        assert speech is not None
        if self._answered:
            return
        self._answered = True
        if engine.state() == speech.State.Error or (
            engine.engine() == MOCK_ENGINE and self._wanted != MOCK_ENGINE
        ):
            log.info("read-aloud unavailable: the text-to-speech engine did not start")
            self.probed.emit(NO_SPEECH)
            return
        locales = tuple(sorted({locale.name() for locale in engine.availableLocales()}))
        log.info("read-aloud engine %s offers %d locales", engine.engine(), len(locales))
        _invoke(engine, "setRate", Q_ARG(float, CHILD_RATE))
        self.probed.emit(VoiceCatalogue(engine.engine(), locales))

    def _state_changed(self, state: object) -> None:
        speech = self._speech
        assert speech is not None  # an engine exists only when the class does
        self.speaking.emit(state == speech.State.Speaking)


def _invoke(target: QObject, method: str, *arguments: Any) -> None:
    """Call ``method`` of ``target`` on ``target``'s thread, from Qt's C++ event loop."""
    QMetaObject.invokeMethod(target, method, Qt.ConnectionType.QueuedConnection, *arguments)


class ReadAloud(QObject):
    """The GUI thread's side of read-aloud: what can be spoken, and requests to speak.

    ``engine`` names a Qt text-to-speech engine (tests use ``"mock"``); empty means Qt's
    default. :attr:`catalogue` is None until the engine has answered (:attr:`ready`), or until
    :data:`PROBE_TIMEOUT_MS` has passed without an answer, which counts as no voice (and is
    corrected by :attr:`ready` again should the engine answer after all).
    """

    ready = Signal()
    speaking_changed = Signal(bool)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.catalogue: VoiceCatalogue | None = None
        self.speaking = False
        self._thread: QThread | None = None
        self._host: _EngineHost | None = None
        self._speech: QTextToSpeech | None = None
        self._patience = QTimer(self)
        self._patience.setSingleShot(True)
        self._patience.setInterval(PROBE_TIMEOUT_MS)
        self._patience.timeout.connect(self._no_answer)

    def start(self) -> None:
        """Build the engine on its thread, once; :attr:`ready` follows."""
        if self._thread is not None:
            return
        host = _EngineHost(_speech_class(), self.engine)
        thread = QThread()
        thread.setObjectName("read-aloud")
        host.moveToThread(thread)
        thread.started.connect(host.start)
        # Deleted on its own thread once the loop has stopped, engine and all.
        thread.finished.connect(host.deleteLater)
        host.probed.connect(self._probed)
        host.speaking.connect(self._speaking)
        self._thread, self._host = thread, host
        self._patience.start()
        thread.start()

    def locale_for(self, speech: str) -> str | None:
        """The engine's locale for ``speech``; None while probing or when there is none."""
        return self.catalogue.locale_for(speech) if self.catalogue is not None else None

    def say(self, text: str, locale: str) -> None:
        """Speak ``text`` with the voice of ``locale`` (one of the catalogue's), instead of
        whatever is being said."""
        if self._speech is not None:
            _invoke(self._speech, "stop")
            _invoke(self._speech, "setLocale", Q_ARG(QLocale, QLocale(locale)))
            _invoke(self._speech, "say", Q_ARG(str, text))

    def stop(self) -> None:
        if self._speech is not None:
            _invoke(self._speech, "stop")

    def close(self) -> None:
        """Stop speaking and end the thread (at quit; tests call it for their own engines)."""
        self.stop()
        self._patience.stop()
        thread, host = self._thread, self._host
        self._thread, self._host, self._speech = None, None, None
        if thread is None:
            return
        thread.quit()
        if not thread.wait(STOP_WAIT_MS):
            # Stuck inside the speech library; ended at exit (_end_stuck_threads). Until then
            # both stay referenced, since destroying a running thread aborts the process.
            log.warning("the read-aloud thread did not stop in time")
            _stuck.append((thread, host))

    def _probed(self, catalogue: object) -> None:
        self._patience.stop()
        self.catalogue = catalogue if isinstance(catalogue, VoiceCatalogue) else NO_SPEECH
        host = self._host
        self._speech = host.engine if host is not None and self.catalogue.engine else None
        self.ready.emit()

    def _no_answer(self) -> None:
        if self.catalogue is None:
            log.warning("read-aloud unavailable: the text-to-speech engine did not answer")
            self.catalogue = NO_SPEECH
            self.ready.emit()

    def _speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        self.speaking_changed.emit(speaking)


_shared: list[ReadAloud] = []
_stuck: list[tuple[QThread, _EngineHost | None]] = []


def _end_stuck_threads() -> None:
    """At exit: a thread still waiting on a speech service is ended by force; left alone, its
    destruction would abort the process with a core dump."""
    for thread, _host in _stuck:
        thread.terminate()
        thread.wait(STOP_WAIT_MS)


atexit.register(_end_stuck_threads)  # registered first, so it runs after every close()


def shared_read_aloud() -> ReadAloud:
    """The app's read-aloud (made on first use, closed when the application quits)."""
    if not _shared:
        speaker = ReadAloud()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(speaker.close)
        atexit.register(speaker.close)
        _shared.append(speaker)
    return _shared[0]


def install_read_aloud(speaker: ReadAloud | None) -> ReadAloud | None:
    """Use ``speaker`` from now on (tests: an engine of their choice; None: a new default one
    on next use); returns the one it replaces."""
    previous = _shared[0] if _shared else None
    _shared[:] = [speaker] if speaker is not None else []
    return previous
