"""What "nothing is cut off" means, checked on a window that is on screen (shared by the layout tests)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.ui.widgets import BigButton


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({shown!r:.60})"


def _in_scroll_area(widget: QWidget) -> bool:
    """A widget placed inside a scroll area's viewport may reach below it: it is scrolled to."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _button_contents(button: QPushButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def cut_off(window: QWidget, size: QSize) -> list[str]:
    """Everything on `window` (which should be `size`) that a person could not read in full."""
    problems: list[str] = []
    if window.size() != size:
        problems.append(f"the window grew to {window.size().toTuple()} to hold its content")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        parent = widget.parentWidget()
        if (
            parent is not None
            and not _in_scroll_area(widget)
            and not parent.rect().contains(widget.geometry())
        ):
            problems.append(f"{_name(widget)} sticks out of its parent {_name(parent)}")
        if _in_scroll_area(widget) and parent is not None and widget.width() > parent.width():
            problems.append(f"{_name(widget)} is wider than its scroll area: it would scroll sideways")
        metrics = widget.fontMetrics()
        if isinstance(widget, BigButton):
            lines = widget.display_lines()
            room = widget.contents_rect()
            too_wide = [line for line in lines if metrics.horizontalAdvance(line) > room.width()]
            if too_wide:
                problems.append(f"{_name(widget)}: {too_wide} wider than the button ({room.width()} px)")
            if len(lines) * metrics.lineSpacing() > room.height():
                problems.append(f"{_name(widget)}: {len(lines)} lines do not fit {room.height()} px")
            if " ".join(lines).split() != widget.shown_text().split():
                problems.append(f"{_name(widget)}: words lost in {lines}")
        elif isinstance(widget, QPushButton):
            room = _button_contents(widget)
            lines = widget.text().split("\n")
            if any(metrics.horizontalAdvance(line) > room.width() for line in lines):
                problems.append(f"{_name(widget)}: text wider than the button")
        elif isinstance(widget, QAbstractButton):
            if widget.width() < widget.minimumSizeHint().width():
                problems.append(f"{_name(widget)}: narrower than its text")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect()
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    problems.append(
                        f"{_name(widget)}: {widget.height()} px tall, its text needs"
                        f" {widget.heightForWidth(widget.width())}"
                    )
            elif any(metrics.horizontalAdvance(line) > room.width() for line in widget.text().split("\n")):
                problems.append(f"{_name(widget)}: one line wider than the label ({room.width()} px)")
        elif isinstance(widget, QLineEdit) and widget.height() < widget.minimumSizeHint().height():
            problems.append(f"{_name(widget)}: shorter than its text")
    return problems


def buttons_gap(buttons: Sequence[QWidget]) -> int:
    """The smallest distance in px between the edges of any two of these (on-screen) buttons."""
    rects = [QRect(b.mapToGlobal(b.rect().topLeft()), b.size()) for b in buttons]
    smallest = 10**9
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            dx = max(0, max(a.left(), b.left()) - min(a.right(), b.right()) - 1)
            dy = max(0, max(a.top(), b.top()) - min(a.bottom(), b.bottom()) - 1)
            smallest = min(smallest, max(dx, dy) if dx == 0 or dy == 0 else int((dx * dx + dy * dy) ** 0.5))
    return smallest
