"""The fee, after the dossier is accepted: the amount in figures and in words, a VietQR code to pay with a
bank app, or "I will pay at the desk". The portal's payment state is polled until the bank's transfer
arrives; nothing here blocks the screen, and paying later at the desk is always a choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.money import amount_in_words, amount_in_words_en
from kiosk.domain.vietqr import parse_vietqr
from kiosk.i18n import language, tr
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalError, PortalRejected
from kiosk.portal.models import Dossier, Payment
from kiosk.receipt.pdf import qr_image
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.review_page import money_text

POLL_MS = 3000  # how often the portal is asked whether the bank's transfer has arrived
QR_PX = 380


def words_for(amount: int) -> str:
    """The amount in words, in the visit's language."""
    return amount_in_words_en(amount) if language() == "en" else amount_in_words(amount)


def usable(payment: Payment, amount: int) -> bool:
    """Whether the portal's VietQR payload is whole (CRC) and says what the screen says: the `amount` on
    the screen (the dossier's fee), the bank and account, and the transfer note the portal matches the
    money by. A damaged or mismatched
    code is never shown: the money would go astray."""
    try:
        code = parse_vietqr(payment.vietqr)
    except ValueError:
        return False
    shown = (amount, payment.bank_bin, payment.account_number, payment.purpose)
    return (code.amount, code.bank_bin, code.account_number, code.purpose) == shown


