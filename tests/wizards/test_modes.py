"""The three modes, driven as their users would: a locked public kiosk that only the staff can leave,
and a volunteer's desk with keyboard shortcuts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from kiosk_driver import WAIT_MS, register_citizen
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text
from scanner_helpers import scan
from speech_helpers import RecordingVoice

from kiosk.admin_pin import AdminPin
from kiosk.app import Kiosk
from kiosk.config import Mode, Settings, load_settings
from kiosk.domain.procedures import load_catalog
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.receipt.model import sample_receipt
from kiosk.receipt.printers import NoPrinter, PdfCopy, PrinterProblem
from kiosk.secrets import Secrets
from kiosk.store.journal import Journal, JournalEntry
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.wizards.account import AccountWizard
from kiosk.wizards.dossier import DossierWizard
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.tracking import TrackingCodePage, TrackingWizard

ADMIN_PIN = "482916"


@pytest.fixture
def make_kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[object]:
    made: list[tuple[Kiosk, Journal]] = []

    def make(mode: Mode, settings: Settings | None = None, **extra: object) -> Kiosk:
        theme.apply_theme(qapp, 1080)
        journal = Journal(tmp_path / f"journal-{len(made)}.sqlite3")
        k = Kiosk(
            sandbox_url,
            load_catalog(),
            demo=True,
            journal=journal,
            settings=replace(settings or Settings(), mode=mode),
            config_file=tmp_path / "kiosk.toml",
            **extra,  # type: ignore[arg-type]
        )
        qtbot.addWidget(k.shell)
        k.shell.resize(1920, 1080)
        k.shell.show()
        qtbot.waitExposed(k.shell)
        made.append((k, journal))
        return k

    yield make
    for k, journal in made:
        k.shutdown()
        journal.close()


def _try_to_leave(k: Kiosk) -> None:
    shell = k.shell
    QTest.keyClick(shell, Qt.Key.Key_Escape)
    QTest.keyClick(shell, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(shell, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(shell, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    shell.close()  # the window's close button, or Alt+Tab to it and close
    QTest.qWait(50)


def test_a_locked_kiosk_is_left_only_through_the_admin_pin(make_kiosk: object, qtbot: QtBot) -> None:
    pin = AdminPin(Secrets())
    pin.set(ADMIN_PIN)
    k = make_kiosk(Mode.KIOSK)  # type: ignore[operator]
    exited: list[bool] = []
    k.exited.connect(lambda: exited.append(True))

    button(k.shell, "Tạo tài khoản").click()
    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, AccountWizard), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=WAIT_MS)
    box = QApplication.focusWidget()  # the first answer box has the keyboard, ready to type
    assert isinstance(box, QLineEdit)
    type_text(box, "0011")
    _try_to_leave(k)
    assert k.shell.isVisible() and isinstance(k.shell.screen_widget, AccountWizard)
    assert box.text() == "0011"  # Esc did not clear or leave the question either

    # The staff hold the emblem for five seconds: the PIN pad appears.
    QTest.mousePress(k.corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: k.admin.prompt.isVisible(), timeout=7000)
    QTest.mouseRelease(k.corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: k.admin.prompt.pad.isEnabled(), timeout=WAIT_MS)
    for digit in "000000":  # a wrong PIN: a plain message, no menu
        k.admin.prompt.keys[digit].click()
    k.admin.prompt.confirm_button.click()
    qtbot.waitUntil(lambda: k.admin.prompt.error.isVisible(), timeout=WAIT_MS)
    assert not k.admin.menu.isVisible() and "không đúng" in k.admin.prompt.error.message
    qtbot.waitUntil(lambda: k.admin.prompt.pad.isEnabled(), timeout=WAIT_MS)
    for digit in ADMIN_PIN:
        k.admin.prompt.keys[digit].click()
    k.admin.prompt.confirm_button.click()
    qtbot.waitUntil(lambda: k.admin.menu.isVisible(), timeout=WAIT_MS)
    k.admin.menu.exit_button.click()
    qtbot.waitUntil(lambda: not k.shell.isVisible(), timeout=WAIT_MS)
    assert exited == [True]
    Secrets().delete("admin-pin-hash")


def test_the_admin_menu_saves_settings_and_prints_a_test_page(
    make_kiosk: object, qtbot: QtBot, tmp_path: Path
) -> None:
    k = make_kiosk(Mode.KIOSK, receipts=tmp_path / "receipts")  # type: ignore[operator]
    if AdminPin(Secrets()).is_set():
        Secrets().delete("admin-pin-hash")  # demo mode: 0000 until a PIN is set
    k.admin.ask_pin()
    qtbot.waitUntil(lambda: k.admin.prompt.pad.isEnabled(), timeout=WAIT_MS)
    for digit in "0000":
        k.admin.prompt.keys[digit].click()
    k.admin.prompt.confirm_button.click()
    qtbot.waitUntil(lambda: k.admin.menu.isVisible(), timeout=WAIT_MS)

    k.admin.menu.test_print_button.click()
    qtbot.waitUntil(lambda: "Đã in thử" in k.admin.menu.status.text(), timeout=WAIT_MS)
    printed = list((tmp_path / "receipts").glob("*.pdf"))
    assert len(printed) == 1
    assert str(printed[0]) in k.admin.menu.status.text()

    k.admin.menu.settings_button.click()
    panel = k.admin.settings_panel
    qtbot.waitUntil(panel.isVisible, timeout=WAIT_MS)
    button(panel, "Tương phản cao").click()
    button(panel, "Lưu").click()
    qtbot.waitUntil(lambda: k.admin.menu.isVisible(), timeout=WAIT_MS)
    assert load_settings(tmp_path / "kiosk.toml").palette == "high_contrast"
    assert theme.palette_name() == "high_contrast"  # the kiosk looks like it at once
    theme.reset()


def test_a_volunteer_at_the_desk_uses_keyboard_shortcuts(make_kiosk: object, qtbot: QtBot) -> None:
    voice = RecordingVoice()
    k = make_kiosk(Mode.DESK, voice=voice)  # type: ignore[operator]
    assert k.lock is None
    button(k.shell, "Tạo tài khoản").click()
    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, AccountWizard), timeout=WAIT_MS)
    wizard = k.shell.screen_widget
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=WAIT_MS)
    type_text(QApplication.focusWidget(), "001156012345")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter goes to the next question
    qtbot.waitUntil(lambda: "Bước 2" in wizard.frame.where.text(), timeout=WAIT_MS)

    QTest.keyClick(k.shell, Qt.Key.Key_F2)  # read aloud
    qtbot.waitUntil(lambda: bool(voice.spoken), timeout=WAIT_MS)
    assert "họ và tên" in voice.spoken[-1].text.lower()

    QTest.keyClick(k.shell, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    qtbot.waitUntil(lambda: "Bước 1" in wizard.frame.where.text(), timeout=WAIT_MS)

    QTest.keyClick(
        k.shell, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )  # start over: the home screen, nothing of this person kept
    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, HomeScreen), timeout=WAIT_MS)

    k.shell.close()  # a desk window closes like any other
    assert not k.shell.isVisible()


def test_the_next_visitor_gets_the_kiosk_as_it_was(make_kiosk: object, qtbot: QtBot) -> None:
    """Larger text, high contrast and English are one visitor's choices: they end with the visit."""
    k = make_kiosk(Mode.KIOSK)  # type: ignore[operator]
    bar = k.shell.toolbar
    start_px = QApplication.font().pixelSize()
    for _ in range(3):
        bar.bigger_button.click()
    assert not bar.bigger_button.isEnabled()  # the largest step: A+ says so
    assert QApplication.font().pixelSize() >= start_px * 1.7
    bar.contrast_button.click()
    assert theme.palette_name() == "high_contrast"
    button(k.shell, "English").click()
    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, HomeScreen), timeout=WAIT_MS)
    assert k.shell.screen_widget.buttons["dossier"].accessibleName() == "Submit an application"
    assert bar.bigger_button.accessibleName() == "Larger text"

    button(k.shell, "Submit an application").click()
    qtbot.waitUntil(lambda: not isinstance(k.shell.screen_widget, HomeScreen), timeout=WAIT_MS)
    button(k.shell, "Home").click()  # the visitor leaves

    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, HomeScreen), timeout=WAIT_MS)
    assert button(k.shell, "Nộp hồ sơ") is not None and button(k.shell, "English") is not None
    assert theme.palette_name() == "normal" and theme.text_step() == theme.DEFAULT_STEP
    assert QApplication.font().pixelSize() == start_px
    assert bar.bigger_button.isEnabled() and not bar.contrast_button.isChecked()


