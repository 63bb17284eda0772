"""Slowing down guessed lookups: failed dossier lookups counted per client address.

A dossier code is easy to guess (agency, date, daily number); the 6-character lookup code is what
keeps a stranger out. Each client address may fail `allowance` times within a sliding `window`;
past that, every lookup from it (a correct one too) waits: 30 s, then 60 s, 120 s, … (up to
`longest_wait`) after each further failure. A correct lookup does not wipe the slate: only time does
(the count drops as failures leave the window). Times come from the app's clock.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

MAX_TRACKED = 4096  # addresses kept before stale ones are swept


@dataclass(frozen=True)
class LookupLimits:
    allowance: int = 10  # failed lookups allowed per window
    window: timedelta = timedelta(minutes=10)
    first_wait: timedelta = timedelta(seconds=30)
    longest_wait: timedelta = timedelta(hours=1)

    def __post_init__(self) -> None:
        if self.allowance < 1:
            raise ValueError("allowance must be at least 1")
        if min(self.window, self.first_wait, self.longest_wait) <= timedelta(0):
            raise ValueError("window and waits must be positive")


@dataclass
class _Client:
    failures: deque[datetime] = field(default_factory=deque)
    strikes: int = 0  # waits imposed since the window was last clear
    blocked_until: datetime | None = None


class LookupThrottle:
    """Thread-safe (the sandbox's routes run in a threadpool)."""

    def __init__(self, limits: LookupLimits | None = None) -> None:
        self.limits = limits or LookupLimits()
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    def wait(self, address: str, now: datetime) -> int | None:
        """Seconds this address must still wait before a lookup (None: go ahead)."""
        with self._lock:
            client = self._clients.get(address)
            if client is None:
                return None
            self._forget_old(address, client, now)
            if client.blocked_until is None or client.blocked_until <= now:
                return None
            return max(1, math.ceil((client.blocked_until - now).total_seconds()))

    def failed(self, address: str, now: datetime) -> None:
        """Counts a failed lookup; past the allowance, the address has to wait."""
        with self._lock:
            if len(self._clients) >= MAX_TRACKED:
                self._sweep(now)
            client = self._clients.setdefault(address, _Client())
            self._forget_old(address, client, now)
            self._clients[address] = client
            client.failures.append(now)
            if len(client.failures) >= self.limits.allowance:
                wait = min(self.limits.first_wait * (2 ** min(client.strikes, 20)), self.limits.longest_wait)
                client.blocked_until = now + wait
                client.strikes += 1

    def _forget_old(self, address: str, client: _Client, now: datetime) -> None:
        while client.failures and client.failures[0] <= now - self.limits.window:
            client.failures.popleft()
        if not client.failures and (client.blocked_until is None or client.blocked_until <= now):
            self._clients.pop(address, None)
            client.strikes = 0
            client.blocked_until = None

    def _sweep(self, now: datetime) -> None:
        for address, client in list(self._clients.items()):
            self._forget_old(address, client, now)
