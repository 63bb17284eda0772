"""Delivers the outbox to the portal: exactly once, with backoff, off the GUI thread.

`deliver_once` sends every due entry one time. Before each request it commits the attempt
(`Outbox.begin_attempt`: the entry is SENDING), so a crash, a timeout or a lost answer leaves the entry
"maybe sent"; the next attempt sends it again with the same Idempotency-Key, and the portal answers
with the dossier it stored the first time instead of storing a second one.

Only one delivery runs at a time on one outbox file, across threads and processes: a pass holds an
operating-system lock on a file beside the database (`flock` / `msvcrt.locking`). The lock dies with
its process, SIGKILL included, so a restarted kiosk takes over from a crashed one, and never runs
beside one that still lingers.

What happens to an entry:
- the portal accepted it (201, or 200 for a repeated key)   -> DELIVERED with the dossier code;
- the portal refused its content (4xx but 408/425/429)      -> REJECTED with the portal's message,
                                                                never retried (the operator fixes it);
- the citizen's login expired (401)                         -> WAITING, retried after an hour;
- no answer, 5xx, 408/425/429, a timeout, a dropped line   -> WAITING, exponential backoff with
                                                                full jitter (5 s · 2^(n-1), at most 15 min).

`Sender` runs passes on a background thread (plain `threading`: it works headless and in the soak)
and sleeps until the earliest next attempt or until `wake()`.
"""

from __future__ import annotations

import logging
import random
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Final

from pydantic import ValidationError

from kiosk.domain.documents import Document
from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import ProcedureError, load_catalog
from kiosk.logs import redact
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import LoginExpired, PortalError, PortalFailed, PortalRejected
from kiosk.portal.models import DossierCreate
from kiosk.store.outbox import Outbox, OutboxEntry, OutboxState, Parcel

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "LOGIN_RETRY",
    "ClientFactory",
    "DeliveryReport",
    "Sender",
    "backoff",
    "deliver_once",
    "lock_path_for",
]

_log = logging.getLogger(__name__)

BACKOFF_BASE: Final = timedelta(seconds=5)
BACKOFF_CAP: Final = timedelta(minutes=15)
LOGIN_RETRY: Final = timedelta(hours=1)  # the token will not come back by itself: try seldom
BUSY_POLL: Final = 5.0  # seconds between looks while another sender holds the outbox
TRY_AGAIN_STATUSES: Final = frozenset({408, 425, 429})  # 4xx that say "later", not "wrong"
IDLE_POLL: Final = 60.0  # seconds: the longest a sender sleeps without looking at the outbox

MSG_LOGIN_EXPIRED: Final = phrase("Phiên đăng nhập của người dân đã hết hạn; cần đăng nhập lại để gửi.")
MSG_UNREACHABLE: Final = phrase("Chưa kết nối được với cổng dịch vụ công. Hồ sơ sẽ được tự động gửi lại.")
MSG_PORTAL_FAILED: Final = phrase("Cổng dịch vụ công đang gặp sự cố. Hồ sơ sẽ được tự động gửi lại.")
MSG_REFUSED: Final = phrase(
    "Cổng dịch vụ công không nhận hồ sơ này. Vui lòng kiểm tra lại hồ sơ rồi gửi lại."
)
MSG_UNREADABLE: Final = phrase(
    "Không đọc được hồ sơ đã lưu trên máy này (dữ liệu hỏng hoặc khóa mã hóa đã thay đổi). "
    "Vui lòng báo cán bộ kỹ thuật."
)
MSG_UNEXPECTED: Final = phrase("Có lỗi ngoài ý muốn khi gửi hồ sơ. Hồ sơ sẽ được tự động gửi lại.")

ClientFactory = Callable[[str], PortalClient]


@dataclass
class DeliveryReport:
    """What one pass did. `busy`: another sender held the outbox, so this pass sent nothing."""

    delivered: int = 0
    rejected: int = 0
    retry: int = 0
    busy: bool = False
    changed: list[str] = field(default_factory=list)  # local references whose entry changed

    @property
    def attempted(self) -> int:
        return self.delivered + self.rejected + self.retry


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> timedelta:
    """Full jitter: a random wait in [0, min(cap, base · 2^(attempts-1))) after `attempts` tries."""
    exponent = min(max(attempts, 1) - 1, 20)  # 5 s · 2^20 is far past the cap: no huge numbers
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (1 << exponent))
    share = min(max(rng(), 0.0), 1.0)
    return ceiling * share


def lock_path_for(outbox_path: Path) -> Path:
    """The file whose lock a delivery pass holds: beside the outbox's database."""
    return outbox_path.with_name(outbox_path.name + ".sending.lock")


