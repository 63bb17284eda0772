"""Handing a citizen's dossier to the outbox at the desk, and waiting a little for the portal's answer.

The dossier is committed (sealed) to the outbox first; then the sender tries it at once. The screen
waits a few seconds: accepted → "Đã nộp" with the dossier code; refused for its content → the person
fixes it; anything else → it stays in the outbox ("Đang chờ gửi") and the sender keeps trying.
Blocking: call it off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.delivery.sender import Sender, deliver_once
from kiosk.domain.documents import Document
from kiosk.portal.models import DossierCreate
from kiosk.store.outbox import Outbox, OutboxEntry, OutboxState, Parcel

__all__ = ["Handover"]

WAIT_SECONDS = 20.0  # how long a person waits at the screen before getting the "Đang chờ gửi" slip
POLL_SECONDS = 0.2


@dataclass
class Handover:
    outbox: Outbox
    portal_url: str
    sender: Sender | None = None
    wait_seconds: float = WAIT_SECONDS
    sleep: Callable[[float], None] = time.sleep

    def submit(
        self,
        request: DossierCreate,
        documents: Sequence[Document],
        token: str,
        procedure_code: str,
        *,
        on_committed: Callable[[], None] | None = None,
    ) -> OutboxEntry:
        """Commits the dossier, lets the first attempt happen, returns the entry as it then stands.

        `on_committed` runs right after the commit, before any sending: the wizard deletes the draft
        there, so a crash can never leave both a committed dossier and a draft that would file it again.
        """
        parcel = Parcel(
            request_json=request.model_dump_json(),
            documents=[(d.attachment_id, d.mime, d.data) for d in documents],
            token=token,
        )
        entry = self.outbox.add(parcel, procedure_code=procedure_code)
        if on_committed is not None:
            on_committed()
        ref = entry.local_ref
        if self.sender is not None and self.sender.running:
            self.sender.nudge()
            waited = 0.0
            while waited < self.wait_seconds:
                current = self.outbox.entry(ref)
                if current is not None and _answered(current):
                    return current
                self.sleep(POLL_SECONDS)
                waited += POLL_SECONDS
        else:
            deliver_once(self.outbox, self.portal_url)
        current = self.outbox.entry(ref)
        assert current is not None
        return current


def _answered(entry: OutboxEntry) -> bool:
    """The first attempt is over: delivered, refused, or failed and waiting for its next try."""
    if entry.state in (OutboxState.DELIVERED, OutboxState.REJECTED):
        return True
    return entry.state is OutboxState.WAITING and entry.attempts >= 1
