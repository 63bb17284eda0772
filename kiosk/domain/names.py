"""Personal names: normalise what people type or scan, and explain what is wrong in plain Vietnamese."""

from __future__ import annotations

import re
import unicodedata

from kiosk.domain.phrases import phrase
from kiosk.domain.text import has_damage, nfc

__all__ = ["MAX_NAME_LENGTH", "NameProblem", "check_person_name", "normalize_name", "require_person_name"]

MAX_NAME_LENGTH = 100

# Characters, besides letters and combining marks, that a name may contain.
_ALLOWED_PUNCTUATION = frozenset(" -'\u2019")
# A new capital starts after a space, a hyphen or an apostrophe: "H'Hen Niê", "Bru-Vân Kiều".
_SEGMENT_BREAK = re.compile(r"([-'\u2019])")

MSG_EMPTY = phrase("Vui lòng nhập họ và tên.")
MSG_DAMAGED = phrase("Họ và tên bị mất dấu tiếng Việt (có dấu ?). Vui lòng quét lại hoặc nhập lại.")
MSG_TOO_LONG = phrase("Họ và tên quá dài (hơn {limit} chữ). Vui lòng kiểm tra lại.", limit=MAX_NAME_LENGTH)
MSG_DIGITS = phrase("Họ và tên không được có chữ số. Vui lòng kiểm tra lại.")
MSG_SYMBOLS = phrase(
    "Họ và tên chỉ gồm chữ cái, dấu cách, gạch nối (-) hoặc dấu nháy ('). Vui lòng kiểm tra lại."
)
MSG_TOO_SHORT = phrase("Họ và tên quá ngắn. Vui lòng nhập đầy đủ họ và tên.")


class NameProblem(ValueError):
    """A name that cannot be accepted; ``str(e)`` and ``e.message`` are a Vietnamese explanation."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _single(mapped: str, original: str) -> str:
    """Keep a case mapping only when it maps one character to one (keeps the result idempotent)."""
    return mapped if len(mapped) == 1 else original


def _capitalise(segment: str) -> str:
    if not segment:
        return segment
    head = _single(segment[0].upper(), segment[0])
    tail = "".join(_single(ch.lower(), ch) for ch in segment[1:])
    return head + tail


def _normalize_once(text: str) -> str:
    words = nfc(text).split()
    out = ["".join(_capitalise(part) for part in _SEGMENT_BREAK.split(word)) for word in words]
    return nfc(" ".join(out))


def normalize_name(text: str) -> str:
    """Return the name in NFC, trimmed, single-spaced, every word capitalised.

    ``"  NGUYỄN   văn  a "`` -> ``"Nguyễn Văn A"``. A capital also follows a hyphen or an apostrophe
    (``"h'hen niê"`` -> ``"H'Hen Niê"``). Idempotent; NFD and NFC input give the same result.
    """
    result = _normalize_once(text)
    # Exotic scripts can need a second pass (a case mapping that changes NFC composition); converge.
    for _ in range(3):
        again = _normalize_once(result)
        if again == result:
            break
        result = again
    return result


def check_person_name(text: str) -> str | None:
    """Return None when ``text`` is an acceptable full name, else a Vietnamese explanation.

    Any letter with any diacritics passes, as do space, hyphen and apostrophe ("H'Hen Niê", "Ksor Y Phu").
    """
    name = " ".join(nfc(text).split())
    if not name:
        return MSG_EMPTY
    if has_damage(name):
        return MSG_DAMAGED
    if len(name) > MAX_NAME_LENGTH:
        return MSG_TOO_LONG
    if any(unicodedata.category(ch) == "Nd" or ch.isdigit() for ch in name):
        return MSG_DIGITS
    letters = 0
    for ch in name:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            letters += 1
        elif not category.startswith("M") and ch not in _ALLOWED_PUNCTUATION:
            return MSG_SYMBOLS
    if letters < 2:
        return MSG_TOO_SHORT
    return None


def require_person_name(text: str) -> str:
    """Return ``normalize_name(text)``, or raise NameProblem with the message of check_person_name."""
    problem = check_person_name(text)
    if problem is not None:
        raise NameProblem(problem)
    return normalize_name(text)