def test_reading_every_screen_aloud_is_a_setting(make_kiosk: object, qtbot: QtBot) -> None:
    voice = RecordingVoice()
    k = make_kiosk(Mode.KIOSK, voice=voice, settings=Settings(read_aloud=True))  # type: ignore[operator]
    assert k.reader.auto
    button(k.shell, "Tạo tài khoản").click()
    qtbot.waitUntil(lambda: "số căn cước" in voice.last.lower(), timeout=WAIT_MS)  # nobody pressed Đọc to


def test_several_problems_on_one_page_are_summed_up_at_the_top(
    make_kiosk: object, qtbot: QtBot, sandbox_url: str
) -> None:
    """A page with several questions (the partner's name, birth date, nationality): one summary at the
    top names every answer to fix and has the keyboard focus, so a screen reader starts there."""
    number = f"001158{uuid.uuid4().int % 10**6:06d}"
    register_citizen(
        sandbox_url, number, "matkhau-2026", full_name="Lò Thị Xuân", birth_date=date(1958, 4, 2)
    )
    k = make_kiosk(Mode.DESK)  # type: ignore[operator]
    k.session.login(number, "matkhau-2026")
    button(k.shell, "Nộp hồ sơ").click()
    wizard = k.shell.screen_widget
    assert isinstance(wizard, DossierWizard)
    qtbot.waitUntil(lambda: "1.004873" in getattr(wizard.frame.page(), "buttons", {}), timeout=WAIT_MS)
    wizard.frame.page().buttons["1.004873"].click()
    wizard.nav.jump("question:purpose_partner")  # straight to the page with several questions
    wizard._render()
    page = wizard.frame.page()
    assert isinstance(page, QuestionPage) and len(page.inputs) >= 3
    button(k.shell, "Tiếp tục").click()
    qtbot.waitUntil(page.summary.isVisible, timeout=WAIT_MS)
    assert page.summary.hasFocus()
    for field_id in ("partner.full_name", "partner.birth_date"):
        assert page.labels[field_id] in page.summary.message
        assert page.errors[field_id].isVisible()


