"""Secrets (bearer tokens, the at-rest encryption key) in the operating system's keyring.

Windows Credential Manager, macOS Keychain or the Secret Service (GNOME Keyring, KWallet) through
`keyring`. A kiosk refuses to run on a keyring that cannot keep a secret: keyring's "fail" and
"null" backends, and keyrings.alt's file backends (plaintext or with a password kept beside them),
which are allowed only under tests (`KIOSK_TESTING=1`).
"""

from __future__ import annotations

import os

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError

__all__ = ["Secrets", "SecretsUnavailable"]

MSG_NO_KEYRING = (
    "Máy này chưa có kho khóa bảo mật của hệ điều hành, nên kiosk không thể lưu thông tin đăng nhập an toàn. "
    "Vui lòng báo cán bộ kỹ thuật. / No usable OS keyring (Secret Service, Windows Credential Manager, "
    "macOS Keychain) was found: start a Secret Service (e.g. gnome-keyring) in this session."
)
MSG_FILE_KEYRING = (
    "Kho khóa đang dùng lưu bí mật vào tệp thường, không an toàn cho kiosk. Vui lòng báo cán bộ kỹ thuật. / "
    "The keyring backend {backend} stores secrets in a file; it is allowed only for tests (KIOSK_TESTING=1)."
)
MSG_KEYRING_ERROR = (
    "Không đọc/ghi được kho khóa bảo mật (có thể kho đang bị khóa). Vui lòng báo cán bộ kỹ thuật. / "
    "The OS keyring refused the operation ({error}); it may be locked."
)


class SecretsUnavailable(RuntimeError):
    """The keyring cannot be used; the message (Vietnamese, then English) is for the operator."""


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refusal(backend: KeyringBackend) -> str | None:
    """Why this backend must not hold the kiosk's secrets, or None when it may."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return MSG_NO_KEYRING
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return MSG_NO_KEYRING
        for inner in chained:
            reason = _refusal(inner)
            if reason is not None:
                return reason
        return None
    if type(backend).__module__.startswith("keyrings.alt") and os.environ.get("KIOSK_TESTING") != "1":
        return MSG_FILE_KEYRING.format(backend=_name(backend))
    return None


class Secrets:
    """Named secrets of one service in the OS keyring; raises SecretsUnavailable, never leaks values."""

    def __init__(self, service: str = "vn.gov.kiosk") -> None:
        self.service = service
        try:
            backend = keyring.get_keyring()
        except Exception as exc:
            raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error=type(exc).__name__)) from None
        reason = _refusal(backend)
        if reason is not None:
            raise SecretsUnavailable(reason)
        self._backend = backend

    @property
    def backend_name(self) -> str:
        return _name(self._backend)

    def get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(self.service, name)
        except Exception as exc:
            raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error=type(exc).__name__)) from None

    def set(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(self.service, name, value)
        except Exception as exc:
            raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error=type(exc).__name__)) from None

    def delete(self, name: str) -> None:
        """Removes the secret; nothing happens when it is not there."""
        try:
            if self._backend.get_password(self.service, name) is None:
                return
            self._backend.delete_password(self.service, name)
        except PasswordDeleteError:
            return
        except Exception as exc:
            raise SecretsUnavailable(MSG_KEYRING_ERROR.format(error=type(exc).__name__)) from None

    def __repr__(self) -> str:
        return f"Secrets(service={self.service!r}, backend={self.backend_name!r})"
