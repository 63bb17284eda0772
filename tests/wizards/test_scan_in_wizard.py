"""A 2D scanner reads the mother's CCCD card on her first question: her answers are filled, nothing is
typed into the focused box, the person confirms, and the wizard goes on to what is still unanswered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from kiosk_driver import WAIT_MS, Person, register_citizen
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from scanner_helpers import scan

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.store.journal import Journal
from kiosk.ui import camera, theme
from kiosk.wizards.dossier import ProcedurePage
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.scan_page import ScanConfirmPage

NUMBER, PASSWORD = "001160022222", "matkhau-2026"
MOTHER_CARD = (
    "036196012345||LÊ THỊ THUỶ|12031996|Nữ|Số 7 ngõ 2, Phường Trúc Bạch, Quận Ba Đình, Hà Nội|01012022"
)


@pytest.fixture(scope="module")
def account(sandbox_url: str) -> None:
    """A verified citizen on the sandbox: the one logged in at the kiosk."""
    register_citizen(sandbox_url, NUMBER, PASSWORD, phone="0987654322")


@pytest.fixture
def kiosk(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, account: None, tmp_path: Path
) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(sandbox_url, load_catalog(), demo=True, journal=journal)
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    k.session.login(NUMBER, PASSWORD)
    yield k
    k.shutdown()
    journal.close()


def test_a_scanned_card_fills_the_mother_and_skips_what_it_answered(kiosk: Kiosk, qtbot: QtBot) -> None:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    p.pick_address("requester.residence", "ha noi", "ba dinh", "Số 7 ngõ 2")
    p.choose("Ông hoặc bà")
    p.answer("child.full_name", "Lê Minh An")
    p.answer("child.birth_date", (date.today() - timedelta(days=5)).strftime("%d/%m/%Y"))
    p.choose("Nam (con trai)")
    p.tap("Tiếp tục")
    p.tap("Tiếp tục")
    p.answer("child.birth_place", "Bệnh viện Bạch Mai")
    p.answer("child.native_place", "Hà Nội")
    p.choose("Có")
    assert p.heading() == "Họ, chữ đệm và tên của người mẹ"

    box = p.page.inputs["mother.full_name"].line
    scan(box, MOTHER_CARD)
    qtbot.waitUntil(lambda: isinstance(p.page, ScanConfirmPage), timeout=WAIT_MS)
    shown = {label.accessibleName() for label in p.page.findChildren(QLabel)}
    assert "Họ, chữ đệm và tên của người mẹ: Lê Thị Thuỷ" in shown
    assert "Người mẹ sinh năm nào?: 1996" in shown
    assert any(s.startswith("Người mẹ đang sống ở đâu?: Số 7 ngõ 2, Phường Ba Đình") for s in shown)
    assert box.text() == ""  # the card's text never went into the box
    p.tap("Đúng, tiếp tục")
    # name, year, ethnicity, nationality and residence are answered: on to the father
    assert isinstance(p.page, QuestionPage)
    assert p.heading() == "Có ghi thông tin người cha vào tờ khai không?"
    form = p.screen.form
    assert form.value("mother.full_name") == "Lê Thị Thuỷ" and form.value("mother.birth_year") == 1996


def test_a_damaged_scan_asks_to_scan_again_and_fills_nothing(kiosk: Kiosk, qtbot: QtBot) -> None:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    box = p.page.inputs["requester.residence"].address.street
    scan(box, MOTHER_CARD.replace("THUỶ", "THU?"))
    qtbot.waitUntil(lambda: p.error("requester.residence") != "", timeout=WAIT_MS)
    assert "quét lại" in p.error("requester.residence").lower()
    assert box.text() == ""


def test_a_scanned_card_answers_the_first_three_account_questions(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.go_home()
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Tạo tài khoản")
    box = p.page.inputs["id_number"].line
    scan(box, MOTHER_CARD)
    qtbot.waitUntil(lambda: isinstance(p.page, ScanConfirmPage), timeout=WAIT_MS)
    shown = {label.accessibleName() for label in p.page.findChildren(QLabel)}
    assert {"Số căn cước của bạn là gì?: 036196012345", "Họ và tên của bạn: Lê Thị Thuỷ"} <= shown
    assert "Bạn sinh ngày nào?: 12/03/1996" in shown
    p.tap("Đúng, tiếp tục")
    assert p.heading() == "Số điện thoại di động của bạn"  # the three answers came from the card


def test_the_camera_button_is_offered_only_where_there_is_a_camera(
    kiosk: Kiosk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    names = {b.accessibleName() for b in p.page.findChildren(QAbstractButton)}
    assert "Quét thẻ CCCD bằng máy ảnh" not in names  # this machine has no camera
    monkeypatch.setattr(camera, "camera_available", lambda: True)
    p.screen._render()  # the same question, on a kiosk with a camera
    names = {b.accessibleName() for b in p.page.findChildren(QAbstractButton)}
    assert "Quét thẻ CCCD bằng máy ảnh" in names
