"""The receipt as an A4 PDF, drawn with QPdfWriter + QPainter, and the receipt QR as a QImage.

Both need a QGuiApplication (or QApplication) to exist first: Qt only loads fonts inside one.
The QR code is painted module by module from the `qrcode` library's matrix (no PIL): crisp at any size.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Final

import qrcode
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from kiosk.receipt.model import Receipt, official_date

FONT_FAMILY: Final = "Noto Sans"  # has every Vietnamese glyph; Debian: fonts-noto-core

_DPI: Final = 600
_PAGE_W_MM: Final = 210.0
_PAGE_H_MM: Final = 297.0
_MARGIN_LEFT_MM: Final = 15.0
_MARGIN_RIGHT_MM: Final = 15.0
_MARGIN_TOP_MM: Final = 12.0
_MARGIN_BOTTOM_MM: Final = 12.0
_QR_MM: Final = 40.0  # at least 35 mm, so an old phone camera reads it from arm's length

_BLACK: Final = QColor(0, 0, 0)
_WHITE: Final = QColor(255, 255, 255)
_RULE: Final = QColor(150, 150, 150)
_SHADE: Final = QColor(238, 238, 238)

_WRAP: Final = int(Qt.TextFlag.TextWordWrap)
_LEFT: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_CENTER: Final = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_MIDDLE: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


# --- QR -----------------------------------------------------------------------------------------------


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (True = dark), quiet zone of 4 modules included, error correction level M."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def paint_qr(painter: QPainter, matrix: Sequence[Sequence[bool]], rect: QRectF) -> None:
    """Paint `matrix` into the square at the top-left of `rect`: white ground, black modules.

    Each row's runs of dark modules become rectangles of one path, filled once without
    antialiasing, so no hairline seams appear between modules in a PDF viewer or on paper.
    """
    size = len(matrix)
    module = min(rect.width(), rect.height()) / size
    left, top = rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, module * size, module * size), _WHITE)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < size and row[x]:
                x += 1
            path.addRect(QRectF(left + start * module, top + y * module, (x - start) * module, module))
    painter.fillPath(path, _BLACK)
    painter.restore()


def qr_image(payload: str, module_px: int = 12) -> QImage:
    """The QR code of `payload` as an image, `module_px` pixels per module (quiet zone included)."""
    matrix = qr_matrix(payload)
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(_WHITE)
    painter = QPainter(image)
    try:
        paint_qr(painter, matrix, QRectF(0, 0, side, side))
    finally:
        painter.end()
    return image


# --- PDF ----------------------------------------------------------------------------------------------


def _family() -> str:
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    return QGuiApplication.font().family()


class _Page:
    """A cursor down an A4 page in device units, with the few drawing moves the receipt needs."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, dossier_code: str) -> None:
        self.writer = writer
        self.dossier_code = dossier_code
        self.number = 1
        self.painter = painter
        self.family = _family()
        self.left = self.mm(_MARGIN_LEFT_MM)
        self.right = self.mm(_PAGE_W_MM - _MARGIN_RIGHT_MM)
        self.top = self.mm(_MARGIN_TOP_MM)
        self.bottom = self.mm(_PAGE_H_MM - _MARGIN_BOTTOM_MM)
        self.y = self.top

    @staticmethod
    def mm(value: float) -> float:
        return value * _DPI / 25.4

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def need(self, height: float) -> None:
        """Start a new page unless `height` still fits below the cursor."""
        if self.y + height > self.bottom:
            self.writer.newPage()
            self.number += 1
            self.y = self.top
            # A loose second sheet still says which dossier it belongs to.
            heading = f"Giấy tiếp nhận hồ sơ {self.dossier_code} (tiếp theo, trang {self.number})"
            self.y += self.text_at(heading, self.font(12, italic=True), self.left, self.y, self.width)
            self.line(self.left, self.y + self.mm(1), self.right, self.y + self.mm(1), _RULE)
            self.y += self.mm(5)

    def measure(self, text: str, font: QFont, width: float, flags: int = _LEFT) -> float:
        self.painter.setFont(font)
        self.painter.setPen(_BLACK)  # with no pen, QPainter.boundingRect measures nothing
        bound = self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags | _WRAP, text)
        return bound.height()

    def text_at(self, text: str, font: QFont, x: float, y: float, width: float, flags: int = _LEFT) -> float:
        """Draw wrapped `text` in a box of `width` at (x, y); the height it took."""
        height = self.measure(text, font, width, flags)
        self.painter.setPen(_BLACK)
        self.painter.drawText(QRectF(x, y, width, height), flags | _WRAP, text)
        return height

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor = _BLACK) -> None:
        self.painter.setPen(QPen(color, self.mm(0.3)))
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def _header(page: _Page, receipt: Receipt) -> None:
    """Agency on the left, national motto on the right, each underlined by a short rule."""
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto_font = page.font(12, bold=True)
    page.painter.setFont(motto_font)
    gap = page.mm(3)
    right_w = min(page.painter.fontMetrics().horizontalAdvance(motto) + page.mm(2), page.width * 0.6)
    left_w = page.width - right_w - gap
    right_x = page.left + left_w + gap
    top = page.y

    agency_font = page.font(12, bold=True)
    agency = "\n".join(part.strip() for part in receipt.agency_name.upper().split(","))
    agency_h = page.text_at(agency, agency_font, page.left, top, left_w, _CENTER)
    rule_w = left_w / 3
    rule_y = top + agency_h + page.mm(2.5)
    page.line(page.left + (left_w - rule_w) / 2, rule_y, page.left + (left_w + rule_w) / 2, rule_y)

    motto_h = page.text_at(motto, motto_font, right_x, top, right_w, _CENTER)
    slogan = "Độc lập - Tự do - Hạnh phúc"
    slogan_font = page.font(13, bold=True)
    slogan_h = page.text_at(slogan, slogan_font, right_x, top + motto_h, right_w, _CENTER)
    page.painter.setFont(slogan_font)
    slogan_w = page.painter.fontMetrics().horizontalAdvance(slogan)
    slogan_rule_y = top + motto_h + slogan_h + page.mm(0.5)
    middle = right_x + right_w / 2
    page.line(middle - slogan_w / 2, slogan_rule_y, middle + slogan_w / 2, slogan_rule_y)

    date_y = slogan_rule_y + page.mm(3)
    date_text = official_date(receipt.received_at.date()).capitalize()
    date_h = page.text_at(date_text, page.font(12, italic=True), right_x, date_y, right_w, _CENTER)
    page.y = max(rule_y, date_y + date_h) + page.mm(6)


