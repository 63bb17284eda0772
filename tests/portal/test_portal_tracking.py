"""What happens after submission: the status history (set by hand or at the office's pace) and
slowing down whoever keeps guessing lookup codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from portal_helpers import (
    BIRTH_DOCUMENTS,
    VIETNAM,
    Clock,
    ClockedSandbox,
    assert_problem,
    birth_dossier,
    register,
)

from kiosk.portal import statuses
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.__main__ import main as sandbox_main
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.portal.sandbox.throttle import LookupLimits

START = datetime(2026, 10, 6, 8, 0, tzinfo=VIETNAM)  # a Tuesday morning


def _submit(url: str, key: str = "track-1") -> Dossier:
    with PortalClient(url) as c:
        person = register(c)
        c.login(person.id_number, person.password)
        return c.submit_dossier(birth_dossier(), idempotency_key=key, documents=BIRTH_DOCUMENTS)


def _wrong(lookup: str) -> str:
    return "".join("A" if ch != "A" else "B" for ch in lookup)


def _event(url: str, code: str, **body: str) -> requests.Response:
    return requests.post(f"{url}/sandbox/dossiers/{code}/events", json=body, timeout=10)


# -- status history -------------------------------------------------------------------------------
def test_the_office_moves_a_dossier_on_and_the_history_says_so(clocked_sandbox: ClockedSandbox) -> None:
    clocked_sandbox.clock.now = START
    dossier = _submit(clocked_sandbox.url)
    clocked_sandbox.clock.advance(hours=2)
    moved = _event(clocked_sandbox.url, dossier.code, status="in_review")
    assert moved.status_code == 200 and moved.json()["status"] == "in_review"
    clocked_sandbox.clock.advance(hours=1)
    assert _event(clocked_sandbox.url, dossier.code, status="needs_supplement", note="Cần  bản sao CCCD").ok

    with PortalClient(clocked_sandbox.url) as c:
        after = c.get_dossier(dossier.code, dossier.lookup_code)
    assert after.status == "needs_supplement"
    assert [(e.status, e.note, e.at) for e in after.history] == [
        ("received", "Đã tiếp nhận hồ sơ", START),
        ("in_review", "Đang xem xét, giải quyết", START + timedelta(hours=2)),
        ("needs_supplement", "Cần bản sao CCCD", START + timedelta(hours=3)),
    ]


def test_the_events_route_refuses_what_is_not_a_status(clocked_sandbox: ClockedSandbox) -> None:
    dossier = _submit(clocked_sandbox.url, "track-2")
    for status in ("paid", "done", ""):  # "paid" comes from the bank, not from the office
        body = assert_problem(_event(clocked_sandbox.url, dossier.code, status=status), 422)
        assert "in_review" in body["detail"]
    assert_problem(_event(clocked_sandbox.url, "000.00.01.H26-990101-9999", status="in_review"), 404)
    with PortalClient(clocked_sandbox.url) as c:
        assert c.get_dossier(dossier.code, dossier.lookup_code).status == "received"


def test_at_the_office_pace_a_dossier_goes_from_received_to_returned(tmp_path: Path) -> None:
    clock = Clock(START)
    handle = start_sandbox(tmp_path / "portal.sqlite3", clock=clock, office_pace=timedelta(hours=1))
    try:
        dossier = _submit(handle.url)
        with PortalClient(handle.url) as c:
            clock.advance(minutes=59)
            assert c.get_dossier(dossier.code, dossier.lookup_code).status == "received"
            clock.advance(hours=1, minutes=31)  # 2 h 30 after receipt
            middle = c.get_dossier(dossier.code, dossier.lookup_code)
            assert middle.status == "result_ready"
            assert [(e.status, e.at) for e in middle.history] == [
                ("received", START),
                ("in_review", START + timedelta(hours=1)),
                ("result_ready", START + timedelta(hours=2)),
            ]
            clock.advance(days=3)
            done = c.get_dossier(dossier.code, dossier.lookup_code)
            assert c.get_dossier(dossier.code, dossier.lookup_code) == done  # nothing more happens
    finally:
        handle.stop()
    assert [e.status for e in done.history] == list(statuses.PROGRESS)
    assert done.status == statuses.RETURNED and done.history[-1].at == START + timedelta(hours=3)
    assert [e.note for e in done.history] == [statuses.NOTES[s] for s in statuses.PROGRESS]


def test_demo_flags_are_checked(tmp_path: Path) -> None:
    for flags in (["--office-pace", "0"], ["--auto-pay-seconds", "-1"], ["--lookup-allowance", "0"]):
        with pytest.raises(SystemExit) as info:
            sandbox_main(["--db", str(tmp_path / "portal.sqlite3"), *flags])
        assert info.value.code == 2


# -- slowing down guessed lookups -----------------------------------------------------------------
@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[ClockedSandbox]:
    """A sandbox that lets a client address fail 3 lookups in 10 minutes, then makes it wait."""
    clock = Clock(START)
    db = tmp_path / "portal.sqlite3"
    handle = start_sandbox(db, clock=clock, lookup_limits=LookupLimits(allowance=3))
    try:
        yield ClockedSandbox(handle, clock, db)
    finally:
        handle.stop()


def test_repeated_wrong_lookups_are_slowed_down(guarded: ClockedSandbox) -> None:
    dossier = _submit(guarded.url)
    with PortalClient(guarded.url) as c:
        for _ in range(3):
            with pytest.raises(PortalRejected) as info:
                c.get_dossier(dossier.code, _wrong(dossier.lookup_code))
            assert info.value.status == 404
        # Past the allowance even the right codes wait: a guess that hits must not show.
        with pytest.raises(PortalRejected) as info:
            c.get_dossier(dossier.code, dossier.lookup_code)
        assert info.value.status == 429 and info.value.retry_after == 30
        assert "30 giây" in info.value.message and "quầy" in info.value.message
        with pytest.raises(PortalRejected) as info:
            c.payment(dossier.code, dossier.lookup_code)  # every lookup route
        assert info.value.status == 429

        guarded.clock.advance(seconds=29)
        with pytest.raises(PortalRejected) as info:
            c.get_dossier(dossier.code, dossier.lookup_code)
        assert info.value.retry_after == 1

        guarded.clock.advance(seconds=1)
        assert c.get_dossier(dossier.code, dossier.lookup_code).code == dossier.code
        # A right lookup does not wipe the slate: the next wrong one waits twice as long.
        with pytest.raises(PortalRejected) as info:
            c.get_dossier(dossier.code, _wrong(dossier.lookup_code))
        assert info.value.status == 404
        with pytest.raises(PortalRejected) as info:
            c.get_dossier(dossier.code, dossier.lookup_code)
        assert info.value.status == 429 and info.value.retry_after == 60

        guarded.clock.advance(seconds=60)
        with pytest.raises(PortalRejected):
            c.get_dossier("000.00.01.H26-990101-9999", dossier.lookup_code)  # any failure counts
        with pytest.raises(PortalRejected) as info:
            c.get_dossier(dossier.code, dossier.lookup_code)
        assert info.value.retry_after == 120

        # Once the failures have left the ten-minute window, the address starts afresh.
        guarded.clock.advance(minutes=11)
        assert c.get_dossier(dossier.code, dossier.lookup_code).code == dossier.code
        for _ in range(2):
            with pytest.raises(PortalRejected) as info:
                c.get_dossier(dossier.code, _wrong(dossier.lookup_code))
            assert info.value.status == 404
        assert c.get_dossier(dossier.code, dossier.lookup_code).code == dossier.code


def test_a_slow_down_is_a_problem_with_retry_after(guarded: ClockedSandbox) -> None:
    url = f"{guarded.url}/api/v1/dossiers/000.00.01.H26-990101-9999"
    for _ in range(3):
        assert_problem(requests.get(url, headers={"X-Lookup-Code": "ABCDEF"}, timeout=10), 404)
    response = requests.get(url, headers={"X-Lookup-Code": "ABCDEF"}, timeout=10)
    body = assert_problem(response, 429)
    assert response.headers["retry-after"] == "30" and "đợi 30 giây" in body["detail"]
    guarded.clock.advance(minutes=2)
    response = requests.get(url, headers={"X-Lookup-Code": "ABCDEF"}, timeout=10)
    assert response.status_code == 404  # waited: answered again (and now waiting 60 s)
    assert requests.get(url, timeout=10).headers["retry-after"] == "60"


def test_the_openapi_document_lists_the_new_routes(guarded: ClockedSandbox) -> None:
    spec = requests.get(f"{guarded.url}/openapi.json", timeout=10).json()
    paths = spec["paths"]
    assert set(paths["/api/v1/dossiers/{code}/payment"]) == {"get", "post"}
    assert "post" in paths["/api/v1/dossiers/{code}/rating"]
    assert "429" in paths["/api/v1/dossiers/{code}"]["get"]["responses"]
    assert {"/sandbox/bank/transfers", "/sandbox/dossiers/{code}/events"} <= set(paths)
    assert {"Payment", "Rating", "RatingCreate"} <= set(spec["components"]["schemas"])
