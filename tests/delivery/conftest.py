"""Fixtures for the delivery tests: a private sandbox whose SQLite file the tests read, a vault on the
real keyring, an outbox per test, and a logged-in citizen's token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from delivery_helpers import Portal, citizen_token

from kiosk.portal.sandbox.faults import Faults
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.secrets import Secrets
from kiosk.store.outbox import Outbox
from kiosk.store.vault import Vault


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Portal]:
    """A sandbox of this module's own, with fault injection; its dossiers are counted from its file."""
    db = tmp_path_factory.mktemp("delivery-portal") / "portal.sqlite3"
    handle = start_sandbox(db, faults=Faults())
    try:
        yield Portal(handle, db)
    finally:
        handle.stop()


@pytest.fixture(autouse=True)
def _no_faults_left(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "portal" in request.fixturenames:
        request.getfixturevalue("portal").handle.faults = Faults()


@pytest.fixture(scope="module")
def token(portal: Portal) -> str:
    """A verified citizen's bearer token, as the kiosk keeps it in a parcel."""
    return citizen_token(portal.url)


@pytest.fixture
def vault() -> Vault:
    """The vault on the test session's real keyring (gnome-keyring under scripts/test.sh)."""
    return Vault.open(Secrets())


@pytest.fixture
def outbox_path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


@pytest.fixture
def outbox(outbox_path: Path, vault: Vault) -> Iterator[Outbox]:
    with Outbox(outbox_path, vault) as box:
        yield box
