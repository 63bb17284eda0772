"""Soak test: N dossiers through the outbox and the sender, into a sandbox portal that misbehaves.

    make soak            # N=500
    make soak N=50
    scripts/with-keyring.sh .venv/bin/python scripts/soak.py -n 500 [--seed 1] [--fault-rate 0.2]

A fresh sandbox portal (its own SQLite file in a temporary folder) injects faults into a `--fault-rate`
share of the API requests (default 20%), split evenly between the four kinds: added latency, 5xx
answers, dropped connections, and lost responses (the dossier is stored, then the connection is
dropped before the answer). One verified account is made (before the faults start); then N valid birth
registrations (1.001193, with their birth certificate attached) are committed to an encrypted outbox
(kiosk.store.outbox, sealed by kiosk.store.vault under a key in the keyring) and delivered with
kiosk.delivery.sender.deliver_once until every entry is DELIVERED. The sender's backoff runs on a
virtual clock, so waiting is skipped, not slept.

Each dossier carries its own serial number (in the requester's street address), so the counts are read
back from the sandbox's SQLite file, not taken from the kiosk's word:
    stored     = distinct soak dossiers found in the portal
    duplicates = dossiers beyond one per idempotency key or per outbox entry
    lost       = submitted dossiers the portal does not have
The last line on stdout, and the only one: `soak: N submitted, S stored, D duplicates, L lost`.
Exit status 1 unless D == 0 and L == 0 (and every outbox entry holds the code the portal stored).
Progress and diagnostics go to stderr. Needs a keyring: run it through scripts/with-keyring.sh.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk.delivery.sender import ClientFactory, deliver_once
from kiosk.domain.procedures import load_catalog
from kiosk.portal.client import PortalClient
from kiosk.portal.models import AccountCreate, DossierCreate
from kiosk.portal.sandbox.faults import Faults
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.secrets import Secrets
from kiosk.store.outbox import Outbox, OutboxState, Parcel
from kiosk.store.vault import Vault

PROCEDURE = "1.001193"
KEYRING_SERVICE = "vn.gov.kiosk.soak"  # never the kiosk's own key
STREET = "Số {n} phố Phan Đình Phùng"  # the dossier's serial number travels in its street address
LATENCY_MS = 400  # the added latency, on a quarter of the faulted requests
PROGRESS_EVERY = 5.0  # seconds between progress lines on stderr
CERTIFICATE = (  # a small PDF: the sandbox checks the type by its first bytes
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% giay chung sinh\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def say(text: str) -> None:
    print(f"soak: {text}", file=sys.stderr, flush=True)


class VirtualClock:
    """UTC "now" for the sender: real time, plus every backoff the soak chose not to sleep."""

    def __init__(self) -> None:
        self.skipped = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.skipped

    def skip_to(self, moment: datetime) -> None:
        ahead = moment - self()
        if ahead > timedelta():
            self.skipped += ahead


def birth_registration(serial: int, version: str, today: date) -> DossierCreate:
    """A valid birth registration, as tests/portal/portal_helpers.birth_dossier() builds it."""
    answers: dict[str, str | int | bool | None] = {
        "requester.residence.province": 1,  # Hà Nội, Phường Ba Đình
        "requester.residence.commune": 4,
        "requester.residence.street": STREET.format(n=serial),
        "requester.relationship": "me",
        "child.full_name": "Trần Thị Mai",
        "child.birth_date": (today - timedelta(days=20)).isoformat(),
        "child.sex": "Nữ",
        "child.ethnicity": "01",
        "child.nationality": "Việt Nam",
        "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
        "child.native_place": "Nam Định",
        "child.has_birth_certificate": True,
        "mother.full_name": "Nguyễn Thị Lan",
        "mother.birth_year": 1995,
        "mother.ethnicity": "01",
        "mother.nationality": "Việt Nam",
        "mother.residence.province": 1,
        "mother.residence.commune": 4,
        "mother.residence.street": "Số 5 phố Phan Đình Phùng",
        "father.known": False,
        "copies.wanted": True,
        "copies.count": 2,
    }
    return DossierCreate(
        procedure_code=PROCEDURE, procedure_version=version, answers=answers, delivery="desk"
    )


def fault_mix(rate: float, seed: int, latency_ms: int = LATENCY_MS) -> Faults:
    """`rate` of the requests faulted, split evenly between latency, 5xx, drops and lost responses.

    Latency is drawn on its own, so a few requests are both slow and faulted: the share with any
    fault is a little under `rate`, and every kind gets rate / 4.
    """
    share = rate / 4
    return Faults(
        latency_ms=latency_ms,
        latency_rate=share,
        error_rate=share,
        drop_rate=share,
        lost_response_rate=share,
        seed=seed,
    )


def client_without_retries(url: str) -> PortalClient:
    """The kiosk's client without urllib3's own retries: every fault goes back to the outbox."""
    client = PortalClient(url)
    adapter = HTTPAdapter(max_retries=Retry(total=0, redirect=0, raise_on_status=False))
    for prefix in ("http://", "https://", f"{client.base_url}/api/v1/dossiers"):
        client._session.mount(prefix, adapter)  # a soak-only tool: reaches into the client on purpose
    return client


def register(url: str, seed: int) -> str:
    """A verified account, logged in: its bearer token."""
    serial = random.Random(seed).randrange(100_000, 999_999)
    id_number, password = f"001090{serial:06d}", "mat-khau-soak"
    with PortalClient(url) as client:
        created = client.create_account(
            AccountCreate(
                id_number=id_number,
                full_name="Nguyễn Thị Lan",
                birth_date=date(1995, 3, 8),
                phone="0912 345 678",
                password=password,
            )
        )
        if created.demo_otp is None:
            raise RuntimeError("the sandbox did not give its demo OTP")
        client.verify_account(created.account_id, created.demo_otp)
        return client.login(id_number, password).access_token


@dataclass(frozen=True)
class Tally:
    submitted: int
    stored: int
    duplicates: int
    lost: int
    mismatched: int  # delivered entries whose code is not the one the portal stored for their key

    def line(self) -> str:
        return (
            f"soak: {self.submitted} submitted, {self.stored} stored, "
            f"{self.duplicates} duplicates, {self.lost} lost"
        )


def tally(portal_db: Path, outbox: Outbox, refs: dict[int, str]) -> Tally:
    """Counts from the sandbox's SQLite file, checked against the outbox."""
    with sqlite3.connect(f"file:{portal_db}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT code, idempotency_key, answers FROM dossiers").fetchall()
    serial_of = {STREET.format(n=n): n for n in refs}
    per_serial: Counter[int | None] = Counter()
    code_of_key: dict[str, str] = {}
    for code, key, answers in rows:
        per_serial[serial_of.get(json.loads(answers).get("requester.residence.street"))] += 1
        code_of_key[str(key)] = str(code)
    per_key = Counter(str(key) for _, key, _ in rows)
    stored = sum(1 for n in refs if per_serial[n] > 0)
    duplicates = max(
        sum(count - 1 for count in per_key.values()),
        sum(count - 1 for n, count in per_serial.items() if n is not None) + per_serial[None],
    )
    mismatched = 0
    for n, ref in refs.items():
        entry = outbox.entry(ref)
        if entry is None or entry.state is not OutboxState.DELIVERED:
            continue
        if entry.dossier_code is None or code_of_key.get(entry.idempotency_key) != entry.dossier_code:
            mismatched += 1
            say(f"entry {ref} (dossier {n}) holds a code the portal did not store for its key")
    return Tally(len(refs), stored, duplicates, len(refs) - stored, mismatched)


