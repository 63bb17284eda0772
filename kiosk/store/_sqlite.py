"""What the vault-backed SQLite stores (drafts, the outbox) share: opening, transactions, UTC times."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

__all__ = ["Database", "from_utc_text", "utc_now", "utc_text"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """`moment` as fixed-width UTC ISO text ("2026-09-30T02:05:00.000000+00:00"): sorts as it compares.

    A naive datetime is refused: it would be read as UTC, seven hours off Vietnam time.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("store times must be timezone-aware (e.g. datetime.now(UTC))")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Database:
    """One SQLite file in WAL mode, shared between threads: every call takes the lock, briefly.

    The file is created readable by its owner only (the -wal and -shm files inherit that mode).
    """

    def __init__(
        self,
        path: Path,
        *,
        name: str,
        version: int,
        schema: str,
        synchronous: Literal["NORMAL", "FULL"],
    ) -> None:
        self.path = Path(path)
        self.lock = threading.RLock()
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        # Autocommit (isolation_level=None): one statement is one transaction; `transaction()` groups.
        self.conn = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False, isolation_level=None)
        try:
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise RuntimeError(f"SQLite refused WAL mode for {self.path.name}")
            self.conn.execute(f"PRAGMA synchronous={synchronous}")
            self.conn.execute("PRAGMA secure_delete=ON")  # freed pages are zeroed, not left behind
            with self.transaction() as conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version"
                    " (name TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL) STRICT"
                )
                row = conn.execute("SELECT version FROM schema_version WHERE name = ?", (name,)).fetchone()
                if row is None:
                    for statement in _statements(schema):
                        conn.execute(statement)
                    conn.execute("INSERT INTO schema_version (name, version) VALUES (?, ?)", (name, version))
                elif int(row[0]) > version:
                    raise RuntimeError(
                        f"{self.path.name} was written by a newer kiosk (schema {row[0]} > {version})"
                    )
        except BaseException:
            self.conn.close()
            raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT under the lock (ROLLBACK if the block raises)."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def _statements(schema: str) -> list[str]:
    """The `;`-separated statements of a schema script (no `;` inside them)."""
    return [part.strip() for part in schema.split(";") if part.strip()]
