"""How soon this kiosk lets the next dossier lookup go out, after wrong codes: no guessing.

Two codes open a dossier: its code (partly guessable: agency, date, daily number) and a 6-character
lookup code. A person who mistypes gets a few free tries; after that each wrong lookup makes the next
wait longer: 5 s, 15 s, 45 s, 2¼ min, then 5 min at most.

The pace belongs to the machine, not to one visit: "Về trang chủ" does not reset it (a guesser would
just start over), and neither does a lookup that worked (a guesser holding one real slip would mix it
in). It forgives with time instead: every quiet `forgive_seconds` (5 minutes) takes one wrong try off
the count, so a citizen who comes a while after a guesser, or after someone who mistyped, starts with
free tries again. Over a long time no one gets more than about one wrong lookup per `forgive_seconds`
through this kiosk (a dozen an hour), which leaves a 6-character code far out of reach.

A portal that asks the kiosk to slow down (HTTP 429 with Retry-After) holds lookups for that long too.
Pure Python: the clock is injected (seconds, monotonic), so tests never sleep.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

__all__ = ["DEFAULT_HOLD_SECONDS", "FORGIVE_SECONDS", "FREE_TRIES", "MAX_HOLD_SECONDS", "WAITS", "LookupPace"]

FREE_TRIES = 3  # wrong lookups in a row that cost nothing: a mistyped letter, a smudged slip
WAITS: tuple[int, ...] = (5, 15, 45, 135, 300)  # seconds after the 4th, 5th, … wrong lookup (then the last)
FORGIVE_SECONDS = 300.0  # quiet time that takes one wrong lookup off the count
DEFAULT_HOLD_SECONDS = 30  # a portal's 429 that did not say how long
MAX_HOLD_SECONDS = 3600  # a portal asking for longer than this is taken at this (the kiosk stays usable)


class LookupPace:
    """Counts wrong lookups on this machine and says how long the next one must wait."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        free_tries: int = FREE_TRIES,
        waits: Sequence[int] = WAITS,
        forgive_seconds: float = FORGIVE_SECONDS,
    ) -> None:
        if free_tries < 0 or not waits or forgive_seconds <= 0 or any(w <= 0 for w in waits):
            raise ValueError("free_tries >= 0, waits > 0 (at least one) and forgive_seconds > 0")
        self._clock = clock
        self.free_tries = free_tries
        self.waits = tuple(waits)
        self.forgive_seconds = float(forgive_seconds)
        self._count = 0.0  # wrong lookups not yet forgiven, as of `_counted_at`
        self._counted_at = clock()
        self._ready_at = -math.inf  # when the next lookup may go, after the last wrong one
        self._held_until = -math.inf  # when the portal's "slow down" is over

    @property
    def misses(self) -> int:
        """Wrong lookups that still count (forgiven ones are not)."""
        return _whole(self._settled(self._clock()))

    def wait_left(self) -> int:
        """Whole seconds until the next lookup may go to the portal; 0 when it may go now."""
        left = max(self._ready_at, self._held_until) - self._clock()
        return math.ceil(left) if left > 0 else 0

    def missed(self) -> int:
        """A lookup found nothing (wrong codes): counts it, and returns the wait before the next one."""
        now = self._clock()
        self._count = self._settled(now) + 1
        self._counted_at = now
        beyond = _whole(self._count) - self.free_tries
        wait = self.waits[min(beyond, len(self.waits)) - 1] if beyond > 0 else 0
        self._ready_at = now + wait
        return wait

    def hold(self, seconds: int | None) -> int:
        """The portal asked to wait (429, `seconds` from its Retry-After, None if it did not say).
        Returns the wait now in force."""
        asked = DEFAULT_HOLD_SECONDS if seconds is None or seconds <= 0 else min(seconds, MAX_HOLD_SECONDS)
        self._held_until = max(self._held_until, self._clock() + asked)
        return self.wait_left()

    def _settled(self, now: float) -> float:
        """The count at `now`, after forgiving the quiet time since it was last changed."""
        quiet = max(0.0, now - self._counted_at)
        return max(0.0, self._count - quiet / self.forgive_seconds)


def _whole(count: float) -> int:
    """A part of a wrong lookup not yet forgiven still counts as one (1e-9: float noise is not)."""
    return math.ceil(count - 1e-9)
