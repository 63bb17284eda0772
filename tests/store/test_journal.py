"""The desk journal: idempotent, tallies per day, persists, and has no room for personal data."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.store.journal import COLUMNS, Journal, JournalEntry
from kiosk.store.location import data_dir, journal_path
from kiosk.store.vault import Vault


def entry(code: str = "000.00.01.H26-260930-0001", at: datetime | None = None) -> JournalEntry:
    return JournalEntry(
        dossier_code=code,
        procedure_code="1.001193",
        procedure_version="2025.1",
        received_at=at or datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="desk",
    )


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


def test_record_twice_keeps_one_row(journal: Journal) -> None:
    journal.record(entry())
    journal.record(entry())
    assert journal.today(date(2026, 9, 30)) == [entry()]
    assert journal.count_on(date(2026, 9, 30)) == 1


def test_tally_per_day(journal: Journal) -> None:
    journal.record(entry("000.00.01.H26-260929-0001", datetime(2026, 9, 29, 23, 59, 59)))
    journal.record(entry("000.00.01.H26-260930-0002", datetime(2026, 9, 30, 14, 0)))
    journal.record(entry("000.00.01.H26-260930-0001", datetime(2026, 9, 30, 0, 0)))
    journal.record(entry("000.00.01.H26-261001-0001", datetime(2026, 10, 1, 8, 0)))
    assert journal.count_on(date(2026, 9, 29)) == 1
    assert journal.count_on(date(2026, 9, 30)) == 2
    assert journal.count_on(date(2026, 10, 1)) == 1
    assert journal.count_on(date(2026, 10, 2)) == 0
    assert [e.dossier_code for e in journal.today(date(2026, 9, 30))] == [
        "000.00.01.H26-260930-0001",
        "000.00.01.H26-260930-0002",
    ]
    assert journal.count_on(datetime(2026, 9, 30, 17, 0)) == 2  # a datetime counts its day


def test_aware_times_count_on_the_vietnam_day(journal: Journal) -> None:
    utc_evening = datetime(2026, 9, 30, 18, 30, tzinfo=UTC)  # 01:30 on 1 October in Hà Nội
    journal.record(entry("000.00.01.H26-261001-0001", utc_evening))
    assert journal.count_on(date(2026, 9, 30)) == 0
    assert journal.count_on(date(2026, 10, 1)) == 1
    (stored,) = journal.today(date(2026, 10, 1))
    assert stored.received_at == utc_evening
    assert stored.received_at.utcoffset() == timedelta(hours=7)


def test_reopened_file_keeps_the_entries(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.record(entry())
    with Journal(path) as reopened:
        assert reopened.today(date(2026, 9, 30)) == [entry()]


def test_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_schema_has_no_room_for_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.record(entry())
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert tables == ["journal"]
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(journal)"))
    finally:
        conn.close()
    assert (
        columns
        == COLUMNS
        == (
            "dossier_code",
            "procedure_code",
            "procedure_version",
            "received_at",
            "appointment_on",
            "delivery",
            "sealed_lookup",  # encrypted, or empty
        )
    )


def test_lookup_codes_are_kept_only_sealed(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    vault = Vault(os.urandom(32))
    with Journal(path, vault) as journal:
        journal.record(entry(), "K7QX3M")
        assert journal.lookup_code(entry().dossier_code) == "K7QX3M"
        assert journal.lookup_code("000.00.01.H26-260930-9999") is None
        on_disk = b"".join(f.read_bytes() for f in tmp_path.glob("journal.sqlite3*"))
        assert b"K7QX3M" not in on_disk
    assert b"K7QX3M" not in path.read_bytes()
    with Journal(path) as no_vault:  # without the keyring's key it is useless
        assert no_vault.lookup_code(entry().dossier_code) is None
    with Journal(path, Vault(os.urandom(32))) as other_key:
        assert other_key.lookup_code(entry().dossier_code) is None


def test_a_lookup_code_learnt_later_is_added(tmp_path: Path) -> None:
    vault = Vault(os.urandom(32))
    with Journal(tmp_path / "journal.sqlite3", vault) as journal:
        journal.record(entry())
        assert journal.lookup_code(entry().dossier_code) is None
        journal.record(entry(), "K7QX3M")
        journal.record(entry(), "ZZZZZZ")  # the first one stays
        assert journal.lookup_code(entry().dossier_code) == "K7QX3M"


def test_recent_lists_newest_first(journal: Journal) -> None:
    journal.record(entry("000.00.01.H26-260929-0001", datetime(2026, 9, 29, 9, 0)))
    journal.record(entry("000.00.01.H26-260930-0001", datetime(2026, 9, 30, 9, 0)))
    journal.record(entry("000.00.01.H26-260922-0001", datetime(2026, 9, 22, 9, 0)))
    assert [e.dossier_code for e in journal.recent(datetime(2026, 9, 23))] == [
        "000.00.01.H26-260930-0001",
        "000.00.01.H26-260929-0001",
    ]


def test_a_version_1_journal_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE journal (dossier_code TEXT PRIMARY KEY NOT NULL, procedure_code TEXT NOT NULL,"
            " procedure_version TEXT NOT NULL, received_at TEXT NOT NULL, appointment_on TEXT NOT NULL,"
            " delivery TEXT NOT NULL) STRICT"
        )
        old.execute(
            "INSERT INTO journal VALUES ('000.00.01.H26-260930-0001', '1.001193', '2026.1',"
            " '2026-09-30T09:00:00', '2026-10-02', 'desk')"
        )
    with Journal(path, Vault(os.urandom(32))) as journal:
        assert journal.count_on(date(2026, 9, 30)) == 1
        journal.record(entry(), "K7QX3M")
        assert journal.lookup_code(entry().dossier_code) == "K7QX3M"


def test_dossier_code_must_have_the_official_shape() -> None:
    with pytest.raises(ValueError):
        entry("Nguyễn Thị Hoà")
    with pytest.raises(ValueError):
        entry("001090012345")  # a CCCD number is not a dossier code
    with pytest.raises(ValueError):
        JournalEntry(
            "000.00.01.H26-260930-0001", "1.001193", "1", datetime(2026, 9, 30), date(2026, 10, 2), "x"
        )


def test_threads_share_one_journal(journal: Journal) -> None:
    def work(worker: int) -> None:
        for n in range(25):
            journal.record(entry(f"000.00.01.H26-260930-{worker * 100 + n:04d}"))
            journal.count_on(date(2026, 9, 30))

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert journal.count_on(date(2026, 9, 30)) == 100


def test_location_is_under_the_hermetic_data_dir(home_dir: Path) -> None:
    assert data_dir().is_dir()
    assert data_dir().is_relative_to(home_dir)
    assert journal_path().parent == data_dir()
