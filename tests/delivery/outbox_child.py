"""A kiosk process for the crash tests, run as a real child and killed with SIGKILL.

    outbox_child.py commit OUTBOX PARCEL_FILE  # commits the parcel, prints "committed REF", then sleeps
    outbox_child.py deliver OUTBOX PORTAL_URL  # one delivery pass; prints "delivered N" if it lives

For `deliver`, the environment picks where the process stops:
- KIOSK_TEST_DIE_AFTER_SUBMIT=1: SIGKILL to itself right after the portal answered a submission and
  before the outbox recorded it (the dossier is at the portal; the outbox still says "maybe sent");
- KIOSK_TEST_HOLD_IN_SUBMIT=1: prints "sending" when a submission is about to leave, then sleeps
  (an old kiosk process that lingers mid-request while a new one starts).

Uses the same HOME, XDG folders, D-Bus session and keyring as the test that starts it.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from kiosk.delivery.sender import deliver_once
from kiosk.domain.documents import Document
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier, DossierCreate
from kiosk.secrets import Secrets
from kiosk.store.outbox import Outbox, Parcel
from kiosk.store.vault import Vault


class CrashingClient(PortalClient):
    def submit_dossier(
        self, dossier: DossierCreate, idempotency_key: str, documents: Sequence[Document] = ()
    ) -> Dossier:
        if os.environ.get("KIOSK_TEST_HOLD_IN_SUBMIT") == "1":
            print("sending", flush=True)
            time.sleep(3600)
        accepted = super().submit_dossier(dossier, idempotency_key, documents)
        if os.environ.get("KIOSK_TEST_DIE_AFTER_SUBMIT") == "1":
            os.kill(os.getpid(), signal.SIGKILL)
        return accepted


def commit(outbox: Outbox, parcel_file: Path) -> None:
    data = json.loads(parcel_file.read_text(encoding="utf-8"))
    parcel = Parcel(
        request_json=data["request_json"],
        documents=[(n, m, base64.b64decode(c)) for n, m, c in data["documents"]],
        token=data["token"],
    )
    entry = outbox.add(parcel, procedure_code=data["procedure_code"])
    print(f"committed {entry.local_ref}", flush=True)
    time.sleep(3600)  # killed here


def main(argv: list[str]) -> int:
    mode, outbox_path, argument = argv
    with Outbox(Path(outbox_path), Vault.open(Secrets())) as outbox:
        if mode == "commit":
            commit(outbox, Path(argument))
        elif mode == "deliver":
            report = deliver_once(outbox, argument, client_factory=CrashingClient)
            print(f"delivered {report.delivered}", flush=True)
        else:
            print(f"unknown mode {mode}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
