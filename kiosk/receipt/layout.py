"""Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", painted with QPainter.

One painting routine for every sheet of paper: `paint_receipt(painter, device, receipt)` draws on any
`QPagedPaintDevice` (a `QPdfWriter` for the PDF copy, a `QPrinter` for the office printer), A4 or A5 —
the A4 layout scaled to the page's width, the type never below a readable size. A long receipt flows
onto more pages, each of which names its dossier. The 80 mm thermal roll (kiosk/receipt/raster.py) uses
the same blocks, stacked for a narrow strip.

Painting needs a QGuiApplication (fonts) but no widget, so it may run on a worker thread (Qt allows
QPainter on a QImage, QPdfWriter or QPrinter outside the GUI thread).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPainterPath,
    QPen,
)

from kiosk.receipt.model import Receipt, official_date

__all__ = [
    "FONT_FAMILY",
    "MOTTO",
    "SLOGAN",
    "TITLE",
    "Sheet",
    "Style",
    "page_sheet",
    "paint_qr",
    "paint_receipt",
    "place_name",
    "qr_image",
    "qr_matrix",
    "receipt_rows",
]

FONT_FAMILY: Final = "Noto Sans"  # has every Vietnamese glyph; Debian: fonts-noto-core

TITLE: Final = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
MOTTO: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN: Final = "Độc lập - Tự do - Hạnh phúc"
DOCUMENTS_LABEL: Final = "Thành phần hồ sơ"
NEXT_STEPS_HEADING: Final = "Ông/bà cần biết"
SUBMITTER: Final = "NGƯỜI NỘP HỒ SƠ"
RECEIVER: Final = "NGƯỜI TIẾP NHẬN HỒ SƠ"
SIGN_HINT: Final = "(Ký và ghi rõ họ tên)"
QR_CAPTION: Final = "Quét mã QR để tra cứu hồ sơ"

_A4_WIDTH_MM: Final = 210.0
_MIN_QR_MM: Final = 32.0  # an old phone camera still reads it from arm's length

_BLACK: Final = QColor(0, 0, 0)
_WHITE: Final = QColor(255, 255, 255)
_RULE: Final = QColor(150, 150, 150)
_SHADE: Final = QColor(236, 236, 236)

_WRAP: Final = int(Qt.TextFlag.TextWordWrap)
LEFT: Final = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
CENTER: Final = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


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


# --- what goes on the form ----------------------------------------------------------------------------

_PLACE = re.compile(r"\b(?:phường|xã|đặc khu|thị trấn|thị xã)\s+(.+)$", re.IGNORECASE)


def place_name(agency_name: str) -> str:
    """`Bến Thành` for "Ủy ban nhân dân phường Bến Thành, Thành phố Hồ Chí Minh": the place written
    before the date of an administrative paper. Empty when the agency's name says no commune."""
    first = agency_name.split(",")[0].strip()
    found = _PLACE.search(first)
    return found.group(1).strip() if found else ""


def _date_line(receipt: Receipt) -> str:
    """`Bến Thành, ngày 30 tháng 9 năm 2026`, or `Ngày 30 tháng 9 năm 2026` with no place known."""
    day = official_date(receipt.received_at.date())
    place = place_name(receipt.agency_name)
    return f"{place}, {day}" if place else day[:1].upper() + day[1:]


Row = tuple[str, str | Sequence[str]]  # a label and its value: one text, or a numbered list


def receipt_rows(receipt: Receipt) -> list[Row]:
    """The rows of the form after the two codes, in the official order: the documents received
    ("Thành phần hồ sơ", numbered) come right after what is requested, before the number of sets."""
    rows: list[Row] = list(receipt.lines()[2:])
    labels = [label for label, _ in rows]
    if "Số điện thoại" in labels and "Thư điện tử" in labels:  # one line, as on the official form
        phone, email = labels.index("Số điện thoại"), labels.index("Thư điện tử")
        rows[phone] = ("Số điện thoại, thư điện tử", f"{rows[phone][1]} — {rows[email][1]}")
        del rows[email]
    if receipt.documents:
        labels = [label for label, _ in rows]
        at = labels.index("Số lượng hồ sơ") if "Số lượng hồ sơ" in labels else len(rows)
        rows.insert(at, (DOCUMENTS_LABEL, [document.text() for document in receipt.documents]))
    return rows


