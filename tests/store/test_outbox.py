"""The outbox: committed dossiers survive restarts, walk their states, and are sealed on disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.secrets import Secrets
from kiosk.store.location import data_dir, drafts_path, outbox_path
from kiosk.store.outbox import (
    REF_ALPHABET,
    Outbox,
    OutboxEntry,
    OutboxState,
    Parcel,
    ParcelGone,
    is_local_ref,
)
from kiosk.store.vault import KEY_NAME, Vault

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)

CCCD = "079188004321"
NAME = unicodedata.normalize("NFC", "Trần Thị Ngọc Ánh")
PHONE = "0987654321"
TOKEN = "tok-" + "s3cr3t" * 6
PDF = b"%PDF-1.4\n" + b"giay-chung-sinh-bytes-" * 9000 + b"\n%%EOF"  # ~200 kB: overflow pages
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"anh-ho-khau-marker"
T0 = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)


def make_parcel() -> Parcel:
    request = {
        "procedure_code": "1.001193",
        "applicant": {"full_name": NAME, "id_number": CCCD, "phone": PHONE, "address": "12 Lý Thường Kiệt"},
    }
    return Parcel(
        request_json=json.dumps(request, ensure_ascii=False),
        documents=[("giay_chung_sinh", "application/pdf", PDF), ("ho_khau", "image/jpeg", JPEG)],
        token=TOKEN,
    )


@pytest.fixture
def vault() -> Vault:
    return Vault(os.urandom(32))


@pytest.fixture
def outbox(tmp_path: Path, vault: Vault) -> Iterator[Outbox]:
    outbox = Outbox(tmp_path / "outbox.sqlite3", vault)
    yield outbox
    outbox.close()


def test_add_commits_a_waiting_entry_due_at_once(outbox: Outbox) -> None:
    entry = outbox.add(make_parcel(), procedure_code="1.001193", now=T0)
    assert is_local_ref(entry.local_ref) and len(entry.local_ref) == 9
    assert not set(entry.local_ref[3:]) & set("01OI")
    assert uuid.UUID(entry.idempotency_key).version == 4
    assert entry == OutboxEntry(
        local_ref=entry.local_ref,
        idempotency_key=entry.idempotency_key,
        procedure_code="1.001193",
        created_at=T0,
        state=OutboxState.WAITING,
        attempts=0,
        next_attempt_at=T0,
        last_error="",
        dossier_code=None,
        lookup_code=None,
        appointment_on=None,
    )
    assert outbox.entry(entry.local_ref) == entry
    assert outbox.due(T0) == [entry]
    assert outbox.parcel(entry.local_ref) == make_parcel()
    other = outbox.add(make_parcel(), procedure_code="1.001193", now=T0)
    assert other.local_ref != entry.local_ref and other.idempotency_key != entry.idempotency_key
    assert outbox.counts() == {
        OutboxState.WAITING: 2,
        OutboxState.SENDING: 0,
        OutboxState.DELIVERED: 0,
        OutboxState.REJECTED: 0,
    }


def test_a_parcel_with_no_documents_round_trips(outbox: Outbox) -> None:
    parcel = Parcel(request_json="{}", documents=[], token="")
    entry = outbox.add(parcel, procedure_code="2.000986", now=T0)
    assert outbox.parcel(entry.local_ref) == parcel


def test_local_refs_are_unambiguous() -> None:
    assert not set(REF_ALPHABET) & set("0O1I")
    assert is_local_ref("CG-7K3Q9D")
    assert not is_local_ref("CG-7K3Q9O") and not is_local_ref("CG-7K3Q9") and not is_local_ref("XX-7K3Q9D")


def test_lifecycle_with_retries_then_delivery(outbox: Outbox) -> None:
    ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref

    outbox.begin_attempt(ref, T0)
    sending = outbox.entry(ref)
    assert sending is not None and sending.state is OutboxState.SENDING and sending.attempts == 1

    later = T0 + timedelta(seconds=30)
    outbox.retry_later(ref, error="Chưa kết nối được cổng dịch vụ công.", next_attempt_at=later)
    waiting = outbox.entry(ref)
    assert waiting is not None and waiting.state is OutboxState.WAITING
    assert waiting.next_attempt_at == later and waiting.last_error == "Chưa kết nối được cổng dịch vụ công."
    assert outbox.due(later - timedelta(seconds=1)) == []
    assert [e.local_ref for e in outbox.due(later)] == [ref]
    assert [e.local_ref for e in outbox.waiting()] == [ref]

    outbox.begin_attempt(ref, later)
    outbox.delivered(
        ref,
        dossier_code="000.00.01.H26-260930-0001",
        lookup_code="TRA-123",
        appointment_on=date(2026, 10, 5),
        now=later,
    )
    done = outbox.entry(ref)
    assert done is not None
    assert (done.state, done.attempts, done.dossier_code, done.lookup_code, done.appointment_on) == (
        OutboxState.DELIVERED,
        2,
        "000.00.01.H26-260930-0001",
        "TRA-123",
        date(2026, 10, 5),
    )
    assert done.idempotency_key == sending.idempotency_key  # the same key for every attempt
    assert done.next_attempt_at is None and done.last_error == ""
    with pytest.raises(ParcelGone):
        outbox.parcel(ref)
    assert outbox.due(later + timedelta(days=1)) == [] and outbox.waiting() == []
    assert outbox.counts()[OutboxState.DELIVERED] == 1
    with pytest.raises(ValueError):
        outbox.begin_attempt(ref, later)  # a delivered dossier is never sent again


def test_an_attempt_in_flight_at_a_crash_is_due_after_restart(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "outbox.sqlite3"
    first = Outbox(path, vault)
    ref = first.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    first.begin_attempt(ref, T0)
    # The kiosk dies here: `first` is never closed. A new process opens the same file.
    second = Outbox(path, vault)
    try:
        due = second.due(T0 - timedelta(hours=1))  # "maybe sent" is due whatever the clock says
        assert [(e.local_ref, e.state, e.attempts) for e in due] == [(ref, OutboxState.SENDING, 1)]
        assert second.parcel(ref) == make_parcel()
        second.begin_attempt(ref, T0)
        entry = second.entry(ref)
        assert entry is not None and entry.attempts == 2
    finally:
        second.close()
        first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_commit_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    key = os.urandom(32)
    child = f"""
