"""Helpers for tests that drive the real UI: typing Vietnamese, finding buttons, reading a PDF's QR code."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QKeyEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QWidget

from kiosk.ui.scanner import ScannerBurst

_typed_at = 0  # a running key timestamp (ms), so typed keys look like a person's, not a scanner's


def type_text(widget: QWidget, text: str, *, gap_ms: int = 120) -> None:
    """Types `text` as key events that carry the text, one character each, as a person would.

    `qtbot.keyClicks` aborts the run on non-ASCII text (DESIGN.md pitfalls), so it is never used here.
    NFD text arrives as base letters followed by combining marks, as some input methods send it. Each
    key carries a timestamp `gap_ms` after the last, the pace of human typing, and the helper then
    pauses briefly, as a person does before tapping on: the kiosk's scanner-burst filter tells people
    from 2D scanners by that timing and hands a person's keys to the field.
    """
    global _typed_at
    widget.setFocus()
    for char in text:
        _typed_at += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(_typed_at)
            QApplication.sendEvent(widget, event)
    settle_keys(widget)


def settle_keys(widget: QWidget, timeout_ms: int = 2000) -> None:
    """Waits until the scanner filter has handed every held key to its field (≈ one key gap)."""
    filters = widget.window().findChildren(ScannerBurst)
    waited = 0
    QTest.qWait(45)
    while any(f.holding for f in filters) and waited < timeout_ms:
        QTest.qWait(10)
        waited += 10


def commit_text(widget: QWidget, text: str) -> None:
    """Enters `text` the way Telex/VNI input methods do: one input-method commit."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible()]


def button(root: QWidget, name: str) -> QAbstractButton:
    """The one visible button whose accessible name or text is `name` (what a person reads on it)."""
    found = [b for b in buttons(root) if name in (b.accessibleName(), b.text().strip())]
    assert len(found) == 1, f"expected one button {name!r}, found {[b.text() for b in buttons(root)]}"
    return found[0]


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls a screen reader could not name: every one must have an accessible name."""
    controls = [
        *root.findChildren(QAbstractButton),
        *root.findChildren(QLineEdit),
        *root.findChildren(QListWidget),
    ]
    return [
        type(c).__name__ + ":" + getattr(c, "text", lambda: "")()
        for c in controls
        if c.isVisible() and not c.accessibleName().strip()
    ]


def on_screen_text(root: QWidget) -> list[str]:
    """Every text a widget under `root` holds or announces: labels, boxes, buttons, accessible names."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        for getter in ("text", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                result = value()
                if isinstance(result, str):
                    texts.append(result)
    return [t for t in texts if t]


def page_image(document: QPdfDocument, page: int = 0, dpi: int = 200) -> QImage:
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)
    assert not rendered.isNull()
    # A PDF page has no ground of its own: the render is transparent where nothing is drawn. Lay it on
    # white paper, or the transparent pixels turn black in grayscale.
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def decode_qr(image: QImage) -> list[str]:
    """zxing-cpp 3 reads a buffer of the right shape: grayscale bytes, rows packed, via memoryview.cast."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    rows = bytes(gray.constBits())[: stride * height]
    packed = (
        b"".join(rows[y * stride : y * stride + width] for y in range(height)) if stride != width else rows
    )
    pixels = memoryview(packed).cast("B", (height, width))
    return [barcode.text for barcode in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)]


def open_pdf(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def pdf_qr_codes(path: Path) -> list[str]:
    """The QR codes printed on the first page of a PDF."""
    return decode_qr(page_image(open_pdf(path)))
