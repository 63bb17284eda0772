"""Printing a receipt again: on the kiosk's printer, with a plain message and "In lại" when the printer
is out of paper or off; at a desk, from this machine's journal without the slip, or as a PDF copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import pdf_qr_codes, type_text
from receipt.thermal_fake import PAPER_OK, PAPER_OUT, FakeThermalPrinter, qr_store_commands, rasters
from tracking_helpers import Office, running_office

from kiosk.domain.procedures import load_catalog
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.receipt.printers import PdfCopy
from kiosk.receipt.thermal import ThermalPrinter
from kiosk.store.journal import Journal, JournalEntry
from kiosk.store.vault import Vault
from kiosk.ui import theme
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.session import CitizenSession

WAIT_MS = 10_000
CATALOG = load_catalog()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    yield from running_office(tmp_path_factory)


@pytest.fixture
def session(qapp: QApplication, office: Office) -> Iterator[CitizenSession]:
    theme.apply_theme(qapp, 1080)
    visit = CitizenSession(PortalClient(office.url), None)
    yield visit
    visit.close()


def open_reprint(qtbot: QtBot, wizard: ReprintWizard) -> ReprintWizard:
    qtbot.addWidget(wizard)
    wizard.resize(1920, 1080)
    wizard.show()
    return wizard


def type_codes(wizard: ReprintWizard, dossier: Dossier) -> None:
    type_text(wizard.page.code, dossier.code)
    type_text(wizard.page.lookup, dossier.lookup_code)


def test_out_of_paper_says_so_and_in_lai_prints_once_paper_is_back(
    qtbot: QtBot, office: Office, session: CitizenSession
) -> None:
    dossier = office.submit()
    printer = FakeThermalPrinter(answer=PAPER_OUT)
    try:
        printing = ReceiptPrinting(ThermalPrinter(printer.address, timeout=3))
        wizard = open_reprint(qtbot, ReprintWizard(session, printing, catalog=CATALOG))
        type_codes(wizard, dossier)
        wizard.frame.next_button.click()
        qtbot.waitUntil(lambda: bool(wizard.page.error.message), timeout=WAIT_MS)
        assert "hết giấy" in wizard.page.error.message
        assert "không bị ảnh hưởng" in wizard.page.error.message  # the dossier is safe
        assert wizard.frame.next_button.text() == "🖨  In lại"
        assert qr_store_commands(printer.received) == [] and rasters(printer.received) == []

        printer.answer = PAPER_OK  # the volunteer puts a new roll in
        wizard.frame.next_button.click()
        qtbot.waitUntil(lambda: "Đã in xong" in wizard.page.result.text(), timeout=WAIT_MS)
        assert not wizard.page.error.message
        payloads = [data for _, data in qr_store_commands(printer.received)]
        assert payloads == [f"DVC|{dossier.code}|{dossier.lookup_code}".encode()]
        assert rasters(printer.received)  # the Vietnamese text went as an image
    finally:
        printer.close()


def test_a_printer_that_is_switched_off_gets_a_plain_message(
    qtbot: QtBot, office: Office, session: CitizenSession
) -> None:
    dossier = office.submit()
    printer = FakeThermalPrinter()
    address = printer.address
    printer.close()  # nobody listens on the printer's port any more
    wizard = open_reprint(
        qtbot, ReprintWizard(session, ReceiptPrinting(ThermalPrinter(address, timeout=1)), catalog=CATALOG)
    )
    type_codes(wizard, dossier)
    wizard.frame.next_button.click()
    qtbot.waitUntil(lambda: bool(wizard.page.error.message), timeout=WAIT_MS)
    assert "Máy in không trả lời" in wizard.page.error.message
    assert wizard.frame.next_button.isEnabled()  # nothing frozen: "In lại" waits for the volunteer


def test_a_desk_reprints_from_its_journal_without_the_slip(
    qtbot: QtBot, office: Office, session: CitizenSession, tmp_path: Path
) -> None:
    dossier = office.submit()
    with Journal(tmp_path / "journal.sqlite3", Vault(os.urandom(32))) as journal:
        journal.record(
            JournalEntry(
                dossier.code,
                dossier.procedure_code,
                dossier.procedure_version,
                dossier.received_at,
                dossier.appointment_on,
                dossier.delivery,
            ),
            dossier.lookup_code,
        )
        printing = ReceiptPrinting(PdfCopy(tmp_path / "copies"))
        since = datetime.now(VIETNAM_TZ) - timedelta(days=400)  # the office's clock is in 2026-10
        wizard = open_reprint(
            qtbot,
            ReprintWizard(
                session,
                printing,
                catalog=CATALOG,
                journal=journal.recent(since),
                lookup_code_of=journal.lookup_code,
                offer_pdf=True,
            ),
        )
        listed = wizard.page.journal_buttons[dossier.code]
        assert "Đăng ký khai sinh" in listed.text()
        listed.click()
        qtbot.waitUntil(lambda: "PDF" in wizard.page.result.text(), timeout=WAIT_MS)
    (path,) = (tmp_path / "copies").glob("*.pdf")
    assert path.name == f"bien-nhan-{dossier.code}.pdf"  # named by the dossier code only
    assert pdf_qr_codes(path) == [f"DVC|{dossier.code}|{dossier.lookup_code}"]
    printing.forget_visit()  # the visit ends: the copy with the citizen's name goes
    assert not path.exists()


def test_a_journal_entry_without_its_lookup_code_asks_for_the_slip(
    qtbot: QtBot, office: Office, session: CitizenSession, tmp_path: Path
) -> None:
    dossier = office.submit()
    with Journal(tmp_path / "journal.sqlite3") as journal:  # no vault: no lookup codes kept
        journal.record(
            JournalEntry(
                dossier.code,
                dossier.procedure_code,
                dossier.procedure_version,
                dossier.received_at,
                dossier.appointment_on,
                dossier.delivery,
            ),
            dossier.lookup_code,
        )
        wizard = open_reprint(
            qtbot,
            ReprintWizard(
                session,
                ReceiptPrinting(PdfCopy(tmp_path)),
                catalog=CATALOG,
                journal=journal.recent(datetime(2000, 1, 1)),
                lookup_code_of=journal.lookup_code,
            ),
        )
        wizard.page.journal_buttons[dossier.code].click()
    assert wizard.page.code.text() == dossier.code
    assert "nhập mã tra cứu" in wizard.page.error.message
    assert not list(tmp_path.glob("*.pdf"))


def test_a_kiosk_lists_no_journal_and_offers_no_pdf(
    qtbot: QtBot, session: CitizenSession, tmp_path: Path
) -> None:
    wizard = open_reprint(qtbot, ReprintWizard(session, ReceiptPrinting(PdfCopy(tmp_path)), catalog=CATALOG))
    assert wizard.page.journal_buttons == {} and wizard.page.pdf_button is None


def test_a_pdf_copy_on_demand_at_a_desk(
    qtbot: QtBot, office: Office, session: CitizenSession, tmp_path: Path
) -> None:
    dossier = office.submit()
    printing = ReceiptPrinting(PdfCopy(tmp_path / "printer"), tmp_path / "copies")
    wizard = open_reprint(qtbot, ReprintWizard(session, printing, catalog=CATALOG, offer_pdf=True))
    type_codes(wizard, dossier)
    assert wizard.page.pdf_button is not None
    wizard.page.pdf_button.click()
    qtbot.waitUntil(lambda: "PDF" in wizard.page.result.text(), timeout=WAIT_MS)
    (path,) = (tmp_path / "copies").glob("*.pdf")
    assert str(path) in wizard.page.result.text()
    assert not (tmp_path / "printer").exists() or not list((tmp_path / "printer").glob("*.pdf"))
