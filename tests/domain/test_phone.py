from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.phone import PhoneError, mask_phone, normalize_phone


@pytest.mark.parametrize(
    "text",
    [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        " 091 234 5678 ",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "(+84) 912-345-678",
        "+84 0912 345 678",
    ],
)
def test_accepted_spellings(text: str) -> None:
    assert normalize_phone(text) == "0912345678"


@pytest.mark.parametrize("prefix", ["03", "05", "07", "08", "09"])
def test_mobile_prefixes(prefix: str) -> None:
    assert normalize_phone(prefix + "12345678") == prefix + "12345678"


@pytest.mark.parametrize("text", ["0243 825 1234", "+84 24 3825 1234", "0283 829 1234"])
def test_landline_needs_a_mobile(text: str) -> None:
    with pytest.raises(PhoneError, match="di động") as caught:
        normalize_phone(text)
    assert "SMS" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    ["0112345678", "0412345678", "0612345678", "0012345678", "1912345678", "+1 912 345 678", "0212345678"],
)
def test_other_prefixes_rejected(text: str) -> None:
    with pytest.raises(PhoneError):
        normalize_phone(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "091234567",
        "09123456789",
        "0912a45678",
        "+8491234567",
        "++84912345678",
        "0912/345/678",
        "０９１２３４５６７８",
    ],
)
def test_invalid(text: str) -> None:
    with pytest.raises(PhoneError) as caught:
        normalize_phone(text)
    assert "0912345678" not in str(caught.value)
    assert str(caught.value)


def test_mask() -> None:
    assert mask_phone("0912345678") == "091****678"
    assert mask_phone("+84 912 345 678") == "091****678"
    assert mask_phone("12") == "**"
    assert mask_phone("") == ""


@settings(deadline=None)
@given(st.text())
def test_arbitrary_text_raises_only_phone_error(text: str) -> None:
    try:
        phone = normalize_phone(text)
    except PhoneError:
        pass
    else:
        assert len(phone) == 10
        assert phone.isascii() and phone.isdigit()
        assert phone[1] in "35789"
        assert normalize_phone(phone) == phone
    assert "*" in mask_phone(text) or not any(ch.isdigit() and ch.isascii() for ch in text)


@settings(deadline=None)
@given(
    st.sampled_from("35789"),
    st.from_regex(r"\A[0-9]{8}\Z"),
    st.sampled_from(["0", "+84", "84", "+84 ", "(+84) "]),
    st.sampled_from(["", " ", ".", "-"]),
)
def test_valid_numbers_normalise(prefix: str, rest: str, country: str, sep: str) -> None:
    digits = prefix + rest
    text = country + sep.join([digits[:2], digits[2:5], digits[5:]])
    assert normalize_phone(text) == "0" + digits
    assert mask_phone(text) == "0" + digits[:2] + "****" + digits[-3:]
