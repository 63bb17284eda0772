"""The vault: AES-GCM under a key kept in the real Secret Service (scripts/test.sh starts gnome-keyring)."""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Iterator

import pytest

from kiosk.domain.phrases import Phrase
from kiosk.secrets import MSG_KEYRING_ERROR, Secrets, SecretsUnavailable
from kiosk.store.vault import KEY_NAME, Vault, VaultUnavailable

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)

CCCD = "001088012345"


@pytest.fixture
def secrets() -> Iterator[Secrets]:
    """A keyring service of its own, emptied afterwards."""
    secrets = Secrets(service=f"vn.gov.kiosk.test-vault-{uuid.uuid4().hex}")
    yield secrets
    secrets.delete(KEY_NAME)


class BrokenKeyring(Secrets):
    """A keyring that is there but refuses every operation (locked, or its daemon died)."""

    def __init__(self) -> None:
        self.service = "vn.gov.kiosk.broken"

    def get(self, name: str) -> str | None:
        raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error="KeyringLocked"))

    def set(self, name: str, value: str) -> None:
        raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error="KeyringLocked"))


@needs_secret_service
def test_seal_and_open_round_trip(secrets: Secrets) -> None:
    vault = Vault.open(secrets)
    plaintext = f'{{"so_cccd": "{CCCD}", "ho_ten": "Nguyễn Thị Hoa"}}'.encode()
    sealed = vault.seal(plaintext, context="draft:abc")
    assert CCCD.encode() not in sealed and "Nguyễn".encode() not in sealed
    assert vault.open_sealed(sealed, context="draft:abc") == plaintext
    assert vault.seal(plaintext, context="draft:abc") != sealed  # a fresh nonce every time


@needs_secret_service
def test_the_key_is_made_once_and_kept_in_the_keyring(secrets: Secrets) -> None:
    assert secrets.get(KEY_NAME) is None
    sealed = Vault.open(secrets).seal(b"ho so", context="outbox:CG-7K3Q9D")
    stored = secrets.get(KEY_NAME)
    assert stored is not None and len(base64.b64decode(stored)) == 32

    again = Vault.open(Secrets(service=secrets.service))  # as after a restart
    assert secrets.get(KEY_NAME) == stored
    assert again.open_sealed(sealed, context="outbox:CG-7K3Q9D") == b"ho so"
    assert again.fingerprint(CCCD) == Vault.open(secrets).fingerprint(CCCD)


@needs_secret_service
def test_tampering_wrong_context_and_wrong_key_do_not_open(secrets: Secrets) -> None:
    vault = Vault.open(secrets)
    sealed = vault.seal(b"noi dung", context="draft:a")
    for position in (0, 5, len(sealed) - 20, len(sealed) - 1):  # version, nonce, ciphertext, tag
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        with pytest.raises(ValueError):
            vault.open_sealed(bytes(tampered), context="draft:a")
    with pytest.raises(ValueError):
        vault.open_sealed(sealed[:-1], context="draft:a")
    with pytest.raises(ValueError):
        vault.open_sealed(sealed, context="draft:b")
    with pytest.raises(ValueError):
        Vault(os.urandom(32)).open_sealed(sealed, context="draft:a")
    with pytest.raises(ValueError):
        vault.open_sealed(b"", context="draft:a")


@needs_secret_service
def test_fingerprint_tells_the_same_number_without_holding_it(secrets: Secrets) -> None:
    vault = Vault.open(secrets)
    fingerprint = vault.fingerprint(CCCD)
    assert len(fingerprint) == 64 and CCCD not in fingerprint
    assert vault.fingerprint(f" {CCCD}\n") == fingerprint
    assert vault.fingerprint("001088012346") != fingerprint
    assert Vault(os.urandom(32)).fingerprint(CCCD) != fingerprint  # useless without this kiosk's key


def test_no_keyring_means_no_vault() -> None:
    with pytest.raises(VaultUnavailable) as info:
        Vault.open(None)
    message = str(info.value)
    assert isinstance(info.value.args[0], Phrase)  # the screens translate it with tr()
    assert "kho khóa" in message and "báo cán bộ kỹ thuật" in message


def test_a_failing_keyring_means_no_vault() -> None:
    with pytest.raises(VaultUnavailable) as info:
        Vault.open(BrokenKeyring())
    assert "kho khóa" in str(info.value) and "KeyringLocked" in info.value.detail


@needs_secret_service
def test_a_damaged_key_is_refused_and_left_in_place(secrets: Secrets) -> None:
    for damaged in ("not base64!", base64.b64encode(b"short").decode()):
        secrets.set(KEY_NAME, damaged)
        with pytest.raises(VaultUnavailable):
            Vault.open(secrets)
        assert secrets.get(KEY_NAME) == damaged  # never replaced: what it sealed would be lost


def test_repr_shows_no_key() -> None:
    key = os.urandom(32)
    assert key.hex() not in repr(Vault(key)) and base64.b64encode(key).decode() not in repr(Vault(key))
