"""Screens that take a password: logging in, and choosing one for a new account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk import logs
from kiosk.domain.text import nfc
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.keyboard import mark_digits, mark_password
from kiosk.ui.widgets import Body, ErrorMessage, Heading

MIN_PASSWORD = 6


def _box(name: str, description: str, *, secret: bool, digits: bool = False) -> QLineEdit:
    box = QLineEdit()
    box.setAccessibleName(name)
    box.setAccessibleDescription(description)
    if secret:
        box.setEchoMode(QLineEdit.EchoMode.Password)
        mark_password(box)  # hidden, never learnt or suggested, no capital the person did not ask for
    if digits:
        mark_digits(box)
    return box


class LoginPage(QWidget):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading(tr("Đăng nhập tài khoản dịch vụ công")))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        layout.addWidget(Body(tr("Số căn cước (12 chữ số)")))
        self.username = _box(
            tr("Số căn cước"),
            tr("Nhập 12 chữ số in trên thẻ căn cước, hoặc đưa mã QR trên thẻ vào máy quét."),
            secret=False,
            digits=True,
        )
        self.username.setPlaceholderText(tr("12 chữ số trên thẻ căn cước"))
        layout.addWidget(self.username)
        layout.addWidget(Body(tr("Mật khẩu")))
        self.password = _box(
            tr("Mật khẩu"), tr("Mật khẩu bạn đặt khi tạo tài khoản. Chữ gõ vào được che đi."), secret=True
        )
        layout.addWidget(self.password)
        layout.addStretch(1)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.username)

    def problem(self) -> str | None:
        number = self.username.text().replace(" ", "")
        if not (len(number) == 12 and number.isascii() and number.isdigit()):
            return tr("Số căn cước phải có đúng 12 chữ số.")
        if not self.password.text():
            return tr("Vui lòng nhập mật khẩu.")
        return None

    def credentials(self) -> tuple[str, str]:
        username = self.username.text().replace(" ", "")
        logs.remember_sensitive(username)
        return username, nfc(self.password.text())


class NewPasswordPage(QWidget):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading(tr("Đặt mật khẩu cho tài khoản")))
        rule = tr(
            "Mật khẩu có ít nhất {count} ký tự. Hãy chọn điều dễ nhớ với bạn nhưng người khác khó đoán.",
            count=MIN_PASSWORD,
        )
        layout.addWidget(Body(rule, small=True))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        layout.addWidget(Body(tr("Mật khẩu")))
        self.password = _box(tr("Mật khẩu mới"), rule, secret=True)
        layout.addWidget(self.password)
        layout.addWidget(Body(tr("Nhập lại mật khẩu")))
        self.repeat = _box(
            tr("Nhập lại mật khẩu mới"),
            tr("Gõ lại đúng mật khẩu vừa nhập để chắc chắn không gõ nhầm."),
            secret=True,
        )
        layout.addWidget(self.repeat)
        layout.addStretch(1)
        self.password.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.password)

    def problem(self) -> str | None:
        if len(self.password.text()) < MIN_PASSWORD:
            return tr("Mật khẩu cần ít nhất {count} ký tự.", count=MIN_PASSWORD)
        if self.password.text() != self.repeat.text():
            return tr("Hai lần nhập mật khẩu chưa giống nhau. Vui lòng nhập lại.")
        return None

    def password_text(self) -> str:
        return nfc(self.password.text())
