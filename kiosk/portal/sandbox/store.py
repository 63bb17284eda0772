"""The sandbox's SQLite file: accounts, tokens, dossiers, their history, documents, fees and ratings.

One short-lived connection per call (safe from uvicorn's threadpool); WAL mode; every write that
reads before it writes runs in `BEGIN IMMEDIATE`, so two requests can neither take the same daily
sequence number nor store two dossiers for one Idempotency-Key.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from kiosk.domain.documents import Document
from kiosk.portal import statuses
from kiosk.portal.models import (
    Account,
    AnswerValue,
    Delivery,
    DocumentInfo,
    Dossier,
    Payment,
    PaymentStatus,
    Rating,
    RatingScore,
    StatusEvent,
)
from kiosk.portal.sandbox.codes import dossier_code, lookup_code

_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    account_id TEXT PRIMARY KEY,
    id_number TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    phone TEXT NOT NULL,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    otp TEXT NOT NULL,
    otp_expires_at TEXT NOT NULL,
    otp_failures INTEGER NOT NULL DEFAULT 0,
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS accounts_one_verified ON accounts (id_number) WHERE verified = 1;
CREATE TABLE IF NOT EXISTS tokens (
    token_digest TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (account_id),
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS grants (
    token_digest TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (account_id),
    expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossiers (
    code TEXT PRIMARY KEY,
    lookup_code TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (account_id),
    idempotency_key TEXT NOT NULL,
    request_digest TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    receipt_date TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    procedure_code TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    procedure_name TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    agency_name TEXT NOT NULL,
    status TEXT NOT NULL,
    received_at TEXT NOT NULL,
    appointment_on TEXT NOT NULL,
    delivery TEXT NOT NULL,
    delivery_address TEXT,
    answers TEXT NOT NULL,
    UNIQUE (account_id, idempotency_key),
    UNIQUE (agency_id, receipt_date, sequence)
);
CREATE TABLE IF NOT EXISTS dossier_events (
    event_id INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_code TEXT NOT NULL REFERENCES dossiers (code),
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    dossier_code TEXT NOT NULL REFERENCES dossiers (code),
    position INTEGER NOT NULL,
    attachment_id TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (dossier_code, position)
);
CREATE TABLE IF NOT EXISTS payments (
    dossier_code TEXT PRIMARY KEY REFERENCES dossiers (code),
    amount INTEGER NOT NULL,
    bank_bin TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    account_number TEXT NOT NULL,
    account_name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    purpose_key TEXT NOT NULL UNIQUE,
    vietqr TEXT NOT NULL,
    started_at TEXT NOT NULL,
    paid_at TEXT
);
CREATE TABLE IF NOT EXISTS ratings (
    dossier_code TEXT PRIMARY KEY REFERENCES dossiers (code),  -- one rating per dossier
    score TEXT NOT NULL,
    comment TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

# Columns added to `dossiers` after the first release: a database file made before them gets them
# with ALTER TABLE (older dossiers read as free of charge, without logbook entry or contact details).
_ADDED_DOSSIER_COLUMNS = {
    "fee": "INTEGER NOT NULL DEFAULT 0",
    "processing_days": "INTEGER",
    "logbook_volume": "TEXT",
    "logbook_entry": "INTEGER",
    "applicant_phone": "TEXT",
    "applicant_address": "TEXT",
}


class VerifyOutcome(Enum):
    OK = "ok"
    UNKNOWN = "unknown"
    WRONG = "wrong"
    EXPIRED = "expired"
    LOCKED = "locked"
    ALREADY_VERIFIED_ELSEWHERE = "duplicate"


class AccountExists(Exception):
    """The CCCD number already has a verified account."""


class KeyReused(Exception):
    """The Idempotency-Key was used before by this account with a different request."""


class AlreadyRated(Exception):
    """The dossier has its one rating already."""


class TransferOutcome(Enum):
    SETTLED = "settled"
    UNKNOWN = "unknown"  # no payment carries this transfer note
    ALREADY_PAID = "already_paid"
    WRONG_AMOUNT = "wrong_amount"


@dataclass(frozen=True)
class PaymentTerms:
    """A payment to start: the amount and the account and note to pay with (see fees.py)."""

    amount: int
    bank_bin: str
    bank_name: str
    account_number: str
    account_name: str
    purpose: str
    purpose_key: str
    vietqr: str


@dataclass(frozen=True)
class StoredAccount:
    account: Account
    password_salt: bytes
    password_hash: bytes


@dataclass(frozen=True)
class NewDossier:
    account_id: str
    idempotency_key: str
    request_digest: str
    agency_id: str
    agency_name: str
    procedure_code: str
    procedure_version: str
    procedure_name: str
    applicant_name: str
    received_at: datetime
    appointment_on: date
    delivery: Delivery
    delivery_address: str | None
    answers: dict[str, AnswerValue]
    status: str
    note: str
    documents: tuple[Document, ...] = ()  # stored as 1, 2, … in this order
    fee: int = 0  # VND
    processing_days: int | None = None
    applicant_phone: str | None = None
    applicant_address: str | None = None


class Store:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(_SCHEMA)
        with self._write() as db:
            present = {row["name"] for row in db.execute("PRAGMA table_info(dossiers)")}
            for name, kind in _ADDED_DOSSIER_COLUMNS.items():
                if name not in present:
                    db.execute(f"ALTER TABLE dossiers ADD COLUMN {name} {kind}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=30.0, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            yield db
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that holds the write lock from its first statement."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # accounts

    def create_account(
        self,
        account: Account,
        password_salt: bytes,
        password_hash: bytes,
        otp: str,
        otp_expires_at: datetime,
        now: datetime,
    ) -> None:
        with self._write() as db:
            taken = db.execute(
                "SELECT 1 FROM accounts WHERE id_number = ? AND verified = 1", (account.id_number,)
            ).fetchone()
            if taken:
                raise AccountExists
            db.execute(
                "INSERT INTO accounts (account_id, id_number, full_name, birth_date, phone, password_salt,"
                " password_hash, otp, otp_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account.account_id,
                    account.id_number,
                    account.full_name,
                    account.birth_date.isoformat(),
                    account.phone,
                    password_salt,
                    password_hash,
                    otp,
                    otp_expires_at.isoformat(),
                    now.isoformat(),
                ),
            )

    def verify_account(
        self, account_id: str, otp_matches: Callable[[str], bool], now: datetime, max_failures: int
    ) -> tuple[VerifyOutcome, Account | None, int]:
        """Checks an OTP attempt atomically; `otp_matches(stored_otp) -> bool`.

        Returns the outcome, the account (when known) and how many tries are left.
        """
        with self._write() as db:
            row = db.execute("SELECT * FROM accounts WHERE account_id = ?", (account_id,)).fetchone()
            if row is None:
                return VerifyOutcome.UNKNOWN, None, 0
            account = _account(row)
            if row["verified"]:
                ok = otp_matches(row["otp"])
                return (VerifyOutcome.OK if ok else VerifyOutcome.WRONG), account, 0
            failures = int(row["otp_failures"])
            if failures >= max_failures:
                return VerifyOutcome.LOCKED, account, 0
            if not otp_matches(row["otp"]):
                failures += 1
                db.execute(
                    "UPDATE accounts SET otp_failures = ? WHERE account_id = ?", (failures, account_id)
                )
                outcome = VerifyOutcome.LOCKED if failures >= max_failures else VerifyOutcome.WRONG
                return outcome, account, max_failures - failures
            if datetime.fromisoformat(row["otp_expires_at"]) < now:
                return VerifyOutcome.EXPIRED, account, 0
            other = db.execute(
                "SELECT 1 FROM accounts WHERE id_number = ? AND verified = 1", (row["id_number"],)
            ).fetchone()
            if other:
                return VerifyOutcome.ALREADY_VERIFIED_ELSEWHERE, account, 0
            db.execute("UPDATE accounts SET verified = 1 WHERE account_id = ?", (account_id,))
            return VerifyOutcome.OK, account.model_copy(update={"verified": True}), 0

    def login_account(self, id_number: str) -> StoredAccount | None:
        """The verified account for a CCCD number, else the newest unverified one, else None."""
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM accounts WHERE id_number = ? ORDER BY verified DESC, rowid DESC LIMIT 1",
                (id_number,),
            ).fetchone()
        if row is None:
            return None
        return StoredAccount(_account(row), bytes(row["password_salt"]), bytes(row["password_hash"]))

    # tokens

    def add_token(self, token_digest: str, account_id: str, expires_at: datetime) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO tokens (token_digest, account_id, expires_at) VALUES (?, ?, ?)",
                (token_digest, account_id, expires_at.isoformat()),
            )

    def add_grant(self, token_digest: str, account_id: str, expires_at: datetime) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO grants (token_digest, account_id, expires_at) VALUES (?, ?, ?)",
                (token_digest, account_id, expires_at.isoformat()),
            )

    def grant_account(self, token_digest: str) -> tuple[Account, datetime] | None:
        """The account a submission grant speaks for, and until when."""
        return self._bearer("grants", token_digest)

    def token_account(self, token_digest: str) -> tuple[Account, datetime] | None:
        return self._bearer("tokens", token_digest)

    def _bearer(self, table: str, token_digest: str) -> tuple[Account, datetime] | None:
        assert table in ("tokens", "grants")  # a fixed name, never input
        with self._connect() as db:
            row = db.execute(
                f"SELECT accounts.*, {table}.expires_at AS bearer_expires_at FROM {table}"
                " JOIN accounts USING (account_id) WHERE token_digest = ?",
                (token_digest,),
            ).fetchone()
        if row is None:
            return None
        return _account(row), datetime.fromisoformat(row["bearer_expires_at"])

    # dossiers

    def dossier_for_key(self, account_id: str, idempotency_key: str) -> tuple[str, Dossier] | None:
        """(request digest, dossier) stored earlier under this key by this account."""
        with self._connect() as db:
            return _by_key(db, account_id, idempotency_key)

    def insert_dossier(self, new: NewDossier) -> tuple[Dossier, bool]:
        """Stores the dossier, or returns the one stored earlier under the same key: (dossier, created).

        Raises KeyReused when the key was used for a different request.
        """
        receipt_date = new.received_at.date()
        with self._write() as db:
            earlier = _by_key(db, new.account_id, new.idempotency_key)
            if earlier is not None:
                digest, dossier = earlier
                if digest != new.request_digest:
                    raise KeyReused
                return dossier, False
            (last,) = db.execute(
                "SELECT COALESCE(MAX(sequence), 0) FROM dossiers WHERE agency_id = ? AND receipt_date = ?",
                (new.agency_id, receipt_date.isoformat()),
            ).fetchone()
            sequence = int(last) + 1
            code = dossier_code(new.agency_id, receipt_date, sequence)
            (last_entry,) = db.execute(  # the logbook: one volume a year, numbered through the year
                "SELECT COALESCE(MAX(logbook_entry), 0) FROM dossiers"
                " WHERE agency_id = ? AND logbook_volume = ?",
                (new.agency_id, _logbook_volume(receipt_date)),
            ).fetchone()
            row = {
                "code": code,
                "lookup_code": lookup_code(),
                "account_id": new.account_id,
                "idempotency_key": new.idempotency_key,
                "request_digest": new.request_digest,
                "agency_id": new.agency_id,
                "receipt_date": receipt_date.isoformat(),
                "sequence": sequence,
                "procedure_code": new.procedure_code,
                "procedure_version": new.procedure_version,
                "procedure_name": new.procedure_name,
                "applicant_name": new.applicant_name,
                "agency_name": new.agency_name,
                "status": new.status,
                "received_at": new.received_at.isoformat(),
                "appointment_on": new.appointment_on.isoformat(),
                "delivery": new.delivery,
                "delivery_address": new.delivery_address,
                "answers": json.dumps(new.answers, ensure_ascii=False, sort_keys=True),
                "fee": new.fee,
                "processing_days": new.processing_days,
                "logbook_volume": _logbook_volume(receipt_date),
                "logbook_entry": int(last_entry) + 1,
                "applicant_phone": new.applicant_phone,
                "applicant_address": new.applicant_address,
            }
            columns = ", ".join(row)
            values = ", ".join(f":{name}" for name in row)
            db.execute(f"INSERT INTO dossiers ({columns}) VALUES ({values})", row)
            db.execute(
                "INSERT INTO dossier_events (dossier_code, at, status, note) VALUES (?, ?, ?, ?)",
                (code, new.received_at.isoformat(), new.status, new.note),
            )
            db.executemany(
                "INSERT INTO documents (dossier_code, position, attachment_id, mime, size, sha256, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (code, n, d.attachment_id, d.mime, d.size, d.sha256, d.data)
                    for n, d in enumerate(new.documents, start=1)
                ],
            )
            stored = _dossier(db, code)
            assert stored is not None
            return stored[1], True

    def dossier(self, code: str) -> tuple[str, Dossier] | None:
        """(lookup code, dossier) or None."""
        with self._connect() as db:
            return _dossier(db, code)

    def document(self, code: str, index: int) -> tuple[DocumentInfo, bytes] | None:
        """A stored document's description and bytes (check the lookup code with `dossier` first)."""
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM documents WHERE dossier_code = ? AND position = ?", (code, index)
            ).fetchone()
        if row is None:
            return None
        return _document_info(row), bytes(row["data"])

    # what happens after: events, the office's pace, fees, ratings

    def add_event(self, code: str, status: str, note: str, at: datetime) -> Dossier | None:
        """Appends an event; a dossier status (not PAID) also becomes the dossier's status."""
        with self._write() as db:
            if _dossier(db, code) is None:
                return None
            _append_event(db, code, status, note, at)
            found = _dossier(db, code)
            assert found is not None
            return found[1]

    def catch_up(
        self, code: str, now: datetime, *, office_pace: timedelta | None, auto_pay: timedelta | None
    ) -> Dossier | None:
        """Writes what has happened by `now` (the sandbox's demo helpers), each event at its own time:

        - `office_pace`: the office takes each step of received -> in_review -> result_ready ->
          returned `office_pace` after the step before it;
        - `auto_pay`: a payment started `auto_pay` ago (or longer) has been paid.
        """
        with self._write() as db:
            found = _dossier(db, code)
            if found is None:
                return None
            dossier = found[1]
            if auto_pay is not None:
                row = db.execute(
                    "SELECT started_at FROM payments WHERE dossier_code = ? AND paid_at IS NULL", (code,)
                ).fetchone()
                if row is not None:
                    paid_at = datetime.fromisoformat(row["started_at"]) + auto_pay
                    if paid_at <= now:
                        _settle(db, code, paid_at)
            if office_pace is not None and office_pace > timedelta(0):
                steps = [e for e in dossier.history if e.status in statuses.PROGRESS]
                if steps and dossier.status == steps[-1].status:
                    at = steps[-1].at
                    position = statuses.PROGRESS.index(dossier.status)
                    for status in statuses.PROGRESS[position + 1 :]:
                        at += office_pace
                        if at > now:
                            break
                        _append_event(db, code, status, statuses.NOTES[status], at)
            found = _dossier(db, code)
            assert found is not None
            return found[1]

    def payment(self, code: str) -> Payment | None:
        with self._connect() as db:
            return _payment(db, code)

    def start_payment(self, code: str, terms: PaymentTerms, now: datetime) -> tuple[Payment, bool]:
        """The dossier's one payment: (payment, created). A second call returns the first payment."""
        with self._write() as db:
            earlier = _payment(db, code)
            if earlier is not None:
                return earlier, False
            db.execute(
                "INSERT INTO payments (dossier_code, amount, bank_bin, bank_name, account_number,"
                " account_name, purpose, purpose_key, vietqr, started_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    code,
                    terms.amount,
                    terms.bank_bin,
                    terms.bank_name,
                    terms.account_number,
                    terms.account_name,
                    terms.purpose,
                    terms.purpose_key,
                    terms.vietqr,
                    now.isoformat(),
                ),
            )
            created = _payment(db, code)
            assert created is not None
            return created, True

    def settle_transfer(
        self, purpose_key: str, amount: int, at: datetime
    ) -> tuple[TransferOutcome, Payment | None]:
        """A bank transfer reached the treasury account: settles the payment its note names."""
        with self._write() as db:
            row = db.execute(
                "SELECT dossier_code, amount, paid_at FROM payments WHERE purpose_key = ?", (purpose_key,)
            ).fetchone()
            if row is None:
                return TransferOutcome.UNKNOWN, None
            code = str(row["dossier_code"])
            if row["paid_at"] is not None:
                return TransferOutcome.ALREADY_PAID, _payment(db, code)
            if int(row["amount"]) != amount:
                return TransferOutcome.WRONG_AMOUNT, _payment(db, code)
            _settle(db, code, at)
            return TransferOutcome.SETTLED, _payment(db, code)

    def add_rating(self, code: str, score: RatingScore, comment: str, at: datetime) -> Rating:
        """Stores the dossier's one rating; AlreadyRated when it has one (a UNIQUE constraint says so)."""
        with self._write() as db:
            try:
                db.execute(
                    "INSERT INTO ratings (dossier_code, score, comment, at) VALUES (?, ?, ?, ?)",
                    (code, score, comment, at.isoformat()),
                )
            except sqlite3.IntegrityError:
                raise AlreadyRated from None
        return Rating(dossier_code=code, score=score, at=at)


