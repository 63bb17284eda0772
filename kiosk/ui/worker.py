"""Background work for the GUI: run a function on the thread pool, get the result back by signal.

The one small typed helper all portal calls go through, so the GUI thread never waits on the network.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which shows a plain message
            log.info("background job failed: %s", type(exc).__name__)
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_pending: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Runs `fn` off the GUI thread; exactly one of the callbacks is later called on the GUI thread.

    With an `owner` (the screen that asked), the answer is dropped if that screen is gone by then:
    the person moved on, and nothing may touch widgets that no longer exist.
    """
    relay = _Relay()
    _pending.add(relay)

    @Slot(object)
    def done(result: Any) -> None:
        _pending.discard(relay)
        if owner is None or isValid(owner):
            on_success(result)

    @Slot(object)
    def failed(exc: Exception) -> None:
        _pending.discard(relay)
        if owner is None or isValid(owner):
            on_failure(exc)

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def jobs_running() -> int:
    return len(_pending)
