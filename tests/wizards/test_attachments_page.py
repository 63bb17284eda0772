"""The attachment checklist: the right cards for this person, photos made small off the GUI thread,
refusals said on the card, required documents enforced, and never a file name on screen."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, buttons, on_screen_text, unnamed_controls

from kiosk.domain.documents import Document
from kiosk.domain.form import AttachmentNeed, Form
from kiosk.domain.procedures import load_catalog
from kiosk.ui import theme
from kiosk.wizards.attachments_page import AttachmentsPage

PRIVATE_NAME = "CCCD_001090012345_Nguyen_Van_A"  # what people name their files: never shown


def birth_needs(has_certificate: bool, has_witness: bool | None = None) -> list[AttachmentNeed]:
    form = Form(load_catalog()["1.001193"])
    assert form.answer("child.has_birth_certificate", "Có" if has_certificate else "Không").ok
    if has_witness is not None:
        assert form.answer("child.has_witness", "Có" if has_witness else "Không").ok
    return form.attachments()


def phone_photo(width: int = 4000, height: int = 3000) -> bytes:
    """About 8 MB of JPEG, as a phone saves a photo of a paper: light, paper texture, sensor noise."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    light = QLinearGradient(0, 0, width, height)
    light.setColorAt(0, QColor("#C8B89A"))
    light.setColorAt(1, QColor("#6F7D8C"))
    painter.fillRect(image.rect(), light)
    coarse = QImage(os.urandom(width * height // 16), width // 8, height // 8, QImage.Format.Format_RGB32)
    painter.setOpacity(0.12)
    painter.drawImage(QRectF(0, 0, width, height), coarse)
    painter.setOpacity(1.0)
    faint = bytes(b // 16 for b in range(256))
    noise = QImage(os.urandom(width * height * 4).translate(faint), width, height, QImage.Format.Format_RGB32)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    painter.drawImage(0, 0, noise)
    painter.end()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 95)  # type: ignore[call-overload]
    return bytes(array.data())


def make_page(qtbot: QtBot, needs: list[AttachmentNeed], **options: object) -> AttachmentsPage:
    options.setdefault("camera", False)
    page = AttachmentsPage(needs, {}, **options)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1800, 1000)
    page.show()
    qtbot.waitExposed(page)
    return page


def card_names(page: AttachmentsPage) -> list[str]:
    return [card.need.name for card in page.cards.values() if card.isVisible()]


@pytest.fixture(autouse=True)
def _theme(qapp: QApplication) -> None:
    theme.apply_theme(qapp, 1080)


def test_the_cards_follow_the_answers(qtbot: QtBot) -> None:
    with_certificate = make_page(qtbot, birth_needs(has_certificate=True))
    assert card_names(with_certificate) == ["Giấy chứng sinh"]
    card = with_certificate.cards["giay_chung_sinh"]
    assert card.kind.text() == "Bản chính · 1 bản · Bắt buộc"
    assert card.state.text() == "Chưa có"

    without = make_page(qtbot, birth_needs(has_certificate=False, has_witness=False))
    assert card_names(without) == ["Giấy cam đoan về việc sinh"]
    assert "giay_chung_sinh" not in without.cards


def test_an_oversized_photo_is_compressed_before_upload(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / f"{PRIVATE_NAME}.jpg"
    photo.write_bytes(phone_photo())
    assert photo.stat().st_size > 6 * 1024 * 1024
    page = make_page(qtbot, birth_needs(has_certificate=True), choose_files=lambda: [photo])
    card = page.cards["giay_chung_sinh"]

    with qtbot.waitSignal(page.changed, timeout=20_000):
        button(page, "Chọn tệp cho Giấy chứng sinh").click()
        assert card.state.text() == "Đang xử lý…"  # the work is on a worker; the screen answers
        assert page.busy()
    assert not page.busy()

    [document] = page.documents()["giay_chung_sinh"]
    assert document.mime == "image/jpeg"
    assert 50 * 1024 < document.size < 800 * 1024, document.size  # a few hundred KB
    assert max(QImage.fromData(document.data).width(), 1) == 2000
    assert card.state.text().startswith("Đã thêm 1 tệp, ")
    assert card.tiles[0].caption.text().startswith("Ảnh 1 — ")
    assert not card.error.isVisible()
    texts = on_screen_text(page)
    assert not [t for t in texts if PRIVATE_NAME in t or "001090012345" in t]


def test_removing_a_file_and_required_documents(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(phone_photo(1200, 900))
    page = make_page(qtbot, birth_needs(has_certificate=True), choose_files=lambda: [photo])
    card = page.cards["giay_chung_sinh"]
    assert page.missing() == ["Giấy chứng sinh"]

    page.activateWindow()
    page.show_missing()
    assert page.summary.isVisible()
    assert "Giấy chứng sinh" in page.summary.message
    assert page.summary.text().startswith("⚠")  # a sign and words, never colour alone
    assert card.error.message == "Cần thêm giấy tờ này."
    qtbot.waitUntil(page.summary.hasFocus)

    with qtbot.waitSignal(page.changed, timeout=10_000):
        button(page, "Chọn tệp cho Giấy chứng sinh").click()
    assert page.missing() == []
    assert not page.summary.isVisible()  # the summary follows what is still missing

    remove = card.tiles[0].remove_button
    assert remove.accessibleName().startswith("Bỏ Ảnh 1 — ")
    assert remove.accessibleName().endswith(" của Giấy chứng sinh")
    with qtbot.waitSignal(page.changed):
        remove.click()
    assert page.documents() == {}
    assert card.state.text() == "Chưa có"
    assert page.missing() == ["Giấy chứng sinh"]
    assert page.summary.isVisible()


def test_a_refused_file_says_why_on_its_card(qtbot: QtBot, tmp_path: Path) -> None:
    fake = tmp_path / "giay_khai_sinh.jpg"
    fake.write_text("không phải ảnh")
    page = make_page(qtbot, birth_needs(has_certificate=True), choose_files=lambda: [fake])
    card = page.cards["giay_chung_sinh"]

    button(page, "Chọn tệp cho Giấy chứng sinh").click()
    qtbot.waitUntil(lambda: not page.busy())
    assert card.error.isVisible()
    assert card.error.text().startswith("⚠")
    assert "không phải ảnh (JPEG, PNG) hay PDF" in card.error.message
    assert page.documents() == {}
    assert card.state.text() == "Chưa có"


def test_a_pdf_and_a_refused_file_chosen_together(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")  # too broken for a thumbnail: a drawn page stands in
    fake = tmp_path / "b.png"
    fake.write_bytes(b"GIF89a")
    page = make_page(qtbot, birth_needs(has_certificate=True), choose_files=lambda: [pdf, fake])
    card = page.cards["giay_chung_sinh"]
    button(page, "Chọn tệp cho Giấy chứng sinh").click()
    qtbot.waitUntil(lambda: not page.busy())
    assert [d.mime for d in page.documents()["giay_chung_sinh"]] == ["application/pdf"]
    assert card.tiles[0].caption.text() == "PDF 1 — 1 KB"
    assert card.error.message.startswith("Tệp thứ 2: ")


def test_scans_newer_than_the_page_are_imported_once(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    earlier = folder / "old.pdf"
    earlier.write_bytes(b"%PDF-1.4\n%%EOF\n")
    os.utime(earlier, (time.time() - 3600, time.time() - 3600))
    page = make_page(qtbot, birth_needs(has_certificate=True), scanner_folder=folder)
    card = page.cards["giay_chung_sinh"]
    scan = button(page, "Lấy từ máy quét cho Giấy chứng sinh")

    scan.click()
    qtbot.waitUntil(lambda: not page.busy())
    assert "Chưa thấy bản quét mới" in card.error.message

    (folder / "scan0001.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    os.utime(folder / "scan0001.pdf", (time.time() + 5, time.time() + 5))
    scan.click()
    qtbot.waitUntil(lambda: not page.busy())
    assert len(page.documents()["giay_chung_sinh"]) == 1
    assert not (folder / "scan0001.pdf").exists()  # taken into the dossier, gone from the disk
    assert earlier.exists()  # an older scan is not this person's: left alone
    scan.click()
    qtbot.waitUntil(lambda: not page.busy())
    assert len(page.documents()["giay_chung_sinh"]) == 1  # the same scan is not taken twice


def test_no_scanner_or_camera_button_without_one(qtbot: QtBot) -> None:
    page = make_page(qtbot, birth_needs(has_certificate=True))
    assert [b.text() for b in buttons(page)] == ["Chọn tệp"]


def test_a_camera_picture_is_added(qtbot: QtBot) -> None:
    shot = QImage(2400, 3200, QImage.Format.Format_RGB32)
    shot.fill(QColor("#DDDDDD"))
    page = make_page(qtbot, birth_needs(has_certificate=True), camera=True, take_photo=lambda parent: shot)
    with qtbot.waitSignal(page.changed, timeout=10_000):
        button(page, "Chụp ảnh cho Giấy chứng sinh").click()
    [document] = page.documents()["giay_chung_sinh"]
    assert QImage.fromData(document.data).height() == 2000


def test_documents_from_an_earlier_visit_are_shown(qtbot: QtBot) -> None:
    earlier = Document("giay_chung_sinh", "application/pdf", b"%PDF-1.4\n%%EOF\n")
    page = AttachmentsPage(birth_needs(has_certificate=True), {"giay_chung_sinh": [earlier]}, camera=False)
    qtbot.addWidget(page)
    assert page.documents() == {"giay_chung_sinh": [earlier]}
    assert page.missing() == []
    assert page.cards["giay_chung_sinh"].state.text() == "Đã thêm 1 tệp, 1 KB"


def test_every_control_is_named_and_big_enough(qtbot: QtBot, tmp_path: Path) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(phone_photo(800, 600))
    page = make_page(
        qtbot, birth_needs(has_certificate=True), choose_files=lambda: [photo], scanner_folder=tmp_path
    )
    with qtbot.waitSignal(page.changed, timeout=10_000):
        button(page, "Chọn tệp cho Giấy chứng sinh").click()
    assert unnamed_controls(page) == []
    small: list[QAbstractButton] = [
        b for b in buttons(page) if b.height() < 72 or b.width() < 72
    ]  # 1080p: touch targets of 72 px at least
    assert small == []
