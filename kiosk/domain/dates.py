"""Dates as Vietnamese people write them (day/month/year), and in words for civil-status forms."""

from __future__ import annotations

import re
from datetime import date

from num2words import num2words

from kiosk.domain.phrases import phrase

__all__ = ["DateProblem", "date_in_words", "format_date", "number_in_words", "parse_date", "year_in_words"]

MIN_YEAR = 1900
MSG_INVALID = phrase("Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024.")

_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})\s*([/.\-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")
_COMPACT = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")

# Month names as written on civil-status documents: "tháng tư", not "tháng bốn".
_MONTHS = ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")


class DateProblem(ValueError):
    """A date that cannot be read; ``str(e)`` is a Vietnamese explanation."""

    def __init__(self, message: str = MSG_INVALID) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def parse_date(text: str) -> date:
    """Read a date typed by a person.

    Accepts ``dd/mm/yyyy``, ``d/m/yyyy``, the same with ``-`` or ``.`` (one separator throughout),
    ``ddmmyyyy`` and ISO ``yyyy-mm-dd``. Raises DateProblem for anything else, impossible dates
    (31/02/2000) and years before 1900.
    """
    value = text.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_MONTH_YEAR.fullmatch(value):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _COMPACT.fullmatch(value):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise DateProblem()
    if year < MIN_YEAR:
        raise DateProblem()
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem() from None


def format_date(d: date) -> str:
    """Return ``d`` as dd/mm/yyyy: date(2024, 9, 5) -> "05/09/2024"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def number_in_words(n: int) -> str:
    """Vietnamese words for 0 <= n < 100, from num2words: 21 -> "hai mươi mốt", 15 -> "mười lăm"."""
    if not 0 <= n < 100:
        raise ValueError("number_in_words handles 0..99")
    return str(num2words(n, lang="vi"))


def year_in_words(year: int) -> str:
    """A year read digit group by digit group, as on civil-status documents.

    2024 -> "hai nghìn không trăm hai mươi bốn", 2005 -> "hai nghìn không trăm linh năm",
    1990 -> "một nghìn chín trăm chín mươi". num2words itself writes 2024 as "hai nghìn lẻ hai mươi bốn",
    which is not how a year is read, so only its words for 0..99 are used.
    """
    if not 1000 <= year <= 9999:
        raise ValueError("year_in_words handles four-digit years")
    thousands, hundreds, rest = year // 1000, year // 100 % 10, year % 100
    words = [number_in_words(thousands), "nghìn"]
    if hundreds or rest:
        words += [number_in_words(hundreds), "trăm"]
    if 0 < rest < 10:
        words += ["linh", number_in_words(rest)]
    elif rest:
        words.append(number_in_words(rest))
    return " ".join(words)


def date_in_words(d: date) -> str:
    """The date in words for the birth declaration, first letter capitalised.

    date(2024, 9, 5) -> "Ngày năm, tháng chín, năm hai nghìn không trăm hai mươi bốn".
    Chosen form: the day without "mùng" (both are used; the plain form reads the same for every day),
    month four is "tư", and a year with no tens is read with "linh" ("hai nghìn không trăm linh năm").
    """
    text = f"ngày {number_in_words(d.day)}, tháng {_MONTHS[d.month - 1]}, năm {year_in_words(d.year)}"
    return text[0].upper() + text[1:]
