"""The receipt for an 80 mm thermal roll, as two 1-bit images: the text above the QR and the text below.

Thermal printers seldom have a Vietnamese code page, so the text is painted (Noto Sans, the form's own
blocks stacked for a narrow strip) at the printer's resolution, 576 dots = 72 mm at 203 dpi, and sent as
a picture. The QR between the two halves is printed by the printer itself (kiosk/receipt/thermal.py).

Painting needs a QGuiApplication (fonts) but no widget: it may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kiosk.receipt import layout
from kiosk.receipt.model import Receipt

__all__ = ["ROLL_DOTS", "ROLL_DPI", "RollImages", "roll_images", "to_pil"]

ROLL_DOTS: Final = 576  # printable width of an 80 mm roll at 203 dpi (72 mm)
ROLL_DPI: Final = 203
_SIDE_DOTS: Final = 8  # a millimetre of white on each side: the print head's edge is not always true
_MAX_DOTS: Final = 24_000  # 3 m of paper: far more than any receipt; the painting stops there
_THRESHOLD: Final = 170  # grey below this prints black (the rules between rows are 150)

ROLL_STYLE: Final = replace(
    layout.A4_STYLE,
    body=10.0,
    label=9.5,
    small=9.0,
    heading=10.5,
    title=11.5,
    code=13.0,
    motto=9.5,
    slogan=10.0,
    gap_mm=0.6,
)


@dataclass(frozen=True)
class RollImages:
    """The two pictures of a roll receipt: `top` (header, title, codes) and `bottom` (the rest), both
    1-bit (QImage.Format_Mono), `ROLL_DOTS` wide. The QR is printed between them."""

    top: QImage
    bottom: QImage


def _paint(draw: Callable[[layout.Sheet], None], receipt: Receipt) -> QImage:
    canvas = QImage(ROLL_DOTS, _MAX_DOTS, QImage.Format.Format_Grayscale8)
    dots_per_metre = round(ROLL_DPI / 0.0254)
    canvas.setDotsPerMeterX(dots_per_metre)  # type sizes in points then mean points on the paper
    canvas.setDotsPerMeterY(dots_per_metre)
    canvas.fill(QColor(255, 255, 255))
    painter = QPainter(canvas)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        sheet = layout.Sheet(
            painter,
            dpi=ROLL_DPI,
            left=_SIDE_DOTS,
            right=ROLL_DOTS - _SIDE_DOTS,
            top=0,
            bottom=float("inf"),
            style=ROLL_STYLE,
            dossier_code=receipt.dossier_code,
            shaded=False,
        )
        draw(sheet)
        used = min(_MAX_DOTS, max(1, round(sheet.y)))
    finally:
        painter.end()
    return _one_bit(canvas.copy(0, 0, ROLL_DOTS, used))


def _one_bit(gray: QImage) -> QImage:
    """Threshold the antialiased grey to black and white (no dithering: text stays crisp)."""
    table = bytes(0 if value < _THRESHOLD else 255 for value in range(256))
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())[: stride * height].translate(table)
    sharp = QImage(pixels, width, height, stride, QImage.Format.Format_Grayscale8).copy()
    return sharp.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)


def roll_images(receipt: Receipt) -> RollImages:
    """The receipt's text for the roll, above and below the QR."""

    def top(sheet: layout.Sheet) -> None:
        layout.header(sheet, receipt, stacked=True)
        layout.title(sheet)
        layout.codes_box(sheet, receipt, with_qr=False)

    def bottom(sheet: layout.Sheet) -> None:
        sheet.y += sheet.text(
            layout.QR_CAPTION,
            sheet.font(sheet.style.small, italic=True),
            sheet.left,
            sheet.y,
            sheet.width,
            layout.CENTER,
        )
        sheet.y += sheet.gap(5)
        layout.details(sheet, layout.receipt_rows(receipt), stacked=True)
        layout.next_steps_box(sheet, layout.NEXT_STEPS_HEADING, receipt.next_steps())
        layout.signatures(sheet, receipt, ink_mm=20.0, least_ink_mm=20.0)
        sheet.y += sheet.gap(4)

    return RollImages(_paint(top, receipt), _paint(bottom, receipt))


def to_pil(image: QImage) -> Image.Image:
    """A 1-bit QImage as a PIL image (mode "1", black = printed), which python-escpos sends."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1).convert("1")
