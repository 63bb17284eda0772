"""Fixtures for the portal tests (helpers live in portal_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from portal_helpers import VIETNAM, Citizen, Clock, ClockedSandbox, register

from kiosk.portal.client import PortalClient
from kiosk.portal.sandbox.runner import start_sandbox


@pytest.fixture
def client(sandbox_url: str) -> Iterator[PortalClient]:
    with PortalClient(sandbox_url) as c:
        yield c


@pytest.fixture
def citizen(client: PortalClient) -> Citizen:
    """A verified citizen, logged in on `client`."""
    person = register(client)
    client.login(person.id_number, person.password)
    return person


@pytest.fixture(scope="module")
def clocked_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClockedSandbox]:
    """A private sandbox whose clock the test sets; its SQLite file is open for inspection."""
    db = tmp_path_factory.mktemp("clocked") / "portal.sqlite3"
    clock = Clock(datetime(2026, 10, 5, 9, 0, tzinfo=VIETNAM))
    handle = start_sandbox(db, clock=clock)
    try:
        yield ClockedSandbox(handle, clock, db)
    finally:
        handle.stop()
