from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.dates import DateProblem, date_in_words, format_date, parse_date, year_in_words

MESSAGE = "Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024."


@pytest.mark.parametrize(
    "text",
    [
        "05/09/2024",
        "5/9/2024",
        "05-09-2024",
        "5-9-2024",
        "05.09.2024",
        "05092024",
        "2024-09-05",
        " 05/09/2024 ",
        "5 / 9 / 2024",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == date(2024, 9, 5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31/02/2000",
        "29/02/2023",
        "00/01/2000",
        "01/13/2000",
        "31/12/1899",
        "01011899",
        "05/09/24",
        "05/09-2024",
        "2024/09/05",
        "20240905",
        "5 tháng 9 2024",
        "0５/09/2024",
        "05/09/2024x",
        "2024-9-5",
    ],
)
def test_rejected(text: str) -> None:
    with pytest.raises(DateProblem) as caught:
        parse_date(text)
    assert str(caught.value) == MESSAGE


def test_leap_day_and_first_year() -> None:
    assert parse_date("29/02/2024") == date(2024, 2, 29)
    assert parse_date("01/01/1900") == date(1900, 1, 1)


def test_format_date() -> None:
    assert format_date(date(2024, 9, 5)) == "05/09/2024"
    assert format_date(date(1990, 12, 31)) == "31/12/1990"


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (date(2024, 9, 5), "Ngày năm, tháng chín, năm hai nghìn không trăm hai mươi bốn"),
        (date(2025, 4, 1), "Ngày một, tháng tư, năm hai nghìn không trăm hai mươi lăm"),
        (date(2005, 1, 15), "Ngày mười lăm, tháng một, năm hai nghìn không trăm linh năm"),
        (date(2010, 12, 21), "Ngày hai mươi mốt, tháng mười hai, năm hai nghìn không trăm mười"),
        (date(2000, 11, 10), "Ngày mười, tháng mười một, năm hai nghìn"),
        (date(1990, 6, 30), "Ngày ba mươi, tháng sáu, năm một nghìn chín trăm chín mươi"),
        (date(1905, 7, 31), "Ngày ba mươi mốt, tháng bảy, năm một nghìn chín trăm linh năm"),
    ],
)
def test_date_in_words(day: date, words: str) -> None:
    assert date_in_words(day) == words


def test_year_in_words() -> None:
    assert year_in_words(2100) == "hai nghìn một trăm"
    assert year_in_words(2001) == "hai nghìn không trăm linh một"
    assert year_in_words(2021) == "hai nghìn không trăm hai mươi mốt"


@settings(deadline=None)
@given(st.dates(min_value=date(1900, 1, 1)))
def test_round_trip(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert parse_date(format_date(day).replace("/", "")) == day
    words = date_in_words(day)
    assert words.startswith("Ngày ") and words[1:] == words[1:].lower()
    assert "  " not in words


@settings(deadline=None)
@given(st.text())
def test_arbitrary_text_raises_only_date_problem(text: str) -> None:
    try:
        day = parse_date(text)
    except DateProblem as problem:
        assert str(problem) == MESSAGE
    else:
        assert day.year >= 1900
