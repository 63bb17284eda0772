"""A dossier that waited out a long outage is still delivered: the outbox keeps the portal's submission
grant (a week), not only the login token (30 minutes); the grant can only submit, and it expires."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from delivery_helpers import birth_parcel
from portal_helpers import birth_dossier, register

from kiosk.delivery.sender import deliver_once
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import LoginExpired
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.store.outbox import Outbox, OutboxState
from kiosk.store.vault import Vault

START = datetime(2026, 11, 23, 9, 0, tzinfo=VIETNAM_TZ)  # a Monday morning


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[tuple[SandboxHandle, Clock]]:
    clock = Clock()
    handle = start_sandbox(tmp_path / "portal.sqlite3", clock=clock)
    yield handle, clock
    handle.stop()


def test_a_dossier_committed_with_the_grant_is_delivered_after_the_login_expired(
    clocked: tuple[SandboxHandle, Clock], vault: Vault, tmp_path: Path
) -> None:
    handle, clock = clocked
    with PortalClient(handle.url) as client:
        person = register(client)
        token = client.login(person.id_number, person.password)
        grant, login = client.submission_token, client.bearer_token
    assert grant and login and grant != login and token.submission_grant_expires_in == 7 * 24 * 3600
    outbox = Outbox(tmp_path / "outbox.sqlite3", vault)
    with_grant = outbox.add(birth_parcel(grant), procedure_code="1.001193").local_ref
    with_login = outbox.add(birth_parcel(login), procedure_code="1.001193").local_ref

    clock.now = START + timedelta(hours=5)  # the network came back five hours later
    deliver_once(outbox, handle.url)

    assert outbox.entry(with_grant).state is OutboxState.DELIVERED  # type: ignore[union-attr]
    expired = outbox.entry(with_login)
    assert expired is not None and expired.state is OutboxState.WAITING and "hết hạn" in expired.last_error
    outbox.close()


def test_a_grant_does_not_last_for_ever(clocked: tuple[SandboxHandle, Clock]) -> None:
    handle, clock = clocked
    with PortalClient(handle.url) as client:
        person = register(client)
        client.login(person.id_number, person.password)
        grant = client.submission_token
    clock.now = START + timedelta(days=8)  # a week and a day later: the citizen must log in again
    with PortalClient(handle.url) as client:
        client.use_token(grant)
        with pytest.raises(LoginExpired):
            client.submit_dossier(birth_dossier(), "grant-too-old")
