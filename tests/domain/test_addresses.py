"""Addresses in today's units: lists, search without diacritics, reading an address, pre-2025 card text."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.addresses import (
    MSG_NO_COMMUNE,
    MSG_NO_PROVINCE,
    MSG_NO_STREET,
    MSG_STREET_TOO_LONG,
    MSG_UNKNOWN_COMMUNE,
    MSG_UNKNOWN_PROVINCE,
    MSG_UNREADABLE,
    Address,
    AddressProblem,
    LegacyMatch,
    Unit,
    commune,
    communes,
    from_legacy_text,
    parse_address,
    province,
    provinces,
    search,
)
from kiosk.domain.text import fold

HA_NOI, HUNG_YEN, HCM, DONG_THAP = 1, 33, 79, 82
BA_DINH, NGOC_HA, GIANG_VO, HONG_HA, LANG = 4, 8, 25, 97, 199  # phường of Hà Nội today


def names(units: Iterable[Unit]) -> list[str]:
    return [u.name for u in units]


def commune_name(code: int) -> str:
    unit = commune(code)
    assert unit is not None
    return unit.name


# -- the lists -------------------------------------------------------------------------------------------


def test_today_there_are_34_provinces_and_3321_communes() -> None:
    assert len(provinces()) == 34
    assert sum(len(communes(p.code)) for p in provinces()) == 3321
    assert communes(9999) == []


def test_units_carry_full_and_short_names_and_a_folded_key() -> None:
    ha_noi = province(HA_NOI)
    assert ha_noi is not None
    assert (ha_noi.name, ha_noi.short_name, ha_noi.key) == ("Thành phố Hà Nội", "Hà Nội", "thanh pho ha noi")
    ba_dinh = commune(BA_DINH)
    assert ba_dinh is not None
    assert (ba_dinh.name, ba_dinh.short_name, ba_dinh.province_code) == ("Phường Ba Đình", "Ba Đình", HA_NOI)
    assert commune(0) is None and province(0) is None
    every = [u for p in provinces() for u in communes(p.code)]
    assert all(u.name[0].isupper() and unicodedata.is_normalized("NFC", u.name) for u in every)


def test_lists_are_in_vietnamese_alphabetical_order() -> None:
    short = [p.short_name for p in provinces()]
    assert short[:4] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng"]  # "Cà" before "Cao"
    # Đ is its own letter after D (code points would put it after Z).
    assert short.index("Cần Thơ") < short.index("Đà Nẵng") < short.index("Gia Lai")
    assert short[-1] == "Vĩnh Long"


def test_lists_are_cached() -> None:
    assert provinces() is provinces()


# -- search ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["ha noi", "hà nội", "HÀ NỘI", "Ha Noi", unicodedata.normalize("NFD", "Hà Nội"), "noi ha", "hanoi"],
)
def test_search_finds_ha_noi_without_diacritics_or_case(query: str) -> None:
    assert search(provinces(), query)[0].code == HA_NOI


@pytest.mark.parametrize(
    "query", ["dong thap", "Đồng Tháp", "DONG THAP", "thap", "tinh dong thap", "dong th"]
)
def test_search_finds_dong_thap(query: str) -> None:
    assert search(provinces(), query)[0].code == DONG_THAP


def test_search_ranks_names_beginning_with_the_query_first() -> None:
    assert [u.short_name for u in search(provinces(), "ha")] == ["Hà Nội", "Hà Tĩnh", "Hải Phòng"]
    # "hoa" begins a later word of these: found, after any name that begins with it.
    assert [u.short_name for u in search(provinces(), "hoa")] == ["Khánh Hòa", "Thanh Hóa"]


def test_search_words_must_each_begin_a_word() -> None:
    assert search(provinces(), "xyz") == []
    assert names(search(provinces(), "ninh")) == [
        "Tỉnh Ninh Bình",  # begins with the query
        "Thành phố Bắc Ninh",
        "Thành phố Quảng Ninh",
        "Tỉnh Tây Ninh",
    ]


def test_empty_query_keeps_the_whole_list() -> None:
    assert search(provinces(), "  ") == provinces()


def test_search_communes_of_a_province() -> None:
    found = search(communes(HA_NOI), "ba dinh")
    assert found[0].code == BA_DINH
    assert search(communes(HA_NOI), "phuong lang")[0].code == LANG
    # Old and new tone placement find the same communes.
    assert search(communes(HA_NOI), "hoà") == search(communes(HA_NOI), "hòa")


# -- reading an address ----------------------------------------------------------------------------------


def test_address_text_names_street_commune_and_province() -> None:
    address = Address(HA_NOI, BA_DINH, "Số 12 ngõ 34")
    assert address.text() == "Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội"
    assert Address(HA_NOI, BA_DINH, "").text() == "Phường Ba Đình, Thành phố Hà Nội"


@pytest.mark.parametrize(
    "value",
    [
        {"province": HA_NOI, "commune": BA_DINH, "street": "  Số 12   ngõ 34 "},
        {"province": "1", "commune": "4", "street": "Số 12 ngõ 34"},
        Address(HA_NOI, BA_DINH, "Số 12 ngõ 34"),
        "Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội",
        "so 12 ngõ 34, phuong ba dinh, ha noi",
        unicodedata.normalize("NFD", "Số 12 ngõ 34, Phường Ba Đình, Hà Nội"),
    ],
)
def test_parse_address_accepts_a_picker_mapping_an_address_or_its_text(value: object) -> None:
    parsed = parse_address(value)
    assert (parsed.province_code, parsed.commune_code) == (HA_NOI, BA_DINH)
    assert fold_street(parsed.street) == "so 12 ngo 34"


def fold_street(text: str) -> str:
    return fold(text)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"province": None, "commune": BA_DINH, "street": "Số 1"}, MSG_NO_PROVINCE),
        ({"commune": BA_DINH, "street": "Số 1"}, MSG_NO_PROVINCE),
        ({"province": 99, "commune": BA_DINH, "street": "Số 1"}, MSG_UNKNOWN_PROVINCE),
        ({"province": "Hà Nội", "commune": BA_DINH, "street": "Số 1"}, MSG_UNKNOWN_PROVINCE),
        ({"province": True, "commune": BA_DINH, "street": "Số 1"}, MSG_UNKNOWN_PROVINCE),
        ({"province": HA_NOI, "commune": "", "street": "Số 1"}, MSG_NO_COMMUNE),
        ({"province": HA_NOI, "commune": 1, "street": "Số 1"}, MSG_UNKNOWN_COMMUNE),
        (
            {"province": HUNG_YEN, "commune": BA_DINH, "street": "Số 1"},
            "Phường Ba Đình không thuộc Tỉnh Hưng Yên. Vui lòng chọn lại xã, phường.",
        ),
        ({"province": HA_NOI, "commune": BA_DINH, "street": " , "}, MSG_NO_STREET),
        ({"province": HA_NOI, "commune": BA_DINH}, MSG_NO_STREET),
        ({"province": HA_NOI, "commune": BA_DINH, "street": "x" * 201}, MSG_STREET_TOO_LONG),
        ("Số 1, Phường Ba Đình", MSG_UNREADABLE),  # no province
        ("Số 1, Phường Không Có, Hà Nội", MSG_UNREADABLE),
        ("Phường Ba Đình, Hà Nội", MSG_NO_STREET),
        (12, MSG_UNREADABLE),
    ],
)
def test_parse_address_explains_what_is_wrong(value: object, message: str) -> None:
    with pytest.raises(AddressProblem) as caught:
        parse_address(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_names_told_apart_only_by_diacritics_need_them() -> None:
    tan_thanh = [u for u in communes(DONG_THAP) if u.key == "xa tan thanh"]
    assert sorted(u.name for u in tan_thanh) == ["Xã Tân Thành", "Xã Tân Thạnh"]
    for unit in tan_thanh:
        assert parse_address(f"Ấp 1, {unit.name}, Đồng Tháp").commune_code == unit.code
    with pytest.raises(AddressProblem):
        parse_address("Ấp 1, xa tan thanh, dong thap")  # which one? the picker must say


def test_every_commune_reads_back_from_its_text() -> None:
    for p in provinces():
        for unit in communes(p.code):
            address = Address(p.code, unit.code, "Thôn 1")
            assert parse_address(address.text()) == address, unit.name


# -- pre-2025 address text, as printed on a CCCD card ----------------------------------------------------


def only(match: LegacyMatch | None) -> Address:
    assert match is not None and match.certain
    assert match.address is not None and match.candidates == (match.address,)
    return match.address


def test_a_whole_ward_converts_with_certainty() -> None:
    match = from_legacy_text("Số 3 phố Trúc Bạch, Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội")
    assert only(match) == Address(HA_NOI, BA_DINH, "Số 3 phố Trúc Bạch")
    assert match is not None
    assert match.street == "Số 3 phố Trúc Bạch"
    assert match.recognised == "Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội"
    assert only(from_legacy_text("Số 7, Phường Phúc Xá, Quận Ba Đình, Hà Nội")).commune_code == HONG_HA


def test_a_split_ward_gives_every_candidate_for_the_person_to_pick() -> None:
    # Phường Điện Biên (Ba Đình) was divided between four of today's phường.
    match = from_legacy_text("Số 12 ngõ 34, Phường Điện Biên, Quận Ba Đình, Hà Nội")
    assert match is not None
    assert not match.certain
    assert match.street == "Số 12 ngõ 34"
    found = [commune_name(a.commune_code) for a in match.candidates]
    assert sorted(found) == sorted(
        ["Phường Ba Đình", "Phường Hoàn Kiếm", "Phường Ô Chợ Dừa", "Phường Văn Miếu - Quốc Tử Giám"]
    )
    assert found[0] == "Phường Ba Đình"  # named like the old district: the likeliest
    assert all(a.province_code == HA_NOI and a.street == "Số 12 ngõ 34" for a in match.candidates)
    # A ward that kept its name comes first among its candidates.
    ngoc_ha = from_legacy_text("Số 1, Phường Ngọc Hà, Quận Ba Đình, Hà Nội")
    assert ngoc_ha is not None and not ngoc_ha.certain
    assert [a.commune_code for a in ngoc_ha.candidates] == [NGOC_HA, BA_DINH]


@pytest.mark.parametrize(
    "text",
    [
        "Thôn Đông, Xã Hòa Bình, Huyện Vũ Thư, Tỉnh Thái Bình",
        "Thôn Đông, Hòa Bình, Vũ Thư, Thái Bình",  # the QR code often leaves out the kind of unit
        "Thôn Đông, Xã Hoà Bình, H. Vũ Thư, T. Thái Bình",  # old tone placement, abbreviations
        unicodedata.normalize("NFD", "Thôn Đông, Xã Hòa Bình, Huyện Vũ Thư, Tỉnh Thái Bình"),
        "THÔN ĐÔNG, XÃ HÒA BÌNH, HUYỆN VŨ THƯ, TỈNH THÁI BÌNH, VIỆT NAM",
    ],
)
def test_a_merged_province_thai_binh_is_now_hung_yen(text: str) -> None:
    address = only(from_legacy_text(text))
    assert address.province_code == HUNG_YEN
    assert commune_name(address.commune_code) == "Xã Vũ Thư"
    assert fold_street(address.street) == "thon dong"
    assert address.text().endswith(", Xã Vũ Thư, Tỉnh Hưng Yên")


def test_tien_giang_and_ho_chi_minh_city_abbreviations() -> None:
    my_tho = only(from_legacy_text("Số 10, Phường 1, Thành phố Mỹ Tho, Tiền Giang"))
    assert (my_tho.province_code, commune_name(my_tho.commune_code)) == (DONG_THAP, "Phường Mỹ Tho")
    for text in (
        "12 Nguyễn Huệ, P. Bến Nghé, Q.1, TP.HCM",
        "12 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",
    ):
        address = only(from_legacy_text(text))
        assert address.province_code == HCM
        assert commune_name(address.commune_code) == "Phường Sài Gòn"
    # Numbered wards written with a leading zero.
    assert only(from_legacy_text("Tổ 5, Phường 01, Quận 3, TP Hồ Chí Minh")).province_code == HCM


def test_an_address_already_in_todays_units_is_read_as_such() -> None:
    assert only(from_legacy_text("Số 5, Phường Láng, Thành phố Hà Nội")) == Address(HA_NOI, LANG, "Số 5")


def test_an_unknown_ward_falls_back_to_the_communes_of_its_old_district() -> None:
    match = from_legacy_text("Ngõ 1, Phường Không Có, Quận Ba Đình, Hà Nội")
    assert match is not None and not match.certain
    assert match.street == "Ngõ 1, Phường Không Có"  # nothing read is thrown away
    assert match.recognised == "Quận Ba Đình, Thành phố Hà Nội"
    codes = [a.commune_code for a in match.candidates]
    assert codes[0] == BA_DINH
    assert {NGOC_HA, GIANG_VO, HONG_HA} <= set(codes)


def test_only_the_province_read_still_starts_the_picker_there() -> None:
    match = from_legacy_text("Tổ 1, Khu Không Có, Hà Nội")
    assert match == LegacyMatch(HA_NOI, (), "Tổ 1, Khu Không Có", False, "Thành phố Hà Nội")
    assert match.address is None


@pytest.mark.parametrize("text", ["", "  ,  ", "Số 1, Atlantis", "Hà Nội Mới"])
def test_no_province_no_match(text: str) -> None:
    assert from_legacy_text(text) is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
    | st.lists(
        st.sampled_from(["Số 1", "Phường Điện Biên", "Quận Ba Đình", "Hà Nội", "Thái Bình", "", "P.01", "x"]),
        max_size=6,
    ).map(", ".join)
)
def test_any_text_gives_a_match_or_none_never_an_exception(text: str) -> None:
    match = from_legacy_text(text)
    if match is not None:
        assert match.certain is (len(match.candidates) == 1)
        assert all(commune(a.commune_code) is not None for a in match.candidates)
        assert province(match.province_code) is not None
    with contextlib.suppress(AddressProblem):
        parse_address(text)
