"""Working days for appointment dates: Monday to Friday, minus Vietnamese public holidays."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

import holidays

__all__ = ["VIETNAM_TZ", "add_working_days", "appointment_date", "is_working_day"]

VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def _calendar(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(public holidays, make-up working Saturdays) of ``year``, from the ``holidays`` package."""
    table = holidays.country_holidays("VN", years=year)
    days_off = frozenset(day for day in table if day.year == year)
    make_up = frozenset(day for day in table.weekend_workdays if day.year == year)
    return days_off, make_up


def is_working_day(d: date) -> bool:
    """True on Monday to Friday unless it is a public holiday (Tết, 30/4, 1/5, 2/9, their days off…).

    A weekend day that the government swapped into a working day (ngày làm bù, e.g. Saturday
    26/04/2025 for Friday 02/05/2025) is a working day, as it is for the offices.
    """
    days_off, make_up = _calendar(d.year)
    if d in make_up:
        return True
    return d.weekday() < 5 and d not in days_off


def add_working_days(start: date, n: int) -> date:
    """Return the n-th working day after ``start``.

    ``n == 0`` returns ``start`` when it is a working day, else the next working day.
    """
    if n < 0:
        raise ValueError("n must be zero or positive")
    day = start
    if n == 0:
        while not is_working_day(day):
            day += _ONE_DAY
        return day
    counted = 0
    while counted < n:
        day += _ONE_DAY
        if is_working_day(day):
            counted += 1
    return day


def appointment_date(received: datetime, working_days: int, *, cutoff: time = time(15, 0)) -> date:
    """The date the result is due for a dossier received at ``received``.

    Rule: the effective receipt day is the receipt date when it is a working day and the dossier came in
    before ``cutoff`` (15:00 by default; 15:00 itself is too late); otherwise it is the next working day.
    A procedure taking 0 working days is due on the effective receipt day; one taking n > 0 working days
    is due on the n-th working day after the effective receipt day.
    An aware ``received`` is converted to Vietnam time (UTC+7); a naive one is taken as local time.
    """
    if working_days < 0:
        raise ValueError("working_days must be zero or positive")
    if received.tzinfo is not None:
        received = received.astimezone(VIETNAM_TZ)
    day = received.date()
    if not is_working_day(day) or received.time() >= cutoff:
        day = add_working_days(day, 1)
    return add_working_days(day, working_days) if working_days else day
