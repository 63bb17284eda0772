""" "Kiểm tra lại thông tin": every answer grouped by section, each with a "Sửa" link."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.form import ReviewSection
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading


def money_text(amount: int | None) -> str:
    """`8.000 đồng`, `Miễn phí`, or the province's own rate when the procedure leaves it to them."""
    if amount is None:
        return "Theo mức tỉnh quy định (cán bộ sẽ báo)"
    if amount == 0:
        return "Miễn phí"
    return f"{amount:,} đồng".replace(",", ".")


class ReviewPage(QWidget):
    edit_requested = Signal(str)  # a page id, or "delivery"

    def __init__(
        self,
        sections: list[ReviewSection],
        delivery_text: str,
        *,
        notices: Sequence[str] = (),
        fee_lines: Sequence[tuple[str, int | None]] = (),
        documents: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        s = theme.scale()
        layout = QVBoxLayout(self)
        layout.setSpacing(s.px(theme.SPACING_PX))
        layout.setContentsMargins(0, 0, s.px(16), 0)
        layout.addWidget(Heading("Kiểm tra lại thông tin"))
        layout.addWidget(Body("Hãy đọc lại từng dòng. Nếu có gì chưa đúng, bấm “Sửa” ở dòng đó.", small=True))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        for notice in notices:  # kind news, not an error: said in words, with a sign
            note = Body(f"Lưu ý: {notice}")
            note.setAccessibleName(notice)
            layout.addWidget(note)
        self.edit_buttons: dict[str, BigButton] = {}
        for section in sections:
            rows = [(r.label, r.text, r.page_id) for r in section.rows]
            layout.addWidget(self._section(section.title, rows))
        if documents:
            rows = [(name, count, "attachments") for name, count in documents]
            layout.addWidget(self._section("Giấy tờ kèm theo", rows))
        layout.addWidget(self._section("Nhận kết quả", [("Cách nhận kết quả", delivery_text, "delivery")]))
        if fee_lines:
            layout.addWidget(
                self._section("Lệ phí", [(what, money_text(amount), None) for what, amount in fee_lines])
            )
        layout.addStretch(1)

    def _section(self, title: str, rows: list[tuple[str, str, str | None]]) -> QWidget:
        s = theme.scale()
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(s.px(24))
        grid.setVerticalSpacing(s.px(8))
        title_label = QLabel(title)
        title_label.setFont(theme.heading_font())
        grid.addWidget(title_label, 0, 0, 1, 3)
        for index, (label, text, page_id) in enumerate(rows, start=1):
            key = Body(label, small=True)
            value = QLabel(text or "—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            value.setAccessibleName(f"{label}: {text or 'chưa có'}")
            grid.addWidget(key, index, 0)
            grid.addWidget(value, index, 1)
            if page_id is not None and page_id not in self.edit_buttons:
                edit = BigButton("Sửa", link=True, name=f"Sửa: {label}")
                edit.clicked.connect(lambda _=False, p=page_id: self.edit_requested.emit(p))
                self.edit_buttons[page_id] = edit
                grid.addWidget(edit, index, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return box