def new_account_id() -> str:
    return uuid.uuid4().hex


def _account(row: sqlite3.Row) -> Account:
    return Account(
        account_id=row["account_id"],
        id_number=row["id_number"],
        full_name=row["full_name"],
        birth_date=date.fromisoformat(row["birth_date"]),
        phone=row["phone"],
        verified=bool(row["verified"]),
    )


def _by_key(db: sqlite3.Connection, account_id: str, idempotency_key: str) -> tuple[str, Dossier] | None:
    row = db.execute(
        "SELECT code, request_digest FROM dossiers WHERE account_id = ? AND idempotency_key = ?",
        (account_id, idempotency_key),
    ).fetchone()
    if row is None:
        return None
    found = _dossier(db, row["code"])
    assert found is not None
    return str(row["request_digest"]), found[1]


def _logbook_volume(received_on: date) -> str:
    """ "Quyển số" of the receiving logbook: one volume a year, "01/2026"."""
    return f"01/{received_on.year}"


def _append_event(db: sqlite3.Connection, code: str, status: str, note: str, at: datetime) -> None:
    db.execute(
        "INSERT INTO dossier_events (dossier_code, at, status, note) VALUES (?, ?, ?, ?)",
        (code, at.isoformat(), status, note),
    )
    if status != statuses.PAID:
        db.execute("UPDATE dossiers SET status = ? WHERE code = ?", (status, code))


