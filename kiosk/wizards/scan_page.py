"""After a CCCD card is scanned: what was filled in, for the person to confirm or scan again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.cccd import CccdCard
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading


def card_values(card: CccdCard) -> dict[str, object]:
    """The card in the form engine's person vocabulary (see Form.fill_person)."""
    return {
        "full_name": card.full_name,
        "id_number": card.number,
        "birth_date": card.birth_date,
        "sex": card.sex,
        "residence": card.address,
    }


class ScanConfirmPage(QWidget):
    rescan = Signal()

    def __init__(self, whom: str, filled: list[tuple[str, str]], unfilled: list[tuple[str, str]]) -> None:
        super().__init__()
        s = theme.scale()
        layout = QVBoxLayout(self)
        layout.setSpacing(s.px(theme.SPACING_PX))
        layout.addWidget(Heading(f"Đã điền thông tin {whom} từ thẻ CCCD"))
        layout.addWidget(Body("Hãy xem lại. Nếu đúng, bấm “Đúng, tiếp tục”.", small=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.px(24))
        for row, (label, text) in enumerate(filled):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setAccessibleName(f"{label}: {text}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(Body(label, small=True), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        for label, why in unfilled:
            layout.addWidget(Body(f"⚠  {label}: {why} Bạn sẽ chọn hoặc nhập lại ở câu hỏi sau.", small=True))
        again = BigButton("Quét lại thẻ", name="Quét lại thẻ CCCD")
        again.clicked.connect(self.rescan)
        layout.addWidget(again)
        layout.addStretch(1)
