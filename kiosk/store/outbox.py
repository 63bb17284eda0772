"""The outbox: dossiers committed on the kiosk, waiting to be delivered to the portal exactly once.

Submitting commits the dossier (request, documents, the citizen's token: a sealed `Parcel`) with a fresh
idempotency key in one transaction, in state WAITING. The sender then, for each due entry:
`begin_attempt` (committed before the request leaves: from here on the dossier is "maybe sent"), sends
with the entry's idempotency key, and records the outcome: `delivered` (the parcel is wiped: the dossier
is at the portal), `retry_later` (back to WAITING, with a time) or `rejected` (the portal refused the
content: not retried until the operator resends it).

An entry left in SENDING was in flight when the kiosk stopped; `due` returns it, and sending it again
with the same key is safe because the portal answers a repeated key with the original dossier.

Nothing personal is in clear: the columns hold a local reference, the key, the procedure code, the
state, counters, times (UTC), the last error in plain words (the caller's, without personal data) and,
once delivered, the portal's codes and appointment date. The file uses WAL and synchronous=FULL, so a
committed dossier survives a killed process and a flat battery.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import struct
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from kiosk.store._sqlite import Database, from_utc_text, utc_now, utc_text
from kiosk.store.vault import Vault

__all__ = [
    "REF_ALPHABET",
    "Outbox",
    "OutboxEntry",
    "OutboxState",
    "Parcel",
    "ParcelGone",
    "is_local_ref",
]

SCHEMA_VERSION: Final = 1
# Read aloud and typed by people: no 0/O, no 1/I.
REF_ALPHABET: Final = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REF_PREFIX: Final = "CG-"
REF_LENGTH: Final = 6
MAX_ERROR_CHARS: Final = 500


class OutboxState(StrEnum):
    WAITING = "waiting"  # committed, not yet tried or backing off
    SENDING = "sending"  # an attempt is in flight, or was when the kiosk stopped: "maybe sent"
    DELIVERED = "delivered"  # the portal accepted it; the parcel is wiped
    REJECTED = "rejected"  # the portal refused the content; waits for the operator


_SCHEMA: Final = """
CREATE TABLE outbox (
    local_ref        TEXT PRIMARY KEY NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    procedure_code   TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'delivered', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT NOT NULL DEFAULT '',
    dossier_code     TEXT,
    lookup_code      TEXT,
    appointment_on   TEXT,
    parcel           BLOB,
    CHECK ((state = 'delivered') = (parcel IS NULL))
) STRICT;
CREATE INDEX outbox_state_next ON outbox (state, next_attempt_at);
CREATE INDEX outbox_created ON outbox (created_at)
"""

_ENTRY_COLUMNS: Final = (
    "local_ref, idempotency_key, procedure_code, created_at, state, attempts, next_attempt_at,"
    " last_error, dossier_code, lookup_code, appointment_on"
)


class ParcelGone(KeyError):
    """The entry was delivered: its parcel was wiped (the dossier is at the portal)."""


@dataclass(frozen=True)
class Parcel:
    """What is sent. All of it is personal, so it is stored only sealed and never shown in a repr."""

    request_json: str = field(repr=False)  # DossierCreate.model_dump_json()
    documents: list[tuple[str, str, bytes]] = field(repr=False)  # (need_id, mime, content), in order
    token: str = field(repr=False)  # the citizen's bearer token at submit time


@dataclass(frozen=True)
class OutboxEntry:
    """One committed dossier, as the desk and the sender see it: no personal data."""

    local_ref: str  # printed on the slip, e.g. "CG-7K3Q9D"
    idempotency_key: str  # uuid4, made once at commit, reused for every attempt
    procedure_code: str
    created_at: datetime  # UTC
    state: OutboxState
    attempts: int
    next_attempt_at: datetime | None  # UTC; None once delivered or rejected
    last_error: str  # plain Vietnamese, no personal data ("" when none)
    dossier_code: str | None
    lookup_code: str | None
    appointment_on: date | None


def is_local_ref(text: str) -> bool:
    """True for a reference shaped like those the outbox makes ("CG-" and 6 unambiguous characters)."""
    body = text.removeprefix(REF_PREFIX)
    return text.startswith(REF_PREFIX) and len(body) == REF_LENGTH and all(c in REF_ALPHABET for c in body)


def _new_local_ref() -> str:
    return REF_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def _context(local_ref: str, idempotency_key: str) -> str:
    # Binds a sealed parcel to its row: a blob moved to another entry does not open.
    return f"outbox:{local_ref}:{idempotency_key}"


def _pack(parcel: Parcel) -> bytes:
    header = json.dumps(
        {
            "request_json": parcel.request_json,
            "token": parcel.token,
            "documents": [[need_id, mime, len(content)] for need_id, mime, content in parcel.documents],
        },
        ensure_ascii=False,
    ).encode("utf-8")
    return b"".join([struct.pack(">I", len(header)), header, *(c for _, _, c in parcel.documents)])


def _unpack(blob: bytes) -> Parcel:
    (length,) = struct.unpack_from(">I", blob)
    header = json.loads(blob[4 : 4 + length].decode("utf-8"))
    documents: list[tuple[str, str, bytes]] = []
    offset = 4 + length
    for need_id, mime, size in header["documents"]:
        documents.append((str(need_id), str(mime), blob[offset : offset + int(size)]))
        offset += int(size)
    if offset != len(blob):
        raise ValueError("the parcel's documents do not add up")
    return Parcel(request_json=str(header["request_json"]), documents=documents, token=str(header["token"]))


def _entry(row: tuple[object, ...]) -> OutboxEntry:
    (ref, key, code, created, state, attempts, next_at, error, dossier, lookup, appointment) = row
    return OutboxEntry(
        local_ref=str(ref),
        idempotency_key=str(key),
        procedure_code=str(code),
        created_at=from_utc_text(str(created)),
        state=OutboxState(str(state)),
        attempts=int(str(attempts)),
        next_attempt_at=None if next_at is None else from_utc_text(str(next_at)),
        last_error=str(error),
        dossier_code=None if dossier is None else str(dossier),
        lookup_code=None if lookup is None else str(lookup),
        appointment_on=None if appointment is None else date.fromisoformat(str(appointment)),
    )


def _error_text(error: str) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


class Outbox:
    """The outbox in one SQLite file. Safe to share between the GUI thread and the sender's thread."""

    def __init__(self, path: Path, vault: Vault) -> None:
        self._vault = vault
        self._db = Database(path, name="outbox", version=SCHEMA_VERSION, schema=_SCHEMA, synchronous="FULL")

    @property
    def path(self) -> Path:
        return self._db.path

    def add(self, parcel: Parcel, *, procedure_code: str, now: datetime | None = None) -> OutboxEntry:
        """Commits `parcel` with a fresh idempotency key, WAITING and due at once: one transaction."""
        if not procedure_code:
            raise ValueError("procedure_code is required")
        moment = utc_text(now or utc_now())
        key = str(uuid.uuid4())
        packed = _pack(parcel)
        for _ in range(20):
            local_ref = _new_local_ref()
            sealed = self._vault.seal(packed, context=_context(local_ref, key))
            try:
                with self._db.lock:
                    self._db.conn.execute(
                        "INSERT INTO outbox (local_ref, idempotency_key, procedure_code, created_at,"
                        " updated_at, state, attempts, next_attempt_at, parcel)"
                        " VALUES (?, ?, ?, ?, ?, 'waiting', 0, ?, ?)",
                        (local_ref, key, procedure_code, moment, moment, moment, sealed),
                    )
            except sqlite3.IntegrityError:
                continue  # that reference is taken (1 in a billion): draw another
            entry = self.entry(local_ref)
            assert entry is not None
            return entry
        raise RuntimeError("could not draw a free local reference")

    def entry(self, local_ref: str) -> OutboxEntry | None:
        with self._db.lock:
            row = self._db.conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM outbox WHERE local_ref = ?", (local_ref,)
            ).fetchone()
        return None if row is None else _entry(row)

    def parcel(self, local_ref: str) -> Parcel:
        """The decrypted parcel. KeyError for an unknown reference, ParcelGone once delivered."""
        with self._db.lock:
            row = self._db.conn.execute(
                "SELECT idempotency_key, parcel FROM outbox WHERE local_ref = ?", (local_ref,)
            ).fetchone()
        if row is None:
            raise KeyError(local_ref)
        key, sealed = row
        if sealed is None:
            raise ParcelGone(local_ref)
        return _unpack(self._vault.open_sealed(bytes(sealed), context=_context(local_ref, str(key))))

    def due(self, now: datetime) -> list[OutboxEntry]:
        """What to send now, oldest first: WAITING entries whose time has come, and every SENDING one
        (an attempt that never finished: it may have reached the portal; resend with the same key)."""
        with self._db.lock:
            rows = self._db.conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM outbox"
                " WHERE (state = 'waiting' AND next_attempt_at <= ?) OR state = 'sending'"
                " ORDER BY created_at, local_ref",
                (utc_text(now),),
            ).fetchall()
        return [_entry(row) for row in rows]

    def begin_attempt(self, local_ref: str, now: datetime) -> None:
        """SENDING, attempts + 1, committed before the request leaves. Only a WAITING or SENDING entry."""
        self._update(
            local_ref,
            "state = 'sending', attempts = attempts + 1, updated_at = ?",
            (utc_text(now),),
            allowed=(OutboxState.WAITING, OutboxState.SENDING),
        )

    def delivered(
        self,
        local_ref: str,
        *,
        dossier_code: str,
        lookup_code: str | None,
        appointment_on: date | None,
        now: datetime,
    ) -> None:
        """The portal accepted it: keep its codes, wipe the parcel (the dossier is at the portal now)."""
        if isinstance(appointment_on, datetime):
            raise TypeError("appointment_on is a date, not a datetime")
        self._update(
            local_ref,
            "state = 'delivered', dossier_code = ?, lookup_code = ?, appointment_on = ?,"
            " next_attempt_at = NULL, last_error = '', parcel = NULL, updated_at = ?",
            (
                dossier_code,
                lookup_code,
                None if appointment_on is None else appointment_on.isoformat(),
                utc_text(now),
            ),
            allowed=tuple(OutboxState),  # the portal's word wins, whatever we thought
        )

    def retry_later(
        self, local_ref: str, *, error: str, next_attempt_at: datetime, now: datetime | None = None
    ) -> None:
        """Back to WAITING until `next_attempt_at`; `error` in plain words, without personal data."""
        self._update(
            local_ref,
            "state = 'waiting', next_attempt_at = ?, last_error = ?, updated_at = ?",
            (utc_text(next_attempt_at), _error_text(error), utc_text(now or utc_now())),
            allowed=(OutboxState.WAITING, OutboxState.SENDING),
        )

    def rejected(self, local_ref: str, *, error: str, now: datetime | None = None) -> None:
        """The portal refused the content (its message in `error`): not retried until `resend_now`."""
        self._update(
            local_ref,
            "state = 'rejected', next_attempt_at = NULL, last_error = ?, updated_at = ?",
            (_error_text(error), utc_text(now or utc_now())),
            allowed=(OutboxState.WAITING, OutboxState.SENDING),
        )

    def discard_rejected(self, local_ref: str) -> bool:
        """The citizen is still there and corrects the refused dossier: the refused copy goes (a corrected
        one is a new entry with a new key). Only a REJECTED entry can be discarded; True if it was."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM outbox WHERE local_ref = ? AND state = 'rejected'", (local_ref,)
            )
            return cursor.rowcount == 1

    def resend_now(self, local_ref: str | None = None, *, now: datetime | None = None) -> None:
        """The operator's "Gửi lại ngay".

        Without a reference: every WAITING entry becomes due now (rejected ones stay rejected: they would
        be refused again). With one: that entry is due now, a REJECTED one included (the operator decided
        to send it again). SENDING and DELIVERED entries are left as they are.
        """
        moment = utc_text(now or utc_now())
        with self._db.transaction() as conn:
            if local_ref is None:
                conn.execute(
                    "UPDATE outbox SET next_attempt_at = ?, updated_at = ? WHERE state = 'waiting'",
                    (moment, moment),
                )
                return
            row = conn.execute("SELECT state FROM outbox WHERE local_ref = ?", (local_ref,)).fetchone()
            if row is None:
                raise KeyError(local_ref)
            if row[0] in (OutboxState.WAITING, OutboxState.REJECTED):
                conn.execute(
                    "UPDATE outbox SET state = 'waiting', next_attempt_at = ?, updated_at = ?"
                    " WHERE local_ref = ?",
                    (moment, moment, local_ref),
                )

    def waiting(self) -> list[OutboxEntry]:
        """Everything not delivered yet (WAITING, SENDING, REJECTED), oldest first."""
        with self._db.lock:
            rows = self._db.conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM outbox WHERE state != 'delivered'"
                " ORDER BY created_at, local_ref"
            ).fetchall()
        return [_entry(row) for row in rows]

    def delivered_since(self, cutoff: datetime) -> list[OutboxEntry]:
        """Dossiers delivered after `cutoff`, newest first: the desk gives their codes to people who
        come back with a "Đang chờ gửi" slip."""
        with self._db.lock:
            rows = self._db.conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM outbox WHERE state = 'delivered' AND updated_at >= ?"
                " ORDER BY updated_at DESC, local_ref",
                (utc_text(cutoff),),
            ).fetchall()
        return [_entry(row) for row in rows]

    def counts(self) -> dict[OutboxState, int]:
        """How many entries are in each state (every state present, 0 included)."""
        counts = dict.fromkeys(OutboxState, 0)
        with self._db.lock:
            rows = self._db.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        for state, count in rows:
            counts[OutboxState(state)] = int(count)
        return counts

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _update(
        self,
        local_ref: str,
        assignments: str,
        values: tuple[object, ...],
        *,
        allowed: tuple[OutboxState, ...],
    ) -> None:
        """One guarded state change: KeyError for an unknown entry, ValueError from a state not `allowed`."""
        marks = ", ".join("?" for _ in allowed)
        with self._db.transaction() as conn:
            row = conn.execute("SELECT state FROM outbox WHERE local_ref = ?", (local_ref,)).fetchone()
            if row is None:
                raise KeyError(local_ref)
            if row[0] not in allowed:
                raise ValueError(f"outbox entry {local_ref} is {row[0]}")
            conn.execute(
                f"UPDATE outbox SET {assignments} WHERE local_ref = ? AND state IN ({marks})",
                (*values, local_ref, *allowed),
            )
