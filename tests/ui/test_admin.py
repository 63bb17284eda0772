"""The admin's way in: hold the emblem, type the PIN on the pad, use the menu and the settings panel."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.admin_pin import KEYRING_ENTRY, AdminPin
from kiosk.secrets import Secrets
from kiosk.ui.admin import AdminAccess, AdminCorner, AdminMenu
from kiosk.ui.admin_settings import SettingsPanel, kiosk_settings
from kiosk.ui.lock import KioskLock
from kiosk.ui.pin_pad import SET_PIN_COMMAND, PinPrompt
from tests.qt_helpers import button, on_screen_text, unnamed_controls

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)
LEFT = Qt.MouseButton.LeftButton
HOLD_MS = 150


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@dataclass(frozen=True)
class KioskSettings:
    """Stands in for the app's settings: the four the panel edits, and one it must leave alone."""

    mode: str = "kiosk"
    idle_seconds: int | None = None
    palette: str = "normal"
    text_step: int | None = None
    read_aloud: bool = False


class CitizenScreen(QWidget):
    """A window with a text box beneath the overlays, as a citizen's screen would be."""

    def __init__(self) -> None:
        super().__init__()
        self.name_box = QLineEdit()
        self.name_box.setAccessibleName("Họ và tên")
        QVBoxLayout(self).addWidget(self.name_box)


@pytest.fixture
def screen(qtbot: QtBot) -> CitizenScreen:
    window = CitizenScreen()
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def secrets() -> Iterator[Secrets]:
    store = Secrets(service=f"vn.gov.kiosk.test-{uuid.uuid4().hex}")
    yield store
    store.delete(KEYRING_ENTRY)


def click(root: QWidget, name: str) -> None:
    target = button(root, name)
    assert target.isEnabled(), f"{name!r} is greyed out"
    target.click()


def enter_pin(prompt: PinPrompt, digits: str) -> None:
    for digit in digits:
        click(prompt, digit)


def pad_ready(prompt: PinPrompt) -> bool:
    return prompt.isVisible() and prompt.pad.isVisible() and prompt.pad.isEnabled()


# -- the emblem ---------------------------------------------------------------------------------------


def test_holding_the_emblem_asks_for_the_pin(qtbot: QtBot) -> None:
    corner = AdminCorner(hold_ms=HOLD_MS)
    qtbot.addWidget(corner)
    corner.show()
    with qtbot.waitSignal(corner.requested, timeout=3000):
        qtbot.mousePress(corner, LEFT)
    qtbot.mouseRelease(corner, LEFT)


