"""A broken procedure file is refused with the file, the place inside it and what is wrong."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.procedures import (
    DELIVERY_OPTIONS,
    FIELD_TYPES,
    RULE_KINDS,
    Attachment,
    Condition,
    Deadline,
    Fees,
    ProcedureError,
    Rule,
    load_catalog,
    load_procedure,
    parse_procedure,
    procedure_problems,
    schema_path,
)
from kiosk.paths import asset

REAL = asset("procedures", "1.001193.json")


@pytest.fixture(scope="module")
def original() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REAL.read_text(encoding="utf-8"))
    return data


def index_of(data: dict[str, Any], page_id: str) -> int:
    return next(i for i, page in enumerate(data["pages"]) if page["id"] == page_id)


def page(data: dict[str, Any], page_id: str) -> dict[str, Any]:
    found: dict[str, Any] = data["pages"][index_of(data, page_id)]
    return found


def refusal(original: dict[str, Any], mutate: Callable[[dict[str, Any]], object]) -> ProcedureError:
    data = copy.deepcopy(original)
    mutate(data)
    with pytest.raises(ProcedureError) as caught:
        parse_procedure(data, "test.json")
    return caught.value


def test_the_real_file_parses(original: dict[str, Any]) -> None:
    procedure = parse_procedure(copy.deepcopy(original), "test.json")
    assert procedure == load_procedure(REAL)
    assert procedure.code == "1.001193"
    assert len(procedure.pages) == len(original["pages"])


def test_unknown_field_type(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_name")["fields"][0]["type"] = "signature"

    error = refusal(original, mutate)
    i = index_of(original, "child_name")
    assert error.source == "test.json"
    assert error.path == f"/pages/{i}/fields/0/type"
    assert error.problem.startswith("loại “signature” không có")
    assert "person_name" in error.problem  # says what may be used instead
    assert str(error) == f"test.json: /pages/{i}/fields/0/type: {error.problem}"


def test_missing_label(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del page(d, "mother_birth_year")["fields"][0]["label"]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'mother_birth_year')}/fields/0/label"
    assert error.problem == "thiếu trường bắt buộc"


def test_empty_label(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "mother_birth_year")["fields"][0]["label"] = "  "

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'mother_birth_year')}/fields/0/label"
    assert error.problem == "phải là một chuỗi không rỗng"


def test_duplicate_field_id(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "mother_name")["fields"][0]["id"] = "child.full_name"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'mother_name')}/fields/0/id"
    assert error.problem == "mã trường “child.full_name” bị trùng"


def test_duplicate_page_id(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "mother_name")["id"] = "child_name"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'mother_name')}/id"
    assert error.problem == "mã trang “child_name” bị trùng"


def test_show_when_on_an_undeclared_field(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "father_name")["when"]["field"] = "father.alive"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'father_name')}/when/field"
    assert error.problem == "trường “father.alive” chưa được khai báo ở trang trước"


def test_show_when_on_a_field_asked_later(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_name")["when"] = {"field": "father.known", "equals": True}

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_name')}/when/field"
    assert "father.known" in error.problem


def test_show_when_without_equals(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del page(d, "father_name")["when"]["equals"]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'father_name')}/when/equals"
    assert error.problem == "thiếu trường bắt buộc"


def test_page_section_unknown(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "copies_wanted")["section"] = "grandparents"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'copies_wanted')}/section"
    assert error.problem == "mục “grandparents” không có trong /sections"


def test_page_section_not_text(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "copies_wanted")["section"] = ["copies"]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'copies_wanted')}/section"
    assert error.problem == "phải là một chuỗi không rỗng"


def test_unknown_delivery_option(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["delivery"] = ["desk", "drone"]

    error = refusal(original, mutate)
    assert error.path == "/delivery/1"
    assert error.problem == "cách nhận kết quả “drone” không có; dùng desk hoặc post"


def test_no_delivery_option(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["delivery"] = []

    error = refusal(original, mutate)
    assert error.path == "/delivery"
    assert error.problem == "phải là một mảng không rỗng"


def test_negative_processing_days(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["processing_days"] = -1

    error = refusal(original, mutate)
    assert error.path == "/processing_days"
    assert error.problem == "không được là số âm"


@pytest.mark.parametrize("days", ["3", 2.5, True, None])
def test_processing_days_must_be_a_whole_number(original: dict[str, Any], days: object) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["processing_days"] = days

    error = refusal(original, mutate)
    assert error.path == "/processing_days"
    assert error.problem == "phải là một số nguyên"


def test_unknown_key_at_the_top(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["fee"] = 8000

    error = refusal(original, mutate)
    assert error.path == "/fee"
    assert error.problem == "trường không được hỗ trợ"


def test_unknown_key_in_a_field(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_name")["fields"][0]["placeholder"] = "Nguyễn Thị Mai"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_name')}/fields/0/placeholder"
    assert error.problem == "trường không được hỗ trợ"


def test_missing_top_level_key(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del d["version"]

    error = refusal(original, mutate)
    assert error.path == "/version"
    assert error.problem == "thiếu trường bắt buộc"
    assert str(error) == "test.json: /version: thiếu trường bắt buộc"


def test_not_an_object_at_all() -> None:
    with pytest.raises(ProcedureError) as caught:
        parse_procedure(["code"], "test.json")
    assert caught.value.path == ""
    assert str(caught.value) == "test.json: (gốc): phải là một đối tượng JSON (object)"


def test_choice_without_options(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del page(d, "child_sex")["fields"][0]["options"]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_sex')}/fields/0/options"
    assert error.problem == "thiếu trường bắt buộc"


def test_choice_with_no_options(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_sex")["fields"][0]["options"] = []

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_sex')}/fields/0/options"
    assert error.problem == "phải là một mảng không rỗng"


def test_option_without_label(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del page(d, "child_sex")["fields"][0]["options"][1]["label"]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_sex')}/fields/0/options/1/label"


def test_options_on_a_field_that_is_not_a_choice(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_name")["fields"][0]["options"] = [{"value": "a", "label": "A"}]

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_name')}/fields/0/options"
    assert error.problem == "chỉ dùng cho loại “choice”"


def test_bound_that_is_not_a_number(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "copies_count")["fields"][0]["max"] = "10"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'copies_count')}/fields/0/max"
    assert error.problem == "phải là một số nguyên"


def test_default_the_field_would_refuse(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "mother_birth_year")["fields"][0]["default"] = "khoảng 1990"

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'mother_birth_year')}/fields/0/default"
    assert error.problem == "giá trị mặc định không hợp lệ: Vui lòng nhập năm bằng chữ số, ví dụ 1990."


@pytest.mark.parametrize("compute", ["age_in_days:child.birth_date", "date_in_words:child.death_date", 7])
def test_compute_naming_an_unknown_calculation_or_field(original: dict[str, Any], compute: object) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "child_birth_date")["fields"][1]["compute"] = compute

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'child_birth_date')}/fields/1/compute"


@pytest.mark.parametrize("source", ["citizen.full_name", 5])
def test_source_outside_the_account(original: dict[str, Any], source: object) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "requester_account")["fields"][0]["source"] = source

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'requester_account')}/fields/0/source"


# -- files -------------------------------------------------------------------------------------------


def test_invalid_json_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "khai-sinh.json"
    broken.write_text('{\n  "code": "1.001193",\n  "version": "2026.1",,\n}\n', encoding="utf-8")
    with pytest.raises(ProcedureError) as caught:
        load_procedure(broken)
    assert caught.value.source == "khai-sinh.json"
    assert caught.value.path == "dòng 3"
    assert caught.value.problem.startswith("JSON không hợp lệ")
    assert str(caught.value).startswith("khai-sinh.json: dòng 3: JSON không hợp lệ")


def test_a_file_not_in_utf8_is_named(tmp_path: Path, original: dict[str, Any]) -> None:
    legacy = tmp_path / "khai-sinh.json"
    legacy.write_bytes(json.dumps(original, ensure_ascii=False).encode("cp1258", errors="replace"))
    with pytest.raises(ProcedureError) as caught:
        load_procedure(legacy)
    assert caught.value.source == "khai-sinh.json"
    assert "UTF-8" in caught.value.problem


def test_a_broken_file_in_the_catalog_is_named(tmp_path: Path, original: dict[str, Any]) -> None:
    (tmp_path / "1.001193.json").write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    broken = copy.deepcopy(original)
    broken["code"] = "1.000000"
    broken["delivery"] = ["mail"]
    (tmp_path / "2.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProcedureError) as caught:
        load_catalog(tmp_path)
    assert (caught.value.source, caught.value.path) == ("2.json", "/delivery/0")


def test_two_files_with_one_code(tmp_path: Path, original: dict[str, Any]) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProcedureError) as caught:
        load_catalog(tmp_path)
    assert (caught.value.source, caught.value.path) == ("b.json", "/code")
    assert "1.001193" in caught.value.problem


def test_a_new_procedure_is_just_a_file(tmp_path: Path, original: dict[str, Any]) -> None:
    other = copy.deepcopy(original)
    other.update(code="9.999999", name="Thủ tục thử", delivery=["desk"])
    (tmp_path / "1.001193.json").write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "9.999999.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(tmp_path)
    assert sorted(catalog) == ["1.001193", "9.999999"]
    assert catalog["9.999999"].delivery == ("desk",)


# -- the schema: structure, with the path of the problem -----------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_and_the_model_agree_on_the_names() -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert set(defs["field"]["properties"]["type"]["enum"]) == FIELD_TYPES
    assert set(schema["properties"]["delivery"]["items"]["enum"]) == DELIVERY_OPTIONS
    assert set(defs["rule"]["properties"]["kind"]["enum"]) == RULE_KINDS
    assert {"time", "email", "nationality", "address"} <= FIELD_TYPES


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (lambda d: d["deadline"].update(days="60"), "/deadline/days", "phải là một số nguyên"),
        (lambda d: d["deadline"].update(days=0), "/deadline/days", "phải từ 1 trở lên"),
        (lambda d: d["deadline"].pop("message"), "/deadline/message", "thiếu trường bắt buộc"),
        (lambda d: d.pop("fees"), "/fees", "thiếu trường bắt buộc"),
        (lambda d: d["fees"].update(late="theo tỉnh"), "/fees/late", "phải là một số nguyên hoặc null"),
        (lambda d: d["fees"].update(on_time=-5000), "/fees/on_time", "không được là số âm"),
        (lambda d: d["fees"].update(currency="VND"), "/fees/currency", "trường không được hỗ trợ"),
        (
            lambda d: d["rules"][1].update(kind="before"),
            "/rules/1/kind",
            "loại quy tắc “before” không có; dùng một trong ['after']",
        ),
        (lambda d: d["rules"][0].pop("other"), "/rules/0/other", "thiếu trường bắt buộc"),
        (lambda d: d.pop("attachments"), "/attachments", "thiếu trường bắt buộc"),
        (lambda d: d["attachments"][0].pop("original"), "/attachments/0/original", "thiếu trường bắt buộc"),
        (
            lambda d: d["attachments"][0].update(original="yes"),
            "/attachments/0/original",
            "phải là true hoặc false",
        ),
        (lambda d: d["attachments"][2].update(count=0), "/attachments/2/count", "phải từ 1 trở lên"),
        (
            lambda d: d["attachments"][3]["when"].update(equals=None),
            "/attachments/3/when/equals",
            "phải là chuỗi, số nguyên hoặc true/false",
        ),
        (
            lambda d: d["attachments"][1].update(id="Văn bản"),
            "/attachments/1/id",
            "mã chỉ gồm chữ thường không dấu, chữ số và “_”, ví dụ child_name",
        ),
        (lambda d: d.update(legal_basis=""), "/legal_basis", "phải là một chuỗi không rỗng"),
        (lambda d: d.update(processing_days=3.0), "/processing_days", "phải là một số nguyên"),
        (lambda d: d.update(delivery=["desk", "desk"]), "/delivery", "có giá trị bị lặp"),
        (lambda d: d.update(code="khai-sinh"), "/code", "mã thủ tục phải có dạng như “1.001193”"),
    ],
)
def test_a_structural_problem_names_its_path(
    original: dict[str, Any], mutate: Callable[[dict[str, Any]], object], path: str, problem: str
) -> None:
    error = refusal(original, mutate)
    assert (error.path, error.problem) == (path, problem)


@pytest.mark.parametrize(
    ("page_id", "key", "value", "problem"),
    [
        ("child_name", "min", 1, "chỉ dùng cho loại “number” hoặc “year”"),
        (
            "child_birth_date",
            "max_length",
            10,
            "chỉ dùng cho các loại chữ: text, person_name, nationality, email, address",
        ),
        ("mother_birth_year", "not_future", True, "chỉ dùng cho loại “date”"),
        ("mother_residence", "default", "Hà Nội", "loại “address” không có giá trị mặc định"),
    ],
)
def test_a_key_that_does_not_fit_the_field_type(
    original: dict[str, Any], page_id: str, key: str, value: object, problem: str
) -> None:
    error = refusal(original, lambda d: page(d, page_id)["fields"][0].update({key: value}))
    assert error.path == f"/pages/{index_of(original, page_id)}/fields/0/{key}"
    assert error.problem == problem


def test_the_new_field_types_are_accepted(original: dict[str, Any]) -> None:
    data = copy.deepcopy(original)
    page(data, "child_name")["fields"].append({"id": "child.birth_time", "type": "time", "label": "Giờ sinh"})
    page(data, "child_name")["fields"].append(
        {"id": "requester.email", "type": "email", "label": "Thư điện tử"}
    )
    procedure = parse_procedure(data, "test.json")
    assert procedure.field("child.birth_time").type == "time"
    assert procedure.field("requester.email").type == "email"
    assert procedure.field("mother.residence").type == "address"
    assert procedure.field("mother.nationality").type == "nationality"


def test_every_structural_problem_is_listed_not_just_the_first(original: dict[str, Any]) -> None:
    data = copy.deepcopy(original)
    del data["version"]
    data["delivery"] = ["desk", "drone"]
    page(data, "child_name")["fields"][0]["type"] = "signature"
    data["attachments"][0]["count"] = "một"
    problems = procedure_problems(data, "test.json")
    found = {(p.path, p.problem.split(";")[0]) for p in problems}
    assert found == {
        ("/version", "thiếu trường bắt buộc"),
        ("/delivery/1", "cách nhận kết quả “drone” không có"),
        (f"/pages/{index_of(original, 'child_name')}/fields/0/type", "loại “signature” không có"),
        ("/attachments/0/count", "phải là một số nguyên"),
    }
    assert all(p.source == "test.json" for p in problems)


def test_a_valid_document_has_no_problems(original: dict[str, Any]) -> None:
    assert procedure_problems(copy.deepcopy(original), "test.json") == []


# -- meaning: what the schema cannot say ---------------------------------------------------------------------


def test_the_new_keys_reach_the_model(original: dict[str, Any]) -> None:
    procedure = parse_procedure(copy.deepcopy(original), "test.json")
    assert procedure.deadline == Deadline("child.birth_date", 60, original["deadline"]["message"])
    assert procedure.fees.on_time == 0
    assert procedure.fees.late is None
    assert procedure.fees.copies_field == "copies.count"
    assert procedure.rules[0] == Rule(
        "after", "child.birth_date", "mother.birth_year", original["rules"][0]["message"]
    )
    certificate = procedure.attachments[0]
    assert isinstance(certificate, Attachment)
    assert certificate.when == Condition("child.has_birth_certificate", True)
    assert (certificate.original, certificate.count, certificate.required) == (True, 1, True)
    assert procedure.legal_basis.startswith("Luật Hộ tịch")


def test_fees_add_up() -> None:
    fees = Fees(on_time=0, late=None, per_copy=8000, copies_field="copies.count")
    assert fees.amount() == 0
    assert fees.amount(copies=3) == 24000
    assert fees.amount(late=True) is None  # set by the province: not known here
    assert Fees(on_time=5000, late=10000, per_copy=None).amount(copies=2) is None
    assert Fees(on_time=5000, late=10000).amount(late=True) == 10000


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (
            lambda d: d["deadline"].update(field="child.death_date"),
            "/deadline/field",
            "trường “child.death_date” không có trong tờ khai",
        ),
        (
            lambda d: d["deadline"].update(field="mother.birth_year"),
            "/deadline/field",
            "thời hạn phải là trường loại “date”; “mother.birth_year” là loại “year”",
        ),
        (
            lambda d: d["fees"].update(copies_field="copies.wanted"),
            "/fees/copies_field",
            "số bản sao phải là trường loại “number”; “copies.wanted” là loại “yes_no”",
        ),
        (
            lambda d: d["fees"].update(copies_field="copies.total"),
            "/fees/copies_field",
            "trường “copies.total” không có trong tờ khai",
        ),
        (
            lambda d: d["fees"].update(copies_field=None),
            "/fees/copies_field",
            "có phí mỗi bản sao (per_copy) thì phải chỉ ra trường số bản sao",
        ),
        (
            lambda d: d["rules"][0].update(other="mother.full_name"),
            "/rules/0/other",
            "quy tắc “after” phải là trường loại “date” hoặc “year”; "
            "“mother.full_name” là loại “person_name”",
        ),
        (
            lambda d: d["rules"][1].update(field="father.death_date"),
            "/rules/1/field",
            "trường “father.death_date” không có trong tờ khai",
        ),
        (
            lambda d: d["rules"][0].update(other="child.birth_date"),
            "/rules/0/other",
            "phải là một trường khác với “field”",
        ),
        (
            lambda d: d["attachments"][1].update(id="giay_chung_sinh"),
            "/attachments/1/id",
            "mã giấy tờ “giay_chung_sinh” bị trùng",
        ),
        (
            lambda d: d["attachments"][0]["when"].update(field="child.has_certificate"),
            "/attachments/0/when/field",
            "trường “child.has_certificate” chưa được khai báo trong tờ khai",
        ),
        (
            lambda d: d["attachments"][0]["when"].update(equals="co"),
            "/attachments/0/when/equals",
            "trường “child.has_birth_certificate” là Có/Không: dùng true hoặc false",
        ),
        (
            lambda d: d["attachments"][3]["when"].update(equals="uy_quyen"),
            "/attachments/3/when/equals",
            "“uy_quyen” không phải một lựa chọn của “requester.relationship”; "
            "dùng một trong ['cha', 'me', 'ong_ba', 'than_thich', 'khac']",
        ),
        (
            lambda d: d["attachments"][3].update(when={"field": "child.birth_date", "equals": "2026-01-01"}),
            "/attachments/3/when/equals",
            "không so sánh được với trường loại “date”; dùng một trường yes_no hoặc choice",
        ),
        (
            lambda d: d["sections"].append({"id": "grandparents", "title": "Ông bà"}),
            "/sections/5/id",
            "mục “grandparents” không có trang nào",
        ),
        (
            lambda d: d["sections"].append({"id": "child", "title": "Trẻ"}),
            "/sections/5/id",
            "mã mục “child” bị trùng",
        ),
    ],
)
def test_a_semantic_problem_names_its_path(
    original: dict[str, Any], mutate: Callable[[dict[str, Any]], object], path: str, problem: str
) -> None:
    error = refusal(original, mutate)
    assert (error.path, error.problem) == (path, problem)


def test_a_page_condition_must_name_a_value_of_the_right_type(original: dict[str, Any]) -> None:
    error = refusal(original, lambda d: page(d, "father_name")["when"].update(equals="có"))
    assert error.path == f"/pages/{index_of(original, 'father_name')}/when/equals"
    assert error.problem == "trường “father.known” là Có/Không: dùng true hoặc false"


def test_a_field_condition_on_a_number_needs_a_number(original: dict[str, Any]) -> None:
    def mutate(d: dict[str, Any]) -> None:
        page(d, "copies_count")["fields"].append(
            {
                "id": "copies.note",
                "type": "text",
                "label": "Ghi chú",
                "when": {"field": "copies.count", "equals": "2"},
            }
        )

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, 'copies_count')}/fields/1/when/equals"
    assert error.problem == "trường “copies.count” là số: dùng một số nguyên"


@pytest.mark.parametrize(
    ("page_id", "new_type", "wanted"),
    [
        ("mother_residence", "text", "address"),
        ("mother_nationality", "text", "nationality"),
        ("mother_birth_year", "number", "year"),
        ("child_name", "text", "person_name"),
    ],
)
def test_person_fields_keep_the_suffix_convention(
    original: dict[str, Any], page_id: str, new_type: str, wanted: str
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        field = page(d, page_id)["fields"][0]
        field["type"] = new_type
        field.pop("not_future", None)
        if new_type != "number":
            field.pop("min", None)

    error = refusal(original, mutate)
    assert error.path == f"/pages/{index_of(original, page_id)}/fields/0/type"
    assert error.problem.startswith("theo quy ước, trường “…")
    assert error.problem.endswith(f"phải có loại “{wanted}”")


def test_the_sex_field_offers_nam_and_nu(original: dict[str, Any]) -> None:
    error = refusal(original, lambda d: page(d, "child_sex")["fields"][0]["options"][1].update(value="Nu"))
    assert error.path == f"/pages/{index_of(original, 'child_sex')}/fields/0/options"
    assert "“Nam” và “Nữ”" in error.problem


def test_compute_needs_a_field_of_the_type_it_reads(original: dict[str, Any]) -> None:
    error = refusal(
        original,
        lambda d: page(d, "child_birth_date")["fields"][1].update(compute="date_in_words:child.full_name"),
    )
    assert error.path == f"/pages/{index_of(original, 'child_birth_date')}/fields/1/compute"
    assert error.problem == "date_in_words cần một trường loại “date”"


def test_min_above_max(original: dict[str, Any]) -> None:
    error = refusal(original, lambda d: page(d, "copies_count")["fields"][0].update(min=11))
    assert error.path == f"/pages/{index_of(original, 'copies_count')}/fields/0/min"
    assert error.problem == "min (11) lớn hơn max (10)"


def test_duplicate_option_values(original: dict[str, Any]) -> None:
    error = refusal(
        original, lambda d: page(d, "requester_relationship")["fields"][0]["options"][1].update(value="cha")
    )
    assert error.path == f"/pages/{index_of(original, 'requester_relationship')}/fields/0/options/1/value"
    assert error.problem == "lựa chọn “cha” bị trùng"


def test_every_semantic_problem_is_listed(original: dict[str, Any]) -> None:
    data = copy.deepcopy(original)
    data["deadline"]["field"] = "child.death_date"
    data["rules"][0]["other"] = "mother.full_name"
    data["attachments"][1]["id"] = "giay_chung_sinh"
    paths = [p.path for p in procedure_problems(data, "test.json")]
    assert paths == ["/deadline/field", "/rules/0/other", "/attachments/1/id"]


def test_the_schema_file_is_not_a_procedure(tmp_path: Path, original: dict[str, Any]) -> None:
    (tmp_path / "1.001193.json").write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "procedure.schema.json").write_text(
        schema_path().read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert list(load_catalog(tmp_path)) == ["1.001193"]