def deliver_once(
    outbox: Outbox,
    portal_url: str,
    *,
    now: datetime | None = None,
    clock: Callable[[], datetime] | None = None,
    rng: Callable[[], float] = random.random,
    client_factory: ClientFactory = PortalClient,
    should_stop: Callable[[], bool] | None = None,
) -> DeliveryReport:
    """Sends every due entry once; returns what happened. Blocking: call it off the GUI thread.

    Time is `now` throughout when given (tests), else read from `clock` (default: UTC now) at each
    step. When another thread or process is delivering from the same outbox file, returns at once
    with `busy=True` and touches nothing. `should_stop` is asked between entries (Sender.stop()).
    """
    read_clock = _fixed(now) if now is not None else (clock or _utcnow)
    report = DeliveryReport()
    with _exclusive(lock_path_for(outbox.path)) as held:
        if not held:
            report.busy = True
            return report
        for entry in outbox.due(read_clock()):
            if should_stop is not None and should_stop():
                break
            _deliver(outbox, entry, portal_url, read_clock, rng, client_factory, report)
    return report


def _deliver(
    outbox: Outbox,
    entry: OutboxEntry,
    portal_url: str,
    clock: Callable[[], datetime],
    rng: Callable[[], float],
    client_factory: ClientFactory,
    report: DeliveryReport,
) -> None:
    ref = entry.local_ref
    try:
        parcel = outbox.parcel(ref)
    except KeyError:  # gone, or delivered meanwhile (ParcelGone): nothing to send
        _log.warning("outbox %s: no parcel to send", ref)
        return
    except (ValueError, struct.error) as exc:  # tampered, sealed under another key, damaged
        _log.error("outbox %s: stored parcel unreadable (%s)", ref, type(exc).__name__)
        _reject(outbox, ref, MSG_UNREADABLE, clock, report)
        return
    try:
        dossier = DossierCreate.model_validate_json(parcel.request_json)
        documents = _documents(parcel)
    except ValidationError as exc:  # not a dossier this kiosk can send any more
        _log.error("outbox %s: stored dossier invalid (%s)", ref, type(exc).__name__)
        _reject(outbox, ref, MSG_UNREADABLE, clock, report)
        return

    outbox.begin_attempt(ref, clock())  # committed: from here on it is "maybe sent"
    attempts = entry.attempts + 1
    try:
        with client_factory(portal_url) as client:
            client.use_token(parcel.token)
            accepted = client.submit_dossier(dossier, entry.idempotency_key, documents)
    except LoginExpired:
        _retry(outbox, ref, MSG_LOGIN_EXPIRED, LOGIN_RETRY, clock, report)
        _log.warning("outbox %s: login expired (attempt %d)", ref, attempts)
    except PortalRejected as exc:
        if exc.status in TRY_AGAIN_STATUSES:  # not about the content: the portal is busy
            _retry(outbox, ref, MSG_PORTAL_FAILED, backoff(attempts, rng), clock, report)
            _log.info("outbox %s: portal busy (HTTP %d, attempt %d)", ref, exc.status, attempts)
            return
        _reject(outbox, ref, _portal_words(exc, entry.procedure_code), clock, report)
        _log.warning("outbox %s: refused by the portal (HTTP %d)", ref, exc.status)
    except PortalError as exc:  # PortalUnreachable, PortalFailed (5xx, unreadable answer)
        words = MSG_PORTAL_FAILED if isinstance(exc, PortalFailed) else MSG_UNREACHABLE
        _retry(outbox, ref, words, backoff(attempts, rng), clock, report)
        _log.info("outbox %s: not delivered (%s, attempt %d)", ref, type(exc).__name__, attempts)
    except Exception as exc:  # a bug must not stop the sender; the entry stays "maybe sent"
        _retry(outbox, ref, MSG_UNEXPECTED, backoff(attempts, rng), clock, report)
        _log.error("outbox %s: unexpected %s (attempt %d)", ref, type(exc).__name__, attempts)
    else:
        outbox.delivered(
            ref,
            dossier_code=accepted.code,
            lookup_code=accepted.lookup_code,
            appointment_on=accepted.appointment_on,
            now=clock(),
        )
        report.delivered += 1
        report.changed.append(ref)
        _log.info("outbox %s: delivered (attempt %d)", ref, attempts)


def _reject(
    outbox: Outbox, ref: str, error: str, clock: Callable[[], datetime], report: DeliveryReport
) -> None:
    outbox.rejected(ref, error=error, now=clock())
    report.rejected += 1
    report.changed.append(ref)


def _retry(
    outbox: Outbox,
    ref: str,
    error: str,
    wait: timedelta,
    clock: Callable[[], datetime],
    report: DeliveryReport,
) -> None:
    moment = clock()
    outbox.retry_later(ref, error=error, next_attempt_at=moment + wait, now=moment)
    report.retry += 1
    report.changed.append(ref)


def _documents(parcel: Parcel) -> list[Document]:
    return [Document(need_id, mime, data) for need_id, mime, data in parcel.documents]


