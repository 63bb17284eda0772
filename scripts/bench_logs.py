"""How fast the kiosk logs with its redacting filter, against a plain handler.

    .venv/bin/python scripts/bench_logs.py [--records 20000]

Prints records per second for three kinds of line (a library's request line, a line full of personal
data, a line with JSON-escaped text) through: a plain handler (baseline), the redacting filter with no
visit, and the filter with a visit's worth of remembered values (60: names, addresses, dates, phones).
Records go through a formatter to /dev/null, as they would to a file, without the disk.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk import logs

LINES = {
    "request line": ('http://127.0.0.1:8765 "POST /api/v1/dossiers HTTP/1.1" 201 652', ()),
    "personal data": (
        "account %s: %s, born %s, phone %s, lives at %s",
        ("001156012345", "Nguyễn Thị Hoà", "05/09/1956", "+84 912 345 678", "Số 12 ngõ 34 phố Đội Cấn"),
    ),
    "escaped JSON": ('-> json {"full_name": "Nguy\\u1ec5n Th\\u1ecb Ho\\u00e0", "otp": "123456"}', ()),
}

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
GIVEN = ["Thị Hoà", "Văn Đức", "Bảo Ngọc", "Minh Khuê", "Đức Thịnh", "Thị Thuỷ"]


def visit_values() -> list[object]:
    names = [f"{s} {g}" for s in SURNAMES for g in GIVEN][:40]
    streets = [f"Số {n} ngõ {n + 20} phố Đội Cấn" for n in range(10)]
    dates: list[object] = [date(1950 + n, 1 + n % 12, 1 + n) for n in range(6)]
    return [*names, *streets, *dates, "+84 912 345 678", "0987654321", "001156012345", "1996"]


def rate(handler: logging.Handler, message: str, args: tuple[object, ...], records: int) -> float:
    log = logging.getLogger("bench")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.DEBUG)
    start = time.perf_counter()
    for _ in range(records):
        log.info(message, *args)
    return records / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    records = parser.parse_args().records
    with open(os.devnull, "w", encoding="utf-8") as sink:

        def handler(redacting: bool) -> logging.Handler:
            h = logging.StreamHandler(sink)
            h.setFormatter(logging.Formatter(logs.FORMAT))
            if redacting:
                h.addFilter(logs.RedactingFilter())
            return h

        print(f"{'line':<15} {'plain':>12} {'filter':>12} {'+ visit':>12}   records/s")
        for name, (message, args) in LINES.items():
            logs.forget_sensitive()
            plain = rate(handler(False), message, args, records)
            filtered = rate(handler(True), message, args, records)
            logs.remember_sensitive(*visit_values())
            visit = rate(handler(True), message, args, records)
            logs.forget_sensitive()
            print(f"{name:<15} {plain:>12,.0f} {filtered:>12,.0f} {visit:>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
