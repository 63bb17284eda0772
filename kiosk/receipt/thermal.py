"""80 mm thermal receipt printers, over ESC/POS (python-escpos): network port 9100, USB or serial.

What goes to the printer, in order:
1. the paper-sensor query (DLE EOT 4), answered within a few seconds or the printer counts as offline;
   out of paper: nothing more is sent;
2. the text above the QR as 1-bit raster bands (GS v 0) — printers seldom have a Vietnamese code page,
   so the text is a picture (kiosk/receipt/raster.py);
3. the QR code, drawn by the printer itself (GS ( k, model 2, level M), centred;
4. the text below the QR, as raster bands; then a feed and a cut.
The bands are at most `BAND_DOTS` rows each, so a long receipt never overflows a small print buffer.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import platformdirs

from kiosk.receipt.address import ThermalAddress, parse_address
from kiosk.receipt.model import Receipt
from kiosk.receipt.printers import PrinterProblem, ProblemKind, ReceiptPrinter
from kiosk.receipt.raster import ROLL_DOTS, ROLL_DPI, roll_images, to_pil

__all__ = ["BAND_DOTS", "QR_MODULE_DOTS", "TIMEOUT_SECONDS", "ThermalPrinter", "paper_state"]

log = logging.getLogger(__name__)

TIMEOUT_SECONDS: Final = 4.0  # to connect, and for each answer or each band: never hang for ever
BAND_DOTS: Final = 256  # rows of dots per raster command: 18 KB, under any printer's buffer
QR_MODULE_DOTS: Final = 10  # 29 modules x 10 dots = 36 mm at 203 dpi: a phone reads it from arm's length

# DLE EOT 4 answers one byte: bits 1 and 4 always set, bits 2-3 paper near its end, bits 5-6 paper out.
_PAPER_OUT: Final = 0b0110_0000
_PAPER_LOW: Final = 0b0000_1100


def paper_state(answer: bytes) -> str:
    """ "ok", "low" or "out" from the printer's answer to DLE EOT 4 (ValueError: no answer)."""
    if not answer:
        raise ValueError("no answer to the paper status query")
    byte = answer[-1]  # the freshest status, should the printer send more than one
    if byte & _PAPER_OUT == _PAPER_OUT:
        return "out"
    if byte & _PAPER_LOW:
        return "low"
    return "ok"


def prepare_escpos() -> None:
    """Import python-escpos now (call it on the GUI thread when a thermal printer is chosen): its import
    changes the process environment and logging, which must not happen on a printing worker."""
    _escpos()


def _escpos() -> Any:
    """python-escpos, imported on first use.

    On import it pickles its printer database into a fresh temporary folder (kept in the kiosk's cache
    folder instead, so no folder is left behind per run) and calls `logging.basicConfig()` (kept from
    installing a handler of its own beside the kiosk's redacting ones).
    """
    cache = Path(platformdirs.user_cache_dir("kiosk", appauthor=False)) / "escpos"
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        cache.mkdir(parents=True, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # basicConfig() does nothing when the root logger has a handler
    try:
        import escpos.constants
        import escpos.exceptions
        import escpos.printer
    finally:
        root.removeHandler(guard)
    return escpos


class ThermalPrinter(ReceiptPrinter):
    """An ESC/POS printer with an 80 mm roll at `address` ("tcp://…", "usb://VID:PID", "serial://…")."""

    def __init__(self, address: str | ThermalAddress, *, timeout: float = TIMEOUT_SECONDS) -> None:
        self.address = address if isinstance(address, ThermalAddress) else parse_address(address)
        self.timeout = timeout

    def describe(self) -> str:
        return f"ESC/POS 80 mm · {self.address}"

    # --- connection -----------------------------------------------------------------------------------

    def _connect(self, escpos: Any) -> Any:
        """The opened printer, or PrinterProblem ("offline" on a network, "missing" for a device)."""
        address = self.address
        # A profile that knows the roll's width: python-escpos then checks the pictures fit it.
        media = {"dpi": ROLL_DPI, "width": {"mm": 72, "pixels": ROLL_DOTS}}
        if address.kind == "tcp":
            printer = escpos.printer.Network(address.host, port=address.port, timeout=self.timeout)
            missing: ProblemKind = "offline"
        elif address.kind == "usb":
            printer = escpos.printer.Usb(
                address.vendor_id, address.product_id, timeout=round(self.timeout * 1000)
            )
            missing = "missing"
        else:
            printer = escpos.printer.Serial(address.device, baudrate=address.baudrate, timeout=self.timeout)
            missing = "missing"
        printer.profile.profile_data = {**printer.profile.profile_data, "media": media}
        try:
            printer.open()
        except escpos.exceptions.DeviceNotFoundError:
            raise PrinterProblem(missing, f"cannot open {address}") from None
        except (OSError, ValueError, RuntimeError) as exc:  # no libusb backend, no permission, ...
            raise PrinterProblem(missing, f"cannot open {address} ({type(exc).__name__})") from None
        if address.kind == "serial" and printer.device is not None:
            # A band takes 10 bits per byte on the wire: give each write that long, and some.
            band_bytes = ROLL_DOTS // 8 * BAND_DOTS
            printer.device.write_timeout = self.timeout + 1.5 * band_bytes * 10 / address.baudrate
        return printer

    @contextlib.contextmanager
    def _session(self) -> Iterator[Any]:
        """An open printer; every failure of the line becomes a PrinterProblem, and it is always closed."""
        escpos = _escpos()
        printer = self._connect(escpos)
        try:
            yield printer
        except PrinterProblem:
            raise
        except OSError as exc:  # socket errors and timeouts; usb.core.USBError, serial.SerialException too
            raise PrinterProblem("offline", f"{self.address}: {type(exc).__name__}") from None
        except escpos.exceptions.Error as exc:
            raise PrinterProblem("failed", f"{self.address}: {type(exc).__name__}") from None
        except Exception as exc:
            log.error("thermal printer %s: unexpected %s", self.address, type(exc).__name__)
            raise PrinterProblem("failed", f"{self.address}: {type(exc).__name__}") from None
        finally:
            with contextlib.suppress(Exception):
                printer.close()

    # --- printing -------------------------------------------------------------------------------------

    def check_paper(self, printer: Any) -> None:
        """Ask the paper sensor (DLE EOT 4); PrinterProblem when the roll is out or no answer comes."""
        escpos = _escpos()
        answer = bytes(printer.query_status(escpos.constants.RT_STATUS_PAPER))
        try:
            state = paper_state(answer)
        except ValueError:
            raise PrinterProblem("offline", f"{self.address}: no answer to the status query") from None
        if state == "out":
            raise PrinterProblem("no_paper", f"{self.address}: paper out")
        if state == "low":
            log.warning("thermal printer %s: the paper roll is nearly finished", self.address)

    def print_receipt(self, receipt: Receipt) -> None:
        images = roll_images(receipt)  # painted before the line opens: nothing waits on the printer
        top, bottom = to_pil(images.top), to_pil(images.bottom)
        escpos = _escpos()
        with self._session() as printer:
            self.check_paper(printer)
            printer.hw("INIT")
            printer.image(top, impl="bitImageRaster", fragment_height=BAND_DOTS)
            printer.print_and_feed(1)
            printer.set(align="center")
            printer.qr(
                receipt.qr_payload(),
                ec=escpos.constants.QR_ECLEVEL_M,
                size=QR_MODULE_DOTS,
                native=True,
            )
            printer.set(align="left")
            printer.print_and_feed(1)
            printer.image(bottom, impl="bitImageRaster", fragment_height=BAND_DOTS)
            printer.cut()
