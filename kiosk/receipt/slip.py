"""The slip a person takes home when the dossier could not be sent yet ("Đang chờ gửi").

It carries no personal data: the kiosk's local reference, the procedure, when it was handed in, and what
happens next, in plain words. The desk finds the dossier in its outbox by the reference.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPageSize

from kiosk.receipt.pdf import FONT_FAMILY, pdf_document

_DPI = 300
_MM = _DPI / 25.4

NEXT_STEPS = (
    "Hồ sơ của bạn đã được lưu an toàn (đã mã hoá) trên máy này.",
    "Máy sẽ tự gửi hồ sơ tới cơ quan ngay khi kết nối được; bạn không phải làm gì thêm.",
    "Khi gửi xong, cán bộ tại quầy có mã hồ sơ và ngày hẹn trả kết quả cho bạn.",
    "Giữ tờ này. Muốn hỏi, hãy đưa mã chờ gửi ở trên cho cán bộ.",
)


def slip_lines(local_ref: str, procedure_name: str, handed_in: datetime) -> list[tuple[str, str]]:
    return [
        ("Mã chờ gửi", local_ref),
        ("Thủ tục", procedure_name),
        ("Nộp tại máy lúc", handed_in.strftime("%H:%M, ngày %d/%m/%Y")),
    ]


def render_waiting_slip(local_ref: str, procedure_name: str, handed_in: datetime, path: Path) -> Path:
    """An A5 page in large print; written beside `path` and renamed, so it appears whole or not at all."""
    with pdf_document(path, QPageSize.PageSizeId.A5, f"Giấy chờ gửi hồ sơ {local_ref}", _DPI) as (
        writer,
        painter,
    ):
        width = writer.width() - 24 * _MM
        y = 14 * _MM

        def text(line: str, size_pt: float, *, bold: bool = False) -> None:
            nonlocal y
            font = QFont(FONT_FAMILY)
            font.setPointSizeF(size_pt)
            font.setBold(bold)
            painter.setFont(font)
            box = QRectF(12 * _MM, y, width, 200 * _MM)
            flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
            used = painter.boundingRect(box, flags, line)
            painter.drawText(box, flags, line)
            y += used.height() + 3 * _MM

        text("HỒ SƠ ĐANG CHỜ GỬI", 22, bold=True)
        text("Chưa phải giấy biên nhận: hồ sơ chưa tới cơ quan.", 13)
        for label, value in slip_lines(local_ref, procedure_name, handed_in):
            text(f"{label}: {value}", 16 if label == "Mã chờ gửi" else 13, bold=label == "Mã chờ gửi")
        text("Việc tiếp theo:", 14, bold=True)
        for step in NEXT_STEPS:
            text(f"•  {step}", 13)
    return path
