"""Vietnamese mobile phone numbers: where the one-time code (OTP) is sent by SMS."""

from __future__ import annotations

import re

from kiosk.domain.phrases import phrase

__all__ = ["PhoneError", "mask_phone", "normalize_phone"]

MSG_EMPTY = phrase("Vui lòng nhập số điện thoại di động.")
MSG_INVALID = phrase("Số điện thoại không đúng. Hãy nhập số di động gồm 10 chữ số, ví dụ 0912 345 678.")
MSG_NOT_MOBILE = phrase(
    "Số này không phải số điện thoại di động. Cần số di động để nhận mã xác nhận bằng tin nhắn (SMS)."
)

_SEPARATORS = re.compile(r"[\s.\-()]+")
_DIGITS = re.compile(r"\+?[0-9]+")
_MOBILE_PREFIXES = frozenset("35789")
_MOBILE_LENGTH = 10  # 0 + 9 digits
_LANDLINE_LENGTH = 11  # 02x + 8 digits


class PhoneError(ValueError):
    """A phone number that cannot be used; ``str(e)`` is a Vietnamese explanation without the number."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _national(compact: str) -> str | None:
    """``compact`` in national form (leading 0), or None when it is not a Vietnamese number at all."""
    if _DIGITS.fullmatch(compact) is None:
        return None
    if compact.startswith("+"):
        if not compact.startswith("+84"):
            return None
        rest = compact[3:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        rest = compact[2:]
    elif compact.startswith("0"):
        return compact
    else:
        return None
    if rest.startswith("0"):  # "+84 0912…": a trunk 0 typed after the country code
        rest = rest[1:]
    return "0" + rest


def normalize_phone(text: str) -> str:
    """Return a Vietnamese mobile number as ``0`` + 9 digits.

    Accepts ``0xxxxxxxxx``, ``+84xxxxxxxxx`` and ``84xxxxxxxxx`` with spaces, dots, dashes or brackets.
    Only mobile numbers (``03``, ``05``, ``07``, ``08``, ``09``) are accepted: the code goes by SMS;
    a landline (``02x``, 11 digits) gets a message saying so.
    Raises PhoneError (Vietnamese message) for anything else.
    """
    compact = _SEPARATORS.sub("", text)
    if not compact:
        raise PhoneError(MSG_EMPTY)
    national = _national(compact)
    if national is None:
        raise PhoneError(MSG_INVALID)
    if len(national) == _LANDLINE_LENGTH and national.startswith("02"):
        raise PhoneError(MSG_NOT_MOBILE)
    if len(national) != _MOBILE_LENGTH:
        raise PhoneError(MSG_INVALID)
    if national[1] not in _MOBILE_PREFIXES:
        raise PhoneError(MSG_NOT_MOBILE)
    return national


def mask_phone(phone: str) -> str:
    """Hide the middle of a number to show where a code went: "0912345678" -> "091****678".

    Never raises: text that is not a valid mobile number is masked digit by digit.
    """
    try:
        digits = normalize_phone(phone)
    except PhoneError:
        digits = "".join(ch for ch in phone if ch.isascii() and ch.isdigit())
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 6) + digits[-3:]
