"""The way in for the kiosk's staff: hold the emblem in the corner for 5 s, enter the PIN, get the menu.

- `AdminCorner`: the emblem (a red disc with a gold star, drawn, no image file). Holding it pressed for
  `hold_ms` emits `requested`; letting go or sliding off earlier does nothing. Nothing hints at it.
- `AdminMenu`: "Thoát ứng dụng", "Cài đặt", "In thử", "Đóng".
- `AdminAccess` wires the chain corner → `PinPrompt` → `AdminMenu` → `SettingsPanel` over one window and
  hands the app three signals: `exit_requested`, `test_print_requested`, `settings_saved(values)`.
Every overlay closes itself after a minute with no touch, so an open menu never waits for a citizen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from kiosk.admin_pin import AdminPin
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.admin_settings import Setting, SettingsPanel
from kiosk.ui.overlay import QUIET_MS, Overlay
from kiosk.ui.pin_pad import PinPrompt
from kiosk.ui.widgets import BigButton, Body, Heading

__all__ = ["HOLD_MS", "AdminAccess", "AdminCorner", "AdminMenu"]

HOLD_MS = 5000
EMBLEM_RED = "#C8102E"  # 5.6:1 against the light paper, 3.5:1 against black: visible in both themes
EMBLEM_GOLD = "#FFCD00"


class AdminCorner(QWidget):
    """The emblem at the top-left of every screen; holding it for `hold_ms` asks for the admin PIN."""

    requested = Signal()

    def __init__(self, *, hold_ms: int = HOLD_MS) -> None:
        super().__init__()
        self.setProperty("speak", False)  # "Đọc to" reads the screen, not the emblem
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a control a citizen tabs to
        side = theme.scale().px(theme.BUTTON_HEIGHT_PX)
        self.setFixedSize(side, side)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self.requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Biểu trưng Dịch vụ công"))
        self.setAccessibleDescription(tr("Dịch vụ công trực tuyến"))

    @property
    def holding(self) -> bool:
        return self._hold.isActive()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._hold.start()  # a touch arrives as a left press too
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._hold.isActive() and not self.rect().contains(event.position().toPoint()):
            self._hold.stop()  # the finger slid off the emblem
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._hold.stop()
        event.accept()

    def hideEvent(self, event: object) -> None:
        self._hold.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(QPen(QColor(EMBLEM_GOLD), max(2, side // 24)))
        painter.setBrush(QColor(EMBLEM_RED))
        radius = side / 2 - max(2, side // 24)
        painter.drawEllipse(centre, radius, radius)
        outer, inner = radius * 0.62, radius * 0.62 * 0.382
        points = []
        for index in range(10):
            angle = -math.pi / 2 + index * math.pi / 5
            length = outer if index % 2 == 0 else inner
            points.append(
                QPointF(centre.x() + length * math.cos(angle), centre.y() + length * math.sin(angle))
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(EMBLEM_GOLD))
        painter.drawPolygon(QPolygonF(points))
        painter.end()


class AdminMenu(Overlay):
    exit_requested = Signal()
    settings_requested = Signal()
    test_print_requested = Signal()
    outbox_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget, *, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent, quiet_ms=quiet_ms, width_px=800)
        self.title = Heading()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = Body()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.hide()
        self.exit_button = BigButton("")
        self.settings_button = BigButton("")
        self.test_print_button = BigButton("")
        self.outbox_button = BigButton("")
        self.close_button = BigButton("", primary=True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.status)
        for button, slot in (
            (self.exit_button, self._exit),
            (self.settings_button, self._settings),
            (self.test_print_button, self._test_print),
            (self.outbox_button, self._outbox),
            (self.close_button, self.close_menu),
        ):
            button.clicked.connect(slot)
            self.body.addWidget(button)
        self.timed_out.connect(self.close_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Quản lý kiosk"))
        for button, text, description in (
            (self.exit_button, tr("Thoát ứng dụng"), tr("Đóng kiosk, trở về màn hình của máy tính")),
            (self.settings_button, tr("Cài đặt"), tr("Thời gian chờ, màu màn hình, cỡ chữ, đọc to")),
            (self.test_print_button, tr("In thử"), tr("In một tờ thử để kiểm tra máy in")),
            (self.outbox_button, tr("Hồ sơ chờ gửi"), tr("Xem hồ sơ chưa gửi được và gửi lại ngay")),
            (self.close_button, tr("Đóng"), tr("Đóng menu, quay lại màn hình cho người dân")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)

    def open(self) -> None:
        self.retranslate()
        super().open()
        self.close_button.setFocus()

    def show_status(self, text: str) -> None:
        """A line under the title, e.g. how the test print went."""
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def close_menu(self) -> None:
        self.show_status("")
        self.close_overlay()
        self.closed.emit()

    def _exit(self) -> None:
        self.close_overlay()
        self.exit_requested.emit()

    def _settings(self) -> None:
        self.show_status("")
        self.close_overlay()
        self.settings_requested.emit()

    def _outbox(self) -> None:
        self.close_menu()
        self.outbox_requested.emit()

    def _test_print(self) -> None:
        self.show_status(tr("Đang in thử…"))
        self.test_print_requested.emit()


class AdminAccess(QObject):
    """The whole admin chain over `window`. The app connects the three signals and nothing else."""

    exit_requested = Signal()
    test_print_requested = Signal()
    settings_saved = Signal(object)

    def __init__(
        self,
        window: QWidget,
        corner: AdminCorner,
        admin_pin: AdminPin,
        *,
        settings: Callable[[], object],
        setting_list: Sequence[Setting],
        demo_pin: str | None = None,
        quiet_ms: int = QUIET_MS,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self.prompt = PinPrompt(window, admin_pin, demo_pin=demo_pin, quiet_ms=quiet_ms)
        self.menu = AdminMenu(window, quiet_ms=quiet_ms)
        self.settings_panel = SettingsPanel(window, setting_list, quiet_ms=quiet_ms)
        corner.requested.connect(self.ask_pin)
        self.prompt.accepted.connect(self.menu.open)
        self.menu.exit_requested.connect(self.exit_requested)
        self.menu.test_print_requested.connect(self.test_print_requested)
        self.menu.settings_requested.connect(lambda: self.settings_panel.edit(self._settings()))
        self.settings_panel.saved.connect(self._saved)
        self.settings_panel.cancelled.connect(self.menu.open)

    @property
    def busy(self) -> bool:
        """Whether an admin overlay is on screen."""
        return any(o.isVisible() for o in (self.prompt, self.menu, self.settings_panel))

    def ask_pin(self) -> None:
        if not self.busy:
            self.prompt.open()

    def _saved(self, values: object) -> None:
        self.settings_saved.emit(values)
        self.menu.open()
        self.menu.show_status(tr("Đã lưu cài đặt."))
