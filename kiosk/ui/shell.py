"""The window everything happens in: the demo banner on top, one screen at a time below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.toolbar import Toolbar
from kiosk.ui.widgets import ErrorMessage


class DemoBanner(QWidget):
    """Says, on every screen, that nothing goes to a real office; shows the OTP instead of an SMS."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("demoBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("speak", False)
        row = QHBoxLayout(self)
        pad = theme.scale().px(12)
        row.setContentsMargins(theme.scale().px(theme.MARGIN_PX), pad, theme.scale().px(theme.MARGIN_PX), pad)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFont(theme.small_font())
        self.label.setProperty("textRole", "small")
        self.retranslate()
        self.otp = QLabel()
        self.otp.setFont(theme.heading_font())
        self.otp.setProperty("textRole", "heading")
        self.otp.setAccessibleName(tr("Mã OTP thử nghiệm"))
        self.otp.hide()
        row.addWidget(self.label, 1)
        row.addWidget(self.otp)

    def retranslate(self) -> None:
        text = tr("CHẾ ĐỘ THỬ NGHIỆM — hồ sơ không được gửi tới cơ quan thật")
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def show_otp(self, otp: str) -> None:
        self.otp.setText(tr("Tin nhắn thử: mã OTP {otp}", otp=otp))
        self.otp.setAccessibleName(tr("Mã OTP thử nghiệm {otp}", otp=otp))
        self.otp.show()

    def clear_otp(self) -> None:
        self.otp.clear()
        self.otp.setAccessibleName(tr("Mã OTP thử nghiệm"))
        self.otp.hide()


class Shell(QMainWindow):
    """The one window. In kiosk mode it refuses to close unless `may_close` says so (the admin's exit)."""

    def __init__(self, *, demo: bool) -> None:
        super().__init__()
        self.setWindowTitle(tr("Dịch vụ công — Kiosk hỗ trợ nộp hồ sơ"))
        self.may_close: Callable[[], bool] = lambda: True
        frame = QWidget()
        self._layout = QVBoxLayout(frame)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.banner = DemoBanner() if demo else None
        if self.banner is not None:
            self._layout.addWidget(self.banner)
        self.toolbar = Toolbar()
        self._layout.addWidget(self.toolbar)
        self.notice = ErrorMessage()  # for the operator: e.g. no keyring, so nothing can wait offline
        self._layout.addWidget(self.notice)
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
        initial = getattr(widget, "initial_focus", None)  # a flow puts focus on its first answer box
        target = initial() if callable(initial) else None
        (target if isinstance(target, QWidget) else widget).setFocus()

    def show_notice(self, text: str) -> None:
        self.notice.show_message(text)

    def make_room_for_keyboard(self, height: int) -> None:
        """The on-screen keyboard covers the bottom of the window: the screen above it shrinks to fit.

        While it is open the toolbar steps aside, so the question and its answer box both stay in sight.
        """
        self._layout.setContentsMargins(0, 0, 0, max(0, height))
        self.toolbar.setVisible(height <= 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            event.accept()
        else:
            event.ignore()  # kiosk mode: the close button, Alt+F4 and the like do nothing

    def show_fullscreen(self) -> None:
        # Under Xvfb with no window manager showFullScreen() alone leaves a small window (DESIGN.md).
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
