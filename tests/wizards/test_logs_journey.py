"""A whole visit with logging at DEBUG into files: none of what the person typed is in any log.

The journey runs through the real screens against the real sandbox portal (over loopback HTTP): create
an account typing decomposed (NFD) Vietnamese, register a birth, print the receipt, go home. Logging is
configured as the kiosk configures it (rotating files + stderr, every handler behind the redacting
filter), at DEBUG, so the libraries' own lines are written too (urllib3 logs every request line).

The kiosk's own code logs no personal data, so on top of that the test adds what a careless debugging
line would write: every portal request (its JSON, multipart bytes and headers) and every answer, and the
file the person picked, whose name holds their name and CCCD number. The redacting filter must hide all
of it, however it is escaped.
"""

from __future__ import annotations

import json
import logging
import re
import stat
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from kiosk_driver import WAIT_MS, Person
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from kiosk import logs
from kiosk.app import Kiosk
from kiosk.config import Mode, Settings
from kiosk.domain.dates import date_in_words
from kiosk.domain.procedures import load_catalog
from kiosk.domain.text import fold
from kiosk.portal.client import PortalClient
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.wizards import attachments_page
from kiosk.wizards.account import AccountWizard, DonePage
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import NewPasswordPage
from kiosk.wizards.dossier import DossierWizard, ProcedurePage
from kiosk.wizards.review_page import ReviewPage

LIBRARY_LOGGERS = ("urllib3", "uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")
CHOICES = frozenset({"choice", "yes_no", "ethnicity"})  # option values, not something a person typed


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """The kiosk's logging at DEBUG into `tmp_path/logs`, the libraries' loggers included."""
    root = logging.getLogger()
    saved = {name: logging.getLogger(name).level for name in LIBRARY_LOGGERS}
    root_level = root.level
    folder = tmp_path / "logs"
    logs.configure(logging.DEBUG, folder)
    for name in LIBRARY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield folder
    logs.unconfigure()
    logs.forget_sensitive()
    root.setLevel(root_level)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def careless_debug_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs every portal request and answer in full, as a debugging line someone forgot would."""
    wire = logging.getLogger("kiosk.portal.wire")
    call = PortalClient._call

    def logged_call(self: PortalClient, method: str, path: str, **kwargs: Any) -> Any:
        wire.debug("-> %s %s %r", method, path, kwargs)
        if kwargs.get("json") is not None:
            wire.debug("-> json %s", json.dumps(kwargs["json"]))  # ensure_ascii: "Nguy\u1ec5n"
        response = call(self, method, path, **kwargs)
        wire.debug("<- %s %s", response.status_code, response.text)
        return response

    monkeypatch.setattr(PortalClient, "_call", logged_call)


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(sandbox_url, load_catalog(), demo=True, journal=journal, settings=Settings(mode=Mode.KIOSK))
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()


def _digits_pattern(digits: str) -> re.Pattern[str]:
    """The digits in order, each maybe after one separator: "0912345678" finds "0912.345.678"."""
    return re.compile(r"(?<!\d)" + r"[\s./\-]?".join(digits) + r"(?!\d)")


def _words_pattern(text: str) -> re.Pattern[str]:
    """The folded words, as whole words, across any spaces: for searching folded text."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, fold(text).split())) + r"(?!\w)")


def leaks(value: str, text: str) -> list[str]:
    """How `value` shows in `text`, if it does: as written (NFC or NFD, any case, without diacritics)
    or escaped (JSON, bytes, URL); a number also with its digits grouped any way."""
    found = []
    compact = re.sub(r"[\s./\-+()]", "", value)
    if compact.isdigit():
        if _digits_pattern(compact).search(text):
            found.append("digits")
    elif _words_pattern(value).search(fold(text)):
        found.append("words")
    for form in ("NFC", "NFD"):
        written = unicodedata.normalize(form, value)
        for name, escaped in (
            ("json", json.dumps(written)[1:-1]),
            ("bytes", repr(written.encode())[2:-1]),
            ("url", quote(written)),
        ):
            if escaped != written and escaped.lower() in text.lower():
                found.append(f"{form} {name}")
    return found


