"""PortalClient's transport: unreachable portals, what is retried and what is not, error mapping.

The faulty portal here is a real HTTP server on loopback that counts requests; requests is not mocked.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from portal_helpers import birth_dossier, is_vietnamese

from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalError, PortalFailed, PortalRejected, PortalUnreachable
from kiosk.portal.models import AccountCreate


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FaultyPortal(ThreadingHTTPServer):
    """Answers every request with `status` and `body`, counting hits per (method, path)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.status = 503
        self.body: bytes = b""
        self.content_type = "text/plain"
        self.hits: dict[tuple[str, str], int] = {}
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FaultyPortal

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        with self.server.lock:
            key = (self.command, self.path.split("?")[0])
            self.server.hits[key] = self.server.hits.get(key, 0) + 1
        self.send_response(self.server.status)
        self.send_header("Content-Type", self.server.content_type)
        self.send_header("Content-Length", str(len(self.server.body)))
        self.end_headers()
        self.wfile.write(self.server.body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def faulty() -> Iterator[FaultyPortal]:
    server = FaultyPortal()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _account() -> AccountCreate:
    return AccountCreate(
        id_number="001090000123",
        full_name="Lê Văn Cường",
        birth_date="1990-01-01",  # type: ignore[arg-type]
        phone="0912345678",
        password="mat-khau-1",
    )


def test_closed_port_is_unreachable_with_a_plain_message() -> None:
    with PortalClient(f"http://127.0.0.1:{_closed_port()}", connect_timeout=0.5) as client:
        for call in (client.procedures, lambda: client.create_account(_account())):
            with pytest.raises(PortalUnreachable) as info:
                call()
            assert info.value.message == "Không kết nối được với cổng dịch vụ công. Vui lòng thử lại."
            assert info.value.__cause__ is None and info.value.__suppress_context__
            assert "127.0.0.1" not in str(info.value) and info.value.reason


def test_lookup_code_never_appears_in_errors() -> None:
    client = PortalClient(f"http://127.0.0.1:{_closed_port()}", connect_timeout=0.5)
    with client, pytest.raises(PortalUnreachable) as info:
        client.get_dossier("000.00.01.H26-260101-0001", "SECRET")
    assert "SECRET" not in repr(info.value) and "SECRET" not in str(info.value.args)


def test_get_is_retried_on_503_then_fails(faulty: FaultyPortal) -> None:
    with PortalClient(faulty.url) as client, pytest.raises(PortalFailed) as info:
        client.procedures()
    assert info.value.status == 503 and is_vietnamese(info.value.message)
    assert faulty.hits[("GET", "/api/v1/procedures")] == 3  # the first try and two retries


def test_plain_post_is_not_retried(faulty: FaultyPortal) -> None:
    with PortalClient(faulty.url) as client:
        with pytest.raises(PortalFailed):
            client.create_account(_account())
        with pytest.raises(PortalFailed):
            client.login("001090000123", "mat-khau-1")
    assert faulty.hits[("POST", "/api/v1/accounts")] == 1
    assert faulty.hits[("POST", "/api/v1/auth/token")] == 1


def test_dossier_post_is_retried_thanks_to_its_key(faulty: FaultyPortal) -> None:
    with PortalClient(faulty.url) as client:
        client.use_token("t")
        with pytest.raises(PortalFailed):
            client.submit_dossier(birth_dossier(), idempotency_key="k-1")
    assert faulty.hits[("POST", "/api/v1/dossiers")] == 3


def test_500_is_not_retried(faulty: FaultyPortal) -> None:
    faulty.status = 500
    with PortalClient(faulty.url) as client, pytest.raises(PortalFailed):
        client.procedures()
    assert faulty.hits[("GET", "/api/v1/procedures")] == 1


def test_4xx_without_problem_body_still_has_a_vietnamese_message(faulty: FaultyPortal) -> None:
    faulty.status = 404
    faulty.body = b"<html>not found</html>"
    faulty.content_type = "text/html"
    with PortalClient(faulty.url) as client, pytest.raises(PortalRejected) as info:
        client.procedures()
    assert info.value.status == 404 and is_vietnamese(info.value.message) and info.value.field_errors == {}


def test_garbage_success_body_is_portal_failed(faulty: FaultyPortal) -> None:
    faulty.status = 200
    faulty.content_type = "application/json"
    faulty.body = json.dumps({"code": "x", "applicant_name": "Nguyễn Văn A"}).encode()
    with PortalClient(faulty.url) as client, pytest.raises(PortalFailed) as info:
        client.get_dossier("x", "y")
    assert "Nguyễn" not in str(info.value) and info.value.__cause__ is None
    faulty.body = b"not json"
    with PortalClient(faulty.url) as client, pytest.raises(PortalFailed):
        client.procedures()


def test_errors_share_one_base_with_a_message() -> None:
    for error in (PortalUnreachable(), PortalRejected(), PortalFailed()):
        assert isinstance(error, PortalError) and is_vietnamese(error.message) and str(error) == error.message


def test_client_repr_hides_the_token(sandbox_url: str) -> None:
    with PortalClient(sandbox_url) as client:
        client.use_token("very-secret-token")
        assert "very-secret-token" not in repr(client) and client.logged_in
        client.close()
        assert not client.logged_in
