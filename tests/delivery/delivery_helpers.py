"""Helpers for the delivery tests: a parcel for a valid birth registration, counting the sandbox's
dossiers from its SQLite file, and running the child-process driver."""

from __future__ import annotations

import base64
import json
import os
import selectors
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.portal.client import PortalClient
from kiosk.portal.sandbox.runner import SandboxHandle
from kiosk.store.outbox import Parcel

_PORTAL_TESTS = Path(__file__).resolve().parent.parent / "portal"
if str(_PORTAL_TESTS) not in sys.path:
    sys.path.append(str(_PORTAL_TESTS))

from portal_helpers import BIRTH_DOCUMENTS, birth_dossier, register  # noqa: E402

DRIVER = Path(__file__).resolve().parent / "outbox_child.py"
PROCEDURE = "1.001193"
CHILD_TIMEOUT = 60.0  # seconds: generous, only reached when something is badly wrong


@dataclass
class Portal:
    handle: SandboxHandle
    db_path: Path

    @property
    def url(self) -> str:
        return self.handle.url

    def dossiers(self, idempotency_key: str | None = None) -> list[tuple[str, str]]:
        """(code, lookup code) of every dossier stored, or of those stored under one key."""
        with sqlite3.connect(self.db_path) as db:
            if idempotency_key is None:
                rows = db.execute("SELECT code, lookup_code FROM dossiers").fetchall()
            else:
                rows = db.execute(
                    "SELECT code, lookup_code FROM dossiers WHERE idempotency_key = ?", (idempotency_key,)
                ).fetchall()
        return [(str(code), str(lookup)) for code, lookup in rows]


def citizen_token(url: str) -> str:
    with PortalClient(url) as client:
        person = register(client)
        return client.login(person.id_number, person.password).access_token


def birth_parcel(token: str, **changes: str | int | bool | None) -> Parcel:
    """A birth registration (with its birth certificate) as the kiosk commits it to the outbox."""
    return Parcel(
        request_json=birth_dossier(**changes).model_dump_json(),
        documents=[(d.attachment_id, d.mime, d.data) for d in BIRTH_DOCUMENTS],
        token=token,
    )


def write_parcel(path: Path, parcel: Parcel) -> Path:
    """The parcel as a file the child driver reads (test data only)."""
    data = {
        "request_json": parcel.request_json,
        "documents": [[n, m, base64.b64encode(c).decode("ascii")] for n, m, c in parcel.documents],
        "token": parcel.token,
        "procedure_code": PROCEDURE,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def start_child(*args: str, **env: str) -> subprocess.Popen[str]:
    """The driver in a real child process, with this test's HOME, XDG folders, D-Bus and keyring."""
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_line(child: subprocess.Popen[str]) -> str:
    """The child's next line on stdout ("" when it exited first); fails instead of hanging."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(CHILD_TIMEOUT):
            child.kill()
            raise AssertionError("the child process said nothing")
    return child.stdout.readline().strip()


def finish(child: subprocess.Popen[str]) -> tuple[int, str]:
    """Waits for the child; its exit code and what it wrote on stderr."""
    _, err = child.communicate(timeout=CHILD_TIMEOUT)
    return child.returncode, err