# --- the sheet: a cursor down one or more pages --------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """Type sizes (points) and the unit of the gaps (mm) for one kind of paper."""

    body: float = 12.0
    label: float = 11.0
    small: float = 10.5
    heading: float = 13.0
    title: float = 16.0
    code: float = 19.0
    motto: float = 11.0
    slogan: float = 12.0
    gap_mm: float = 1.0  # every gap is a multiple of this

    def scaled(self, factor: float) -> Style:
        return Style(
            body=self.body * factor,
            label=self.label * factor,
            small=self.small * factor,
            heading=self.heading * factor,
            title=self.title * factor,
            code=self.code * factor,
            motto=self.motto * factor,
            slogan=self.slogan * factor,
            gap_mm=self.gap_mm * factor,
        )


A4_STYLE: Final = Style()


def _family() -> str:
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    return QGuiApplication.font().family()


class Sheet:
    """Where the next block goes, in the painter's device units, with the few drawing moves the form
    needs. `new_page` is None on a roll of paper (it never breaks)."""

    def __init__(
        self,
        painter: QPainter,
        *,
        dpi: float,
        left: float,
        right: float,
        top: float,
        bottom: float,
        style: Style,
        dossier_code: str,
        new_page: Callable[[], None] | None = None,
        shaded: bool = True,
    ) -> None:
        self.painter = painter
        self.dpi = dpi
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.style = style
        self.dossier_code = dossier_code
        self._new_page = new_page
        self.shaded = shaded  # False: boxes are ruled, not grey (1-bit printing)
        self.family = _family()
        self.number = 1
        self.y = top

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def gap(self, units: float) -> float:
        """`units` of the style's gap, in device units."""
        return self.mm(units * self.style.gap_mm)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def page_height(self) -> float:
        return self.bottom - self.top

    def font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def need(self, height: float) -> None:
        """Start a new page unless `height` still fits below the cursor (never on a roll)."""
        if self._new_page is None or self.y + height <= self.bottom or self.y <= self.top + 1:
            return
        self._new_page()
        self.number += 1
        self.y = self.top
        # A loose second sheet still says which dossier it belongs to.
        heading = f"Giấy tiếp nhận hồ sơ {self.dossier_code} (tiếp theo, trang {self.number})"
        self.y += self.text(heading, self.font(self.style.small, italic=True), self.left, self.y, self.width)
        self.line(self.left, self.y + self.gap(1), self.right, self.y + self.gap(1), _RULE)
        self.y += self.gap(5)

    def measure(self, text: str, font: QFont, width: float, flags: int = LEFT) -> float:
        self.painter.setFont(font)
        self.painter.setPen(_BLACK)  # with no pen, QPainter.boundingRect measures nothing
        return self.painter.boundingRect(QRectF(0, 0, width, 1e7), flags | _WRAP, text).height()

    def advance(self, text: str, font: QFont) -> float:
        """The width of `text` on one line."""
        self.painter.setFont(font)
        return float(self.painter.fontMetrics().horizontalAdvance(text))

    def text(self, text: str, font: QFont, x: float, y: float, width: float, flags: int = LEFT) -> float:
        """Draw wrapped `text` in a box of `width` at (x, y); the height it took."""
        height = self.measure(text, font, width, flags)
        self.painter.setPen(_BLACK)
        self.painter.drawText(QRectF(x, y, width, height), flags | _WRAP, text)
        return height

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor = _BLACK) -> None:
        self.painter.setPen(QPen(color, self.mm(0.3)))
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def page_sheet(painter: QPainter, device: QPagedPaintDevice, dossier_code: str) -> Sheet:
    """A sheet over `device`'s pages: margins and type scaled from A4 to the paper's width.

    Works whether the painter's origin is the paper's corner (a QPdfWriter with no margins, a QPrinter
    in full-page mode) or the printable area's (a QPrinter that keeps the printer's margins): the
    form's margins are measured from the paper's edge and never come inside the printable area.
    """
    resolution = getattr(device, "resolution", None)
    dpi = float(resolution() if callable(resolution) else device.logicalDpiY())
    layout = device.pageLayout()
    full = layout.fullRect(QPageLayout.Unit.Millimeter)  # the paper, in mm
    if layout.mode() == QPageLayout.Mode.FullPageMode:
        origin = QPointF(0, 0)  # the painter starts at the paper's corner
        in_mm = QPageLayout(layout)
        in_mm.setUnits(QPageLayout.Unit.Millimeter)
        hard = in_mm.minimumMargins()  # what the printer cannot reach
        paint = full.marginsRemoved(hard)
    else:
        paint = layout.paintRect(QPageLayout.Unit.Millimeter)
        origin = paint.topLeft()
    scale = full.width() / _A4_WIDTH_MM
    side, head = 15.0 * scale, 10.0 * scale

    def mm(value: float) -> float:
        return value * dpi / 25.4

    def new_page() -> None:
        if not device.newPage():
            raise OSError("Không sang được trang mới.")

    return Sheet(
        painter,
        dpi=dpi,
        left=mm(max(side, paint.left()) - origin.x()),
        right=mm(min(full.width() - side, paint.right()) - origin.x()),
        top=mm(max(head, paint.top()) - origin.y()),
        bottom=mm(min(full.height() - head, paint.bottom()) - origin.y()),
        # A5 is 0.7 of A4; the type shrinks less than the paper, so it stays large print.
        style=A4_STYLE.scaled(min(1.0, max(scale, 0.8))),
        dossier_code=dossier_code,
        new_page=new_page,
    )


