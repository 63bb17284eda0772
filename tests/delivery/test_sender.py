"""The sender delivers waiting dossiers: it waits out an outage with growing, jittered pauses, stops at
a refusal of the content, and sends again at once when the operator asks."""

from __future__ import annotations

import queue
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from delivery_helpers import Portal, birth_parcel, citizen_token

from kiosk.delivery.sender import (
    BACKOFF_CAP,
    MSG_LOGIN_EXPIRED,
    MSG_PORTAL_FAILED,
    MSG_UNREACHABLE,
    DeliveryReport,
    Sender,
    backoff,
    deliver_once,
)
from kiosk.portal.sandbox.faults import Faults
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.store.outbox import Outbox, OutboxState

WAIT = 30.0  # seconds a test waits for the sender's thread before giving up (never reached when it works)


def test_pauses_double_from_five_seconds_up_to_fifteen_minutes_with_full_jitter() -> None:
    def at_most(attempts: int) -> timedelta:
        return backoff(attempts, rng=lambda: 1.0)

    assert [at_most(n).total_seconds() for n in (1, 2, 3, 4)] == [5, 10, 20, 40]
    assert at_most(9) == at_most(500) == BACKOFF_CAP == timedelta(minutes=15)
    assert backoff(3, rng=lambda: 0.25) == timedelta(seconds=5)
    rng = random.Random(7)
    draws = [backoff(4, rng=rng.random) for _ in range(200)]
    assert all(timedelta(0) <= d <= timedelta(seconds=40) for d in draws)
    assert len(set(draws)) > 150  # jittered: kiosks that went offline together do not retry together


def test_the_reasons_are_plain_vietnamese() -> None:
    assert MSG_UNREACHABLE == "Chưa kết nối được với cổng dịch vụ công. Hồ sơ sẽ được tự động gửi lại."
    assert MSG_LOGIN_EXPIRED == "Phiên đăng nhập của người dân đã hết hạn; cần đăng nhập lại để gửi."


def test_offline_the_dossier_waits_with_a_plain_reason_then_goes_when_the_portal_is_back(
    tmp_path: Path, outbox: Outbox
) -> None:
    db = tmp_path / "portal.sqlite3"
    first_run = start_sandbox(db)
    url, port = first_run.url, first_run.port
    token = citizen_token(url)
    first_run.stop()  # the portal goes down; its port is closed
    t0 = datetime.now(UTC)
    entry = outbox.add(birth_parcel(token), procedure_code="1.001193", now=t0)

    moment, pauses = t0, []
    for attempt in (1, 2, 3):
        report = deliver_once(outbox, url, now=moment, rng=lambda: 0.5)
        assert (report.retry, report.delivered) == (1, 0)
        waiting = outbox.entry(entry.local_ref)
        assert waiting is not None and waiting.state is OutboxState.WAITING
        assert waiting.attempts == attempt
        assert waiting.last_error == MSG_UNREACHABLE
        assert waiting.next_attempt_at is not None and waiting.next_attempt_at > moment
        assert outbox.due(moment) == []  # not hammered before its time
        pauses.append(waiting.next_attempt_at - moment)
        moment = waiting.next_attempt_at
    assert pauses == [timedelta(seconds=2.5), timedelta(seconds=5), timedelta(seconds=10)]

    back = start_sandbox(db, port=port)  # the portal is back, at the same address
    try:
        report = deliver_once(outbox, url, now=moment)
    finally:
        back.stop()

    assert report.delivered == 1
    done = outbox.entry(entry.local_ref)
    assert done is not None and done.state is OutboxState.DELIVERED and done.attempts == 4
    assert [(done.dossier_code, done.lookup_code)] == Portal(back, db).dossiers(entry.idempotency_key)
    assert done.appointment_on is not None and done.last_error == ""


def test_a_failing_portal_is_retried_and_the_dossier_goes_through(
    outbox: Outbox, portal: Portal, token: str
) -> None:
    entry = outbox.add(birth_parcel(token), procedure_code="1.001193")
    # 503 to the request and to both of the client's own quick retries.
    portal.handle.faults = Faults(fail_next=3, error_statuses=(503,))

    failed = deliver_once(outbox, portal.url)

    assert portal.handle.fault_stats.errors == 3

    waiting = outbox.entry(entry.local_ref)
    assert failed.retry == 1 and waiting is not None and waiting.state is OutboxState.WAITING
    assert waiting.last_error == MSG_PORTAL_FAILED
    assert waiting.next_attempt_at is not None
    assert portal.dossiers(entry.idempotency_key) == []

    deliver_once(outbox, portal.url, now=waiting.next_attempt_at)

    done = outbox.entry(entry.local_ref)
    assert done is not None and done.state is OutboxState.DELIVERED
    assert len(portal.dossiers(entry.idempotency_key)) == 1


