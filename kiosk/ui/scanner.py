"""A 2D scanner in keyboard mode: recognise its burst of keys by timing and keep it out of the fields.

A handheld scanner reading the QR code of a chip CCCD "types" the whole text, often a hundred
characters, a few milliseconds apart, and ends with Enter. No person types like that. `ScannerBurst`
watches every key press of the application (an application-wide event filter) and:

- holds back each key press that carries text for one gap interval (`gap_ms`), because the first keys
  of a burst look like anyone's typing until more follow;
- if the next key comes later than `gap_ms`, the held keys were a person's: they are replayed, in order,
  to the widget they were meant for (a person sees at most `gap_ms` of lag, too little to notice);
- if at least `min_length` characters came each within `gap_ms` of the last and then Enter, it was a
  scanner: `scanned` is emitted with the text (NFC), the keys and the Enter never reach any widget.

Parsing the text is the caller's job (`kiosk.domain`'s CCCD parser); so is deciding whom it is about.
Input-method commits (Telex/VNI, the on-screen keyboard) pass through untouched.
"""

from __future__ import annotations

import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

Clock = Callable[[], float]
"""Returns the time in milliseconds; only differences matter."""

_WATCHED = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod})
_TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


@dataclass
class _HeldKey:
    """A key press held back while it is not yet known whether a person or a scanner typed it."""

    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    text: str
    released: bool = False

    @property
    def identity(self) -> tuple[int, str]:
        return _identity(self.key, self.text)

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(
            kind,
            self.key,
            self.modifiers,
            self.native_scan_code,
            self.native_virtual_key,
            self.native_modifiers,
            self.text,
            False,
            1,
        )


def _identity(key: int, text: str) -> tuple[int, str]:
    """What pairs a release with its press: the key code, or the text when the key is unknown."""
    if key in (0, Qt.Key.Key_unknown):
        return (0, text)
    return (key, "")


def _is_terminator(event: QKeyEvent) -> bool:
    return event.key() in _TERMINATORS or event.text() in ("\r", "\n", "\r\n")


def _is_text(event: QKeyEvent) -> bool:
    """A key press that types a character: printable text, not a Ctrl/Cmd shortcut (AltGr allowed)."""
    text = event.text()
    if not text or any(unicodedata.category(c) == "Cc" for c in text):
        return False
    modifiers = event.modifiers()
    shortcut = bool(modifiers & _SHORTCUT_MODIFIERS) and not modifiers & Qt.KeyboardModifier.AltModifier
    return not shortcut


