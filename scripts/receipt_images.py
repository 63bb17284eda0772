"""Draws the receipt of a realistic sample dossier for docs/screenshots/, the way it comes out on paper.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/receipt_images.py [OUT_DIR]

- receipt.png: the A4 PDF (kiosk/receipt/pdf.py), page rendered at 150 dpi;
- receipt-a5.png: the same receipt on A5, its pages side by side;
- receipt-thermal.png: the 80 mm roll, dot for dot (203 dpi): the two raster pictures with the QR between
  them, drawn here as the printer draws it from its own QR command.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from kiosk.receipt.layout import qr_matrix
from kiosk.receipt.model import Receipt, ReceivedDocument
from kiosk.receipt.pdf import qr_image, render_receipt_pdf
from kiosk.receipt.raster import ROLL_DOTS, roll_images
from kiosk.receipt.thermal import QR_MODULE_DOTS

ROOT = Path(__file__).resolve().parent.parent


def sample() -> Receipt:
    return Receipt(
        dossier_code="000.00.01.H26-260930-0012",
        lookup_code="K7QX3M",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        citizen_name="Nguyễn Thị Hoà",
        received_at=datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="desk",
        agency_name="Ủy ban nhân dân phường Bến Thành, Thành phố Hồ Chí Minh",
        documents=(
            ReceivedDocument("Tờ khai đăng ký khai sinh", original=True),
            ReceivedDocument("Giấy chứng sinh", original=True),
            ReceivedDocument("Giấy chứng nhận kết hôn của cha mẹ", original=False),
        ),
        citizen_address="Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh",
        citizen_phone="0912 345 678",
        citizen_email="hoa.nguyen@example.vn",
        processing_days=0,
        logbook_volume="01/2026",
        logbook_entry=12,
        fee=8000,
        payment="paid",
    )


def pdf_pages(path: Path, dpi: int) -> list[QImage]:
    document = QPdfDocument()
    document.load(str(path))
    pages = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        pages.append(paper)
    return pages


def side_by_side(images: list[QImage], gap: int = 24) -> QImage:
    width = sum(image.width() for image in images) + gap * (len(images) + 1)
    height = max(image.height() for image in images) + 2 * gap
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#9aa3ad"))  # a desk under the paper
    painter = QPainter(sheet)
    x = gap
    for image in images:
        painter.drawImage(x, gap, image)
        x += image.width() + gap
    painter.end()
    return sheet


def roll(receipt: Receipt) -> QImage:
    images = roll_images(receipt)
    side = len(qr_matrix(receipt.qr_payload())) * QR_MODULE_DOTS
    qr = qr_image(receipt.qr_payload(), module_px=QR_MODULE_DOTS)
    line = 34  # the feed before and after the QR (ESC d 1)
    height = images.top.height() + line + side + line + images.bottom.height()
    strip = QImage(ROLL_DOTS, height, QImage.Format.Format_RGB32)
    strip.fill(QColor("white"))
    painter = QPainter(strip)
    painter.drawImage(0, 0, images.top)
    painter.drawImage((ROLL_DOTS - side) // 2, images.top.height() + line, qr)
    painter.drawImage(0, images.top.height() + line + side + line, images.bottom)
    painter.end()
    return side_by_side([strip])


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    receipt = sample()
    with tempfile.TemporaryDirectory() as scratch:
        a4 = render_receipt_pdf(receipt, Path(scratch) / "a4.pdf", "A4")
        a5 = render_receipt_pdf(receipt, Path(scratch) / "a5.pdf", "A5")
        pdf_pages(a4, 150)[0].save(str(out / "receipt.png"))
        side_by_side(pdf_pages(a5, 150)).save(str(out / "receipt-a5.png"))
    roll(receipt).save(str(out / "receipt-thermal.png"))
    for name in ("receipt.png", "receipt-a5.png", "receipt-thermal.png"):
        print(out / name)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