def _settle(db: sqlite3.Connection, code: str, at: datetime) -> None:
    db.execute("UPDATE payments SET paid_at = ? WHERE dossier_code = ?", (at.isoformat(), code))
    _append_event(db, code, statuses.PAID, statuses.NOTES[statuses.PAID], at)


def _payment(db: sqlite3.Connection, code: str) -> Payment | None:
    row = db.execute("SELECT * FROM payments WHERE dossier_code = ?", (code,)).fetchone()
    if row is None:
        return None
    paid_at = datetime.fromisoformat(row["paid_at"]) if row["paid_at"] is not None else None
    return Payment(
        dossier_code=row["dossier_code"],
        amount=row["amount"],
        status="paid" if paid_at is not None else "unpaid",
        bank_bin=row["bank_bin"],
        bank_name=row["bank_name"],
        account_number=row["account_number"],
        account_name=row["account_name"],
        purpose=row["purpose"],
        vietqr=row["vietqr"],
        paid_at=paid_at,
    )


def _dossier(db: sqlite3.Connection, code: str) -> tuple[str, Dossier] | None:
    row = db.execute("SELECT * FROM dossiers WHERE code = ?", (code,)).fetchone()
    if row is None:
        return None
    events = db.execute(
        "SELECT at, status, note FROM dossier_events WHERE dossier_code = ? ORDER BY event_id", (code,)
    ).fetchall()
    documents = db.execute(
        "SELECT position, attachment_id, mime, size, sha256 FROM documents WHERE dossier_code = ?"
        " ORDER BY position",
        (code,),
    ).fetchall()
    dossier = Dossier(
        code=row["code"],
        lookup_code=row["lookup_code"],
        procedure_code=row["procedure_code"],
        procedure_version=row["procedure_version"],
        procedure_name=row["procedure_name"],
        applicant_name=row["applicant_name"],
        agency_name=row["agency_name"],
        status=row["status"],
        received_at=datetime.fromisoformat(row["received_at"]),
        appointment_on=date.fromisoformat(row["appointment_on"]),
        delivery=row["delivery"],
        history=[
            StatusEvent(at=datetime.fromisoformat(e["at"]), status=e["status"], note=e["note"])
            for e in events
        ],
        documents=[_document_info(d) for d in documents],
        applicant_address=row["applicant_address"],
        applicant_phone=row["applicant_phone"],
        processing_days=row["processing_days"],
        logbook_volume=row["logbook_volume"],
        logbook_entry=row["logbook_entry"],
        fee=row["fee"],
        payment_status=_payment_status(db, code, int(row["fee"])),
        rated=db.execute("SELECT 1 FROM ratings WHERE dossier_code = ?", (code,)).fetchone() is not None,
    )
    return str(row["lookup_code"]), dossier


def _payment_status(db: sqlite3.Connection, code: str, fee: int) -> PaymentStatus:
    if fee <= 0:
        return "none"
    paid = db.execute(
        "SELECT 1 FROM payments WHERE dossier_code = ? AND paid_at IS NOT NULL", (code,)
    ).fetchone()
    return "paid" if paid else "unpaid"


def _document_info(row: sqlite3.Row) -> DocumentInfo:
    return DocumentInfo(
        index=row["position"],
        attachment_id=row["attachment_id"],
        mime=row["mime"],
        size=row["size"],
        sha256=row["sha256"],
    )
