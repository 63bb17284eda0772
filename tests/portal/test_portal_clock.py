"""Dossier codes and appointment dates with the sandbox's clock set: weekends, holidays, 15:00, expiry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from portal_helpers import BIRTH_DOCUMENTS, VIETNAM, ClockedSandbox, birth_dossier, register

from kiosk.portal.client import PortalClient
from kiosk.portal.errors import LoginExpired


@pytest.fixture
def login_at(clocked_sandbox: ClockedSandbox) -> Iterator[Callable[[datetime], PortalClient]]:
    """Sets the sandbox clock (Vietnam time), then logs a new citizen in: tokens live 30 minutes."""
    clients: list[PortalClient] = []

    def login(when: datetime) -> PortalClient:
        clocked_sandbox.clock.now = when if when.tzinfo else when.replace(tzinfo=VIETNAM)
        c = PortalClient(clocked_sandbox.url)
        clients.append(c)
        person = register(c)
        c.login(person.id_number, person.password)
        return c

    yield login
    for c in clients:
        c.close()


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (datetime(2026, 10, 6, 9, 30), date(2026, 10, 6)),  # Tuesday morning: the same day
        (datetime(2026, 10, 6, 15, 0), date(2026, 10, 7)),  # 15:00 is too late: next working day
        (datetime(2026, 9, 25, 16, 0), date(2026, 9, 28)),  # Friday afternoon: Monday
        (datetime(2026, 10, 3, 10, 0), date(2026, 10, 5)),  # Saturday: Monday
        (datetime(2026, 4, 29, 16, 0), date(2026, 5, 4)),  # before 30/4 and 1/5: Monday 4 May
        (datetime(2026, 2, 13, 16, 0), date(2026, 2, 23)),  # Friday before Tết (16-20/2): after it
    ],
)
def test_appointment_skips_weekends_and_holidays(
    login_at: Callable[[datetime], PortalClient], received: datetime, expected: date
) -> None:
    logged_in = login_at(received)
    key = f"clock-{received.isoformat()}"
    dossier = logged_in.submit_dossier(
        birth_dossier(**{"child.birth_date": "2025-12-01"}), idempotency_key=key, documents=BIRTH_DOCUMENTS
    )
    assert dossier.appointment_on == expected
    assert dossier.received_at == received.replace(tzinfo=VIETNAM)
    assert dossier.code.split("-")[1] == received.strftime("%y%m%d")


def test_daily_sequence_starts_at_one_each_day(
    clocked_sandbox: ClockedSandbox, login_at: Callable[[datetime], PortalClient]
) -> None:
    logged_in = login_at(datetime(2027, 3, 2, 8, 0))
    first = logged_in.submit_dossier(birth_dossier(), idempotency_key="day-1", documents=BIRTH_DOCUMENTS)
    second = logged_in.submit_dossier(birth_dossier(), idempotency_key="day-2", documents=BIRTH_DOCUMENTS)
    next_day = login_at(datetime(2027, 3, 3, 8, 0)).submit_dossier(
        birth_dossier(), idempotency_key="day-3", documents=BIRTH_DOCUMENTS
    )
    assert first.code == "000.00.01.H26-270302-0001"
    assert second.code == "000.00.01.H26-270302-0002"
    assert next_day.code == "000.00.01.H26-270303-0001"


def test_receipt_date_is_vietnam_time(login_at: Callable[[datetime], PortalClient]) -> None:
    logged_in = login_at(datetime(2027, 3, 9, 20, 30, tzinfo=UTC))  # 03:30 on the 10th in Hà Nội
    dossier = logged_in.submit_dossier(birth_dossier(), idempotency_key="utc-1", documents=BIRTH_DOCUMENTS)
    assert dossier.code.split("-")[1] == "270310"
    offset = dossier.received_at.utcoffset()
    assert offset is not None and offset.total_seconds() == 7 * 3600


def test_token_expires_after_thirty_minutes(
    clocked_sandbox: ClockedSandbox, login_at: Callable[[datetime], PortalClient]
) -> None:
    c = login_at(datetime(2027, 4, 6, 9, 0))
    clocked_sandbox.clock.advance(minutes=29)
    c.submit_dossier(birth_dossier(), idempotency_key="fresh-1", documents=BIRTH_DOCUMENTS)
    clocked_sandbox.clock.advance(minutes=2)
    with pytest.raises(LoginExpired) as info:
        c.submit_dossier(birth_dossier(), idempotency_key="stale-1", documents=BIRTH_DOCUMENTS)
    assert "hết hạn" in info.value.message and "đăng nhập lại" in info.value.message
    assert not c.logged_in
