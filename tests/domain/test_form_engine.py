"""The form engine on the real birth-registration procedure: answers, show-when, review, payload;
and every field type's parse, display and JSON."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import MSG_NO_STREET, Address, communes, provinces
from kiosk.domain.ethnicity import ETHNIC_GROUPS
from kiosk.domain.form import REQUIRED_MESSAGE, UNKNOWN_FIELD_MESSAGE, Form, Status, validate_answers
from kiosk.domain.procedures import FIELD_TYPES, Field, Option, Procedure, load_catalog

BIRTH = "1.001193"
TODAY = date(2026, 3, 15)
ACCOUNT = {"full_name": "trần văn bình", "id_number": "001090012345", "phone": "+84 912 345 678"}

HA_NOI, LANG = 1, 199  # Thành phố Hà Nội, Phường Láng (post-2025 codes, vietnam-provinces)
HOME = {"province": HA_NOI, "commune": LANG, "street": "Số 5 ngõ 12 Láng Hạ"}
HOME_TEXT = "Số 5 ngõ 12 Láng Hạ, Phường Láng, Thành phố Hà Nội"
HOME_PAYLOAD = {"province": HA_NOI, "commune": LANG, "street": "Số 5 ngõ 12 Láng Hạ"}

# Everything a person answers for a birth registration with no father on the form and no copies.
ANSWERS: dict[str, object] = {
    "requester.residence": HOME,
    "requester.relationship": "cha",
    "child.full_name": "trần thị mai",
    "child.birth_date": "05/03/2026",
    "child.sex": "Nữ",
    "child.ethnicity": "Kinh",
    "child.nationality": "Việt Nam",
    "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
    "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
    "child.has_birth_certificate": "Có",
    "mother.full_name": "lê thị hoa",
    "mother.birth_year": "1995",
    "mother.ethnicity": "01",
    "mother.nationality": "Việt Nam",
    "mother.residence": Address(HA_NOI, LANG, "Số 5 ngõ 12 Láng Hạ"),
    "father.known": "Không",
    "copies.wanted": "Không",
}
FATHER = {
    "father.full_name": "trần văn bình",
    "father.birth_year": "1993",
    "father.ethnicity": "Tày",
    "father.nationality": "Việt Nam",
    "father.residence": HOME_TEXT,  # the text Address.text() writes reads back
}
FATHER_PAGES = [
    "father_name",
    "father_birth_year",
    "father_ethnicity",
    "father_nationality",
    "father_residence",
]


@cache
def birth_procedure() -> Procedure:
    return load_catalog()[BIRTH]


@pytest.fixture
def birth() -> Procedure:
    return birth_procedure()


def new_form(procedure: Procedure, account: Mapping[str, object] | None = ACCOUNT) -> Form:
    return Form(procedure, account=account, today=TODAY)


def answer_all(form: Form, answers: Mapping[str, object]) -> None:
    for field_id, raw in answers.items():
        verdict = form.answer(field_id, raw)
        assert verdict.ok, (field_id, verdict)


def page_ids(form: Form) -> list[str]:
    return [p.id for p in form.pages()]


# -- the catalog -----------------------------------------------------------------------------------------


def test_catalog_offers_birth_registration(birth: Procedure) -> None:
    assert birth.name == "Đăng ký khai sinh"
    assert birth.delivery == ("desk", "post")
    assert birth.processing_days == 0
    assert [s.title for s in birth.sections] == [
        "Người đi đăng ký",
        "Thông tin của trẻ",
        "Thông tin người mẹ",
        "Thông tin người cha",
        "Bản sao trích lục",
    ]
    assert birth.field("child.birth_date").not_future


def test_catalog_entries_are_keyed_by_their_code() -> None:
    catalog = load_catalog()
    assert catalog
    assert all(code == procedure.code for code, procedure in catalog.items())


# -- answering each type ---------------------------------------------------------------------------------

DATE_INVALID = "Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024."
CHOOSE = "Vui lòng chọn một trong các lựa chọn trên màn hình."


@pytest.mark.parametrize(
    ("field_id", "raw", "status", "message"),
    [
        # person_name
        ("child.full_name", "", Status.REQUIRED, REQUIRED_MESSAGE),
        ("child.full_name", "   ", Status.REQUIRED, REQUIRED_MESSAGE),
        ("child.full_name", None, Status.REQUIRED, REQUIRED_MESSAGE),
        (
            "child.full_name",
            "Nguyễn Văn 2",
            Status.CONSTRAINT,
            "Họ và tên không được có chữ số. Vui lòng kiểm tra lại.",
        ),
        (
            "child.full_name",
            "Nguy?n V?n An",
            Status.CONSTRAINT,
            "Họ và tên bị mất dấu tiếng Việt (có dấu ?). Vui lòng quét lại hoặc nhập lại.",
        ),
        ("child.full_name", "A", Status.CONSTRAINT, "Họ và tên quá ngắn. Vui lòng nhập đầy đủ họ và tên."),
        ("child.full_name", "h'hen niê", Status.OK, ""),
        # date, not in the future
        ("child.birth_date", "", Status.REQUIRED, REQUIRED_MESSAGE),
        (
            "child.birth_date",
            "16/03/2026",
            Status.CONSTRAINT,
            "Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm.",
        ),
        ("child.birth_date", "31/02/2026", Status.CONSTRAINT, DATE_INVALID),
        ("child.birth_date", "hôm qua", Status.CONSTRAINT, DATE_INVALID),
        ("child.birth_date", "15/03/2026", Status.OK, ""),
        ("child.birth_date", "1.3.2026", Status.OK, ""),
        ("child.birth_date", "2026-03-01", Status.OK, ""),
        ("child.birth_date", date(2026, 3, 1), Status.OK, ""),
        ("child.birth_date", datetime(2026, 3, 1, 9, 30), Status.OK, ""),
        ("child.birth_date", date(1899, 12, 31), Status.CONSTRAINT, DATE_INVALID),
        # year
        ("mother.birth_year", "19a0", Status.CONSTRAINT, "Vui lòng nhập năm bằng chữ số, ví dụ 1990."),
        (
            "mother.birth_year",
            "một chín chín lăm",
            Status.CONSTRAINT,
            "Vui lòng nhập năm bằng chữ số, ví dụ 1990.",
        ),
        ("mother.birth_year", "995", Status.CONSTRAINT, "Năm phải có 4 chữ số, ví dụ 1990."),
        ("mother.birth_year", "1899", Status.CONSTRAINT, "Số này phải từ 1900 trở lên."),
        ("mother.birth_year", "2027", Status.CONSTRAINT, "Số này không được lớn hơn 2026."),
        ("mother.birth_year", "9" * 5000, Status.CONSTRAINT, "Năm phải có 4 chữ số, ví dụ 1990."),
        ("mother.birth_year", " 1 995 ", Status.OK, ""),
        ("mother.birth_year", "", Status.REQUIRED, REQUIRED_MESSAGE),
        # number
        ("copies.count", "0", Status.CONSTRAINT, "Số này phải từ 1 trở lên."),
        ("copies.count", "11", Status.CONSTRAINT, "Số này không được lớn hơn 10."),
        ("copies.count", "ba", Status.CONSTRAINT, "Vui lòng nhập số bằng chữ số."),
        ("copies.count", "-1", Status.CONSTRAINT, "Vui lòng nhập số bằng chữ số."),
        ("copies.count", "9" * 5000, Status.CONSTRAINT, "Số này quá lớn."),
        ("copies.count", "10", Status.OK, ""),
        ("copies.count", 1, Status.OK, ""),
        # choice
        ("child.sex", "Nữ", Status.OK, ""),
        ("child.sex", "nam (con trai)", Status.OK, ""),
        ("child.sex", "khác", Status.CONSTRAINT, CHOOSE),
        ("child.sex", "", Status.REQUIRED, REQUIRED_MESSAGE),
        ("requester.relationship", "Ông hoặc bà", Status.OK, ""),
        # ethnicity
        ("child.ethnicity", "Tày", Status.OK, ""),
        ("child.ethnicity", "Sao Hỏa", Status.CONSTRAINT, CHOOSE),
        ("child.ethnicity", "99", Status.CONSTRAINT, CHOOSE),
        ("child.ethnicity", "", Status.REQUIRED, REQUIRED_MESSAGE),
        # yes/no
        ("father.known", "Có", Status.OK, ""),
        ("father.known", "KHÔNG", Status.OK, ""),
        ("father.known", False, Status.OK, ""),
        ("father.known", "có lẽ", Status.CONSTRAINT, "Vui lòng chọn Có hoặc Không."),
        ("father.known", "", Status.REQUIRED, REQUIRED_MESSAGE),
        # text
        ("child.birth_place", "x" * 200, Status.OK, ""),
        ("child.birth_place", "x" * 201, Status.CONSTRAINT, "Nội dung quá dài: tối đa 200 ký tự."),
        # nationality
        ("child.nationality", "", Status.REQUIRED, REQUIRED_MESSAGE),
        ("child.nationality", "Lào", Status.OK, ""),
        ("child.nationality", "123", Status.CONSTRAINT, "Quốc tịch chỉ gồm chữ cái, ví dụ Việt Nam."),
        # address
        ("requester.residence", HOME, Status.OK, ""),
        ("requester.residence", HOME_TEXT, Status.OK, ""),
        (
            "requester.residence",
            {"province": "", "commune": "", "street": " "},
            Status.REQUIRED,
            REQUIRED_MESSAGE,
        ),
        ("requester.residence", {**HOME, "street": "  "}, Status.CONSTRAINT, MSG_NO_STREET),
        ("requester.residence", {**HOME, "street": "x" * 200}, Status.OK, ""),
        (
            "requester.residence",
            {**HOME, "street": "x" * 201},
            Status.CONSTRAINT,
            "Số nhà, đường phố quá dài: tối đa 200 ký tự.",
        ),
        (
            "requester.residence",
            {**HOME, "province": 33},
            Status.CONSTRAINT,
            "Phường Láng không thuộc Tỉnh Hưng Yên. Vui lòng chọn lại xã, phường.",
        ),
    ],
)
def test_answer_verdicts(birth: Procedure, field_id: str, raw: object, status: Status, message: str) -> None:
    verdict = new_form(birth).answer(field_id, raw)
    assert verdict.status is status
    assert verdict.message == message
    assert verdict.ok is (status is Status.OK)


@pytest.mark.parametrize(
    ("field_id", "raw", "stored"),
    [
        ("child.full_name", "  NGUYỄN   thị  mai ", "Nguyễn Thị Mai"),
        ("child.birth_date", "5/3/2026", "2026-03-05"),
        ("child.birth_date", "05032026", "2026-03-05"),
        ("mother.birth_year", "1995", 1995),
        ("copies.count", "3", 3),
        ("child.sex", "nữ (con gái)", "Nữ"),
        ("requester.relationship", "me", "me"),
        ("requester.relationship", "Mẹ", "me"),
        ("child.ethnicity", "tay", "02"),
        ("child.ethnicity", "Ê-đê", "12"),
        ("child.ethnicity", "02", "02"),
        ("father.known", "co", True),
        ("copies.wanted", "không", False),
        ("child.birth_place", "  thôn   Đông,\n xã Hòa ", "thôn Đông, xã Hòa"),
        ("child.nationality", "viet nam", "Việt Nam"),
        ("child.nationality", "hàn  quốc", "Hàn Quốc"),
    ],
)
def test_accepted_answers_are_stored_cleaned(
    birth: Procedure, field_id: str, raw: object, stored: object
) -> None:
    form = new_form(birth)
    answer_all(form, {"father.known": "Có", "copies.wanted": "Có"})
    assert form.answer(field_id, raw).ok
    assert form.payload()[field_id] == stored


def test_ethnic_group_names_are_told_apart_without_diacritics(birth: Procedure) -> None:
    form = new_form(birth)
    for code, name in ETHNIC_GROUPS.items():
        plain = unicodedata.normalize("NFD", name.upper())
        assert form.answer("child.ethnicity", plain).ok, name
        assert form.value("child.ethnicity") == code, name


def test_a_refused_answer_does_not_keep_the_earlier_one(birth: Procedure) -> None:
    form = new_form(birth)
    assert form.answer("mother.birth_year", "1995").ok
    assert form.answer("mother.birth_year", "19a5").status is Status.CONSTRAINT
    assert form.value("mother.birth_year") is None
    assert form.problems()["mother.birth_year"].message == REQUIRED_MESSAGE


def test_clearing_an_answer_makes_it_missing_again(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, ANSWERS)
    assert form.problems() == {}
    assert form.answer("child.full_name", "").status is Status.REQUIRED
    assert list(form.problems()) == ["child.full_name"]
    assert "child.full_name" not in form.payload()


# -- which pages are asked -------------------------------------------------------------------------------


def test_pages_in_order_without_father_or_copies(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, ANSWERS)
    assert page_ids(form) == [
        "requester_residence",
        "requester_relationship",
        "child_name",
        "child_birth_date",
        "child_sex",
        "child_ethnicity",
        "child_nationality",
        "child_birth_place",
        "child_native_place",
        "child_birth_certificate",
        "mother_name",
        "mother_birth_year",
        "mother_ethnicity",
        "mother_nationality",
        "mother_residence",
        "father_known",
        "copies_wanted",
    ]


def test_father_pages_appear_only_when_the_father_is_known(birth: Procedure) -> None:
    form = new_form(birth)
    assert not set(FATHER_PAGES) & set(page_ids(form))  # not answered yet: not asked yet

    form.answer("father.known", "Có")
    ids = page_ids(form)
    start = ids.index("father_known") + 1
    assert ids[start : start + len(FATHER_PAGES)] == FATHER_PAGES
    assert ids[start + len(FATHER_PAGES)] == "copies_wanted"

    form.answer("father.known", "Không")
    assert not set(FATHER_PAGES) & set(page_ids(form))


def test_father_answers_leave_the_dossier_when_the_father_is_no_longer_known(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, {**ANSWERS, "father.known": "Có"})
    answer_all(form, FATHER)
    assert form.problems() == {}
    assert form.payload()["father.full_name"] == "Trần Văn Bình"
    assert form.payload()["father.ethnicity"] == "02"

    form.answer("father.known", "Không")
    payload = form.payload()
    assert payload["father.known"] is False
    assert not [key for key in payload if key.startswith("father.") and key != "father.known"]
    assert form.problems() == {}
    father_rows = [r.field_id for s in form.review() if s.title == "Thông tin người cha" for r in s.rows]
    assert father_rows == ["father.known"]

    form.answer("father.known", "Có")  # changed their mind again: nothing to type twice
    assert form.payload()["father.full_name"] == "Trần Văn Bình"


def test_known_father_must_be_described(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, {**ANSWERS, "father.known": "Có"})
    assert list(form.problems()) == ["father.full_name", "father.birth_year", "father.residence"]
    assert all(v.message == REQUIRED_MESSAGE for v in form.problems().values())


def test_copies_count_is_asked_only_when_copies_are_wanted(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, ANSWERS)
    assert "copies_count" not in page_ids(form)
    form.answer("copies.wanted", "Có")
    assert page_ids(form)[-2:] == ["copies_wanted", "copies_count"]
    assert list(form.problems()) == ["copies.count"]
    form.answer("copies.count", "2")
    assert form.payload()["copies.count"] == 2
    form.answer("copies.wanted", "Không")
    assert "copies.count" not in form.payload()


# -- prefilled, default and computed values ---------------------------------------------------------------


def test_account_fields_are_prefilled_and_never_asked(birth: Procedure) -> None:
    nfd_account = {**ACCOUNT, "full_name": unicodedata.normalize("NFD", "TRẦN VĂN BÌNH")}
    form = new_form(birth, nfd_account)
    assert "requester_account" not in page_ids(form)
    asked = {f.id for page in form.pages() for f in form.asked_fields(page)}
    assert not {"requester.full_name", "requester.id_number", "requester.phone"} & asked
    payload = form.payload()
    assert payload["requester.full_name"] == "Trần Văn Bình"
    assert unicodedata.is_normalized("NFC", str(payload["requester.full_name"]))
    assert payload["requester.id_number"] == "001090012345"
    assert payload["requester.phone"] == "0912345678"


def test_without_an_account_the_requester_is_left_to_the_portal(birth: Procedure) -> None:
    form = new_form(birth, None)
    assert "requester_account" not in page_ids(form)
    assert not [key for key in form.payload() if key.startswith("requester.")]
    answer_all(form, ANSWERS)
    assert form.problems() == {}


def test_defaults_are_offered_already_filled(birth: Procedure) -> None:
    form = new_form(birth)
    assert form.edit_text("child.nationality") == "Việt Nam"
    assert form.value("child.ethnicity") == "01"
    assert form.value("mother.ethnicity") == "01"
    rows = {r.field_id: r for s in form.review() for r in s.rows}
    assert rows["child.ethnicity"].text == "Kinh"
    assert rows["child.nationality"].text == "Việt Nam"
    payload = form.payload()
    assert payload["child.nationality"] == "Việt Nam"
    assert payload["mother.ethnicity"] == "01"
    assert "father.ethnicity" not in payload  # the father's default only counts once he is on the form


def test_birth_date_in_words_is_computed(birth: Procedure) -> None:
    form = new_form(birth)
    assert "child.birth_date_words" not in form.payload()
    page = form.page("child_birth_date")
    assert [f.id for f in form.asked_fields(page)] == ["child.birth_date"]

    form.answer("child.birth_date", "05/03/2026")
    payload = form.payload()
    assert payload["child.birth_date"] == "2026-03-05"
    assert payload["child.birth_date_words"] == "Ngày năm, tháng ba, năm hai nghìn không trăm hai mươi sáu"

    form.answer("child.birth_date", "01/04/2025")
    assert (
        form.payload()["child.birth_date_words"]
        == "Ngày một, tháng tư, năm hai nghìn không trăm hai mươi lăm"
    )


def test_decomposed_input_is_stored_composed(birth: Procedure) -> None:
    form = new_form(birth)
    nfd = {
        key: unicodedata.normalize("NFD", raw) if isinstance(raw, str) else raw
        for key, raw in ANSWERS.items()
    }
    answer_all(form, nfd)
    payload = form.payload()
    assert payload["child.full_name"] == "Trần Thị Mai"
    assert payload["child.native_place"] == "xã Đông Hòa, tỉnh Thái Bình"
    assert payload["child.sex"] == "Nữ"
    for value in payload.values():
        if isinstance(value, str):
            assert unicodedata.is_normalized("NFC", value), value


# -- review and payload ----------------------------------------------------------------------------------


def test_review_groups_answers_by_section_with_change_links(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, ANSWERS)
    review = form.review()
    assert [s.title for s in review] == [
        "Người đi đăng ký",
        "Thông tin của trẻ",
        "Thông tin người mẹ",
        "Thông tin người cha",
        "Bản sao trích lục",
    ]
    rows = {r.field_id: r for s in review for r in s.rows}
    assert [r.field_id for r in review[0].rows] == [
        "requester.full_name",
        "requester.id_number",
        "requester.phone",
        "requester.residence",
        "requester.relationship",
    ]
    # From the account or computed: shown, but there is nothing to change ("Sửa") on the kiosk.
    assert rows["requester.full_name"].page_id is None
    assert rows["requester.full_name"].text == "Trần Văn Bình"
    assert rows["child.birth_date_words"].page_id is None
    assert rows["child.birth_date_words"].label == "Ngày sinh bằng chữ"
    # Asked: "Sửa" opens the page that asks it.
    assert rows["child.full_name"].page_id == "child_name"
    assert rows["child.full_name"].label == "Họ, chữ đệm và tên của cháu bé"
    assert rows["child.full_name"].text == "Trần Thị Mai"
    assert rows["child.birth_date"].page_id == "child_birth_date"
    assert rows["child.birth_date"].text == "05/03/2026"
    assert rows["child.sex"].text == "Nữ (con gái)"
    assert rows["child.ethnicity"].text == "Kinh"
    assert rows["requester.relationship"].text == "Cha"
    assert rows["requester.residence"].text == HOME_TEXT
    assert rows["requester.residence"].page_id == "requester_residence"
    assert rows["mother.birth_year"].text == "1995"
    assert rows["father.known"].text == "Không"
    assert rows["copies.wanted"].page_id == "copies_wanted"
    assert "copies.count" not in rows
    assert not [key for key in rows if key.startswith("father.") and key != "father.known"]


def test_every_asked_page_has_its_rows_in_review(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, {**ANSWERS, "father.known": "Có", "copies.wanted": "Có", "copies.count": "2"})
    answer_all(form, FATHER)
    linked = {r.page_id for s in form.review() for r in s.rows if r.page_id is not None}
    assert linked == set(page_ids(form))


def test_payload_is_json_ready(birth: Procedure) -> None:
    form = new_form(birth)
    answer_all(form, {**ANSWERS, "copies.wanted": "Có", "copies.count": "2"})
    payload = form.payload()
    assert payload == {
        "requester.full_name": "Trần Văn Bình",
        "requester.id_number": "001090012345",
        "requester.phone": "0912345678",
        "requester.residence.province": HA_NOI,
        "requester.residence.commune": LANG,
        "requester.residence.street": "Số 5 ngõ 12 Láng Hạ",
        "requester.relationship": "cha",
        "child.full_name": "Trần Thị Mai",
        "child.birth_date": "2026-03-05",
        "child.birth_date_words": "Ngày năm, tháng ba, năm hai nghìn không trăm hai mươi sáu",
        "child.sex": "Nữ",
        "child.ethnicity": "01",
        "child.nationality": "Việt Nam",
        "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
        "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
        "child.has_birth_certificate": True,
        "mother.full_name": "Lê Thị Hoa",
        "mother.birth_year": 1995,
        "mother.ethnicity": "01",
        "mother.nationality": "Việt Nam",
        "mother.residence.province": HA_NOI,
        "mother.residence.commune": LANG,
        "mother.residence.street": "Số 5 ngõ 12 Láng Hạ",
        "father.known": False,
        "copies.wanted": True,
        "copies.count": 2,
    }


# -- validate_answers (the portal's check of a submitted dossier) -----------------------------------------


def complete_payload(procedure: Procedure, *, father: bool = False) -> dict[str, object]:
    form = new_form(procedure)
    answer_all(form, {**ANSWERS, "father.known": "Có" if father else "Không"})
    if father:
        answer_all(form, FATHER)
    return dict(form.payload())


def test_validate_accepts_a_complete_payload(birth: Procedure) -> None:
    assert validate_answers(birth, complete_payload(birth), today=TODAY) == {}
    assert validate_answers(birth, complete_payload(birth, father=True), today=TODAY) == {}


def test_validate_reports_missing_answers(birth: Procedure) -> None:
    answers = complete_payload(birth)
    del answers["child.full_name"]
    for part in ("province", "commune", "street"):
        del answers[f"mother.residence.{part}"]
    assert validate_answers(birth, answers, today=TODAY) == {
        "child.full_name": REQUIRED_MESSAGE,
        "mother.residence": REQUIRED_MESSAGE,
    }


def test_validate_reports_the_father_missing_when_he_is_known(birth: Procedure) -> None:
    answers = {**complete_payload(birth), "father.known": True}
    assert validate_answers(birth, answers, today=TODAY) == {
        "father.full_name": REQUIRED_MESSAGE,
        "father.birth_year": REQUIRED_MESSAGE,
        "father.residence": REQUIRED_MESSAGE,
    }


def test_validate_reports_invalid_and_unknown_answers(birth: Procedure) -> None:
    answers = {
        **complete_payload(birth),
        "mother.birth_year": "19a0",
        "child.birth_date": "2026-03-16",
        "child.sex": "X",
        "child.nickname": "Bống",
    }
    assert validate_answers(birth, answers, today=TODAY) == {
        "mother.birth_year": "Vui lòng nhập năm bằng chữ số, ví dụ 1990.",
        "child.birth_date": "Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm.",
        "child.sex": CHOOSE,
        "child.nickname": UNKNOWN_FIELD_MESSAGE,
    }


def test_validate_uses_the_day_it_is_given(birth: Procedure) -> None:
    answers = {**complete_payload(birth), "child.birth_date": "2026-03-16"}
    assert "child.birth_date" in validate_answers(birth, answers, today=TODAY)
    assert validate_answers(birth, answers, today=TODAY + timedelta(days=1)) == {}


# -- properties ------------------------------------------------------------------------------------------

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=7)
NAME = st.lists(WORD, min_size=2, max_size=4).map(" ".join)
FORMS = st.sampled_from(["NFC", "NFD"])


def _text(max_length: int | None) -> st.SearchStrategy[str]:
    limit = min(max_length or 200, 200)
    words = st.text(alphabet=LETTERS + "0123456789,/-", min_size=1, max_size=10)
    return st.lists(words, min_size=1, max_size=12).map(" ".join).filter(lambda s: len(s) <= limit)


def _recent_date() -> st.SearchStrategy[object]:
    days = st.integers(0, 60).map(lambda n: TODAY - timedelta(days=n))
    return st.one_of(
        days,
        days.map(lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
        days.map(lambda d: f"{d.day}-{d.month}-{d.year}"),
        days.map(date.isoformat),
    )


SOME_COMMUNES = [u for p in provinces()[::5] for u in communes(p.code)[::40]]


def valid_raw(field: Field) -> st.SearchStrategy[object]:
    """Answers a person could give that the field must accept."""
    kind = field.type
    if kind == "person_name":
        return st.tuples(NAME, FORMS).map(lambda t: unicodedata.normalize(t[1], t[0]))
    if kind == "text":
        return st.tuples(_text(field.max_length), FORMS).map(lambda t: unicodedata.normalize(t[1], t[0]))
    if kind == "date":
        return _recent_date()
    if kind == "year":
        years = st.integers(max(1950, field.min or 1950), min(2005, field.max or 2005))
        return st.one_of(years, years.map(str))
    if kind == "number":
        numbers = st.integers(
            field.min if field.min is not None else 0, field.max if field.max is not None else 999
        )
        return st.one_of(numbers, numbers.map(str), numbers.map(lambda n: f" {n} "))
    if kind == "choice":
        return st.sampled_from([o.value for o in field.options] + [o.label for o in field.options])
    if kind == "ethnicity":
        return st.sampled_from(list(ETHNIC_GROUPS) + list(ETHNIC_GROUPS.values()))
    if kind == "yes_no":
        return st.sampled_from([True, False, "Có", "Không", "có", "KHÔNG", "co", "khong"])
    if kind == "cccd":
        return st.from_regex(r"0[0-9]{11}", fullmatch=True)
    if kind == "phone":
        return st.from_regex(r"09[0-9]{8}", fullmatch=True)
    if kind == "nationality":
        return st.sampled_from(["Việt Nam", "viet nam", "VN", "Lào", "Hàn Quốc", "campuchia"])
    if kind == "address":
        return st.builds(
            lambda unit, street, as_text: (
                Address(unit.province_code, unit.code, street).text()
                if as_text
                else {"province": unit.province_code, "commune": unit.code, "street": street}
            ),
            st.sampled_from(SOME_COMMUNES),
            _text(field.max_length).map(lambda t: t.replace(",", " ").strip() or "Thôn 1"),
            st.booleans(),
        )
    raise AssertionError(f"no strategy for {kind}")


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_valid_answers_walk_every_page_to_a_valid_dossier(data: st.DataObject) -> None:
    procedure = birth_procedure()
    form = new_form(procedure)
    shown: list[str] = []
    while remaining := [p for p in form.pages() if p.id not in shown]:
        page = remaining[0]
        shown.append(page.id)
        for field in form.asked_fields(page):
            raw = data.draw(valid_raw(field), label=field.id)
            verdict = form.answer(field.id, raw)
            assert verdict.ok, (field.id, raw, verdict)
    assert shown == page_ids(form)
    assert form.problems() == {}
    payload = form.payload()
    assert all(unicodedata.is_normalized("NFC", v) for v in payload.values() if isinstance(v, str))
    assert validate_answers(procedure, payload, today=TODAY) == {}


GARBAGE = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 /-.,?aăđ", max_size=30),
    st.integers(),
    st.booleans(),
    st.none(),
    st.dates(),
)


@settings(max_examples=300, deadline=None)
@given(field_id=st.sampled_from(sorted(birth_procedure().fields)), raw=GARBAGE)
def test_any_input_gets_a_verdict_never_an_exception(field_id: str, raw: object) -> None:
    form = new_form(birth_procedure())
    verdict = form.answer(field_id, raw)
    assert verdict.status in set(Status)
    assert verdict.ok or verdict.message
    form.review()
    form.payload()


# -- the field types beyond the birth form: time, email, nationality, address ---------------------------


def typed(kind: str, **extra: object) -> Field:
    options = (Option("Nam", "Nam"), Option("Nữ", "Nữ")) if kind == "choice" else ()
    return Field(id=f"x.{kind}", type=kind, label=kind, options=options, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("14:30", time(14, 30)),
        ("14h30", time(14, 30)),
        ("14H30", time(14, 30)),
        ("14 giờ 30", time(14, 30)),
        ("14 giờ 30 phút", time(14, 30)),
        (unicodedata.normalize("NFD", "14 giờ 30 phút"), time(14, 30)),
        ("14g30", time(14, 30)),
        ("2:05", time(2, 5)),
        ("14:30:59", time(14, 30)),
        ("7h", time(7, 0)),
        ("7 giờ 5", time(7, 5)),
        ("2 giờ chiều", time(14, 0)),
        ("0:00", time(0, 0)),
        (time(9, 5, 30), time(9, 5)),
    ],
)
def test_time_accepts_how_people_write_it(raw: object, stored: time) -> None:
    assert fieldtypes.parse(typed("time"), raw, TODAY) == stored


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("25:00", fieldtypes.MSG_TIME_RANGE),
        ("14:60", fieldtypes.MSG_TIME_RANGE),
        ("24h", fieldtypes.MSG_TIME_RANGE),
        ("14:3", fieldtypes.MSG_TIME),
        ("1430", fieldtypes.MSG_TIME),
        ("chiều", fieldtypes.MSG_TIME),
        ("14/30", fieldtypes.MSG_TIME),
    ],
)
def test_time_refuses_with_a_message(raw: str, message: str) -> None:
    with pytest.raises(fieldtypes.Invalid) as caught:
        fieldtypes.parse(typed("time"), raw, TODAY)
    assert str(caught.value) == message


def test_time_shows_in_words_and_travels_as_hh_mm() -> None:
    field = typed("time")
    assert fieldtypes.display(field, time(14, 30)) == "14 giờ 30 phút"
    assert fieldtypes.display(field, time(2, 5)) == "2 giờ 05 phút"
    assert fieldtypes.to_json(time(2, 5)) == "02:05"
    assert fieldtypes.to_json_items(field, time(2, 5)) == {"x.time": "02:05"}
    assert fieldtypes.edit_text(field, time(14, 30)) == "14:30"
    assert fieldtypes.parse(field, fieldtypes.to_json(time(2, 5)), TODAY) == time(2, 5)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("  Nguyen.Van.A@Gmail.COM ", "nguyen.van.a@gmail.com"),
        ("a+kiosk@ubnd.hanoi.gov.vn", "a+kiosk@ubnd.hanoi.gov.vn"),
    ],
)
def test_email_is_checked_and_lower_cased(raw: str, stored: str) -> None:
    assert fieldtypes.parse(typed("email"), raw, TODAY) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "nguyen@",
        "@gmail.com",
        "nguyễn@gmail.com",
        "a b@c.vn",
        "a@b",
        "a..b@c.vn",
        "a@-b.vn",
        "x" * 250 + "@a.vn",
    ],
)
def test_email_refuses_what_is_not_an_address(raw: str) -> None:
    with pytest.raises(fieldtypes.Invalid) as caught:
        fieldtypes.parse(typed("email"), raw, TODAY)
    assert str(caught.value) == fieldtypes.MSG_EMAIL


def test_nationality_defaults_and_spellings_of_viet_nam() -> None:
    field = typed("nationality")
    for raw in ("Việt Nam", "viet nam", "VIETNAM", "VN", unicodedata.normalize("NFD", "việt nam")):
        assert fieldtypes.parse(field, raw, TODAY) == "Việt Nam"
    assert fieldtypes.parse(field, "hoa kỳ", TODAY) == "Hoa Kỳ"


def test_address_shows_as_text_and_travels_as_three_flat_keys() -> None:
    field = typed("address")
    address = fieldtypes.parse(field, HOME, TODAY)
    assert address == Address(HA_NOI, LANG, "Số 5 ngõ 12 Láng Hạ")
    assert fieldtypes.display(field, address) == HOME_TEXT
    assert fieldtypes.edit_text(field, address) == HOME_TEXT
    assert fieldtypes.to_json_items(field, address) == {
        "x.address.province": HA_NOI,
        "x.address.commune": LANG,
        "x.address.street": "Số 5 ngõ 12 Láng Hạ",
    }
    assert fieldtypes.to_json(address) == HOME_TEXT  # a scalar, where one value is wanted
    assert fieldtypes.is_empty({"province": None, "commune": "", "street": "  "})
    assert not fieldtypes.is_empty(HOME)


ANYTHING = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 :hgiờphút/-.,@aăđ", max_size=20),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(
        st.sampled_from(["province", "commune", "street", "x"]),
        st.one_of(st.integers(), st.text(max_size=10), st.none(), st.booleans()),
    ),
    st.builds(Address, st.integers(), st.integers(), st.text(max_size=10)),
)


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(sorted(FIELD_TYPES)), raw=ANYTHING)
def test_every_field_type_raises_only_invalid(kind: str, raw: object) -> None:
    field = typed(kind)
    try:
        value = fieldtypes.parse(field, raw, TODAY)
    except fieldtypes.Invalid as exc:
        assert str(exc)
        return
    fieldtypes.display(field, value)
    fieldtypes.edit_text(field, value)
    for item in fieldtypes.to_json_items(field, value).values():
        assert item is None or isinstance(item, str | int | bool)
