"""Files for the attachment checklist: photos made small enough to send, thumbnails, a scanner's folder.

Qt, but no widgets: QImage, QImageReader, QBuffer and QPainter on a QImage are reentrant, so all of
this runs on a worker thread (`run_in_background`), never on the GUI thread.

Every image is decoded and encoded again, even a small one: that proves it is a picture, applies the
camera's orientation, and drops its metadata (a phone photo's EXIF may hold where and when it was taken).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QImageWriter, QPainter, QPen, QPolygonF

from kiosk.domain.documents import MAX_IMAGE_SIDE, Document, DocumentProblem, accept, sniff_mime
from kiosk.domain.phrases import phrase

log = logging.getLogger(__name__)

JPEG_QUALITIES: Final = (80, 65, 50)  # the first that fits TARGET_BYTES; a busy photo may need less
TARGET_BYTES: Final = 1024 * 1024  # a phone photo of a paper ends at a few hundred KB
MAX_READ_BYTES: Final = 64 * 1024 * 1024  # larger files are refused before they are read into memory
SCANNER_SUFFIXES: Final = frozenset({".pdf", ".jpg", ".jpeg", ".png"})

UNREADABLE_IMAGE = phrase("Không đọc được ảnh này (tệp có thể bị hỏng). Vui lòng chụp hoặc quét lại.")
UNREADABLE_FILE = phrase("Không mở được tệp này. Vui lòng chọn tệp khác.")


def read_file(attachment_id: str, path: Path) -> Document:
    """`prepare_file` for a file on disk; a huge file is refused without reading it all."""
    try:
        size = path.stat().st_size
        if size > MAX_READ_BYTES:
            raise DocumentProblem(
                phrase("Tệp quá lớn để mở. Hãy chụp hoặc quét lại với độ phân giải thấp hơn.")
            )
        data = path.read_bytes()
    except OSError as exc:  # gone, unreadable: say so without the path (it may hold a name)
        log.info("attachment file not read: %s", type(exc).__name__)
        raise DocumentProblem(UNREADABLE_FILE) from None
    return prepare_file(attachment_id, data)


def prepare_file(attachment_id: str, data: bytes) -> Document:
    """A Document ready to send: images downscaled and re-encoded, PDFs as they are.

    Raises DocumentProblem (a Vietnamese message) for a file of another type, a broken image or one
    still too large.
    """
    if sniff_mime(data) in ("image/jpeg", "image/png"):
        data = _compress(data)
    return accept(attachment_id, data)


def prepare_photo(attachment_id: str, image: QImage) -> Document:
    """A Document from a camera's picture, made small the same way as a chosen photo."""
    if image.isNull():
        raise DocumentProblem(UNREADABLE_IMAGE)
    return accept(attachment_id, _encode_small(_fit(image), png_allowed=False))


def _compress(data: bytes) -> bytes:
    return _encode_small(_decode(data), png_allowed=sniff_mime(data) == "image/png")


def _encode_small(image: QImage, *, png_allowed: bool) -> bytes:
    """JPEG at the first quality that fits TARGET_BYTES; PNG instead when allowed and smaller."""
    if image.hasAlphaChannel():  # JPEG has none: lay the picture on white paper, not black
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        image = paper
    elif image.format() not in (QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB32):
        grey = image.isGrayscale()
        image = image.convertToFormat(QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32)
    smallest = b""
    for quality in JPEG_QUALITIES:
        encoded = _encode(image, b"jpeg", quality)
        if not smallest or len(encoded) < len(smallest):
            smallest = encoded
        if len(encoded) <= TARGET_BYTES:
            break
    if png_allowed:  # a scan of typed text is often smaller, and sharper, as PNG
        lossless = _encode(image, b"png", -1)
        if lossless and len(lossless) <= len(smallest):
            return lossless
    if not smallest:
        raise DocumentProblem(UNREADABLE_IMAGE)
    return smallest


