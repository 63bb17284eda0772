from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.workdays import add_working_days, appointment_date, is_working_day


def test_weekdays_and_weekends() -> None:
    assert is_working_day(date(2026, 3, 2))  # Monday
    assert is_working_day(date(2026, 3, 6))  # Friday
    assert not is_working_day(date(2026, 3, 7))  # Saturday
    assert not is_working_day(date(2026, 3, 8))  # Sunday


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 1, 1),  # Tết Dương lịch
        date(2026, 2, 16),  # Tết Nguyên đán 2026 (Mon-Fri 16-20/2)
        date(2026, 2, 17),
        date(2026, 2, 20),
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 9, 2),
        date(2026, 9, 1),  # the day beside 2/9
        date(2027, 2, 5),  # Tết Nguyên đán 2027 (4-10/2)
        date(2027, 2, 8),
        date(2027, 2, 10),
        date(2027, 4, 30),
        date(2027, 9, 2),
    ],
)
def test_public_holidays_are_not_working_days(day: date) -> None:
    assert day.weekday() < 5
    assert not is_working_day(day)


def test_make_up_saturday_is_a_working_day() -> None:
    # Saturday 26/04/2025 was worked in exchange for Friday 02/05/2025.
    assert is_working_day(date(2025, 4, 26))
    assert not is_working_day(date(2025, 5, 2))


def test_add_zero() -> None:
    assert add_working_days(date(2026, 3, 2), 0) == date(2026, 3, 2)
    assert add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 9)
    assert add_working_days(date(2026, 2, 14), 0) == date(2026, 2, 23)  # Saturday before Tết


def test_add_skips_weekends() -> None:
    assert add_working_days(date(2026, 3, 5), 1) == date(2026, 3, 6)
    assert add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
    assert add_working_days(date(2026, 3, 2), 5) == date(2026, 3, 9)


def test_add_skips_tet_2026() -> None:
    # Friday 13/02/2026 -> Tết week 16-20/02 is off -> Monday 23/02.
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert add_working_days(date(2026, 2, 12), 3) == date(2026, 2, 24)


def test_add_skips_tet_2027() -> None:
    # Wednesday 03/02/2027, then Tết 04-10/02/2027 -> Thursday 11/02.
    assert add_working_days(date(2027, 2, 3), 1) == date(2027, 2, 11)


def test_add_skips_30_4_and_1_5() -> None:
    # Wednesday 29/04/2026; Thu 30/4 and Fri 1/5 are off -> Monday 04/05.
    assert add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 4)


def test_add_skips_2_9() -> None:
    # Friday 28/08/2026 -> Mon 31/8 (swapped day off), Tue 1/9 and Wed 2/9 off -> Thursday 03/09.
    assert add_working_days(date(2026, 8, 28), 1) == date(2026, 9, 3)
    # 2027: Thursday 2/9 and Friday 3/9 are off.
    assert add_working_days(date(2027, 9, 1), 1) == date(2027, 9, 6)


def test_add_across_new_year() -> None:
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)


def test_negative_is_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 2), -1)
    with pytest.raises(ValueError):
        appointment_date(datetime(2026, 3, 2, 9), -1)


def test_same_day_procedure_before_cutoff() -> None:
    assert appointment_date(datetime(2026, 3, 2, 14, 59), 0) == date(2026, 3, 2)


def test_same_day_procedure_after_cutoff() -> None:
    assert appointment_date(datetime(2026, 3, 2, 15, 0), 0) == date(2026, 3, 3)
    assert appointment_date(datetime(2026, 3, 6, 16, 30), 0) == date(2026, 3, 9)  # Friday -> Monday


def test_same_day_procedure_on_a_holiday() -> None:
    assert appointment_date(datetime(2026, 3, 7, 9, 0), 0) == date(2026, 3, 9)  # Saturday
    assert appointment_date(datetime(2026, 4, 30, 8, 0), 0) == date(2026, 5, 4)


def test_custom_cutoff() -> None:
    assert appointment_date(datetime(2026, 3, 2, 16, 0), 0, cutoff=time(17, 0)) == date(2026, 3, 2)


def test_several_working_days() -> None:
    assert appointment_date(datetime(2026, 3, 2, 9, 0), 3) == date(2026, 3, 5)
    assert appointment_date(datetime(2026, 3, 2, 15, 30), 3) == date(2026, 3, 6)
    assert appointment_date(datetime(2026, 3, 7, 9, 0), 3) == date(2026, 3, 12)  # Saturday counts as Monday
    assert appointment_date(datetime(2026, 2, 13, 10, 0), 5) == date(2026, 2, 27)


def test_aware_datetime_uses_vietnam_time() -> None:
    # 07:30 UTC is 14:30 in Vietnam: before the cutoff.
    assert appointment_date(datetime(2026, 3, 2, 7, 30, tzinfo=UTC), 0) == date(2026, 3, 2)
    # 08:30 UTC is 15:30 in Vietnam: after the cutoff.
    assert appointment_date(datetime(2026, 3, 2, 8, 30, tzinfo=UTC), 0) == date(2026, 3, 3)


@settings(deadline=None)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 30))
def test_add_working_days_properties(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert is_working_day(end)
    assert end >= start
    days = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    if n > 0:
        assert sum(is_working_day(d) for d in days) == n
    else:
        assert all(not is_working_day(d) for d in [start, *days][:-1])


@settings(deadline=None)
@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
    st.integers(0, 20),
)
def test_appointment_properties(received: datetime, n: int) -> None:
    due = appointment_date(received, n)
    assert is_working_day(due)
    assert due >= received.date()
    same_day = is_working_day(received.date()) and received.time() < time(15, 0)
    if n == 0:
        assert (due == received.date()) == same_day
    else:
        assert due > received.date()