def test_a_tap_on_the_emblem_does_nothing(qtbot: QtBot) -> None:
    corner = AdminCorner(hold_ms=HOLD_MS)
    qtbot.addWidget(corner)
    corner.show()
    with qtbot.assertNotEmitted(corner.requested, wait=HOLD_MS * 3):
        qtbot.mouseClick(corner, LEFT)
        qtbot.mousePress(corner, LEFT)
        qtbot.mouseRelease(corner, LEFT, delay=HOLD_MS // 3)


def test_sliding_off_the_emblem_does_nothing(qtbot: QtBot) -> None:
    corner = AdminCorner(hold_ms=HOLD_MS)
    qtbot.addWidget(corner)
    corner.show()
    with qtbot.assertNotEmitted(corner.requested, wait=HOLD_MS * 3):
        qtbot.mousePress(corner, LEFT)
        qtbot.mouseMove(corner, QPoint(corner.width() * 3, corner.height() * 3))
    assert not corner.holding


def test_the_emblem_is_named_but_not_a_control_to_tab_to(qtbot: QtBot) -> None:
    corner = AdminCorner()
    qtbot.addWidget(corner)
    assert corner.accessibleName() == "Biểu trưng Dịch vụ công"
    assert corner.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not corner.toolTip() and "PIN" not in corner.accessibleDescription()


# -- the PIN pad --------------------------------------------------------------------------------------


@needs_secret_service
def test_a_wrong_pin_says_so_and_the_right_one_opens(screen: QWidget, qtbot: QtBot, secrets: Secrets) -> None:
    AdminPin(secrets).set("2468")
    prompt = PinPrompt(screen, AdminPin(secrets))
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    assert prompt.geometry() == screen.rect()  # the whole window: nothing beneath can be touched
    enter_pin(prompt, "1357")
    assert prompt.dots.text() == "● ● ● ●"
    assert not any("1357" in text for text in on_screen_text(prompt))
    click(prompt, "Xác nhận")
    qtbot.waitUntil(lambda: prompt.error.isVisible())
    assert "Mã PIN không đúng" in prompt.error.message and "2 lần" in prompt.error.message
    assert prompt.dots.text() == ""
    enter_pin(prompt, "24680")
    click(prompt, "⌫")  # takes the 0 back
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        click(prompt, "Xác nhận")
    assert not prompt.isVisible()
    assert unnamed_controls(prompt) == []


@needs_secret_service
def test_three_wrong_pins_make_the_pad_wait(screen: QWidget, qtbot: QtBot, secrets: Secrets) -> None:
    AdminPin(secrets).set("2468")
    clock = FakeClock()
    prompt = PinPrompt(screen, AdminPin(secrets, clock=clock))
    prompt.open()
    for _ in range(3):
        qtbot.waitUntil(lambda: pad_ready(prompt))
        enter_pin(prompt, "1111")
        click(prompt, "Xác nhận")
    qtbot.waitUntil(lambda: "Thử lại sau 30 giây" in prompt.error.message)
    assert not button(prompt, "2").isEnabled() and not button(prompt, "Xác nhận").isEnabled()
    clock.now += 30
    qtbot.waitUntil(lambda: pad_ready(prompt), timeout=3000)
    assert prompt.error.message == ""
    enter_pin(prompt, "2468")
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        click(prompt, "Xác nhận")


def test_too_short_a_pin_is_explained_and_not_counted(screen: QWidget, qtbot: QtBot) -> None:
    prompt = PinPrompt(screen, AdminPin(None, clock=FakeClock()), demo_pin="0000")
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    for _ in range(4):
        enter_pin(prompt, "00")
        click(prompt, "Xác nhận")
        assert "từ 4 đến 8 chữ số" in prompt.error.message
    enter_pin(prompt, "0000")
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        click(prompt, "Xác nhận")


def test_with_no_pin_set_the_prompt_says_how_to_set_one(screen: QWidget, qtbot: QtBot) -> None:
    prompt = PinPrompt(screen, AdminPin(None))
    prompt.open()
    qtbot.waitUntil(prompt.close_button.isVisible)
    assert SET_PIN_COMMAND in prompt.note.text()
    assert [b.text() for b in prompt.findChildren(type(prompt.close_button)) if b.isVisible()] == ["Đóng"]
    with qtbot.waitSignal(prompt.cancelled):
        click(prompt, "Đóng")
    assert not prompt.isVisible()


def test_in_demo_mode_the_demo_pin_opens_when_none_is_set(screen: QWidget, qtbot: QtBot) -> None:
    prompt = PinPrompt(screen, AdminPin(None), demo_pin="0000")
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    assert "0000" in prompt.note.text()
    enter_pin(prompt, "0000")
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        click(prompt, "Xác nhận")


def test_a_keyboard_types_on_the_pad_too(screen: QWidget, qtbot: QtBot) -> None:
    prompt = PinPrompt(screen, AdminPin(None), demo_pin="0000")
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    for key in (Qt.Key.Key_0, Qt.Key.Key_0, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_Backspace, Qt.Key.Key_0):
        qtbot.keyClick(QApplication.focusWidget() or prompt, key)
    assert prompt.dots.text() == "● ● ● ●"
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        qtbot.keyClick(prompt, Qt.Key.Key_Return)


def test_tab_never_leaves_the_pad_for_the_screen_beneath(screen: CitizenScreen, qtbot: QtBot) -> None:
    prompt = PinPrompt(screen, AdminPin(None), demo_pin="0000")
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget() or prompt, Qt.Key.Key_Tab)
        assert prompt.isAncestorOf(QApplication.focusWidget())
    assert not screen.name_box.hasFocus()


