""" "Tra cứu hồ sơ", driven as a person would against the real sandbox portal: the two codes typed or
the slip scanned, the history as a timeline in plain words read aloud, kind messages for wrong codes,
and the kiosk slowing down a guesser (its clock injected: no sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text, unnamed_controls
from speech_helpers import RecordingVoice
from tracking_helpers import Office, PaceClock, running_office

from kiosk.domain.lookup_pace import LookupPace
from kiosk.domain.money import format_vnd
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.portal import statuses
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.throttle import LookupLimits
from kiosk.receipt.printers import PdfCopy
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.ui.speech import Reader
from kiosk.ui.widgets import Heading
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.slip_lookup import wait_text
from kiosk.wizards.tracking import TimelinePage, TrackingCodePage, TrackingWizard

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    yield from running_office(tmp_path_factory)


@pytest.fixture
def session(qapp: QApplication, office: Office) -> Iterator[CitizenSession]:
    theme.apply_theme(qapp, 1080)
    visit = CitizenSession(PortalClient(office.url), None)
    yield visit
    visit.close()


@pytest.fixture
def pace_clock() -> PaceClock:
    return PaceClock()


@pytest.fixture
def pace(pace_clock: PaceClock) -> LookupPace:
    return LookupPace(pace_clock)


def open_tracking(qtbot: QtBot, session: CitizenSession, pace: LookupPace) -> TrackingWizard:
    wizard = TrackingWizard(session, pace)
    qtbot.addWidget(wizard)
    wizard.resize(1920, 1000)
    wizard.show()
    return wizard


def code_page(wizard: TrackingWizard) -> TrackingCodePage:
    page = wizard.page
    assert isinstance(page, TrackingCodePage)
    return page


def timeline_of(qtbot: QtBot, wizard: TrackingWizard) -> TimelinePage:
    qtbot.waitUntil(lambda: isinstance(wizard.page, TimelinePage), timeout=WAIT_MS)
    page = wizard.page
    assert isinstance(page, TimelinePage)
    return page


def look_up_typed(qtbot: QtBot, wizard: TrackingWizard, code: str, lookup: str) -> None:
    page = code_page(wizard)
    page.code.clear()
    page.lookup.clear()
    type_text(page.code, code)
    type_text(page.lookup, lookup)
    button(wizard, "Tra cứu").click()
    qtbot.waitUntil(lambda: not wizard.frame.busy, timeout=WAIT_MS)


def day(start: datetime, later: int = 0) -> str:
    return f"{start + timedelta(days=later):%d/%m/%Y}"


@pytest.fixture
def moved_on(office: Office) -> Dossier:
    """Received on a Monday at 09:00, in review on Tuesday 14:30, the result ready on Friday 10:00."""
    now = office.clock.now
    office.clock.now = (now + timedelta(days=7 - now.weekday())).replace(hour=9, minute=0)
    dossier = office.submit()
    office.clock.advance(days=1, hours=5, minutes=30)
    office.move(dossier.code, statuses.IN_REVIEW)
    office.clock.advance(days=2, hours=19, minutes=30)
    office.move(dossier.code, statuses.RESULT_READY)
    office.clock.advance(days=7)  # the next test's dossier is filed a week on
    return dossier


def test_typed_codes_show_the_history_as_a_timeline_in_plain_words(
    qtbot: QtBot, session: CitizenSession, pace: LookupPace, moved_on: Dossier
) -> None:
    wizard = open_tracking(qtbot, session, pace)
    scan_message = code_page(wizard).findChild(Heading, "scanMessage")
    assert scan_message is not None and scan_message.isVisible()
    assert scan_message.text().endswith("Đưa mã QR trên giấy biên nhận vào máy quét")
    # Typed as a person reads it off the slip: the lookup code in small letters, with a space.
    look_up_typed(
        qtbot, wizard, moved_on.code, moved_on.lookup_code[:3].lower() + " " + moved_on.lookup_code[3:]
    )
    page = timeline_of(qtbot, wizard)

    assert [row.what.text() for row in page.timeline.rows] == [
        "Cơ quan đã nhận hồ sơ",
        "Cán bộ đang xem xét hồ sơ",
        "Đã có kết quả — mời ông/bà đến Bộ phận Một cửa để nhận",
    ]
    monday = moved_on.received_at.astimezone(VIETNAM_TZ)
    whens = [row.when.text() for row in page.timeline.rows]
    assert whens[0] == f"Thứ Hai, {day(monday)} · 09:00"
    assert whens[1] == f"Thứ Ba, {day(monday, 1)} · 14:30"
    assert whens[2] == f"▶  Bây giờ  ·  Thứ Sáu, {day(monday, 4)} · 10:00"  # the newest step stands out
    assert [row.current for row in page.timeline.rows] == [False, False, True]
    assert page.now.text() == "Bây giờ: Đã có kết quả — mời ông/bà đến Bộ phận Một cửa để nhận"
    assert moved_on.code in page.code.text()
    facts = dict(page.facts)
    assert facts["Ngày hẹn trả kết quả"].endswith(f"ngày {moved_on.appointment_on:%d/%m/%Y}")
    assert moved_on.fee > 0  # two extract copies, and a late registration
    assert (facts["Lệ phí"], facts["Thanh toán"]) == (
        format_vnd(moved_on.fee),
        "Chưa thanh toán — nộp tại quầy",
    )
    assert page.rating is not None and page.rating.isVisible()  # not rated yet: the faces are offered
    assert unnamed_controls(wizard) == []

    button(wizard, "Tra cứu hồ sơ khác").click()  # back to the two empty boxes
    assert code_page(wizard).codes() == ("", "")
    assert not wizard.frame.back_button.isVisible()


def test_a_result_sent_by_post_and_a_paid_fee_are_said_so(
    qtbot: QtBot, office: Office, session: CitizenSession, pace: LookupPace
) -> None:
    dossier = office.submit()
    office.move(dossier.code, statuses.RESULT_READY)
    # What the sandbox's bank does when the transfer arrives: the fee is paid.
    with PortalClient(office.url) as client:
        payment = client.start_payment(dossier.code, dossier.lookup_code)
    paid = requests.post(
        f"{office.url}/sandbox/bank/transfers",
        json={"purpose": payment.purpose, "amount": payment.amount},
        timeout=5,
    )
    assert paid.status_code == 200
    wizard = open_tracking(qtbot, session, pace)
    wizard.accept_scan(f"DVC|{dossier.code}|{dossier.lookup_code}")
    page = timeline_of(qtbot, wizard)
    assert dict(page.facts)["Thanh toán"] == "Đã thanh toán"
    words = [row.what.text() for row in page.timeline.rows]
    assert words[0] == "Cơ quan đã nhận hồ sơ" and words[-1] == "Đã nộp lệ phí"
    # Paid after the result was ready: "now" is still where the dossier is, not the payment.
    assert page.now.text().startswith("Bây giờ: Đã có kết quả")
    assert [row.current for row in page.timeline.rows] == [False, True, False]


def test_a_scanned_slip_looks_up_at_once_and_other_codes_get_their_own_message(
    qtbot: QtBot, office: Office, session: CitizenSession, pace: LookupPace
) -> None:
    dossier = office.submit()
    wizard = open_tracking(qtbot, session, pace)
    page = code_page(wizard)

    wizard.accept_scan("001090123456||NGUYỄN VĂN AN|01011990|Nam|Hà Nội|01012022")  # a CCCD, not a slip
    assert "không phải mã trên giấy biên nhận" in page.error.message
    assert isinstance(wizard.page, TrackingCodePage)

    button(wizard, "Tra cứu").click()
    assert page.error.message.startswith("Vui lòng nhập hai mã")
    type_text(page.code, "000.00.01.H26-2609")
    button(wizard, "Tra cứu").click()
    assert page.error.message == "Mã hồ sơ chưa đúng. Mã có dạng 000.00.01.H26-260930-0012."
    page.code.clear()
    type_text(page.code, dossier.code)
    type_text(page.lookup, "AB1")
    button(wizard, "Tra cứu").click()
    assert page.error.message == "Mã tra cứu gồm 6 chữ cái hoặc chữ số in trên giấy hẹn."
    assert QApplication.focusWidget() is page.error  # read first by a screen reader
    assert pace.misses == 0  # a badly shaped code never reached the portal: not a wrong lookup

    wizard.accept_scan(f"\ufeffDVC|{dossier.code}|{dossier.lookup_code}\r\n")
    timeline = timeline_of(qtbot, wizard)
    assert timeline.now.text() == "Bây giờ: Cơ quan đã nhận hồ sơ"
    assert [row.what.text() for row in timeline.timeline.rows] == ["Cơ quan đã nhận hồ sơ"]

    other = office.submit()
    wizard.accept_scan(f"DVC|{other.code}|{other.lookup_code}")  # the next slip, shown on the timeline
    qtbot.waitUntil(
        lambda: isinstance(wizard.page, TimelinePage) and wizard.page.dossier.code == other.code,
        timeout=WAIT_MS,
    )


def test_wrong_codes_are_kind_then_the_kiosk_slows_down_even_after_starting_over(
    qtbot: QtBot, office: Office, session: CitizenSession, pace: LookupPace, pace_clock: PaceClock
) -> None:
    dossier = office.submit()
    wizard = open_tracking(qtbot, session, pace)
    page = code_page(wizard)
    search = button(wizard, "Tra cứu")
    wrong = "ZZZZZZ" if dossier.lookup_code != "ZZZZZZ" else "YYYYYY"
    for _ in range(3):  # a person who mistypes: kind words, and no waiting
        look_up_typed(qtbot, wizard, dossier.code, wrong)
        assert page.error.message.startswith("Không tìm thấy hồ sơ với hai mã này.")
        assert "kiểm tra lại hai mã trên giấy hẹn" in page.error.message
        assert search.isEnabled() and not page.wait.isVisible()

    look_up_typed(qtbot, wizard, dossier.code, wrong)  # the fourth: now the kiosk waits
    assert not search.isEnabled()
    assert page.wait.isVisible() and page.wait.text().endswith("Vui lòng chờ 5 giây rồi thử lại.")
    pace_clock.advance(2)
    qtbot.waitUntil(lambda: page.wait.text().endswith("Vui lòng chờ 3 giây rồi thử lại."), timeout=WAIT_MS)
    assert "3 giây" in search.text() and not search.isEnabled()

    # Starting over does not help a guesser: a new visit's screen waits just the same.
    button(wizard, "Về trang chủ").click()
    again = open_tracking(qtbot, session, pace)
    again_page = code_page(again)
    assert not button(again, "Tra cứu").isEnabled()
    assert again_page.wait.text().endswith("Vui lòng chờ 3 giây rồi thử lại.")
    again.accept_scan(f"DVC|{dossier.code}|{dossier.lookup_code}")  # a scan fills in, but waits too
    assert again_page.codes() == (dossier.code, dossier.lookup_code)
    assert isinstance(again.page, TrackingCodePage) and not again.frame.busy

    pace_clock.advance(3)
    qtbot.waitUntil(lambda: button(again, "Tra cứu").isEnabled(), timeout=WAIT_MS)
    assert not again_page.wait.isVisible() and button(again, "Tra cứu").text() == "Tra cứu  ›"
    button(again, "Tra cứu").click()  # the right codes, once the wait is over
    assert timeline_of(qtbot, again).dossier.code == dossier.code


def test_the_portal_asking_to_slow_down_holds_the_button_as_long_as_it_said(
    qtbot: QtBot, tmp_path_factory: pytest.TempPathFactory, pace_clock: PaceClock
) -> None:
    limits = LookupLimits(allowance=1, first_wait=timedelta(seconds=40))
    for strict in running_office(tmp_path_factory, limits=limits):
        dossier = strict.submit()
        visit = CitizenSession(PortalClient(strict.url), None)
        try:
            pace = LookupPace(pace_clock, free_tries=100)  # the kiosk's own pace would not stop it yet
            wizard = open_tracking(qtbot, visit, pace)
            page = code_page(wizard)
            look_up_typed(
                qtbot, wizard, dossier.code, "ZZZZZZ" if dossier.lookup_code != "ZZZZZZ" else "YYYYYY"
            )
            assert page.error.message.startswith("Không tìm thấy hồ sơ")
            look_up_typed(qtbot, wizard, dossier.code, dossier.lookup_code)  # right, but the portal says wait
            assert page.error.message.startswith("Máy đã tra cứu sai nhiều lần.")
            assert not button(wizard, "Tra cứu").isEnabled()
            assert page.wait.text().endswith("Vui lòng chờ 40 giây rồi thử lại.")
        finally:
            visit.close()


def test_read_aloud_says_each_step_as_a_sentence_day_first(
    qtbot: QtBot, session: CitizenSession, pace: LookupPace, moved_on: Dossier
) -> None:
    wizard = open_tracking(qtbot, session, pace)
    wizard.accept_scan(f"DVC|{moved_on.code}|{moved_on.lookup_code}")
    timeline_of(qtbot, wizard)
    voice = RecordingVoice()
    reader = Reader(voice)
    reader.read(wizard)
    said = voice.last
    monday = moved_on.received_at.astimezone(VIETNAM_TZ)
    sentences = [
        f"Thứ Hai, ngày {day(monday)}, lúc 9 giờ: Cơ quan đã nhận hồ sơ.",
        f"Thứ Ba, ngày {day(monday, 1)}, lúc 14 giờ 30 phút: Cán bộ đang xem xét hồ sơ.",
        f"Thứ Sáu, ngày {day(monday, 4)}, lúc 10 giờ: "
        "Đã có kết quả — mời ông/bà đến Bộ phận Một cửa để nhận.",
    ]
    places = [said.find(sentence) for sentence in sentences]
    assert -1 not in places, said
    assert places == sorted(places)  # oldest first, as they happened
    assert said.find("Bây giờ: Đã có kết quả") < places[0]  # where the dossier is now comes first
    assert "Ông/bà có hài lòng không?" in said and "Hài lòng" in said  # then the rating's question


def test_home_offers_tracking_and_reprint_waits_at_the_same_pace(
    qtbot: QtBot, session: CitizenSession, pace: LookupPace, pace_clock: PaceClock, tmp_path: Path
) -> None:
    home = HomeScreen()
    qtbot.addWidget(home)
    home.show()
    with qtbot.waitSignal(home.track, timeout=1000):
        button(home, "Tra cứu hồ sơ").click()

    for _ in range(4):  # wrong lookups made on "Tra cứu hồ sơ"…
        pace.missed()
    reprint = ReprintWizard(session, ReceiptPrinting(PdfCopy(tmp_path)), pace)  # …hold "In biên nhận" too
    qtbot.addWidget(reprint)
    reprint.show()
    assert not reprint.frame.next_button.isEnabled()
    assert reprint.page.wait.text().endswith("Vui lòng chờ 5 giây rồi thử lại.")
    pace_clock.advance(5)
    qtbot.waitUntil(lambda: reprint.frame.next_button.isEnabled(), timeout=WAIT_MS)
    assert reprint.frame.next_button.text() == "🖨  In biên nhận"


def test_long_waits_are_said_in_minutes() -> None:
    assert wait_text(40) == "40 giây"
    assert wait_text(300) == "khoảng 5 phút"
    assert wait_text(61) == "khoảng 2 phút"
