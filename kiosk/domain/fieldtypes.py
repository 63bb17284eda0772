"""How each field type reads an answer, shows it and sends it: parse, display, to_json.

A parse failure raises `Invalid` with a Vietnamese message a person understands.
"""

from __future__ import annotations

import re
from datetime import date

from kiosk.domain.cccd import CccdError, check_cccd_number
from kiosk.domain.dates import DateProblem, format_date, parse_date
from kiosk.domain.ethnicity import ETHNIC_GROUPS
from kiosk.domain.names import check_person_name, normalize_name
from kiosk.domain.phone import PhoneError, normalize_phone
from kiosk.domain.procedures import Field
from kiosk.domain.text import fold, nfc

Json = str | int | bool | None


class Invalid(ValueError):
    """An answer that breaks a constraint; str() is the Vietnamese message."""


def _clean_text(raw: object) -> str:
    return re.sub(r"\s+", " ", nfc(str(raw))).strip()


def _integer(raw: object, what: str) -> int:
    if isinstance(raw, bool):
        raise Invalid(f"Vui lòng nhập {what} bằng chữ số.")
    if isinstance(raw, int):
        return raw
    text = _clean_text(raw).replace(" ", "")
    if not text.isascii() or not text.isdigit():
        raise Invalid(
            f"Vui lòng nhập {what} bằng chữ số, ví dụ 1990."
            if what == "năm"
            else f"Vui lòng nhập {what} bằng chữ số."
        )
    if len(text.lstrip("0")) > 18:  # int() refuses over 4,300 digits; no answer is this big anyway
        raise Invalid("Năm phải có 4 chữ số, ví dụ 1990." if what == "năm" else "Số này quá lớn.")
    return int(text)


def _bounds(field: Field, value: int, today: date) -> None:
    low = field.min
    high = field.max if field.max is not None else (today.year if field.type == "year" else None)
    if low is not None and value < low:
        raise Invalid(f"Số này phải từ {low} trở lên.")
    if high is not None and value > high:
        raise Invalid(f"Số này không được lớn hơn {high}.")


def _choice(field: Field, raw: object) -> str:
    options = ETHNIC_GROUPS if field.type == "ethnicity" else {o.value: o.label for o in field.options}
    text = _clean_text(raw)
    if text in options:
        return text
    by_name = {fold(label): value for value, label in options.items()}
    if fold(text) in by_name:
        return by_name[fold(text)]
    raise Invalid("Vui lòng chọn một trong các lựa chọn trên màn hình.")


def parse(field: Field, raw: object, today: date) -> object:
    """The typed value of a non-empty answer, or Invalid with the reason."""
    kind = field.type
    if kind == "person_name":
        problem = check_person_name(str(raw))
        if problem:
            raise Invalid(problem)
        return normalize_name(str(raw))
    if kind == "text":
        text = _clean_text(raw)
        if field.max_length is not None and len(text) > field.max_length:
            raise Invalid(f"Nội dung quá dài: tối đa {field.max_length} ký tự.")
        return text
    if kind == "date":
        try:
            # A date object gets the same checks as typed text (year 1900 on; a datetime becomes a date).
            value = parse_date(format_date(raw) if isinstance(raw, date) else str(raw))
        except DateProblem as exc:
            raise Invalid(str(exc)) from None
        if field.not_future and value > today:
            raise Invalid("Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm.")
        return value
    if kind in ("year", "number"):
        number = _integer(raw, "năm" if kind == "year" else "số")
        if kind == "year" and not 1000 <= number <= 9999:
            raise Invalid("Năm phải có 4 chữ số, ví dụ 1990.")
        _bounds(field, number, today)
        return number
    if kind in ("choice", "ethnicity"):
        return _choice(field, raw)
    if kind == "yes_no":
        if isinstance(raw, bool):
            return raw
        answer = fold(str(raw))
        if answer in ("co", "yes", "true", "1"):
            return True
        if answer in ("khong", "no", "false", "0"):
            return False
        raise Invalid("Vui lòng chọn Có hoặc Không.")
    if kind == "cccd":
        digits = _clean_text(raw).replace(" ", "")
        try:
            check_cccd_number(digits)
        except CccdError as exc:
            raise Invalid(str(exc)) from None
        return digits
    if kind == "phone":
        try:
            return normalize_phone(str(raw))
        except PhoneError as exc:
            raise Invalid(str(exc)) from None
    raise Invalid(f"Loại câu hỏi không được hỗ trợ: {kind}")  # unreachable: the loader checks types


def is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def display(field: Field, value: object) -> str:
    """How a stored value reads on the review screen and the receipt."""
    if value is None:
        return ""
    if field.type == "date" and isinstance(value, date):
        return format_date(value)
    if field.type == "yes_no":
        return "Có" if value else "Không"
    if field.type == "ethnicity":
        return ETHNIC_GROUPS.get(str(value), str(value))
    if field.type == "choice":
        return next((o.label for o in field.options if o.value == value), str(value))
    return str(value)


def to_json(value: object) -> Json:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | bool) or value is None:
        return value
    return str(value)


def edit_text(field: Field, value: object) -> str:
    """The text to put back into a text box so a person can change their answer."""
    if isinstance(value, bool) and field.type == "yes_no":
        return "Có" if value else "Không"
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)
