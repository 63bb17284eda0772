"""Attached files: photos made small and upright, PDFs untouched, other files refused in plain words."""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from kiosk.domain.documents import MAX_BYTES, MAX_IMAGE_SIDE, DocumentProblem
from kiosk.ui.photos import newest_files, prepare_file, prepare_photo, read_file, thumbnail


def encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    return bytes(array.data())


def phone_photo_image(width: int = 4000, height: int = 3000) -> QImage:
    """A picture that compresses like a phone's photo of a paper: light, texture, sensor noise, text."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    light = QLinearGradient(0, 0, width, height)
    light.setColorAt(0, QColor("#C8B89A"))
    light.setColorAt(1, QColor("#6F7D8C"))
    painter.fillRect(image.rect(), light)
    coarse_w, coarse_h = width // 8, height // 8  # paper texture: coarse noise, blurred up
    coarse = QImage(os.urandom(coarse_w * coarse_h * 4), coarse_w, coarse_h, QImage.Format.Format_RGB32)
    painter.setOpacity(0.12)
    painter.drawImage(QRectF(0, 0, width, height), coarse)
    painter.setOpacity(1.0)
    faint = bytes(b // 16 for b in range(256))  # sensor noise: 0..15 on each channel of each pixel
    noise = QImage(os.urandom(width * height * 4).translate(faint), width, height, QImage.Format.Format_RGB32)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    painter.drawImage(0, 0, noise)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    font = QFont("Noto Sans")
    font.setPixelSize(height // 30)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    for line in range(20):
        painter.drawText(width // 10, height // 8 + line * height // 25, "CONG HOA XA HOI CHU NGHIA VIET NAM")
    painter.end()
    return image


def phone_photo(width: int = 4000, height: int = 3000) -> bytes:
    """About 8 MB of JPEG at 4000x3000, as a phone saves it."""
    return encode(phone_photo_image(width, height), "JPEG", 95)


def pdf_bytes() -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Giấy chứng sinh")
    painter.end()
    buffer.close()
    return bytes(array.data())


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The JPEG with an EXIF block saying how the camera was held (6: turned a quarter clockwise)."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    payload = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def test_a_phone_photo_is_downscaled_and_compressed(qapp: QApplication) -> None:
    original = phone_photo()
    assert len(original) > 5 * 1024 * 1024  # several MB, as a phone saves it

    document = prepare_file("giay_chung_sinh", original)

    assert document.mime == "image/jpeg"
    assert document.size < 800 * 1024, document.size  # a few hundred KB
    decoded = QImage.fromData(document.data)
    assert not decoded.isNull()
    assert (decoded.width(), decoded.height()) == (MAX_IMAGE_SIDE, 1500)


def test_a_png_photo_becomes_a_jpeg_but_a_scan_of_text_may_stay_png(qapp: QApplication) -> None:
    photo = prepare_file("x", encode(phone_photo_image(1600, 1200), "PNG"))
    assert photo.mime == "image/jpeg"

    scan = QImage(1240, 1754, QImage.Format.Format_Grayscale8)  # A4 at 150 dpi, black on white
    scan.fill(QColor("white"))
    painter = QPainter(scan)
    for line in range(40):
        painter.drawText(100, 100 + line * 40, "Họ, chữ đệm, tên: ............................")
    painter.end()
    kept = prepare_file("x", encode(scan, "PNG"))
    assert kept.mime == "image/png"
    assert QImage.fromData(kept.data).size() == scan.size()


def test_the_camera_orientation_is_applied_and_exif_dropped(qapp: QApplication) -> None:
    landscape = phone_photo_image(2400, 1600)
    landscape.fill(QColor("white"))
    for x in range(200):  # a dark band along the top edge as the sensor saw it
        for y in range(0, 100, 4):
            landscape.setPixelColor(x * 12, y, QColor("black"))
    document = prepare_file("x", with_exif_orientation(encode(landscape, "JPEG", 90), 6))
    upright = QImage.fromData(document.data)
    assert (upright.width(), upright.height()) == (1333, 2000)  # turned and scaled, not squashed
    assert upright.pixelColor(upright.width() - 10, 1000).lightness() < 200  # the top edge is now right
    assert upright.pixelColor(10, 1000).lightness() > 240
    assert b"Exif" not in document.data[:200]


def test_a_camera_picture_is_made_small_the_same_way(qapp: QApplication) -> None:
    document = prepare_photo("x", phone_photo_image(3000, 4000))
    assert document.mime == "image/jpeg"
    assert QImage.fromData(document.data).height() == MAX_IMAGE_SIDE


def test_a_pdf_passes_through_byte_for_byte(qapp: QApplication) -> None:
    data = pdf_bytes()
    document = prepare_file("giay_chung_sinh", data)
    assert document.mime == "application/pdf"
    assert document.data == data
    page = thumbnail(document, 160)
    assert not page.isNull()
    assert max(page.width(), page.height()) == 160


def test_a_text_file_named_jpg_is_refused_in_vietnamese(qapp: QApplication, tmp_path: Path) -> None:
    fake = tmp_path / "anh.jpg"
    fake.write_text("Nguyễn Văn A, 001090012345")
    with pytest.raises(DocumentProblem, match="không phải ảnh"):
        read_file("x", fake)


def test_a_broken_jpeg_is_refused_in_vietnamese(qapp: QApplication) -> None:
    with pytest.raises(DocumentProblem, match="Không đọc được ảnh"):
        prepare_file("x", b"\xff\xd8\xff\xe0" + b"\x00" * 500)


def test_an_oversized_pdf_is_refused(qapp: QApplication) -> None:
    huge = b"%PDF-1.7\n" + b"0" * MAX_BYTES
    with pytest.raises(DocumentProblem, match="Tệp quá lớn"):
        prepare_file("x", huge)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    head=st.sampled_from([b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-", b"GIF89a"]),
    body=st.binary(max_size=2048),
)
def test_any_file_is_a_document_or_a_plain_refusal(qapp: QApplication, head: bytes, body: bytes) -> None:
    try:
        document = prepare_file("x", head + body)
    except DocumentProblem as problem:
        assert str(problem)
    else:
        assert document.mime in ("application/pdf", "image/jpeg", "image/png")


def test_newest_files_takes_new_pdf_jpeg_png_newest_first(tmp_path: Path) -> None:
    opened = time.time() - 100
    old = tmp_path / "scan_old.pdf"
    old.write_bytes(b"%PDF-1.4")
    os.utime(old, (opened - 50, opened - 50))
    for offset, name in enumerate(["scan1.pdf", "scan2.JPG", "scan3.png", "notes.txt", "scan4.tiff"]):
        path = tmp_path / name
        path.write_bytes(b"x")
        os.utime(path, (opened + 10 + offset, opened + 10 + offset))
    hidden = tmp_path / ".scan5.pdf"  # a scanner's half-written temporary
    hidden.write_bytes(b"x")
    (tmp_path / "sub.pdf").mkdir()

    assert [p.name for p in newest_files(tmp_path, opened)] == ["scan3.png", "scan2.JPG", "scan1.pdf"]
    assert newest_files(tmp_path / "gone", opened) == []
