"""The first screen: what would you like to do?"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading


class HomeScreen(QWidget):
    create_account = Signal()
    file_dossier = Signal()
    reprint = Signal()

    def __init__(self) -> None:
        super().__init__()
        s = theme.scale()
        layout = QVBoxLayout(self)
        margin = s.px(theme.MARGIN_PX) * 2
        layout.setContentsMargins(margin, s.px(40), margin, margin)
        layout.setSpacing(s.px(theme.SPACING_PX))
        title = Heading("Dịch vụ công trực tuyến")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hello = Body("Xin chào! Bạn cần làm gì hôm nay? Chạm vào một nút bên dưới.")
        hello.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hello)
        layout.addSpacing(s.px(24))
        self.buttons: dict[str, BigButton] = {}
        for key, text, detail, signal in (
            ("account", "Tạo tài khoản", "Lần đầu dùng dịch vụ công", self.create_account),
            ("dossier", "Nộp hồ sơ", "Ví dụ: đăng ký khai sinh cho cháu bé", self.file_dossier),
            ("reprint", "In biên nhận", "In lại giấy hẹn của hồ sơ đã nộp", self.reprint),
        ):
            button = BigButton(f"{text}\n{detail}", primary=key == "dossier", name=text)
            button.setAccessibleDescription(detail)
            button.setProperty("choice", "home")
            button.clicked.connect(signal)
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
