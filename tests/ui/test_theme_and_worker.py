"""The theme's sizes follow the screen; background work answers on the GUI thread, never to a dead screen."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from kiosk.ui import theme
from kiosk.ui.worker import run_in_background


def test_body_text_is_28_px_on_a_1080_screen_and_scales_with_it(qapp: QApplication) -> None:
    theme.apply_theme(qapp, 1080)
    assert qapp.font().pixelSize() == 28
    assert theme.heading_font().pixelSize() == 44
    theme.apply_theme(qapp, 1920)  # a portrait kiosk, 1080x1920
    assert qapp.font().pixelSize() == round(28 * 1920 / 1080)
    theme.apply_theme(qapp, 800)  # a laptop
    assert qapp.font().pixelSize() == round(28 * 800 / 1080)
    theme.apply_theme(qapp, 1080)


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
