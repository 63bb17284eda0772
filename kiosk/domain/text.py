"""Vietnamese text helpers: NFC at every boundary, a folded key for search and comparison."""

from __future__ import annotations

import unicodedata

__all__ = ["REPLACEMENT_CHARACTER", "fold", "has_damage", "nfc"]

REPLACEMENT_CHARACTER = "\ufffd"


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (precomposed), the form the kiosk stores and sends."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Return a search key: no diacritics, đ -> d, lower case, single spaces, trimmed.

    "Hòa", "Hoà" and "HOA" fold equal; "Đồng Tháp" folds to "dong thap".
    Use it to compare and search; always display what the person typed.
    """
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = bare.lower().replace("đ", "d")
    # lower() may itself produce combining marks (e.g. "İ" -> "i" + dot above): drop those too.
    lowered = "".join(ch for ch in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(ch))
    return " ".join(lowered.split())


def has_damage(text: str) -> bool:
    """True when ``text`` holds ``?`` or U+FFFD, what a keyboard-mode scanner leaves instead of diacritics."""
    return "?" in text or REPLACEMENT_CHARACTER in text
