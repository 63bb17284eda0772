"""The whole journey, driven as a person would: create an account, file a birth registration, print.

Runs against the real sandbox portal over loopback HTTP, once typing NFC text and once NFD text.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from kiosk_driver import WAIT_MS, Person
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import on_screen_text, pdf_qr_codes, type_text

from kiosk.app import Kiosk
from kiosk.config import Mode, Settings
from kiosk.domain.procedures import load_catalog
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.portal.client import PortalClient
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.receipt.model import parse_tracking_payload
from kiosk.secrets import Secrets
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.wizards import attachments_page
from kiosk.wizards.account import AccountWizard, DonePage
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import NewPasswordPage
from kiosk.wizards.dossier import DossierWizard, ProcedurePage
from kiosk.wizards.rating import RatingPanel
from kiosk.wizards.review_page import ReviewPage
from kiosk.wizards.session import TOKEN_NAME


@dataclass(frozen=True)
class Sandbox:
    url: str
    db: Path

    def stored_answers(self, code: str) -> dict[str, object]:
        with sqlite3.connect(self.db) as db:
            (answers,) = db.execute("SELECT answers FROM dossiers WHERE code = ?", (code,)).fetchone()
        return dict(json.loads(answers))

    def dossier_count(self) -> int:
        with sqlite3.connect(self.db) as db:
            return int(db.execute("SELECT count(*) FROM dossiers").fetchone()[0])


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    db = tmp_path_factory.mktemp("journey") / "portal.sqlite3"
    handle = start_sandbox(db_path=db)
    try:
        yield Sandbox(handle.url, db)
    finally:
        handle.stop()


@pytest.fixture
def kiosk(
    qapp: QApplication, qtbot: QtBot, sandbox: Sandbox, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    mode = Mode(getattr(request, "param", "kiosk"))
    k = Kiosk(sandbox.url, load_catalog(), demo=True, journal=journal, settings=Settings(mode=mode))
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()


PEOPLE = {
    "kiosk": {"id_number": "001156012345", "name": "Nguyễn Thị Hoà", "child": "Trần Bảo Ngọc", "by": "desk"},
    "desk": {"id_number": "079156054321", "name": "Phạm Thị Thuỷ", "child": "Lê Đức Thịnh", "by": "post"},
    "laptop": {"id_number": "038056011223", "name": "Đỗ Văn Hùng", "child": "Đỗ Minh Khuê", "by": "desk"},
}


# The same journey in each mode (kiosk: locked touchscreen; desk: a volunteer; laptop: a home visit),
# typing NFC text in two and NFD text (as some input methods send it) in one.
@pytest.mark.parametrize(
    ("form", "kiosk"), [("NFC", "kiosk"), ("NFD", "desk"), ("NFC", "laptop")], indirect=["kiosk"]
)
def test_a_grandmother_registers_a_birth_and_prints_the_receipt(
    kiosk: Kiosk, qtbot: QtBot, sandbox: Sandbox, form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = PEOPLE[kiosk.mode.value]
    p = Person(kiosk, qtbot, form)
    dossiers_before = sandbox.dossier_count()

    # 1. Tạo tài khoản
    p.tap("Tạo tài khoản")
    assert isinstance(p.screen, AccountWizard)
    p.tap("Tiếp tục")
    assert p.error("id_number") == "Bạn chưa trả lời câu hỏi này."
    p.answer("id_number", "0011 5601 234")  # 11 digits: a clear message, and nothing lost
    assert "12 chữ số" in p.error("id_number")
    p.answer("id_number", who["id_number"])
    p.answer("full_name", who["name"].upper())
    p.answer("birth_date", "05/09/1956")
    p.answer("phone", "+84 912 345 678")
    password = p.page
    assert isinstance(password, NewPasswordPage)
    type_text(password.password, "matkhau-2026")
    type_text(password.repeat, "matkhau-2026")
    p.tap("Tạo tài khoản")
    p.qtbot.waitUntil(lambda: p.heading() == "Nhập mã xác nhận (OTP)", timeout=WAIT_MS)
    banner = kiosk.shell.banner
    assert banner is not None and banner.otp.isVisible()
    otp = banner.otp.text().rsplit(" ", 1)[-1]
    assert len(otp) == 6 and otp.isdigit()
    p.answer("otp", "000000" if otp != "000000" else "111111", then="Xác nhận")
    p.qtbot.waitUntil(lambda: p.error("otp") != "", timeout=WAIT_MS)
    assert "OTP" in p.error("otp") or "mã" in p.error("otp").lower()
    p.answer("otp", otp, then="Xác nhận")
    p.wait_for(DonePage)
    assert not banner.otp.isVisible()
    p.tap("Nộp hồ sơ ngay")

    # 2. Nộp hồ sơ: the account is logged in, so the kiosk goes straight to the procedures
    assert isinstance(p.screen, DossierWizard)
    p.wait_for(ProcedurePage)
    assert not p.screen.frame.back_button.isVisible()  # no way back to a login form once logged in
    p.qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    assert p.heading() == "Bạn đang sống ở đâu?"  # name, CCCD and phone come from the account
    p.tap("Tiếp tục")
    assert p.error("requester.residence") == "Bạn chưa trả lời câu hỏi này."
    p.pick_address("requester.residence", "ha noi", "ba dinh", "Số 12 ngõ 34 phố Đội Cấn")
    home = "Số 12 ngõ 34 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội"
    p.choose("Ông hoặc bà")
    p.tap("Tiếp tục")
    assert p.error("child.full_name") == "Bạn chưa trả lời câu hỏi này."
    p.answer("child.full_name", "Trần Bảo Ngọ")  # a typo, mended later through "Sửa"
    p.answer("child.birth_date", (date.today() + timedelta(days=3)).strftime("%d/%m/%Y"))
    assert "chưa tới" in p.error("child.birth_date")
    born = date.today() - timedelta(days=10)
    p.answer("child.birth_date", born.strftime("%d/%m/%Y"))
    p.choose("Nữ (con gái)")
    assert p.heading() == "Cháu bé thuộc dân tộc nào?"
    p.tap("Tiếp tục")  # Kinh is already chosen
    p.tap("Tiếp tục")  # Việt Nam is already written
    p.answer("child.birth_place", "Bệnh viện Phụ sản Hà Nội")
    p.answer("child.native_place", "xã Đông Hòa, tỉnh Thái Bình")
    p.choose("Có")  # the hospital's birth certificate (giấy chứng sinh) is at hand
    p.answer("mother.full_name", "Lê Thị Thuỷ")
    year = p.page.inputs["mother.birth_year"].line
    type_text(year, "1996")
    QTest.keyClick(year, Qt.Key.Key_Return)  # Enter goes on, as at a help desk with a keyboard
    assert p.heading() == "Người mẹ thuộc dân tộc nào?"
    p.tap("Tiếp tục")
    p.tap("Tiếp tục")
    p.tap(f"{p.heading()}: cùng địa chỉ với người đi đăng ký")  # one tap, nothing typed twice
    p.choose("Có")
    p.answer("father.full_name", "trần   văn đức")
    p.answer("father.birth_year", "1994")
    p.tap("Tiếp tục")
    p.tap("Tiếp tục")
    p.tap(f"{p.heading()}: cùng địa chỉ với người đi đăng ký")
    p.choose("Không")

    # Giấy tờ kèm theo: the hospital's birth certificate, chosen as a file
    assert isinstance(p.page, AttachmentsPage)
    p.tap("Tiếp tục")
    assert "Giấy chứng sinh" in p.page.summary.message  # what is missing, said at the top
    certificate = tmp_path / f"{who['name']} {who['id_number']}.pdf"  # a name the portal must never see
    certificate.write_bytes(b"%PDF-1.4\n% giay chung sinh\n%%EOF\n")
    monkeypatch.setattr(attachments_page, "choose_with_dialog", lambda parent: [certificate])
    p.tap("Chọn tệp cho Giấy chứng sinh")
    qtbot.waitUntil(
        lambda: not p.page.busy() and bool(p.page.documents().get("giay_chung_sinh")), timeout=WAIT_MS
    )
    p.tap("Tiếp tục")
    if who["by"] == "desk":
        p.choose("Đến nhận tại Bộ phận Một cửa")
    else:
        p.choose("Gửi qua bưu điện đến nhà (dịch vụ bưu chính công ích)")
        assert p.page.inputs["delivery_address"].line.text() == home  # offered from the residence
        p.answer("delivery_address", "Thôn Đông, " * 30)
        assert "quá dài" in p.error("delivery_address")
        p.answer("delivery_address", "Số 5 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa")

    # Kiểm tra lại thông tin, mend the typo with "Sửa", come back to the summary
    review = p.page
    assert isinstance(review, ReviewPage)
    values = {label.accessibleName() for label in review.findChildren(QLabel)}
    assert "Họ, chữ đệm và tên của cháu bé: Trần Bảo Ngọ" in values
    assert f"Họ, chữ đệm, tên người đi đăng ký: {unicodedata.normalize('NFC', who['name'])}" in values
    assert "Họ, chữ đệm và tên của người cha: Trần Văn Đức" in values
    p.tap("Sửa: Họ, chữ đệm và tên của cháu bé")
    assert p.heading() == "Họ, chữ đệm và tên của cháu bé"
    p.answer("child.full_name", who["child"])
    p.wait_for(ReviewPage)
    p.tap("Nộp hồ sơ")
    # The portal is asked on a worker thread: the click returns at once, and the screen says so.
    assert p.screen.frame.next_button.text() == "Đang gửi…"
    assert not p.screen.frame.home_button.isEnabled()
    assert not p.screen.frame.area.isEnabled()  # no "Sửa" halfway through sending
    p.wait_for(ConfirmationPage)

    # The confirmation says what was stored, and the sandbox stored what was typed
    confirmation = p.page
    code = confirmation.findChild(QLabel, "dossierCode").text()
    assert sandbox.dossier_count() == dossiers_before + 1
    stored = sandbox.stored_answers(code)
    assert stored["child.full_name"] == unicodedata.normalize("NFC", who["child"])
    assert stored["child.birth_date"] == born.isoformat()
    assert stored["mother.full_name"] == "Lê Thị Thuỷ"
    assert stored["father.full_name"] == "Trần Văn Đức"
    assert stored["child.native_place"] == "xã Đông Hòa, tỉnh Thái Bình"
    assert (stored["mother.residence.province"], stored["mother.residence.commune"]) == (1, 4)  # Ba Đình
    assert stored["father.residence.street"] == "Số 12 ngõ 34 phố Đội Cấn"
    assert stored["requester.full_name"] == unicodedata.normalize("NFC", who["name"])
    assert stored["requester.id_number"] == who["id_number"]
    assert "copies.count" not in stored
    with PortalClient(sandbox.url) as client:  # the certificate travelled with the dossier
        lookup = confirmation.findChild(QLabel, "lookupCode").text()
        (paper,) = client.dossier_documents(code, lookup)
    assert paper.attachment_id == "giay_chung_sinh" and paper.mime == "application/pdf"
    assert all(unicodedata.is_normalized("NFC", v) for v in stored.values() if isinstance(v, str))

    # 3. In biên nhận: a PDF whose QR code gives back the dossier code
    p.tap("In biên nhận")
    qtbot.waitUntil(lambda: "Biên nhận đã được lưu" in confirmation.print_status.text(), timeout=WAIT_MS)
    pdf = Path(confirmation.print_status.text().splitlines()[-1])
    assert pdf.exists() and code in pdf.name
    (payload,) = pdf_qr_codes(pdf)
    assert parse_tracking_payload(payload)[0] == code
    assert kiosk.journal.count_on(datetime.now(VIETNAM_TZ).date()) >= 1  # the desk's daily tally

    where = {label.accessibleName() for label in confirmation.findChildren(QLabel)}
    expected = "Nhận tại Bộ phận Một cửa" if who["by"] == "desk" else "Gửi qua dịch vụ bưu chính công ích"
    assert f"Nơi nhận kết quả: {expected}" in where

    # Done: back home; the session is over and nothing of this person is left for the next one
    visit = kiosk.session
    assert Secrets().get(TOKEN_NAME) is not None  # the login token was kept in keyring, not a file
    p.tap("Xong, về trang chủ")

    # One question more: how it went. A face, a few words, sent to the portal once.
    p.wait_for(RatingPanel)
    rating = p.page
    assert isinstance(rating, RatingPanel)
    rating.faces["satisfied"].click()
    type_text(rating.comment, "Cán bộ hướng dẫn tận tình")
    rating.send_button.click()
    qtbot.waitUntil(lambda: rating.done, timeout=WAIT_MS)
    with PortalClient(sandbox.url) as client:
        assert client.get_dossier(code, lookup).rated
    p.tap("Xong, về trang chủ")
    assert isinstance(p.screen, HomeScreen)
    assert not pdf.exists()  # the receipt PDF carried the citizen's name: gone with the visit
    qtbot.waitUntil(lambda: visit.account is None and not visit.portal.logged_in, timeout=WAIT_MS)
    assert Secrets().get(TOKEN_NAME) is None
    assert kiosk.session is not visit and kiosk.session.account is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = on_screen_text(kiosk.shell)
    for secret in (who["id_number"], unicodedata.normalize("NFC", who["name"]), who["child"], otp, code):
        assert not any(unicodedata.normalize("NFC", secret) in unicodedata.normalize("NFC", t) for t in left)
