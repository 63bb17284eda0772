"""Whatever slips into a log line, the kiosk's log handlers write no personal data."""

from __future__ import annotations

import io
import logging

from kiosk.logs import RedactingFilter, redact


def test_lookup_codes_cccd_numbers_and_phones_are_redacted() -> None:
    line = redact(
        "Retrying: /api/v1/dossiers/000.00.01.H26-261122-0001?lookup_code=ABC234 "
        "for 001156012345, phone +84 912 345 678 or 0912.345.678"
    )
    assert "ABC234" not in line and "001156012345" not in line
    assert "912 345 678" not in line and "0912.345.678" not in line
    assert "/api/v1/dossiers/" in line  # what happened is still readable


def test_the_filter_rewrites_arguments_and_drops_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("kiosk.test.logs")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("account %s failed", "079156054321")
        try:
            raise ValueError("Nguyễn Thị Hoà 079156054321")
        except ValueError:
            log.exception("crash")
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "079156054321" not in text and "Nguyễn" not in text
    assert "account [số giấy tờ] failed" in text
    assert "crash (ValueError)" in text
