"""The "Tạo tài khoản" wizard on screen: asks, creates the account on the portal, confirms the OTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import logs
from kiosk.domain import fieldtypes
from kiosk.domain.cccd import CccdError, check_cccd_number, parse_cccd_qr
from kiosk.domain.phrases import phrase
from kiosk.i18n import tr
from kiosk.portal.models import AccountCreate, AccountCreated
from kiosk.ui import theme
from kiosk.ui.keyboard import mark_digits
from kiosk.ui.widgets import BigButton, Body, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.account_flow import ACCOUNT_FIELDS, OTP_FIELD, QUESTIONS, AccountDraft, account_navigator
from kiosk.wizards.credentials_page import NewPasswordPage
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.portal_results import plain_message
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.reading_order import apply_reading_order
from kiosk.wizards.scan_page import ScanConfirmPage
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.texts import localized


def flow_title() -> str:
    return tr("Tạo tài khoản dịch vụ công")


class DonePage(QWidget):
    file_dossier = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading("✔  " + tr("Tài khoản đã được tạo")))
        layout.addWidget(
            Body(tr("Chào {name}. Bạn đã đăng nhập và có thể nộp hồ sơ ngay bây giờ.", name=name))
        )
        layout.addWidget(Body(tr("Lần sau, bạn đăng nhập bằng số căn cước và mật khẩu vừa đặt."), small=True))
        self.start = BigButton(
            tr("Nộp hồ sơ ngay  ›"),
            primary=True,
            name=tr("Nộp hồ sơ ngay"),
            description=tr("Chọn thủ tục và bắt đầu khai hồ sơ trực tuyến"),
        )
        self.start.clicked.connect(self.file_dossier)
        layout.addWidget(self.start)
        layout.addStretch(1)


class AccountWizard(FlowScreen):
    file_dossier = Signal()

    def __init__(self, session: CitizenSession, show_demo_otp: Callable[[str], None] | None = None) -> None:
        super().__init__(flow_title())
        self.session = session
        self.show_demo_otp = show_demo_otp
        self.draft = AccountDraft()
        self.nav = account_navigator()
        self._password = ""
        self._warned = False
        self._render()

    def _render(self) -> None:
        view = self.nav.current
        page: QWidget
        next_text, back = tr("Tiếp tục  ›"), self.nav.can_go_back()
        next_description = tr("Sang bước tiếp theo")
        if view in QUESTIONS:
            field = ACCOUNT_FIELDS[view]
            text = fieldtypes.edit_text(field, self.draft.answers.get(view))
            page = QuestionPage([field], {view: text})
        elif view == "password":
            page = NewPasswordPage()
            next_text = tr("Tạo tài khoản  ›")
            next_description = tr("Gửi thông tin tới cổng dịch vụ công để tạo tài khoản")
        elif view == "otp":
            page = QuestionPage([OTP_FIELD], {})
            if (otp_box := page.inputs["otp"].line) is not None:
                mark_digits(otp_box)  # the code is 6 digits: the digit pad
            page.add_note(tr("Mã đã gửi tới số {phone}.", phone=self.draft.otp_sent_to))
            next_text, back = tr("Xác nhận  ›"), False
            next_description = tr("Gửi mã xác nhận và đăng nhập")
        else:
            assert self.session.account is not None
            page = DonePage(self.session.account.full_name)
            page.file_dossier.connect(self.file_dossier)
            next_text, back = "", False
        where = flow_title()
        if view != "done":
            where += "  ·  " + tr("Bước {step}/{count}", step=len(self.nav.history), count=6)
        self._show(page, where, next_text, next_description, can_go_back=back)

    def _show(
        self, page: QWidget, where: str, next_text: str, next_description: str, *, can_go_back: bool = True
    ) -> None:
        self.frame.set_page(page, where=where, next_text=next_text, can_go_back=can_go_back)
        self.frame.next_button.setAccessibleDescription(next_description)
        apply_reading_order(self.frame)

    def _back(self) -> None:
        self._warned = False
        if self.nav.back() is not None:
            self._render()

    def _forward(self) -> None:
        self._warned = False
        self.nav.forward(self.draft)
        self._render()

    def accept_scan(self, text: str) -> None:
        """A scanned CCCD answers the number, the name and the birth date at once; the person confirms."""
        view, page = self.nav.current, self.frame.page()
        if view not in QUESTIONS or not isinstance(page, QuestionPage) or self.frame.busy:
            return
        try:
            card = parse_cccd_qr(text)
            logs.remember_sensitive(card)
        except CccdError as exc:
            page.show_error(view, exc.message)
            return
        self.draft.answers.update(id_number=card.number, full_name=card.full_name, birth_date=card.birth_date)
        filled = [
            (ACCOUNT_FIELDS[key].label, fieldtypes.display(ACCOUNT_FIELDS[key], self.draft.answers[key]))
            for key in ("id_number", "full_name", "birth_date")
        ]
        confirm = ScanConfirmPage(phrase("của bạn"), filled, [])
        confirm.rescan.connect(self._render)
        self._show(
            confirm,
            flow_title(),
            tr("Đúng, tiếp tục  ›"),
            tr("Thông tin từ thẻ đúng: sang câu hỏi tiếp theo"),
        )

    def _next(self) -> None:
        view, page = self.nav.current, self.frame.page()
        if isinstance(page, ScanConfirmPage):
            self.nav.jump("phone")
            self._render()
        elif view in QUESTIONS and isinstance(page, QuestionPage):
            self._answer(view, page)
        elif isinstance(page, NewPasswordPage):
            problem = page.problem()
            if problem:
                page.error.show_message(problem)
                page.error.setFocus()
                return
            self._password = page.password_text()
            self._create()
        elif view == "otp" and isinstance(page, QuestionPage):
            self._verify(page)

    def _answer(self, view: str, page: QuestionPage) -> None:
        page.clear_errors()
        field = ACCOUNT_FIELDS[view]
        raw = page.raw(view)
        if fieldtypes.is_empty(raw):
            page.show_error(view, tr("Bạn chưa trả lời câu hỏi này."))
            return
        try:
            value = fieldtypes.parse(field, raw, date.today())
        except fieldtypes.Invalid as exc:
            page.show_error(view, localized(str(exc)))
            return
        self.draft.answers[view] = value
        if view == "birth_date" and not self._warned and isinstance(value, date):
            warnings = check_cccd_number(str(self.draft.answers["id_number"]), birth_date=value)
            if warnings:  # a warning, not a refusal: the person may press on when they are sure
                self._warned = True
                said = [localized(warning) for warning in warnings]
                page.show_error(view, " ".join([*said, tr("Nếu đúng, bấm “Tiếp tục”.")]))
                return
        self._forward()

    def _create(self) -> None:
        a = self.draft.answers
        request = AccountCreate(
            id_number=str(a["id_number"]),
            full_name=str(a["full_name"]),
            birth_date=a["birth_date"],  # type: ignore[arg-type]
            phone=str(a["phone"]),
            password=self._password,
        )
        self.frame.set_busy(True, tr("Đang gửi…"))

        def done(created: AccountCreated) -> None:
            self.draft.account_id = created.account_id
            self.draft.otp_sent_to = created.otp_sent_to
            if created.demo_otp and self.show_demo_otp is not None:
                self.show_demo_otp(created.demo_otp)
            self._forward()

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            page = self.frame.page()
            assert isinstance(page, NewPasswordPage)
            page.error.show_message(plain_message(exc))
            page.error.setFocus()

        run_in_background(lambda: self.session.portal.create_account(request), done, failed, owner=self)

    def _verify(self, page: QuestionPage) -> None:
        page.clear_errors()
        otp = str(page.raw("otp")).replace(" ", "")
        if not (len(otp) == 6 and otp.isascii() and otp.isdigit()):
            page.show_error("otp", tr("Mã OTP gồm đúng 6 chữ số."))
            return
        account_id, username, password = (
            self.draft.account_id,
            str(self.draft.answers["id_number"]),
            self._password,
        )
        self.frame.set_busy(True, tr("Đang xác nhận…"))

        def verify_and_login() -> object:
            self.session.portal.verify_account(account_id, otp)
            return self.session.login(username, password)

        def done(_account: object) -> None:
            self._password = ""
            if self.show_demo_otp is not None:
                self.show_demo_otp("")
            self._forward()

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            page.show_error("otp", plain_message(exc))

        run_in_background(verify_and_login, done, failed, owner=self)
