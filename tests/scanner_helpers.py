"""Helpers for tests that play a 2D scanner in keyboard mode, or a person, into the real UI."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

CCCD_QR = (
    "001156012345||NGUYỄN THỊ HOÀ|05091956|Nữ|Số 12 ngõ 34, Phường Điện Biên, Quận Ba Đình, Hà Nội|01012021"
)


class FakeClock:
    """A clock in milliseconds that moves only when told: timing decisions become deterministic."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


def key(widget: QWidget, char: str, *, key: int = 0, timestamp: int = 0) -> None:
    """One press and release carrying `char` (never `qtbot.keyClicks`: it aborts on non-ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        if timestamp:
            event.setTimestamp(timestamp)
        QApplication.sendEvent(widget, event)


def keys(widget: QWidget, text: str, *, clock: FakeClock | None = None, gap_ms: float = 0) -> None:
    """Types `text` one character at a time, moving `clock` by `gap_ms` before each key."""
    for char in text:
        if clock is not None:
            clock.advance(gap_ms)
        key(widget, char)


def scan(widget: QWidget, text: str, *, clock: FakeClock | None = None, gap_ms: float = 5) -> None:
    """What a scanner in keyboard mode types: the QR text, fast, then Enter (as CR)."""
    keys(widget, text, clock=clock, gap_ms=gap_ms)
    if clock is not None:
        clock.advance(gap_ms)
    key(widget, "\r", key=Qt.Key.Key_Return)