# --- the blocks of the form -----------------------------------------------------------------------------


def header(sheet: Sheet, receipt: Receipt, *, stacked: bool = False) -> None:
    """Agency on the left and the national motto on the right, each underlined by a short rule, the
    place and date under the motto. `stacked`: one under the other, centred (a narrow roll)."""
    st = sheet.style
    motto_font, agency_font = sheet.font(st.motto, bold=True), sheet.font(st.motto, bold=True)
    slogan_font, date_font = sheet.font(st.slogan, bold=True), sheet.font(st.small, italic=True)
    top = sheet.y
    if stacked:
        left_x = right_x = sheet.left
        left_w = right_w = sheet.width
    else:
        gap = sheet.gap(3)
        right_w = min(sheet.advance(MOTTO, motto_font) + sheet.gap(2), sheet.width * 0.6)
        left_w = sheet.width - right_w - gap
        left_x, right_x = sheet.left, sheet.left + left_w + gap

    parts = [part.strip() for part in receipt.agency_name.upper().split(",") if part.strip()]
    agency = "\n".join(_balanced(sheet, part, agency_font, left_w) for part in parts)
    agency_h = sheet.text(agency, agency_font, left_x, top, left_w, CENTER)
    rule_w = min(left_w / 3, sheet.mm(30))
    rule_y = top + agency_h + sheet.gap(2)
    middle = left_x + left_w / 2
    sheet.line(middle - rule_w / 2, rule_y, middle + rule_w / 2, rule_y)

    motto_top = rule_y + sheet.gap(4) if stacked else top
    motto_h = sheet.text(MOTTO, motto_font, right_x, motto_top, right_w, CENTER)
    slogan_h = sheet.text(SLOGAN, slogan_font, right_x, motto_top + motto_h, right_w, CENTER)
    slogan_w = min(sheet.advance(SLOGAN, slogan_font), right_w)
    slogan_rule_y = motto_top + motto_h + slogan_h + sheet.gap(0.5)
    middle = right_x + right_w / 2
    sheet.line(middle - slogan_w / 2, slogan_rule_y, middle + slogan_w / 2, slogan_rule_y)

    date_y = slogan_rule_y + sheet.gap(3)
    date_h = sheet.text(_date_line(receipt), date_font, right_x, date_y, right_w, CENTER)
    sheet.y = max(rule_y, date_y + date_h) + sheet.gap(4)


