"""Drafts: a dossier's answers saved as the person goes, sealed, so a crash or restart loses nothing.

The answers (JSON) are stored only sealed by the vault. The clear columns say which procedure and
when, and `owner`: the vault's fingerprint of the person's CCCD number (an HMAC, never the number), so
a kiosk can resume a draft only for the person who scans the same card.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from kiosk.store._sqlite import Database, from_utc_text, utc_now, utc_text
from kiosk.store.vault import Vault

__all__ = ["DraftInfo", "Drafts", "new_draft_id"]

SCHEMA_VERSION: Final = 1
_DRAFT_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_FINGERPRINT: Final = re.compile(r"[0-9a-f]{64}")

_SCHEMA: Final = """
CREATE TABLE drafts (
    draft_id        TEXT PRIMARY KEY NOT NULL,
    procedure_code  TEXT NOT NULL,
    owner           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    answers         BLOB NOT NULL
) STRICT;
CREATE INDEX drafts_owner ON drafts (owner);
CREATE INDEX drafts_updated ON drafts (updated_at)
"""


@dataclass(frozen=True)
class DraftInfo:
    """A draft as a list shows it: no personal data."""

    draft_id: str
    procedure_code: str
    updated_at: datetime  # UTC


def new_draft_id() -> str:
    """A fresh, meaningless draft id."""
    return uuid.uuid4().hex


def _check_id(draft_id: str) -> None:
    if not _DRAFT_ID.fullmatch(draft_id):
        raise ValueError("a draft id is 1-64 letters, digits, '-' or '_' (see new_draft_id)")


def _context(draft_id: str) -> str:
    return f"draft:{draft_id}"


class Drafts:
    """Drafts in one SQLite file (WAL). Safe to share between threads."""

    def __init__(self, path: Path, vault: Vault) -> None:
        self._vault = vault
        self._db = Database(path, name="drafts", version=SCHEMA_VERSION, schema=_SCHEMA, synchronous="NORMAL")

    @property
    def path(self) -> Path:
        return self._db.path

    def save(
        self,
        draft_id: str,
        *,
        procedure_code: str,
        answers_json: str,
        owner: str | None,
        now: datetime | None = None,
    ) -> None:
        """Creates or replaces the draft. `owner` is `vault.fingerprint(cccd)` or None, never the number."""
        _check_id(draft_id)
        if not procedure_code:
            raise ValueError("procedure_code is required")
        if owner is not None and not _FINGERPRINT.fullmatch(owner):
            raise ValueError("owner must be a vault fingerprint (64 hex digits), never the CCCD number")
        moment = utc_text(now or utc_now())
        sealed = self._vault.seal(answers_json.encode("utf-8"), context=_context(draft_id))
        with self._db.lock:
            self._db.conn.execute(
                "INSERT INTO drafts (draft_id, procedure_code, owner, created_at, updated_at, answers)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (draft_id) DO UPDATE SET procedure_code = excluded.procedure_code,"
                " owner = excluded.owner, updated_at = excluded.updated_at, answers = excluded.answers",
                (draft_id, procedure_code, owner, moment, moment, sealed),
            )

    def load(self, draft_id: str) -> str:
        """The answers JSON; KeyError when there is no such draft."""
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT answers FROM drafts WHERE draft_id = ?", (draft_id,)
            ).fetchone()
        if row is None:
            raise KeyError(draft_id)
        return self._vault.open_sealed(bytes(row[0]), context=_context(draft_id)).decode("utf-8")

    def belongs_to(self, draft_id: str, owner: str | None) -> bool:
        """Whether the draft was started by `owner` (a fingerprint): never true for an unknown owner."""
        with self._db.lock:
            row = self._db.conn.execute("SELECT owner FROM drafts WHERE draft_id = ?", (draft_id,)).fetchone()
        return owner is not None and row is not None and row[0] == owner

    def listing(self) -> list[DraftInfo]:
        """Every draft, most recently saved first: procedure and time only."""
        with self._db.lock:
            rows = self._db.conn.execute(
                "SELECT draft_id, procedure_code, updated_at FROM drafts ORDER BY updated_at DESC, draft_id"
            ).fetchall()
        return [DraftInfo(str(d), str(p), from_utc_text(str(u))) for d, p, u in rows]

    def find_by_owner(self, fingerprint: str) -> DraftInfo | None:
        """The latest draft of the person with this fingerprint, if any."""
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT draft_id, procedure_code, updated_at FROM drafts WHERE owner = ?"
                " ORDER BY updated_at DESC, draft_id LIMIT 1",
                (fingerprint,),
            ).fetchone()
        return None if row is None else DraftInfo(str(row[0]), str(row[1]), from_utc_text(str(row[2])))

    def delete(self, draft_id: str) -> None:
        """Removes the draft (nothing happens when it is not there)."""
        with self._db.lock:
            self._db.conn.execute("DELETE FROM drafts WHERE draft_id = ?", (draft_id,))

    def delete_older_than(self, cutoff: datetime) -> int:
        """Removes drafts last saved before `cutoff`; returns how many."""
        with self._db.lock:
            cursor = self._db.conn.execute("DELETE FROM drafts WHERE updated_at < ?", (utc_text(cutoff),))
        return cursor.rowcount

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Drafts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
