"""The 80 mm thermal printer, spoken to over ESC/POS on a loopback port standing in for port 9100."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from receipt_samples import full_receipt
from thermal_fake import (
    PAPER_LOW,
    PAPER_OUT,
    PAPER_STATUS_QUERY,
    FakeThermalPrinter,
    qr_store_commands,
    raster_image,
    rasters,
)

from kiosk.receipt.printers import PrinterProblem
from kiosk.receipt.raster import ROLL_DOTS, roll_images, to_pil
from kiosk.receipt.thermal import BAND_DOTS, ThermalPrinter, paper_state

CUT = b"\x1dV"  # GS V


@pytest.fixture
def fake() -> Iterator[FakeThermalPrinter]:
    printer = FakeThermalPrinter()
    yield printer
    printer.close()


def black_share(image: object) -> float:
    histogram = image.convert("L").histogram()  # type: ignore[attr-defined]
    return histogram[0] / sum(histogram)


def test_text_goes_as_raster_bands_and_the_qr_as_the_printers_own_command(
    qapp: QApplication, fake: FakeThermalPrinter
) -> None:
    receipt = full_receipt()
    ThermalPrinter(fake.address, timeout=3).print_receipt(receipt)
    stream = fake.wait_hung_up()

    assert stream.startswith(PAPER_STATUS_QUERY)  # asked for paper before anything was printed
    stored = qr_store_commands(stream)
    assert [data for _, data in stored] == [receipt.qr_payload().encode("ascii")]
    qr_at = stored[0][0]
    assert b"\x1d(k\x03\x001Q0" in stream[qr_at:]  # and then printed (GS ( k fn 81)

    blocks = rasters(stream)
    assert {block.width_bytes * 8 for block in blocks} == {ROLL_DOTS}
    assert all(0 < block.height <= BAND_DOTS for block in blocks)  # bands, not one huge picture
    above = [block for block in blocks if block.offset < qr_at]
    below = [block for block in blocks if block.offset > qr_at]
    assert above and below

    # The bands put back together are exactly the pictures of the receipt's text, and not blank.
    expected = roll_images(receipt)
    for blocks_part, picture in ((above, expected.top), (below, expected.bottom)):
        sent = raster_image(blocks_part)
        assert sent.size == (ROLL_DOTS, picture.height())
        assert sent.tobytes() == to_pil(picture).tobytes()
        assert 0.02 < black_share(sent) < 0.5
    assert stream.rfind(CUT) > below[-1].offset  # cut after the last line


def test_out_of_paper_prints_nothing(qapp: QApplication) -> None:
    fake = FakeThermalPrinter(answer=PAPER_OUT)
    try:
        with pytest.raises(PrinterProblem) as problem:
            ThermalPrinter(fake.address, timeout=3).print_receipt(full_receipt())
        assert problem.value.kind == "no_paper"
        assert fake.wait_hung_up() == PAPER_STATUS_QUERY  # the question, and not one dot after it
    finally:
        fake.close()


def test_paper_running_low_still_prints(qapp: QApplication) -> None:
    fake = FakeThermalPrinter(answer=PAPER_LOW)
    try:
        ThermalPrinter(fake.address, timeout=3).print_receipt(full_receipt())
        assert len(qr_store_commands(fake.wait_hung_up())) == 1
    finally:
        fake.close()


def test_a_closed_port_is_an_offline_printer(qapp: QApplication) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(PrinterProblem) as problem:  # nothing listens there any more
        ThermalPrinter(f"tcp://127.0.0.1:{port}", timeout=2).print_receipt(full_receipt())
    assert problem.value.kind == "offline"


def test_a_printer_that_never_answers_is_offline_after_the_timeout(qapp: QApplication) -> None:
    fake = FakeThermalPrinter(answer=None)
    outcome: list[BaseException | None] = []

    def attempt() -> None:
        try:
            ThermalPrinter(fake.address, timeout=0.5).print_receipt(full_receipt())
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    try:
        worker = threading.Thread(target=attempt, daemon=True)  # printing runs off the GUI thread too
        worker.start()
        worker.join(30)  # generous: a hang, not slowness, is what this catches
        assert not worker.is_alive(), "printing hung on a printer that does not answer"
        assert isinstance(outcome[0], PrinterProblem) and outcome[0].kind == "offline"
        assert fake.wait_hung_up() == PAPER_STATUS_QUERY
    finally:
        fake.close()


@pytest.mark.parametrize("address", ["usb://dead:beef", "serial:///dev/no-such-printer"])
def test_a_device_that_is_not_plugged_in_is_missing(qapp: QApplication, address: str) -> None:
    with pytest.raises(PrinterProblem) as problem:
        ThermalPrinter(address, timeout=1).print_receipt(full_receipt())
    assert problem.value.kind == "missing"


def test_describe_names_the_address() -> None:
    assert ThermalPrinter("tcp://192.168.1.50").describe() == "ESC/POS 80 mm · tcp://192.168.1.50:9100"


@pytest.mark.parametrize(
    ("answer", "state"),
    [(b"\x12", "ok"), (b"\x1e", "low"), (b"\x72", "out"), (b"\x7e", "out"), (b"\x12\x72", "out")],
)
def test_paper_state_reads_the_status_byte(answer: bytes, state: str) -> None:
    assert paper_state(answer) == state


def test_no_status_byte_is_no_answer() -> None:
    with pytest.raises(ValueError):
        paper_state(b"")
