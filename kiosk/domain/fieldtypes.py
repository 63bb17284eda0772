"""How each field type reads an answer, shows it and sends it: parse, display, to_json.

A parse failure raises `Invalid` with a Vietnamese message a person understands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time

from kiosk.domain.addresses import Address, AddressProblem, parse_address
from kiosk.domain.cccd import CccdError, check_cccd_number
from kiosk.domain.dates import DateProblem, format_date, parse_date
from kiosk.domain.ethnicity import ETHNIC_GROUPS
from kiosk.domain.names import check_person_name, normalize_name
from kiosk.domain.phone import PhoneError, normalize_phone
from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import Field
from kiosk.domain.text import fold, nfc

Json = str | int | bool | None


MSG_TIME = phrase("Giờ không hợp lệ. Hãy nhập giờ và phút, ví dụ 14:30 hoặc 14 giờ 30.")
MSG_TIME_RANGE = phrase("Giờ phải từ 0 đến 23 và phút từ 0 đến 59, ví dụ 14:30.")
MSG_EMAIL = phrase("Địa chỉ email không đúng dạng. Ví dụ: nguyenvana@gmail.com.")
MSG_NATIONALITY = phrase("Quốc tịch chỉ gồm chữ cái, ví dụ Việt Nam.")
MSG_YEAR_DIGITS = phrase("Năm phải có 4 chữ số, ví dụ 1990.")
MAX_EMAIL_LENGTH = 254
VIETNAM = "Việt Nam"

# "14:30", "14:30:00", "2:05", "14h30", "14h", "14 giờ 30 phút", "14g30", "2 giờ chiều" (on the folded text)
_TIME = re.compile(
    r"([0-9]{1,2})\s*(?:(?P<colon>:)\s*(?P<m1>[0-9]{2})(?::[0-9]{2})?|(?:h|g|gio)\s*(?:(?P<m2>[0-9]{1,2})\s*(?:p|ph|phut)?)?)"
    r"\s*(?P<part>sang|trua|chieu|toi|dem)?"
)
_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}"
)
_VIETNAM_NAMES = frozenset({"viet nam", "vietnam", "vn", "viet", "nuoc cong hoa xa hoi chu nghia viet nam"})


class Invalid(ValueError):
    """An answer that breaks a constraint; str() is the Vietnamese message (a Phrase, for `tr`)."""

    def __str__(self) -> str:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, str) else super().__str__()


def _clean_text(raw: object) -> str:
    return re.sub(r"\s+", " ", nfc(str(raw))).strip()


def _integer(raw: object, *, year: bool) -> int:
    not_digits = (
        phrase("Vui lòng nhập năm bằng chữ số, ví dụ 1990.")
        if year
        else phrase("Vui lòng nhập số bằng chữ số.")
    )
    if isinstance(raw, bool):
        raise Invalid(phrase("Vui lòng nhập năm bằng chữ số.") if year else not_digits)
    if isinstance(raw, int):
        return raw
    text = _clean_text(raw).replace(" ", "")
    if not text.isascii() or not text.isdigit():
        raise Invalid(not_digits)
    if len(text.lstrip("0")) > 18:  # int() refuses over 4,300 digits; no answer is this big anyway
        raise Invalid(MSG_YEAR_DIGITS if year else phrase("Số này quá lớn."))
    return int(text)


def _bounds(field: Field, value: int, today: date) -> None:
    low = field.min
    high = field.max if field.max is not None else (today.year if field.type == "year" else None)
    if low is not None and value < low:
        raise Invalid(phrase("Số này phải từ {low} trở lên.", low=low))
    if high is not None and value > high:
        raise Invalid(phrase("Số này không được lớn hơn {high}.", high=high))


def _choice(field: Field, raw: object) -> str:
    options = ETHNIC_GROUPS if field.type == "ethnicity" else {o.value: o.label for o in field.options}
    text = _clean_text(raw)
    if text in options:
        return text
    by_name = {fold(label): value for value, label in options.items()}
    if fold(text) in by_name:
        return by_name[fold(text)]
    raise Invalid(phrase("Vui lòng chọn một trong các lựa chọn trên màn hình."))


def _time(raw: object) -> time:
    if isinstance(raw, time):
        return raw.replace(second=0, microsecond=0, tzinfo=None)
    match = _TIME.fullmatch(fold(_clean_text(raw)))
    if not match:
        raise Invalid(MSG_TIME)
    hour, minute = int(match[1]), int(match["m1"] or match["m2"] or 0)
    if match["part"] in ("chieu", "toi") and 1 <= hour < 12:
        hour += 12  # "2 giờ chiều" is 14:00
    if hour > 23 or minute > 59:
        raise Invalid(MSG_TIME_RANGE)
    return time(hour, minute)


def _email(raw: object) -> str:
    text = _clean_text(raw).lower()
    if len(text) > MAX_EMAIL_LENGTH or not text.isascii() or not _EMAIL.fullmatch(text):
        raise Invalid(MSG_EMAIL)
    return text


def _nationality(field: Field, raw: object) -> str:
    text = _clean_text(raw)
    if fold(text) in _VIETNAM_NAMES:
        return VIETNAM
    if not all(ch.isalpha() or ch in " -'()" for ch in text) or sum(ch.isalpha() for ch in text) < 2:
        raise Invalid(MSG_NATIONALITY)
    limit = field.max_length or 60
    if len(text) > limit:
        raise Invalid(phrase("Nội dung quá dài: tối đa {limit} ký tự.", limit=limit))
    return normalize_name(text)  # "hàn quốc" -> "Hàn Quốc"


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
            raise Invalid(phrase("Nội dung quá dài: tối đa {limit} ký tự.", limit=field.max_length))
        return text
    if kind == "date":
        try:
            # A date object gets the same checks as typed text (year 1900 on; a datetime becomes a date).
            value = parse_date(format_date(raw) if isinstance(raw, date) else str(raw))
        except DateProblem as exc:
            raise Invalid(str(exc)) from None
        if field.not_future and value > today:
            raise Invalid(phrase("Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm."))
        return value
    if kind in ("year", "number"):
        number = _integer(raw, year=kind == "year")
        if kind == "year" and not 1000 <= number <= 9999:
            raise Invalid(MSG_YEAR_DIGITS)
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
        raise Invalid(phrase("Vui lòng chọn Có hoặc Không."))
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
    if kind == "time":
        return _time(raw)
    if kind == "email":
        return _email(raw)
    if kind == "nationality":
        return _nationality(field, raw)
    if kind == "address":
        try:
            address = parse_address(raw)
        except AddressProblem as exc:
            raise Invalid(str(exc)) from None
        if field.max_length is not None and len(address.street) > field.max_length:
            raise Invalid(phrase("Số nhà, đường phố quá dài: tối đa {limit} ký tự.", limit=field.max_length))
        return address
    raise Invalid(
        phrase("Loại câu hỏi không được hỗ trợ: {kind}", kind=kind)
    )  # unreachable: the loader checks types


def is_empty(raw: object) -> bool:
    """No answer: None, blank text, or an address mapping with nothing in it."""
    if isinstance(raw, Mapping):
        return all(is_empty(v) for v in raw.values())
    return raw is None or (isinstance(raw, str) and not raw.strip())


def format_time(value: time) -> str:
    """ "14:30", the JSON and edit form of a time."""
    return f"{value.hour:02d}:{value.minute:02d}"


def display(field: Field, value: object) -> str:
    """How a stored value reads on the review screen and the receipt."""
    if value is None:
        return ""
    if field.type == "date" and isinstance(value, date):
        return format_date(value)
    if field.type == "yes_no":
        return phrase("Có") if value else phrase("Không")
    if field.type == "ethnicity":
        return ETHNIC_GROUPS.get(str(value), str(value))
    if field.type == "choice":
        return next((o.label for o in field.options if o.value == value), str(value))
    if isinstance(value, time):
        return phrase("{hour} giờ {minute} phút", hour=value.hour, minute=f"{value.minute:02d}")
    if isinstance(value, Address):
        return value.text()
    return str(value)


ADDRESS_PARTS = ("province", "commune", "street")  # an address answer's keys in a payload: "<id>.province"


def to_json(value: object) -> Json:
    """One scalar JSON value. An address becomes its text here; payloads use `to_json_items`."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, Address):
        return value.text()
    if isinstance(value, str | int | bool) or value is None:
        return value
    return str(value)


def to_json_items(field: Field, value: object) -> dict[str, Json]:
    """The payload entries of one answer: {id: value}, or for an address the three flat keys
    "<id>.province" (code), "<id>.commune" (code) and "<id>.street"."""
    if isinstance(value, Address):
        return {
            f"{field.id}.province": value.province_code,
            f"{field.id}.commune": value.commune_code,
            f"{field.id}.street": value.street,
        }
    return {field.id: to_json(value)}


def edit_text(field: Field, value: object) -> str:
    """The text to put back into a text box so a person can change their answer."""
    if isinstance(value, bool) and field.type == "yes_no":
        return "Có" if value else "Không"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, Address):
        return value.text()
    return "" if value is None else str(value)
