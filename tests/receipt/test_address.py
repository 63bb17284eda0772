"""Thermal printer addresses, as the admin types them: read, written back, refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.receipt.address import ThermalAddress, parse_address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tcp://192.168.1.50", ThermalAddress("tcp", host="192.168.1.50", port=9100)),
        ("192.168.1.50", ThermalAddress("tcp", host="192.168.1.50", port=9100)),
        ("192.168.1.50:9101", ThermalAddress("tcp", host="192.168.1.50", port=9101)),
        ("  TCP://printer.local:9101/ ", ThermalAddress("tcp", host="printer.local", port=9101)),
        ("usb://04b8:0202", ThermalAddress("usb", vendor_id=0x04B8, product_id=0x0202)),
        ("usb://0x0416:0x5011", ThermalAddress("usb", vendor_id=0x0416, product_id=0x5011)),
        ("serial:///dev/ttyUSB0", ThermalAddress("serial", device="/dev/ttyUSB0", baudrate=9600)),
        ("serial:///dev/ttyS0?baudrate=19200", ThermalAddress("serial", device="/dev/ttyS0", baudrate=19200)),
        ("serial://COM3?baudrate=115200", ThermalAddress("serial", device="COM3", baudrate=115200)),
    ],
)
def test_addresses_are_read(text: str, expected: ThermalAddress) -> None:
    assert parse_address(text) == expected
    assert parse_address(str(expected)) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "is not a printer address"),
        ("usb:04b8:0202", "is not a printer address"),
        ("192.168.1.50:printer", "the port must be a number"),
        ("http://192.168.1.50", "starts with tcp://, usb:// or serial://"),
        ("tcp://", "is not a printer address"),
        ("tcp://:9100", "host name or IP address is missing"),
        ("tcp://10.0.0.1:port", "the port must be a number"),
        ("tcp://10.0.0.1/print", "tcp://host or tcp://host:port"),
        ("tcp://[fe80::1]:9100", "not IPv6"),
        ("tcp://bad_host", "host name or IP address is missing or wrong"),
        ("usb://04b8", "usb://VENDOR:PRODUCT"),
        ("usb://04b8:zz", "is not a USB id"),
        ("serial://?baudrate=9600", "the serial port is missing"),
        ("serial:///dev/ttyUSB0?baudrate=1234", "baudrate must be one of"),
        ("serial:///dev/ttyUSB0?parity=E", "unknown option 'parity'"),
    ],
)
def test_wrong_addresses_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_address(text)
    assert reason in str(error.value)


@given(st.text(max_size=60))
def test_any_text_is_an_address_or_a_value_error(text: str) -> None:
    try:
        address = parse_address(text)
    except ValueError:
        return
    assert parse_address(str(address)) == address


@given(
    st.from_regex(r"\A[a-z][a-z0-9-]{0,20}(\.[a-z0-9-]{1,10}){0,3}\Z", fullmatch=True).filter(
        lambda host: not host.endswith("-")
    ),
    st.integers(1, 65535),
)
def test_network_addresses_round_trip(host: str, port: int) -> None:
    address = parse_address(f"tcp://{host}:{port}")
    assert (address.host, address.port) == (host, port)
    assert parse_address(str(address)) == address