import os, signal
from datetime import UTC, datetime
from pathlib import Path
from kiosk.store.outbox import Outbox, Parcel
from kiosk.store.vault import Vault
outbox = Outbox(Path({str(path)!r}), Vault(bytes.fromhex({key.hex()!r})))
entry = outbox.add(Parcel(request_json="{{}}", documents=[("a", "image/png", b"x")], token="t"),
                   procedure_code="1.001193", now=datetime(2026, 9, 30, tzinfo=UTC))
outbox.begin_attempt(entry.local_ref, datetime(2026, 9, 30, tzinfo=UTC))
print(entry.local_ref, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    ref = result.stdout.strip()
    with Outbox(path, Vault(key)) as outbox:
        assert [(e.local_ref, e.state) for e in outbox.due(T0)] == [(ref, OutboxState.SENDING)]
        assert outbox.parcel(ref).documents == [("a", "image/png", b"x")]


def test_rejected_is_not_due_until_the_operator_resends_it(outbox: Outbox) -> None:
    ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    outbox.begin_attempt(ref, T0)
    outbox.rejected(ref, error="Cổng dịch vụ công từ chối: thiếu giấy chứng sinh.")
    entry = outbox.entry(ref)
    assert entry is not None and entry.state is OutboxState.REJECTED and entry.next_attempt_at is None
    assert entry.last_error == "Cổng dịch vụ công từ chối: thiếu giấy chứng sinh."
    assert outbox.due(T0 + timedelta(days=365)) == []
    assert [e.local_ref for e in outbox.waiting()] == [ref]  # the desk still sees it
    with pytest.raises(ValueError):
        outbox.retry_later(ref, error="x", next_attempt_at=T0)

    outbox.resend_now(now=T0)  # "Gửi lại ngay" for all: a rejected dossier would be refused again
    assert outbox.due(T0 + timedelta(days=1)) == []

    outbox.resend_now(ref, now=T0 + timedelta(minutes=5))  # the operator fixed it and resends this one
    resent = outbox.entry(ref)
    assert resent is not None and resent.state is OutboxState.WAITING
    assert [e.local_ref for e in outbox.due(T0 + timedelta(minutes=5))] == [ref]


def test_resend_now_makes_backing_off_entries_due(outbox: Outbox) -> None:
    first = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    second = outbox.add(make_parcel(), procedure_code="1.001193", now=T0 + timedelta(seconds=1)).local_ref
    for ref in (first, second):
        outbox.begin_attempt(ref, T0)
        outbox.retry_later(ref, error="Mạng chập chờn.", next_attempt_at=T0 + timedelta(minutes=15))
    now = T0 + timedelta(minutes=1)
    assert outbox.due(now) == []
    outbox.resend_now(second, now=now)
    assert [e.local_ref for e in outbox.due(now)] == [second]
    outbox.resend_now(now=now)
    assert [e.local_ref for e in outbox.due(now)] == [first, second]  # oldest first


def test_unknown_references_and_naive_times_are_refused(outbox: Outbox) -> None:
    with pytest.raises(KeyError):
        outbox.begin_attempt("CG-ZZZZZZ", T0)
    with pytest.raises(KeyError):
        outbox.parcel("CG-ZZZZZZ")
    with pytest.raises(KeyError):
        outbox.resend_now("CG-ZZZZZZ")
    assert outbox.entry("CG-ZZZZZZ") is None
    with pytest.raises(ValueError, match="timezone"):
        outbox.add(make_parcel(), procedure_code="1.001193", now=datetime(2026, 9, 30, 9, 0))
    assert outbox.counts()[OutboxState.WAITING] == 0


def test_another_kiosks_key_cannot_open_the_parcel(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path, vault) as outbox:
        ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    with Outbox(path, Vault(os.urandom(32))) as stranger, pytest.raises(ValueError):
        stranger.parcel(ref)


def test_a_parcel_moved_to_another_row_does_not_open(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path, vault) as outbox:
        a = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
        b = outbox.add(Parcel("{}", [], "t"), procedure_code="1.001193", now=T0).local_ref
    raw = sqlite3.connect(path)
    raw.execute(
        "UPDATE outbox SET parcel = (SELECT parcel FROM outbox WHERE local_ref = ?) WHERE local_ref = ?",
        (a, b),
    )
    raw.commit()
    raw.close()
    with Outbox(path, vault) as outbox, pytest.raises(ValueError):
        outbox.parcel(b)


def test_the_gui_and_the_sender_can_share_it(outbox: Outbox) -> None:
    refs = [outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref for _ in range(20)]
    errors: list[BaseException] = []

    def sender() -> None:
        try:
            for ref in refs:
                outbox.begin_attempt(ref, T0)
                outbox.delivered(ref, dossier_code="X", lookup_code=None, appointment_on=None, now=T0)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=sender)
    thread.start()
    while thread.is_alive():
        assert sum(outbox.counts().values()) == 20  # the operator panel reads while the sender writes
    thread.join()
    assert errors == [] and outbox.counts()[OutboxState.DELIVERED] == 20


