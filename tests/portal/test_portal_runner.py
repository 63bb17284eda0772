"""Running the sandbox: in a thread (GUI, tests), in the foreground (`python -m`), and its last-resort 500."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from fastapi import FastAPI
from portal_helpers import is_vietnamese

from kiosk.portal.sandbox.problems import install_problem_handlers
from kiosk.portal.sandbox.runner import serve_app, start_sandbox

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_start_and_stop_in_a_thread(tmp_path: Path) -> None:
    handle = start_sandbox(tmp_path / "portal.sqlite3")
    assert handle.url == f"http://127.0.0.1:{handle.port}" and handle.port > 0 and handle.running
    assert requests.get(f"{handle.url}/api/v1/procedures", timeout=5).status_code == 200
    assert (tmp_path / "portal.sqlite3").exists()
    handle.stop()
    assert not handle.running
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{handle.url}/api/v1/procedures", timeout=2)
    handle.stop()  # twice is harmless


def test_a_taken_port_is_an_os_error(tmp_path: Path) -> None:
    first = start_sandbox(tmp_path / "a.sqlite3")
    try:
        with pytest.raises(OSError):
            start_sandbox(tmp_path / "b.sqlite3", port=first.port)
    finally:
        first.stop()


def test_restart_on_the_same_file_keeps_the_data(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    body = {
        "id_number": "001090777777",
        "full_name": "Phạm Thị Dung",
        "birth_date": "1985-03-04",
        "phone": "0987654321",
        "password": "mat-khau-1",
    }
    handle = start_sandbox(db)
    created = requests.post(f"{handle.url}/api/v1/accounts", json=body, timeout=5).json()
    handle.stop()
    handle = start_sandbox(db)
    try:
        url = f"{handle.url}/api/v1/accounts/{created['account_id']}/verify"
        assert requests.post(url, json={"otp": created["demo_otp"]}, timeout=5).status_code == 200
    finally:
        handle.stop()


def test_an_unexpected_error_is_a_500_problem_without_its_text(caplog: pytest.LogCaptureFixture) -> None:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("Nguyễn Văn A 001090000123")

    handle = serve_app(app)
    try:
        with caplog.at_level(logging.DEBUG):
            response = requests.get(f"{handle.url}/boom", timeout=5)
    finally:
        handle.stop()
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert is_vietnamese(response.json()["detail"]) and "001090000123" not in response.text
    assert "RuntimeError" in caplog.text and "001090000123" not in caplog.text


def test_python_dash_m_serves_the_openapi_document(tmp_path: Path) -> None:
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
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = requests.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
                break
            except requests.ConnectionError:
                assert process.poll() is None, "the sandbox exited"
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        assert response.status_code == 200
        assert "/api/v1/dossiers" in response.json()["paths"]
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)
    assert b"Traceback" not in errors
