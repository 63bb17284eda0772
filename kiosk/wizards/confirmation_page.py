"""The confirmation: the dossier code, when and where the result comes, what happens next, a big QR."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.receipt.model import Receipt
from kiosk.receipt.pdf import qr_image
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading


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
        left.addWidget(Heading("✔  Đã nộp hồ sơ thành công"))
        rows = QGridLayout()
        rows.setVerticalSpacing(s.px(10))
        rows.setHorizontalSpacing(s.px(24))
        for index, (label, value) in enumerate(receipt.lines()):
            if label == "Người nộp":
                continue
            key = Body(label, small=True)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAccessibleName(f"{label}: {value}")
            if label == "Mã hồ sơ":
                shown.setFont(theme.heading_font())
                shown.setObjectName("dossierCode")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            elif label == "Mã tra cứu":
                shown.setObjectName("lookupCode")
            rows.addWidget(key, index, 0)
            rows.addWidget(shown, index, 1)
        rows.setColumnStretch(1, 1)
        left.addLayout(rows)
        left.addWidget(Body("Việc tiếp theo:", small=False))
        for step in receipt.next_steps():
            left.addWidget(Body(f"•  {step}", small=True))
        self.print_status = Body("", small=True)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_status.hide()
        left.addWidget(self.print_status)
        left.addStretch(1)
        buttons = QHBoxLayout()
        self.print_button = BigButton("🖨  In biên nhận", primary=True, name="In biên nhận")
        self.done_button = BigButton("Xong, về trang chủ", name="Xong, về trang chủ")
        self.print_button.clicked.connect(self.print_requested)
        self.done_button.clicked.connect(self.finished)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.done_button)
        left.addLayout(buttons)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        qr = QLabel()
        side = s.px(460)
        qr.setPixmap(
            QPixmap.fromImage(qr_image(receipt.qr_payload())).scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        qr.setAccessibleName("Mã QR để tra cứu hồ sơ")
        qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(qr)
        caption = Body("Quét mã này để xem hồ sơ đã đến đâu", small=True)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(caption)
        right.addStretch(1)
        outer.addLayout(right, 2)

    def show_printed(self, where: str) -> None:
        self.print_status.setText(f"Biên nhận đã được lưu thành tệp PDF tại:\n{where}")
        self.print_status.show()

    def show_print_problem(self, message: str) -> None:
        self.print_status.setText(f"⚠  {message}")
        self.print_status.show()
