"""When the portal cannot be reached: the dossier is kept (encrypted) and sent later; the person leaves
with a slip saying so, never with the impression that it was filed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading
from kiosk.wizards.review_page import money_text


class WaitingPage(QWidget):
    print_requested = Signal()
    finished = Signal()

    def __init__(self, local_ref: str, fee: int | None = 0) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.gap())
        layout.addWidget(Heading("⏳  " + tr("Hồ sơ đang chờ gửi")))
        layout.addWidget(
            Body(
                tr(
                    "Máy chưa kết nối được với cổng dịch vụ công. Hồ sơ của bạn đã được lưu an toàn trên "
                    "máy này và sẽ tự động gửi đi khi có kết nối. Bạn không cần nhập lại."
                )
            )
        )
        layout.addWidget(Body(tr("Mã chờ gửi của bạn:"), small=True))
        self.reference = QLabel(local_ref)
        self.reference.setObjectName("localRef")
        self.reference.setFont(theme.heading_font())
        self.reference.setProperty("textRole", "heading")
        self.reference.setAccessibleName(tr("Mã chờ gửi: {ref}", ref=" ".join(local_ref)))
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.reference)
        layout.addWidget(Body(tr("Việc tiếp theo:")))
        for step in (
            tr("Máy sẽ tự gửi hồ sơ; khi gửi xong, cán bộ tại quầy có mã hồ sơ và ngày hẹn cho bạn."),
            tr("Hãy in và giữ giấy chờ gửi; muốn hỏi, đưa mã chờ gửi cho cán bộ."),
        ):
            layout.addWidget(Body(f"•  {step}", small=True))
        if fee:  # not paid here: the portal has not seen the dossier yet, so it cannot ask for the fee
            owed = tr(
                "Hồ sơ có lệ phí {amount}. Ông/bà nộp tại quầy khi đến nhận kết quả.", amount=money_text(fee)
            )
            fee_line = Body(f"•  {owed}", small=True)
            fee_line.setObjectName("waitingFee")
            layout.addWidget(fee_line)
        self.print_status = Body("", small=True)
        self.print_status.hide()
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(theme.gap())
        self.print_button = BigButton(
            "🖨  " + tr("In giấy chờ gửi"),
            primary=True,
            name=tr("In giấy chờ gửi"),
            description=tr("In tờ giấy có mã chờ gửi và việc tiếp theo"),
        )
        self.done_button = BigButton(
            tr("Xong, về trang chủ"),
            name=tr("Xong, về trang chủ"),
            description=tr("Kết thúc, xoá thông tin của bạn khỏi màn hình và trở về màn hình đầu"),
        )
        self.print_button.clicked.connect(self.print_requested)
        self.done_button.clicked.connect(self.finished)
        row.addWidget(self.print_button)
        row.addWidget(self.done_button)
        layout.addLayout(row)

    def show_printed(self, where: str) -> None:
        self.print_status.setText(tr("Giấy chờ gửi đã được lưu thành tệp PDF tại:") + "\n" + where)
        self.print_status.show()

    def show_print_problem(self, message: str) -> None:
        self.print_status.setText(f"⚠  {message}")
        self.print_status.show()