def _title(page: _Page) -> None:
    title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    page.y += page.text_at(title, page.font(17, bold=True), page.left, page.y, page.width, _CENTER)
    page.y += page.mm(5)


def _codes_box(page: _Page, receipt: Receipt, codes: list[tuple[str, str]]) -> None:
    """The two codes in large bold beside the QR that holds them, in a ruled box."""
    pad = page.mm(2)  # the QR's own quiet zone (4 modules) adds the rest of the white margin
    matrix = qr_matrix(receipt.qr_payload())
    module = float(round(page.mm(_QR_MM) / len(matrix)))  # whole device units per module
    qr_side = module * len(matrix)
    box_h = pad + qr_side + pad
    page.need(box_h)
    top = page.y

    page.painter.setPen(QPen(_BLACK, page.mm(0.4)))
    page.painter.setBrush(Qt.BrushStyle.NoBrush)
    page.painter.drawRoundedRect(QRectF(page.left, top, page.width, box_h), page.mm(2), page.mm(2))
    qr_x = page.right - pad - qr_side
    paint_qr(page.painter, matrix, QRectF(qr_x, top + pad, qr_side, qr_side))

    # One row per code: the label, then the code in large bold, on a shared baseline.
    text_x = page.left + page.mm(6)
    label_font, code_font = page.font(13), page.font(20, bold=True)
    caption_font = page.font(12, italic=True)
    page.painter.setFont(label_font)
    label_metrics = page.painter.fontMetrics()
    label_w = max(label_metrics.horizontalAdvance(label) for label, _ in codes) + page.mm(4)
    page.painter.setFont(code_font)
    code_metrics = page.painter.fontMetrics()
    row_h = float(code_metrics.height())
    code_w = qr_x - text_x - label_w
    caption = "Quét mã QR bên cạnh để tra cứu hồ sơ →"
    caption_h = page.measure(caption, caption_font, qr_x - text_x)
    gap = page.mm(2)
    y = top + (box_h - (row_h + gap) * len(codes) - gap - caption_h) / 2
    label_drop = code_metrics.ascent() - label_metrics.ascent()
    for label, value in codes:
        page.text_at(label, label_font, text_x, y + label_drop, label_w)
        page.text_at(value, code_font, text_x + label_w, y, code_w)
        y += row_h + gap
    page.text_at(caption, caption_font, text_x, y + gap, qr_x - text_x)
    page.y = top + box_h + page.mm(5)


