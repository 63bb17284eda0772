"""Forgetting a citizen who walked away: after a quiet spell, a large countdown asks whether they need
more time; one tap gives it, no answer ends the session (the kiosk then wipes it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleWarning(QWidget):
    """Covers the whole window: the question, the seconds left, one big button."""

    more_time = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        margin = theme.scale().px(theme.MARGIN_PX) * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(1)
        self.question = Heading()
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        self.seconds = QLabel()  # the number alone, very large; the word below it, so both always fit
        font = theme.heading_font()
        font.setPixelSize(theme.text_px(120))
        self.seconds.setFont(font)
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.seconds)
        self.unit = Heading()
        self.unit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.unit)
        self.note = Body()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.button = BigButton("", primary=True)
        self.button.setProperty("choice", "home")  # as tall as the home screen's buttons
        self.button.clicked.connect(self.more_time)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """In the visitor's language: the warning is built once, the language is chosen per visit."""
        self.question.setText(tr("Bạn có cần thêm thời gian không?"))
        self.note.setText(
            tr("Nếu không ai chạm vào màn hình, thông tin đang nhập sẽ được xoá để giữ bí mật cho bạn.")
        )
        self.button.setText(tr("Tôi cần thêm thời gian"))
        self.button.setAccessibleName(tr("Tôi cần thêm thời gian"))
        self.button.setAccessibleDescription(tr("Chạm để tiếp tục làm hồ sơ"))

    def spoken_text(self) -> str:
        return f"{self.question.text()} {self.button.text()}?"

    def show_seconds(self, left: int) -> None:
        self.seconds.setText(str(left))
        self.unit.setText(tr("giây"))
        self.seconds.setAccessibleName(tr("Còn {n} giây", n=left))


class IdleGuard(QObject):
    """Watches for a person's input anywhere in the app while a citizen's session is open."""

    expired = Signal()
    warned = Signal(str)  # the line to say aloud when the warning appears

    def __init__(self, window: QWidget, *, idle_seconds: int, warn_seconds: int = 30) -> None:
        super().__init__(window)
        self.window = window
        self.warn_seconds = warn_seconds
        self.warning = IdleWarning(window)
        self.warning.more_time.connect(self.extend)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_seconds * 1000)
        self._idle.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._left = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def warning_shown(self) -> bool:
        return self.warning.isVisible()

    def set_idle_seconds(self, seconds: int) -> None:
        """The admin changed the setting (or a screen needs more patience): counts from now on use it."""
        self._idle.setInterval(seconds * 1000)

    @property
    def idle_seconds(self) -> int:
        return self._idle.interval() // 1000

    def watch(self) -> None:
        """A citizen's session is open: start counting quiet time."""
        self.extend()

    def stop(self) -> None:
        """Nobody's data is on screen (the home screen): nothing to guard."""
        self._idle.stop()
        self._tick.stop()
        self.warning.hide()

    def extend(self) -> None:
        self._tick.stop()
        self.warning.hide()
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._idle.isActive():
            self._idle.start()  # someone is there: the quiet spell starts again
        return False

    def _warn(self) -> None:
        self._left = self.warn_seconds
        self.warning.retranslate()
        self.warning.setGeometry(self.window.rect())
        self.warning.show_seconds(self._left)
        self.warning.show()
        self.warning.raise_()
        self.warning.button.setFocus()
        QApplication.beep()
        self._tick.start()
        self.warned.emit(self.warning.question.text())

    def _count_down(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.warning.show_seconds(self._left)
            return
        self.stop()
        self.expired.emit()
