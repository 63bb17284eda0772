"""Screens that take a password: logging in, and choosing one for a new account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.text import nfc
from kiosk.ui import theme
from kiosk.ui.widgets import Body, ErrorMessage, Heading

MIN_PASSWORD = 6


def _box(name: str, *, secret: bool, digits: bool = False) -> QLineEdit:
    box = QLineEdit()
    box.setAccessibleName(name)
    if secret:
        box.setEchoMode(QLineEdit.EchoMode.Password)
        box.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
    if digits:
        box.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return box


class LoginPage(QWidget):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading("Đăng nhập tài khoản dịch vụ công"))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        layout.addWidget(Body("Số căn cước (12 chữ số)"))
        self.username = _box("Số căn cước", secret=False, digits=True)
        self.username.setPlaceholderText("12 chữ số trên thẻ căn cước")
        layout.addWidget(self.username)
        layout.addWidget(Body("Mật khẩu"))
        self.password = _box("Mật khẩu", secret=True)
        layout.addWidget(self.password)
        layout.addStretch(1)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.username)

    def problem(self) -> str | None:
        number = self.username.text().replace(" ", "")
        if not (len(number) == 12 and number.isascii() and number.isdigit()):
            return "Số căn cước phải có đúng 12 chữ số."
        if not self.password.text():
            return "Vui lòng nhập mật khẩu."
        return None

    def credentials(self) -> tuple[str, str]:
        return self.username.text().replace(" ", ""), nfc(self.password.text())


class NewPasswordPage(QWidget):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading("Đặt mật khẩu cho tài khoản"))
        layout.addWidget(
            Body(
                f"Mật khẩu có ít nhất {MIN_PASSWORD} ký tự. "
                "Hãy chọn điều dễ nhớ với bạn nhưng người khác khó đoán.",
                small=True,
            )
        )
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        layout.addWidget(Body("Mật khẩu"))
        self.password = _box("Mật khẩu mới", secret=True)
        layout.addWidget(self.password)
        layout.addWidget(Body("Nhập lại mật khẩu"))
        self.repeat = _box("Nhập lại mật khẩu mới", secret=True)
        layout.addWidget(self.repeat)
        layout.addStretch(1)
        self.password.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.password)

    def problem(self) -> str | None:
        if len(self.password.text()) < MIN_PASSWORD:
            return f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."
        if self.password.text() != self.repeat.text():
            return "Hai lần nhập mật khẩu chưa giống nhau. Vui lòng nhập lại."
        return None

    def password_text(self) -> str:
        return nfc(self.password.text())
