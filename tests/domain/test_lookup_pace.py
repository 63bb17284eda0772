"""The kiosk slows repeated wrong lookups down, forgives with time, and honours a portal's 429."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.lookup_pace import (
    DEFAULT_HOLD_SECONDS,
    FORGIVE_SECONDS,
    MAX_HOLD_SECONDS,
    WAITS,
    LookupPace,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_three_wrong_lookups_are_free_then_each_waits_longer_up_to_a_cap(clock: Clock) -> None:
    pace = LookupPace(clock)
    waits = []
    for _ in range(9):
        assert pace.wait_left() == 0  # the person waited as long as asked
        waits.append(pace.missed())
        clock.advance(waits[-1])
    assert waits == [0, 0, 0, 5, 15, 45, 135, 300, 300]


def test_the_wait_counts_down_with_the_clock(clock: Clock) -> None:
    pace = LookupPace(clock)
    for _ in range(4):
        pace.missed()
    assert pace.wait_left() == 5
    clock.advance(3.2)
    assert pace.wait_left() == 2  # whole seconds, rounded up: never "0" while still waiting
    clock.advance(1.8)
    assert pace.wait_left() == 0


def test_starting_over_does_not_reset_it_but_quiet_time_forgives(clock: Clock) -> None:
    """The pace is the machine's: only time takes wrong tries off, one per FORGIVE_SECONDS."""
    pace = LookupPace(clock)
    for _ in range(5):
        clock.advance(pace.wait_left())
        pace.missed()
    assert pace.misses == 5
    clock.advance(FORGIVE_SECONDS * 2)
    assert pace.misses == 3
    assert pace.missed() == 5  # the 4th that counts again: the first wait, not the 6th
    clock.advance(FORGIVE_SECONDS * 10)
    assert pace.misses == 0
    assert [pace.missed() for _ in range(3)] == [0, 0, 0]  # the next citizen starts with free tries


def test_a_portal_429_holds_lookups_for_as_long_as_it_asked(clock: Clock) -> None:
    pace = LookupPace(clock)
    assert pace.hold(40) == 40
    clock.advance(39.5)
    assert pace.wait_left() == 1
    clock.advance(0.5)
    assert pace.wait_left() == 0
    assert pace.hold(None) == DEFAULT_HOLD_SECONDS  # it did not say how long
    assert pace.hold(10**9) == MAX_HOLD_SECONDS  # an absurd answer does not lock the kiosk for days


def test_a_hold_and_the_own_pace_together_give_the_longer_wait(clock: Clock) -> None:
    pace = LookupPace(clock)
    for _ in range(4):
        pace.missed()
    pace.hold(2)
    assert pace.wait_left() == 5


@pytest.mark.parametrize(
    "kwargs", [{"free_tries": -1}, {"waits": ()}, {"waits": (5, 0)}, {"forgive_seconds": 0}]
)
def test_nonsense_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LookupPace(**kwargs)  # type: ignore[arg-type]


@given(st.lists(st.floats(min_value=0, max_value=3 * FORGIVE_SECONDS), min_size=1, max_size=200))
def test_a_guesser_gets_about_one_wrong_lookup_per_forgive_time(gaps: list[float]) -> None:
    """However a guesser times the tries (each as soon as allowed, plus some extra pause), the wrong
    lookups over a stretch of time stay within the free tries, the waits' ladder, and one per
    FORGIVE_SECONDS."""
    clock = Clock()
    pace = LookupPace(clock)
    start = clock.now
    for tries, gap in enumerate(gaps, start=1):
        clock.advance(pace.wait_left() + gap)
        pace.missed()
        elapsed = clock.now - start
        assert tries <= 3 + len(WAITS) + 1 + elapsed / FORGIVE_SECONDS
        assert 0 <= pace.wait_left() <= max(WAITS)