def test_a_whole_visit_leaves_none_of_what_was_typed_in_the_logs(
    kiosk: Kiosk,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    log_folder: Path,
    careless_debug_lines: None,
) -> None:
    p = Person(kiosk, qtbot, "NFD")  # typed decomposed, as some input methods send it
    cccd, name, born, phone, password = (
        "001156012345",
        "Nguyễn Thị Hoà",
        "05/09/1956",
        "+84 912 345 678",
        "mk-2026",
    )
    child, child_born = "Trần Bảo Ngọc", date.today() - timedelta(days=10)
    mother, father, street = "Lê Thị Thuỷ", "trần   văn đức", "Số 12 ngõ 34 phố Đội Cấn"
    birth_place, native_place = "Bệnh viện Phụ sản Hà Nội", "xã Đông Hòa, tỉnh Thái Bình"
    delivery = "Số 5 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa"
    wire = logging.getLogger("kiosk.portal.wire")

    # Tạo tài khoản
    p.tap("Tạo tài khoản")
    assert isinstance(p.screen, AccountWizard)
    p.answer("id_number", cccd)
    p.answer("full_name", name.upper())
    p.answer("birth_date", born)
    p.answer("phone", phone)
    assert isinstance(p.page, NewPasswordPage)
    type_text(p.page.password, password)
    type_text(p.page.repeat, password)
    p.tap("Tạo tài khoản")
    p.qtbot.waitUntil(lambda: p.heading() == "Nhập mã xác nhận (OTP)", timeout=WAIT_MS)
    banner = kiosk.shell.banner
    assert banner is not None
    otp = banner.otp.text().rsplit(" ", 1)[-1]
    p.answer("otp", otp, then="Xác nhận")
    p.wait_for(DonePage)
    p.tap("Nộp hồ sơ ngay")

    # Đăng ký khai sinh
    assert isinstance(p.screen, DossierWizard)
    p.wait_for(ProcedurePage)
    p.qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    p.pick_address("requester.residence", "ha noi", "ba dinh", street)
    p.choose("Ông hoặc bà")
    p.answer("child.full_name", child)
    p.answer("child.birth_date", child_born.strftime("%d/%m/%Y"))
    p.choose("Nữ (con gái)")
    p.tap("Tiếp tục")  # Kinh
    p.tap("Tiếp tục")  # Việt Nam
    p.answer("child.birth_place", birth_place)
    p.answer("child.native_place", native_place)
    p.choose("Có")
    p.answer("mother.full_name", mother)
    p.answer("mother.birth_year", "1996")
    p.tap("Tiếp tục")
    p.tap("Tiếp tục")
    p.tap(f"{p.heading()}: cùng địa chỉ với người đi đăng ký")
    p.choose("Có")
    p.answer("father.full_name", father)
    p.answer("father.birth_year", "1994")
    p.tap("Tiếp tục")
    p.tap("Tiếp tục")
    p.tap(f"{p.heading()}: cùng địa chỉ với người đi đăng ký")
    p.choose("Không")

    assert isinstance(p.page, AttachmentsPage)
    certificate = tmp_path / f"{name} {cccd}.pdf"  # the person's own file name says who they are
    certificate.write_bytes(b"%PDF-1.4\n% giay chung sinh\n%%EOF\n")

    def choose(parent: object) -> list[Path]:
        wire.debug("file chosen: %s", certificate)  # a careless line again
        return [certificate]

    monkeypatch.setattr(attachments_page, "choose_with_dialog", choose)
    p.tap("Chọn tệp cho Giấy chứng sinh")
    qtbot.waitUntil(
        lambda: not p.page.busy() and bool(p.page.documents().get("giay_chung_sinh")), timeout=WAIT_MS
    )
    p.tap("Tiếp tục")
    p.choose("Gửi qua bưu điện đến nhà (dịch vụ bưu chính công ích)")
    p.answer("delivery_address", delivery)
    assert isinstance(p.page, ReviewPage)
    p.tap("Nộp hồ sơ")
    p.wait_for(ConfirmationPage)
    lookup = p.page.findChild(QLabel, "lookupCode").text()
    p.tap("In biên nhận")
    confirmation = p.page
    assert isinstance(confirmation, ConfirmationPage)
    qtbot.waitUntil(lambda: "PDF" in confirmation.print_status.text(), timeout=WAIT_MS)
    p.tap("Xong, về trang chủ")
    p.tap("Xong, về trang chủ")  # no rating this time
    assert isinstance(p.screen, HomeScreen)

    # The log files: private, written during the visit, the libraries' request lines among them
    files = sorted(log_folder.iterdir())
    assert [f.name for f in files] == ["kiosk.log"]
    text = files[0].read_text(encoding="utf-8")
    assert '"POST /api/v1/accounts HTTP/1.1" 201' in text  # urllib3's own line for the account
    assert '"POST /api/v1/dossiers HTTP/1.1" 201' in text  # and for the dossier
    assert text.count("kiosk.portal.wire: ") >= 8  # the careless lines reached the file too
    if sys.platform != "win32":
        assert stat.S_IMODE(log_folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    stderr = capsys.readouterr().err
    assert '"POST /api/v1/dossiers HTTP/1.1" 201' in stderr  # the stderr handler wrote the visit too

    typed = {
        "CCCD": cccd,
        "name": name,
        "birth date": born,
        "birth date (ISO)": "1956-09-05",
        "phone as typed": phone,
        "phone (national)": "0912345678",
        "password": password,
        "OTP": otp,
        "child": child,
        "child's birth date": child_born.strftime("%d/%m/%Y"),
        "child's birth date (ISO)": child_born.isoformat(),
        "child's birth date in words": date_in_words(child_born),  # the form engine writes it so
        "mother": mother,
        "mother's birth year": "1996",
        "father": father,
        "father's birth year": "1994",
        "street": street,
        "birth place": birth_place,
        "native place": native_place,
        "delivery address": delivery,
        "lookup code": lookup,
    }
    for where, written in (("log file", text), ("stderr", stderr)):
        found = {what: how for what, value in typed.items() if (how := leaks(value, written))}
        assert found == {}, f"in the {where}: {found}"
    assert text.count(logs.REDACTED) >= 20  # what the careless lines carried was there, and hidden
