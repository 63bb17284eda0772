"""The catalog: every real procedure validates, and the check command lists every problem at once."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.procedures import (
    DELIVERY_OPTIONS,
    PERSON_FIELD_TYPES,
    Condition,
    Procedure,
    default_catalog_dir,
    load_catalog,
    main,
    procedure_files,
    procedure_problems,
)

FILES = procedure_files(default_catalog_dir())
BIRTH, DEATH = "1.001193", "1.000656"


@pytest.fixture(scope="module")
def catalog() -> dict[str, Procedure]:
    return load_catalog()


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(folder: Path, name: str, data: object) -> None:
    (folder / name).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_catalog_file_validates(path: Path) -> None:
    assert procedure_problems(read(path), path.name) == []


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_is_named_after_its_code(path: Path) -> None:
    assert path.stem == read(path)["code"]


def test_the_catalog_has_five_commune_level_civil_status_procedures(catalog: dict[str, Procedure]) -> None:
    assert len(catalog) >= 5
    assert {BIRTH, DEATH, "1.004873", "2.000635", "1.000894"} <= set(catalog)
    for code, procedure in catalog.items():
        assert re.fullmatch(r"\d\.\d{6}", code)
        assert procedure.agency == "Ủy ban nhân dân cấp xã"
        assert procedure.name and procedure.name_en
        assert set(procedure.delivery) <= DELIVERY_OPTIONS and "desk" in procedure.delivery
        assert procedure.legal_basis
        assert procedure.fees.notes
        assert procedure.attachments
        assert "CHƯA KIỂM CHỨNG" in procedure.notes, f"{code}: say what is not verified"


def test_every_requester_comes_from_the_account(catalog: dict[str, Procedure]) -> None:
    for procedure in catalog.values():
        assert procedure.field("requester.full_name").source == "account.full_name"
        assert procedure.field("requester.id_number").source == "account.id_number"
        assert procedure.field("requester.residence").type == "address"  # the delivery address starts here


def test_person_fields_follow_the_suffix_convention(catalog: dict[str, Procedure]) -> None:
    for procedure in catalog.values():
        for field_id, field in procedure.fields.items():
            suffix = field_id.rpartition(".")[2]
            if suffix in PERSON_FIELD_TYPES:
                assert field.type == PERSON_FIELD_TYPES[suffix], (procedure.code, field_id)


def test_attachment_conditions_name_answers_the_form_can_give(catalog: dict[str, Procedure]) -> None:
    for procedure in catalog.values():
        for attachment in procedure.attachments:
            if attachment.when is not None:
                target = procedure.field(attachment.when.field)
                if target.type == "choice":
                    assert attachment.when.equals in {o.value for o in target.options}


def test_birth_registration(catalog: dict[str, Procedure]) -> None:
    birth = catalog[BIRTH]
    assert birth.deadline is not None
    assert (birth.deadline.field, birth.deadline.days) == ("child.birth_date", 60)
    assert "lệ phí" in birth.deadline.message
    assert (birth.fees.on_time, birth.fees.late) == (0, None)
    assert birth.fees.copies_field == "copies.count"
    for person in ("requester", "mother", "father"):
        assert birth.field(f"{person}.residence").type == "address"
    attachments = {a.id: a for a in birth.attachments}
    assert attachments["giay_chung_sinh"].original and attachments["giay_chung_sinh"].required
    assert attachments["giay_chung_sinh"].when == Condition("child.has_birth_certificate", True)
    assert attachments["van_ban_lam_chung"].when == Condition("child.has_witness", True)
    assert attachments["giay_cam_doan_viec_sinh"].when == Condition("child.has_witness", False)
    assert attachments["van_ban_uy_quyen"].when == Condition("requester.relationship", "khac")
    assert not attachments["giay_chung_nhan_ket_hon"].required
    witness_page = next(p for p in birth.pages if p.fields[0].id == "child.has_witness")
    assert witness_page.when == Condition("child.has_birth_certificate", False)


def test_death_registration(catalog: dict[str, Procedure]) -> None:
    death = catalog[DEATH]
    assert death.deadline is not None
    assert (death.deadline.field, death.deadline.days) == ("deceased.death_date", 15)
    assert [(r.kind, r.field, r.other) for r in death.rules] == [
        ("after", "deceased.death_date", "deceased.birth_date")
    ]
    types = {f: death.field(f).type for f in death.fields if f.startswith("deceased.")}
    assert types == {
        "deceased.full_name": "person_name",
        "deceased.birth_date": "date",
        "deceased.sex": "choice",
        "deceased.ethnicity": "ethnicity",
        "deceased.nationality": "nationality",
        "deceased.id_number": "cccd",
        "deceased.residence": "address",
        "deceased.death_date": "date",
        "deceased.death_time": "time",
        "deceased.death_place": "text",
        "deceased.death_cause": "text",
    }
    assert [a.id for a in death.attachments if a.when is None] == ["giay_bao_tu"]


# -- the check command -----------------------------------------------------------------------------------


def test_check_passes_on_the_real_catalog(
    capsys: pytest.CaptureFixture[str], catalog: dict[str, Procedure]
) -> None:
    assert main(["check", str(default_catalog_dir())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(catalog)
    birth = catalog[BIRTH]
    assert (
        f"{BIRTH}\t{birth.version}\tĐăng ký khai sinh\t"
        f"{len(birth.pages)} trang, {len(birth.attachments)} giấy tờ" in lines
    )


def test_check_with_no_argument_checks_the_assets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(FILES)


def test_check_lists_every_problem_of_every_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    birth, death = (
        read(default_catalog_dir() / f"{BIRTH}.json"),
        read(default_catalog_dir() / f"{DEATH}.json"),
    )
    good = copy.deepcopy(birth)
    write(tmp_path, "1.001193.json", good)
    broken_birth = copy.deepcopy(birth)
    broken_birth["code"] = "9.000001"
    broken_birth["delivery"] = ["desk", "drone"]
    del broken_birth["fees"]
    write(tmp_path, "9.000001.json", broken_birth)
    broken_death = copy.deepcopy(death)
    broken_death["code"] = "9.000002"
    broken_death["deadline"]["field"] = "deceased.funeral_date"
    broken_death["rules"][0]["other"] = "deceased.full_name"
    write(tmp_path, "9.000002.json", broken_death)

    assert main(["check", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "9.000001.json: /delivery/1: cách nhận kết quả “drone” không có; dùng desk hoặc post",
        "9.000001.json: /fees: thiếu trường bắt buộc",
        "9.000002.json: /deadline/field: trường “deceased.funeral_date” không có trong tờ khai",
        "9.000002.json: /rules/0/other: quy tắc “after” phải là trường loại “date” hoặc “year”; "
        "“deceased.full_name” là loại “person_name”",
    ]
    assert "4 lỗi trong 2 tệp" in captured.err


def test_check_reports_unreadable_json_beside_other_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.json").write_text('{"code": "1.001193",,}', encoding="utf-8")
    (tmp_path / "b.json").write_text("[]", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.json"), str(tmp_path / "b.json")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "a.json: dòng 1: JSON không hợp lệ: Expecting property name enclosed in double quotes",
        "b.json: (gốc): phải là một đối tượng JSON (object)",
    ]


def test_check_reports_two_files_with_one_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    birth = read(default_catalog_dir() / f"{BIRTH}.json")
    write(tmp_path, "a.json", birth)
    write(tmp_path, "b.json", birth)
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == ["b.json: /code: mã thủ tục 1.001193 đã có ở tệp a.json"]


def test_check_of_an_empty_or_missing_folder_fails(tmp_path: Path) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert main(["check", str(tmp_path / "nowhere")]) == 2


def test_the_kiosk_still_stops_at_the_first_broken_file(tmp_path: Path) -> None:
    birth = read(default_catalog_dir() / f"{BIRTH}.json")
    write(tmp_path, "1.001193.json", birth)
    broken = copy.deepcopy(birth)
    broken["code"] = "9.000001"
    broken["attachments"][0]["when"]["equals"] = "có"
    write(tmp_path, "9.000001.json", broken)
    from kiosk.domain.procedures import ProcedureError

    with pytest.raises(ProcedureError) as caught:
        load_catalog(tmp_path)
    assert (caught.value.source, caught.value.path) == ("9.000001.json", "/attachments/0/when/equals")


def test_the_command_line_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.domain.procedures", "check", str(default_catalog_dir())],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(result.stdout.splitlines()) == len(FILES)
    assert result.stderr == ""
