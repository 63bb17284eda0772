"""Answering an address on a touch screen: pick the province, then the commune, then type the street.

Both lists filter as you type, without needing diacritics ("dong thap" finds Đồng Tháp), with big rows,
and the places chosen most recently on this kiosk first (a desk serves the same few communes all day).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain import addresses
from kiosk.domain.addresses import Address, Unit
from kiosk.domain.text import nfc
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.keyboard import mark_search
from kiosk.ui.widgets import Body

RECENT_LIMIT = 5
_recent: dict[str, list[int]] = {"province": [], "commune": []}  # codes only: places, not people


def remember(kind: str, code: int) -> None:
    codes = _recent[kind]
    if code in codes:
        codes.remove(code)
    codes.insert(0, code)
    del codes[RECENT_LIMIT:]


def recent_first(units: Sequence[Unit], kind: str) -> list[Unit]:
    order = {code: i for i, code in enumerate(_recent[kind])}
    return sorted(units, key=lambda u: order.get(u.code, len(order)))


class TouchList(QListWidget):
    """A list with the style sheet's tall touch rows (80 px at 1080p).

    Rows added before the list sits in the page it is shown in keep their unstyled height (39 px): the
    rows look cramped and a tap on one chooses the row below it. Laying the rows out again when the list
    is shown gives every row its styled height, however the page was put together.
    """

    def showEvent(self, event: QShowEvent) -> None:
        self.doItemsLayout()
        super().showEvent(event)


class UnitPicker(QWidget):
    """A filter box over a list of administrative units."""

    chosen = Signal(int)

    def __init__(self, title: str, kind: str, *, question: str = "") -> None:
        """`title` says what is picked ("Tỉnh, thành phố"); `question` is the address asked, so that a
        screen reader says whose address a list is for."""
        super().__init__()
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Body(title))
        named = f"{question}: {title}" if question else title
        self.filter = QLineEdit()
        mark_search(self.filter)  # the keyboard opens when the box is tapped, not over the list
        self.filter.setPlaceholderText(tr("Gõ vài chữ để tìm, không cần dấu"))
        self.filter.setAccessibleName(tr("Tìm trong danh sách: {question}", question=named))
        self.filter.setAccessibleDescription(tr("Gõ vài chữ để thu gọn danh sách bên dưới, không cần dấu"))
        self.list = TouchList()
        self.list.setAccessibleName(named)
        self.list.setAccessibleDescription(tr("Chạm vào một dòng để chọn, hoặc dùng phím mũi tên"))
        self.list.setMinimumHeight(theme.scale().px(360))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.units: list[Unit] = []
        self.filter.textChanged.connect(self._refilter)
        self.list.currentItemChanged.connect(self._picked)

    def set_units(self, units: Sequence[Unit], selected: int | None = None) -> None:
        self.units = recent_first(units, self.kind)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._show(self.units, selected)

    def _show(self, units: Sequence[Unit], selected: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self.list.addItem(item)
            if unit.code == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _refilter(self, text: str) -> None:
        current = self.selected()
        shown = addresses.search(self.units, text) if text.strip() else self.units
        self._show(shown, current)
        if len(shown) == 1:  # one match left: choose it, save a tap
            self.list.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def selected(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def visible_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class AddressInput(QWidget):
    """Province and commune pickers side by side, the street below; `raw()` is for the engine."""

    changed = Signal()

    def __init__(self, label: str, value: object) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(theme.scale().px(theme.SPACING_PX))
        self.province = UnitPicker(tr("Tỉnh, thành phố"), "province", question=label)
        self.commune = UnitPicker(tr("Xã, phường, đặc khu"), "commune", question=label)
        self.commune.list.setAccessibleDescription(
            tr("Chọn tỉnh, thành phố trước; rồi chạm vào một dòng để chọn xã, phường")
        )
        self.street = QLineEdit()
        self.street.setAccessibleName(tr("{question}: số nhà, đường, thôn, tổ", question=label))
        self.street.setAccessibleDescription(tr("Ghi số nhà và tên đường, hoặc thôn, xóm, tổ dân phố"))
        self.street.setPlaceholderText(tr("Số nhà, đường, thôn hoặc tổ dân phố"))
        grid.addWidget(self.province, 0, 0)
        grid.addWidget(self.commune, 0, 1)
        grid.addWidget(Body(tr("Số nhà, đường, thôn, tổ dân phố")), 1, 0, 1, 2)
        grid.addWidget(self.street, 2, 0, 1, 2)
        start = value if isinstance(value, Address) else None
        self.province.set_units(addresses.provinces(), start.province_code if start else None)
        if start is not None:
            self.commune.set_units(addresses.communes(start.province_code), start.commune_code)
            self.street.setText(start.street)
        self.province.chosen.connect(self._province_chosen)
        self.commune.chosen.connect(lambda _code: self.changed.emit())
        self.street.textChanged.connect(self.changed)

    def _province_chosen(self, code: int) -> None:
        self.commune.set_units(addresses.communes(code))
        self.changed.emit()

    def raw(self) -> object:
        province, commune, street = self.province.selected(), self.commune.selected(), nfc(self.street.text())
        if province is None and commune is None and not street.strip():
            return None
        if province is not None:
            remember("province", province)
        if commune is not None:
            remember("commune", commune)
        return {"province": province, "commune": commune, "street": street}

    def focus_target(self) -> QWidget:
        return self.province.filter
