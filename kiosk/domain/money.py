"""Amounts of money as a person reads them: `79.000 đồng` and `Bảy mươi chín nghìn đồng`."""

from __future__ import annotations

from num2words import num2words


def group_thousands(amount: int) -> str:
    """`79.000`: the figure with the Vietnamese thousands separator (a dot)."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    return f"{amount:,}".replace(",", ".")


def format_vnd(amount: int) -> str:
    """`79.000 đồng`: Vietnamese thousands separator (a dot), the unit in words."""
    return group_thousands(amount) + " đồng"


def amount_in_words(amount: int) -> str:
    """`Bảy mươi chín nghìn đồng`, as written on a receipt beside the figure ("Bằng chữ")."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    words = str(num2words(amount, lang="vi")).strip()
    return words[:1].upper() + words[1:] + " đồng"


def amount_in_words_en(amount: int) -> str:
    """`Seventy-nine thousand dong` for an English screen."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    words = str(num2words(amount, lang="en")).replace(" and ", " ").strip()
    return words[:1].upper() + words[1:] + " dong"
