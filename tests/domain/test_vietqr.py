"""VietQR payloads: the reference page's worked example byte for byte, the CRC, and refusals."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.vietqr import (
    MSG_CRC,
    VietQR,
    ascii_purpose,
    build_vietqr,
    crc16_ccitt,
    parse_vietqr,
)

# /work/shared/reference/vietnam.md: VietinBank 970415, account 113366668888, 79000, "Ung Ho Quy Vac Xin".
WORKED_EXAMPLE = (
    "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA"
    "53037045405790005802VN62220818Ung Ho Quy Vac Xin63043ACF"
)


def test_crc_check_value() -> None:
    assert crc16_ccitt("123456789") == "29B1"
    assert crc16_ccitt("") == "FFFF"


def test_worked_example_is_reproduced_byte_for_byte_and_read_back() -> None:
    assert build_vietqr("970415", "113366668888", 79000, "Ung Ho Quy Vac Xin") == WORKED_EXAMPLE
    assert parse_vietqr(WORKED_EXAMPLE) == VietQR(
        bank_bin="970415",
        account_number="113366668888",
        amount=79000,
        purpose="Ung Ho Quy Vac Xin",
        currency="704",
        country="VN",
    )
    assert parse_vietqr(WORKED_EXAMPLE + "\r\n").amount == 79000  # a scanner's line ending


def test_without_amount_the_code_is_static_and_the_payer_types_the_amount() -> None:
    payload = build_vietqr("970415", "113366668888", None, "")
    account = "38560010A0000007270126000697041501121133666688880208QRIBFTTA"
    assert payload[:-4] == "000201010211" + account + "5303704" + "5802VN" + "6304"  # no 54, no 62
    parsed = parse_vietqr(payload)
    assert parsed.amount is None and parsed.purpose == ""


def test_vietnamese_purpose_is_written_without_diacritics() -> None:
    assert ascii_purpose("Lệ phí  bản sao  Đăng ký khai sinh") == "Le phi ban sao Dang ky khai sinh"
    payload = build_vietqr("970415", "0000000001", 16000, "Lệ phí đăng ký")
    assert parse_vietqr(payload).purpose == "Le phi dang ky"
    with pytest.raises(ValueError, match="Nội dung chuyển khoản"):
        build_vietqr("970415", "0000000001", 16000, "Lệ phí 😀")


@pytest.mark.parametrize(
    ("bank_bin", "account", "amount", "purpose"),
    [
        ("97041", "0000000001", 1000, ""),  # BIN of 5 digits
        ("970415", "", 1000, ""),  # no account
        ("970415", "0000 0001", 1000, ""),  # a space in the account
        ("970415", "0000000001", 0, ""),  # nothing to pay
        ("970415", "0000000001", -5, ""),
        ("970415", "0000000001", 10**13, ""),  # 14 digits do not fit field 54
        ("970415", "0000000001", 1000, "x" * 100),  # longer than a TLV can hold
    ],
)
def test_builder_refuses_what_no_bank_app_can_read(
    bank_bin: str, account: str, amount: int, purpose: str
) -> None:
    with pytest.raises(ValueError) as info:
        build_vietqr(bank_bin, account, amount, purpose)
    assert str(info.value) and not str(info.value).isascii()  # a Vietnamese message


def test_a_corrupted_character_is_refused() -> None:
    changed_amount = WORKED_EXAMPLE.replace("5405790005802", "5405790015802")
    with pytest.raises(ValueError) as info:
        parse_vietqr(changed_amount)
    assert str(info.value) == MSG_CRC
    with pytest.raises(ValueError):
        parse_vietqr(WORKED_EXAMPLE[:-1] + "0")  # the CRC itself
    with pytest.raises(ValueError):
        parse_vietqr(WORKED_EXAMPLE.replace("5303704", "5304704"))  # a length that does not add up


@pytest.mark.parametrize(
    "body",
    [
        "000201010212" + "5303704" + "5802VN",  # no account information (38)
        "000201010212"
        + "38560010A0000007270126000697041501121133666688880208QRIBFTTA"
        + "5303840"
        + "5802VN",
        "000201010212"
        + "38560010A0000007270126000697041501121133666688880208QRIBFTTC"
        + "5303704"
        + "5802VN",
        "010212000201"
        + "38560010A0000007270126000697041501121133666688880208QRIBFTTA"
        + "5303704"
        + "5802VN",
    ],
)
def test_well_checksummed_but_wrong_content_is_refused(body: str) -> None:
    payload = body + "6304" + crc16_ccitt(body + "6304")  # a correct CRC over a wrong payload
    with pytest.raises(ValueError):
        parse_vietqr(payload)


_purposes = st.text(alphabet=string.ascii_letters + string.digits + " .-", max_size=25).map(
    lambda t: " ".join(t.split())
)


@given(
    bank_bin=st.from_regex(r"[0-9]{6}", fullmatch=True),
    account=st.from_regex(r"[0-9A-Za-z]{1,19}", fullmatch=True),
    amount=st.none() | st.integers(min_value=1, max_value=10**13 - 1),
    purpose=_purposes,
)
def test_build_then_parse_round_trips(bank_bin: str, account: str, amount: int | None, purpose: str) -> None:
    payload = build_vietqr(bank_bin, account, amount, purpose)
    assert payload.isascii() and crc16_ccitt(payload[:-4]) == payload[-4:]
    assert parse_vietqr(payload) == VietQR(bank_bin, account, amount, purpose)


@given(st.text(max_size=200) | st.text(alphabet="0123456789ABCDEFQRITVN .", max_size=200))
def test_parsing_any_text_only_ever_raises_value_error(text: str) -> None:
    try:
        parse_vietqr(text)
    except ValueError as exc:
        assert str(exc)


@given(position=st.integers(min_value=0, max_value=len(WORKED_EXAMPLE) - 1), char=st.characters())
def test_any_one_character_change_is_refused(position: int, char: str) -> None:
    if WORKED_EXAMPLE[position] == char:
        return
    changed = WORKED_EXAMPLE[:position] + char + WORKED_EXAMPLE[position + 1 :]
    if changed.strip() == WORKED_EXAMPLE:
        return  # whitespace at either end is what a scanner adds, not a change
    with pytest.raises(ValueError):
        parse_vietqr(changed)
