"""The fee of a dossier: computed at submission, paid by VietQR, settled by the (simulated) bank."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from portal_helpers import (
    BIRTH_DOCUMENTS,
    VIETNAM,
    Clock,
    assert_problem,
    birth_dossier,
    register,
)

from kiosk.domain.vietqr import parse_vietqr
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import Dossier, DossierCreate
from kiosk.portal.sandbox.fees import TRIAL_PROVINCE_FEES, ProvinceFees
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.portal.sandbox.store import Store

START = datetime(2026, 10, 5, 9, 0, tzinfo=VIETNAM)  # a Monday
ON_TIME_BIRTH = "2026-09-20"  # 15 days before START: registering is free
LATE_BIRTH = "2026-06-01"  # more than 60 days before START: the late fee applies
FREE = {"child.birth_date": ON_TIME_BIRTH, "copies.wanted": False, "copies.count": None}

Submit = Callable[[DossierCreate], Dossier]


def _submitter(url: str, clients: list[PortalClient]) -> Submit:
    def submit(dossier: DossierCreate) -> Dossier:
        client = PortalClient(url)
        clients.append(client)
        person = register(client)
        client.login(person.id_number, person.password)
        return client.submit_dossier(dossier, idempotency_key="fee-1", documents=BIRTH_DOCUMENTS)

    return submit


class Portal:
    def __init__(self, handle: SandboxHandle, clock: Clock, db_path: Path) -> None:
        self.handle, self.clock, self.db_path = handle, clock, db_path
        self.client = PortalClient(handle.url)
        self._clients: list[PortalClient] = [self.client]
        self.submit = _submitter(handle.url, self._clients)

    def transfer(self, purpose: str, amount: int) -> requests.Response:
        return requests.post(
            f"{self.handle.url}/sandbox/bank/transfers",
            json={"purpose": purpose, "amount": amount},
            timeout=10,
        )

    def close(self) -> None:
        for c in self._clients:
            c.close()
        self.handle.stop()


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Portal]:
    db = tmp_path_factory.mktemp("fees") / "portal.sqlite3"
    clock = Clock(START)
    opened = Portal(start_sandbox(db, clock=clock), clock, db)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(autouse=True)
def _monday_morning(portal: Portal) -> None:
    portal.clock.now = START


def test_a_free_dossier_has_nothing_to_pay(portal: Portal) -> None:
    dossier = portal.submit(birth_dossier(**FREE))
    assert dossier.fee == 0 and dossier.payment_status == "none"
    with pytest.raises(PortalRejected) as info:
        portal.client.start_payment(dossier.code, dossier.lookup_code)
    assert info.value.status == 409 and "không phải nộp lệ phí" in info.value.message
    with pytest.raises(PortalRejected) as info:
        portal.client.payment(dossier.code, dossier.lookup_code)
    assert info.value.status == 404


def test_the_receipt_details_come_with_the_dossier(portal: Portal) -> None:
    first = portal.submit(birth_dossier(**FREE))
    second = portal.submit(birth_dossier(**FREE))
    assert first.processing_days == 0  # birth registration: the same working day
    assert first.logbook_volume == "01/2026"
    assert first.logbook_entry is not None and second.logbook_entry == first.logbook_entry + 1
    assert first.applicant_phone == "0912345678"  # the account's phone
    assert first.applicant_address == "Số 5 phố Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội"
    assert portal.client.get_dossier(first.code, first.lookup_code) == first


def test_copies_are_paid_by_vietqr_and_settled_by_the_bank(portal: Portal) -> None:
    dossier = portal.submit(birth_dossier(**{"child.birth_date": ON_TIME_BIRTH, "copies.count": 3}))
    assert dossier.fee == 3 * 8000 and dossier.payment_status == "unpaid"

    payment = portal.client.start_payment(dossier.code, dossier.lookup_code)
    assert payment.dossier_code == dossier.code and payment.amount == 24000 and payment.status == "unpaid"
    assert payment.paid_at is None
    assert payment.purpose.isascii() and len(payment.purpose) <= 25
    assert dossier.code.replace(".", "") in payment.purpose  # the note names the dossier
    code = parse_vietqr(payment.vietqr)  # what the kiosk will check before showing it
    assert (code.bank_bin, code.account_number) == (payment.bank_bin, payment.account_number)
    assert code.amount == 24000 and code.purpose == payment.purpose
    assert payment.bank_bin == "970415" and payment.bank_name and payment.account_name

    portal.clock.advance(minutes=5)
    assert portal.client.start_payment(dossier.code, dossier.lookup_code) == payment  # still the one payment
    assert portal.client.payment(dossier.code, dossier.lookup_code).status == "unpaid"

    portal.clock.advance(minutes=1)
    settled = portal.transfer(payment.purpose, 24000)
    assert settled.status_code == 200 and settled.json()["status"] == "paid"

    paid = portal.client.payment(dossier.code, dossier.lookup_code)
    assert paid.status == "paid" and paid.paid_at == portal.clock.now
    after = portal.client.get_dossier(dossier.code, dossier.lookup_code)
    assert after.payment_status == "paid" and after.status == "received"
    assert [(e.status, e.note) for e in after.history] == [
        ("received", "Đã tiếp nhận hồ sơ"),
        ("paid", "Đã nộp lệ phí"),
    ]
    assert after.history[-1].at == portal.clock.now


def test_a_transfer_must_match_the_fee(portal: Portal) -> None:
    dossier = portal.submit(birth_dossier(**{"child.birth_date": ON_TIME_BIRTH, "copies.count": 2}))
    payment = portal.client.start_payment(dossier.code, dossier.lookup_code)

    body = assert_problem(portal.transfer(payment.purpose, 8000), 422)
    assert "16.000 đồng" in body["detail"]
    assert_problem(portal.transfer("HS khong co ho so nay", 16000), 404)
    assert portal.client.payment(dossier.code, dossier.lookup_code).status == "unpaid"

    # Banks drop punctuation and change case in the note: the payment is still found.
    spaced = payment.purpose.lower().replace("-", " ")
    assert portal.transfer(spaced, 16000).status_code == 200
    assert_problem(portal.transfer(payment.purpose, 16000), 409)  # paid already
    history = portal.client.get_dossier(dossier.code, dossier.lookup_code).history
    assert [e.status for e in history].count("paid") == 1


def test_a_late_registration_pays_the_provinces_fee(portal: Portal) -> None:
    dossier = portal.submit(birth_dossier(**{"child.birth_date": LATE_BIRTH, "copies.count": 1}))
    assert dossier.fee == TRIAL_PROVINCE_FEES.late + 8000
    payment = portal.client.start_payment(dossier.code, dossier.lookup_code)
    assert parse_vietqr(payment.vietqr).amount == dossier.fee


def test_payment_needs_the_lookup_code(portal: Portal) -> None:
    dossier = portal.submit(birth_dossier(**{"child.birth_date": ON_TIME_BIRTH, "copies.count": 1}))
    wrong = "".join("A" if ch != "A" else "B" for ch in dossier.lookup_code)
    with pytest.raises(PortalRejected) as info:
        portal.client.start_payment(dossier.code, wrong)
    assert info.value.status == 404 and "mã tra cứu" in info.value.message
    with pytest.raises(PortalRejected) as info:
        portal.client.payment(dossier.code, dossier.lookup_code)  # the right code, but nothing started
    assert info.value.status == 404


def test_auto_pay_settles_payments_after_a_while(tmp_path: Path) -> None:
    clock = Clock(START)
    handle = start_sandbox(
        tmp_path / "portal.sqlite3",
        clock=clock,
        auto_pay=timedelta(seconds=60),
        province_fees=ProvinceFees(late=50000),
    )
    portal = Portal(handle, clock, tmp_path / "portal.sqlite3")
    try:
        dossier = portal.submit(birth_dossier(**{"child.birth_date": LATE_BIRTH, "copies.wanted": False}))
        assert dossier.fee == 50000  # this sandbox's own province schedule
        started = portal.client.start_payment(dossier.code, dossier.lookup_code)
        assert started.status == "unpaid"
        clock.advance(seconds=59)
        assert portal.client.payment(dossier.code, dossier.lookup_code).status == "unpaid"
        clock.advance(seconds=120)
        paid = portal.client.payment(dossier.code, dossier.lookup_code)
        assert paid.status == "paid" and paid.paid_at == START + timedelta(seconds=60)
        after = portal.client.get_dossier(dossier.code, dossier.lookup_code)
        assert after.payment_status == "paid"
        assert [(e.status, e.at) for e in after.history][-1] == ("paid", START + timedelta(seconds=60))
    finally:
        portal.close()


_OLD_DOSSIERS = """
CREATE TABLE dossiers (
    code TEXT PRIMARY KEY, lookup_code TEXT NOT NULL, account_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL, request_digest TEXT NOT NULL, agency_id TEXT NOT NULL,
    receipt_date TEXT NOT NULL, sequence INTEGER NOT NULL, procedure_code TEXT NOT NULL,
    procedure_version TEXT NOT NULL, procedure_name TEXT NOT NULL, applicant_name TEXT NOT NULL,
    agency_name TEXT NOT NULL, status TEXT NOT NULL, received_at TEXT NOT NULL,
    appointment_on TEXT NOT NULL, delivery TEXT NOT NULL, delivery_address TEXT, answers TEXT NOT NULL,
    UNIQUE (account_id, idempotency_key), UNIQUE (agency_id, receipt_date, sequence)
);
INSERT INTO dossiers VALUES ('000.00.01.H26-250301-0001', 'ABCDEF', 'a1', 'k1', 'd1', '000.00.01.H26',
    '2025-03-01', 1, '1.001193', '1', 'Đăng ký khai sinh', 'Nguyễn Văn An', 'UBND', 'received',
    '2025-03-01T09:00:00+07:00', '2025-03-01', 'desk', NULL, '{}');
"""


def test_a_sandbox_file_from_before_fees_still_opens(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as old:
        old.executescript(_OLD_DOSSIERS)
    found = Store(db).dossier("000.00.01.H26-250301-0001")
    assert found is not None
    lookup, dossier = found
    assert lookup == "ABCDEF" and dossier.fee == 0 and dossier.payment_status == "none"
    assert dossier.logbook_entry is None and not dossier.rated
    Store(db)  # opening it again changes nothing
