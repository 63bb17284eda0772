"""The "Nộp hồ sơ" wizard on screen: renders the dossier graph and talks to the portal off the GUI thread."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import logs
from kiosk.delivery.handover import Handover
from kiosk.domain import fieldtypes
from kiosk.domain.cccd import CccdError, parse_cccd_qr
from kiosk.domain.documents import Document
from kiosk.domain.form import REQUIRED_MESSAGE, Form
from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import Field, Procedure
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.i18n import tr
from kiosk.portal.errors import LoginExpired, PortalError, PortalRejected
from kiosk.portal.models import Dossier, DossierCreate, PaymentStatus, ProcedureInfo
from kiosk.receipt.model import Receipt
from kiosk.store.drafts import Drafts, new_draft_id
from kiosk.store.outbox import OutboxEntry, OutboxState
from kiosk.ui import camera, theme
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import LoginPage
from kiosk.wizards.dossier_flow import (
    DELIVERY_ADDRESS_FIELD,
    DELIVERY_LABELS,
    DossierDraft,
    DossierNavigator,
    delivery_field,
    page_of,
    question_view,
)
from kiosk.wizards.draft_codec import decode_into, encode, procedure_of
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.payment_page import PaymentPage
from kiosk.wizards.portal_results import plain_message, receipt_for
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.rating import RatingPanel
from kiosk.wizards.reading_order import apply_reading_order, refresh_reading_order
from kiosk.wizards.review_page import ReviewPage
from kiosk.wizards.scan_page import ScanConfirmPage, card_values
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.texts import localized
from kiosk.wizards.waiting_page import WaitingPage

SCANNABLE = {  # whose questions a scanned CCCD can answer, and how to say "of whom" (shown with `tr`)
    "requester": phrase("người đi đăng ký"),
    "mother": phrase("người mẹ"),
    "father": phrase("người cha"),
    "deceased": phrase("người đã mất"),
    "husband": phrase("bên nam"),
    "wife": phrase("bên nữ"),
    "subject": phrase("người được cấp giấy"),
}
SAME_ADDRESS_SOURCE = "requester.residence"


log = logging.getLogger(__name__)

# Draft writes (save, delete) run one at a time, in the order asked: a save queued by the last
# "Tiếp tục" never lands after the delete that follows a submit or the end of a visit.
_DRAFT_WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft-writer")


def _in_order(write: Callable[[], None]) -> Future[None]:
    def logged() -> None:
        try:
            write()
        except Exception as exc:  # a draft not kept must not stop the person: the dossier goes on
            log.warning("draft not written (%s)", type(exc).__name__)

    return _DRAFT_WRITER.submit(logged)


def flow_title() -> str:
    return tr("Nộp hồ sơ trực tuyến")


class ProcedurePage(QWidget):
    """The procedures this kiosk can file, as the portal lists them; a stale form is not offered."""

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(theme.scale().px(theme.SPACING_PX))
        self.layout_.addWidget(Heading(tr("Bạn muốn làm thủ tục gì?")))
        self.error = ErrorMessage()
        self.layout_.addWidget(self.error)
        self.loading = Body(tr("Đang tải danh sách thủ tục…"))
        self.layout_.addWidget(self.loading)
        self.retry = BigButton(
            tr("Thử lại"),
            primary=True,
            name=tr("Thử lại tải danh sách thủ tục"),
            description=tr("Hỏi lại cổng dịch vụ công những thủ tục có thể nộp"),
        )
        self.retry.hide()
        self.layout_.addWidget(self.retry)
        self.buttons: dict[str, BigButton] = {}
        self.layout_.addStretch(1)

    def offer_resume(self, text: str) -> BigButton:
        """A dossier this person started and did not finish: one tap takes them back to it."""
        button = BigButton(
            text, name=tr("Tiếp tục hồ sơ đang làm dở"), description=tr("Mở lại hồ sơ bạn đã bắt đầu")
        )
        self.layout_.insertWidget(1, button)
        return button

    def show_procedures(self, catalog: dict[str, Procedure], offered: list[ProcedureInfo]) -> None:
        self.loading.hide()
        versions = {p.code: p.version for p in offered}
        for code, procedure in catalog.items():
            if code not in versions:
                continue
            name = localized(procedure.name)
            button = BigButton(
                name,
                primary=True,
                name=tr("Chọn thủ tục {procedure}", procedure=name),
                description=tr("Bắt đầu khai hồ sơ cho thủ tục này"),
            )
            if versions[code] != procedure.version:
                button.setEnabled(False)
                button.setText(tr("{procedure} — mẫu đơn vừa thay đổi, kiosk cần cập nhật", procedure=name))
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = button
            self.layout_.insertWidget(self.layout_.count() - 1, button)
            button.show()  # added to a page already on screen
        refresh_reading_order(self)
        if not self.buttons:
            self.error.show_message(tr("Cổng dịch vụ công chưa có thủ tục nào kiosk này hỗ trợ."))


PAYMENT_PATIENCE_S = 300  # on the fee page the idle warning waits at least five minutes


class DossierWizard(FlowScreen):
    # Quiet seconds the kiosk should wait before its "do you need more time?" while a screen asks the
    # person to do something elsewhere (pay in a bank app); 0: back to the usual.
    patience = Signal(int)

    def __init__(
        self,
        session: CitizenSession,
        catalog: dict[str, Procedure],
        printing: ReceiptPrinting,
        on_submitted: Callable[[Dossier], None] = lambda dossier: None,
        scanner_folder: Path | None = None,
        handover: Handover | None = None,
        print_slip: Callable[[OutboxEntry, str], Path] | None = None,
        drafts: Drafts | None = None,
        fingerprint: Callable[[str], str] | None = None,
        resume: str | None = None,
    ) -> None:
        super().__init__(flow_title())
        self.handover = handover  # the outbox: nothing is lost when the portal does not answer
        self.print_slip = print_slip
        self.waiting: OutboxEntry | None = None
        self.drafts, self.fingerprint = drafts, fingerprint  # answers saved (sealed) as the person goes
        self.draft_id = new_draft_id()
        self._resume_id = resume  # chosen at the desk from the home screen: opened once logged in
        self.session = session
        self.catalog = catalog
        self.printing = printing
        self.on_submitted = on_submitted
        self.scanner_folder = scanner_folder
        self.started_at = time.time()  # a desk scanner's files from now on are this person's
        self.draft = DossierDraft(logged_in=session.account is not None, account=session.account_answers())
        self.nav = DossierNavigator(self.draft)
        self.idempotency_key = ""
        self.dossier: Dossier | None = None
        self.payment_state: PaymentStatus | None = None  # once the person went past the fee page
        self.rating_asked = False  # "Ông/bà có hài lòng không?" after the confirmation, once
        self._after_scan = ""
        self._render()

    # -- rendering ---------------------------------------------------------------------------------
    @property
    def form(self) -> Form:
        assert self.draft.form is not None
        return self.draft.form

    def _where(self) -> str:
        if self.draft.form is None:
            return flow_title()
        view = self.nav.current
        page_id = page_of(view)
        procedure = localized(self.form.procedure.name)
        if page_id is None:
            return procedure
        pages = [p.id for p in self.form.pages()]
        section = localized(self.form.procedure.section_title(self.form.page(page_id).section))
        step = pages.index(page_id) + 1 if page_id in pages else 0
        return "  ·  ".join([procedure, section, tr("Câu {step}/{count}", step=step, count=len(pages))])

    def _render(self) -> None:
        view = self.nav.current
        back = self.nav.can_go_back() and view != "confirmation"
        page: QWidget
        next_text = tr("Tiếp tục  ›")
        next_description = tr("Sang bước tiếp theo")
        if view == "login":
            page = LoginPage()
            next_text = tr("Đăng nhập  ›")
            next_description = tr("Đăng nhập bằng số căn cước và mật khẩu")
        elif view == "procedure":
            page = ProcedurePage()
            page.chosen.connect(self._choose_procedure)
            page.retry.clicked.connect(lambda _=False, p=page: self._load_procedures(p))
            next_text = ""
            self._load_procedures(page)
            if self._resume_id is not None and self.drafts is not None:
                chosen, self._resume_id = self._resume_id, None
                QTimer.singleShot(0, lambda: self._resume(chosen))
            else:
                self._offer_resume(page)
        elif (page_id := page_of(view)) is not None:
            fields = self.form.asked_fields(self.form.page(page_id))
            page = QuestionPage(
                fields,
                {
                    f.id: self.form.value(f.id) if f.type == "address" else self.form.edit_text(f.id)
                    for f in fields
                },
            )
            self._offer_same_address(page, fields)
            self._offer_camera(page, fields)
        elif view == "attachments":
            page = AttachmentsPage(
                self.draft.attachment_needs(),
                self.draft.documents,
                scanner_folder=self.scanner_folder,
                since=self.started_at,
            )
        elif view == "delivery":
            page = QuestionPage([delivery_field(self.form.procedure)], {"delivery": self.draft.delivery})
        elif view == "delivery_address":
            address = self.draft.delivery_address or self.form.edit_text("requester.residence")
            page = QuestionPage([DELIVERY_ADDRESS_FIELD], {"delivery_address": address})
        elif view == "review":
            label = DELIVERY_LABELS.get(self.draft.delivery)
            delivery = tr(label) if label is not None else ""
            if self.draft.delivery == "post":
                delivery += f": {self.draft.delivery_address}"
            papers = [
                (
                    need.name,
                    tr("{count} tệp", count=count)
                    if (count := len(self.draft.documents.get(need.id, [])))
                    else tr("Chưa có"),
                )
                for need in self.draft.attachment_needs()
                if need.needed or self.draft.documents.get(need.id)
            ]
            page = ReviewPage(
                self.form.review(),
                delivery,
                notices=self.form.notices(),
                fee_lines=self.form.fee().lines,
                documents=papers,
                procedure_name=self.form.procedure.name,
            )
            page.edit_requested.connect(self._edit)
            next_text = tr("Nộp hồ sơ  ›")
            next_description = tr("Gửi hồ sơ tới cơ quan giải quyết qua cổng dịch vụ công")
        elif self.waiting is not None:
            waiting = WaitingPage(self.waiting.local_ref, self.form.fee().amount)
            waiting.print_requested.connect(self._print_slip)
            waiting.finished.connect(self.finished)
            page, next_text = waiting, ""
        elif self.rating_asked and self.dossier is not None:
            panel = RatingPanel(self.session.portal, self.dossier.code, self.dossier.lookup_code)
            page, back, next_text = panel, False, tr("Xong, về trang chủ")
            next_description = tr("Kết thúc, xoá thông tin của bạn khỏi máy và trở về màn hình đầu")
        elif self._fee_to_settle():
            assert self.dossier is not None
            payment = PaymentPage(self.session.portal, self.dossier)
            payment.settled.connect(self._settled)
            payment.paid_now.connect(self._fee_paid)
            self.patience.emit(PAYMENT_PATIENCE_S)  # a bank app takes an old hand a while
            page, back = payment, False
            next_text = tr("Tôi sẽ nộp tại quầy  ›")
            next_description = tr(
                "Không trả bằng điện thoại; giấy biên nhận sẽ ghi “Chưa thanh toán — nộp tại quầy”"
            )
        else:
            page = ConfirmationPage(self._receipt())
            page.print_requested.connect(self._print)
            page.finished.connect(self._after_confirmation)
            next_text = ""
        self._show(page, next_text, next_description, can_go_back=back)

    def _show(
        self, page: QWidget, next_text: str, next_description: str, *, can_go_back: bool = True
    ) -> None:
        self.frame.set_page(page, where=self._where(), next_text=next_text, can_go_back=can_go_back)
        self.frame.next_button.setAccessibleDescription(next_description)
        apply_reading_order(self.frame)

    def _offer_camera(self, page: QuestionPage, fields: list[Field]) -> None:
        """On a question about a person, where the kiosk has a camera, the card can be shown to it."""
        prefix = fields[0].id.split(".", 1)[0] if fields else ""
        if prefix not in SCANNABLE or not camera.camera_available():
            return
        button = BigButton(
            "📷  " + tr("Quét thẻ CCCD"),
            name=tr("Quét thẻ CCCD bằng máy ảnh"),
            description=tr("Điền thông tin của người này từ mã QR trên thẻ căn cước"),
        )

        def start(_: bool = False) -> None:
            scanner = camera.CameraScanner(page)  # stops with the page

            def read(text: str) -> None:
                scanner.stop()
                self.accept_scan(text)

            scanner.scanned.connect(read)
            scanner.start()
            button.setText(tr("Đưa mặt sau thẻ CCCD (có mã QR) trước máy ảnh…"))

        button.clicked.connect(start)
        page.add_note_widget(button)

    def _offer_same_address(self, page: QuestionPage, fields: list[Field]) -> None:
        """A parent usually lives with the requester: one tap copies the requester's address."""
        source = SAME_ADDRESS_SOURCE
        known = self.form.value(source) if source in self.form.procedure.fields else None
        for field in fields:
            if field.type == "address" and field.id != source and known is not None:
                same = BigButton(
                    tr("Cùng địa chỉ với người đi đăng ký"),
                    name=tr("{question}: cùng địa chỉ với người đi đăng ký", question=localized(field.label)),
                    description=tr("Dùng địa chỉ của người đi đăng ký và sang câu tiếp theo"),
                )

                def copy(_: bool = False, target: str = field.id) -> None:
                    if self.form.answer(target, known).ok:
                        self._forward()

                same.clicked.connect(copy)
                page.add_note_widget(same)

    # -- the draft: saved as the person goes, offered again after a crash ------------------------------
    def _owner(self) -> str | None:
        number = self.draft.account.get("id_number")
        return self.fingerprint(str(number)) if self.fingerprint and number else None

    def _save_draft(self) -> None:
        if self.drafts is None or self.draft.form is None:
            return
        drafts, draft_id, owner = self.drafts, self.draft_id, self._owner()
        text, code = encode(self.draft, self.nav.current), self.form.procedure.code
        _in_order(lambda: drafts.save(draft_id, procedure_code=code, answers_json=text, owner=owner))

    def _drop_draft(self) -> Future[None] | None:
        if self.drafts is None:
            return None
        drafts, draft_id = self.drafts, self.draft_id
        return _in_order(lambda: drafts.delete(draft_id))

    def _offer_resume(self, page: ProcedurePage) -> None:
        """The same person (the same CCCD, by its fingerprint) left a dossier unfinished: offer it."""
        owner = self._owner()
        if self.drafts is None or owner is None or self.draft.form is not None:
            return
        found = self.drafts.find_by_owner(owner)
        if found is None or found.draft_id == self.draft_id or found.procedure_code not in self.catalog:
            return
        when = found.updated_at.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m")
        name = localized(self.catalog[found.procedure_code].name)
        button = page.offer_resume(
            tr("Tiếp tục hồ sơ đang làm dở: {name} (lúc {when})", name=name, when=when)
        )
        button.clicked.connect(lambda _=False, d=found.draft_id: self._resume(d))

    def _resume(self, draft_id: str) -> None:
        assert self.drafts is not None
        if not self.drafts.belongs_to(draft_id, self._owner()):
            page = self.frame.page()
            if isinstance(page, ProcedurePage):  # someone else's answers are never shown to this person
                page.error.show_message(tr("Hồ sơ đang làm dở này là của người khác: bắt đầu hồ sơ mới."))
            return
        text = self.drafts.load(draft_id)
        view = decode_into(self.draft, self.catalog[procedure_of(text)], text)
        if self.draft.form is not None:
            logs.remember_sensitive(
                self.draft.delivery_address,
                *(
                    self.form.value(f.id)
                    for f in self.form.procedure.fields.values()
                    if f.type not in ("choice", "yes_no", "ethnicity")
                ),
            )
        self.draft_id = draft_id  # saving goes on into the same draft
        self.nav.forward(self.draft)
        if view and view not in ("confirmation", "procedure", "login"):
            self.nav.jump(view)
        self._render()

    def forget(self) -> None:
        """Drops everything this person gave, at once, instead of waiting for the garbage collector."""
        self._drop_draft()  # the visit ended (finished, "Về trang chủ" or no answer): so does its draft
        self.draft.documents.clear()
        self.draft.form = None
        self.draft.account.clear()
        self.dossier = None

    # -- a scanned CCCD card ------------------------------------------------------------------------
    def accept_scan(self, text: str) -> None:
        """A 2D scanner read a CCCD card: fill whoever the current question is about, then confirm."""
        page, page_id = self.frame.page(), page_of(self.nav.current)
        if isinstance(page, LoginPage) and not self.frame.busy:
            try:
                page.username.setText(parse_cccd_qr(text).number)  # the card's number is the login name
                page.error.clear_message()
                page.password.setFocus()
            except CccdError as exc:
                page.error.show_message(tr(exc.message))
                page.error.setFocus()
            return
        if not isinstance(page, QuestionPage) or page_id is None or self.frame.busy:
            return
        first = next(iter(page.inputs))
        prefix = first.split(".", 1)[0]
        if prefix not in SCANNABLE:
            page.show_error(first, tr("Câu hỏi này không lấy thông tin từ thẻ căn cước."))
            return
        try:
            card = parse_cccd_qr(text)
            logs.remember_sensitive(card)
        except CccdError as exc:
            page.show_error(first, exc.message)
            return
        results = self.form.fill_person(prefix, card_values(card))
        if not results:
            page.show_error(first, tr("Tờ khai không hỏi thông tin nào có trên thẻ này."))
            return
        fields = self.form.procedure.fields
        filled = [(fields[f].label, self.form.review_text(f)) for f, a in results.items() if a.ok]
        unfilled = [(fields[f].label, a.message) for f, a in results.items() if not a.ok]
        confirm = ScanConfirmPage(SCANNABLE[prefix], filled, unfilled)
        confirm.rescan.connect(self._render)
        self._after_scan = self._next_unanswered(page_id, prefix)
        self._show(confirm, tr("Đúng, tiếp tục  ›"), tr("Thông tin từ thẻ đúng: sang câu hỏi tiếp theo"))

    def _next_unanswered(self, page_id: str, prefix: str) -> str:
        """The first page from here on that still needs an answer (a page the card did not fill)."""
        pages = self.form.pages()
        ids = [p.id for p in pages]
        problems = self.form.problems()
        for page in pages[ids.index(page_id) :]:
            about_person = page.fields[0].id.startswith(prefix + ".")
            if not about_person or any(f.id in problems for f in page.fields):
                return question_view(page.id)
        if self.draft.editing and not self.draft.missing_documents():
            return "review"
        return "attachments" if self.draft.attachment_needs() else "delivery"

    # -- navigation --------------------------------------------------------------------------------
    def _forward(self) -> None:
        self._save_draft()
        self.nav.forward(self.draft)
        if self.nav.current == "review":
            self.draft.editing = False
        self._render()

    def _back(self) -> None:
        page = self.frame.page()
        if isinstance(page, AttachmentsPage):
            if page.busy():
                return  # a file is still being read: its card says so
            self.draft.documents = page.documents()  # what was added or removed stays so
        if self.nav.back() is not None:
            self._render()

    def _edit(self, page_id: str) -> None:
        self.draft.editing = True
        self.nav.jump(page_id if page_id in ("delivery", "attachments") else f"question:{page_id}")
        self._render()

    def _choose_procedure(self, code: str) -> None:
        self.draft.start(self.catalog[code])
        self._forward()

    def _next(self) -> None:
        page = self.frame.page()
        view = self.nav.current
        if isinstance(page, LoginPage):
            self._login(page)
        elif isinstance(page, ReviewPage):
            self._submit(page)
        elif isinstance(page, PaymentPage):
            page.go_on()
        elif isinstance(page, RatingPanel):
            self.finished.emit()
        elif isinstance(page, AttachmentsPage):
            if page.busy():
                return  # still reading a file: its card says "Đang xử lý…"
            self.draft.documents = page.documents()
            if page.missing():
                page.show_missing()
                return
            self._forward()
        elif isinstance(page, ScanConfirmPage):
            self.nav.jump(self._after_scan)
            self._render()
        elif isinstance(page, QuestionPage) and self._accept(page, view):
            self._forward()

    def _accept(self, page: QuestionPage, view: str) -> bool:
        """Hands each answer to the engine; shows its message where one is refused."""
        page.clear_errors()
        if view in ("delivery", "delivery_address"):
            return self._accept_delivery(page, view)
        refused: list[str] = []
        for field_id in page.inputs:
            verdict = self.form.answer(field_id, page.raw(field_id))
            if not verdict.ok:
                page.show_error(field_id, verdict.message, focus=not refused)  # focus on the first
                refused.append(field_id)
        if len(refused) > 1:
            page.show_summary(refused)  # the summary at the top names them all and takes the focus
        return not refused

    def _accept_delivery(self, page: QuestionPage, view: str) -> bool:
        field = delivery_field(self.form.procedure) if view == "delivery" else DELIVERY_ADDRESS_FIELD
        raw = page.raw(view)
        try:
            if fieldtypes.is_empty(raw):
                raise fieldtypes.Invalid(REQUIRED_MESSAGE)
            value = str(fieldtypes.parse(field, raw, self.form.today))
        except fieldtypes.Invalid as exc:
            page.show_error(view, str(exc))
            return False
        if view == "delivery":
            self.draft.delivery = value
        else:
            self.draft.delivery_address = value
        return True

    # -- portal ------------------------------------------------------------------------------------
    def _login(self, page: LoginPage) -> None:
        problem = page.problem()
        if problem:
            page.error.show_message(problem)
            page.error.setFocus()
            return
        page.error.clear_message()
        username, password = page.credentials()
        self.frame.set_busy(True, tr("Đang đăng nhập…"))

        def done(_account: object) -> None:
            before = self.draft.account.get("id_number")
            self.draft.logged_in = True
            self.draft.account = self.session.account_answers()
            if self.draft.form is not None and before == self.draft.account.get("id_number"):
                # The same person logged in again after the token expired: keep their answers.
                self.nav.drop("login")
            else:
                # Someone new: nothing typed or attached before is theirs; Back never reopens the login.
                self.draft = DossierDraft(logged_in=True, account=self.session.account_answers())
                self.nav = DossierNavigator(self.draft)
                self.idempotency_key = ""
            self._render()

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            page.error.show_message(plain_message(exc))
            page.error.setFocus()

        run_in_background(lambda: self.session.login(username, password), done, failed, owner=self)

    def _load_procedures(self, page: ProcedurePage) -> None:
        def done(offered: list[ProcedureInfo]) -> None:
            page.show_procedures(self.catalog, offered)

        def failed(exc: Exception) -> None:
            page.loading.hide()
            page.error.show_message(plain_message(exc))
            page.retry.show()
            page.error.setFocus()

        page.retry.hide()
        page.error.clear_message()
        page.loading.show()
        run_in_background(self.session.portal.procedures, done, failed, owner=page)

    def _submit(self, page: ReviewPage) -> None:
        if self.draft.missing_documents():
            self.draft.editing = True
            self.nav.jump("attachments")
            self._render()
            papers = self.frame.page()
            assert isinstance(papers, AttachmentsPage)
            papers.show_missing()
            return
        problems = self.form.problems()
        if problems:
            first = next(iter(problems.values()))
            page.error.show_message(
                tr(
                    "Hồ sơ còn thiếu thông tin: {problem} Bấm “Sửa” ở dòng còn trống.",
                    problem=localized(first.message),
                )
            )
            page.error.setFocus()
            return
        page.error.clear_message()
        try:
            request = DossierCreate(
                procedure_code=self.form.procedure.code,
                procedure_version=self.form.procedure.version,
                answers=self.form.payload(),
                delivery=self.draft.delivery,  # type: ignore[arg-type]
                delivery_address=self.draft.delivery_address if self.draft.delivery == "post" else None,
            )
        except ValueError:
            page.error.show_message(
                tr("Một số thông tin chưa đúng dạng. Vui lòng bấm “Sửa” và kiểm tra lại.")
            )
            page.error.setFocus()
            return
        # One key per dossier: a retry after a lost answer gives back the same dossier, never a second one.
        self.idempotency_key = self.idempotency_key or str(uuid.uuid4())
        key = self.idempotency_key
        self.frame.set_busy(True, tr("Đang gửi…"))

        def done(dossier: Dossier) -> None:
            self._drop_draft()
            self.dossier = dossier
            self.session.dossiers.append(dossier)
            self.on_submitted(dossier)
            self.nav.jump("confirmation")
            self._render()

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            if isinstance(exc, PortalRejected) and not isinstance(exc, LoginExpired):
                self.idempotency_key = ""  # refused, so nothing was stored: a corrected dossier is a new one
            if isinstance(exc, LoginExpired):
                self.draft.logged_in = False
                self.nav.jump("login")
                self._render()
                login = self.frame.page()
                assert isinstance(login, LoginPage)
                login.error.show_message(
                    " ".join([tr(exc.message), tr("Vui lòng đăng nhập lại; thông tin đã nhập vẫn được giữ.")])
                )
                login.error.setFocus()
                return
            message = plain_message(exc)
            if isinstance(exc, PortalRejected) and exc.field_errors:
                labels = [
                    localized(self.form.procedure.fields[f].label)
                    for f in exc.field_errors
                    if f in self.form.procedure.fields
                ]
                message += " " + "; ".join(labels)
            page.error.show_message(" ".join([message, tr("Bấm “Nộp hồ sơ” để thử lại.")]))
            page.error.setFocus()

        documents = self.draft.documents_to_send()
        if self.handover is not None:
            self._hand_over(page, request, documents)
            return
        run_in_background(
            lambda: self.session.portal.submit_dossier(request, key, documents), done, failed, owner=self
        )

    def _hand_over(self, page: ReviewPage, request: DossierCreate, documents: list[Document]) -> None:
        """Through the outbox: committed (sealed) first, then sent; the person never leaves empty-handed."""
        handover, portal = self.handover, self.session.portal
        assert handover is not None
        token = portal.submission_token or ""  # a grant that outlives the login, where the portal gives one
        code = self.form.procedure.code

        def committed() -> None:  # the outbox has it now: a draft left behind would be a second dossier
            dropped = self._drop_draft()  # after any save still queued: the writes run in order
            if dropped is not None:
                dropped.result()

        def send() -> tuple[OutboxEntry, Dossier | None]:
            entry = handover.submit(request, documents, token, code, on_committed=committed)
            if entry.state is OutboxState.DELIVERED and entry.dossier_code and entry.lookup_code:
                try:  # the whole dossier (received at, appointment) for the receipt
                    return entry, portal.get_dossier(entry.dossier_code, entry.lookup_code)
                except PortalError:
                    return entry, None
            return entry, None

        def done(result: tuple[OutboxEntry, Dossier | None]) -> None:
            entry, dossier = result
            if entry.state is OutboxState.REJECTED:
                self._save_draft()  # the person fixes it now: their answers are kept again first
                handover.outbox.discard_rejected(entry.local_ref)  # corrected, it will be a new one
                self.frame.set_busy(False)
                page.error.show_message(" ".join([tr(entry.last_error), tr("Bấm “Sửa” để kiểm tra lại.")]))
                page.error.setFocus()
                return
            if dossier is not None:
                self.dossier = dossier
                self.session.dossiers.append(dossier)
                self.on_submitted(dossier)
            else:  # not answered yet (or answered, and the details could not be fetched): the slip
                self.waiting = entry
            self.nav.jump("confirmation")
            self._render()

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            page.error.show_message(
                tr("Không lưu được hồ sơ trên máy này. Vui lòng báo cán bộ; thông tin đã nhập vẫn còn.")
            )
            page.error.setFocus()

        self.frame.set_busy(True, tr("Đang gửi…"))
        run_in_background(send, done, failed, owner=self)

    def _print_slip(self) -> None:
        page = self.frame.page()
        assert isinstance(page, WaitingPage) and self.waiting is not None
        if self.print_slip is None:
            return
        try:
            path = self.print_slip(self.waiting, localized(self.form.procedure.name))
        except OSError:
            page.show_print_problem(tr("Chưa in được giấy chờ gửi. Vui lòng bấm lần nữa hoặc báo cán bộ."))
            return
        page.show_printed(str(path))

    # -- after the portal accepted it: the fee, then the receipt -------------------------------------
    def _fee_to_settle(self) -> bool:
        dossier = self.dossier
        return (
            dossier is not None
            and dossier.fee > 0
            and dossier.payment_status != "paid"
            and self.payment_state is None
        )

    def _after_confirmation(self) -> None:
        """ "Xong": one more question, how it went — once, and only for a dossier not rated yet."""
        if self.dossier is None or self.dossier.rated or self.rating_asked:
            self.finished.emit()
            return
        self.rating_asked = True
        self._render()

    def _fee_paid(self) -> None:
        self.frame.next_button.setText(tr("Tiếp tục  ›"))
        self.frame.next_button.setAccessibleName(tr("Tiếp tục"))
        self.frame.next_button.setAccessibleDescription(tr("Đã thanh toán xong; sang giấy biên nhận"))
        self.frame.next_button.setFocus()

    def _settled(self, state: str) -> None:
        self.patience.emit(0)
        self.payment_state = "paid" if state == "paid" else "unpaid" if state == "unpaid" else "none"
        self._render()

    def _receipt(self) -> Receipt:
        assert self.dossier is not None
        return receipt_for(self.dossier, self.form.procedure, payment=self.payment_state)

    def _print(self) -> None:
        page = self.frame.page()
        assert isinstance(page, ConfirmationPage) and self.dossier is not None
        page.set_printing()
        self.printing.print(
            self._receipt(), owner=page, done=page.show_print_done, problem=page.show_print_problem
        )
