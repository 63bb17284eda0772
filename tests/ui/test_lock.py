"""Kiosk mode cannot be left from the keyboard or the window's close button; the admin's exit can."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.lock import KioskLock
from tests.qt_helpers import type_text

Key = Qt.Key
Mod = Qt.KeyboardModifier


class LeakyWindow(QMainWindow):
    """A window that closes on every usual "leave" key, the way an ordinary app would."""

    def __init__(self) -> None:
        super().__init__()
        frame = QWidget()
        column = QVBoxLayout(frame)
        self.name = QLineEdit()
        self.name.setAccessibleName("Họ và tên")
        self.phone = QLineEdit()
        self.phone.setAccessibleName("Số điện thoại")
        column.addWidget(self.name)
        column.addWidget(self.phone)
        self.setCentralWidget(frame)
        for sequence in ("Ctrl+Q", "Ctrl+W", "Alt+F4", "Ctrl+Shift+Q", "Ctrl+F4"):
            action = QAction(sequence, self)
            action.setShortcut(QKeySequence(sequence))
            action.triggered.connect(self.close)
            self.addAction(action)
        QShortcut(QKeySequence(Key.Key_Escape), self, activated=self.close)
        self.submitted: list[str] = []
        self.name.returnPressed.connect(lambda: self.submitted.append(self.name.text()))


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[LeakyWindow]:
    shown = LeakyWindow()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    shown.name.setFocus()
    yield shown
    for lock in shown.findChildren(KioskLock):
        lock.allow_close()
    shown.close()


LEAVING_KEYS = [
    (Key.Key_Escape, Mod.NoModifier),
    (Key.Key_F4, Mod.AltModifier),
    (Key.Key_Q, Mod.ControlModifier),
    (Key.Key_W, Mod.ControlModifier),
    (Key.Key_Q, Mod.ControlModifier | Mod.ShiftModifier),
    (Key.Key_F4, Mod.ControlModifier),
]


@pytest.mark.parametrize(("key", "modifiers"), LEAVING_KEYS)
def test_without_the_lock_these_keys_close_the_window(
    window: LeakyWindow, qtbot: QtBot, key: Key, modifiers: Mod
) -> None:
    qtbot.keyClick(window.name, key, modifiers)
    assert not window.isVisible()


@pytest.mark.parametrize(("key", "modifiers"), LEAVING_KEYS)
def test_locked_these_keys_do_nothing(window: LeakyWindow, qtbot: QtBot, key: Key, modifiers: Mod) -> None:
    KioskLock(window)
    qtbot.keyClick(window.name, key, modifiers)
    qtbot.keyClick(window, key, modifiers)
    assert window.isVisible()


def test_locked_the_window_refuses_to_close(window: LeakyWindow, qtbot: QtBot) -> None:
    KioskLock(window)
    assert not window.close()
    # The close button of the window manager (or a taskbar's "Close" after Alt+Tab) arrives as a
    # close event on the native window.
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())
    qtbot.wait(20)
    assert window.isVisible()


def test_a_minimised_kiosk_comes_back(window: LeakyWindow, qtbot: QtBot) -> None:
    KioskLock(window)
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.windowState() & Qt.WindowState.WindowMinimized)
    assert window.isVisible()


def test_after_the_admin_exit_the_window_closes(window: LeakyWindow, qtbot: QtBot) -> None:
    lock = KioskLock(window)
    assert not window.close()
    lock.allow_close()
    assert not lock.locked
    qtbot.keyClick(window.name, Key.Key_Q, Mod.ControlModifier)
    assert not window.isVisible()


def test_typing_still_works_when_locked(window: LeakyWindow, qtbot: QtBot) -> None:
    KioskLock(window)
    type_text(window.name, "Nguyễn Thị Hoa")
    qtbot.keyClick(window.name, Key.Key_Backspace)
    qtbot.keyClick(window.name, Key.Key_Backspace)
    type_text(window.name, "ồng")
    assert window.name.text() == "Nguyễn Thị Hồng"
    qtbot.keyClick(window.name, Key.Key_Return)
    assert window.submitted == ["Nguyễn Thị Hồng"]
    qtbot.keyClick(window.name, Key.Key_Tab)
    assert window.phone.hasFocus()
    type_text(window.phone, "0912345678")
    assert window.phone.text() == "0912345678"
    qtbot.keyClick(window.phone, Key.Key_A, Mod.ControlModifier)  # select all, an ordinary shortcut
    assert window.phone.selectedText() == "0912345678"
    assert window.isVisible()


def test_uninstalled_the_lock_lets_everything_through(window: LeakyWindow, qtbot: QtBot) -> None:
    lock = KioskLock(window)
    lock.uninstall()
    qtbot.keyClick(window.name, Key.Key_Escape)
    assert not window.isVisible()
