"""The receipt PDF (form 01) on A4 and A5: its QR decodes to the codes, its text carries every row of
the form in Vietnamese, nothing runs off the paper, and a long receipt's extra pages name the dossier."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from qt_helpers import decode_qr, open_pdf, page_image
from receipt_samples import DOSSIER_CODE, LOOKUP_CODE, bare_receipt, full_receipt

from kiosk.receipt.layout import paint_receipt
from kiosk.receipt.model import ReceivedDocument, parse_tracking_payload
from kiosk.receipt.pdf import qr_image, render_receipt_pdf

FORM_LABELS = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "Mã hồ sơ",
    "Mã tra cứu",
    "Nhận của ông/bà",
    "Địa chỉ",
    "Nội dung yêu cầu giải quyết",
    "Thành phần hồ sơ",
    "Số lượng hồ sơ",
    "Thời gian giải quyết theo quy định",
    "Thời gian nhận hồ sơ",
    "Thời gian trả kết quả",
    "Nơi nhận kết quả",
    "Vào sổ theo dõi hồ sơ",
    "Lệ phí",
    "Ông/bà cần biết",
    "NGƯỜI NỘP HỒ SƠ",
    "NGƯỜI TIẾP NHẬN HỒ SƠ",
    "(Ký và ghi rõ họ tên)",
)
VALUES = (
    "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH",
    "Bến Thành, ngày 30 tháng 9 năm 2026",
    DOSSIER_CODE,
    LOOKUP_CODE,
    "NGUYỄN THỊ HOÀ",
    "Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh",
    "0912 345 678",
    "hoa.nguyen@example.vn",
    "Đăng ký khai sinh (mã 1.001193)",
    "1. Tờ khai đăng ký khai sinh (bản chính): 01",
    "2. Giấy chứng sinh (bản chính): 01",
    "3. Giấy chứng nhận kết hôn của cha mẹ (bản sao): 01",
    "01 bộ",
    "Trong ngày làm việc",
    "09 giờ 05 phút, ngày 30/09/2026",
    "Thứ Sáu, ngày 02/10/2026",
    "Nhận tại Bộ phận Một cửa",
    "Quyển số: 01/2026 — Số thứ tự: 0012",
    "8.000 đồng (Tám nghìn đồng) — Đã thanh toán",
)


def squashed(text: str) -> str:
    """NFC, with every space and line break gone: a value wrapped over two lines still matches."""
    return "".join(unicodedata.normalize("NFC", text).split())


def all_text(document: QPdfDocument) -> str:
    return squashed(" ".join(document.getAllText(page).text() for page in range(document.pageCount())))


def dark_columns(image: QImage) -> tuple[int, int]:
    """The leftmost and rightmost columns with ink on them."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())
    inked = [x for x in range(width) if any(pixels[y * stride + x] < 128 for y in range(0, height, 2))]
    return inked[0], inked[-1]


