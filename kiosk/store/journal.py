"""The desk's journal of submitted dossiers, for the daily tally and reprints. Holds no personal data.

The journal is not encrypted, so it stores only what identifies the dossier to the office, never the
citizen: dossier code, procedure code and version, when it was received, the appointment date and how
the result is returned. There is no column a name, CCCD number or address could go into, and the
dossier code is checked against the official shape so nothing else can be smuggled in through it.

The one exception is sealed: the dossier's lookup code (the key that opens its status and receipt at
the portal) is kept only encrypted with the vault's key, so the desk can reprint a receipt from the
journal without asking the citizen for their slip; without the keyring's key it is useless.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from kiosk.domain.dossier_codes import is_dossier_code, is_lookup_code
from kiosk.domain.workdays import VIETNAM_TZ  # a day in the tally is a day on the office clock
from kiosk.store.vault import Vault

_DELIVERIES: Final = frozenset({"desk", "post"})
SCHEMA_VERSION: Final = 2

COLUMNS: Final = (
    "dossier_code",
    "procedure_code",
    "procedure_version",
    "received_at",
    "appointment_on",
    "delivery",
    "sealed_lookup",
)

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS journal (
    dossier_code      TEXT PRIMARY KEY NOT NULL,
    procedure_code    TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    appointment_on    TEXT NOT NULL,
    delivery          TEXT NOT NULL CHECK (delivery IN ('desk', 'post')),
    sealed_lookup     BLOB
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


def _entry(row: tuple[str, str, str, str, str, str]) -> JournalEntry:
    code, procedure_code, version, received_at, appointment_on, delivery = row
    return JournalEntry(
        dossier_code=code,
        procedure_code=procedure_code,
        procedure_version=version,
        received_at=datetime.fromisoformat(received_at),
        appointment_on=date.fromisoformat(appointment_on),
        delivery=delivery,
    )


def _context(dossier_code: str) -> str:
    return f"journal-lookup:{dossier_code}"


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


class Journal:
    """The journal in one SQLite file (WAL mode). Safe to share between threads: calls are serialised."""

    def __init__(self, path: Path, vault: Vault | None = None) -> None:
        self._lock = threading.Lock()
        self._vault = vault  # seals lookup codes; without one, none are kept
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)
            columns = {row[1] for row in self._conn.execute("PRAGMA table_info(journal)")}
            if "sealed_lookup" not in columns:  # a journal from version 1
                self._conn.execute("ALTER TABLE journal ADD COLUMN sealed_lookup BLOB")
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            self._conn.close()
            raise

    def record(self, entry: JournalEntry, lookup_code: str = "") -> None:
        """Add `entry`; a dossier code already in the journal is left as it was (idempotent), except that
        a lookup code it lacked is added.

        An aware `received_at` is stored in Vietnam time, a naive one as it is (taken to be Vietnam time).
        The lookup code is kept only sealed, and only when the journal has a vault.
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
            self._seal(entry.dossier_code, lookup_code),
        )
        with self._lock:
            self._conn.execute(
                "INSERT INTO journal (dossier_code, procedure_code, procedure_version, received_at,"
                " appointment_on, delivery, sealed_lookup) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (dossier_code) DO UPDATE SET"
                " sealed_lookup = COALESCE(sealed_lookup, excluded.sealed_lookup)",
                row,
            )

    def recent(self, since: datetime) -> list[JournalEntry]:
        """The dossiers received since `since` (Vietnam time when aware), newest first."""
        if since.tzinfo is not None:
            since = since.astimezone(VIETNAM_TZ).replace(tzinfo=None)
        with self._lock:
            rows = self._conn.execute(
                "SELECT dossier_code, procedure_code, procedure_version, received_at, appointment_on,"
                " delivery FROM journal WHERE received_at >= ? ORDER BY received_at DESC, dossier_code",
                (since.isoformat(),),
            ).fetchall()
        return [_entry(row) for row in rows]

    def lookup_code(self, dossier_code: str) -> str | None:
        """The dossier's lookup code, if the journal keeps it sealed and this vault opens it."""
        if self._vault is None:
            return None
        with self._lock:
            row = self._conn.execute(
                "SELECT sealed_lookup FROM journal WHERE dossier_code = ?", (dossier_code,)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        try:
            return self._vault.open_sealed(bytes(row[0]), context=_context(dossier_code)).decode("ascii")
        except (ValueError, UnicodeDecodeError):
            return None  # sealed with an older key: the desk types the code from the slip instead

    def _seal(self, dossier_code: str, lookup_code: str) -> bytes | None:
        if self._vault is None or not is_lookup_code(lookup_code):
            return None
        return self._vault.seal(lookup_code.encode("ascii"), context=_context(dossier_code))

    def today(self, now: date) -> list[JournalEntry]:
        """The dossiers received on the day of `now`, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT dossier_code, procedure_code, procedure_version, received_at, appointment_on,"
                " delivery FROM journal WHERE received_at >= ? AND received_at < ?"
                " ORDER BY received_at, dossier_code",
                self._bounds(now),
            ).fetchall()
        return [_entry(row) for row in rows]

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
