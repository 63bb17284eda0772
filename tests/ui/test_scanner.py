"""A scanner's burst of keys is recognised by its timing and never typed into the focused field."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import partial

import pytest
import zxingcpp
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from scanner_helpers import CCCD_QR, FakeClock, key, keys, scan

from kiosk.ui.camera import camera_available, decode_qr_image
from kiosk.ui.scanner import ScannerBurst

HUMAN_MS = 120


class KeyCounter(QObject):
    """Counts the key events that reach a widget (after the application's filters)."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0
        self.releases = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.presses += 1
        elif event.type() == QEvent.Type.KeyRelease:
            self.releases += 1
        return False


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def burst(qapp: QApplication, clock: FakeClock) -> Iterator[ScannerBurst]:
    recogniser = ScannerBurst(clock=clock)
    recogniser.install(qapp)
    yield recogniser
    recogniser.discard()
    recogniser.uninstall()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def has_text(field: QLineEdit, text: str) -> bool:
    return field.text() == text


def record(burst: ScannerBurst) -> list[str]:
    seen: list[str] = []
    burst.scanned.connect(seen.append)
    return seen


def test_burst_is_recognised_and_not_typed(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    counter = KeyCounter()
    field.installEventFilter(counter)
    returns: list[bool] = []
    field.returnPressed.connect(lambda: returns.append(True))

    scan(field, CCCD_QR, clock=clock, gap_ms=5)

    assert seen == [CCCD_QR]
    assert field.text() == ""
    assert (counter.presses, counter.releases, returns) == (0, 0, [])
    assert burst.holding == 0


def test_burst_ended_by_a_bare_cr_character(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    keys(field, CCCD_QR + "\r", clock=clock, gap_ms=5)  # key code 0, text "\r", as some helpers send
    assert seen == [CCCD_QR]
    assert field.text() == ""


def test_nfd_burst_comes_out_nfc(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    decomposed = unicodedata.normalize("NFD", CCCD_QR)
    assert decomposed != CCCD_QR
    scan(field, decomposed, clock=clock, gap_ms=5)
    assert seen == [CCCD_QR]
    assert field.text() == ""


def test_cr_lf_suffix_leaves_nothing_behind(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    counter = KeyCounter()
    field.installEventFilter(counter)
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    clock.advance(3)
    key(field, "\n")
    assert seen == [CCCD_QR]
    assert (counter.presses, counter.releases) == (0, 0)


def test_shift_between_a_scanners_capitals_does_not_break_the_burst(
    burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    seen = record(burst)
    for char in CCCD_QR:
        clock.advance(4)
        if char.isupper():
            shift = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
            QApplication.sendEvent(field, shift)
        key(field, char)
    clock.advance(4)
    key(field, "\r", key=Qt.Key.Key_Return)
    assert seen == [CCCD_QR]
    assert field.text() == ""


def test_human_typing_passes_through_in_order(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    seen = record(burst)
    keys(field, "Nguyễn", clock=clock, gap_ms=HUMAN_MS)
    # Every key but the last was delivered when the next one came; the last one after one gap interval.
    assert field.text() == "Nguyễ"
    qtbot.waitUntil(lambda: field.text() == "Nguyễn", timeout=1000)
    assert seen == []


def test_human_typing_in_real_time_reaches_the_field(
    qtbot: QtBot, qapp: QApplication, field: QLineEdit
) -> None:
    recogniser = ScannerBurst()  # the real clock
    recogniser.install(qapp)
    try:
        seen = record(recogniser)
        for count, char in enumerate("Nguyễn", start=1):
            key(field, char)
            qtbot.waitUntil(partial(has_text, field, "Nguyễn"[:count]), timeout=1000)
            qtbot.wait(20)
        assert field.text() == "Nguyễn"
        assert seen == []
    finally:
        recogniser.uninstall()


def test_real_fast_burst_is_recognised(qapp: QApplication, field: QLineEdit) -> None:
    # Synchronous sendEvents are microseconds apart; a generous gap keeps this sure on a loaded machine.
    recogniser = ScannerBurst(gap_ms=150)
    recogniser.install(qapp)
    try:
        seen = record(recogniser)
        scan(field, CCCD_QR)
        assert seen == [CCCD_QR]
        assert field.text() == ""
    finally:
        recogniser.uninstall()


def test_window_system_timestamps_rule_over_processing_time(qapp: QApplication, field: QLineEdit) -> None:
    """Keys processed at once after a busy spell still count as a person's when pressed 120 ms apart."""
    recogniser = ScannerBurst()
    recogniser.install(qapp)
    try:
        seen = record(recogniser)
        for index, char in enumerate("0123456789012345678901234"):
            key(field, char, timestamp=10_000 + HUMAN_MS * index)
        key(field, "\r", key=Qt.Key.Key_Return, timestamp=10_000 + HUMAN_MS * 25)
        assert seen == []
        assert field.text() == "0123456789012345678901234"
    finally:
        recogniser.uninstall()


def test_fast_short_sequence_is_replayed(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    seen = record(burst)
    counter = KeyCounter()
    field.installEventFilter(counter)
    keys(field, "Hà ", clock=clock, gap_ms=5)
    assert field.text() == ""  # held back: it could still become a burst
    qtbot.waitUntil(lambda: field.text() == "Hà ", timeout=1000)
    assert seen == []
    assert (counter.presses, counter.releases) == (3, 3)


def test_short_sequence_then_enter_is_typing(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    returns: list[bool] = []
    field.returnPressed.connect(lambda: returns.append(True))
    scan(field, "0011560", clock=clock, gap_ms=5)
    assert field.text() == "0011560"  # delivered before the Enter, which passes through
    assert returns == [True]
    assert seen == []


def test_burst_without_enter_is_handed_back(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    seen = record(burst)
    keys(field, CCCD_QR[:40], clock=clock, gap_ms=5)
    qtbot.waitUntil(lambda: field.text() == CCCD_QR[:40], timeout=1000)
    assert seen == []


def test_mixed_typing_burst_typing(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    seen = record(burst)
    keys(field, "Hà", clock=clock, gap_ms=HUMAN_MS)
    clock.advance(HUMAN_MS)
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    keys(field, " Nội", clock=clock, gap_ms=HUMAN_MS)
    qtbot.waitUntil(lambda: field.text() == "Hà Nội", timeout=1000)
    assert seen == [CCCD_QR]


def test_burst_right_after_human_key(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    """A person's key still held when a scan starts goes to the field; the scan does not."""
    seen = record(burst)
    keys(field, "x", clock=clock, gap_ms=HUMAN_MS)
    clock.advance(HUMAN_MS)
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    assert seen == [CCCD_QR]
    assert field.text() == "x"


def test_two_bursts_in_a_row(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    clock.advance(800)
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    assert seen == [CCCD_QR, CCCD_QR]
    assert field.text() == ""


def test_input_method_commit_passes_untouched_and_in_order(
    burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    keys(field, "Ng", clock=clock, gap_ms=5)  # held
    commit = QInputMethodEvent()
    commit.setCommitString("uyễn")
    QApplication.sendEvent(field, commit)
    assert field.text() == "Nguyễn"


def test_editing_keys_keep_their_place(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    keys(field, "abc", clock=clock, gap_ms=5)
    clock.advance(5)
    key(field, "\b", key=Qt.Key.Key_Backspace)
    assert field.text() == "ab"


def test_disabled_lets_everything_through(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    seen = record(burst)
    burst.enabled = False
    assert not burst.enabled
    keys(field, CCCD_QR[:30], clock=clock, gap_ms=5)
    assert field.text() == CCCD_QR[:30]  # at once, nothing held
    burst.enabled = True
    field.clear()
    scan(field, CCCD_QR, clock=clock, gap_ms=5)
    assert seen == [CCCD_QR]
    assert field.text() == ""


def test_disabling_delivers_what_is_held(burst: ScannerBurst, clock: FakeClock, field: QLineEdit) -> None:
    keys(field, "ab", clock=clock, gap_ms=5)
    burst.enabled = False
    assert field.text() == "ab"


def test_discard_forgets_held_keys(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    keys(field, CCCD_QR[:10], clock=clock, gap_ms=5)
    burst.discard()
    qtbot.wait(100)
    assert field.text() == ""
    assert burst.holding == 0


def test_keys_go_back_to_the_widget_they_were_meant_for(
    qtbot: QtBot, burst: ScannerBurst, clock: FakeClock, field: QLineEdit
) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    keys(field, "ab", clock=clock, gap_ms=5)
    other.setFocus()
    keys(other, "cd", clock=clock, gap_ms=5)
    qtbot.waitUntil(lambda: other.text() == "cd", timeout=1000)
    assert field.text() == "ab"


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        ScannerBurst(gap_ms=0)
    with pytest.raises(ValueError):
        ScannerBurst(min_length=1)


# -- camera ---------------------------------------------------------------------------------------


def qr_image(text: str) -> QImage:
    import qrcode

    code = qrcode.QRCode(border=4, box_size=6)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    matrix = code.get_matrix()
    box = 6
    image = QImage(len(matrix[0]) * box, len(matrix) * box, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * box, y * box, box, box, QColor("black"))
    painter.end()
    return image


def test_camera_available_answers_without_raising(qapp: QApplication) -> None:
    assert camera_available() in (True, False)


def test_camera_frames_decode_to_nfc_text(qapp: QApplication) -> None:
    assert zxingcpp is not None
    image = qr_image(unicodedata.normalize("NFD", CCCD_QR))
    assert decode_qr_image(image) == [CCCD_QR]
    assert decode_qr_image(QImage()) == []
