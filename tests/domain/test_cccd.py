from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.cccd import (
    PROVINCE_CODES,
    CccdCard,
    CccdError,
    check_cccd_number,
    format_cccd_qr,
    parse_cccd_qr,
)
from kiosk.domain.names import normalize_name

TODAY = date(2026, 3, 1)
SAMPLE = "001090012345|123456789|NGUYỄN VĂN AN|05091990|Nam|Số 1, Phố Huế, Hai Bà Trưng, Hà Nội|10052021"


def test_parse_sample() -> None:
    card = parse_cccd_qr(SAMPLE, today=TODAY)
    assert card == CccdCard(
        number="001090012345",
        old_id="123456789",
        full_name="Nguyễn Văn An",
        birth_date=date(1990, 9, 5),
        sex="Nam",
        address="Số 1, Phố Huế, Hai Bà Trưng, Hà Nội",
        issued_on=date(2021, 5, 10),
    )


def test_parse_tolerates_bom_crlf_nfd_empty_old_id_and_extra_fields() -> None:
    text = "\ufeff" + unicodedata.normalize(
        "NFD",
        "079301000123||TRẦN THỊ HOÀ|29022000|NỮ|  Ấp 3,   xã Tân Hòa \t, Long An |01072024|X1|2024\r\n",
    )
    card = parse_cccd_qr(text, today=TODAY)
    assert card.number == "079301000123"
    assert card.old_id == ""
    assert card.full_name == "Trần Thị Hoà"
    assert card.birth_date == date(2000, 2, 29)
    assert card.sex == "Nữ"
    assert card.address == "Ấp 3, xã Tân Hòa , Long An"
    assert unicodedata.is_normalized("NFC", card.address)
    assert card.issued_on == date(2024, 7, 1)
    assert card.extra == ("X1", "2024")


def test_twelve_digit_old_id_is_accepted() -> None:
    card = parse_cccd_qr(SAMPLE.replace("|123456789|", "|001090099999|"), today=TODAY)
    assert card.old_id == "001090099999"


@pytest.mark.parametrize("sex", ["nam", "NAM", " Nam "])
def test_male_spellings(sex: str) -> None:
    assert parse_cccd_qr(SAMPLE.replace("|Nam|", f"|{sex}|"), today=TODAY).sex == "Nam"


@pytest.mark.parametrize("sex", ["nữ", "NỮ", "Nữ", unicodedata.normalize("NFD", "NỮ")])
def test_female_spellings(sex: str) -> None:
    assert parse_cccd_qr(SAMPLE.replace("|Nam|", f"|{sex}|"), today=TODAY).sex == "Nữ"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("001090012345|123456789|NGUYỄN VĂN AN|05091990|Nam|Hà Nội", "quét lại"),
        ("", "quét lại"),
        (SAMPLE.replace("001090012345", "00109001234"), "12 chữ số"),
        (SAMPLE.replace("001090012345", "0010900123456"), "12 chữ số"),
        (SAMPLE.replace("001090012345", "00109001234a"), "12 chữ số"),
        (SAMPLE.replace("001090012345", "００１０９００１２３４５"), "12 chữ số"),
        (SAMPLE.replace("123456789", "12345678"), "chứng minh"),
        (SAMPLE.replace("05091990", "31022000"), "Ngày sinh"),
        (SAMPLE.replace("05091990", "5091990"), "Ngày sinh"),
        (SAMPLE.replace("05091990", "05091890"), "Ngày sinh"),
        (SAMPLE.replace("05091990", "02032026"), "sau ngày hôm nay"),
        (SAMPLE.replace("10052021", "10051989"), "trước ngày sinh"),
        (SAMPLE.replace("10052021", "32052021"), "Ngày cấp"),
        (SAMPLE.replace("|Nam|", "|Male|"), "Giới tính"),
        (SAMPLE.replace("|Nam|", "||"), "Giới tính"),
        (SAMPLE.replace("NGUYỄN VĂN AN", ""), "Họ và tên"),
        (SAMPLE.replace("NGUYỄN VĂN AN", "NGUY?N V?N AN"), "dấu tiếng Việt"),
        (SAMPLE.replace("NGUYỄN VĂN AN", "NGUY\ufffdN VĂN AN"), "dấu tiếng Việt"),
        (SAMPLE.replace("Hà Nội", "H? N?i"), "dấu tiếng Việt"),
        (SAMPLE.replace("|Nam|", "|N?|"), "dấu tiếng Việt"),
    ],
)
def test_rejections(text: str, fragment: str) -> None:
    with pytest.raises(CccdError) as caught:
        parse_cccd_qr(text, today=TODAY)
    assert fragment in str(caught.value)


def test_damaged_message_asks_to_scan_again() -> None:
    with pytest.raises(CccdError) as caught:
        parse_cccd_qr(SAMPLE.replace("NGUYỄN", "NGUY?N"), today=TODAY)
    assert str(caught.value) == "Mã QR đọc chưa đủ dấu tiếng Việt. Vui lòng quét lại thẻ."


def test_messages_hold_no_personal_data() -> None:
    bad = SAMPLE.replace("05091990", "31021990").replace("001090012345", "00109001234")
    for text in (bad, SAMPLE.replace("05091990", "31021990"), SAMPLE.replace("|Nam|", "|X|")):
        with pytest.raises(CccdError) as caught:
            parse_cccd_qr(text, today=TODAY)
        message = str(caught.value)
        for secret in ("001090012345", "00109001234", "123456789", "NGUYỄN", "Nguyễn", "1990", "Phố Huế"):
            assert secret not in message


