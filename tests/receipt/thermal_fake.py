"""A thermal printer on a loopback TCP port, as a network ESC/POS printer listens on port 9100.

It records every byte it receives, answers the paper-status query (DLE EOT 4) the way a printer does
— or stays silent, like a printer that accepted the connection and hung — and can take the bytes apart
again: the native QR command's data and the raster pictures (GS v 0).
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from typing import Final

from PIL import Image

PAPER_STATUS_QUERY: Final = b"\x10\x04\x04"  # DLE EOT 4
PAPER_OK: Final = b"\x12"  # the fixed bits only: paper present
PAPER_LOW: Final = b"\x1e"  # bits 2-3: near the end of the roll
PAPER_OUT: Final = b"\x72"  # bits 5-6: no paper


class FakeThermalPrinter:
    """`answer`: the status byte(s) sent back to DLE EOT 4, or None to never answer."""

    def __init__(self, answer: bytes | None = PAPER_OK) -> None:
        self.answer = answer
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._received = bytearray()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.connections = 0
        self.hung_up = threading.Event()  # set when the kiosk has closed its connection
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with connection:
                self._talk(connection)
            self.hung_up.set()

    def _talk(self, connection: socket.socket) -> None:
        connection.settimeout(0.2)
        stream = bytearray()
        answered = 0
        while not self._stop.is_set():
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            stream += chunk
            with self._lock:
                self._received += chunk
            # A status query is answered only while nothing else came before it: the same three bytes
            # may turn up by chance inside a picture later on.
            while self.answer is not None and stream.startswith(PAPER_STATUS_QUERY * (answered + 1)):
                connection.sendall(self.answer)
                answered += 1

    def wait_hung_up(self) -> bytes:
        """Everything received, once the kiosk has closed the connection."""
        assert self.hung_up.wait(10), "the kiosk never closed its connection to the printer"
        return self.received

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(timeout=5)


@dataclass(frozen=True)
class Raster:
    """One GS v 0 command: its width in bytes, height in dots, and the 1-bit rows (1 = a black dot)."""

    offset: int
    width_bytes: int
    height: int
    data: bytes


def rasters(stream: bytes) -> list[Raster]:
    """Every GS v 0 picture in `stream`, read in order (each one's data is skipped, not searched)."""
    found = []
    at = stream.find(b"\x1dv0")
    while at != -1:
        width = stream[at + 4] | stream[at + 5] << 8
        height = stream[at + 6] | stream[at + 7] << 8
        start = at + 8
        found.append(Raster(at, width, height, stream[start : start + width * height]))
        at = stream.find(b"\x1dv0", start + width * height)
    return found


def qr_store_commands(stream: bytes) -> list[tuple[int, bytes]]:
    """(offset, data) of every GS ( k "store the QR data" command (cn 49 '1', fn 80 'P', m 48 '0')."""
    found = []
    at = stream.find(b"\x1d(k")
    while at != -1:
        length = stream[at + 3] | stream[at + 4] << 8
        body = stream[at + 5 : at + 5 + length]
        if body[:3] == b"1P0":
            found.append((at, body[3:]))
        at = stream.find(b"\x1d(k", at + 5 + length)
    return found


def raster_image(blocks: list[Raster]) -> Image.Image:
    """Consecutive bands stacked into one picture (mode "1", white = no dot)."""
    width_bytes = blocks[0].width_bytes
    assert all(block.width_bytes == width_bytes for block in blocks)
    height = sum(block.height for block in blocks)
    data = b"".join(block.data for block in blocks)
    inverted = bytes(255 - byte for byte in data)  # ESC/POS: 1 = black; PIL mode "1": 1 = white
    return Image.frombytes("1", (width_bytes * 8, height), inverted)
