"""The receipt as a PDF (A4 or A5), drawn with QPdfWriter + the form's one painting routine.

Needs a QGuiApplication (or QApplication) to exist first: Qt only loads fonts inside one. No widget is
involved, so it may run on a worker thread. The layout itself is kiosk/receipt/layout.py; the QR
helpers are re-exported here for the screens that show the receipt's QR.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, Literal

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.receipt.layout import FONT_FAMILY, paint_qr, paint_receipt, qr_image, qr_matrix
from kiosk.receipt.model import Receipt

__all__ = [
    "FONT_FAMILY",
    "PAGE_SIZES",
    "Paper",
    "paint_qr",
    "pdf_document",
    "qr_image",
    "qr_matrix",
    "render_receipt_pdf",
]

Paper = Literal["A4", "A5"]
PAGE_SIZES: Final[dict[str, QPageSize.PageSizeId]] = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
}
_DPI: Final = 600


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


def receipt_title(receipt: Receipt) -> str:
    """The document title a PDF viewer or a print queue shows: the form and the dossier code only."""
    return f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {receipt.dossier_code}"


def render_receipt_pdf(receipt: Receipt, path: Path, paper: Paper = "A4") -> Path:
    """Write `receipt` as a PDF on A4 or A5 paper at `path` (one page unless the document list is long);
    return `path`. The file appears whole or not at all: it is written beside `path`, then renamed."""
    if paper not in PAGE_SIZES:
        raise ValueError(f"unknown paper {paper!r}")
    path = Path(path)
    with pdf_document(path, PAGE_SIZES[paper], receipt_title(receipt), _DPI) as (writer, painter):
        paint_receipt(painter, writer, receipt)
    return path
