"""The printers a receipt can go to, and how the settings file chooses one.

A real office printer cannot be on the test machine. `SystemPrinter(..., pdf_file=path)` stands in for
one: the same QPrinter, page setup and painting, with the QPrinter's output format set to PDF; the file
is then read back like a sheet of paper (QR decoded, text read).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from qt_helpers import decode_qr, open_pdf, page_image
from receipt_samples import DOSSIER_CODE, full_receipt
from thermal_fake import FakeThermalPrinter, qr_store_commands

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.receipt.printers import (
    PROBLEM_KINDS,
    PdfCopy,
    PrinterProblem,
    SystemPrinter,
    printer_from_settings,
)
from kiosk.receipt.thermal import ThermalPrinter


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("A5", (148, 210))])
def test_system_printer_paints_the_form_on_the_chosen_paper(
    qapp: QApplication, tmp_path: Path, paper: str, size_mm: tuple[int, int]
) -> None:
    out = tmp_path / "printer-output.pdf"
    receipt = full_receipt()
    SystemPrinter("Máy in quầy", paper, pdf_file=out).print_receipt(receipt)  # type: ignore[arg-type]
    document = open_pdf(out)
    size = document.pagePointSize(0)
    assert (round(size.width() / 72 * 25.4), round(size.height() / 72 * 25.4)) == size_mm
    assert decode_qr(page_image(document)) == [receipt.qr_payload()]
    text = document.getAllText(0).text()
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert DOSSIER_CODE in text


def test_system_printer_can_print_from_a_worker_thread(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "from-a-thread.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            SystemPrinter(None, "A4", pdf_file=out).print_receipt(full_receipt())
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not worker.is_alive() and errors == []
    assert decode_qr(page_image(open_pdf(out))) == [full_receipt().qr_payload()]


def test_an_unknown_printer_name_is_a_missing_printer(qapp: QApplication) -> None:
    with pytest.raises(PrinterProblem) as problem:
        SystemPrinter("Không có máy in này", "A4").print_receipt(full_receipt())
    assert problem.value.kind == "missing"


def test_pdf_copy_writes_the_receipt_named_by_its_dossier_code(qapp: QApplication, tmp_path: Path) -> None:
    copy = PdfCopy(tmp_path / "Bien nhan", "A5")
    copy.print_receipt(full_receipt())
    path = tmp_path / "Bien nhan" / f"bien-nhan-{DOSSIER_CODE}.pdf"
    assert copy.written == [path]
    assert decode_qr(page_image(open_pdf(path))) == [full_receipt().qr_payload()]


def test_problem_kinds_are_the_four_the_screens_explain() -> None:
    assert PROBLEM_KINDS == ("missing", "no_paper", "offline", "failed")
    assert PrinterProblem("no_paper").kind == "no_paper"
    with pytest.raises(ValueError):
        PrinterProblem("on_fire")  # type: ignore[arg-type]


def test_settings_choose_the_printer(tmp_path: Path) -> None:
    assert isinstance(printer_from_settings(Settings()), PdfCopy)  # nothing set: a PDF, as in the demo
    system = printer_from_settings(Settings(printer="system", printer_name="Quầy 1", printer_paper="A5"))
    assert isinstance(system, SystemPrinter) and (system.name, system.paper) == ("Quầy 1", "A5")
    thermal = printer_from_settings(Settings(printer="thermal", thermal_address="tcp://10.0.0.9"))
    assert isinstance(thermal, ThermalPrinter) and str(thermal.address) == "tcp://10.0.0.9:9100"
    copy = printer_from_settings(Settings(printer_paper="A5"), pdf_folder=tmp_path)
    assert isinstance(copy, PdfCopy) and (copy.folder, copy.paper) == (tmp_path, "A5")


def test_thermal_without_an_address_is_a_missing_printer(qapp: QApplication) -> None:
    printer = printer_from_settings(Settings(printer="thermal"))
    with pytest.raises(PrinterProblem) as problem:
        printer.print_receipt(full_receipt())
    assert problem.value.kind == "missing"


def test_a_thermal_printer_from_the_settings_file_prints(qapp: QApplication, tmp_path: Path) -> None:
    fake = FakeThermalPrinter()
    try:
        config = tmp_path / "kiosk.toml"
        config.write_text(f'printer = "thermal"\nthermal_address = "{fake.address}"\n', encoding="utf-8")
        printer_from_settings(load_settings(config)).print_receipt(full_receipt())
        assert len(qr_store_commands(fake.wait_hung_up())) == 1
    finally:
        fake.close()


def test_settings_file_printer_keys(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        'printer = "system"\nprinter_name = "HP LaserJet"\nprinter_paper = "A5"\n'
        'thermal_address = "serial:///dev/ttyUSB0?baudrate=19200"\n',
        encoding="utf-8",
    )
    settings = load_settings(config)
    assert (settings.printer, settings.printer_name, settings.printer_paper) == (
        "system",
        "HP LaserJet",
        "A5",
    )
    assert settings.thermal_address == "serial:///dev/ttyUSB0?baudrate=19200"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('printer = "laser"', "'printer' must be one of pdf, system, thermal"),
        ('printer_paper = "A3"', "'printer_paper' must be one of A4, A5"),
        ("printer_paper = 4", "'printer_paper' must be one of A4, A5"),
        ('printer_name = "  "', "'printer_name' is empty"),
        ("printer_name = 3", "'printer_name' has the wrong type"),
        ('thermal_address = "lpt://1"', "'thermal_address': 'lpt://1': the address starts with tcp://"),
        ('thermal_address = "tcp://10.0.0.1:99999"', "the port must be a number"),
        ('printer = "thermal"', "printer = \"thermal\" needs 'thermal_address'"),
    ],
)
def test_settings_file_says_what_is_wrong(tmp_path: Path, toml: str, message: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(toml + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(config)
    assert message in str(error.value) and str(config) in str(error.value)
