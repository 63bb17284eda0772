"""The shared models normalise outside input; dossier and lookup codes have the official shapes."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kiosk.domain.dossier_codes import DOSSIER_CODE_PATTERN
from kiosk.portal.models import AccountCreate, DossierCreate, Problem, TokenRequest
from kiosk.portal.sandbox import codes

answer_values = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=30)


def _account(**changes: object) -> AccountCreate:
    data: dict[str, object] = {
        "id_number": "001090000123",
        "full_name": "Nguyễn Văn An",
        "birth_date": "1990-05-17",
        "phone": "0912345678",
        "password": "mat-khau-1",
    }
    data.update(changes)
    return AccountCreate.model_validate(data)


def test_account_normalises_phone_name_and_number() -> None:
    account = _account(
        phone="+84 912.345.678",
        full_name=unicodedata.normalize("NFD", "  nguyễn   văn  AN "),
        id_number=" 001090 000123 ",
    )
    assert account.phone == "0912345678"
    assert account.full_name == "Nguyễn Văn An" and unicodedata.is_normalized("NFC", account.full_name)
    assert account.id_number == "001090000123"
    assert account.birth_date == date(1990, 5, 17)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("id_number", "12345678901", "12 chữ số"),
        ("id_number", "00109000012a", "12 chữ số"),
        ("id_number", "٠٠١٠٩٠٠٠٠١٢٣", "12 chữ số"),  # Arabic-Indic digits are not ASCII digits
        ("phone", "024 3825 1234", "di động"),
        ("full_name", "Nguy?n Văn An", "quét lại"),
        ("full_name", "   ", "họ và tên"),
    ],
)
def test_account_refuses_bad_input_in_vietnamese(field: str, value: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        _account(**{field: value})
    assert words in str(info.value)


def test_short_password_is_refused_and_never_shown() -> None:
    with pytest.raises(ValidationError) as info:
        _account(password="xyzzy", phone="0912 000 111 222")
    assert "xyzzy" not in str(info.value) and "000 111" not in str(info.value)
    account = _account(password="bi-mat-lam")
    assert "bi-mat-lam" not in repr(account) and "bi-mat-lam" not in str(account)
    assert "bi-mat-lam" not in repr(TokenRequest(username="001090000123", password="bi-mat-lam"))


def test_dossier_answers_keep_their_json_types_and_become_nfc() -> None:
    dossier = DossierCreate.model_validate(
        {
            "procedure_code": "1.001193",
            "procedure_version": "2026.1",
            "answers": {"a": True, "b": 1, "c": "1", "d": None, "e": unicodedata.normalize("NFD", "Nữ")},
            "delivery": "desk",
        }
    )
    assert dossier.answers == {"a": True, "b": 1, "c": "1", "d": None, "e": "Nữ"}
    assert type(dossier.answers["a"]) is bool and type(dossier.answers["b"]) is int


def test_problem_defaults() -> None:
    problem = Problem(title="Not Found", status=404, detail="Không tìm thấy.")
    assert problem.type == "about:blank" and problem.errors == []


@given(answers=st.dictionaries(st.text(max_size=20), answer_values, max_size=8))
def test_dossier_create_round_trips_through_json(answers: dict[str, str | int | bool | None]) -> None:
    dossier = DossierCreate(procedure_code="1.0", procedure_version="1", answers=answers, delivery="desk")
    assert DossierCreate.model_validate_json(dossier.model_dump_json()) == dossier


@given(day=st.dates(date(2000, 1, 1), date(2099, 12, 31)), sequence=st.integers(1, 9999))
def test_dossier_codes_have_the_official_shape(day: date, sequence: int) -> None:
    code = codes.dossier_code(codes.AGENCY_ID, day, sequence)
    assert DOSSIER_CODE_PATTERN.fullmatch(code)
    assert code.endswith(f"-{day:%y%m%d}-{sequence:04d}")


def test_dossier_code_example_from_the_reference() -> None:
    assert codes.dossier_code("000.00.01.H26", date(2026, 9, 30), 12) == "000.00.01.H26-260930-0012"
    for bad_agency in ("000.00.01.h26", "00.00.01.H26", "000.00.01"):
        with pytest.raises(ValueError):
            codes.dossier_code(bad_agency, date(2026, 9, 30), 1)
    with pytest.raises(ValueError):
        codes.dossier_code(codes.AGENCY_ID, date(2026, 9, 30), 10_000)


def test_lookup_codes_avoid_look_alike_characters() -> None:
    seen = {codes.lookup_code() for _ in range(500)}
    assert len(seen) > 490
    for code in seen:
        assert len(code) == 6 and not set(code) & set("0O1IL")
        assert codes.normalize_lookup_code(f" {code[:3].lower()} {code[3:]}\n") == code


def test_passwords_are_salted_scrypt() -> None:
    salt1, hash1 = codes.hash_password("mat-khau-1")
    salt2, hash2 = codes.hash_password("mat-khau-1")
    assert salt1 != salt2 and hash1 != hash2
    assert codes.check_password("mat-khau-1", salt1, hash1)
    assert not codes.check_password("mat-khau-2", salt1, hash1)
