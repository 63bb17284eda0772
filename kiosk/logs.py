"""Logging that never writes personal data: a filter on every handler redacts what slipped through.

Code should not log personal data in the first place; this is the net under it. It removes query
strings (lookup codes travel in them), 9-12 digit numbers (CCCD/CMND), Vietnamese phone numbers and
dossier codes paired with anything after them.
"""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r"\?[^\s'\"]*"), "?…"),
    (re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.-]?\d){9}(?!\d)"), "[số điện thoại]"),
    (re.compile(r"(?<!\d)\d{9,12}(?!\d)"), "[số giấy tờ]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, with its arguments merged in, through `redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            # A traceback can quote values; keep only the exception's type.
            record.msg += f" ({record.exc_info[0].__name__ if record.exc_info[0] else 'lỗi'})"
            record.exc_info = None
            record.exc_text = None
        return True


def configure(level: int = logging.INFO) -> None:
    """The kiosk's logging: to stderr, every handler behind the redacting filter."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())
