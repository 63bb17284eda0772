"""After a CCCD card is scanned: what was filled in, for the person to confirm or scan again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.cccd import CccdCard
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, Heading
from kiosk.wizards.texts import localized


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
        """`whom` ("người mẹ"), the labels and the messages are shown in the visit's language; the
        caller gives them as Phrases or procedure texts (see `texts.localized`)."""
        super().__init__()
        s = theme.scale()
        layout = QVBoxLayout(self)
        layout.setSpacing(s.px(theme.SPACING_PX))
        layout.addWidget(Heading(tr("Đã điền thông tin {whom} từ thẻ CCCD", whom=localized(whom))))
        layout.addWidget(Body(tr("Hãy xem lại. Nếu đúng, bấm “Đúng, tiếp tục”."), small=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.px(24))
        for row, (raw_label, raw_text) in enumerate(filled):
            label, text = localized(raw_label), localized(raw_text)
            value = QLabel(text)
            value.setWordWrap(True)
            value.setAccessibleName(f"{label}: {text}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(Body(label, small=True), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        for label, why in unfilled:
            note = tr(
                "{label}: {problem} Bạn sẽ chọn hoặc nhập lại ở câu hỏi sau.",
                label=localized(label),
                problem=localized(why),
            )
            layout.addWidget(Body(f"⚠  {note}", small=True))
        again = BigButton(
            tr("Quét lại thẻ"),
            name=tr("Quét lại thẻ CCCD"),
            description=tr("Quay lại câu hỏi để quét thẻ lần nữa"),
        )
        again.clicked.connect(self.rescan)
        layout.addWidget(again)
        layout.addStretch(1)
