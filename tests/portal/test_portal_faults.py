"""Fault injection in the sandbox, seen from the kiosk's PortalClient over loopback: latency, 5xx,
dropped connections and lost responses; and the promise that survives them all: one dossier per key."""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import pytest
import requests
from portal_helpers import BIRTH_DOCUMENTS, Citizen, birth_dossier, is_vietnamese, register
from starlette.types import Receive, Scope, Send

from kiosk.domain.documents import Document
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalFailed, PortalUnreachable
from kiosk.portal.models import Dossier, DossierCreate
from kiosk.portal.sandbox.__main__ import add_fault_arguments, faults_from_args
from kiosk.portal.sandbox.faults import Fault, FaultInjector, Faults
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.secrets import Secrets
from kiosk.store.vault import KEY_NAME

PROBLEM = "application/problem+json"


@dataclass
class FaultySandbox:
    handle: SandboxHandle
    db: Path

    @property
    def url(self) -> str:
        return self.handle.url

    def dossier_count(self) -> int:
        with sqlite3.connect(self.db) as db:
            return int(db.execute("SELECT count(*) FROM dossiers").fetchone()[0])

    def codes_for_key(self, key: str) -> list[str]:
        with sqlite3.connect(self.db) as db:
            rows = db.execute("SELECT code FROM dossiers WHERE idempotency_key = ?", (key,)).fetchall()
        return [str(code) for (code,) in rows]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultySandbox]:
    db = tmp_path_factory.mktemp("faults") / "portal.sqlite3"
    handle = start_sandbox(db)
    try:
        yield FaultySandbox(handle, db)
    finally:
        handle.stop()


@pytest.fixture
def client(sandbox: FaultySandbox) -> Iterator[PortalClient]:
    sandbox.handle.faults = Faults()
    with PortalClient(sandbox.url) as c:
        yield c
    sandbox.handle.faults = Faults()


@pytest.fixture
def citizen(client: PortalClient) -> Citizen:
    person = register(client)
    client.login(person.id_number, person.password)
    return person


def test_a_lost_response_then_the_retry_gives_one_dossier_with_one_code(
    sandbox: FaultySandbox, client: PortalClient, citizen: Citizen
) -> None:
    before = sandbox.dossier_count()
    key = str(uuid.uuid4())
    sandbox.handle.faults = Faults(lose_next_responses=1)

    # The first answer is lost after the dossier is committed; the client retries with the same key.
    dossier = client.submit_dossier(birth_dossier(), key, BIRTH_DOCUMENTS)

    assert sandbox.handle.fault_stats.lost_responses == 1
    assert sandbox.handle.fault_stats.requests == 2  # the lost one and the retry
    assert sandbox.codes_for_key(key) == [dossier.code]
    assert sandbox.dossier_count() == before + 1


def test_responses_lost_beyond_the_clients_retries_leave_one_dossier_the_next_attempt_finds(
    sandbox: FaultySandbox, client: PortalClient, citizen: Citizen
) -> None:
    before = sandbox.dossier_count()
    key = str(uuid.uuid4())
    sandbox.handle.faults = Faults(lose_next_responses=3)  # the first try and both of urllib3's retries

    with pytest.raises(PortalUnreachable):
        client.submit_dossier(birth_dossier(), key, BIRTH_DOCUMENTS)
    # "Maybe sent": the kiosk does not know, but the portal has it, exactly once.
    assert sandbox.handle.fault_stats.lost_responses == 3
    stored = sandbox.codes_for_key(key)
    assert len(stored) == 1

    # The outbox's next attempt, with the same key, gets that very dossier.
    again = client.submit_dossier(birth_dossier(), key, BIRTH_DOCUMENTS)
    assert again.code == stored[0]
    assert sandbox.dossier_count() == before + 1


def test_a_dropped_connection_is_a_connection_error_and_nothing_is_stored(
    sandbox: FaultySandbox, client: PortalClient, citizen: Citizen
) -> None:
    before = sandbox.dossier_count()
    sandbox.handle.faults = Faults(drop_rate=1.0)

    with pytest.raises(requests.ConnectionError):  # no status code at all, not a 500
        requests.get(f"{sandbox.url}/api/v1/procedures", timeout=10)
    with pytest.raises(PortalUnreachable):
        client.procedures()
    with pytest.raises(PortalUnreachable):
        client.submit_dossier(birth_dossier(), str(uuid.uuid4()), BIRTH_DOCUMENTS)

    assert sandbox.dossier_count() == before
    assert sandbox.handle.fault_stats.drops >= 5  # urllib3 retried what it may


def test_one_dropped_dossier_post_is_retried_by_the_client_and_stored_once(
    sandbox: FaultySandbox, client: PortalClient, citizen: Citizen
) -> None:
    before = sandbox.dossier_count()
    key = str(uuid.uuid4())
    sandbox.handle.faults = Faults(drop_next=1)

    assert client.procedures()  # one-shot faults aim at POST /api/v1/dossiers only
    dossier = client.submit_dossier(birth_dossier(), key, BIRTH_DOCUMENTS)

    assert sandbox.handle.fault_stats.drops == 1
    assert sandbox.codes_for_key(key) == [dossier.code]
    assert sandbox.dossier_count() == before + 1


def test_an_error_rate_of_one_answers_5xx_problem_json_and_does_nothing(
    sandbox: FaultySandbox, client: PortalClient, citizen: Citizen
) -> None:
    before = sandbox.dossier_count()
    sandbox.handle.faults = Faults(error_rate=1.0)

    response = requests.get(f"{sandbox.url}/api/v1/procedures", timeout=10)
    assert 500 <= response.status_code <= 599
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == response.status_code and is_vietnamese(body["detail"])

    with pytest.raises(PortalFailed):
        client.submit_dossier(birth_dossier(), str(uuid.uuid4()), BIRTH_DOCUMENTS)
    assert sandbox.dossier_count() == before

    # Only the API is faulty: the OpenAPI document still answers.
    assert requests.get(f"{sandbox.url}/openapi.json", timeout=10).status_code == 200


