"""Secrets in a real Secret Service (gnome-keyring in dbus-run-session, see scripts/test.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat import properties
from keyring.errors import KeyringError, KeyringLocked

from kiosk.secrets import Secrets, SecretsUnavailable

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)


class _MemoryBackend(KeyringBackend):
    """A backend for refusal tests. keyring discovers every KeyringBackend subclass, so these say
    they are not viable (priority raises): only `keyring.set_keyring` ever selects them."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend, never chosen automatically")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


class PlaintextLookalike(_MemoryBackend):
    """Stands in for keyrings.alt's file backends (identified by their module)."""


PlaintextLookalike.__module__ = "keyrings.alt.file"


class LockedBackend(_MemoryBackend):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError(f"cannot store {password}")


@pytest.fixture
def backend_swap() -> Iterator[None]:
    """Restores the process's keyring backend after a test replaces it."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def name() -> str:
    return f"test-{uuid.uuid4().hex}"


@needs_secret_service
def test_runs_on_the_secret_service() -> None:
    backend = Secrets().backend_name
    assert "SecretService" in backend or "libsecret" in backend, backend


@needs_secret_service
def test_set_get_delete_round_trip(name: str) -> None:
    secrets = Secrets(service="vn.gov.kiosk.test")
    assert secrets.get(name) is None
    secrets.set(name, "mã-bí-mật ✓ 🔑")
    assert secrets.get(name) == "mã-bí-mật ✓ 🔑"
    secrets.set(name, "second value")
    assert Secrets(service="vn.gov.kiosk.test").get(name) == "second value"
    secrets.delete(name)
    assert secrets.get(name) is None
    secrets.delete(name)  # absent: no error


@needs_secret_service
def test_services_do_not_share_secrets(name: str) -> None:
    Secrets(service="vn.gov.kiosk.test-a").set(name, "a")
    try:
        assert Secrets(service="vn.gov.kiosk.test-b").get(name) is None
    finally:
        Secrets(service="vn.gov.kiosk.test-a").delete(name)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_refuses_a_keyring_that_cannot_keep_secrets(backend: KeyringBackend, backend_swap: None) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(SecretsUnavailable) as info:
        Secrets()
    message = str(info.value)
    assert "kho khóa" in message and "keyring" in message  # Vietnamese and English, for the operator


def test_refuses_file_keyrings_outside_tests(backend_swap: None, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(PlaintextLookalike())
    monkeypatch.delenv("KIOSK_TESTING", raising=False)
    with pytest.raises(SecretsUnavailable) as info:
        Secrets()
    assert "keyrings.alt" in str(info.value) and "tệp" in str(info.value)
    monkeypatch.setenv("KIOSK_TESTING", "1")
    secrets = Secrets()
    secrets.set("x", "y")
    assert secrets.get("x") == "y"


def test_keyring_errors_become_secrets_unavailable(backend_swap: None) -> None:
    keyring.set_keyring(LockedBackend())
    secrets = Secrets()
    with pytest.raises(SecretsUnavailable, match="KeyringLocked"):
        secrets.get("x")
    with pytest.raises(SecretsUnavailable) as info:
        secrets.set("x", "hunter2")
    assert "hunter2" not in str(info.value) and info.value.__cause__ is None


def test_delete_of_an_absent_secret_is_quiet(backend_swap: None) -> None:
    keyring.set_keyring(_MemoryBackend())
    Secrets().delete("never-set")