class ScannerBurst(QObject):
    """Application-wide recogniser of scanner bursts; see the module text for how it decides."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_ms: float = 40.0,
        min_length: int = 20,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        if gap_ms <= 0 or min_length < 2:
            raise ValueError("gap_ms must be positive and min_length at least 2")
        self.gap_ms = gap_ms
        self.min_length = min_length
        # An injected clock rules alone (tests); otherwise the window system's key timestamps are
        # preferred, as they say when the key was pressed even when the GUI thread was busy.
        self._clock: Clock = clock or _monotonic_ms
        self._use_event_time = clock is None
        self._enabled = True
        self._app: QCoreApplication | None = None
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._last_stamp = 0
        self._burst_ended_at: float | None = None
        self._swallow_release: Counter[tuple[int, str]] = Counter()
        self._replaying = False
        self._deferred = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_pause)

    # -- public API ---------------------------------------------------------------------------------

    def install(self, app: QCoreApplication) -> None:
        """Watches every key event of `app`."""
        if self._app is not None:
            self.uninstall()
        self._app = app
        app.installEventFilter(self)

    def uninstall(self) -> None:
        """Stops watching; held keys are delivered first."""
        self.flush()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        if not value:
            self.flush()
        self._enabled = bool(value)

    @property
    def holding(self) -> int:
        """How many key presses are held back right now."""
        return len(self._held)

    def flush(self) -> None:
        """Delivers the held keys to their widgets now, in order (they were a person's typing)."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if not isValid(item.receiver):
                    continue
                QApplication.sendEvent(item.receiver, item.event(QEvent.Type.KeyPress))
                if item.released:
                    if isValid(item.receiver):
                        QApplication.sendEvent(item.receiver, item.event(QEvent.Type.KeyRelease))
                elif self._swallow_release[item.identity] > 0:
                    self._swallow_release[item.identity] -= 1  # its real release may pass now
        finally:
            self._replaying = False

    def discard(self) -> None:
        """Forgets held keys without delivering them (a session ends: nothing of it may linger)."""
        self._timer.stop()
        self._held.clear()
        self._swallow_release.clear()
        self._burst_ended_at = None

    # -- the filter ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED or self._replaying or not self._enabled:
            return False
        if kind == QEvent.Type.InputMethod:
            self.flush()  # keep the order: held keys first, then the commit, which passes untouched
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False  # the window's copy of a key; the focus widget's copy is the one handled
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(event)
        return self._on_press(watched, event)

    def _on_press(self, receiver: QWidget, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False  # Shift for capitals comes between a scanner's keys too: no break
        if _is_terminator(event):
            return self._on_terminator(event)
        if event.isAutoRepeat() or not _is_text(event):
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and not event.text():
                return False  # Alt+keypad digits composing a character (scanners on Windows)
            self.flush()  # Backspace, arrows, Tab, shortcuts: after the held keys, as typed
            return False
        now, stamp = self._clock(), event.timestamp()
        if self._held and self._gap(now, stamp) > self.gap_ms:
            self.flush()  # the timer has not fired yet (busy loop), but this is a new sequence
        if not self._held and (self._burst_ended_at is None or now - self._burst_ended_at > 1000):
            self._swallow_release.clear()  # releases never seen (synthetic presses) are forgotten
        self._held.append(
            _HeldKey(
                receiver,
                event.key(),
                event.modifiers(),
                event.nativeScanCode(),
                event.nativeVirtualKey(),
                event.nativeModifiers(),
                event.text(),
            )
        )
        self._swallow_release[self._held[-1].identity] += 1
        self._mark(now, stamp)
        self._timer.start(round(self.gap_ms))
        event.accept()
        return True

    def _on_terminator(self, event: QKeyEvent) -> bool:
        now, stamp = self._clock(), event.timestamp()
        if self._held and self._gap(now, stamp) <= self.gap_ms:
            text = "".join(item.text for item in self._held)
            if len(text) >= self.min_length:
                self._timer.stop()
                self._held.clear()
                self._burst_ended_at = now
                self._swallow_release[_identity(event.key(), event.text())] += 1
                self._mark(now, stamp)
                event.accept()
                self.scanned.emit(unicodedata.normalize("NFC", text))
                return True
        elif not self._held and self._burst_ended_at is not None and self._gap(now, stamp) <= self.gap_ms:
            # The LF of a CR LF suffix, right after a burst's Enter.
            self._swallow_release[_identity(event.key(), event.text())] += 1
            self._mark(now, stamp)
            event.accept()
            return True
        self.flush()
        return False

    def _on_release(self, event: QKeyEvent) -> bool:
        identity = _identity(event.key(), event.text())
        if self._swallow_release[identity] <= 0:
            return False
        self._swallow_release[identity] -= 1
        for item in self._held:
            if item.identity == identity and not item.released:
                item.released = True
                break
        event.accept()
        return True

    # -- timing -------------------------------------------------------------------------------------

    def _gap(self, now: float, stamp: int) -> float:
        """Milliseconds since the last key: by the window system's timestamps when both keys have one."""
        if self._use_event_time and stamp and self._last_stamp and stamp >= self._last_stamp:
            return float(stamp - self._last_stamp)
        return now - self._last_at

    def _mark(self, now: float, stamp: int) -> None:
        self._last_at, self._last_stamp = now, stamp
        self._deferred = False

    def _on_pause(self) -> None:
        """No key for `gap_ms`: what is held was typed by a person (or is a burst with no Enter)."""
        if not self._held:
            return
        late = self._clock() - self._last_at > 3 * self.gap_ms
        if late and not self._deferred:
            # The GUI thread was busy: the rest of a burst may be queued behind this timer. Let it in.
            self._deferred = True
            self._timer.start(round(self.gap_ms))
            return
        self.flush()