def test_a_chosen_status_is_the_one_answered(sandbox: FaultySandbox, client: PortalClient) -> None:
    sandbox.handle.faults = Faults(error_rate=1.0, error_statuses=(500,))
    response = requests.get(f"{sandbox.url}/api/v1/procedures", timeout=10)
    assert response.status_code == 500
    assert sandbox.handle.fault_stats.by_status == {500: 1}


def test_latency_is_added_to_api_requests(sandbox: FaultySandbox, client: PortalClient) -> None:
    sandbox.handle.faults = Faults(latency_ms=300)
    started = time.monotonic()
    procedures = client.procedures()
    elapsed = time.monotonic() - started

    assert procedures  # slow, but answered
    assert sandbox.handle.fault_stats.delayed == 1
    assert elapsed >= 0.3  # a lower bound only: the sandbox slept at least this long


async def _no_app(scope: Scope, receive: Receive, send: Send) -> None:
    raise AssertionError("decide() alone never calls the app")


def test_the_same_seed_gives_the_same_faults() -> None:
    faults = Faults(latency_ms=10, latency_rate=0.3, error_rate=0.2, drop_rate=0.2, lost_response_rate=0.2)

    def run(seed: int) -> list[tuple[Fault, float]]:
        injector = FaultInjector(_no_app, replace(faults, seed=seed))
        return [(d.fault, d.delay) for d in (injector.decide("POST", "/api/v1/dossiers") for _ in range(60))]

    first = run(7)
    assert first == run(7)
    assert first != run(8)
    assert {fault for fault, _ in first} == set(Fault)  # every kind shows up in 60 requests
    injector = FaultInjector(_no_app, Faults(drop_rate=1.0))
    assert injector.decide("GET", "/openapi.json").fault is Fault.NONE


def test_faults_refuse_impossible_rates() -> None:
    with pytest.raises(ValueError):
        Faults(error_rate=0.6, drop_rate=0.6)
    with pytest.raises(ValueError):
        Faults(lost_response_rate=1.5)
    with pytest.raises(ValueError):
        Faults(error_statuses=(404,))


def _parse(*argv: str) -> Faults:
    parser = argparse.ArgumentParser()
    add_fault_arguments(parser)
    return faults_from_args(parser, parser.parse_args(argv))


def test_command_line_flags_become_faults() -> None:
    assert _parse() == Faults()
    assert _parse(
        "--latency-ms", "250", "--error-rate", "0.05", "--drop-rate", "0.05",
        "--lost-response-rate", "0.1", "--fault-seed", "42",
    ) == Faults(latency_ms=250, error_rate=0.05, drop_rate=0.05, lost_response_rate=0.1, seed=42)  # fmt: skip
    for bad in (["--error-rate", "2"], ["--latency-ms", "-1"], ["--error-rate", "0.7", "--drop-rate", "0.7"]):
        with pytest.raises(SystemExit):
            _parse(*bad)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_sandbox_command_injects_faults(tmp_path: Path) -> None:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "kiosk.portal.sandbox",
        "--port",
        str(port),
        "--db",
        str(tmp_path / "p.db"),
    ]
    process = subprocess.Popen([*command, "--drop-rate", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:  # wait until it serves (the OpenAPI document is never faulted)
            try:
                if requests.get(f"{url}/openapi.json", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.1)
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{url}/api/v1/procedures", timeout=10)
    finally:
        process.terminate()
        process.wait(10)


# -- the soak (scripts/soak.py, `make soak`) ------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)


@functools.cache
def _soak_module() -> ModuleType:
    """scripts/soak.py, imported (it is a script, not part of the kiosk package)."""
    spec = importlib.util.spec_from_file_location("kiosk_soak_script", ROOT / "scripts" / "soak.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def soak_keyring() -> Iterator[None]:
    yield
    Secrets(_soak_module().KEYRING_SERVICE).delete(KEY_NAME)


@needs_secret_service
def test_the_soak_ends_with_its_one_line_read_back_from_the_portal(soak_keyring: None) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "scripts/soak.py",
            "-n",
            "20",
            "--seed",
            "11",
            "--fault-rate",
            "0.4",
            "--latency-ms",
            "20",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.stdout == "soak: 20 submitted, 20 stored, 0 duplicates, 0 lost\n", done.stderr
    assert done.returncode == 0


@needs_secret_service
def test_the_soak_counts_the_duplicates_of_a_sender_that_forgets_its_key(
    tmp_path: Path, soak_keyring: None
) -> None:
    soak = _soak_module()

    class ForgetfulClient(PortalClient):
        def submit_dossier(
            self, dossier: DossierCreate, idempotency_key: str, documents: Sequence[Document] = ()
        ) -> Dossier:
            return super().submit_dossier(dossier, str(uuid.uuid4()), documents)  # a new key every time

    def forgetful(url: str) -> PortalClient:
        client = soak.client_without_retries(url)
        client.__class__ = ForgetfulClient
        return client

    result = soak.soak(
        30, fault_rate=0.8, seed=3, max_seconds=120, folder=tmp_path, client_factory=forgetful, latency_ms=20
    )
    assert result.lost == 0 and result.stored == 30
    assert result.duplicates > 0  # every lost response became a second dossier
    assert "0 duplicates" not in result.line()
