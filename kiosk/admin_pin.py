"""The admin PIN that opens the admin menu of a locked kiosk: kept only as a salted hash in the keyring.

`hash_pin` makes a self-describing scrypt hash ("scrypt$n$r$p$salt$hash", base64 parts), `pin_matches`
checks a PIN against it in constant time. `AdminPin` keeps the hash under one keyring entry and limits
guessing: after `MAX_TRIES` wrong PINs it refuses every try for `LOCKOUT_SECONDS`. The plain PIN is
never stored, logged or kept in an attribute. `set_pin_interactively` is `python -m kiosk --set-admin-pin`.

A 4–8 digit PIN has at most 10^8 values, so the hash alone would not stop someone who stole it; what
protects it is the keyring (readable only by the kiosk's user) and the lockout on the screen.
"""

from __future__ import annotations

import base64
import binascii
import getpass
import hashlib
import hmac
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kiosk.domain.phrases import Phrase, phrase
from kiosk.secrets import Secrets, SecretsUnavailable

__all__ = [
    "KEYRING_ENTRY",
    "LOCKOUT_SECONDS",
    "MAX_TRIES",
    "AdminPin",
    "PinCheck",
    "Verdict",
    "check_pin_format",
    "hash_pin",
    "pin_matches",
    "set_pin_interactively",
]

log = logging.getLogger(__name__)

KEYRING_ENTRY = "admin-pin-hash"
MIN_DIGITS = 4
MAX_DIGITS = 8
MAX_TRIES = 3
LOCKOUT_SECONDS = 30

# scrypt at n=2**14, r=8 takes ~16 MiB and a few tens of milliseconds: cheap for one check, slow for many.
_SCHEME = "scrypt"
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_MAX_MEMORY = 64 * 1024 * 1024
_DIGITS = frozenset("0123456789")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=length)


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of `pin`, with its parameters: "scrypt$16384$8$1$<salt b64>$<hash b64>"."""
    salt = os.urandom(_SALT_BYTES)
    digest = _scrypt(pin, salt, _N, _R, _P, _HASH_BYTES)
    return "$".join((_SCHEME, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)))


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN `stored` was made from; False for a damaged or unknown hash."""
    try:
        scheme, n_text, r_text, p_text, salt_text, digest_text = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text, validate=True)
        digest = base64.b64decode(digest_text, validate=True)
    except (ValueError, binascii.Error):
        log.warning("the stored admin PIN hash is damaged: set the PIN again")
        return False
    sane = scheme == _SCHEME and 1 < n <= 2**20 and n & (n - 1) == 0 and 0 < r <= 32 and 0 < p <= 16
    if not sane or not salt or not 16 <= len(digest) <= 64:
        log.warning("the stored admin PIN hash has unknown parameters: set the PIN again")
        return False
    try:
        candidate = _scrypt(pin, salt, n, r, p, len(digest))
    except (ValueError, MemoryError):
        log.warning("the stored admin PIN hash cannot be checked on this machine: set the PIN again")
        return False
    return hmac.compare_digest(candidate, digest)


def check_pin_format(pin: str) -> Phrase | None:
    """None for 4–8 digits 0–9; otherwise what to tell the person."""
    if not pin:
        return phrase("Bạn chưa nhập mã PIN.")
    if not set(pin) <= _DIGITS:
        return phrase("Mã PIN chỉ gồm các chữ số từ 0 đến 9.")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return phrase("Mã PIN gồm từ {low} đến {high} chữ số.", low=MIN_DIGITS, high=MAX_DIGITS)
    return None


