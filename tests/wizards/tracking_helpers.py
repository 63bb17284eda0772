"""For the tracking and rating tests: a sandbox portal whose clock the test moves, playing the office
that works on dossiers (its sandbox-only events route), and dossiers submitted straight to it."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
import requests

from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.faults import Faults
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.portal.sandbox.throttle import LookupLimits

_PORTAL_TESTS = Path(__file__).resolve().parent.parent / "portal"
if str(_PORTAL_TESTS) not in sys.path:
    sys.path.append(str(_PORTAL_TESTS))

from portal_helpers import BIRTH_DOCUMENTS, VIETNAM, Clock, birth_dossier, register  # noqa: E402

MONDAY_MORNING = datetime(2026, 10, 5, 9, 0, tzinfo=VIETNAM)
_keys = itertools.count(1)


@dataclass
class Office:
    """The sandbox portal, with a clock the test sets and the office's hand on its dossiers."""

    handle: SandboxHandle
    clock: Clock

    @property
    def url(self) -> str:
        return self.handle.url

    def submit(self) -> Dossier:
        """A birth registration (with two extract copies: a fee) filed now by a new citizen."""
        with PortalClient(self.url) as client:
            person = register(client)
            client.login(person.id_number, person.password)
            return client.submit_dossier(birth_dossier(), f"tracking-{next(_keys)}", BIRTH_DOCUMENTS)

    def move(self, code: str, status: str, note: str = "") -> None:
        """The office moves the dossier on (sandbox only: a real portal's staff do this)."""
        response = requests.post(
            f"{self.url}/sandbox/dossiers/{code}/events", json={"status": status, "note": note}, timeout=5
        )
        assert response.status_code == 200, response.text

    def dossier(self, code: str, lookup: str) -> Dossier:
        with PortalClient(self.url) as client:
            return client.get_dossier(code, lookup)


def running_office(
    tmp_path_factory: pytest.TempPathFactory, *, limits: LookupLimits | None = None
) -> Iterator[Office]:
    """A private sandbox for one test module: its own clock, faults that can be switched on, and
    (unless `limits` says otherwise) no throttle of its own, so the kiosk's own pace is what is seen."""
    db = tmp_path_factory.mktemp("tracking-portal") / "portal.sqlite3"
    clock = Clock(MONDAY_MORNING)
    handle = start_sandbox(
        db, clock=clock, faults=Faults(), lookup_limits=limits or LookupLimits(allowance=1_000_000)
    )
    try:
        yield Office(handle, clock)
    finally:
        handle.stop()


class PaceClock:
    """The kiosk's monotonic clock, moved by the test (no sleeping)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