def test_cancel_and_silence_close_the_pad_and_forget_the_digits(screen: QWidget, qtbot: QtBot) -> None:
    # Quiet long enough for the pad to get ready on a busy machine (the check runs on a worker thread).
    prompt = PinPrompt(screen, AdminPin(None), demo_pin="0000", quiet_ms=2000)
    prompt.open()
    qtbot.waitUntil(lambda: pad_ready(prompt))
    enter_pin(prompt, "12")
    with qtbot.waitSignal(prompt.cancelled):
        click(prompt, "Huỷ")
    assert prompt.dots.text() == "" and not prompt.isVisible()
    prompt.open()
    with qtbot.waitSignal(prompt.cancelled, timeout=6000):
        pass  # nobody touches it: it closes by itself
    assert not prompt.isVisible()


# -- the menu and the settings ------------------------------------------------------------------------


def test_the_menu_offers_exit_settings_test_print_and_close(screen: QWidget, qtbot: QtBot) -> None:
    menu = AdminMenu(screen)
    for name, signal, stays in (
        ("In thử", menu.test_print_requested, True),
        ("Cài đặt", menu.settings_requested, False),
        ("Thoát ứng dụng", menu.exit_requested, False),
        ("Đóng", menu.closed, False),
    ):
        menu.open()
        assert unnamed_controls(menu) == []
        assert all(b.accessibleDescription() for b in (menu.exit_button, menu.settings_button))
        with qtbot.waitSignal(signal):
            click(menu, name)
        assert menu.isVisible() is stays
    menu.close_menu()


def test_settings_change_with_big_steppers_and_buttons(screen: QWidget, qtbot: QtBot) -> None:
    panel = SettingsPanel(screen, kiosk_settings(text_steps=5, default_text_step=1))
    panel.edit(KioskSettings(mode="desk", idle_seconds=None))
    assert "120 giây" in on_screen_text(panel)  # the fallback for "the mode's default"
    click(panel, "Tăng: Thời gian chờ trước khi hỏi")
    click(panel, "Tăng: Thời gian chờ trước khi hỏi")
    click(panel, "Tương phản cao")
    click(panel, "Tăng: Cỡ chữ khi bắt đầu")
    assert "Cỡ 3 trên 5" in on_screen_text(panel)
    click(panel, "Bật")
    assert unnamed_controls(panel) == []
    assert all(
        b.accessibleDescription() for b in panel.findChildren(type(panel.save_button)) if b.isVisible()
    )
    with qtbot.waitSignal(panel.saved) as saved:
        click(panel, "Lưu")
    assert saved.args == [
        KioskSettings(mode="desk", idle_seconds=180, palette="high_contrast", text_step=2, read_aloud=True)
    ]
    assert not panel.isVisible()


def test_idle_time_stays_between_30_seconds_and_30_minutes(screen: QWidget, qtbot: QtBot) -> None:
    panel = SettingsPanel(screen, kiosk_settings(text_steps=5, default_text_step=1))
    panel.edit({"idle_seconds": 60, "palette": "normal", "text_step": 0, "read_aloud": False, "other": 1})
    click(panel, "Giảm: Thời gian chờ trước khi hỏi")
    assert "30 giây" in on_screen_text(panel)
    assert not button(panel, "Giảm: Thời gian chờ trước khi hỏi").isEnabled()
    panel.edit({"idle_seconds": 1790, "palette": "normal", "text_step": 0, "read_aloud": False, "other": 1})
    click(panel, "Tăng: Thời gian chờ trước khi hỏi")
    assert not button(panel, "Tăng: Thời gian chờ trước khi hỏi").isEnabled()
    with qtbot.waitSignal(panel.saved) as saved:
        click(panel, "Lưu")
    assert saved.args == [
        {"idle_seconds": 1800, "palette": "normal", "text_step": 0, "read_aloud": False, "other": 1}
    ]


