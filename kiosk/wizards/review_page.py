""" "Kiểm tra lại thông tin": every answer grouped by section, each with a "Sửa" link."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.form import ReviewSection
from kiosk.domain.money import group_thousands
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.wizards.texts import fee_text, localized


def money_text(amount: int | None) -> str:
    """`8.000 đồng`, `Miễn phí`, or the province's own rate when the procedure leaves it to them."""
    if amount is None:
        return tr("Theo mức tỉnh quy định (cán bộ sẽ báo)")
    if amount == 0:
        return tr("Miễn phí")
    return tr("{amount} đồng", amount=group_thousands(amount))


def payment_state_text(paid: bool) -> str:
    """What the screen says of a fee: paid, or to be paid at the desk."""
    return tr("Đã thanh toán") if paid else tr("Chưa thanh toán — nộp tại quầy")


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
        procedure_name: str = "",
    ) -> None:
        """Texts from the engine and the procedure file (section titles, labels, answers, notices, fee
        lines, document names) are shown in the visit's language; `procedure_name` names the fee."""
        super().__init__()
        s = theme.scale()
        layout = QVBoxLayout(self)
        layout.setSpacing(s.px(theme.SPACING_PX))
        layout.setContentsMargins(0, 0, s.px(16), 0)
        layout.addWidget(Heading(tr("Kiểm tra lại thông tin")))
        layout.addWidget(
            Body(tr("Hãy đọc lại từng dòng. Nếu có gì chưa đúng, bấm “Sửa” ở dòng đó."), small=True)
        )
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        for notice in notices:  # kind news, not an error: said in words, with a sign
            said = localized(notice)
            note = Body(tr("Lưu ý: {notice}", notice=said))
            note.setAccessibleName(said)
            layout.addWidget(note)
        self.edit_buttons: dict[str, BigButton] = {}
        for section in sections:
            rows = [(localized(r.label), localized(r.text), r.page_id) for r in section.rows]
            layout.addWidget(self._section(localized(section.title), rows))
        if documents:
            rows = [(localized(name), count, "attachments") for name, count in documents]
            layout.addWidget(self._section(tr("Giấy tờ kèm theo"), rows))
        delivery_row = (tr("Cách nhận kết quả"), localized(delivery_text), "delivery")
        layout.addWidget(self._section(tr("Nhận kết quả"), [delivery_row]))
        if fee_lines:
            fees: list[tuple[str, str, str | None]] = [
                (fee_text(what, procedure_name), money_text(amount), None) for what, amount in fee_lines
            ]
            layout.addWidget(self._section(tr("Lệ phí"), fees))
        layout.addStretch(1)

    def _section(self, title: str, rows: list[tuple[str, str, str | None]]) -> QWidget:
        s = theme.scale()
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(theme.gap())
        grid.setVerticalSpacing(s.px(8))
        title_label = Heading(title)  # wraps: a long section title must not push "Sửa" off the screen
        grid.addWidget(title_label, 0, 0, 1, 3)
        for index, (label, text, page_id) in enumerate(rows, start=1):
            key = Body(label, small=True)
            value = QLabel(text or "—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            value.setAccessibleName(f"{label}: {text or tr('chưa có')}")
            grid.addWidget(key, index, 0)
            grid.addWidget(value, index, 1)
            if page_id is not None and page_id not in self.edit_buttons:
                edit = BigButton(
                    tr("Sửa"),
                    link=True,
                    name=tr("Sửa: {what}", what=label),
                    description=tr("Quay lại câu hỏi này để sửa câu trả lời"),
                )
                edit.clicked.connect(lambda _=False, p=page_id: self.edit_requested.emit(p))
                self.edit_buttons[page_id] = edit
                grid.addWidget(edit, index, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return box
