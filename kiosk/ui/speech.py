"""Reading the screen aloud ("Đọc to"): the question, its help and any error, in the visit's language.

Three parts:
- a `Voice` says text in a language. `QtVoice` is the real one, over Qt TextToSpeech (speech-dispatcher
  with espeak-ng on Linux, SAPI on Windows); tests use a fake that records what would be said.
- `spoken_text(screen)` is what a person hears for a screen: a screen (or the wizard page in it) may say
  it itself with a `spoken_text()` method; otherwise the visible texts are read in reading order.
- `Reader` ties them to the kiosk: it reads on request (`ReadAloudButton`), reads every new screen when
  `auto` is on, says single lines (the idle warning's question), and stops when a visit ends.

With no engine, or no voice for the visit's language, the reader is not `available`: the button hides
and every call does nothing.

Why the engine runs on a thread of its own: opening speech-dispatcher takes about 2 s (it starts the
daemon and lists ~300 voices), and a daemon that lost its sound device answers nothing at all, so
`QTextToSpeech` blocks for ever, in its constructor and in `say()`. PySide holds the GIL during such a
call, so a Python worker thread would freeze the window too. The engine object therefore lives on a
`QThread` and is only ever driven by queued calls (`QMetaObject.invokeMethod`), which run in C++ there
without the GIL; the window never waits for it.
"""

from __future__ import annotations