def _balanced(sheet: Sheet, text: str, font: QFont, width: float) -> str:
    """`text` on one line if it fits, else broken into two lines of about the same width
    ("ỦY BAN NHÂN DÂN / PHƯỜNG BẾN THÀNH", not "ỦY BAN NHÂN DÂN PHƯỜNG BẾN / THÀNH")."""
    if sheet.advance(text, font) <= width:
        return text
    words = text.split()
    splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    if not splits:
        return text
    first, second = min(splits, key=lambda pair: max(sheet.advance(part, font) for part in pair))
    return f"{first}\n{second}"


def title(sheet: Sheet) -> None:
    sheet.y += sheet.text(
        TITLE, sheet.font(sheet.style.title, bold=True), sheet.left, sheet.y, sheet.width, CENTER
    )
    sheet.y += sheet.gap(4)


def codes_box(sheet: Sheet, receipt: Receipt, *, with_qr: bool = True) -> None:
    """The dossier code and the lookup code in large bold, in a ruled box, beside the QR that holds them.

    Without the QR (the roll prints it with the printer's own QR command), the codes stand alone.
    """
    st = sheet.style
    codes = receipt.lines()[:2]
    pad = sheet.gap(2)
    label_font, code_font = sheet.font(st.label), sheet.font(st.code, bold=True)
    caption_font = sheet.font(st.small, italic=True)
    if with_qr:
        matrix = qr_matrix(receipt.qr_payload())
        qr_mm = max(36.0 * sheet.style.gap_mm, _MIN_QR_MM)
        module = float(max(1, round(sheet.mm(qr_mm) / len(matrix))))  # whole device units per module
        qr_side = module * len(matrix)
    else:
        qr_side = 0.0
    text_x = sheet.left + sheet.gap(5)
    text_right = sheet.right - pad - qr_side - (sheet.gap(2) if with_qr else sheet.gap(5))
    text_w = text_right - text_x

    # Label and code on one line when there is room (A4); else the code under its label (A5, the roll).
    label_w = max(sheet.advance(label, label_font) for label, _ in codes) + sheet.gap(3)
    code_w = max(sheet.advance(value, code_font) for _, value in codes)
    side_by_side = label_w + code_w <= text_w
    sheet.painter.setFont(code_font)
    code_metrics = sheet.painter.fontMetrics()
    sheet.painter.setFont(label_font)
    label_metrics = sheet.painter.fontMetrics()
    row_h = float(code_metrics.height())
    if not side_by_side:
        row_h += float(label_metrics.height())
    caption = QR_CAPTION if with_qr else ""
    caption_h = sheet.measure(caption, caption_font, text_w) if caption else 0.0
    gap = sheet.gap(2)
    text_h = (row_h + gap) * len(codes) - gap + (gap + caption_h if caption else 0.0)
    box_h = max(pad + qr_side + pad, text_h + 2 * sheet.gap(4))
    sheet.need(box_h)
    top = sheet.y

    sheet.painter.setPen(QPen(_BLACK, sheet.mm(0.4)))
    sheet.painter.setBrush(Qt.BrushStyle.NoBrush)
    sheet.painter.drawRoundedRect(QRectF(sheet.left, top, sheet.width, box_h), sheet.mm(2), sheet.mm(2))
    if with_qr:
        paint_qr(sheet.painter, matrix, QRectF(sheet.right - pad - qr_side, top + pad, qr_side, qr_side))

    y = top + (box_h - text_h) / 2
    label_drop = code_metrics.ascent() - label_metrics.ascent()
    for label, value in codes:
        if side_by_side:
            sheet.text(label, label_font, text_x, y + label_drop, label_w)
            sheet.text(value, code_font, text_x + label_w, y, text_w - label_w)
        else:
            label_h = sheet.text(label, label_font, text_x, y, text_w)
            sheet.text(value, code_font, text_x, y + label_h, text_w)
        y += row_h + gap
    if caption:
        sheet.text(caption, caption_font, text_x, y, text_w)
    sheet.y = top + box_h + sheet.gap(5)


