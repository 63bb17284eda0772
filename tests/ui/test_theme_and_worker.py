"""The theme's sizes follow the screen and targets stay 9 mm apart; background work answers on the GUI
thread, never to a dead screen."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, button_row, column
from kiosk.ui.worker import run_in_background


def test_body_text_is_28_px_on_a_1080_screen_and_scales_with_it(qapp: QApplication) -> None:
    theme.apply_theme(qapp, 1080)
    assert qapp.font().pixelSize() == 28
    assert theme.heading_font().pixelSize() == 44
    assert theme.small_font().pixelSize() == 22
    theme.apply_theme(qapp, 1920)  # a screen 1920 px tall
    assert qapp.font().pixelSize() == round(28 * 1920 / 1080)
    theme.apply_theme(qapp, 1920, screen_width=1080)  # a portrait kiosk: a 1920x1080 panel turned
    assert qapp.font().pixelSize() == 28
    theme.apply_theme(qapp, 800)  # a laptop
    assert qapp.font().pixelSize() == round(28 * 800 / 1080)
    theme.apply_theme(qapp, 1080)


@pytest.mark.parametrize(("dpi", "gap_px"), [(96, 36), (102, 37), (160, 57), (60, 36)])
def test_touch_targets_are_at_least_9_mm_apart_however_dense_the_screen(
    qapp: QApplication, dpi: float, gap_px: int
) -> None:
    """A 23" 1080p kiosk has 96 dpi, a 21.5" one 102, a 14" laptop 160; a 37" screen (60 dpi) keeps
    the screen-scaled spacing, which is then more than 9 mm."""
    theme.apply_theme(qapp, 1080, dpi=dpi)
    assert theme.gap() == gap_px
    assert theme.gap() * 25.4 / dpi >= theme.TARGET_GAP_MM
    row = button_row(BigButton("Quay lại"), BigButton("Tiếp tục"))
    assert row.spacing() == gap_px
    theme.apply_theme(qapp, 1080)


@pytest.mark.parametrize("nonsense", [0.0, 10.0, 2000.0])
def test_a_screen_that_reports_a_nonsense_size_counts_as_96_dpi(qapp: QApplication, nonsense: float) -> None:
    theme.apply_theme(qapp, 1080, dpi=nonsense)
    assert theme.dpi() == theme.FALLBACK_DPI
    assert theme.mm_to_px(9) == 35  # 34.02 px, rounded up: never less than 9 mm
    theme.apply_theme(qapp, 1080)


def test_buttons_and_fields_are_at_least_the_target_height(qtbot: QtBot, qapp: QApplication) -> None:
    theme.apply_theme(qapp, 1080)
    button, link, field = BigButton("Tiếp tục"), BigButton("Sửa", link=True), QLineEdit()
    box = QWidget()
    box.setLayout(column(button, link, field))
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    assert button.height() >= theme.BUTTON_HEIGHT_PX
    assert link.height() >= theme.MIN_TARGET_PX
    assert field.height() >= theme.BUTTON_HEIGHT_PX


def test_work_runs_off_the_gui_thread_and_answers_on_it(qapp: QApplication, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is qapp.thread()

    run_in_background(work, done, lambda exc: None)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": False, "result": 42, "gui": True}


def test_a_failure_reaches_the_failure_callback(qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def work() -> None:
        raise TimeoutError("portal too slow")

    run_in_background(work, lambda result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], TimeoutError)


def test_an_answer_for_a_screen_that_is_gone_is_dropped(qtbot: QtBot) -> None:
    screen = QLabel("Đang tải danh sách thủ tục…")
    gate = threading.Event()
    calls: list[object] = []
    run_in_background(lambda: gate.wait(5), calls.append, calls.append, owner=screen)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not isValid(screen))
    gate.set()
    probe: list[object] = []
    run_in_background(lambda: "after", probe.append, probe.append)
    qtbot.waitUntil(lambda: bool(probe))
    qtbot.wait(50)
    assert calls == []


def test_enter_presses_a_focused_big_button(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kiosk.ui.widgets import BigButton

    pressed: list[bool] = []
    big = BigButton("Nộp hồ sơ")
    qtbot.addWidget(big)
    big.clicked.connect(lambda: pressed.append(True))
    big.show()
    big.setFocus()
    QTest.keyClick(big, Qt.Key.Key_Return)
    assert pressed == [True]