import atexit
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import (
    Q_ARG,
    QEventLoop,
    QGenericArgumentHolder,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kiosk import i18n
from kiosk.i18n import tr
from kiosk.ui.layout_order import layout_widgets
from kiosk.ui.widgets import BigButton, ErrorMessage

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

__all__ = [
    "QtVoice",
    "ReadAloudButton",
    "Reader",
    "Voice",
    "open_voice",
    "open_voice_later",
    "pronounceable",
    "spoken_text",
]

log = logging.getLogger(__name__)

# Engines worth trying, best first. Qt's "mock" engine is never one: it pretends to speak, silently.
PREFERRED_ENGINES = ("speechd", "sapi", "winrt", "darwin", "macos", "android", "ios", "flite")
NOT_A_VOICE = frozenset({"mock", "none"})
RATE = -0.2  # a little slower than the engines' default, for older listeners (-1 … 1)
OPEN_WAIT_S = 5.0
CLOSE_WAIT_MS = 2000


class Voice(Protocol):
    """Something that can say a text aloud in a language."""

    def say(self, text: str) -> None:
        """Starts saying `text`, instead of whatever it was saying."""

    def stop(self) -> None:
        """Stops at once."""

    def set_language(self, code: str) -> bool:
        """Speaks `code` ("vi", "en") from now on; False if it has no voice for it."""


# --- what a person hears for a screen ---------------------------------------------------------------
_SYMBOLS = frozenset("•‹›\ufe0e\ufe0f\u200d")  # bullets, arrows, emoji joiners and selectors
_SENTENCE_END = ".?!…:;,"
SHORT_LIST = 12  # a list up to this long has its choices read out when none is chosen yet


def spoken_text(screen: QWidget | None) -> str:
    """What "Đọc to" says for `screen`, in the language its texts are in.

    A screen, or the page inside its wizard frame, that has a `spoken_text()` method says it itself.
    Otherwise its visible texts are read in reading order (the order of its layouts: top to bottom,
    left to right, a grid row by row): headings, body and help texts, errors ("Lỗi: …"), the answer
    choices (the chosen one said so), what has been typed into a text box (never a password), and the
    row chosen in a list (with none chosen, the rows of a short one). Link-like buttons ("Sửa", "Về
    trang chủ") and anything whose `speak` property is False (the toolbar, the demo banner) are not read.
    In a wizard, where the person is in the flow ("… · Câu 3/12") comes last: the question comes first,
    and the step helps only once the question is known.
    """
    if screen is None or not shiboken6.isValid(screen):
        return ""
    return _join(_parts(screen))


def _parts(screen: QWidget) -> list[str]:
    own = getattr(screen, "spoken_text", None)
    if callable(own):
        return [str(own())]
    frame = getattr(screen, "frame", None)
    page_of = getattr(frame, "page", None)
    if isinstance(frame, QWidget) and callable(page_of):
        page = page_of()
        parts = _parts(page) if isinstance(page, QWidget) else []
        where = getattr(frame, "where", None)
        if isinstance(where, QLabel) and where.isVisibleTo(screen):
            parts.append(where.text())
        return parts
    parts = []
    _read_widget(screen, screen, parts)
    return parts


def _read_widget(widget: QWidget, root: QWidget, parts: list[str]) -> None:
    if widget is not root and not widget.isVisibleTo(root):
        return
    if widget.property("speak") is False:
        return
    if isinstance(widget, QLabel) and (
        isinstance(widget, ErrorMessage) or widget.property("role") == "error"
    ):
        message = widget.accessibleDescription() or widget.text()
        if _clean(message):
            parts.append(tr("Lỗi: {message}", message=message))
    elif isinstance(widget, QLabel):
        parts.append(_label_text(widget))
    elif isinstance(widget, QAbstractButton):
        _read_button(widget, parts)
    elif isinstance(widget, QLineEdit):
        if widget.echoMode() == QLineEdit.EchoMode.Normal and widget.text().strip():
            parts.append(tr("Bạn đã nhập: {answer}", answer=widget.text()))
    elif isinstance(widget, QComboBox):
        if widget.currentText():
            parts.append(tr("Đã chọn: {choice}", choice=widget.currentText()))
    elif isinstance(widget, QAbstractSpinBox):
        parts.append(widget.text())
    elif isinstance(widget, QAbstractItemView):
        parts.extend(_list_parts(widget))
    elif isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _read_widget(inner, root, parts)
    else:
        _read_children(widget, root, parts)


def _read_children(widget: QWidget, root: QWidget, parts: list[str]) -> None:
    """Children in their layout's order, then any outside a layout, top to bottom, left to right."""
    seen: list[QWidget] = []
    layout = widget.layout()
    if layout is not None:
        seen += layout_widgets(layout)
    rest = [
        child
        for child in widget.children()
        if isinstance(child, QWidget) and child not in seen and not child.isWindow()
    ]
    rest.sort(key=lambda child: (child.y(), child.x()))
    for child in [*seen, *rest]:
        _read_widget(child, root, parts)


def _label_text(label: QLabel) -> str:
    text = label.text()
    if QtGui.Qt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _read_button(button: QAbstractButton, parts: list[str]) -> None:
    if button.property("link") is True:
        return  # "Sửa", "Về trang chủ", a language: ways to go somewhere, not what the screen says
    text = button.text().replace("\n", ". ")
    if button.isCheckable() and button.isChecked():
        parts.append(tr("{option} (đã chọn)", option=text))
    else:
        parts.append(text)


def _list_parts(view: QAbstractItemView) -> list[str]:
    """The row chosen; with none chosen, the rows of a short list (not 34 provinces)."""
    model = view.model()
    if model is None:
        return []
    index = view.currentIndex()
    if index.isValid() and not _row_hidden(view, index.row()):
        return [tr("Đã chọn: {choice}", choice=str(index.data()))]
    rows = [model.index(row, 0).data() for row in range(model.rowCount()) if not _row_hidden(view, row)]
    if 0 < len(rows) <= SHORT_LIST:
        return [tr("Các lựa chọn: {choices}", choices="; ".join(str(row) for row in rows))]
    return []


def _row_hidden(view: QAbstractItemView, row: int) -> bool:
    is_hidden = getattr(view, "isRowHidden", None)
    return bool(is_hidden(row)) if callable(is_hidden) else False


def _clean(text: str) -> str:
    """Words only: no ✔ ⚠ 🔊 or bullets (an engine spells them out), "·" as a pause, one space."""
    kept = "".join(
        " " if unicodedata.category(c) == "So" or c in _SYMBOLS else ", " if c == "·" else c for c in text
    )
    kept = re.sub(r"\s+", " ", kept).strip()
    kept = re.sub(r"\s+,", ",", kept).strip(" ,")
    return kept if any(c.isalnum() for c in kept) else ""


def _join(parts: Sequence[str]) -> str:
    sentences = []
    for part in parts:
        clean = _clean(part)
        if clean:
            sentences.append(clean if clean[-1] in _SENTENCE_END else clean + ".")
    return " ".join(sentences)


def pronounceable(text: str) -> str:
    """How an engine should get `text`: a long number (CCCD, phone, dossier code) digit by digit, as a
    person reads one out, not as "một trăm tỷ…"."""
    return re.sub(r"\d{5,}", lambda match: " ".join(match.group()), text)


# --- the reader ---------------------------------------------------------------------------------------
class Reader(QObject):
    """Reads screens and lines aloud through a `Voice`, or does nothing when there is none.

    `available` is False with no voice, or none for the visit's language (`set_language`): the
    "Đọc to" button hides then (`available_changed`). With `auto` on, every new screen is read, and in
    a wizard every new page (when its frame has a `page_changed` signal).
    """

    available_changed = Signal(bool)

    def __init__(self, voice: Voice | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.auto = False
        self._voice: Voice | None = None
        self._language = i18n.language()
        self._language_ok = False
        self._screen: QWidget | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # once the screen has settled (its first page set, laid out)
        self._soon.timeout.connect(self._read_current)
        self.set_voice(voice)

    @property
    def available(self) -> bool:
        return self._voice is not None and self._language_ok

    @property
    def voice(self) -> Voice | None:
        return self._voice

    def set_voice(self, voice: Voice | None) -> None:
        """Uses `voice` from now on (e.g. once `open_voice_later` found one); None: no speech."""
        was = self.available
        if self._voice is not None and self._voice is not voice:
            self._voice.stop()
        self._voice = voice
        self._language_ok = voice is not None and voice.set_language(self._language)
        if self.available != was:
            self.available_changed.emit(self.available)

    def set_language(self, code: str) -> bool:
        """The visit's language changed: speak it, or hide the button if there is no voice for it."""
        was = self.available
        self._language = code
        if self._voice is not None:
            self._voice.stop()
            self._language_ok = self._voice.set_language(code)
        if self.available != was:
            self.available_changed.emit(self.available)
        return self.available

    def read(self, screen: QWidget | None) -> None:
        """Reads `screen` aloud now (the "Đọc to" button)."""
        if not self.available or screen is None:
            return
        text = spoken_text(screen)
        if text:
            self.say(text)

    def screen_shown(self, screen: QWidget) -> None:
        """A new screen is on show: read it if `auto` (else hush what was said of the last one). In a
        wizard, each new page counts as a new screen when its frame has a `page_changed` signal."""
        if screen is not self._screen:
            self._screen = screen
            frame = getattr(screen, "frame", None)
            page_changed = getattr(frame, "page_changed", None)
            if page_changed is not None and hasattr(page_changed, "connect"):
                page_changed.connect(self._page_changed)
        self._page_changed()

    @Slot()
    def _page_changed(self) -> None:
        if not self.available or self._voice is None:
            return
        if self.auto:
            self._soon.start()
        else:
            self._voice.stop()  # what was being read was about the screen before

    def _read_current(self) -> None:
        screen = self._screen
        if screen is not None and shiboken6.isValid(screen):
            self.read(screen)

    def say(self, text: str) -> None:
        """Says one line (e.g. the idle warning's question), whether or not `auto` is on."""
        if self.available and text and self._voice is not None:
            self._voice.say(text)

    def stop(self) -> None:
        """Silence at once, and nothing queued: a visit ended, its answers are not read on."""
        self._soon.stop()
        self._screen = None
        if self._voice is not None:
            self._voice.stop()

    def close(self) -> None:
        """The kiosk is closing: stops, and lets the engine go."""
        self.stop()
        close = getattr(self._voice, "close", None)
        if callable(close):
            close()


class ReadAloudButton(BigButton):
    """ "🔊 Đọc to": reads what is on screen. Hidden while there is nothing to read it with."""

    def __init__(self, reader: Reader, current_screen: Callable[[], QWidget | None]) -> None:
        super().__init__(tr("🔊  Đọc to"))
        self.setProperty("speak", False)
        # A tap reads the screen; focus stays where it was (the answer being typed).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retranslate()
        # Only the connections hold the reader and `current_screen` (which often holds the kiosk): an
        # attribute would make a reference cycle, and Python's collector would then destroy the whole
        # window at some random moment, possibly while Qt is inside it.
        self.clicked.connect(lambda: reader.read(current_screen()))
        reader.available_changed.connect(self.setVisible)
        self.setVisible(reader.available)

    def retranslate(self) -> None:
        self.setText(tr("🔊  Đọc to"))
        self.setAccessibleName(tr("Đọc to"))
        self.setAccessibleDescription(tr("Đọc to câu hỏi, lời hướng dẫn và lỗi trên màn hình"))


# --- the real voice: Qt TextToSpeech on a thread of its own ----------------------------------------------
def _language_code(locale: QLocale) -> str:
    return QLocale.languageToCode(locale.language())


def _candidates(engines: Sequence[str] | None) -> list[str]:
    if engines is not None:
        return list(engines)
    from PySide6.QtTextToSpeech import QTextToSpeech

    found = [e for e in QTextToSpeech.availableEngines() if e not in NOT_A_VOICE]
    return sorted(found, key=lambda e: (PREFERRED_ENGINES.index(e) if e in PREFERRED_ENGINES else 99, e))


@dataclass
class _Opening:
    """What the speech thread found, handed to the GUI thread (plain Python: safe to read from both)."""

    done: threading.Event = field(default_factory=threading.Event)
    engine: str = ""  # "" when none would do
    locales: dict[str, QLocale] = field(default_factory=dict)  # language code -> locale to ask for


class _Probe(QObject):
    """Lives on the speech thread: tries the engines in turn until one speaks the wanted language.

    Everything that may talk to the engine's daemon is queued to the engine object, never called from
    Python: a queued call runs in C++ without the GIL, so a daemon that never answers stalls only this
    thread, not the window."""

    finished = Signal()

    def __init__(self, tts: QTextToSpeech, engines: list[str], language: str, opening: _Opening) -> None:
        super().__init__()
        self.tts = tts
        self.engines = engines
        self.language = language
        self.opening = opening

    @Slot()
    def start(self) -> None:
        self._try_next()

    def _try_next(self) -> None:
        if not self.engines:
            self._finish("", {})
            return
        engine = self.engines.pop(0)
        QMetaObject.invokeMethod(
            self.tts, "setEngine", Qt.ConnectionType.QueuedConnection, Q_ARG(str, engine)
        )

    @Slot(str)
    def engine_changed(self, engine: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not engine or self.tts.state() == QTextToSpeech.State.Error:
            self._try_next()
            return
        locales: dict[str, QLocale] = {}
        for locale in self.tts.availableLocales():  # the engine's own list: no round trip to a daemon
            if locale.language() == QLocale.Language.C:
                continue
            code = _language_code(locale)
            if code not in locales or locale.territory() == QLocale(code).territory():  # vi_VN, en_US
                locales[code] = locale
        if self.language not in locales:
            log.info("speech: engine %s has no voice for %s", engine, self.language)
            self._try_next()
            return
        self._finish(engine, locales)

    def _finish(self, engine: str, locales: dict[str, QLocale]) -> None:
        self.opening.engine, self.opening.locales = engine, locales
        self.opening.done.set()
        self.finished.emit()

    @Slot()
    def shut_down(self) -> None:
        """The last queued call: this probe and the engine object are destroyed on this thread (the
        engine's destructor, which may talk to its daemon, runs in C++ there); the thread's loop ends
        when the engine object is gone."""
        self.deleteLater()
        self.tts.deleteLater()


class _SpeechThread(threading.Thread):
    """A thread of the process (not a QThread) running a Qt event loop for the engine object.

    Not a QThread on purpose: should the engine never answer, this thread simply goes with the
    process, whereas destroying a running QThread (PySide destroys every QObject it owns at exit)
    aborts the process. For the same reason what lives here is owned by the thread's own C++ QThread
    object, not by Python: nothing destroys it from another thread while it may be stuck."""

    def __init__(self) -> None:
        super().__init__(name="speech", daemon=True)
        self._ready = threading.Event()
        self.qthread: QThread | None = None
        self.loop: QEventLoop | None = None

    def run(self) -> None:
        self.qthread = QThread.currentThread()
        self.loop = QEventLoop(self.qthread)
        self._ready.set()
        self.loop.exec()  # in C++, without the GIL, until the engine object is destroyed

    def start_loop(self) -> QThread:
        self.start()
        self._ready.wait()
        assert self.qthread is not None
        return self.qthread

    def adopt(self, *objects: QObject) -> None:
        """Moves `objects` onto this thread, owned by it."""
        assert self.qthread is not None
        for thing in objects:
            thing.moveToThread(self.qthread)
            thing.setParent(self.qthread)


_OPEN: set[QtVoice] = set()


class QtVoice(QObject):
    """A `Voice` over Qt TextToSpeech; make one with `open_voice()` or `open_voice_later()`.

    The engine object lives on a thread of its own from the start; this object, on the GUI thread, only
    queues calls to it and never waits for one."""

    opened = Signal(bool)  # the engine answered: True if it speaks the language asked for
    speaking_changed = Signal(bool)

    def __init__(self, language: str = "vi", engines: Sequence[str] | None = None) -> None:
        super().__init__()
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.language = language
        self._closed = False
        self._started = False
        self._opening = _Opening()
        self._tts = QTextToSpeech("none")  # no engine yet: the thread opens one
        self._probe = _Probe(self._tts, _candidates(engines), language, self._opening)
        self._tts.engineChanged.connect(self._probe.engine_changed)
        self._tts.stateChanged.connect(self._state_changed)
        self._probe.finished.connect(self._probe_finished)
        self._thread = _SpeechThread()
        self._thread.start_loop()
        assert self._thread.loop is not None
        self._tts.destroyed.connect(self._thread.loop.quit)
        self._thread.adopt(self._tts, self._probe)
        _OPEN.add(self)
        QMetaObject.invokeMethod(self._probe, "start", Qt.ConnectionType.QueuedConnection)

    # -- opening -----------------------------------------------------------------------------------
    @property
    def answered(self) -> bool:
        """The engines have been tried (whether or not one would do)."""
        return self._opening.done.is_set()

    @property
    def is_open(self) -> bool:
        """An engine answered and speaks the language asked for; not closed since."""
        return self.answered and bool(self._opening.engine) and not self._closed

    @property
    def engine(self) -> str:
        return self._opening.engine if self.answered else ""

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._opening.locales) if self.answered else frozenset()

    def wait_open(self, seconds: float) -> bool:
        """Waits (at most `seconds`) for the engine to answer; True if it is open."""
        self._opening.done.wait(seconds)
        if self.is_open:
            self._start_speaking()
        return self.is_open

    def _probe_finished(self) -> None:
        if self._closed:
            return
        if self.is_open:
            self._start_speaking()
        self.opened.emit(self.is_open)

    def _start_speaking(self) -> None:
        if self._started:
            return
        self._started = True
        log.info("speech: engine %s, languages %s", self.engine, ", ".join(sorted(self.languages)))
        self._call("setRate", Q_ARG(float, RATE))
        self._set_locale(self.language)

    # -- Voice ---------------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        if self.is_open and text:
            self._call("say", Q_ARG(str, pronounceable(text)))

    def stop(self) -> None:
        if self.is_open:
            self._call("stop")

    def set_language(self, code: str) -> bool:
        if not self.is_open or code not in self._opening.locales:
            return False
        if code != self.language:
            self.language = code
            self._set_locale(code)
        return True

    def _set_locale(self, code: str) -> None:
        self._call("setLocale", Q_ARG(QLocale, self._opening.locales[code]))

    def _call(self, method: str, *args: QGenericArgumentHolder) -> None:
        QMetaObject.invokeMethod(self._tts, method, Qt.ConnectionType.QueuedConnection, *args)

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)

    # -- closing -------------------------------------------------------------------------------------
    def close(self, wait_ms: int = CLOSE_WAIT_MS) -> None:
        """Stops speaking and ends the engine's thread (waiting at most `wait_ms`). An engine that does
        not answer is left behind, to end with the process, rather than hold up the kiosk."""
        if self._closed:
            return
        self._closed = True
        _OPEN.discard(self)
        self._call("stop")
        QMetaObject.invokeMethod(self._probe, "shut_down", Qt.ConnectionType.QueuedConnection)
        self._thread.join(wait_ms / 1000)
        if self._thread.is_alive():
            log.warning("speech: the engine does not answer; it is left to end with the process")


@atexit.register
def _close_all() -> None:
    for voice in list(_OPEN):
        voice.close(wait_ms=500)


def open_voice(
    language: str = "vi", *, engines: Sequence[str] | None = None, wait_s: float = OPEN_WAIT_S
) -> QtVoice | None:
    """The platform's voice for `language`, or None: no engine, no voice for the language, or no answer
    within `wait_s` (the engine is then let go in the background). Never raises; waits at most `wait_s`
    (about 2 s with speech-dispatcher; `open_voice_later` does not wait at all).

    `engines` is for tests (e.g. Qt's "mock" engine); by default every installed engine but "mock" is
    tried, speech-dispatcher and SAPI first. Needs a QApplication.
    """
    try:
        voice = QtVoice(language, engines)
    except Exception:  # no QtTextToSpeech in this build: the kiosk works without
        log.warning("speech: text to speech cannot start", exc_info=True)
        return None
    if voice.wait_open(wait_s):
        return voice
    if voice.answered:
        log.info("speech: no engine speaks %s; reading aloud is off", language)
        voice.close()
    else:
        log.warning("speech: no answer from the engine within %s s; reading aloud is off", wait_s)
        voice.opened.connect(lambda _ok: voice.close())  # should it answer later, let it go
    return None


def open_voice_later(
    ready: Callable[[QtVoice | None], None], language: str = "vi", *, engines: Sequence[str] | None = None
) -> None:
    """Opens the platform's voice without waiting: `ready(voice or None)` is called on the GUI thread
    once the engine has answered (never, if it never answers). Never raises."""
    try:
        voice = QtVoice(language, engines)
    except Exception:
        log.warning("speech: text to speech cannot start", exc_info=True)
        ready(None)
        return

    def opened(ok: bool) -> None:
        if ok:
            ready(voice)
        else:
            voice.close()
            ready(None)

    voice.opened.connect(opened)