class Verdict(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED_OUT = "locked_out"  # too many wrong PINs: wait `PinCheck.wait_seconds`
    NOT_SET = "not_set"  # no PIN on this machine (and no demo PIN): nobody can open the menu


@dataclass(frozen=True)
class PinCheck:
    verdict: Verdict
    wait_seconds: int = 0  # LOCKED_OUT: seconds until the next try is allowed
    tries_left: int = 0  # WRONG: tries before the lockout


class AdminPin:
    """The admin PIN of this kiosk, as a hash in the keyring, with a limit on wrong tries.

    Keep one instance for the whole run: the count of wrong tries lives in it. `clock` returns seconds
    (monotonic); tests pass a fake one. Keyring failures raise `SecretsUnavailable`.
    """

    def __init__(
        self,
        secrets: Secrets | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_tries: int = MAX_TRIES,
        lockout_seconds: float = LOCKOUT_SECONDS,
    ) -> None:
        self._secrets = secrets
        self._clock = clock
        self._max_tries = max_tries
        self._lockout_seconds = lockout_seconds
        self._wrong = 0
        self._locked_until: float | None = None

    def _stored(self) -> str | None:
        return self._secrets.get(KEYRING_ENTRY) if self._secrets is not None else None

    def is_set(self) -> bool:
        return bool(self._stored())

    def set(self, pin: str) -> None:
        """Stores a new PIN (as its hash); raises ValueError with the message for a badly formed one."""
        problem = check_pin_format(pin)
        if problem is not None:
            raise ValueError(problem)
        if self._secrets is None:
            raise SecretsUnavailable(phrase("Máy này không có kho khóa bảo mật để lưu mã PIN."))
        self._secrets.set(KEYRING_ENTRY, hash_pin(pin))
        self._wrong = 0
        self._locked_until = None
        log.info("admin PIN changed")

    def locked_for(self) -> int:
        """Whole seconds until the next try is allowed; 0 when a PIN may be tried now."""
        if self._locked_until is None:
            return 0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            self._wrong = 0
            return 0
        return math.ceil(left)

    def check(self, pin: str, *, demo_pin: str | None = None) -> PinCheck:
        """Checks one try. `demo_pin` (demo mode) is the PIN while none is set on this machine."""
        wait = self.locked_for()
        if wait:
            return PinCheck(Verdict.LOCKED_OUT, wait_seconds=wait)
        stored = self._stored()
        if stored:
            right = pin_matches(pin, stored)
        elif demo_pin:
            right = hmac.compare_digest(pin.encode("utf-8"), demo_pin.encode("utf-8"))
        else:
            return PinCheck(Verdict.NOT_SET)
        if right:
            self._wrong = 0
            log.info("admin PIN accepted")
            return PinCheck(Verdict.ACCEPTED)
        self._wrong += 1
        log.warning("wrong admin PIN (%d of %d)", self._wrong, self._max_tries)
        if self._wrong >= self._max_tries:
            self._locked_until = self._clock() + self._lockout_seconds
            return PinCheck(Verdict.LOCKED_OUT, wait_seconds=math.ceil(self._lockout_seconds))
        return PinCheck(Verdict.WRONG, tries_left=self._max_tries - self._wrong)

    def verify(self, pin: str) -> bool:
        return self.check(pin).verdict is Verdict.ACCEPTED


def set_pin_interactively(
    secrets: Secrets | None,
    read: Callable[[str], str] = getpass.getpass,
    write: Callable[[str], object] = print,
) -> int:
    """`python -m kiosk --set-admin-pin`: asks for the PIN twice, stores its hash. Returns the exit code:
    0 stored, 1 not stored (bad or different PINs, cancelled), 2 no usable keyring."""
    if secrets is None:
        write(
            phrase(
                "Máy này không có kho khóa bảo mật nên không lưu được mã PIN. Vui lòng báo cán bộ kỹ thuật."
            )
        )
        return 2
    admin = AdminPin(secrets)
    try:
        if admin.is_set():
            write(phrase("Máy này đã có mã PIN quản trị; mã mới sẽ thay mã cũ."))
        first = read(phrase("Mã PIN quản trị mới ({low}–{high} chữ số): ", low=MIN_DIGITS, high=MAX_DIGITS))
        problem = check_pin_format(first)
        if problem is not None:
            write(problem + " " + phrase("Chưa lưu mã PIN."))
            return 1
        if read(phrase("Nhập lại mã PIN để xác nhận: ")) != first:
            write(phrase("Hai lần nhập không giống nhau. Chưa lưu mã PIN."))
            return 1
        admin.set(first)
    except (EOFError, KeyboardInterrupt):
        write(phrase("Đã huỷ. Chưa lưu mã PIN."))
        return 1
    except SecretsUnavailable as exc:
        write(str(exc))
        return 2
    write(phrase("Đã lưu mã PIN quản trị. Giữ biểu trưng ở góc màn hình 5 giây để mở menu quản trị."))
    return 0