def _numbered_heights(
    sheet: Sheet, items: Sequence[str], font: QFont, width: float
) -> tuple[float, list[float]]:
    number_w = sheet.advance(f"{len(items)}.", font) + sheet.gap(2)
    return number_w, [sheet.measure(item, font, width - number_w) for item in items]


def details(sheet: Sheet, rows: Sequence[Row], *, stacked: bool = False) -> None:
    """Label on the left, value in bold on the right, a thin rule between rows. A value that is a list
    is numbered, and may run on over a page break. `stacked`: each value under its label (a roll)."""
    st = sheet.style
    label_font, value_font = sheet.font(st.label), sheet.font(st.body, bold=True)
    if stacked:
        label_w, value_x, value_w = sheet.width, sheet.left, sheet.width
    else:
        label_w = sheet.mm(66 * st.gap_mm)
        value_x, value_w = sheet.left + label_w, sheet.width - label_w
    pad = sheet.gap(0.9)
    item_gap = sheet.gap(0.5)
    for index, (label, value) in enumerate(rows):
        label_text_w = label_w - (0 if stacked else sheet.gap(3))
        label_h = sheet.measure(label, label_font, label_text_w)
        items = [value] if isinstance(value, str) else list(value)
        number_w, heights = (
            (0.0, [sheet.measure(items[0], value_font, value_w)])
            if isinstance(value, str)
            else _numbered_heights(sheet, items, value_font, value_w)
        )
        first = heights[0] + (label_h + sheet.gap(0.5) if stacked else 0.0)
        sheet.need(max(label_h, first) + 2 * pad)
        if index:
            sheet.line(sheet.left, sheet.y, sheet.right, sheet.y, _RULE)
        sheet.y += pad
        sheet.text(label, label_font, sheet.left, sheet.y, label_text_w)
        row_top = sheet.y
        y = sheet.y + (label_h + sheet.gap(0.5) if stacked else 0.0)
        for number, (item, height) in enumerate(zip(items, heights, strict=True), start=1):
            if number > 1:
                sheet.y = y
                sheet.need(height + pad)
                if sheet.y != y:  # a new page: the list goes on under its label
                    row_top = sheet.y
                    y = sheet.y
                    label_h = sheet.text(f"{label} (tiếp theo)", label_font, sheet.left, y, label_text_w)
            if number_w:
                sheet.text(f"{number}.", value_font, value_x, y, number_w)
            sheet.text(item, value_font, value_x + number_w, y, value_w - number_w)
            y += height + (item_gap if number < len(items) else 0.0)
        sheet.y = max(y, row_top + label_h) + pad
    sheet.y += sheet.gap(4)


def next_steps_box(sheet: Sheet, heading: str, items: Sequence[str]) -> None:
    """A bold heading and a numbered list on a light grey ground (pages break between items)."""
    st = sheet.style
    pad = sheet.gap(3)
    heading_font, item_font = sheet.font(st.heading, bold=True), sheet.font(st.body)
    inner_w = sheet.width - 2 * pad
    number_w, heights = _numbered_heights(sheet, items, item_font, inner_w)
    item_gap = sheet.gap(1)
    heading_h = sheet.measure(heading, heading_font, inner_w)
    total = heading_h + sheet.gap(2) + sum(heights) + item_gap * (len(items) - 1) + 2 * pad
    sheet.need(total if total < sheet.page_height else heading_h + heights[0] + 2 * pad)
    x = sheet.left + pad

    def ground(top: float, height: float) -> None:
        if sheet.shaded:
            sheet.painter.setPen(Qt.PenStyle.NoPen)
            sheet.painter.setBrush(_SHADE)
        else:  # a 1-bit thermal print turns light grey into white: a ruled frame instead
            sheet.painter.setPen(QPen(_BLACK, sheet.mm(0.4)))
            sheet.painter.setBrush(Qt.BrushStyle.NoBrush)
        sheet.painter.drawRoundedRect(QRectF(sheet.left, top, sheet.width, height), sheet.mm(2), sheet.mm(2))
        sheet.painter.setBrush(Qt.BrushStyle.NoBrush)

    # The ground goes under the text, so each page's part of the box is drawn before its text.
    start = 0
    while start < len(items):
        top = sheet.y
        room = sheet.bottom - top  # infinite on a roll
        used = pad + (heading_h + sheet.gap(2) if start == 0 else 0.0)
        end = start
        while end < len(items) and used + heights[end] + pad <= room:
            used += heights[end] + (item_gap if end + 1 < len(items) else 0.0)
            end += 1
        end = max(end, start + 1)
        used = pad + (heading_h + sheet.gap(2) if start == 0 else 0.0)
        used += sum(heights[start:end]) + item_gap * (end - start - 1) + pad
        ground(top, used)
        y = top + pad
        if start == 0:
            y += sheet.text(heading, heading_font, x, y, inner_w) + sheet.gap(2)
        for number in range(start, end):
            sheet.text(f"{number + 1}.", item_font, x, y, number_w)
            sheet.text(items[number], item_font, x + number_w, y, inner_w - number_w)
            y += heights[number] + item_gap
        sheet.y = top + used
        start = end
        if start < len(items):
            sheet.need(sheet.page_height)  # what is left goes on the next page
    sheet.y += sheet.gap(4)