def soak(
    n: int,
    *,
    fault_rate: float,
    seed: int,
    max_seconds: float,
    folder: Path,
    client_factory: ClientFactory = PortalClient,
    latency_ms: int = LATENCY_MS,
) -> Tally:
    started = time.monotonic()
    portal_db = folder / "portal.sqlite3"
    handle = start_sandbox(portal_db)
    outbox: Outbox | None = None
    try:
        token = register(handle.url, seed)
        version = load_catalog()[PROCEDURE].version
        today = datetime.now(UTC).date()
        vault = Vault.open(Secrets(KEYRING_SERVICE))
        outbox = Outbox(folder / "outbox.sqlite3", vault)

        refs: dict[int, str] = {}
        for serial in range(1, n + 1):
            parcel = Parcel(
                request_json=birth_registration(serial, version, today).model_dump_json(),
                documents=[("giay_chung_sinh", "application/pdf", CERTIFICATE)],
                token=token,
            )
            refs[serial] = outbox.add(parcel, procedure_code=PROCEDURE).local_ref
        say(f"{n} dossiers committed to the outbox in {time.monotonic() - started:.1f} s")

        handle.faults = fault_mix(fault_rate, seed, latency_ms)
        clock = VirtualClock()
        rng = random.Random(seed).random
        passes = 0
        deadline = started + max_seconds
        next_progress = time.monotonic()
        while time.monotonic() < deadline:
            report = deliver_once(outbox, handle.url, clock=clock, rng=rng, client_factory=client_factory)
            passes += 1
            left = outbox.waiting()
            if passes == 1 or not left or time.monotonic() >= next_progress:
                next_progress = time.monotonic() + PROGRESS_EVERY
                say(
                    f"pass {passes}: {report.delivered} delivered, {report.retry} to retry, "
                    f"{report.rejected} rejected; {len(left)} not delivered"
                )
            if not left:
                break
            rejected = [e for e in left if e.state is OutboxState.REJECTED]
            if rejected:
                say(f"{len(rejected)} rejected by the portal, e.g. {rejected[0].last_error}")
                if len(rejected) == len(left):
                    break  # nothing left that the sender would retry
            waiting = [
                e.next_attempt_at for e in left if e.state is OutboxState.WAITING and e.next_attempt_at
            ]
            if waiting:
                clock.skip_to(min(waiting))  # backoff on the virtual clock: skipped, not slept
        else:
            say(f"gave up after {max_seconds:.0f} s")
        stats = handle.fault_stats
        handle.faults = Faults()
        say(
            f"faults injected: {stats.delayed} delayed, {stats.errors} 5xx, {stats.drops} dropped, "
            f"{stats.lost_responses} lost responses, in {stats.requests} API requests"
        )
        attempts = [entry.attempts for ref in refs.values() if (entry := outbox.entry(ref)) is not None]
        retried = sum(1 for a in attempts if a > 1)
        say(f"outbox: {retried} dossiers needed more than one attempt (at most {max(attempts, default=0)})")
        result = tally(portal_db, outbox, refs)
        say(f"done in {time.monotonic() - started:.1f} s ({passes} sender passes)")
        return result
    finally:
        if outbox is not None:
            outbox.close()
        handle.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=500, help="dossiers to submit (default 500)")
    parser.add_argument("--fault-rate", type=float, default=0.2, help="share of faulted requests (0.2)")
    parser.add_argument(
        "--latency-ms", type=int, default=LATENCY_MS, help=f"added latency (default {LATENCY_MS})"
    )
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: a new one)")
    parser.add_argument("--max-seconds", type=float, default=900, help="give up after this long (900)")
    parser.add_argument(
        "--no-client-retries",
        action="store_true",
        help="turn off the client's own quick retries, so every fault is retried by the outbox",
    )
    parser.add_argument("--verbose", action="store_true", help="the sender's and urllib3's logs")
    args = parser.parse_args(argv)
    if args.n < 1 or not 0 <= args.fault_rate <= 1 or args.latency_ms < 0:
        parser.error("need n >= 1, 0 <= fault rate <= 1 and latency >= 0")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr)
    if not args.verbose:
        logging.getLogger("urllib3").setLevel(logging.ERROR)  # a warning per retried request
    retries = "without the client's own retries" if args.no_client_retries else "the kiosk's client"
    say(f"{args.n} dossiers, {args.fault_rate:.0%} faulted requests, seed {seed}, {retries}")
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as folder:
        result = soak(
            args.n,
            fault_rate=args.fault_rate,
            latency_ms=args.latency_ms,
            seed=seed,
            max_seconds=args.max_seconds,
            folder=Path(folder),
            client_factory=client_without_retries if args.no_client_retries else PortalClient,
        )
    print(result.line(), flush=True)
    return 0 if result.duplicates == 0 and result.lost == 0 and result.mismatched == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
