"""The admin PIN: a salted hash in the real keyring (Secret Service in dbus-run-session), a try limit."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from kiosk.admin_pin import (
    KEYRING_ENTRY,
    AdminPin,
    Verdict,
    check_pin_format,
    hash_pin,
    pin_matches,
    set_pin_interactively,
)
from kiosk.secrets import Secrets

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="needs a D-Bus session: run scripts/test.sh"
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def secrets() -> Iterator[Secrets]:
    """A keyring service of its own, emptied afterwards."""
    store = Secrets(service=f"vn.gov.kiosk.test-{uuid.uuid4().hex}")
    yield store
    store.delete(KEYRING_ENTRY)


def test_a_hash_matches_its_pin_only() -> None:
    stored = hash_pin("2468")
    assert pin_matches("2468", stored)
    assert not pin_matches("2469", stored)
    assert not pin_matches("24680", stored)
    assert not pin_matches("", stored)


def test_the_salt_differs_every_time_and_the_hash_names_its_parameters() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    scheme, n, r, p, salt_a, _ = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert salt_a != second.split("$")[4]
    assert pin_matches("2468", first) and pin_matches("2468", second)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "2468",
        "plain$2468",
        "scrypt$16384$8$1$@@@$@@@",
        "md5$1$1$1$AAAA$AAAA",
        "scrypt$3$8$1$AAAA$" + "A" * 44,
    ],
)
def test_a_damaged_or_foreign_hash_matches_nothing(stored: str) -> None:
    assert not pin_matches("2468", stored)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", "chưa nhập"),
        ("123", "từ 4 đến 8 chữ số"),
        ("123456789", "từ 4 đến 8 chữ số"),
        ("12a4", "chữ số từ 0 đến 9"),
        ("12 34", "chữ số từ 0 đến 9"),
        ("١٢٣٤", "chữ số từ 0 đến 9"),  # Arabic-Indic digits are digits to Python, not to the pad
    ],
)
def test_badly_formed_pins_get_a_plain_reason(pin: str, problem: str) -> None:
    message = check_pin_format(pin)
    assert message is not None and problem in message


@pytest.mark.parametrize("pin", ["0000", "12345678", "908172"])
def test_four_to_eight_digits_are_a_pin(pin: str) -> None:
    assert check_pin_format(pin) is None


@needs_secret_service
def test_the_keyring_holds_a_salted_hash_never_the_pin(secrets: Secrets) -> None:
    admin = AdminPin(secrets)
    assert not admin.is_set()
    admin.set("13579")
    stored = secrets.get(KEYRING_ENTRY)
    assert stored is not None and "13579" not in stored and stored.startswith("scrypt$")
    assert "13579" not in repr(vars(admin))
    assert AdminPin(secrets).is_set()
    assert AdminPin(secrets).verify("13579")
    assert not AdminPin(secrets).verify("97531")


@needs_secret_service
def test_a_badly_formed_pin_is_not_stored(secrets: Secrets) -> None:
    with pytest.raises(ValueError, match="4 đến 8"):
        AdminPin(secrets).set("12")
    assert secrets.get(KEYRING_ENTRY) is None


@needs_secret_service
def test_three_wrong_pins_lock_out_for_30_seconds(secrets: Secrets) -> None:
    clock = FakeClock()
    admin = AdminPin(secrets, clock=clock)
    admin.set("2468")
    assert [admin.check("1111").verdict, admin.check("2222").verdict] == [Verdict.WRONG, Verdict.WRONG]
    third = admin.check("3333")
    assert third.verdict is Verdict.LOCKED_OUT and third.wait_seconds == 30
    locked = admin.check("2468")  # even the right PIN waits
    assert locked.verdict is Verdict.LOCKED_OUT
    clock.now += 29.5
    assert admin.locked_for() == 1 and not admin.verify("2468")
    clock.now += 0.5
    assert admin.locked_for() == 0
    assert admin.verify("2468")


@needs_secret_service
def test_wrong_tries_count_down_and_a_right_pin_resets_them(secrets: Secrets) -> None:
    admin = AdminPin(secrets, clock=FakeClock())
    admin.set("2468")
    assert admin.check("1111").tries_left == 2
    assert admin.check("1112").tries_left == 1
    assert admin.verify("2468")
    assert admin.check("1111").tries_left == 2


@needs_secret_service
def test_without_a_pin_only_the_demo_pin_opens(secrets: Secrets) -> None:
    admin = AdminPin(secrets, clock=FakeClock())
    assert admin.check("0000").verdict is Verdict.NOT_SET
    assert admin.check("0000", demo_pin="0000").verdict is Verdict.ACCEPTED
    assert admin.check("1234", demo_pin="0000").verdict is Verdict.WRONG
    assert AdminPin(None).check("0000").verdict is Verdict.NOT_SET


@needs_secret_service
def test_a_set_pin_replaces_the_demo_pin(secrets: Secrets) -> None:
    admin = AdminPin(secrets)
    admin.set("8642")
    assert admin.check("0000", demo_pin="0000").verdict is Verdict.WRONG
    assert admin.check("8642", demo_pin="0000").verdict is Verdict.ACCEPTED


class Terminal:
    """Fake getpass and print: answers in order, remembers what was shown."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.shown: list[str] = []

    def read(self, prompt: str) -> str:
        self.shown.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def write(self, text: str) -> None:
        self.shown.append(text)


@needs_secret_service
def test_the_command_asks_twice_and_stores_the_hash(secrets: Secrets) -> None:
    terminal = Terminal("97531", "97531")
    assert set_pin_interactively(secrets, read=terminal.read, write=terminal.write) == 0
    assert AdminPin(secrets).verify("97531")
    assert "97531" not in " ".join(terminal.shown)
    assert "Đã lưu" in terminal.shown[-1]


@needs_secret_service
@pytest.mark.parametrize(
    ("answers", "said"),
    [(("97531", "97532"), "không giống nhau"), (("12",), "4 đến 8"), (("97531",), "Đã huỷ")],
)
def test_the_command_refuses_and_stores_nothing(
    secrets: Secrets, answers: tuple[str, ...], said: str
) -> None:
    terminal = Terminal(*answers)
    assert set_pin_interactively(secrets, read=terminal.read, write=terminal.write) == 1
    assert said in terminal.shown[-1] and "Chưa lưu" in terminal.shown[-1]
    assert secrets.get(KEYRING_ENTRY) is None


@needs_secret_service
def test_the_command_says_it_replaces_an_old_pin(secrets: Secrets) -> None:
    AdminPin(secrets).set("1111")
    terminal = Terminal("2222", "2222")
    assert set_pin_interactively(secrets, read=terminal.read, write=terminal.write) == 0
    assert "thay mã cũ" in terminal.shown[0]
    assert AdminPin(secrets).verify("2222") and not AdminPin(secrets).verify("1111")


def test_the_command_without_a_keyring_says_so() -> None:
    terminal = Terminal("1234", "1234")
    assert set_pin_interactively(None, read=terminal.read, write=terminal.write) == 2
    assert "kho khóa" in terminal.shown[-1]
