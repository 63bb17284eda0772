"""Scanning the CCCD's QR code with a camera: offered only where a camera (and the decoder) exists.

QtMultimedia and zxing-cpp are imported lazily: a kiosk without either (or without the system
libraries QtMultimedia loads, such as libpulse) simply has no "Quét thẻ CCCD" button.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ui.worker import run_in_background

log = logging.getLogger(__name__)


def camera_available() -> bool:
    """True when a camera is present and frames can be decoded; never raises."""
    try:
        import zxingcpp  # noqa: F401
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception as exc:  # ImportError, a missing shared library (OSError), a backend failure
        log.info("no camera scanning: %s", type(exc).__name__)
        return False


def decode_qr_image(image: QImage) -> list[str]:
    """The QR codes' texts in `image` (NFC). Safe to call off the GUI thread (QImage is reentrant)."""
    import zxingcpp

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    if width == 0 or height == 0:
        return []
    rows = bytes(gray.constBits())[: stride * height]
    if stride != width:
        rows = b"".join(rows[y * stride : y * stride + width] for y in range(height))
    pixels = memoryview(rows).cast("B", (height, width))
    found = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [unicodedata.normalize("NFC", b.text) for b in found if b.text]


class CameraScanner(QObject):
    """Watches the default camera and emits `scanned` with each QR text it reads.

    At most `max_fps` frames a second are decoded, each on the thread pool, never two at once; the same
    text is not emitted again within `repeat_s` (a card held still is read once). Needs a real camera:
    it is not exercised by the test suite (only `decode_qr_image` is).
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        preview: Any = None,
        max_fps: float = 5.0,
        repeat_s: float = 3.0,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._camera = QCamera(self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        # With a preview (a QVideoWidget) its own sink both shows the frames and hands them to us.
        self._sink = preview.videoSink() if preview is not None else QVideoSink(self)
        if preview is not None:
            self._session.setVideoOutput(preview)
        else:
            self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._interval = 1.0 / max_fps
        self._repeat_s = repeat_s
        self._busy = False
        self._last_frame = 0.0
        self._last_text = ""
        self._last_text_at = 0.0

    def start(self) -> None:
        self._camera.start()

    def stop(self) -> None:
        self._camera.stop()
        self._last_text = ""

    def _on_frame(self, frame: Any) -> None:
        now = time.monotonic()
        if self._busy or now - self._last_frame < self._interval or not frame.isValid():
            return
        self._last_frame = now
        image = frame.toImage()  # a copy: the frame's buffer is recycled by the camera
        if image.isNull():
            return
        self._busy = True
        run_in_background(lambda: decode_qr_image(image), self._decoded, self._failed, owner=self)

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        if not texts:
            return
        now = time.monotonic()
        if texts[0] == self._last_text and now - self._last_text_at < self._repeat_s:
            return
        self._last_text, self._last_text_at = texts[0], now
        self.scanned.emit(texts[0])

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        log.info("camera frame not decoded: %s", type(exc).__name__)
