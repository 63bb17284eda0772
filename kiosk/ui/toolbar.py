"""The strip at the top of every screen: the office's emblem on the left, and on the right what helps a
person read: smaller / larger text, high contrast, and "Đọc to"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton


class Toolbar(QWidget):
    smaller = Signal()
    bigger = Signal()
    contrast = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("toolbar")
        self.setProperty("speak", False)  # "Đọc to" reads the screen, not these buttons
        s = theme.scale()
        self._row = QHBoxLayout(self)
        margin = s.px(theme.MARGIN_PX)
        self._row.setContentsMargins(margin, s.px(8), margin, 0)
        self._row.setSpacing(theme.gap())
        self._left = QHBoxLayout()
        self._row.addLayout(self._left)
        self._row.addStretch(1)
        self.smaller_button = BigButton("A−")
        self.bigger_button = BigButton("A+")
        self.contrast_button = BigButton("")
        self.contrast_button.setCheckable(True)
        for button, signal in (
            (self.smaller_button, self.smaller),
            (self.bigger_button, self.bigger),
            (self.contrast_button, self.contrast),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap on them keeps the answer box focused
            button.clicked.connect(signal)
            self._row.addWidget(button)
        self.smaller_button.setMinimumWidth(s.px(110))
        self.bigger_button.setMinimumWidth(s.px(110))
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        for button, name, description in (
            (self.smaller_button, tr("Chữ nhỏ hơn"), tr("Làm chữ trên màn hình nhỏ lại")),
            (self.bigger_button, tr("Chữ to hơn"), tr("Làm chữ trên màn hình to lên")),
            (
                self.contrast_button,
                tr("Đổi màu tương phản"),
                tr("Đổi sang chữ sáng trên nền đen, hoặc trở lại như cũ"),
            ),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        self.contrast_button.setText(tr("Tương phản cao"))
        for index in range(self._row.count()):
            item = self._row.itemAt(index)
            widget = item.widget() if item is not None else None
            retranslate = getattr(widget, "retranslate", None)
            if callable(retranslate):
                retranslate()

    def add_left(self, widget: QWidget) -> None:
        self._left.addWidget(widget)

    def add_right(self, widget: QWidget) -> None:
        self._row.addWidget(widget)

    def refresh(self) -> None:
        """Greys out A− / A+ at the ends of the scale; shows whether high contrast is on."""
        self.smaller_button.setEnabled(theme.can_shrink())
        self.bigger_button.setEnabled(theme.can_grow())
        self.contrast_button.setChecked(theme.palette_name() == "high_contrast")
