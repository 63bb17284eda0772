"""Where a thermal (ESC/POS) receipt printer is: a network port, a USB device or a serial port.

Written as a short address in kiosk.toml and in the admin's settings panel:

    tcp://192.168.1.50          a network printer, port 9100 (the usual raw port)
    192.168.1.50                the same: an address with no scheme is a network printer
    tcp://printer.local:9101    another port
    usb://04b8:0202             vendor and product id, in hex (`lsusb` shows them)
    serial:///dev/ttyUSB0       a serial port, 9600 baud
    serial:///dev/ttyS0?baudrate=19200
    serial://COM3?baudrate=115200   (Windows)

Pure Python (no Qt, no printer library): the settings file is checked with it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qs, urlsplit

__all__ = ["BAUD_RATES", "DEFAULT_PORT", "EXAMPLES", "ThermalAddress", "parse_address"]

DEFAULT_PORT: Final = 9100
DEFAULT_BAUD: Final = 9600
BAUD_RATES: Final = (2400, 4800, 9600, 19200, 38400, 57600, 115200)
EXAMPLES: Final = "tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200"

_HOST: Final = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")
_USB_ID: Final = re.compile(r"^(?:0x)?([0-9A-Fa-f]{1,4})$")


@dataclass(frozen=True)
class ThermalAddress:
    kind: Literal["tcp", "usb", "serial"]
    host: str = ""
    port: int = DEFAULT_PORT
    vendor_id: int = 0
    product_id: int = 0
    device: str = ""
    baudrate: int = DEFAULT_BAUD

    def __str__(self) -> str:
        if self.kind == "tcp":
            return f"tcp://{self.host}:{self.port}"
        if self.kind == "usb":
            return f"usb://{self.vendor_id:04x}:{self.product_id:04x}"
        suffix = "" if self.baudrate == DEFAULT_BAUD else f"?baudrate={self.baudrate}"
        return f"serial://{self.device}{suffix}"


def _usb_id(text: str) -> int:
    found = _USB_ID.match(text.strip())
    if not found:
        raise ValueError(f"'{text}' is not a USB id (four hex digits, as lsusb shows)")
    return int(found.group(1), 16)


def parse_address(text: str) -> ThermalAddress:
    """The printer at `text`; ValueError saying what is wrong (in English, for the settings file's log)."""
    cleaned = text.strip()
    if cleaned and "://" not in cleaned and not cleaned.startswith(("usb:", "serial:")):
        cleaned = f"tcp://{cleaned}"  # "192.168.1.50" or "printer.local:9100": a network printer
    scheme, _, rest = cleaned.partition("://")
    scheme = scheme.lower()
    if not rest:
        raise ValueError(f"'{cleaned}' is not a printer address (examples: {EXAMPLES})")
    if scheme == "tcp":
        parts = urlsplit(cleaned)
        if parts.path not in ("", "/") or parts.query or parts.username:
            raise ValueError(f"'{cleaned}': a network address is tcp://host or tcp://host:port")
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise ValueError(f"'{cleaned}': the port must be a number from 1 to 65535") from None
        host = parts.hostname or ""
        if ":" in host:  # python-escpos connects over IPv4 only
            raise ValueError(f"'{cleaned}': use the printer's IPv4 address or its host name, not IPv6")
        if not host or not _HOST.match(host):
            raise ValueError(f"'{cleaned}': the printer's host name or IP address is missing or wrong")
        return ThermalAddress("tcp", host=host, port=port)
    if scheme == "usb":
        vendor, colon, product = rest.strip("/").partition(":")
        if not colon:
            raise ValueError(f"'{cleaned}': a USB address is usb://VENDOR:PRODUCT, e.g. usb://04b8:0202")
        return ThermalAddress("usb", vendor_id=_usb_id(vendor), product_id=_usb_id(product))
    if scheme == "serial":
        device, _, query = rest.partition("?")
        if not device:
            raise ValueError(f"'{cleaned}': the serial port is missing, e.g. serial:///dev/ttyUSB0")
        options = parse_qs(query, keep_blank_values=True)
        unknown = sorted(set(options) - {"baudrate"})
        if unknown:
            raise ValueError(f"'{cleaned}': unknown option '{unknown[0]}' (only baudrate)")
        baudrate = DEFAULT_BAUD
        if "baudrate" in options:
            value = options["baudrate"][-1]
            if not value.isdigit() or int(value) not in BAUD_RATES:
                raise ValueError(
                    f"'{cleaned}': baudrate must be one of {', '.join(str(b) for b in BAUD_RATES)}"
                )
            baudrate = int(value)
        return ThermalAddress("serial", device=device, baudrate=baudrate)
    raise ValueError(f"'{cleaned}': the address starts with tcp://, usb:// or serial:// (e.g. {EXAMPLES})")
