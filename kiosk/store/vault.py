"""The vault: seals personal data (drafts, the outbox) with AES-GCM under a key kept in the OS keyring.

The key is 32 random bytes made on first run and stored, base64, as the keyring secret "store-key".
Without a usable keyring there is no vault: `Vault.open` raises `VaultUnavailable` and the kiosk
refuses to store personal data. There is no plaintext fallback.

A sealed value is `b"\\x01" + nonce (12 bytes) + ciphertext-and-tag`. The `context` (for example
"outbox:CG-7K3Q9D") is authenticated with it, so a sealed value copied into another row, or read
for another purpose, does not open.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.domain.phrases import phrase
from kiosk.secrets import Secrets, SecretsUnavailable

__all__ = ["KEY_NAME", "Vault", "VaultUnavailable"]

KEY_NAME: Final = "store-key"
KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
_VERSION: Final = b"\x01"
_FINGERPRINT_LABEL: Final = b"kiosk/store/fingerprint/v1"


class VaultUnavailable(RuntimeError):
    """No usable keyring, so nothing personal may be stored. str() is a message for the operator
    (Vietnamese, a `Phrase` for `tr`); `detail` says what failed, in English, for the log."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            phrase(
                "Máy này chưa có kho khóa bảo mật dùng được, nên kiosk không lưu hồ sơ và bản nháp "
                "(thông tin cá nhân không bao giờ được lưu khi chưa mã hóa). Vui lòng báo cán bộ kỹ thuật."
            )
        )
        self.detail = detail

    def __str__(self) -> str:
        return str(self.args[0])


class Vault:
    """Seals and opens bytes with one AES-256-GCM key. Thread-safe (it keeps no state but the key)."""

    def __init__(self, key: bytes) -> None:
        """Prefer `Vault.open(secrets)`; this takes the raw key (tests, tools)."""
        if len(key) != KEY_BYTES:
            raise ValueError("the vault key must be 32 bytes")
        self._aead = AESGCM(key)
        self._fingerprint_key = hmac.new(key, _FINGERPRINT_LABEL, hashlib.sha256).digest()

    @classmethod
    def open(cls, secrets: Secrets | None) -> Vault:
        """The vault whose key is in `secrets` (made and stored there on first run).

        Raises VaultUnavailable when there is no keyring, it fails, or the stored key is damaged (a
        damaged key is never replaced: what it sealed would be lost without a word).
        """
        if secrets is None:
            raise VaultUnavailable("no usable OS keyring")
        try:
            stored = secrets.get(KEY_NAME)
            if stored is None:
                secrets.set(KEY_NAME, base64.b64encode(os.urandom(KEY_BYTES)).decode("ascii"))
                # Read it back: a keyring that silently drops writes must not get a key that lives
                # only in this process (everything sealed with it would be lost on restart).
                stored = secrets.get(KEY_NAME)
                if stored is None:
                    raise VaultUnavailable("the keyring did not keep the new store key")
        except SecretsUnavailable as exc:
            raise VaultUnavailable(
                f"keyring error: {exc.args[0] if exc.args else type(exc).__name__}"
            ) from None
        try:
            key = base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise VaultUnavailable(f"the keyring entry {KEY_NAME!r} is not base64") from None
        if len(key) != KEY_BYTES:
            raise VaultUnavailable(f"the keyring entry {KEY_NAME!r} is not a {KEY_BYTES}-byte key")
        return cls(key)

    def seal(self, plaintext: bytes, *, context: str) -> bytes:
        """`plaintext` encrypted and authenticated together with `context` (a fresh random nonce)."""
        nonce = os.urandom(NONCE_BYTES)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode("utf-8"))

    def open_sealed(self, sealed: bytes, *, context: str) -> bytes:
        """The plaintext of `sealed`; ValueError if it was altered, or sealed with another key or context."""
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != _VERSION:
            raise ValueError("not a sealed value")
        nonce = sealed[1 : 1 + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, sealed[1 + NONCE_BYTES :], context.encode("utf-8"))
        except InvalidTag:
            raise ValueError("the sealed value was altered, or belongs to another key or context") from None

    def fingerprint(self, value: str) -> str:
        """HMAC-SHA256 of `value` (NFC, trimmed) under a key derived from the vault key, as hex.

        Tells "the same CCCD number" without storing it; useless without the keyring's key.
        """
        normal = unicodedata.normalize("NFC", value.strip())
        return hmac.new(self._fingerprint_key, normal.encode("utf-8"), hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return "Vault(<key in keyring>)"