def test_a_dossier_the_portal_refuses_is_not_retried_and_says_why(
    outbox: Outbox, portal: Portal, token: str
) -> None:
    refused = outbox.add(birth_parcel(token, **{"child.birth_date": "2999-01-05"}), procedure_code="1.001193")
    now = datetime.now(UTC)

    report = deliver_once(outbox, portal.url, now=now)

    assert (report.rejected, report.retry, report.delivered) == (1, 0, 0)
    entry = outbox.entry(refused.local_ref)
    assert entry is not None and entry.state is OutboxState.REJECTED and entry.next_attempt_at is None
    # The portal's own words, and which answer to fix, but never the answer itself.
    assert entry.last_error.startswith("Tờ khai còn thông tin chưa đúng hoặc còn thiếu.")
    assert "“Cháu bé sinh ngày nào?”: Ngày này chưa tới." in entry.last_error
    assert "2999" not in entry.last_error
    assert portal.dossiers(refused.idempotency_key) == []

    later = deliver_once(outbox, portal.url, now=now + timedelta(days=30))
    assert later.attempted == 0
    again = outbox.entry(refused.local_ref)
    assert again is not None and (again.state, again.attempts) == (OutboxState.REJECTED, 1)

    outbox.resend_now(refused.local_ref)  # the operator fixed what could be fixed and sends it again
    assert [e.local_ref for e in outbox.due(datetime.now(UTC))] == [refused.local_ref]


def test_an_expired_login_waits_an_hour_with_a_plain_reason(outbox: Outbox, portal: Portal) -> None:
    entry = outbox.add(birth_parcel("phien-da-het-han"), procedure_code="1.001193")
    now = datetime.now(UTC)

    report = deliver_once(outbox, portal.url, now=now)

    waiting = outbox.entry(entry.local_ref)
    assert report.retry == 1 and waiting is not None and waiting.state is OutboxState.WAITING
    assert waiting.last_error == MSG_LOGIN_EXPIRED
    assert waiting.next_attempt_at == now + timedelta(hours=1)


def test_resend_now_makes_every_waiting_dossier_due(outbox: Outbox) -> None:
    now = datetime.now(UTC)
    entry = outbox.add(birth_parcel("token"), procedure_code="1.001193", now=now)
    outbox.begin_attempt(entry.local_ref, now)
    outbox.retry_later(entry.local_ref, error=MSG_UNREACHABLE, next_attempt_at=now + timedelta(minutes=15))
    assert outbox.due(now + timedelta(seconds=1)) == []

    outbox.resend_now()

    assert [e.local_ref for e in outbox.due(datetime.now(UTC))] == [entry.local_ref]


def test_the_sender_thread_delivers_after_a_restart_and_when_the_operator_asks(
    outbox: Outbox, portal: Portal, token: str
) -> None:
    now = datetime.now(UTC)
    maybe_sent = outbox.add(birth_parcel(token), procedure_code="1.001193", now=now)
    outbox.begin_attempt(maybe_sent.local_ref, now)  # the last kiosk process died mid-request
    later = outbox.add(birth_parcel(token), procedure_code="1.001193", now=now)
    outbox.begin_attempt(later.local_ref, now)
    outbox.retry_later(later.local_ref, error=MSG_UNREACHABLE, next_attempt_at=now + timedelta(hours=2))
    changes: queue.Queue[DeliveryReport] = queue.Queue()
    sender = Sender(outbox, portal.url, on_change=changes.put)

    sender.start()
    try:
        first = changes.get(timeout=WAIT)
        assert (first.delivered, first.changed) == (1, [maybe_sent.local_ref])
        resumed = outbox.entry(maybe_sent.local_ref)
        assert resumed is not None and resumed.state is OutboxState.DELIVERED
        waiting = outbox.entry(later.local_ref)
        assert waiting is not None and waiting.state is OutboxState.WAITING  # its time has not come

        sender.wake(later.local_ref)  # "Gửi lại ngay"

        second = changes.get(timeout=WAIT)
        assert (second.delivered, second.changed) == (1, [later.local_ref])
    finally:
        sender.stop()
    assert not sender.running
    assert outbox.counts()[OutboxState.DELIVERED] == 2
    assert (
        len(portal.dossiers(maybe_sent.idempotency_key)) == len(portal.dossiers(later.idempotency_key)) == 1
    )
