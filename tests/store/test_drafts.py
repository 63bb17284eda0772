"""Drafts: answers saved sealed as the person goes, found again by the same card, purged when old."""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.secrets import Secrets
from kiosk.store.drafts import DraftInfo, Drafts, new_draft_id
from kiosk.store.vault import KEY_NAME, Vault

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)

CCCD = "036190007788"
NAME = unicodedata.normalize("NFC", "Lê Văn Đức")
PHONE = "0912003004"
ADDRESS = "Thôn Đông, xã Hải Hậu"
T0 = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)


def answers(**extra: str) -> str:
    return json.dumps(
        {"ho_ten": NAME, "so_cccd": CCCD, "dien_thoai": PHONE, "dia_chi": ADDRESS, **extra},
        ensure_ascii=False,
    )


@pytest.fixture
def vault() -> Vault:
    return Vault(os.urandom(32))


@pytest.fixture
def drafts(tmp_path: Path, vault: Vault) -> Iterator[Drafts]:
    drafts = Drafts(tmp_path / "drafts.sqlite3", vault)
    yield drafts
    drafts.close()


def test_save_and_load_round_trip_and_replace(drafts: Drafts) -> None:
    draft_id = new_draft_id()
    drafts.save(draft_id, procedure_code="1.001193", answers_json=answers(), owner=None, now=T0)
    assert drafts.load(draft_id) == answers()
    later = T0 + timedelta(minutes=2)
    drafts.save(draft_id, procedure_code="1.001193", answers_json=answers(buoc="3"), owner=None, now=later)
    assert drafts.load(draft_id) == answers(buoc="3")
    assert drafts.listing() == [DraftInfo(draft_id, "1.001193", later)]
    with pytest.raises(KeyError):
        drafts.load(new_draft_id())


def test_drafts_survive_a_restart(tmp_path: Path, vault: Vault) -> None:
    first = Drafts(tmp_path / "drafts.sqlite3", vault)
    first.save("d1", procedure_code="1.001193", answers_json=answers(), owner=None, now=T0)
    # never closed, as after a crash
    with Drafts(tmp_path / "drafts.sqlite3", vault) as second:
        assert second.load("d1") == answers()
    first.close()


def test_listing_is_newest_first_and_shows_nothing_personal(drafts: Drafts, vault: Vault) -> None:
    drafts.save("older", procedure_code="1.001193", answers_json=answers(), owner=None, now=T0)
    drafts.save(
        "newer",
        procedure_code="2.000986",
        answers_json=answers(),
        owner=vault.fingerprint(CCCD),
        now=T0 + timedelta(minutes=5),
    )
    listing = drafts.listing()
    assert [(d.draft_id, d.procedure_code, d.updated_at) for d in listing] == [
        ("newer", "2.000986", T0 + timedelta(minutes=5)),
        ("older", "1.001193", T0),
    ]
    shown = repr(listing)
    for value in (CCCD, NAME, PHONE, ADDRESS, vault.fingerprint(CCCD)):
        assert value not in shown


def test_the_same_card_finds_its_draft(drafts: Drafts, vault: Vault) -> None:
    mine, theirs = vault.fingerprint(CCCD), vault.fingerprint("001088012345")
    drafts.save("a", procedure_code="1.001193", answers_json=answers(), owner=mine, now=T0)
    drafts.save("b", procedure_code="1.001193", answers_json="{}", owner=theirs, now=T0)
    found = drafts.find_by_owner(vault.fingerprint(CCCD))
    assert found is not None and found.draft_id == "a" and drafts.load(found.draft_id) == answers()
    assert drafts.find_by_owner(vault.fingerprint("079188004321")) is None


def test_the_owner_must_be_a_fingerprint_never_the_number(drafts: Drafts) -> None:
    with pytest.raises(ValueError, match="fingerprint"):
        drafts.save("a", procedure_code="1.001193", answers_json="{}", owner=CCCD, now=T0)
    with pytest.raises(ValueError):
        drafts.save(f"draft-{CCCD}-{NAME}", procedure_code="1.001193", answers_json="{}", owner=None, now=T0)
    assert drafts.listing() == []


def test_delete_and_delete_older_than(drafts: Drafts) -> None:
    for minutes, draft_id in ((0, "old1"), (10, "old2"), (40, "fresh")):
        drafts.save(
            draft_id,
            procedure_code="1.001193",
            answers_json="{}",
            owner=None,
            now=T0 + timedelta(minutes=minutes),
        )
    assert drafts.delete_older_than(T0 + timedelta(minutes=30)) == 2
    assert [d.draft_id for d in drafts.listing()] == ["fresh"]
    assert drafts.delete_older_than(T0 + timedelta(minutes=30)) == 0
    drafts.delete("fresh")
    drafts.delete("fresh")  # absent: no error
    assert drafts.listing() == []


def test_another_key_cannot_read_a_draft(tmp_path: Path, vault: Vault) -> None:
    with Drafts(tmp_path / "d.sqlite3", vault) as drafts:
        drafts.save("a", procedure_code="1.001193", answers_json=answers(), owner=None, now=T0)
    with Drafts(tmp_path / "d.sqlite3", Vault(os.urandom(32))) as stranger, pytest.raises(ValueError):
        stranger.load("a")


def _raw_files(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_the_raw_files_hold_nothing_personal(tmp_path: Path, vault: Vault) -> None:
    path = tmp_path / "drafts.sqlite3"
    drafts = Drafts(path, vault)
    owner = vault.fingerprint(CCCD)
    for step in range(3):  # saved as the person goes: several versions pass through the WAL
        drafts.save(
            "d1", procedure_code="1.001193", answers_json=answers(buoc=str(step)), owner=owner, now=T0
        )
    drafts.save("d2", procedure_code="1.001193", answers_json=answers(), owner=None, now=T0)
    drafts.delete("d2")
    while_open = _raw_files(path)
    assert Path(f"{path}-wal").exists() and owner.encode() in while_open  # the scan sees what is in clear
    drafts.close()
    after_close = _raw_files(path)
    for value in (
        CCCD.encode(),
        NAME.encode("utf-8"),
        unicodedata.normalize("NFD", NAME).encode("utf-8"),
        NAME.encode("utf-16-le"),
        PHONE.encode(),
        ADDRESS.encode("utf-8"),
        b"so_cccd",
    ):
        assert value not in while_open, value
        assert value not in after_close, value


@needs_secret_service
def test_with_the_keyring_key_a_restart_resumes_the_draft(tmp_path: Path) -> None:
    secrets = Secrets(service=f"vn.gov.kiosk.test-drafts-{uuid.uuid4().hex}")
    try:
        vault = Vault.open(secrets)
        with Drafts(tmp_path / "d.sqlite3", vault) as drafts:
            drafts.save("a", procedure_code="1.001193", answers_json=answers(), owner=vault.fingerprint(CCCD))
        again = Vault.open(Secrets(service=secrets.service))
        with Drafts(tmp_path / "d.sqlite3", again) as drafts:
            found = drafts.find_by_owner(again.fingerprint(CCCD))
            assert found is not None and drafts.load(found.draft_id) == answers()
    finally:
        secrets.delete(KEY_NAME)
