"""The fee step: the amount in figures and words, a VietQR code a bank app reads, the portal's payment
state polled until the transfer arrives, and paying at the desk as a choice that is always there."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests
from portal.portal_helpers import BIRTH_DOCUMENTS, birth_dossier, register
from pytestqt.qtbot import QtBot
from qt_helpers import decode_qr

from kiosk.domain.vietqr import parse_vietqr
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import Dossier, Payment
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.portal.sandbox.throttle import LookupLimits
from kiosk.wizards.payment_page import PaymentPage, usable
from kiosk.wizards.portal_results import receipt_for


@dataclass
class FeeDossier:
    client: PortalClient
    dossier: Dossier


@pytest.fixture
def with_fee(sandbox_url: str) -> Iterator[FeeDossier]:
    """A birth registration asking for two extract copies: 2 × 8.000 đồng."""
    with PortalClient(sandbox_url) as client:
        person = register(client)
        client.login(person.id_number, person.password)
        key = f"fee-{person.id_number}"
        born = (date.today() - timedelta(days=10)).isoformat()  # on time: only the copies cost money
        dossier = client.submit_dossier(birth_dossier(**{"child.birth_date": born}), key, BIRTH_DOCUMENTS)
        yield FeeDossier(client, dossier)


def shown_text(page: PaymentPage) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def transfer(sandbox_url: str, payment: Payment, amount: int) -> requests.Response:
    """What the bank does when the person confirms in their app (the sandbox's stand-in for NAPAS)."""
    return requests.post(
        f"{sandbox_url}/sandbox/bank/transfers",
        json={"purpose": payment.purpose, "amount": amount},
        timeout=5,
    )


def test_the_fee_in_figures_and_words_and_a_vietqr_the_bank_app_reads(
    qtbot: QtBot, with_fee: FeeDossier, sandbox_url: str
) -> None:
    assert with_fee.dossier.fee == 16000
    page = PaymentPage(with_fee.client, with_fee.dossier, poll_ms=100)
    qtbot.addWidget(page)
    page.resize(1600, 1000)
    page.show()
    qtbot.waitUntil(
        lambda: page.payment is not None and page.qr.pixmap() is not None and page.timer.isActive()
    )
    text = shown_text(page)
    assert with_fee.dossier.code in text and with_fee.dossier.lookup_code in text  # filed: the codes too
    assert "16.000 đồng" in text
    assert "Mười sáu nghìn đồng" in text
    assert page.payment is not None
    assert page.payment.account_number in text and page.payment.purpose in text

    read = decode_qr(page.qr.pixmap().toImage())
    assert read == [page.payment.vietqr]
    code = parse_vietqr(read[0])
    assert (code.amount, code.purpose) == (16000, page.payment.purpose)

    assert transfer(sandbox_url, page.payment, 15000).status_code == 422  # short: not paid
    assert transfer(sandbox_url, page.payment, 16000).status_code < 300
    with qtbot.waitSignal(page.paid_now, timeout=5000):
        pass
    assert "Đã thanh toán 16.000 đồng" in page.status.text()
    with qtbot.waitSignal(page.settled) as settled:
        page.go_on()  # the frame's big button, now "Tiếp tục"
    assert settled.args == ["paid"]
    assert (
        with_fee.client.get_dossier(with_fee.dossier.code, with_fee.dossier.lookup_code).payment_status
        == "paid"
    )


def test_paying_at_the_desk_instead(qtbot: QtBot, with_fee: FeeDossier) -> None:
    page = PaymentPage(with_fee.client, with_fee.dossier, poll_ms=100)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.payment is not None)
    with qtbot.waitSignal(page.settled) as settled:
        page.go_on()  # the frame's big button: "Tôi sẽ nộp tại quầy"
    assert settled.args == ["unpaid"]


