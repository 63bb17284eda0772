"""Runs the sandbox portal in a daemon thread of the current process (GUI, tests, PyInstaller bundle).

uvicorn gets the app object (no import string), installs no signal handlers (it only does so on the
main thread), configures no logging and writes no access log: request lines carry personal data
(dossier and lookup codes in URLs).
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp

from kiosk.portal.sandbox.app import create_app
from kiosk.portal.sandbox.faults import FaultInjector, Faults, FaultStats
from kiosk.portal.sandbox.fees import TRIAL_PROVINCE_FEES, ProvinceFees
from kiosk.portal.sandbox.throttle import LookupLimits

START_TIMEOUT = 15.0


@dataclass
class SandboxHandle:
    """A running sandbox: `.url` is its base URL ("http://127.0.0.1:PORT"); `.stop()` shuts it down.

    `.faults` are the faults it injects (see faults.py); set it to change them while it runs.
    """

    url: str
    port: int
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _injector: FaultInjector | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def faults(self) -> Faults:
        return self._injector.faults if self._injector is not None else Faults()

    @faults.setter
    def faults(self, faults: Faults) -> None:
        if self._injector is None:
            raise RuntimeError("this app was served without fault injection")
        self._injector.faults = faults

    @property
    def fault_stats(self) -> FaultStats:
        """What was injected since the faults were last set."""
        return self._injector.stats if self._injector is not None else FaultStats()

    def stop(self, timeout: float = 10.0) -> None:
        """Stops serving, lets open requests finish, and joins the thread. Safe to call twice."""
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def start_sandbox(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    catalog_dir: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    faults: Faults | None = None,
    lookup_limits: LookupLimits | None = None,
    auto_pay: timedelta | None = None,
    office_pace: timedelta | None = None,
    province_fees: ProvinceFees = TRIAL_PROVINCE_FEES,
) -> SandboxHandle:
    """Starts the sandbox on `host:port` (port 0: a free port) and returns once it answers requests.

    `clock` returns "now" for the sandbox (tests set it to land on weekends and holidays).
    `faults` are injected into /api/v1 requests (none by default; change them later with
    `handle.faults = Faults(...)`).
    `lookup_limits`: failed lookups allowed per client address before it has to wait (default 10 in
    10 minutes). `auto_pay`: payments started this long ago read as paid (demos). `office_pace`: a
    dossier moves one step received -> in_review -> result_ready -> returned per this much time (demos).
    `province_fees`: amounts for fees a procedure leaves to the province (the sandbox's trial amounts).
    Raises OSError when the address cannot be bound, RuntimeError when the server does not start.
    """
    app = create_app(
        db_path,
        catalog_dir=catalog_dir,
        clock=clock,
        lookup_limits=lookup_limits,
        auto_pay=auto_pay,
        office_pace=office_pace,
        province_fees=province_fees,
    )
    return serve_app(FaultInjector(app, faults), host=host, port=port)


def serve_app(app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> SandboxHandle:
    """Serves any ASGI app the way start_sandbox does (daemon thread, quiet, no signal handlers)."""
    sock = _bind(host, port)
    bound_port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        app,
        log_config=None,
        log_level="warning",
        access_log=False,
        server_header=False,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # SystemExit on startup failure included
            failure.append(exc)
        finally:
            sock.close()

    thread = threading.Thread(target=serve, name=f"sandbox-portal:{bound_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(5)
            reason = type(failure[0]).__name__ if failure else "timeout"
            raise RuntimeError(f"sandbox portal did not start ({reason})")
        time.sleep(0.01)
    injector = app if isinstance(app, FaultInjector) else None
    return SandboxHandle(
        url=_url(host, bound_port), port=bound_port, _server=server, _thread=thread, _injector=injector
    )
