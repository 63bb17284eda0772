"""A broken procedure file is refused with the file, the place inside it and what is wrong."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.procedures import ProcedureError, load_catalog, load_procedure, parse_procedure
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


def refusal(original: dict[str, Any], mutate: Callable[[dict[str, Any]], None]) -> ProcedureError:
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
