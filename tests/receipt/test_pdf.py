"""The receipt PDF: its QR decodes back to the codes, its text keeps the Vietnamese intact."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from qt_helpers import decode_qr, open_pdf, page_image

from kiosk.receipt.model import Receipt, parse_tracking_payload
from kiosk.receipt.pdf import qr_image, render_receipt_pdf

NAME_NFD = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")  # as a scanner or input method may send it


def _receipt(**extra: object) -> Receipt:
    return Receipt(
        dossier_code="000.00.01.H26-260930-0012",
        lookup_code="K7QX3M",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        citizen_name=NAME_NFD,
        received_at=datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="desk",
        agency_name="Ủy ban nhân dân phường Bến Thành, Thành phố Hồ Chí Minh",
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def pdf_path(qapp: QApplication, tmp_path: Path) -> Path:
    return render_receipt_pdf(_receipt(), tmp_path / "bien-nhan-000.00.01.H26-260930-0012.pdf")


def test_qr_on_the_page_decodes_to_the_codes(pdf_path: Path) -> None:
    document = open_pdf(pdf_path)
    assert document.pageCount() == 1
    texts = decode_qr(page_image(document))
    assert len(texts) == 1
    assert parse_tracking_payload(texts[0]) == ("000.00.01.H26-260930-0012", "K7QX3M")


def test_qr_is_at_least_35_mm_wide(pdf_path: Path) -> None:
    image = page_image(open_pdf(pdf_path), dpi=200)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    result = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(result) == 1
    position = result[0].position
    width_px = abs(position.top_right.x - position.top_left.x)
    # The symbol without its quiet zone is 29/37 of the painted square (version 3, 4-module border).
    assert width_px / 200 * 25.4 >= 35 * 29 / 37


def test_text_holds_the_codes_and_the_name_in_nfc(pdf_path: Path) -> None:
    text = unicodedata.normalize("NFC", open_pdf(pdf_path).getAllText(0).text())
    for expected in (
        "000.00.01.H26-260930-0012",
        "K7QX3M",
        "NGUYỄN THỊ HOÀ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "02/10/2026",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN",
    ):
        assert expected in text
    # Qt writes the glyphs it shaped: NFC in, so the extracted text is already NFC.
    raw = open_pdf(pdf_path).getAllText(0).text()
    assert unicodedata.normalize("NFC", "NGUYỄN THỊ HOÀ") in raw


def test_long_document_list_flows_onto_a_second_page(qapp: QApplication, tmp_path: Path) -> None:
    documents = tuple(f"Giấy tờ số {n} (bản sao, 01 bản)" for n in range(1, 16))
    path = render_receipt_pdf(_receipt(documents=documents), tmp_path / "long.pdf")
    document = open_pdf(path)
    assert document.pageCount() == 2
    text = " ".join(document.getAllText(page).text() for page in range(2))
    assert "Giấy tờ số 15" in text
    assert "NGƯỜI TIẾP NHẬN" in text
    assert "000.00.01.H26-260930-0012" in document.getAllText(1).text()  # a loose sheet names its dossier


def test_no_partial_file_left_behind(pdf_path: Path) -> None:
    assert sorted(p.name for p in pdf_path.parent.iterdir()) == [pdf_path.name]


def test_qr_image_decodes(qapp: QApplication) -> None:
    image = qr_image("DVC|000.00.01.H26-260930-0012|K7QX3M", module_px=8)
    assert image.width() == image.height() == 37 * 8
    assert decode_qr(image) == ["DVC|000.00.01.H26-260930-0012|K7QX3M"]