def _decode(data: bytes) -> QImage:
    """The picture upright (EXIF orientation applied) with its longest side at most MAX_IMAGE_SIDE."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()  # before the orientation is applied; scaling keeps the proportions anyway
    if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
        # The JPEG decoder can scale while decoding: a 12-megapixel photo never lands in memory whole.
        reader.setScaledSize(size.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        log.info("image not decoded (error %s)", reader.error().name)
        raise DocumentProblem(UNREADABLE_IMAGE)
    return _fit(image)  # a reader that ignored the scaled size


def _fit(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= MAX_IMAGE_SIDE:
        return image
    return image.scaled(
        MAX_IMAGE_SIDE,
        MAX_IMAGE_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _encode(image: QImage, fmt: bytes, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    writer.setQuality(quality)
    writer.setOptimizedWrite(True)  # JPEG: optimal Huffman tables, a few per cent smaller for free
    ok = writer.write(image)
    buffer.close()
    return bytes(array.data()) if ok else b""


# -- thumbnails ------------------------------------------------------------------------------------
def thumbnail(document: Document, side_px: int) -> QImage:
    """A picture of the document fitting a `side_px` square: the image itself, or a PDF's first page
    (QtPdf), or a drawn page icon where QtPdf is missing or cannot read it."""
    if document.mime == "application/pdf":
        page = _pdf_first_page(document.data, side_px)
        return page if page is not None else pdf_icon(side_px)
    image = QImage.fromData(document.data)
    if image.isNull():
        return pdf_icon(side_px, label="?")
    return image.scaled(
        side_px, side_px, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _pdf_first_page(data: bytes, side_px: int) -> QImage | None:
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # the bundle may leave QtPdf out
        return None
    try:
        array = QByteArray(data)
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument()
        pdf.load(buffer)
        if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() < 1:
            return None
        points = pdf.pagePointSize(0)
        if points.isEmpty():
            return None
        size = points.toSize().scaled(side_px, side_px, Qt.AspectRatioMode.KeepAspectRatio)
        rendered = pdf.render(0, size)
        pdf.close()
        buffer.close()
    except Exception as exc:  # a damaged PDF must not cost the person their other documents
        log.info("pdf thumbnail failed: %s", type(exc).__name__)
        return None
    if rendered.isNull():
        return None
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)  # a page has no ground of its own
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def pdf_icon(side_px: int, *, label: str = "PDF") -> QImage:
    """A sheet of paper with a folded corner and `label` on it, on a transparent ground."""
    image = QImage(QSize(side_px, side_px), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = side_px * 0.7, side_px * 0.9
    left, top = (side_px - width) / 2, (side_px - height) / 2
    fold = width * 0.28
    pen = QPen(QColor("#5A6472"), max(2.0, side_px / 60))
    painter.setPen(pen)
    painter.setBrush(QColor("#FFFFFF"))
    sheet = QPolygonF(
        [
            QPointF(left, top),
            QPointF(left + width - fold, top),
            QPointF(left + width, top + fold),
            QPointF(left + width, top + height),
            QPointF(left, top + height),
        ]
    )
    painter.drawPolygon(sheet)
    painter.drawPolyline(
        QPolygonF(
            [
                QPointF(left + width - fold, top),
                QPointF(left + width - fold, top + fold),
                QPointF(left + width, top + fold),
            ]
        )
    )
    for i in range(4):  # lines of text
        y = top + height * (0.3 + 0.1 * i)
        painter.drawLine(QPointF(left + width * 0.15, y), QPointF(left + width * 0.85, y))
    font = QFont("Noto Sans")
    font.setBold(True)
    font.setPixelSize(max(8, round(side_px * 0.16)))
    painter.setFont(font)
    painter.setPen(QColor("#9B0000"))
    painter.drawText(
        QRectF(left, top + height * 0.66, width, height * 0.3), Qt.AlignmentFlag.AlignCenter, label
    )
    painter.end()
    return image


# -- a desk scanner's folder -----------------------------------------------------------------------
def newest_files(folder: Path, since: float) -> list[Path]:
    """PDF, JPEG and PNG files in `folder` (not its subfolders) changed after `since` (a time.time()),
    newest first. Hidden files (a scanner's half-written temporaries) are left alone."""
    found: list[tuple[float, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        log.info("scanner folder not readable: %s", type(exc).__name__)
        return []
    for path in entries:
        if path.name.startswith(".") or path.suffix.lower() not in SCANNER_SUFFIXES:
            continue
        try:
            if not path.is_file():
                continue
            modified = path.stat().st_mtime
        except OSError:
            continue
        if modified > since:
            found.append((modified, path))
    found.sort(key=lambda item: item[0], reverse=True)
    return [path for _, path in found]