def _raw_files(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _personal_values() -> dict[str, bytes]:
    return {
        "cccd": CCCD.encode(),
        "name NFC": NAME.encode("utf-8"),
        "name NFD": unicodedata.normalize("NFD", NAME).encode("utf-8"),
        "name UTF-16": NAME.encode("utf-16-le"),
        "surname": "Trần".encode(),
        "phone": PHONE.encode(),
        "address": "Lý Thường Kiệt".encode(),
        "token": TOKEN.encode(),
        "pdf": b"giay-chung-sinh-bytes-",
        "jpeg": b"anh-ho-khau-marker",
    }


def test_the_raw_files_hold_nothing_personal(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path, vault)
    ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    outbox.begin_attempt(ref, T0)
    outbox.retry_later(ref, error="Chưa kết nối được.", next_attempt_at=T0)
    while_open = _raw_files(path)
    assert Path(f"{path}-wal").exists() and len(while_open) > len(PDF)  # the dossier is on disk
    assert ref.encode() in while_open  # sanity: the scan sees what is in clear
    outbox.close()
    after_close = _raw_files(path)
    assert ref.encode() in after_close
    for label, value in _personal_values().items():
        assert value not in while_open, label
        assert value not in after_close, label


def test_delivery_wipes_the_sealed_parcel_from_the_file(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path, vault) as outbox:
        ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
    raw = sqlite3.connect(path)
    sealed = bytes(raw.execute("SELECT parcel FROM outbox").fetchone()[0])
    raw.close()
    pieces = [sealed[at : at + 64] for at in (100, len(sealed) // 2, len(sealed) - 64)]
    assert all(piece in path.read_bytes() for piece in pieces)
    with Outbox(path, vault) as outbox:
        outbox.begin_attempt(ref, T0)
        outbox.delivered(ref, dossier_code="C-1", lookup_code=None, appointment_on=None, now=T0)
    left = path.read_bytes()
    assert not any(piece in left for piece in pieces)  # not even the ciphertext stays behind


def test_files_live_in_the_data_folder() -> None:
    assert outbox_path().parent == data_dir() and drafts_path().parent == data_dir()
    assert outbox_path() != drafts_path()


@needs_secret_service
def test_with_the_keyring_key_a_restart_opens_the_parcel(tmp_path: Path) -> None:
    secrets = Secrets(service=f"vn.gov.kiosk.test-outbox-{uuid.uuid4().hex}")
    try:
        with Outbox(tmp_path / "o.sqlite3", Vault.open(secrets)) as outbox:
            ref = outbox.add(make_parcel(), procedure_code="1.001193", now=T0).local_ref
        with Outbox(tmp_path / "o.sqlite3", Vault.open(Secrets(service=secrets.service))) as outbox:
            assert outbox.parcel(ref) == make_parcel()
    finally:
        secrets.delete(KEY_NAME)
