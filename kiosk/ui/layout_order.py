"""The order a person reads a screen in, taken from its layouts: top to bottom, left to right, a grid row
by row, nested layouts in place. Used for Tab order and for what "Đọc to" says."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets `layout` holds, nested layouts flattened, in reading order."""
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout

        def place(index: int) -> tuple[int, int]:
            row, column, _rows, _columns = cast(tuple[int, int, int, int], grid.getItemPosition(index))
            return row, column

        indexes.sort(key=place)
    found: list[QWidget] = []
    for index in indexes:
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += layout_widgets(inner)
    return found