def _portal_words(exc: PortalRejected, procedure_code: str) -> str:
    """The portal's own reason for the operator, naming the questions to fix; a generic line instead
    when the portal's text might quote personal data.

    Portal API v1 problems never echo submitted values, but a text that still holds what looks like a
    CCCD or phone number (the log redactor's patterns) is not stored.
    """
    detail = " ".join(exc.message.split())
    problems = {k: " ".join(v.split()) for k, v in sorted(exc.field_errors.items())}
    if not detail or any(redact(text) != text for text in (detail, *problems.values())):
        return MSG_REFUSED
    if not problems:
        return detail
    labels = _labels(procedure_code)
    fields = "; ".join(f"“{labels.get(k, k)}”: {v}" for k, v in problems.items())
    return f"{detail} {fields}"


def _labels(procedure_code: str) -> dict[str, str]:
    """Field and checklist labels of a procedure, by id (empty when the catalog cannot tell)."""
    try:
        procedure = load_catalog().get(procedure_code)
    except ProcedureError:
        return {}
    if procedure is None:
        return {}
    labels = {a.id: a.name for a in procedure.attachments}
    labels.update({f.id: f.label for f in procedure.fields.values()})
    return labels


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _fixed(moment: datetime) -> Callable[[], datetime]:
    def clock() -> datetime:
        return moment

    return clock


# -- one delivery at a time per outbox file -----------------------------------------------------------

_in_process = threading.Lock()  # guards _held_here: paths this process is delivering from
_held_here: set[Path] = set()


@contextmanager
def _exclusive(path: Path) -> Iterator[bool]:
    """Yields True while this caller alone delivers from the outbox `path` belongs to, else False.

    The OS lock excludes other processes (and dies with its holder); the set excludes other threads
    of this process, whatever the platform's lock semantics within one process.
    """
    key = path.resolve()
    with _in_process:
        if key in _held_here:
            yield_held = False
        else:
            _held_here.add(key)
            yield_held = True
    if not yield_held:
        yield False
        return
    try:
        handle = _try_lock_file(key)
        if handle is None:
            yield False
            return
        try:
            yield True
        finally:
            _unlock_file(handle)
    finally:
        with _in_process:
            _held_here.discard(key)


def _try_lock_file(path: Path) -> IO[bytes] | None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+b")  # noqa: SIM115 - closed by _unlock_file
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _unlock_file(handle: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


# -- the background sender ------------------------------------------------------------------------------


class Sender:
    """Delivers the outbox on a background thread until stop(); survives restarts (state is in the DB).

    `on_change(report)` is called on the sender's thread after a pass that changed an entry: a Qt
    caller re-emits it as a signal (queued to the GUI thread). `wake()` is "Gửi lại ngay".
    """

    def __init__(
        self,
        outbox: Outbox,
        portal_url: str,
        *,
        on_change: Callable[[DeliveryReport], None] | None = None,
        clock: Callable[[], datetime] = _utcnow,
        rng: Callable[[], float] = random.random,
        client_factory: ClientFactory = PortalClient,
    ) -> None:
        self.outbox = outbox
        self.portal_url = portal_url
        self.on_change = on_change
        self._clock = clock
        self._rng = rng
        self._client_factory = client_factory
        self._wakeup = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stopping.clear()
        self._wakeup.set()  # a first pass at once: entries left from before a restart
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Asks the thread to finish (after the request in flight, if any) and waits for it."""
        self._stopping.set()
        self._wakeup.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self, local_ref: str | None = None) -> None:
        """Operator's "Gửi lại ngay": makes the entry (or every waiting one) due now and runs a pass."""
        self.outbox.resend_now(local_ref)
        self._wakeup.set()

    def nudge(self) -> None:
        """Runs a pass soon without touching any entry's schedule (e.g. after a new entry was added)."""
        self._wakeup.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wakeup.wait(self._sleep_seconds())
            self._wakeup.clear()
            if self._stopping.is_set():
                break
            try:
                report = deliver_once(
                    self.outbox,
                    self.portal_url,
                    clock=self._clock,
                    rng=self._rng,
                    client_factory=self._client_factory,
                    should_stop=self._stopping.is_set,
                )
            except Exception as exc:  # e.g. the disk went away: keep the thread, try again later
                _log.error("outbox sender: pass failed (%s)", type(exc).__name__)
                self._stopping.wait(BUSY_POLL)
                self._wakeup.set()
                continue
            if report.busy:
                self._stopping.wait(BUSY_POLL)
                self._wakeup.set()
            elif report.changed and self.on_change is not None:
                try:
                    self.on_change(report)
                except Exception as exc:
                    _log.error("outbox sender: on_change failed (%s)", type(exc).__name__)

    def _sleep_seconds(self) -> float:
        """Until the earliest scheduled attempt, at most IDLE_POLL."""
        if self._wakeup.is_set():
            return 0.0
        try:
            entries = self.outbox.waiting()
        except Exception as exc:
            _log.error("outbox sender: cannot read the outbox (%s)", type(exc).__name__)
            return BUSY_POLL
        now = self._clock()
        wait = IDLE_POLL
        for entry in entries:
            if entry.state is OutboxState.SENDING:
                return 0.0
            if entry.state is OutboxState.WAITING and entry.next_attempt_at is not None:
                wait = min(wait, (entry.next_attempt_at - now).total_seconds())
        return max(wait, 0.0)
