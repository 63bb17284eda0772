"""A dossier reaches the portal exactly once: through a lost answer, a killed process, and a process
that lingers while the kiosk restarts. Dossiers are counted in the sandbox's own SQLite file."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from delivery_helpers import Portal, birth_parcel, finish, read_line, start_child, write_parcel

from kiosk.delivery.sender import deliver_once
from kiosk.domain.documents import Document
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier, DossierCreate
from kiosk.portal.sandbox.faults import Faults
from kiosk.secrets import Secrets
from kiosk.store.outbox import Outbox, OutboxState
from kiosk.store.vault import Vault

needs_sigkill = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_a_lost_answer_then_the_retry_gives_one_dossier_with_one_code(
    outbox: Outbox, portal: Portal, token: str
) -> None:
    entry = outbox.add(birth_parcel(token), procedure_code="1.001193")
    # Three lost answers: the first request and both of the client's own quick retries are stored,
    # then their answers vanish, so the attempt ends with no answer at all.
    portal.handle.faults = Faults(lose_next_responses=3)

    first = deliver_once(outbox, portal.url)

    assert (first.delivered, first.retry) == (0, 1)
    assert portal.handle.fault_stats.lost_responses == 3
    waiting = outbox.entry(entry.local_ref)
    assert waiting is not None and waiting.state is OutboxState.WAITING and waiting.dossier_code is None
    assert waiting.next_attempt_at is not None
    assert len(portal.dossiers(entry.idempotency_key)) == 1  # it did reach the portal

    second = deliver_once(outbox, portal.url, now=waiting.next_attempt_at)  # the retry, when it is due

    assert second.delivered == 1
    stored = portal.dossiers(entry.idempotency_key)
    assert len(stored) == 1
    done = outbox.entry(entry.local_ref)
    assert done is not None and done.state is OutboxState.DELIVERED
    assert (done.dossier_code, done.lookup_code) == stored[0]


@needs_sigkill
def test_killed_right_after_the_commit_delivers_once_after_restart(
    tmp_path: Path, outbox_path: Path, vault: Vault, portal: Portal, token: str
) -> None:
    before = len(portal.dossiers())
    child = start_child(
        "commit", str(outbox_path), str(write_parcel(tmp_path / "parcel.json", birth_parcel(token)))
    )
    line = read_line(child)
    assert line.startswith("committed "), finish(child)
    local_ref = line.split()[1]
    child.send_signal(signal.SIGKILL)
    assert finish(child)[0] == -signal.SIGKILL

    with Outbox(outbox_path, vault) as restarted:  # the kiosk starts again
        committed = restarted.entry(local_ref)
        assert committed is not None and committed.state is OutboxState.WAITING
        assert len(portal.dossiers()) == before  # nothing was sent before the kill

        report = deliver_once(restarted, portal.url)
        again = deliver_once(restarted, portal.url)

        assert (report.delivered, again.attempted) == (1, 0)
        stored = portal.dossiers(committed.idempotency_key)
        assert len(stored) == 1 and len(portal.dossiers()) == before + 1
        done = restarted.entry(local_ref)
        assert done is not None and done.state is OutboxState.DELIVERED
        assert (done.dossier_code, done.lookup_code) == stored[0]


@needs_sigkill
def test_killed_after_the_send_before_the_acknowledgement_delivers_once_after_restart(
    outbox_path: Path, vault: Vault, portal: Portal, token: str
) -> None:
    with Outbox(outbox_path, vault) as outbox:
        entry = outbox.add(birth_parcel(token), procedure_code="1.001193")
    before = len(portal.dossiers())

    child = start_child("deliver", str(outbox_path), portal.url, KIOSK_TEST_DIE_AFTER_SUBMIT="1")
    code, err = finish(child)

    assert code == -signal.SIGKILL, err
    original = portal.dossiers(entry.idempotency_key)
    assert len(original) == 1  # the portal has it; the kiosk never heard back
    with Outbox(outbox_path, vault) as restarted:
        maybe_sent = restarted.entry(entry.local_ref)
        assert maybe_sent is not None
        assert (maybe_sent.state, maybe_sent.attempts, maybe_sent.dossier_code) == (
            OutboxState.SENDING,
            1,
            None,
        )

        report = deliver_once(restarted, portal.url)

        assert report.delivered == 1
        assert portal.dossiers(entry.idempotency_key) == original
        assert len(portal.dossiers()) == before + 1
        done = restarted.entry(entry.local_ref)
        assert done is not None and done.state is OutboxState.DELIVERED and done.attempts == 2
        assert (done.dossier_code, done.lookup_code) == original[0]


@needs_sigkill
def test_a_new_kiosk_never_sends_beside_one_that_lingers_mid_request(
    outbox_path: Path, vault: Vault, portal: Portal, token: str
) -> None:
    with Outbox(outbox_path, vault) as outbox:
        entry = outbox.add(birth_parcel(token), procedure_code="1.001193")
    old = start_child("deliver", str(outbox_path), portal.url, KIOSK_TEST_HOLD_IN_SUBMIT="1")
    try:
        assert read_line(old) == "sending", finish(old)
        with Outbox(outbox_path, Vault.open(Secrets())) as new:
            in_flight = new.entry(entry.local_ref)
            assert in_flight is not None and in_flight.state is OutboxState.SENDING

            while_old_lives = deliver_once(new, portal.url)

            assert while_old_lives.busy and while_old_lives.attempted == 0
            still = new.entry(entry.local_ref)
            assert still is not None and (still.state, still.attempts) == (OutboxState.SENDING, 1)

            old.send_signal(signal.SIGKILL)
            assert finish(old)[0] == -signal.SIGKILL
            after = deliver_once(new, portal.url)

            assert after.delivered == 1 and not after.busy
            assert len(portal.dossiers(entry.idempotency_key)) == 1
    finally:
        if old.poll() is None:
            old.kill()
            finish(old)


def test_two_senders_in_one_process_never_send_the_same_entry_at_once(
    outbox: Outbox, outbox_path: Path, vault: Vault, portal: Portal, token: str
) -> None:
    entry = outbox.add(birth_parcel(token), procedure_code="1.001193")
    in_submit = threading.Event()
    release = threading.Event()

    class SlowClient(PortalClient):
        def submit_dossier(
            self, dossier: DossierCreate, idempotency_key: str, documents: Sequence[Document] = ()
        ) -> Dossier:
            in_submit.set()
            release.wait(30)
            return super().submit_dossier(dossier, idempotency_key, documents)

    reports = []
    first = threading.Thread(
        target=lambda: reports.append(deliver_once(outbox, portal.url, client_factory=SlowClient))
    )
    first.start()
    try:
        assert in_submit.wait(30)
        with Outbox(outbox_path, vault) as second_outbox:
            second = deliver_once(second_outbox, portal.url)
        assert second.busy and second.attempted == 0
    finally:
        release.set()
        first.join(30)

    assert reports[0].delivered == 1
    done = outbox.entry(entry.local_ref)
    assert done is not None and done.state is OutboxState.DELIVERED and done.attempts == 1
    assert len(portal.dossiers(entry.idempotency_key)) == 1
