"""The confirmation: the dossier code, when and where the result comes, what happens next, a big QR.

The printed receipt (kiosk/receipt) is an official paper and stays in Vietnamese; this screen says the
same things in the visit's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.dates import format_date
from kiosk.i18n import procedure_text, tr
from kiosk.receipt.model import Receipt
from kiosk.receipt.pdf import qr_image
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading
from kiosk.wizards.review_page import money_text, payment_state_text


def weekday_text(day: date) -> str:
    names = (
        tr("Thứ Hai"),
        tr("Thứ Ba"),
        tr("Thứ Tư"),
        tr("Thứ Năm"),
        tr("Thứ Sáu"),
        tr("Thứ Bảy"),
        tr("Chủ nhật"),
    )
    return names[day.weekday()]


def receipt_rows(receipt: Receipt) -> list[tuple[str, str, str]]:
    """(key, label, value) for the screen, in the receipt's order; the citizen's name is left out."""
    procedure = procedure_text(receipt.procedure_name)
    if receipt.procedure_code:
        procedure = tr("{procedure} (mã {code})", procedure=procedure, code=receipt.procedure_code)
    received = receipt.received_at
    delivery = (
        tr("Gửi qua dịch vụ bưu chính công ích")
        if receipt.delivery == "post"
        else tr("Nhận tại Bộ phận Một cửa")
    )
    rows = [
        ("dossier_code", tr("Mã hồ sơ"), receipt.dossier_code),
        ("lookup_code", tr("Mã tra cứu"), receipt.lookup_code),
        ("procedure", tr("Thủ tục"), procedure),
        (
            "received_at",
            tr("Thời gian tiếp nhận"),
            tr(
                "{hour} giờ {minute} phút, ngày {date}",
                hour=f"{received.hour:02d}",
                minute=f"{received.minute:02d}",
                date=format_date(received),
            ),
        ),
        ("appointment_on", tr("Ngày hẹn trả kết quả"), format_date(receipt.appointment_on)),
        ("delivery", tr("Nơi nhận kết quả"), delivery),
    ]
    if receipt.fee:
        state = payment_state_text(receipt.payment == "paid")
        rows.append(("fee", tr("Lệ phí"), f"{money_text(receipt.fee)} — {state}"))
    return rows


def next_steps(receipt: Receipt) -> list[str]:
    """What happens next, in plain words for someone who has never used the portal."""
    day = tr(
        "{weekday}, ngày {date}",
        weekday=weekday_text(receipt.appointment_on),
        date=format_date(receipt.appointment_on),
    )
    steps = [tr("Hồ sơ của ông/bà đã được nhận và đang được giải quyết.")]
    if receipt.delivery == "post":
        steps.append(
            tr(
                "Kết quả sẽ được bưu điện mang đến nhà vào khoảng {day}. "
                "Khi nhận, ông/bà đưa thẻ Căn cước (CCCD) cho nhân viên bưu điện xem.",
                day=day,
            )
        )
    else:
        steps.append(
            tr(
                "Đúng {day}, ông/bà mang thẻ Căn cước (CCCD) và tờ giấy này "
                "đến Bộ phận Một cửa để nhận kết quả.",
                day=day,
            )
        )
    if receipt.payment == "unpaid":
        steps.append(
            tr(
                "Hồ sơ có lệ phí {amount} chưa thanh toán. Ông/bà nộp tại quầy khi đến nhận kết quả.",
                amount=money_text(receipt.fee),
            )
        )
    steps.append(
        tr(
            "Hãy giữ tờ giấy này. Muốn biết hồ sơ đã đến đâu, "
            "ông/bà đưa mã QR trên giấy vào máy quét ở mục “Tra cứu hồ sơ”, hoặc đưa giấy cho cán bộ xem."
        )
    )
    return steps


class ConfirmationPage(QWidget):
    print_requested = Signal()
    finished = Signal()

    def __init__(self, receipt: Receipt) -> None:
        super().__init__()
        s = theme.scale()
        outer = QHBoxLayout(self)
        outer.setSpacing(s.px(48))
        left = QVBoxLayout()
        left.setSpacing(s.px(theme.SPACING_PX))
        left.addWidget(Heading("✔  " + tr("Đã nộp hồ sơ thành công")))
        rows = QGridLayout()
        rows.setVerticalSpacing(s.px(10))
        rows.setHorizontalSpacing(s.px(24))
        for index, (what, label, value) in enumerate(receipt_rows(receipt)):
            key = Body(label, small=True)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAccessibleName(f"{label}: {value}")
            if what == "dossier_code":
                shown.setFont(theme.heading_font())
                shown.setObjectName("dossierCode")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            elif what == "lookup_code":
                shown.setObjectName("lookupCode")
            rows.addWidget(key, index, 0)
            rows.addWidget(shown, index, 1)
        rows.setColumnStretch(1, 1)
        left.addLayout(rows)
        left.addWidget(Body(tr("Việc tiếp theo:"), small=False))
        for step in next_steps(receipt):
            left.addWidget(Body(f"•  {step}", small=True))
        left.addStretch(1)
        outer.addLayout(left, 3)

        # Beside the details, always in sight: the QR, then printing and leaving.
        right = QVBoxLayout()
        right.setSpacing(s.px(theme.SPACING_PX))
        qr = QLabel()
        side = s.px(380)
        qr.setPixmap(
            QPixmap.fromImage(qr_image(receipt.qr_payload())).scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        qr.setAccessibleName(tr("Mã QR để tra cứu hồ sơ"))
        qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(qr)
        caption = Body(tr("Quét mã này để xem hồ sơ đã đến đâu"), small=True)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(caption)
        self.print_button = BigButton(
            "🖨  " + tr("In biên nhận"),
            primary=True,
            name=tr("In biên nhận"),
            description=tr("In giấy biên nhận có mã hồ sơ và ngày hẹn trả kết quả"),
        )
        self.print_status = Body("", small=True)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_status.hide()
        self.done_button = BigButton(
            tr("Xong, về trang chủ"),
            name=tr("Xong, về trang chủ"),
            description=tr("Kết thúc, xoá thông tin của bạn khỏi máy và trở về màn hình đầu"),
        )
        self.print_button.clicked.connect(self.print_requested)
        self.done_button.clicked.connect(self.finished)
        right.addWidget(self.print_button)
        right.addWidget(self.print_status)
        right.addWidget(self.done_button)
        right.addStretch(1)
        outer.addLayout(right, 2)

    def set_printing(self) -> None:
        """The receipt is on its way to the printer: the button waits (no second copy by a double tap)."""
        self.print_button.setEnabled(False)
        self.print_status.setText("⏳  " + tr("Đang in biên nhận…"))
        self.print_status.show()

    def show_print_done(self, what: str) -> None:
        self.print_status.setText(what)
        self.print_status.show()
        self._offer_again()

    def show_print_problem(self, message: str) -> None:
        self.print_status.setText(f"⚠  {message}")
        self.print_status.show()
        self._offer_again()

    def _offer_again(self) -> None:
        self.print_button.setText("🖨  " + tr("In lại"))
        self.print_button.setAccessibleName(tr("In lại"))
        self.print_button.setEnabled(True)
