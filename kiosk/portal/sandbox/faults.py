"""Fault injection for the sandbox portal: the network and servers of a district on a bad day.

Wraps the sandbox's ASGI app (outermost, so that it sees uvicorn's own `send`) and, for requests to
/api/v1/* only, may:

- add latency (`latency_ms` on a `latency_rate` share of requests);
- answer 5xx problem+json without doing anything (`error_rate`);
- drop the connection without an answer, before doing anything (`drop_rate`);
- lose the response (`lost_response_rate`): the request is fully processed (for POST /dossiers the
  dossier is committed), then the connection is dropped before a byte of the answer is written.

Drops are real: the server closes the TCP connection, so a client sees "Remote end closed connection
without response" (requests' ConnectionError), never a status code. Rates draw from a seeded random
generator (`seed`), so a serial client sees the same faults run after run.

Tests want exactly one fault at exactly one place: `drop_next`, `fail_next` and `lose_next_responses`
hit the next requests whose "METHOD /path" starts with `next_target` (by default POST /api/v1/dossiers),
before any rate is drawn. Change the faults of a running sandbox with `handle.faults = Faults(...)`.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from dataclasses import dataclass, field, replace
from enum import Enum

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.portal.sandbox.problems import problem_response

API_PREFIX = "/api/v1/"
DEFAULT_ERROR_STATUSES = (500, 502, 503, 504)
DISCONNECT_WAIT = 5.0  # seconds to wait for the server to notice a connection we closed
MSG_INJECTED = "Cổng dịch vụ công đang gặp sự cố (lỗi giả lập). Vui lòng thử lại sau ít phút."


class Fault(Enum):
    """What happens to one request (besides latency)."""

    NONE = "none"
    ERROR = "error"  # a 5xx problem+json, nothing done
    DROP = "drop"  # the connection closed without an answer, nothing done
    LOST_RESPONSE = "lost_response"  # everything done, then the connection closed without an answer


@dataclass(frozen=True)
class Faults:
    """Which faults to inject. The default injects nothing."""

    latency_ms: int = 0
    latency_rate: float = 1.0  # share of requests that get `latency_ms` (when latency_ms > 0)
    error_rate: float = 0.0
    drop_rate: float = 0.0
    lost_response_rate: float = 0.0
    seed: int | None = None
    error_statuses: tuple[int, ...] = DEFAULT_ERROR_STATUSES
    # Deterministic, one-shot faults for tests (counted down as they hit), before any rate is drawn.
    drop_next: int = 0
    fail_next: int = 0
    lose_next_responses: int = 0
    next_target: str | None = "POST /api/v1/dossiers"  # None: any /api/v1 request

    def __post_init__(self) -> None:
        if self.latency_ms < 0:
            raise ValueError("latency_ms must be >= 0")
        rates = (self.latency_rate, self.error_rate, self.drop_rate, self.lost_response_rate)
        if not all(0.0 <= r <= 1.0 for r in rates):
            raise ValueError("fault rates must be between 0 and 1")
        if self.error_rate + self.drop_rate + self.lost_response_rate > 1.0 + 1e-9:
            raise ValueError("error_rate + drop_rate + lost_response_rate must not exceed 1")
        if not self.error_statuses or not all(500 <= s <= 599 for s in self.error_statuses):
            raise ValueError("error_statuses must be 5xx statuses")
        if min(self.drop_next, self.fail_next, self.lose_next_responses) < 0:
            raise ValueError("one-shot fault counts must be >= 0")

    @property
    def active(self) -> bool:
        return bool(
            (self.latency_ms and self.latency_rate)
            or self.error_rate
            or self.drop_rate
            or self.lost_response_rate
            or self.drop_next
            or self.fail_next
            or self.lose_next_responses
        )


@dataclass(frozen=True)
class Decision:
    fault: Fault = Fault.NONE
    delay: float = 0.0  # seconds
    status: int | None = None  # for Fault.ERROR


@dataclass(frozen=True)
class FaultStats:
    """What was injected since the faults were last set (a snapshot)."""

    requests: int = 0  # /api/v1 requests seen
    delayed: int = 0
    errors: int = 0
    drops: int = 0
    lost_responses: int = 0
    by_status: dict[int, int] = field(default_factory=dict)


class FaultInjector:
    """ASGI middleware that injects `faults` into /api/v1 requests; `faults` may change at any time."""

    def __init__(self, app: ASGIApp, faults: Faults | None = None) -> None:
        self.app = app
        self._lock = threading.Lock()
        self._faults = Faults()
        self._rng = random.Random()
        self._pending = {Fault.DROP: 0, Fault.ERROR: 0, Fault.LOST_RESPONSE: 0}
        self._stats = FaultStats()
        self.faults = faults or Faults()

    # -- configuration (any thread) ---------------------------------------------------------------
    @property
    def faults(self) -> Faults:
        with self._lock:
            return self._faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        """Replaces the faults, reseeds, re-arms the one-shot counts and clears the stats."""
        with self._lock:
            self._faults = faults
            self._rng = random.Random(faults.seed)
            self._pending = {
                Fault.DROP: faults.drop_next,
                Fault.ERROR: faults.fail_next,
                Fault.LOST_RESPONSE: faults.lose_next_responses,
            }
            self._stats = FaultStats()

    @property
    def stats(self) -> FaultStats:
        with self._lock:
            return replace(self._stats, by_status=dict(self._stats.by_status))

    # -- decisions --------------------------------------------------------------------------------
    def decide(self, method: str, path: str) -> Decision:
        """What to do with this request (counts it in the stats)."""
        if not path.startswith(API_PREFIX):
            return Decision()
        with self._lock:
            faults = self._faults
            rng = self._rng
            fault = Fault.NONE
            target = faults.next_target
            if target is None or f"{method.upper()} {path}".startswith(target):
                for kind in (Fault.DROP, Fault.ERROR, Fault.LOST_RESPONSE):
                    if self._pending[kind] > 0:
                        self._pending[kind] -= 1
                        fault = kind
                        break
            draw = rng.random()
            if fault is Fault.NONE:
                if draw < faults.drop_rate:
                    fault = Fault.DROP
                elif draw < faults.drop_rate + faults.error_rate:
                    fault = Fault.ERROR
                elif draw < faults.drop_rate + faults.error_rate + faults.lost_response_rate:
                    fault = Fault.LOST_RESPONSE
            delay = 0.0
            if faults.latency_ms and rng.random() < faults.latency_rate:
                delay = faults.latency_ms / 1000
            status = rng.choice(faults.error_statuses) if fault is Fault.ERROR else None
            self._count(fault, delay, status)
        return Decision(fault, delay, status)

    def _count(self, fault: Fault, delay: float, status: int | None) -> None:
        s = self._stats
        by_status = dict(s.by_status)
        if status is not None:
            by_status[status] = by_status.get(status, 0) + 1
        self._stats = replace(
            s,
            requests=s.requests + 1,
            delayed=s.delayed + (delay > 0),
            errors=s.errors + (fault is Fault.ERROR),
            drops=s.drops + (fault is Fault.DROP),
            lost_responses=s.lost_responses + (fault is Fault.LOST_RESPONSE),
            by_status=by_status,
        )

    # -- ASGI -------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        decision = self.decide(str(scope.get("method", "")), str(scope.get("path", "")))
        if decision.delay:
            await asyncio.sleep(decision.delay)
        if decision.fault is Fault.NONE:
            await self.app(scope, receive, send)
        elif decision.fault is Fault.ERROR:
            await _drain(receive)
            assert decision.status is not None
            await problem_response(decision.status, MSG_INJECTED)(scope, receive, send)
        elif decision.fault is Fault.DROP:
            await _drain(receive)
            await _drop_connection(send, receive)
        else:
            await self._lose_response(scope, receive, send)

    async def _lose_response(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Runs the request to the end (its effects committed), swallows the answer, drops the line."""

        async def swallow(message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        await _drop_connection(send, receive)


async def _drain(receive: Receive) -> None:
    """Reads the request body, so that closing sends a clean FIN rather than a reset mid-upload."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _drop_connection(send: Send, receive: Receive) -> None:
    """Closes the client's TCP connection without writing a byte of an answer.

    uvicorn's `send` is a bound method of its request cycle, which holds the transport. Once the
    server has seen the connection go (http.disconnect), it neither logs nor tries to answer.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if not isinstance(transport, asyncio.BaseTransport):
        # Not uvicorn: the best we can do is an error the server turns into a bare 500.
        raise ConnectionAbortedError("fault injection needs uvicorn to drop a connection")
    transport.close()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(DISCONNECT_WAIT):
            while (await receive())["type"] != "http.disconnect":
                pass
