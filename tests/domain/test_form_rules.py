"""Beyond single answers: cross-field rules, the registration deadline, fees, the attachment checklist,
address payloads and filling a person from a scanned card."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from kiosk.domain.addresses import Address
from kiosk.domain.form import AttachmentNeed, FeeQuote, Form, Status, validate_answers
from kiosk.domain.procedures import (
    Condition,
    Deadline,
    Fees,
    Field,
    Page,
    Procedure,
    Rule,
    Section,
    load_catalog,
)

TODAY = date(2026, 3, 15)
HA_NOI, LANG, HUNG_YEN, VU_THU = 1, 199, 33, 13192
HOME = {"province": HA_NOI, "commune": LANG, "street": "Số 5 ngõ 12 Láng Hạ"}
MOTHER_RULE = "Năm sinh của người mẹ phải trước ngày sinh của cháu bé. Vui lòng kiểm tra lại."
FATHER_RULE = "Năm sinh của người cha phải trước ngày sinh của cháu bé. Vui lòng kiểm tra lại."

BIRTH_ANSWERS: dict[str, object] = {
    "requester.residence": HOME,
    "requester.relationship": "me",
    "child.full_name": "Trần Thị Mai",
    "child.birth_date": "05/03/2026",
    "child.sex": "Nữ",
    "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
    "child.native_place": "Thái Bình",
    "child.has_birth_certificate": "Có",
    "mother.full_name": "Lê Thị Hoa",
    "mother.birth_year": "1995",
    "mother.residence": HOME,
    "father.known": "Không",
    "copies.wanted": "Không",
}


@cache
def birth() -> Procedure:
    return load_catalog()["1.001193"]


def birth_form(**changes: object) -> Form:
    form = Form(birth(), today=TODAY)
    for field_id, raw in {**BIRTH_ANSWERS, **{k.replace("__", "."): v for k, v in changes.items()}}.items():
        form.answer(field_id, raw)
    return form


# A small death registration, built here so the engine is tested apart from the catalog's wording.
DEATH_RULE = "Ngày mất không thể trước ngày sinh. Vui lòng kiểm tra lại."
LATE_DEATH = "Đã quá 15 ngày kể từ ngày mất; bạn vẫn đăng ký được."


def field(fid: str, kind: str, *, required: bool = True, not_future: bool = False) -> Field:
    return Field(id=fid, type=kind, label=fid, required=required, not_future=not_future)


DEATH = Procedure(
    code="test.death",
    version="1",
    name="Đăng ký khai tử",
    name_en="Death registration",
    agency="UBND cấp xã",
    processing_days=1,
    delivery=("desk",),
    sections=(Section("deceased", "Người đã mất"),),
    pages=(
        Page(
            "deceased",
            "deceased",
            (
                field("deceased.full_name", "person_name"),
                field("deceased.birth_date", "date", not_future=True),
                field("deceased.death_date", "date", not_future=True),
                field("deceased.death_time", "time", required=False),
                field("deceased.residence", "address"),
                field("requester.email", "email", required=False),
            ),
        ),
    ),
    deadline=Deadline("deceased.death_date", 15, LATE_DEATH),
    fees=Fees(on_time=0, late=50_000, per_copy=None, copies_field=None, notes=""),
    rules=(Rule("after", "deceased.death_date", "deceased.birth_date", DEATH_RULE),),
)


# -- cross-field rules -----------------------------------------------------------------------------------


def test_a_mother_born_in_the_childs_birth_year_breaks_the_rule_on_either_field() -> None:
    form = birth_form()
    verdict = form.answer("mother.birth_year", "2026")
    assert (verdict.status, verdict.message) == (Status.CONSTRAINT, MOTHER_RULE)
    assert form.value("mother.birth_year") == 2026  # kept, so either side can be corrected
    assert form.problems() == {"child.birth_date": verdict}  # listed once, under the rule's field
    # Answering the other field while the rule still fails says so too.
    assert form.answer("child.birth_date", "01/03/2026").message == MOTHER_RULE
    assert form.check("mother.birth_year").message == MOTHER_RULE
    assert form.answer("mother.birth_year", "2000").ok
    assert form.problems() == {}
    assert form.answer("child.birth_date", "01/03/2026").ok


def test_a_child_born_before_the_mothers_birth_year_is_refused() -> None:
    form = birth_form(mother__birth_year="1995")
    verdict = form.answer("child.birth_date", "01/01/1994")
    assert verdict.status is Status.CONSTRAINT
    assert verdict.message == MOTHER_RULE


def test_a_rule_about_the_father_counts_only_while_he_is_on_the_form() -> None:
    form = birth_form(father__known="Có")
    assert form.answer("father.birth_year", "2026").message == FATHER_RULE
    assert form.problems()["child.birth_date"].message == FATHER_RULE
    form.answer("father.known", "Không")
    assert "child.birth_date" not in form.problems()
    assert form.answer("child.birth_date", "04/03/2026").ok


def test_a_death_is_not_before_the_birth() -> None:
    form = Form(DEATH, today=TODAY)
    assert form.answer("deceased.birth_date", "10/03/2026").ok
    verdict = form.answer("deceased.death_date", "09/03/2026")
    assert (verdict.status, verdict.message) == (Status.CONSTRAINT, DEATH_RULE)
    assert form.problems()["deceased.death_date"].message == DEATH_RULE
    # A baby who died on the day of birth: same day is not "before".
    assert form.answer("deceased.death_date", "10/03/2026").ok
    assert "deceased.death_date" not in form.problems()


def test_a_death_in_the_future_is_refused_by_its_field() -> None:
    form = Form(DEATH, today=TODAY)
    verdict = form.answer("deceased.death_date", "16/03/2026")
    assert verdict.message == "Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm."


def test_validate_answers_applies_the_rules() -> None:
    payload = birth_form().payload()
    assert validate_answers(birth(), payload, today=TODAY) == {}
    assert validate_answers(birth(), {**payload, "mother.birth_year": 2026}, today=TODAY) == {
        "child.birth_date": MOTHER_RULE
    }


# -- the deadline and the fee ----------------------------------------------------------------------------


def test_on_time_registration_is_free_and_says_nothing() -> None:
    form = birth_form()
    assert not form.is_late()
    assert form.notices() == []
    assert form.fee() == FeeQuote(0, [("Lệ phí đăng ký khai sinh", 0)])


@pytest.mark.parametrize(
    ("born", "late"), [("14/01/2026", False), ("13/01/2026", True), ("01/01/2020", True)]
)
def test_late_means_more_than_60_days_after_the_birth(born: str, late: bool) -> None:
    assert birth_form(child__birth_date=born).is_late() is late


def test_late_registration_says_so_kindly_and_switches_on_the_late_fee() -> None:
    form = birth_form(child__birth_date="01/01/2026")
    deadline = birth().deadline
    assert deadline is not None
    assert form.notices() == [deadline.message]
    assert "60 ngày" in deadline.message
    # The late fee is set by each province: no amount to show, and the quote says so with None.
    assert form.fee() == FeeQuote(None, [("Lệ phí đăng ký khai sinh (đăng ký muộn)", None)])


def test_no_birth_date_yet_is_not_late() -> None:
    form = Form(birth(), today=TODAY)
    assert not form.is_late() and form.notices() == []


def test_copies_are_charged_per_copy_only_while_asked_for() -> None:
    form = birth_form(copies__wanted="Có", copies__count="3")
    per_copy = birth().fees.per_copy
    assert per_copy is not None
    assert form.fee() == FeeQuote(
        3 * per_copy, [("Lệ phí đăng ký khai sinh", 0), ("Bản sao trích lục (3 bản)", 3 * per_copy)]
    )
    form.answer("copies.wanted", "Không")  # the count is dropped with its page
    assert form.fee() == FeeQuote(0, [("Lệ phí đăng ký khai sinh", 0)])


def test_a_fixed_late_fee_is_quoted() -> None:
    form = Form(DEATH, today=TODAY)
    form.answer("deceased.death_date", "01/02/2026")
    assert form.is_late()
    assert form.notices() == [LATE_DEATH]
    assert form.fee() == FeeQuote(50_000, [("Lệ phí đăng ký khai tử (đăng ký muộn)", 50_000)])


# -- attachments -----------------------------------------------------------------------------------------


def needs(form: Form) -> dict[str, tuple[bool, bool]]:
    return {a.id: (a.applies, a.needed) for a in form.attachments()}


def test_the_birth_certificate_is_needed_when_there_is_one() -> None:
    found = needs(birth_form())
    assert found["giay_chung_sinh"] == (True, True)
    assert found["van_ban_lam_chung"] == (False, False)
    assert found["giay_cam_doan_viec_sinh"] == (False, False)
    assert found["van_ban_uy_quyen"] == (False, False)
    assert found["giay_chung_nhan_ket_hon"] == (False, False)


def test_without_a_birth_certificate_a_witness_or_a_written_promise() -> None:
    form = birth_form(child__has_birth_certificate="Không", child__has_witness="Có")
    assert needs(form)["giay_chung_sinh"] == (False, False)
    assert needs(form)["van_ban_lam_chung"] == (True, True)
    form.answer("child.has_witness", "Không")
    assert needs(form)["giay_cam_doan_viec_sinh"] == (True, True)
    # Back to having the certificate: the witness answer is dropped with its page, and so is its document.
    form.answer("child.has_birth_certificate", "Có")
    assert needs(form)["giay_cam_doan_viec_sinh"] == (False, False)
    assert needs(form)["giay_chung_sinh"] == (True, True)


def test_an_optional_document_applies_without_being_needed() -> None:
    form = birth_form(father__known="Có", requester__relationship="khac")
    found = needs(form)
    assert found["giay_chung_nhan_ket_hon"] == (True, False)
    assert found["van_ban_uy_quyen"] == (True, True)
    certificate = next(a for a in form.attachments() if a.id == "giay_chung_sinh")
    assert certificate == AttachmentNeed(
        "giay_chung_sinh", "Giấy chứng sinh", True, 1, True, True, True, certificate.help
    )


def test_a_procedure_without_attachments_has_an_empty_checklist() -> None:
    assert Form(DEATH, today=TODAY).attachments() == []


# -- address payloads ------------------------------------------------------------------------------------


def test_an_address_travels_as_three_flat_keys_and_back() -> None:
    form = birth_form()
    payload = form.payload()
    assert "mother.residence" not in payload
    assert {k: v for k, v in payload.items() if k.startswith("mother.residence")} == {
        "mother.residence.province": HA_NOI,
        "mother.residence.commune": LANG,
        "mother.residence.street": "Số 5 ngõ 12 Láng Hạ",
    }
    assert validate_answers(birth(), payload, today=TODAY) == {}
    # The codes may arrive as text from a JSON body.
    as_text = {k: str(v) if k.endswith((".province", ".commune")) else v for k, v in payload.items()}
    assert validate_answers(birth(), as_text, today=TODAY) == {}


def test_a_broken_address_payload_is_reported_under_the_field() -> None:
    payload = birth_form().payload()
    wrong = {**payload, "mother.residence.province": HUNG_YEN}
    assert validate_answers(birth(), wrong, today=TODAY) == {
        "mother.residence": "Phường Láng không thuộc Tỉnh Hưng Yên. Vui lòng chọn lại xã, phường."
    }
    no_street = {k: v for k, v in payload.items() if k != "mother.residence.street"}
    assert set(validate_answers(birth(), no_street, today=TODAY)) == {"mother.residence"}
    extra = {**payload, "mother.residence.zip": "100000"}
    assert validate_answers(birth(), extra, today=TODAY) == {
        "mother.residence.zip": "Tờ khai không có mục này."
    }


# -- filling a person from a scanned card ----------------------------------------------------------------


def test_fill_person_fills_what_the_form_asks_about_that_person() -> None:
    form = Form(birth(), today=TODAY)
    card = {
        "full_name": "LÊ THỊ HOA",
        "id_number": "001195012345",
        "birth_date": date(1995, 4, 2),
        "sex": "Nữ",
        "residence": "Thôn Đông, Xã Hòa Bình, Huyện Vũ Thư, Tỉnh Thái Bình",
    }
    filled = form.fill_person("mother", card)
    # The birth form asks the mother's year of birth, not her date, sex or card number.
    assert set(filled) == {"mother.full_name", "mother.birth_year", "mother.residence"}
    assert all(v.ok for v in filled.values())
    assert form.value("mother.full_name") == "Lê Thị Hoa"
    assert form.value("mother.birth_year") == 1995
    assert form.value("mother.residence") == Address(HUNG_YEN, VU_THU, "Thôn Đông")


def test_fill_person_takes_a_birth_year_from_text_and_an_address_as_is() -> None:
    form = Form(birth(), today=TODAY)
    filled = form.fill_person(
        "father",
        {"birth_date": "02/04/1993", "residence": Address(HA_NOI, LANG, "Số 5"), "nationality": "VN"},
    )
    assert set(filled) == {"father.birth_year", "father.residence", "father.nationality"}
    assert form.value("father.birth_year") == 1993
    assert form.value("father.nationality") == "Việt Nam"


def test_fill_person_leaves_an_unsure_address_to_the_person() -> None:
    form = Form(birth(), today=TODAY)
    form.answer("mother.residence", HOME)
    filled = form.fill_person("mother", {"residence": "Số 12, Phường Điện Biên, Quận Ba Đình, Hà Nội"})
    assert filled == {}  # split between four phường today: the person picks
    assert form.value("mother.residence") == Address(HA_NOI, LANG, "Số 5 ngõ 12 Láng Hạ")


def test_fill_person_refuses_a_bad_value_without_losing_the_earlier_answer() -> None:
    form = Form(DEATH, today=TODAY)
    form.answer("deceased.full_name", "Nguyễn Văn An")
    filled = form.fill_person("deceased", {"full_name": "Nguy?n V?n An", "birth_date": date(1950, 1, 2)})
    assert filled["deceased.full_name"].status is Status.CONSTRAINT
    assert filled["deceased.birth_date"].ok
    assert form.value("deceased.full_name") == "Nguyễn Văn An"
    assert form.value("deceased.birth_date") == date(1950, 1, 2)


def test_fill_person_reports_a_broken_rule() -> None:
    form = birth_form()
    filled = form.fill_person("mother", {"birth_date": date(2026, 1, 1)})
    assert filled == {"mother.birth_year": form.check("mother.birth_year")}
    assert filled["mother.birth_year"].message == MOTHER_RULE


# -- conditions on fields ---------------------------------------------------------------------------------


def test_a_condition_on_a_dropped_answer_does_not_hold() -> None:
    procedure = Procedure(
        code="t",
        version="1",
        name="Thử",
        name_en="Test",
        agency="x",
        processing_days=0,
        delivery=("desk",),
        sections=(Section("s", "S"),),
        pages=(
            Page("a", "s", (field("a", "yes_no"),)),
            Page("b", "s", (field("b", "yes_no"),), Condition("a", True)),
            Page("c", "s", (field("c", "text"),), Condition("b", True)),
        ),
    )
    form = Form(procedure, today=TODAY)
    for fid, raw in (("a", "Có"), ("b", "Có"), ("c", "chữ")):
        assert form.answer(fid, raw).ok
    assert [p.id for p in form.pages()] == ["a", "b", "c"]
    form.answer("a", "Không")
    assert [p.id for p in form.pages()] == ["a"]  # b is dropped, so c (which needs b) is too
    assert form.payload() == {"a": False}