def _details(page: _Page, rows: list[tuple[str, str]]) -> None:
    """Label on the left, value in bold on the right, a thin rule between rows."""
    label_w = page.mm(58)
    value_x = page.left + label_w
    value_w = page.width - label_w
    label_font, value_font = page.font(13), page.font(13, bold=True)
    row_pad = page.mm(1.6)
    for index, (label, value) in enumerate(rows):
        height = max(page.measure(label, label_font, label_w), page.measure(value, value_font, value_w))
        page.need(height + 2 * row_pad)
        if index:
            page.line(page.left, page.y, page.right, page.y, _RULE)
        page.text_at(label, label_font, page.left, page.y + row_pad, label_w - page.mm(2))
        page.text_at(value, value_font, value_x, page.y + row_pad, value_w)
        page.y += height + 2 * row_pad
    page.y += page.mm(4)


def _numbered(page: _Page, heading: str, items: Sequence[str], *, shaded: bool) -> None:
    """A bold heading and a numbered list, optionally on a light grey ground."""
    pad = page.mm(4) if shaded else 0.0
    heading_font, item_font = page.font(14, bold=True), page.font(13)
    number_w = page.mm(8 if len(items) < 10 else 10)
    inner_w = page.width - 2 * pad
    heights = [page.measure(item, item_font, inner_w - number_w) for item in items]
    item_gap = page.mm(1.5)
    heading_h = page.measure(heading, heading_font, inner_w)
    total = heading_h + page.mm(2) + sum(heights) + item_gap * (len(items) - 1) + 2 * pad
    page.need(total if total < page.bottom - page.top else heading_h + 2 * pad)
    if shaded:
        page.painter.setPen(Qt.PenStyle.NoPen)
        page.painter.setBrush(_SHADE)
        page.painter.drawRoundedRect(QRectF(page.left, page.y, page.width, total), page.mm(2), page.mm(2))
        page.painter.setBrush(Qt.BrushStyle.NoBrush)
    x = page.left + pad
    page.y += pad
    page.y += page.text_at(heading, heading_font, x, page.y, inner_w) + page.mm(2)
    for number, (item, height) in enumerate(zip(items, heights, strict=True), start=1):
        page.need(height)
        page.text_at(f"{number}.", item_font, x, page.y, number_w)
        page.text_at(item, item_font, x + number_w, page.y, inner_w - number_w)
        page.y += height + item_gap
    page.y += pad - item_gap + page.mm(5)


def _signatures(page: _Page, receipt: Receipt) -> None:
    """Two blocks side by side; the citizen's name printed under the left one."""
    col_w = page.width / 2
    title_font, hint_font, name_font = page.font(13, bold=True), page.font(12, italic=True), page.font(13)
    space_for_ink = page.mm(18)
    hint = "(Ký và ghi rõ họ tên)"
    title_h = page.measure("NGƯỜI NỘP HỒ SƠ", title_font, col_w, _CENTER)
    hint_h = page.measure(hint, hint_font, col_w, _CENTER)
    name = receipt.citizen_name.upper()
    name_h = page.measure(name, name_font, col_w, _CENTER)
    page.need(title_h + hint_h + space_for_ink + name_h)
    for column, title in enumerate(("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN")):
        x = page.left + column * col_w
        page.text_at(title, title_font, x, page.y, col_w, _CENTER)
        page.text_at(hint, hint_font, x, page.y + title_h, col_w, _CENTER)
    name_y = page.y + title_h + hint_h + space_for_ink
    page.text_at(name, name_font, page.left, name_y, col_w, _CENTER)
    page.y = name_y + name_h


@contextmanager
def pdf_document(
    path: Path, page: QPageSize.PageSizeId, title: str, dpi: int
) -> Iterator[tuple[QPdfWriter, QPainter]]:
    """A portrait PDF page to paint on; the file appears whole at `path` or not at all (it is written
    beside it, then renamed; a failure leaves nothing behind)."""
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(dpi)
    writer.setPageSize(QPageSize(page))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Kiosk dịch vụ công")
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise OSError(f"Không tạo được tệp PDF: {path.name}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        yield writer, painter
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    painter.end()
    os.replace(partial, path)


def render_receipt_pdf(receipt: Receipt, path: Path) -> Path:
    """Write `receipt` as an A4 PDF at `path` (one page unless the document list is long); return `path`.

    Needs a QGuiApplication (a QApplication will do) created beforehand, for fonts.
    The file appears whole or not at all: it is written beside `path`, then renamed.
    """
    title = f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {receipt.dossier_code}"
    with pdf_document(Path(path), QPageSize.PageSizeId.A4, title, _DPI) as (writer, painter):
        page = _Page(writer, painter, receipt.dossier_code)
        rows = receipt.lines()
        _header(page, receipt)
        _title(page)
        _codes_box(page, receipt, rows[:2])
        _details(page, rows[2:])
        if receipt.documents:
            _numbered(page, "Giấy tờ đã nhận", [d.text() for d in receipt.documents], shaded=False)
        _numbered(page, "Ông/bà cần biết", receipt.next_steps(), shaded=True)
        _signatures(page, receipt)
    return path
