"""Keyboard focus that follows reading order, so Tab (and a screen reader) meets a screen as it reads.

Qt's Tab order is the order widgets were made in, not where they sit: a button added above a question
after the question was built came after it, and a wizard's page, made after its frame, came after
"Tiếp tục". Here the order is taken from the layouts instead: top to bottom, left to right, a grid row
by row, and what sits side by side in one row (two lists with their filter boxes) one column after
the other.

A container with a focus proxy (a page that hands its focus to its first answer box) is itself a stop
of Qt's Tab chain wherever it sits, and Qt keeps it in front of its first child: Tab would jump from
there straight to the proxy, skipping what comes before it ("Cùng địa chỉ…", the "−" of a date).
Such a container forwards the focus it is given instead, and is no stop of its own.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget
from shiboken6 import isValid

from kiosk.ui.layout_order import layout_widgets
from kiosk.wizards.frame import WizardFrame


def controls_in_reading_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` that Tab can reach, in the order a person reads them."""
    found: list[QWidget] = []
    layout = root.layout()
    if layout is not None:
        _walk_layout(layout, found)
    return found


def _walk_widget(widget: QWidget, found: list[QWidget]) -> None:
    if isinstance(widget, QScrollArea):  # the frame's scrolling area: what it shows, not itself
        inner = widget.widget()
        if inner is not None:
            _walk_widget(inner, found)
        return
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found.append(widget)
        return
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, found)


def _walk_layout(layout: QLayout, found: list[QWidget]) -> None:
    for widget in layout_widgets(layout):
        _walk_widget(widget, found)


class _ForwardFocus(QObject):
    """Hands the focus a container is given (`setFocus()`) to the control it stands for."""

    def __init__(self, container: QWidget, target: QWidget) -> None:
        super().__init__(container)
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isValid(self.target):
            reason = event.reason() if isinstance(event, QFocusEvent) else Qt.FocusReason.OtherFocusReason
            self.target.setFocus(reason)
        return False


def _forward_instead_of_proxy(container: QWidget) -> None:
    target = container.focusProxy()
    while target is not None and target.focusProxy() is not None:
        target = target.focusProxy()
    if target is None or container.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return
    container.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it (the stub says QWidget)
    container.installEventFilter(_ForwardFocus(container, target))


def apply_reading_order(root: QWidget) -> None:
    """Chains Tab through `root`'s controls in reading order. A scroll area is not a stop of its own:
    focus moves to the controls in it, which scroll into view."""
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusProxy() is not None:
            _forward_instead_of_proxy(widget)
    for first, second in pairwise(controls_in_reading_order(root)):
        QWidget.setTabOrder(first, second)


def refresh_reading_order(widget: QWidget) -> None:
    """After a page added or removed controls: orders the wizard frame it sits in (or just the page)."""
    root = widget  # a page may be shown outside a frame (tests)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, WizardFrame):
            root = parent
            break
        parent = parent.parentWidget()
    apply_reading_order(root)
