"""Makes every test hermetic: HOME and the XDG folders point at a temp dir, Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIOSK_TESTING"] = "1"

_HOME = Path(tempfile.mkdtemp(prefix="kiosk-test-home-"))
for _var, _sub in {
    "XDG_DATA_HOME": ".local/share",
    "XDG_CONFIG_HOME": ".config",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "run",
}.items():
    (_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_HOME / _sub)
(_HOME / "run").chmod(0o700)
os.environ["HOME"] = str(_HOME)
os.environ["TMPDIR"] = str(_HOME / "tmp")
(_HOME / "tmp").mkdir(exist_ok=True)
tempfile.tempdir = None  # re-read TMPDIR


@pytest.fixture
def home_dir() -> Path:
    """The hermetic HOME every test runs under."""
    return _HOME


@pytest.fixture(scope="session")
def sandbox_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real sandbox portal, served over loopback HTTP for the whole session."""
    from kiosk.portal.sandbox.runner import start_sandbox
    from kiosk.portal.sandbox.throttle import LookupLimits

    db = tmp_path_factory.mktemp("sandbox") / "portal.sqlite3"
    # Many tests look up wrong codes on purpose (a hypothesis test alone sends dozens), all from
    # 127.0.0.1: the shared sandbox never slows them down. The throttle has its own tests.
    handle = start_sandbox(db_path=db, lookup_limits=LookupLimits(allowance=1_000_000))
    try:
        yield handle.url
    finally:
        handle.stop()


@pytest.fixture(autouse=True)
def _no_settle_delay(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests press buttons faster than any person; the double-tap guard has its own test."""
    if "settle_delay" in request.keywords:
        yield
        return
    from kiosk.wizards.frame import WizardFrame

    WizardFrame.SETTLE_MS = 0
    yield
    WizardFrame.SETTLE_MS = 400
