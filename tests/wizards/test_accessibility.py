"""A screen reader can drive the whole journey: every control is named and described, Tab follows
reading order on every screen, and after "Tiếp tục" with a problem the error message has the focus.

Qt's offscreen platform has no accessibility bridge (DESIGN.md), so what AT-SPI would read is checked
in-process: accessible names and descriptions, the focus widget, and where Tab goes next.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from kiosk_driver import SAME_ADDRESS, WAIT_MS, Person, add_every_paper, answer_current_page
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.wizards.account import AccountWizard, DonePage
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import LoginPage, NewPasswordPage
from kiosk.wizards.dossier import DossierWizard, ProcedurePage
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.payment_page import PaymentPage
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.rating import RatingPanel
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.review_page import ReviewPage

ANSWERS: dict[str, object] = {
    "child.birth_date": (date.today() - timedelta(days=10)).strftime("%d/%m/%Y"),
    "year": "1994",
    "number": "1",
    "person_name": "Trần Bảo Ngọc",
    "text": "Bệnh viện Phụ sản Hà Nội",
    "nationality": None,
    "ethnicity": None,
    ".residence": SAME_ADDRESS,
    "address": ("ha noi", "ba dinh", "Số 12 ngõ 34 phố Đội Cấn"),
    "delivery_address": None,
}
MAX_SCREENS = 60


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(sandbox_url, load_catalog(), demo=True, journal=journal)
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    k.shell.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is k.shell, timeout=WAIT_MS)
    yield k
    k.shutdown()
    journal.close()


def focusable(screen: QWidget) -> list[QWidget]:
    """The controls of a screen that Tab can reach right now."""
    return [
        w
        for w in screen.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__} {text() if callable(text) else ''!r} ({widget.accessibleName()!r})"


@dataclass(frozen=True)
class Place:
    """Where a control sits for reading: above the page (band 0), in the page (1, in the page's own
    coordinates, so scrolling does not move it), or below it (2: "Quay lại", "Tiếp tục")."""

    band: int
    rect: QRect

    def follows(self, before: Place) -> bool:
        """Read after `before`: a later band, a lower line, further right on the same line, or the
        top of a column to the right (the commune list after the province list)."""
        if self.band != before.band:
            return self.band > before.band
        a, b = before.rect, self.rect
        same_line = abs(b.top() - a.top()) <= 4
        return (b.top() > a.top() + 4) or (same_line and b.left() > a.left()) or b.left() >= a.right()


def place(screen: FlowScreen, widget: QWidget) -> Place:
    frame, area = screen.frame, screen.frame.area
    page = area.widget()
    if page is not None and page.isAncestorOf(widget):
        return Place(1, QRect(widget.mapTo(page, QPoint(0, 0)), widget.size()))
    top_left = widget.mapTo(frame, QPoint(0, 0))
    return Place(0 if top_left.y() < area.y() else 2, QRect(top_left, widget.size()))


def tab_through(screen: FlowScreen) -> list[QWidget]:
    """Presses Tab from the first control ("Về trang chủ") until focus comes round to it again; the
    controls of this screen met on the way, in order (the window's own controls are left out)."""
    start = screen.frame.home_button
    start.setFocus()
    assert QApplication.focusWidget() is start
    met: list[QWidget] = []
    for _ in range(3 * len(focusable(screen)) + 40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return met
        if now is not None and screen.isAncestorOf(now):
            met.append(now)
    raise AssertionError(f"Tab never came back to {describe(start)}: met {[describe(w) for w in met]}")


def check_screen(p: Person) -> None:
    """Every control named and described; Tab meets each once, in reading order."""
    screen = p.screen
    assert isinstance(screen, FlowScreen), type(screen)
    QApplication.processEvents()  # the layout settles, as it has before anyone reads the screen
    controls = focusable(screen)
    assert controls
    unnamed = [describe(w) for w in controls if not w.accessibleName().strip()]
    undescribed = [describe(w) for w in controls if not w.accessibleDescription().strip()]
    assert unnamed == [] and undescribed == [], (type(p.page).__name__, unnamed, undescribed)

    screen.frame.area.verticalScrollBar().setValue(0)
    places = {id(w): place(screen, w) for w in controls}
    met = tab_through(screen)
    where = type(p.page).__name__
    assert len(met) == len({id(w) for w in met}), (where, "a control met twice", [describe(w) for w in met])
    missed = [describe(w) for w in controls if w not in met and w is not screen.frame.home_button]
    assert missed == [], (where, "Tab never reaches", missed)
    order = [screen.frame.home_button, *met]
    for before, after in pairwise(order):
        assert places[id(after)].follows(places[id(before)]), (
            where,
            f"Tab goes from {describe(before)} at {places[id(before)]} back to {describe(after)} "
            f"at {places[id(after)]}",
        )


def error_has_focus(p: Person, field_id: str) -> None:
    page = p.page
    assert isinstance(page, QuestionPage)
    error = page.errors[field_id]
    assert error.message, "no error shown"
    assert QApplication.focusWidget() is error, describe(QApplication.focusWidget() or QWidget())


def add_papers_as_a_screen_reader_user(p: Person, certificate: Path) -> None:
    page = p.page
    assert isinstance(page, AttachmentsPage)
    p.tap("Tiếp tục")  # the certificate is missing: the summary at the top says so, with focus
    assert page.summary.message and QApplication.focusWidget() is page.summary
    check_screen(p)
    certificate.write_bytes(b"%PDF-1.4\n% giay chung sinh\n%%EOF\n")
    page.choose_files = lambda: [certificate]  # what the file dialog gives back
    card = next(iter(page.cards.values()))
    p.tap(f"Chọn tệp cho {card.need.name}")
    p.qtbot.waitUntil(lambda: bool(card.documents) and not card.pending, timeout=WAIT_MS)
    check_screen(p)  # the file's "Bỏ" button takes its place in the order
    add_every_paper(p, lambda _attachment_id: certificate)


def test_a_screen_reader_user_can_follow_the_birth_registration_journey(
    kiosk: Kiosk, qtbot: QtBot, tmp_path: Path
) -> None:
    p = Person(kiosk, qtbot, "NFC")

    # Tạo tài khoản: each question, the password, the code, the welcome
    p.tap("Tạo tài khoản")
    assert isinstance(p.screen, AccountWizard)
    check_screen(p)
    p.tap("Tiếp tục")  # nothing typed: the message is read first
    error_has_focus(p, "id_number")
    check_screen(p)  # the error is part of the screen now, in its place
    p.answer("id_number", "001156012399")
    check_screen(p)
    p.answer("full_name", "Nguyễn Thị Hoà")
    check_screen(p)
    p.answer("birth_date", "05/09/1956")
    check_screen(p)
    p.answer("phone", "0912345678")
    password = p.page
    assert isinstance(password, NewPasswordPage)
    check_screen(p)
    type_text(password.password, "matkhau-2026")
    type_text(password.repeat, "matkhau-2027")
    p.tap("Tạo tài khoản")
    assert password.error.message and QApplication.focusWidget() is password.error
    password.repeat.clear()
    type_text(password.repeat, "matkhau-2026")
    p.tap("Tạo tài khoản")
    qtbot.waitUntil(lambda: isinstance(p.page, QuestionPage) and "otp" in p.page.inputs, timeout=WAIT_MS)
    check_screen(p)
    banner = kiosk.shell.banner
    assert banner is not None
    p.answer("otp", banner.otp.text().rsplit(" ", 1)[-1], then="Xác nhận")
    p.wait_for(DonePage)
    check_screen(p)
    p.tap("Nộp hồ sơ ngay")

    # Nộp hồ sơ: the procedures, every question of the birth registration, papers, delivery, review
    assert isinstance(p.screen, DossierWizard)
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    check_screen(p)
    p.tap("Chọn thủ tục Đăng ký khai sinh")
    assert p.heading() == "Bạn đang sống ở đâu?"
    p.tap("Tiếp tục")
    error_has_focus(p, "requester.residence")

    screens = 0
    while not isinstance(p.page, ReviewPage):
        screens += 1
        assert screens < MAX_SCREENS
        check_screen(p)
        if isinstance(p.page, AttachmentsPage):
            add_papers_as_a_screen_reader_user(p, tmp_path / "giay-chung-sinh.pdf")
        else:
            answer_current_page(p, ANSWERS)

    check_screen(p)  # Kiểm tra lại thông tin: every "Sửa" named after its row, in order
    p.tap("Nộp hồ sơ")
    if p.screen.form.fee().amount != 0:  # late, or copies asked for: the fee page first
        p.wait_for(PaymentPage)
        page = p.page
        qtbot.waitUntil(lambda: page.payment is not None, timeout=WAIT_MS)
        check_screen(p)
        p.tap("Tôi sẽ nộp tại quầy")
    p.wait_for(ConfirmationPage)
    check_screen(p)
    p.tap("Xong, về trang chủ")
    p.wait_for(RatingPanel)  # "Ông/bà có hài lòng không?": faces named by their words
    check_screen(p)
    p.tap("Xong, về trang chủ")

    # The next person: logging in, and printing a receipt again, each with its error read first
    p.tap("Nộp hồ sơ")
    login = p.page
    assert isinstance(login, LoginPage)
    check_screen(p)
    p.screen.frame.next_button.click()
    assert login.error.message and QApplication.focusWidget() is login.error
    check_screen(p)
    p.screen.frame.home_button.click()
    p.tap("In biên nhận")
    assert isinstance(p.screen, ReprintWizard)
    check_screen(p)
    p.screen.frame.next_button.click()
    assert p.page.error.message and QApplication.focusWidget() is p.page.error
    check_screen(p)