@pytest.fixture(params=["A4", "A5"])
def paper(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def full_pdf(qapp: QApplication, tmp_path: Path, paper: str) -> QPdfDocument:
    path = render_receipt_pdf(full_receipt(), tmp_path / f"bien-nhan-{DOSSIER_CODE}.pdf", paper)  # type: ignore[arg-type]
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no partial file left behind
    return open_pdf(path)


def test_the_page_is_the_paper_asked_for(full_pdf: QPdfDocument, paper: str) -> None:
    size = full_pdf.pagePointSize(0)
    width_mm, height_mm = (round(points / 72 * 25.4) for points in (size.width(), size.height()))
    assert (width_mm, height_mm) == {"A4": (210, 297), "A5": (148, 210)}[paper]


def test_qr_on_the_page_decodes_to_the_receipts_payload(full_pdf: QPdfDocument) -> None:
    texts = decode_qr(page_image(full_pdf))
    assert texts == [full_receipt().qr_payload()]
    assert parse_tracking_payload(texts[0]) == (DOSSIER_CODE, LOOKUP_CODE)


def test_every_label_and_value_of_form_01_is_printed(full_pdf: QPdfDocument) -> None:
    text = all_text(full_pdf)
    for expected in FORM_LABELS + VALUES:
        assert squashed(expected) in text, expected


def test_a_full_a4_receipt_is_one_sheet(qapp: QApplication, tmp_path: Path) -> None:
    document = open_pdf(render_receipt_pdf(full_receipt(), tmp_path / "a4.pdf", "A4"))
    assert document.pageCount() == 1


def test_nothing_runs_off_the_paper(full_pdf: QPdfDocument) -> None:
    for page in range(full_pdf.pageCount()):
        image = page_image(full_pdf, page, dpi=100)
        left, right = dark_columns(image)
        margin = 8 / 25.4 * 100  # 8 mm of white on either side, even on A5
        assert left > margin and right < image.width() - margin


def test_qr_is_at_least_35_mm_wide_on_a4(qapp: QApplication, tmp_path: Path) -> None:
    image = page_image(open_pdf(render_receipt_pdf(bare_receipt(), tmp_path / "a4.pdf")), dpi=200)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    result = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(result) == 1
    position = result[0].position
    width_px = abs(position.top_right.x - position.top_left.x)
    # The symbol without its quiet zone is 29/37 of the painted square (version 3, 4-module border).
    assert width_px / 200 * 25.4 >= 35 * 29 / 37


def test_name_arriving_decomposed_prints_in_capitals_and_nfc(qapp: QApplication, tmp_path: Path) -> None:
    raw = open_pdf(render_receipt_pdf(bare_receipt(), tmp_path / "r.pdf")).getAllText(0).text()
    # Qt writes the glyphs it shaped: NFC in, so the extracted text is already NFC.
    assert unicodedata.normalize("NFC", "NGUYỄN THỊ HOÀ") in raw


def test_rows_the_portal_left_empty_are_left_out(qapp: QApplication, tmp_path: Path) -> None:
    text = all_text(open_pdf(render_receipt_pdf(bare_receipt(), tmp_path / "r.pdf")))
    for absent in ("Thành phần hồ sơ", "Vào sổ theo dõi hồ sơ", "Thư điện tử", "Đã thanh toán"):
        assert squashed(absent) not in text
    assert squashed("Lệ phí Không phải nộp") in text


def test_unpaid_fee_says_where_to_pay(qapp: QApplication, tmp_path: Path) -> None:
    receipt = full_receipt(payment="unpaid")
    text = all_text(open_pdf(render_receipt_pdf(receipt, tmp_path / "r.pdf")))
    assert squashed("8.000 đồng (Tám nghìn đồng) — Chưa thanh toán — nộp tại quầy") in text


def test_long_document_list_flows_onto_more_pages_that_name_the_dossier(
    qapp: QApplication, tmp_path: Path, paper: str
) -> None:
    documents = tuple(ReceivedDocument(f"Giấy tờ số {n}", original=n % 2 == 0) for n in range(1, 31))
    path = render_receipt_pdf(full_receipt(documents=documents), tmp_path / "long.pdf", paper)  # type: ignore[arg-type]
    document = open_pdf(path)
    assert document.pageCount() >= 2
    text = all_text(document)
    for n in range(1, 31):
        assert squashed(f"{n}. Giấy tờ số {n} (bản") in text
    assert squashed("NGƯỜI TIẾP NHẬN HỒ SƠ") in text
    for page in range(1, document.pageCount()):  # a loose sheet names its dossier
        assert squashed(f"{DOSSIER_CODE} (tiếp theo, trang {page + 1})") in squashed(
            document.getAllText(page).text()
        )
    assert decode_qr(page_image(document)) == [full_receipt().qr_payload()]


def test_qr_image_decodes(qapp: QApplication) -> None:
    image = qr_image("DVC|000.00.01.H26-260930-0012|K7QX3M", module_px=8)
    assert image.width() == image.height() == 37 * 8
    assert decode_qr(image) == ["DVC|000.00.01.H26-260930-0012|K7QX3M"]


def test_a_device_that_keeps_its_own_margins_gets_the_form_inside_them(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A printer whose painter starts at its printable area (not the paper's corner) and whose margins
    are wider than the form's own: the form moves inside them, nothing is cut."""
    path = tmp_path / "margins.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageMargins(QMarginsF(25, 20, 25, 20), QPageLayout.Unit.Millimeter)
    painter = QPainter(writer)
    pages = paint_receipt(painter, writer, full_receipt())
    painter.end()
    document = open_pdf(path)
    assert document.pageCount() == pages
    image = page_image(document, 0, dpi=100)
    left, right = dark_columns(image)
    margin = 25 / 25.4 * 100 - 2  # the box's border line straddles the edge by a fraction of a mm
    assert left >= margin and right <= image.width() - margin
    assert decode_qr(page_image(document)) == [full_receipt().qr_payload()]
    text = all_text(document)
    for expected in VALUES:
        assert squashed(expected) in text, expected
