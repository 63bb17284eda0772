"""Reading aloud ("Đọc to"): what a person hears on each screen, in their language, and never a failure
when the kiosk has no voice. The kiosk speaks into a recording voice here: no sound device needed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from kiosk_driver import WAIT_MS, Person, add_every_paper, answer_current_page, register_citizen
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import type_text
from speech_helpers import RecordingVoice

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.portal.errors import PortalRejected
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.ui.speech import (
    QtVoice,
    ReadAloudButton,
    Reader,
    open_voice,
    open_voice_later,
    pronounceable,
    spoken_text,
)
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.dossier import ProcedurePage
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.review_page import ReviewPage
from kiosk.wizards.texts import localized

CATALOG = load_catalog()
PASSWORD = "matkhau-2026"
QUESTION = "Số căn cước của bạn là gì?"
HELP = "Số gồm 12 chữ số, in ở mặt trước thẻ căn cước (CCCD)."
NOT_ANSWERED = "Bạn chưa trả lời câu hỏi này."
IDLE_QUESTION = "Bạn có cần thêm thời gian không?"
NAME = "Hoàng Thị Lụa"


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


def start_kiosk(qapp: QApplication, qtbot: QtBot, url: str, folder: Path, **options: Any) -> Kiosk:
    theme.apply_theme(qapp, 1080)
    k = Kiosk(url, CATALOG, demo=True, journal=Journal(folder / "journal.sqlite3"), **options)
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    return k


@pytest.fixture
def kiosk(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path, voice: RecordingVoice
) -> Iterator[Kiosk]:
    k = start_kiosk(qapp, qtbot, sandbox_url, tmp_path, voice=voice)
    yield k
    k.shutdown()
    k.journal.close()


def read_aloud(p: Person, voice: RecordingVoice) -> str:
    """Taps "Đọc to" and returns what was said for it."""
    before = len(voice.spoken)
    p.tap(p.kiosk.read_button.accessibleName())
    assert len(voice.spoken) == before + 1
    return voice.last


# --- on the real screens ----------------------------------------------------------------------------
def test_read_aloud_says_the_question_and_its_help_then_the_error_and_what_was_typed(
    kiosk: Kiosk, qtbot: QtBot, voice: RecordingVoice
) -> None:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Tạo tài khoản")
    said = read_aloud(p, voice)
    assert QUESTION in said and HELP in said
    assert said.index(QUESTION) < said.index(HELP)  # in reading order
    assert voice.spoken[-1].language == "vi"
    # The toolbar, the demo banner and the buttons that only move on are not read.
    for noise in ("THỬ NGHIỆM", "Tương phản", "Đọc to", "Tiếp tục", "Quay lại", "Về trang chủ"):
        assert noise not in said

    p.tap("Tiếp tục")  # nothing typed
    said = read_aloud(p, voice)
    assert f"Lỗi: {NOT_ANSWERED}" in said
    assert said.index(QUESTION) < said.index(HELP) < said.index("Lỗi:")

    p.answer("id_number", "0011 5601 234")  # 11 digits
    said = read_aloud(p, voice)
    assert "Lỗi:" in said and "12 chữ số" in said and NOT_ANSWERED not in said
    assert "Bạn đã nhập: 0011 5601 234" in said


def test_a_tap_on_read_aloud_leaves_the_answer_box_focused(
    kiosk: Kiosk, qtbot: QtBot, voice: RecordingVoice
) -> None:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Tạo tài khoản")
    page = p.page
    assert isinstance(page, QuestionPage)
    line = page.inputs["id_number"].line
    assert line is not None
    type_text(line, "0011")
    assert QApplication.focusWidget() is line
    QTest.mouseClick(kiosk.read_button, Qt.MouseButton.LeftButton)  # a finger, not a call
    assert "Bạn đã nhập: 0011" in voice.last
    assert QApplication.focusWidget() is line  # the person types on where they were


def test_an_english_visit_is_read_in_english_and_the_button_hides_without_an_english_voice(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path
) -> None:
    english = RecordingVoice()
    k = start_kiosk(qapp, qtbot, sandbox_url, tmp_path, voice=english)
    try:
        p = Person(k, qtbot, "NFC")
        p.tap("English")
        p.tap("Create an account")
        said = read_aloud(p, english)
        assert "What is your ID number?" in said and QUESTION not in said
        assert english.spoken[-1].language == "en"
    finally:
        k.shutdown()
        k.journal.close()

    vietnamese_only = RecordingVoice(languages=("vi",))
    k = start_kiosk(qapp, qtbot, sandbox_url, tmp_path, voice=vietnamese_only)
    try:
        p = Person(k, qtbot, "NFC")
        assert k.read_button.isVisible()
        p.tap("English")
        assert not k.read_button.isVisible()  # no voice for English: no button that says nothing
        p.tap("Tiếng Việt")
        assert k.read_button.isVisible()
    finally:
        k.shutdown()
        k.journal.close()


def new_citizen(portal_url: str) -> str:
    for _ in range(5):
        number = f"001158{uuid.uuid4().int % 10**6:06d}"
        try:
            register_citizen(portal_url, number, PASSWORD, full_name=NAME, birth_date=date(1958, 4, 2))
        except PortalRejected:  # that number has an account already: draw another
            continue
        return number
    raise AssertionError("no free CCCD number for a new account")


ANSWERS: dict[str, object] = {
    ".birth_date": "15/06/1988",
    "date": "02/01/2020",
    "year": "1990",
    "number": "2",
    "person_name": "Trần Bảo Ngọc",
    "text": "Trạm y tế xã Đông Hòa",
    "cccd": "036188012345",
    "phone": "0912345678",
    "email": "nguyenthilua@gmail.com",
    "address": ("ha noi", "ba dinh", "Số 12 ngõ 34 phố Đội Cấn"),
}


def test_check_your_answers_reads_back_every_answer(
    kiosk: Kiosk, qtbot: QtBot, sandbox_url: str, voice: RecordingVoice, tmp_path: Path
) -> None:
    code = "2.000635"  # the shortest procedure of the catalog
    kiosk.session.login(new_citizen(sandbox_url), PASSWORD)
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: code in p.page.buttons, timeout=WAIT_MS)
    p.tap(f"Chọn thủ tục {CATALOG[code].name}")

    def paper(attachment_id: str) -> Path:
        path = tmp_path / f"{attachment_id}.pdf"
        path.write_bytes(b"%PDF-1.4\n% " + attachment_id.encode() + b"\n%%EOF\n")
        return path

    typed: dict[str, object] = {}
    for _ in range(60):
        if isinstance(p.page, ReviewPage):
            break
        if isinstance(p.page, AttachmentsPage):
            add_every_paper(p, paper)
        else:
            typed.update(answer_current_page(p, ANSWERS))
    assert isinstance(p.page, ReviewPage)

    said = read_aloud(p, voice)
    assert said.startswith("Kiểm tra lại thông tin.")
    rows = [row for section in p.screen.form.review() for row in section.rows]
    assert rows
    for row in rows:  # every answer, under its label
        label, text = localized(row.label), localized(row.text)
        assert label in said, label
        assert text in said, (label, text)
        assert said.index(label) < said.index(text, said.index(label))
    for value in typed.values():  # and what the person typed, as they typed it
        for part in value if isinstance(value, tuple) else (value,):
            assert str(part) in said, part


def test_auto_reading_says_each_new_screen_and_a_visit_that_ends_stops_the_voice(
    kiosk: Kiosk, qtbot: QtBot, voice: RecordingVoice
) -> None:
    p = Person(kiosk, qtbot, "NFC")
    kiosk.reader.auto = False
    p.tap("Tạo tài khoản")
    QTest.qWait(20)
    assert voice.spoken == []  # off: the kiosk is silent until asked

    p.tap("Về trang chủ")
    kiosk.reader.auto = True
    p.tap("Tạo tài khoản")
    qtbot.waitUntil(lambda: QUESTION in voice.last, timeout=WAIT_MS)
    page = p.page
    assert isinstance(page, QuestionPage) and page.inputs["id_number"].line is not None
    type_text(page.inputs["id_number"].line, "001156012345")
    read_aloud(p, voice)

    stops, said = voice.stops, len(voice.spoken)
    p.tap("Về trang chủ")  # the visit ends: the voice stops at once, and says nothing of it again
    assert voice.stops > stops
    QTest.qWait(50)
    assert not any("001156012345" in u.text for u in voice.spoken[said:])


def test_the_idle_warning_asks_aloud_whether_more_time_is_needed(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path, voice: RecordingVoice
) -> None:
    k = start_kiosk(qapp, qtbot, sandbox_url, tmp_path, voice=voice, idle_seconds=1)
    try:
        Person(k, qtbot, "NFC").tap("Tạo tài khoản")
        qtbot.waitUntil(lambda: k.idle.warning_shown, timeout=WAIT_MS)
        assert voice.last == IDLE_QUESTION
    finally:
        k.shutdown()
        k.journal.close()


def test_without_a_voice_the_button_is_hidden_and_nothing_fails(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path
) -> None:
    k = start_kiosk(qapp, qtbot, sandbox_url, tmp_path, voice=None)
    try:
        assert not k.reader.available
        assert not k.read_button.isVisible()
        p = Person(k, qtbot, "NFC")
        p.tap("Tạo tài khoản")
        k.read_button.click()  # e.g. a shortcut: nothing to say it with, and no error
        k.reader.auto = True
        k.reader.screen_shown(p.screen)
        k.reader.say(IDLE_QUESTION)
        assert not k.reader.set_language("en")
        k.reader.stop()
        k.reader.close()
        assert not k.read_button.isVisible()
    finally:
        k.shutdown()
        k.journal.close()


# --- the reading rules, on a screen made for them ------------------------------------------------------
def test_spoken_text_follows_reading_order_and_skips_what_is_not_said(qtbot: QtBot) -> None:
    screen = QWidget()
    layout = QVBoxLayout(screen)
    hidden = Body("Chữ bị ẩn")
    toolbar = Body("Thanh công cụ")
    toolbar.setProperty("speak", False)
    layout.addWidget(toolbar)
    layout.addWidget(Heading("Ai đi đăng ký?"))
    layout.addWidget(hidden)
    hidden.hide()
    error = ErrorMessage()
    error.show_message("Hãy chọn một câu trả lời.")
    layout.addWidget(error)
    for text, chosen in (("Cha", False), ("Mẹ", True)):
        option = BigButton(text)
        option.setCheckable(True)
        option.setChecked(chosen)
        layout.addWidget(option)
    layout.addWidget(BigButton("Sửa", link=True))
    grid = QGridLayout()  # added right to left: read row by row, left to right
    grid.addWidget(Body("Nguyễn Văn An"), 0, 1)
    grid.addWidget(Body("Họ và tên"), 0, 0)
    layout.addLayout(grid)
    secret = QLineEdit("matkhau-2026")
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(secret)
    layout.addWidget(QLineEdit("0912 345 678"))
    places = QListWidget()
    places.addItems(["Khai sinh", "Kết hôn", "Khai tử"])
    layout.addWidget(places)
    qtbot.addWidget(screen)

    assert spoken_text(screen) == (
        "Ai đi đăng ký? Lỗi: Hãy chọn một câu trả lời. Cha. Mẹ (đã chọn). Họ và tên. Nguyễn Văn An. "
        "Bạn đã nhập: 0912 345 678. Các lựa chọn: Khai sinh; Kết hôn; Khai tử."
    )
    places.setCurrentRow(1)
    assert spoken_text(screen).endswith("Bạn đã nhập: 0912 345 678. Đã chọn: Kết hôn.")
    places.addItems([f"Tỉnh {n}" for n in range(34)])
    places.setCurrentRow(-1)
    assert spoken_text(screen).endswith("Bạn đã nhập: 0912 345 678.")  # 37 choices: too many to hear
    assert spoken_text(None) == ""


def test_a_screen_or_page_may_say_what_is_read_itself(qtbot: QtBot) -> None:
    class Spoken(QWidget):
        def spoken_text(self) -> str:
            return "Đã nộp hồ sơ thành công"

    screen = Spoken()
    qtbot.addWidget(screen)
    assert spoken_text(screen) == "Đã nộp hồ sơ thành công."


def test_long_numbers_are_said_digit_by_digit() -> None:
    assert pronounceable("Số căn cước 001156012345, nhà số 12") == (
        "Số căn cước 0 0 1 1 5 6 0 1 2 3 4 5, nhà số 12"
    )


def test_the_reader_reads_a_screen_on_show_only_when_auto(qtbot: QtBot, voice: RecordingVoice) -> None:
    screen = QWidget()
    layout = QVBoxLayout(screen)
    layout.addWidget(Heading("Bạn muốn làm thủ tục gì?"))
    reader = Reader(voice)
    read_button = ReadAloudButton(reader, lambda: screen)
    layout.addWidget(read_button)
    qtbot.addWidget(screen)
    screen.show()
    assert read_button.isVisible()
    assert read_button.accessibleName() == "Đọc to" and read_button.accessibleDescription()
    reader.screen_shown(screen)
    QTest.qWait(20)
    assert voice.spoken == []
    reader.auto = True
    reader.screen_shown(screen)
    qtbot.waitUntil(lambda: voice.last == "Bạn muốn làm thủ tục gì?")
    read_button.click()
    assert [u.text for u in voice.spoken] == ["Bạn muốn làm thủ tục gì?"] * 2  # not the button itself
    reader.set_voice(None)
    assert not reader.available and not read_button.isVisible()


class StandInWizard(QWidget):
    """A screen shaped like a wizard: a frame with the page on show, where one is, and `page_changed`."""

    class Frame(QWidget):
        page_changed = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.setLayout(QVBoxLayout())
            self.where = Body("Đăng ký khai sinh  ·  Câu 1/2")
            self.current: QWidget = Heading("Cháu bé tên là gì?")
            self.layout().addWidget(self.where)
            self.layout().addWidget(self.current)

        def page(self) -> QWidget:
            return self.current

        def set_page(self, page: QWidget) -> None:
            self.layout().replaceWidget(self.current, page)
            self.current.deleteLater()
            self.current = page
            self.where.setText("Đăng ký khai sinh  ·  Câu 2/2")
            self.page_changed.emit()

    def __init__(self) -> None:
        super().__init__()
        self.frame = self.Frame()
        QVBoxLayout(self).addWidget(self.frame)


def test_auto_reading_reads_each_new_page_of_a_wizard_question_first(
    qtbot: QtBot, voice: RecordingVoice
) -> None:
    screen = StandInWizard()
    qtbot.addWidget(screen)
    reader = Reader(voice)
    reader.auto = True
    reader.screen_shown(screen)
    qtbot.waitUntil(lambda: voice.last == "Cháu bé tên là gì? Đăng ký khai sinh, Câu 1/2.")
    screen.frame.set_page(Heading("Cháu bé sinh ngày nào?"))
    qtbot.waitUntil(lambda: voice.last == "Cháu bé sinh ngày nào? Đăng ký khai sinh, Câu 2/2.")

    reader.auto = False
    stops = voice.stops
    screen.frame.set_page(Heading("Cháu bé là trai hay gái?"))
    assert voice.stops == stops + 1  # not read: and what was being read of the last page stops
    QTest.qWait(20)
    assert "trai hay gái" not in voice.last


# --- the real voice ------------------------------------------------------------------------------------
def test_open_voice_returns_a_voice_or_none_and_never_raises(qapp: QApplication) -> None:
    voice = open_voice()  # whatever this machine has: speech-dispatcher, or nothing
    if voice is not None:
        assert isinstance(voice, QtVoice) and voice.set_language("vi")
        voice.close()
    assert open_voice(engines=()) is None
    assert open_voice(engines=("no such engine",)) is None


def test_a_qt_voice_speaks_through_the_engine_on_its_own_thread(qtbot: QtBot) -> None:
    # Qt's mock engine: it pretends to speak, one word at a time. Never chosen by default.
    assert open_voice(engines=("mock",)) is None  # it has no Vietnamese voice
    voice = open_voice("en", engines=("mock",))
    assert voice is not None
    try:
        assert voice.engine == "mock"
        assert not voice.set_language("vi")
        assert voice.set_language("en")
        with qtbot.waitSignal(voice.speaking_changed, check_params_cb=lambda speaking: speaking):
            voice.say("Do you need more time? " * 10)
        with qtbot.waitSignal(voice.speaking_changed, check_params_cb=lambda speaking: not speaking):
            voice.stop()
    finally:
        voice.close()
    voice.say("nothing, once closed")  # ignored, no error


def test_open_voice_later_hands_the_voice_over_on_the_gui_thread(qtbot: QtBot) -> None:
    got: list[QtVoice | None] = []
    open_voice_later(got.append, "en", engines=("mock",))
    qtbot.waitUntil(lambda: bool(got))
    voice = got[0]
    assert voice is not None and voice.is_open
    reader = Reader(None)
    reader.set_language("en")
    with qtbot.waitSignal(reader.available_changed):
        reader.set_voice(voice)
    assert reader.available
    reader.close()
    assert not voice.is_open


SILENT_DAEMON = textwrap.dedent(
    """
    import os, socket, tempfile, threading
    path = os.path.join(tempfile.mkdtemp(), "speechd.sock")
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen()
    held = []
    threading.Thread(target=lambda: [held.append(server.accept()) for _ in range(5)], daemon=True).start()
    os.environ["SPEECHD_ADDRESS"] = "unix_socket:" + path  # a speech-dispatcher that never answers
    from PySide6.QtWidgets import QApplication
    from kiosk.ui.speech import open_voice
    app = QApplication([])
    assert open_voice(engines=("speechd",), wait_s=0.5) is None
    print("asked", len(held), flush=True)
    """
)


def test_a_speech_daemon_that_never_answers_does_not_hold_up_the_kiosk(tmp_path: Path) -> None:
    """A speech-dispatcher that lost its sound device answers nothing, and Qt's engine waits for ever:
    the kiosk gives up after a moment, without speech, and still exits cleanly."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "speechd" not in QTextToSpeech.availableEngines():
        pytest.skip("no speech-dispatcher plug-in in this Qt")
    script = tmp_path / "silent_daemon.py"
    script.write_text(SILENT_DAEMON)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    if "asked 0" in done.stdout:
        pytest.skip("the speech-dispatcher plug-in cannot load here (no libspeechd)")
    assert "asked 1" in done.stdout