def signatures(sheet: Sheet, receipt: Receipt, *, ink_mm: float = 16.0, least_ink_mm: float = 12.0) -> None:
    """The submitter's and the receiving officer's blocks side by side; the citizen's name printed
    under the left one. The room left for the signatures shrinks (down to `least_ink_mm`) rather than
    send the blocks alone onto a second page."""
    st = sheet.style
    col_w = sheet.width / 2
    inset = sheet.gap(1.5)  # the two columns' words never touch
    text_w = col_w - 2 * inset
    title_font, hint_font, name_font = (
        sheet.font(st.body, bold=True),
        sheet.font(st.small, italic=True),
        sheet.font(st.body),
    )
    titles = [  # too narrow for one line (the roll): "NGƯỜI NỘP / HỒ SƠ"
        text if sheet.advance(text, title_font) <= text_w else text.replace(" HỒ SƠ", "\nHỒ SƠ")
        for text in (SUBMITTER, RECEIVER)
    ]
    title_h = max(sheet.measure(text, title_font, text_w, CENTER) for text in titles)
    hint_h = sheet.measure(SIGN_HINT, hint_font, text_w, CENTER)
    name = receipt.citizen_name.upper()
    name_h = sheet.measure(name, name_font, text_w, CENTER)
    room = sheet.bottom - sheet.y - title_h - hint_h - name_h
    ink = min(sheet.mm(ink_mm * st.gap_mm), max(room, sheet.mm(least_ink_mm * st.gap_mm)))
    sheet.need(title_h + hint_h + ink + name_h)
    for column, text in enumerate(titles):
        x = sheet.left + column * col_w + inset
        sheet.text(text, title_font, x, sheet.y, text_w, CENTER)
        sheet.text(SIGN_HINT, hint_font, x, sheet.y + title_h, text_w, CENTER)
    name_y = sheet.y + title_h + hint_h + ink
    sheet.text(name, name_font, sheet.left + inset, name_y, text_w, CENTER)
    sheet.y = name_y + name_h


def paint_receipt(painter: QPainter, device: QPagedPaintDevice, receipt: Receipt) -> int:
    """Paint form 01 for `receipt` on `device` (already begun by `painter`); the number of pages."""
    sheet = page_sheet(painter, device, receipt.dossier_code)
    paint_form(sheet, receipt)
    return sheet.number


def paint_form(sheet: Sheet, receipt: Receipt) -> None:
    """The whole form on a page-sized sheet, top to bottom."""
    header(sheet, receipt)
    title(sheet)
    codes_box(sheet, receipt)
    details(sheet, receipt_rows(receipt))
    next_steps_box(sheet, NEXT_STEPS_HEADING, receipt.next_steps())
    signatures(sheet, receipt)
