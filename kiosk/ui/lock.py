"""Kiosk mode's lock: the keys that close or quit do nothing, and the window refuses to close.

`KioskLock` is an application-wide event filter. It swallows Esc, Alt+F4, Ctrl+F4, Ctrl+Q, Ctrl+W (with or
without Shift), the platform's Quit and Close shortcuts and the keyboard's Close/Exit keys, both as key
presses and as shortcut overrides (so no QShortcut or QAction bound to them fires). Every other key —
letters, digits, Enter, Tab, Backspace, the arrows — goes through untouched.

`guard(window)` makes a window ignore close events: the window manager's close button, Alt+F4 after
Alt+Tab, a taskbar's "Close", `window.close()` from code; a minimised window comes back. Only after
`allow_close()` (the admin's "Thoát ứng dụng") does a close go through.

What the operating system keeps for itself (Ctrl+Alt+Del, switching consoles, the window manager's own
keys) no application can refuse: a kiosk machine runs the app in a kiosk session without them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QWindowStateChangeEvent
from PySide6.QtWidgets import QWidget

__all__ = ["KioskLock", "is_leaving_key"]

log = logging.getLogger(__name__)

_KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier
_ALWAYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_PowerOff})
_WITH_CTRL = frozenset({Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4})
_WITH_ALT = frozenset({Qt.Key.Key_F4})


def is_leaving_key(event: QKeyEvent) -> bool:
    """Whether this key would leave, quit or close something in a normal app."""
    key = event.key()
    modifiers = event.modifiers()
    if key in _ALWAYS:
        return True
    if modifiers & (_CTRL | _META) and key in _WITH_CTRL:
        return True
    if modifiers & _ALT and key in _WITH_ALT:
        return True
    if event.type() == QEvent.Type.KeyRelease:
        return False
    return event.matches(QKeySequence.StandardKey.Quit) or event.matches(QKeySequence.StandardKey.Close)


class KioskLock(QObject):
    """Locks kiosk mode. `KioskLock(shell)` guards that window and filters the whole application."""

    def __init__(self, window: QWidget | None = None, *, app: QCoreApplication | None = None) -> None:
        super().__init__(window)
        self._allowed = False
        self._guarded: list[QWidget] = []
        self._app = app or QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        if window is not None:
            self.guard(window)

    @property
    def locked(self) -> bool:
        return not self._allowed

    def guard(self, window: QWidget) -> None:
        """The window refuses to close (and comes back when minimised) until `allow_close()`."""
        if window not in self._guarded:
            window.installEventFilter(self)
            self._guarded.append(window)

    def allow_close(self) -> None:
        """The admin chose to exit: closing keys and close events work from now on."""
        self._allowed = True
        log.info("kiosk lock released by the admin")

    def uninstall(self) -> None:
        """Stops filtering the application and the guarded windows (e.g. when the kiosk shuts down)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
        for window in self._guarded:
            window.removeEventFilter(self)
        self._guarded.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._allowed:
            return False
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and is_leaving_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # "handled here": the shortcut map fires no QShortcut or QAction for it
            return True
        if kind == QEvent.Type.Close and watched in self._guarded and isinstance(event, QCloseEvent):
            event.ignore()  # a close event starts accepted: ignoring it is what keeps the window open
            log.info("kiosk lock: a request to close the window was refused")
            return True
        if (
            kind == QEvent.Type.WindowStateChange
            and watched in self._guarded
            and isinstance(watched, QWidget)
            and isinstance(event, QWindowStateChangeEvent)
            and watched.windowState() & Qt.WindowState.WindowMinimized
        ):
            previous = event.oldState() & ~Qt.WindowState.WindowMinimized
            QTimer.singleShot(0, self, lambda: self._restore(watched, previous))
        return False

    def _restore(self, window: QWidget, state: Qt.WindowState) -> None:
        if self._allowed or not window.windowState() & Qt.WindowState.WindowMinimized:
            return
        window.setWindowState(state | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()