def test_cancelled_settings_change_nothing(screen: QWidget, qtbot: QtBot) -> None:
    panel = SettingsPanel(screen, kiosk_settings(text_steps=5, default_text_step=1))
    panel.edit(KioskSettings(idle_seconds=300))
    click(panel, "Tương phản cao")
    with qtbot.assertNotEmitted(panel.saved), qtbot.waitSignal(panel.cancelled):
        click(panel, "Huỷ")


# -- the whole chain ----------------------------------------------------------------------------------


def test_emblem_pin_menu_settings_test_print_exit(screen: QWidget, qtbot: QtBot) -> None:
    corner = AdminCorner(hold_ms=HOLD_MS)
    screen.layout().addWidget(corner)
    current = KioskSettings(idle_seconds=120)
    access = AdminAccess(
        screen,
        corner,
        AdminPin(None),
        settings=lambda: current,
        setting_list=kiosk_settings(text_steps=5, default_text_step=1),
        demo_pin="0000",
    )
    qtbot.mousePress(corner, LEFT)
    qtbot.waitUntil(lambda: pad_ready(access.prompt), timeout=3000)
    qtbot.mouseRelease(corner, LEFT)
    enter_pin(access.prompt, "0000")
    click(access.prompt, "Xác nhận")
    qtbot.waitUntil(access.menu.isVisible, timeout=5000)
    click(access.menu, "Cài đặt")
    assert access.settings_panel.isVisible() and not access.menu.isVisible()
    click(access.settings_panel, "Bật")
    with qtbot.waitSignal(access.settings_saved) as saved:
        click(access.settings_panel, "Lưu")
    assert saved.args == [KioskSettings(idle_seconds=120, read_aloud=True)]
    assert access.menu.isVisible() and "Đã lưu" in access.menu.status.text()
    with qtbot.waitSignal(access.test_print_requested):
        click(access.menu, "In thử")
    with qtbot.waitSignal(access.exit_requested):
        click(access.menu, "Thoát ứng dụng")
    assert not access.busy


def test_in_a_locked_window_only_the_admin_pin_leads_out(qtbot: QtBot) -> None:
    window = QMainWindow()
    corner = AdminCorner(hold_ms=HOLD_MS)
    window.setCentralWidget(corner)
    qtbot.addWidget(window, before_close_func=lambda w: lock.allow_close())
    lock = KioskLock(window)
    access = AdminAccess(
        window,
        corner,
        AdminPin(None),
        settings=lambda: KioskSettings(),
        setting_list=kiosk_settings(text_steps=5, default_text_step=1),
        demo_pin="0000",
    )

    def leave() -> None:
        lock.allow_close()
        window.close()

    access.exit_requested.connect(leave)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not window.close() and window.isVisible()
    qtbot.mousePress(corner, LEFT)
    qtbot.waitUntil(lambda: pad_ready(access.prompt), timeout=3000)
    qtbot.mouseRelease(corner, LEFT)
    enter_pin(access.prompt, "1234")
    click(access.prompt, "Xác nhận")
    qtbot.waitUntil(lambda: access.prompt.error.isVisible(), timeout=5000)
    assert not access.menu.isVisible() and window.isVisible()
    enter_pin(access.prompt, "0000")
    click(access.prompt, "Xác nhận")
    qtbot.waitUntil(access.menu.isVisible, timeout=5000)
    click(access.menu, "Thoát ứng dụng")
    assert not window.isVisible()
