"""The frame every wizard screen sits in: where you are, the question, and Back / Next at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.touch import swipe_to_scroll
from kiosk.ui.widgets import BigButton, Body


class WizardFrame(QWidget):
    """A shaky double tap must not answer two questions: Back and Next wait until a new page settles."""

    SETTLE_MS = 400
    back_clicked = Signal()
    next_clicked = Signal()
    home_clicked = Signal()
    page_changed = Signal()  # a new question is on screen ("Đọc to" reads it when reading every screen)

    def __init__(self, flow_title: str) -> None:
        super().__init__()
        s = theme.scale()
        outer = QVBoxLayout(self)
        margin = s.px(theme.MARGIN_PX)
        outer.setContentsMargins(margin, s.px(16), margin, margin)
        outer.setSpacing(s.px(theme.SPACING_PX))

        top = QHBoxLayout()
        self.where = Body(flow_title, small=True)
        self.home_button = BigButton(
            tr("Về trang chủ"),
            link=True,
            name=tr("Về trang chủ"),
            description=tr("Bỏ việc đang làm, xoá những gì đã nhập và trở về màn hình đầu"),
        )
        self.home_button.clicked.connect(self.home_clicked)
        top.addWidget(self.where, 1)
        top.addWidget(self.home_button)
        outer.addLayout(top)

        self.area = QScrollArea()
        swipe_to_scroll(self.area)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.area, 1)

        nav = QHBoxLayout()
        nav.setSpacing(theme.gap())
        self.back_button = BigButton(
            tr("‹  Quay lại"), name=tr("Quay lại"), description=tr("Về câu trước; câu trả lời vẫn được giữ")
        )
        self.next_button = BigButton(
            tr("Tiếp tục  ›"), primary=True, name=tr("Tiếp tục"), description=tr("Sang bước tiếp theo")
        )
        self.back_button.clicked.connect(lambda: self._pass_on(self.back_clicked))
        self.next_button.clicked.connect(lambda: self._pass_on(self.next_clicked))
        self._shown = QElapsedTimer()
        self._shown.start()
        self.back_button.setMinimumWidth(s.px(300))
        self.next_button.setMinimumWidth(s.px(420))
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.status = QLabel()
        self.status.hide()

    def set_page(
        self, page: QWidget, *, where: str, next_text: str | None = None, can_go_back: bool = True
    ) -> None:
        if next_text is None:
            next_text = tr("Tiếp tục  ›")
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(page)
        submitted = getattr(page, "submitted", None)
        if submitted is not None:  # Enter in the last text box goes on, as "Tiếp tục" does
            submitted.connect(self.next_button.click)
        page.show()
        self._shown.restart()
        self.set_busy(False)
        self.where.setText(where)
        self.next_button.setText(next_text)
        self.next_button.setAccessibleName(next_text.strip(" ›"))
        self.next_button.setVisible(bool(next_text))
        self.back_button.setVisible(can_go_back)
        page.setFocus()
        self.page_changed.emit()

    def _pass_on(self, signal: SignalInstance) -> None:
        if self._shown.elapsed() >= self.SETTLE_MS:
            self._shown.restart()  # a bounce after a warning is not a second, deliberate tap either
            signal.emit()

    def page(self) -> QWidget | None:
        return self.area.widget()

    @property
    def busy(self) -> bool:
        return not self.area.isEnabled()

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While the portal is asked, the buttons wait and say so; the window stays responsive."""
        text = text or tr("Đang gửi…")
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.home_button.setEnabled(not busy)
        self.area.setEnabled(not busy)  # no "Sửa" or choice while the portal is being asked
        if busy:
            self._idle_text = self.next_button.text()
            self.next_button.setText(text)
        elif getattr(self, "_idle_text", None):
            self.next_button.setText(self._idle_text)
            self._idle_text = ""


class FlowScreen(QWidget):
    """A whole flow on screen: the frame, with Back / Next / "Về trang chủ" wired to the flow."""

    finished = Signal()  # the person leaves: back to the home screen

    def __init__(self, title: str) -> None:
        super().__init__()
        self.frame = WizardFrame(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)
        self.frame.next_clicked.connect(self._next)
        self.frame.back_clicked.connect(self._back)
        self.frame.home_clicked.connect(self.finished)

    def initial_focus(self) -> QWidget:
        """Where the keyboard goes when this flow comes on screen: the page's first answer."""
        return self.frame.page() or self

    def _next(self) -> None:
        raise NotImplementedError

    def _back(self) -> None:
        """Flows with a way back override this; by default there is none."""
