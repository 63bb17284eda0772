"""A layer over the whole window (like the idle warning): nothing beneath it can be touched or tabbed to.

An overlay that nobody answers closes itself after `quiet_ms` (`timed_out`): an admin menu left open on
a kiosk must not wait for the next citizen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.touch import swipe_to_scroll

__all__ = ["Overlay"]

_INPUT = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}
)
QUIET_MS = 60_000


class Overlay(QWidget):
    """Covers its parent window while shown; `body` is a centred column for the content.

    Subclasses that lay out differently on a wide and a tall screen override `arrange(wide)`; it is
    called when the overlay opens and whenever the window changes size.
    """

    timed_out = Signal()

    def __init__(self, parent: QWidget, *, quiet_ms: int = QUIET_MS, width_px: int = 900) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        s = theme.scale()
        self.area = QScrollArea()  # at the largest text on a tall screen the content may not fit
        swipe_to_scroll(self.area)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        self.area.setWidget(page)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(self.area)
        outer = QVBoxLayout(page)
        margin = s.px(theme.MARGIN_PX)
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(1)
        row = QHBoxLayout()  # the column takes the width up to its maximum, the sides the rest
        row.addStretch(1)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(theme.gap())
        row.addWidget(self.content, 1000)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.set_content_width(width_px)
        self._wide: bool | None = None
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self._time_out)
        parent.installEventFilter(self)
        self.hide()

    def set_content_width(self, width_px: int) -> None:
        """The widest the content column gets, in px at 1920x1080."""
        self.content.setMaximumWidth(theme.scale().px(width_px))

    def arrange(self, wide: bool) -> None:
        """Lays the content out for a wide (landscape) or a tall (portrait) window."""

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        wide = parent.width() > parent.height()
        if wide != self._wide:
            self._wide = wide
            self.arrange(wide)

    def open(self) -> None:
        """Shows the overlay over the whole window, on top of everything, and starts the quiet timer."""
        self._fit()
        self.show()
        self.raise_()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._quiet.start()

    def close_overlay(self) -> None:
        """Hides the overlay and stops listening; the screen beneath is usable again."""
        self._quiet.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()

    def _time_out(self) -> None:
        if self.isVisible():
            self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.parentWidget() and self.isVisible():
            self._fit()
        elif kind in _INPUT and self.isVisible():
            self._quiet.start()  # someone is still there
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the overlay's own controls, never to the screen beneath it."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        for _ in range(5000):  # the chain is a ring through the window; this only bounds a broken one
            if widget is None or widget is self or widget in chain:
                break
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        if not chain:
            return True
        current = QApplication.focusWidget()
        index = chain.index(current) if current in chain else -1
        target = chain[(index + (1 if next else -1)) % len(chain)] if index >= 0 else chain[0]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True
