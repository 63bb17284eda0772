"""Messages the domain gives the screens: Vietnamese text that can still be translated later.

The domain layer does not know Qt. A message is built with `phrase(template, **values)`: it *is* the
Vietnamese text (a `str`), and it remembers its template and values so that `kiosk.i18n.tr` can look
the template up in the English translation and fill the values in afterwards. `scripts/i18n.py`
collects every literal template passed to `phrase(...)` into `assets/i18n/`.
"""

from __future__ import annotations

__all__ = ["Phrase", "phrase"]


class Phrase(str):
    """Vietnamese text plus the template and values it was made from."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: dict[str, object]) -> Phrase:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made


def phrase(template: str, /, **values: object) -> Phrase:
    """`phrase("Bạn nhập {count} chữ số", count=11)` — translated by the screens, read as Vietnamese."""
    return Phrase(template, values)