def test_money_sent_a_moment_ago_is_not_printed_as_unpaid(
    qtbot: QtBot, with_fee: FeeDossier, sandbox_url: str
) -> None:
    page = PaymentPage(with_fee.client, with_fee.dossier, poll_ms=60_000)  # no poll before the choice
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.payment is not None)
    assert page.payment is not None
    assert transfer(sandbox_url, page.payment, 16000).status_code < 300
    with qtbot.waitSignal(page.settled) as settled:
        page.go_on()
    assert settled.args == ["paid"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_no_portal_gives_a_plain_message_a_retry_and_the_desk(qtbot: QtBot, with_fee: FeeDossier) -> None:
    with PortalClient(f"http://127.0.0.1:{free_port()}", connect_timeout=0.5, read_timeout=0.5) as offline:
        page = PaymentPage(offline, with_fee.dossier, poll_ms=100)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=10_000)
        assert "chưa kết nối được" in page.error.message
        assert not page.qr.isVisible()
        with qtbot.waitSignal(page.settled, timeout=10_000) as settled:
            page.go_on()
        assert settled.args == ["unpaid"]


def test_a_damaged_or_mismatched_code_is_never_shown(with_fee: FeeDossier) -> None:
    payment = with_fee.client.start_payment(with_fee.dossier.code, with_fee.dossier.lookup_code)
    assert usable(payment, payment.amount)
    damaged = payment.vietqr[:-1] + ("0" if payment.vietqr[-1] != "0" else "1")  # the CRC no longer fits
    assert not usable(payment.model_copy(update={"vietqr": damaged}), payment.amount)
    assert not usable(payment, payment.amount + 1000)  # not what the screen says
    assert not usable(payment.model_copy(update={"account_number": "111111111111"}), payment.amount)
    assert not usable(payment.model_copy(update={"purpose": "HS SOMETHING ELSE"}), payment.amount)


def test_nothing_to_pay_after_all_prints_no_fee(with_fee: FeeDossier) -> None:
    """The portal said "nothing to pay" (409) on the fee page: the receipt must not say "not paid"."""
    receipt = receipt_for(with_fee.dossier, payment="none")
    assert receipt.fee == 0 and receipt.payment == "none"
    assert dict(receipt.lines())["Lệ phí"] == "Không phải nộp"
    unpaid = receipt_for(with_fee.dossier, payment="unpaid")
    assert dict(unpaid.lines())["Lệ phí"].endswith("Chưa thanh toán — nộp tại quầy")


def test_pressing_twice_gives_one_answer(qtbot: QtBot, with_fee: FeeDossier) -> None:
    page = PaymentPage(with_fee.client, with_fee.dossier, poll_ms=60_000)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.payment is not None)
    answers: list[str] = []
    page.settled.connect(answers.append)
    page.go_on()
    page.go_on()
    qtbot.waitUntil(lambda: bool(answers))
    qtbot.wait(200)
    assert answers == ["unpaid"]


def test_a_dossier_waiting_to_be_sent_says_its_fee_is_paid_at_the_desk(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from kiosk.wizards.waiting_page import WaitingPage

    owed = WaitingPage("CG-7K3Q9D", 16000)
    qtbot.addWidget(owed)
    line = owed.findChild(QLabel, "waitingFee")
    assert line is not None and "16.000 đồng" in line.text() and "tại quầy" in line.text()
    free = WaitingPage("CG-7K3Q9D", 0)
    qtbot.addWidget(free)
    assert free.findChild(QLabel, "waitingFee") is None


def test_a_portal_slowing_this_machine_down_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    """After a guesser on the same machine, the portal answers 429 to every lookup for a while: the fee
    page says so in plain words (not "wrong codes", which this person never typed) and keeps the desk."""
    handle = start_sandbox(tmp_path / "portal.sqlite3", lookup_limits=LookupLimits(allowance=1))
    try:
        with PortalClient(handle.url) as client:
            person = register(client)
            client.login(person.id_number, person.password)
            born = (date.today() - timedelta(days=10)).isoformat()
            dossier = client.submit_dossier(
                birth_dossier(**{"child.birth_date": born}), "slow-1", BIRTH_DOCUMENTS
            )
            for _ in range(2):  # someone guessing codes from this machine
                with pytest.raises(PortalRejected):
                    client.get_dossier(dossier.code, "AAAAAA")
            page = PaymentPage(client, dossier, poll_ms=60_000)
            qtbot.addWidget(page)
            page.show()
            qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=10_000)
            assert "tạm ngừng trả lời máy này" in page.error.message
            assert "nộp tại quầy" in page.error.message
    finally:
        handle.stop()
