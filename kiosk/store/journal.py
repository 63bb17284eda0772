"""The desk's journal of submitted dossiers, for the daily tally. Holds no personal data.

The journal is not encrypted, so it stores only what identifies the dossier to the office, never the
citizen: dossier code, procedure code and version, when it was received, the appointment date and how
the result is returned. There is no column a name, CCCD number or address could go into, and the
dossier code is checked against the official shape so nothing else can be smuggled in through it.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from kiosk.domain.dossier_codes import is_dossier_code
from kiosk.domain.workdays import VIETNAM_TZ  # a day in the tally is a day on the office clock

_DELIVERIES: Final = frozenset({"desk", "post"})
SCHEMA_VERSION: Final = 1

COLUMNS: Final = (
    "dossier_code",
    "procedure_code",
    "procedure_version",
    "received_at",
    "appointment_on",
    "delivery",
)

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS journal (
    dossier_code      TEXT PRIMARY KEY NOT NULL,
    procedure_code    TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    appointment_on    TEXT NOT NULL,
    delivery          TEXT NOT NULL CHECK (delivery IN ('desk', 'post'))
) STRICT;
CREATE INDEX IF NOT EXISTS journal_received_at ON journal (received_at);
"""


@dataclass(frozen=True)
class JournalEntry:
    """One submitted dossier, as the desk's journal sees it."""

    dossier_code: str
    procedure_code: str
    procedure_version: str
    received_at: datetime
    appointment_on: date
    delivery: str  # "desk" | "post"

    def __post_init__(self) -> None:
        if not is_dossier_code(self.dossier_code):
            raise ValueError("Mã hồ sơ không đúng định dạng.")
        if self.delivery not in _DELIVERIES:
            raise ValueError("Hình thức nhận kết quả không hợp lệ.")
        if isinstance(self.appointment_on, datetime):
            raise TypeError("appointment_on is a date, not a datetime")


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


class Journal:
    """The journal in one SQLite file (WAL mode). Safe to share between threads: calls are serialised."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            self._conn.close()
            raise

    def record(self, entry: JournalEntry) -> None:
        """Add `entry`; a dossier code already in the journal is left as it was (idempotent).

        An aware `received_at` is stored in Vietnam time, a naive one as it is (taken to be Vietnam time).
        """
        received_at = entry.received_at
        if received_at.tzinfo is not None:
            received_at = received_at.astimezone(VIETNAM_TZ)
        row = (
            entry.dossier_code,
            entry.procedure_code,
            entry.procedure_version,
            received_at.isoformat(),
            entry.appointment_on.isoformat(),
            entry.delivery,
        )
        with self._lock:
            self._conn.execute(
                "INSERT INTO journal (dossier_code, procedure_code, procedure_version, received_at,"
                " appointment_on, delivery) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (dossier_code) DO NOTHING",
                row,
            )

    def today(self, now: date) -> list[JournalEntry]:
        """The dossiers received on the day of `now`, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT dossier_code, procedure_code, procedure_version, received_at, appointment_on,"
                " delivery FROM journal WHERE received_at >= ? AND received_at < ?"
                " ORDER BY received_at, dossier_code",
                self._bounds(now),
            ).fetchall()
        return [
            JournalEntry(
                dossier_code=code,
                procedure_code=procedure_code,
                procedure_version=version,
                received_at=datetime.fromisoformat(received_at),
                appointment_on=date.fromisoformat(appointment_on),
                delivery=delivery,
            )
            for code, procedure_code, version, received_at, appointment_on, delivery in rows
        ]

    def count_on(self, day: date) -> int:
        """How many dossiers were received on `day`: the daily tally."""
        with self._lock:
            row = self._conn.execute(
                "SELECT count(*) FROM journal WHERE received_at >= ? AND received_at < ?",
                self._bounds(day),
            ).fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @staticmethod
    def _bounds(day: date) -> tuple[str, str]:
        # received_at is ISO 8601 text starting with the local date, so a day is a string range.
        start = _day(day)
        return start.isoformat(), (start + timedelta(days=1)).isoformat()