class PaymentPage(QWidget):
    """The fee page. The frame's big button goes on (`go_on`): "Tôi sẽ nộp tại quầy" until the money
    arrives, then "Tiếp tục"; `paid_now` says when to relabel it. `settled` carries "paid", "unpaid"
    (to be paid at the desk) or "none" (the portal says there is nothing to pay)."""

    settled = Signal(str)
    paid_now = Signal()

    def __init__(self, portal: PortalClient, dossier: Dossier, *, poll_ms: int = POLL_MS) -> None:
        super().__init__()
        self.portal = portal
        self.code, self.lookup = dossier.code, dossier.lookup_code
        self.amount = dossier.fee
        self.paid = False
        self._asking = False
        self._leaving = False
        self._misses = 0
        s = theme.scale()
        outer = QHBoxLayout(self)
        outer.setSpacing(s.px(48))

        left = QVBoxLayout()
        left.setSpacing(theme.gap())
        # The dossier is filed already: its codes are here too, so nobody leaves this page without them.
        filed = Body(
            "✔  "
            + tr(
                "Hồ sơ đã nộp xong. Mã hồ sơ: {code} — Mã tra cứu: {lookup}",
                code=dossier.code,
                lookup=dossier.lookup_code,
            ),
            small=True,
        )
        filed.setObjectName("filedCodes")
        filed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(filed)
        figure = Heading(tr("Lệ phí: {amount}", amount=money_text(self.amount)))
        figure.setObjectName("feeAmount")
        left.addWidget(figure)
        self.words = Body(tr("Bằng chữ: {words}", words=words_for(self.amount)))
        self.words.setObjectName("feeWords")
        left.addWidget(self.words)
        left.addWidget(
            Body(
                tr(
                    "Ông/bà có thể trả ngay bằng ứng dụng ngân hàng trên điện thoại (quét mã QR bên cạnh), "
                    "hoặc nộp tiền mặt tại quầy khi đến nhận kết quả."
                )
            )
        )
        self.status = Body("")
        self.status.setObjectName("paymentStatus")
        self.status.setFont(theme.heading_font())  # the answer the person waits for: large
        left.addWidget(self.status)
        self.error = ErrorMessage()
        left.addWidget(self.error)
        self.retry_button = BigButton(
            tr("Thử lại"), name=tr("Thử lại"), description=tr("Tạo lại mã QR để trả bằng ứng dụng ngân hàng")
        )
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        left.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.account = QGridLayout()  # filled when the portal answers: for a transfer typed by hand
        self.account.setHorizontalSpacing(s.px(24))
        self.account.setVerticalSpacing(s.px(4))
        self.account.setColumnStretch(1, 1)
        left.addLayout(self.account)
        left.addStretch(1)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(s.px(8))
        self.qr = QLabel()
        self.qr.setObjectName("vietqr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(tr("Mã VietQR để trả lệ phí bằng ứng dụng ngân hàng"))
        self.qr.setMinimumSize(s.px(QR_PX), s.px(QR_PX))
        right.addWidget(self.qr)
        self.how = QVBoxLayout()
        for step in (
            tr("1. Mở ứng dụng ngân hàng, chọn “Quét mã QR”."),
            tr("2. Đưa điện thoại vào mã QR này."),
            tr("3. Thấy đúng số tiền {amount} thì xác nhận.", amount=money_text(self.amount)),
        ):
            self.how.addWidget(Body(step, small=True))
        right.addLayout(self.how)
        right.addStretch(1)
        outer.addLayout(right, 2)
        self.payment: Payment | None = None

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._poll)
        self.status.setText("⏳  " + tr("Đang tạo mã thanh toán…"))
        QTimer.singleShot(0, self.start)

    # -- the portal ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Ask the portal for the payment (the same one every time) and show its VietQR code."""
        self.error.clear_message()
        self.retry_button.hide()
        run_in_background(
            lambda: self.portal.start_payment(self.code, self.lookup),
            self._started,
            self._not_started,
            owner=self,
        )

    def _started(self, payment: Payment) -> None:
        self.payment = payment
        if payment.status == "paid":
            self._show_paid()
            return
        if not usable(payment, self.amount):
            self._no_code(tr("Mã thanh toán nhận được không đúng nên máy không hiển thị."))
            return
        s = theme.scale()
        side = s.px(QR_PX)
        self.qr.setPixmap(
            QPixmap.fromImage(qr_image(payment.vietqr)).scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        self.qr.show()
        for row, (label, value) in enumerate(
            (
                (tr("Ngân hàng"), payment.bank_name),
                (tr("Số tài khoản"), payment.account_number),
                (tr("Chủ tài khoản"), payment.account_name),
                (tr("Nội dung chuyển khoản"), payment.purpose),
            )
        ):
            key, shown = Body(label, small=True), Body(value, small=True)
            key.setWordWrap(False)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label}: {value}")
            self.account.addWidget(key, row, 0)
            self.account.addWidget(shown, row, 1)
            key.show()  # added to a page already on screen
            shown.show()
        self.status.setText("⏳  " + tr("Đang chờ ngân hàng báo đã nhận tiền…"))
        self.timer.start()

    def _not_started(self, exc: Exception) -> None:
        if isinstance(exc, PortalRejected) and exc.status == 409:  # nothing to pay after all
            self.paid = True
            self.settled.emit("none")
            return
        if isinstance(exc, PortalRejected) and exc.status == 429:  # the portal slows this machine down
            self._no_code(tr("Cổng dịch vụ công đang tạm ngừng trả lời máy này."))
            return
        self._no_code(tr("Chưa tạo được mã thanh toán vì chưa kết nối được với cổng dịch vụ công."))

    def _no_code(self, why: str) -> None:
        self.qr.clear()
        self.qr.hide()
        self.status.setText("")
        self.error.show_message(" ".join([why, tr("Ông/bà có thể bấm “Thử lại”, hoặc nộp tại quầy.")]))
        self.retry_button.show()

    def _poll(self) -> None:
        if self._asking or self.paid:
            return
        self._asking = True
        run_in_background(
            lambda: self.portal.payment(self.code, self.lookup), self._polled, self._poll_failed, owner=self
        )

    def _polled(self, payment: Payment) -> None:
        self._asking = False
        self._misses = 0
        if payment.status == "paid":
            self._show_paid()

    def _poll_failed(self, exc: Exception) -> None:
        self._asking = False
        self._misses += 1
        if isinstance(exc, PortalError) and self._misses >= 3:
            self.status.setText("⏳  " + tr("Chưa hỏi được ngân hàng; máy vẫn đang thử lại…"))

    # -- the person's choices ------------------------------------------------------------------------
    def _show_paid(self) -> None:
        self.paid = True
        self.timer.stop()
        self.error.clear_message()
        thanks = tr("Đã thanh toán {amount}. Cảm ơn ông/bà.", amount=money_text(self.amount))
        self.status.setText("✔  " + thanks)
        self.retry_button.hide()
        self.paid_now.emit()

    def go_on(self) -> None:
        """The person pressed the big button: paid, go on; not (yet), pay at the desk — after one last
        look, so money sent a moment ago is not printed as unpaid."""
        self.timer.stop()
        if self._leaving:  # one answer only, however often the button is pressed
            return
        self._leaving = True
        if self.paid:
            self.settled.emit("paid")
            return
        self.retry_button.hide()

        def answered(payment: Payment) -> None:
            self.settled.emit("paid" if payment.status == "paid" else "unpaid")

        run_in_background(
            lambda: self.portal.payment(self.code, self.lookup),
            answered,
            lambda _exc: self.settled.emit("unpaid"),
            owner=self,
        )

    def stop(self) -> None:
        """No more questions to the portal (the visit ended or the page was left)."""
        self.timer.stop()