@pytest.mark.parametrize("mode", [Mode.KIOSK, Mode.DESK])
def test_only_a_desk_reprints_from_the_journal(make_kiosk: object, mode: Mode) -> None:
    k = make_kiosk(mode)  # type: ignore[operator]
    code = "000.00.01.H26-261120-0007"
    k.journal.record(JournalEntry(code, "1.001193", "2026.1", datetime.now(VIETNAM_TZ), date.today(), "desk"))
    k.reprint()
    wizard = k.shell.screen_widget
    assert isinstance(wizard, ReprintWizard)
    if mode is Mode.KIOSK:  # the next visitor must not reprint someone else's receipt
        assert wizard.page.journal_buttons == {} and wizard.page.pdf_button is None
    else:
        assert list(wizard.page.journal_buttons) == [code] and wizard.page.pdf_button is not None


def test_a_slip_shown_to_the_scanner_at_the_start_opens_its_dossier(make_kiosk: object, qtbot: QtBot) -> None:
    k = make_kiosk(Mode.KIOSK)  # type: ignore[operator]
    assert isinstance(k.shell.screen_widget, HomeScreen)
    scan(k.shell.screen_widget, "DVC|000.00.01.H26-260930-0012|K7QX3M")
    qtbot.waitUntil(lambda: isinstance(k.shell.screen_widget, TrackingWizard), timeout=WAIT_MS)
    wizard = k.shell.screen_widget
    assert isinstance(wizard, TrackingWizard)
    page = wizard.page
    assert isinstance(page, TrackingCodePage)
    assert page.codes() == ("000.00.01.H26-260930-0012", "K7QX3M")
    qtbot.waitUntil(lambda: bool(page.error.message), timeout=WAIT_MS)  # looked up at once
    assert "Không tìm thấy hồ sơ" in page.error.message  # nobody filed this one here


def test_a_public_kiosk_writes_no_pdf_receipts_outside_the_demo(
    qapp: QApplication, sandbox_url: str, tmp_path: Path
) -> None:
    """Kiosk mode with no printer chosen: a plain "no printer" problem, never a PDF with a name on disk."""
    with Journal(tmp_path / "journal.sqlite3") as journal:
        k = Kiosk(
            sandbox_url, load_catalog(), demo=False, journal=journal, settings=Settings(mode=Mode.KIOSK)
        )
        try:
            assert isinstance(k.printing.printer, NoPrinter)
            with pytest.raises(PrinterProblem) as problem:
                k.printing.printer.print_receipt(sample_receipt())
            assert problem.value.kind == "missing"
        finally:
            k.shutdown()
    desk = Settings(mode=Mode.DESK)
    with Journal(tmp_path / "journal-desk.sqlite3") as journal:
        k = Kiosk(sandbox_url, load_catalog(), demo=False, journal=journal, settings=desk)
        try:
            assert isinstance(k.printing.printer, PdfCopy)  # a volunteer's own machine may keep a PDF
        finally:
            k.shutdown()
