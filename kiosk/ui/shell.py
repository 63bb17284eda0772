"""The window everything happens in: the demo banner on top, one screen at a time below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.ui import theme

DEMO_TEXT = "CHẾ ĐỘ THỬ NGHIỆM — hồ sơ không được gửi tới cơ quan thật"


class DemoBanner(QWidget):
    """Says, on every screen, that nothing goes to a real office; shows the OTP instead of an SMS."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("demoBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        pad = theme.scale().px(12)
        row.setContentsMargins(theme.scale().px(theme.MARGIN_PX), pad, theme.scale().px(theme.MARGIN_PX), pad)
        self.label = QLabel(DEMO_TEXT)
        self.label.setFont(theme.small_font())
        self.label.setAccessibleName(DEMO_TEXT)
        self.otp = QLabel()
        self.otp.setFont(theme.heading_font())
        self.otp.setAccessibleName("Mã OTP thử nghiệm")
        self.otp.hide()
        row.addWidget(self.label, 1)
        row.addWidget(self.otp)

    def show_otp(self, otp: str) -> None:
        self.otp.setText(f"Tin nhắn thử: mã OTP {otp}")
        self.otp.setAccessibleName(f"Mã OTP thử nghiệm {otp}")
        self.otp.show()

    def clear_otp(self) -> None:
        self.otp.clear()
        self.otp.setAccessibleName("Mã OTP thử nghiệm")
        self.otp.hide()


class Shell(QMainWindow):
    def __init__(self, *, demo: bool) -> None:
        super().__init__()
        self.setWindowTitle("Dịch vụ công — Kiosk hỗ trợ nộp hồ sơ")
        frame = QWidget()
        self._layout = QVBoxLayout(frame)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.banner = DemoBanner() if demo else None
        if self.banner is not None:
            self._layout.addWidget(self.banner)
        self._screen: QWidget | None = None
        self.setCentralWidget(frame)

    @property
    def screen_widget(self) -> QWidget | None:
        return self._screen

    def show_screen(self, widget: QWidget) -> None:
        """Replaces what is on screen; the old screen and everything typed into it is destroyed."""
        old = self._screen
        self._screen = widget
        self._layout.addWidget(widget, 1)
        widget.show()
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        widget.setFocus()

    def show_fullscreen(self) -> None:
        # Under Xvfb with no window manager showFullScreen() alone leaves a small window (DESIGN.md).
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
