"""What a visit leaves behind: scans from the desk scanner go with the citizen; the receipt's QR fills
the reprint screen."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button
from scanner_helpers import scan

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.wizards.reprint import ReprintWizard


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    folder = tmp_path / "scans"
    folder.mkdir()
    k = Kiosk(sandbox_url, load_catalog(), demo=True, journal=journal, scanner_folder=folder)
    qtbot.addWidget(k.shell)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()


def test_scans_saved_during_a_visit_are_deleted_when_it_ends(kiosk: Kiosk, qtbot: QtBot) -> None:
    folder = kiosk.scanner_folder
    assert folder is not None
    before = folder / "from-yesterday.pdf"
    before.write_bytes(b"%PDF-1.4\n%%EOF\n")
    os.utime(before, (time.time() - 3600, time.time() - 3600))
    button(kiosk.shell, "Nộp hồ sơ").click()
    left = folder / "scan0007.pdf"  # scanned during the visit, never attached
    left.write_bytes(b"%PDF-1.4\n%%EOF\n")
    os.utime(left, (time.time() + 1, time.time() + 1))
    button(kiosk.shell, "Về trang chủ").click()
    qtbot.waitUntil(lambda: not left.exists(), timeout=5000)
    assert before.exists()  # not this visit's: not ours to delete


def test_the_receipt_qr_fills_the_reprint_screen(kiosk: Kiosk, qtbot: QtBot) -> None:
    button(kiosk.shell, "In biên nhận").click()
    screen = kiosk.shell.screen_widget
    assert isinstance(screen, ReprintWizard)
    scan(screen.page.code, "DVC|000.00.01.H26-260930-0012|K7QX3M")
    qtbot.waitUntil(lambda: screen.page.code.text() != "", timeout=5000)
    assert screen.page.codes() == ("000.00.01.H26-260930-0012", "K7QX3M")