def test_birth_date_today_is_accepted() -> None:
    card = parse_cccd_qr(SAMPLE.replace("05091990", "01032026").replace("10052021", "01032026"), today=TODAY)
    assert card.birth_date == card.issued_on == TODAY


def test_format_round_trip() -> None:
    card = parse_cccd_qr(SAMPLE, today=TODAY)
    assert parse_cccd_qr(format_cccd_qr(card), today=TODAY) == card
    assert format_cccd_qr(card) == SAMPLE.replace("NGUYỄN VĂN AN", "Nguyễn Văn An")


def test_province_codes() -> None:
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "TP Hồ Chí Minh"
    assert PROVINCE_CODES["096"] == "Cà Mau"
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCE_CODES)
    assert all(unicodedata.is_normalized("NFC", name) for name in PROVINCE_CODES.values())


def test_check_number_all_agree() -> None:
    assert check_cccd_number("001090012345") == []
    assert check_cccd_number("001 090 012 345", birth_date=date(1990, 9, 5), sex="Nam") == []
    assert check_cccd_number("079301000123", birth_date=date(2001, 1, 1), sex="Nữ") == []
    assert check_cccd_number("038199000001", birth_date=date(1999, 1, 1), sex="nữ") == []
    assert check_cccd_number("001425000001", birth_date=date(2125, 1, 1), sex="Nam") == []


@pytest.mark.parametrize("number", ["", "00109001234", "0010900123456", "00109001234x", "٠٠١٠٩٠٠١٢٣٤٥"])
def test_check_number_rejects_non_twelve_digits(number: str) -> None:
    with pytest.raises(CccdError, match="12 chữ số"):
        check_cccd_number(number)


def test_check_number_warnings() -> None:
    assert len(check_cccd_number("003090012345")) == 1  # 003 is no province
    (century,) = check_cccd_number("001290012345", birth_date=date(1990, 9, 5))
    assert "năm sinh" in century
    (sex,) = check_cccd_number("001090012345", sex="Nữ")
    assert "giới tính" in sex
    (year,) = check_cccd_number("001091012345", birth_date=date(1990, 9, 5))
    assert "năm sinh" in year
    assert len(check_cccd_number("003391012345", birth_date=date(1990, 9, 5), sex="Nam")) == 4
    assert check_cccd_number("001090012345", sex="không rõ") == []


# --- property tests ---------------------------------------------------------------------------------

_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
_words = st.text(alphabet=_LOWER, min_size=1, max_size=7)
_names = st.lists(_words, min_size=2, max_size=5).map(lambda ws: normalize_name(" ".join(ws)))
_addresses = st.lists(
    st.text(alphabet=_LOWER + _LOWER.upper() + "0123456789,/-", min_size=1, max_size=10),
    min_size=0,
    max_size=8,
).map(" ".join)
_extras = st.lists(st.text(alphabet=_LOWER + "0123456789ABC", max_size=8), max_size=3).map(tuple)


@st.composite
def cards(draw: st.DrawFn) -> CccdCard:
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    issued = draw(st.dates(min_value=birth, max_value=TODAY + timedelta(days=3650)))
    sex = draw(st.sampled_from(["Nam", "Nữ"]))
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    gender_digit = (birth.year - 1900) // 100 * 2 + (0 if sex == "Nam" else 1)
    serial = draw(st.integers(0, 999_999))
    return CccdCard(
        number=f"{province}{gender_digit}{birth.year % 100:02d}{serial:06d}",
        old_id=draw(st.one_of(st.just(""), st.from_regex(r"\A[0-9]{9}\Z"), st.from_regex(r"\A[0-9]{12}\Z"))),
        full_name=draw(_names),
        birth_date=birth,
        sex=sex,
        address=draw(_addresses),
        issued_on=issued,
        extra=draw(_extras),
    )


@settings(deadline=None)
@given(
    card=cards(),
    bom=st.booleans(),
    ending=st.sampled_from(["", "\r\n", "\n", "\r", "  \r\n", "\t"]),
    nfd=st.booleans(),
    capitals=st.booleans(),
)
def test_valid_cards_round_trip(card: CccdCard, bom: bool, ending: str, nfd: bool, capitals: bool) -> None:
    text = format_cccd_qr(card)
    if capitals:
        fields = text.split("|")
        fields[2] = fields[2].upper()
        fields[4] = fields[4].upper()
        text = "|".join(fields)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    text = ("\ufeff" if bom else "") + text + ending
    assert parse_cccd_qr(text, today=TODAY) == card
    assert check_cccd_number(card.number, birth_date=card.birth_date, sex=card.sex) == []


@settings(deadline=None)
@given(st.text())
def test_arbitrary_text_raises_only_cccd_error(text: str) -> None:
    try:
        card = parse_cccd_qr(text, today=TODAY)
    except CccdError as error:
        assert str(error)
    else:
        assert len(card.number) == 12


@settings(deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_characters="|"), max_size=14), min_size=7, max_size=9))
def test_arbitrary_fields_raise_only_cccd_error(fields: list[str]) -> None:
    try:
        parse_cccd_qr("|".join(fields), today=TODAY)
    except CccdError as error:
        assert str(error)


@settings(deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.text()))
def test_check_number_raises_only_cccd_error(number: str, birth: date | None, sex: str | None) -> None:
    try:
        warnings = check_cccd_number(number, birth_date=birth, sex=sex)
    except CccdError:
        return
    assert all(isinstance(w, str) and w for w in warnings)
