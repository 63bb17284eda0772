"""Scrolling with a finger: a swipe on a long page moves it, as on a phone; a tap is still a tap."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller


def swipe_to_scroll(area: QAbstractScrollArea) -> None:
    """Touch swipes scroll `area` (kinetic); mouse clicks and the wide scroll bar work as before."""
    viewport = area.viewport()
    if viewport is not None:
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
