from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.names import NameProblem, check_person_name, normalize_name, require_person_name


def test_normalize_example() -> None:
    assert normalize_name("  NGUYỄN   văn  a ") == "Nguyễn Văn A"


def test_normalize_nfd_in_nfc_out() -> None:
    result = normalize_name(unicodedata.normalize("NFD", "trần thị hoà"))
    assert result == "Trần Thị Hoà"
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("h'hen niê", "H'Hen Niê"),
        ("H'HEN NIÊ", "H'Hen Niê"),
        ("ksor y phu", "Ksor Y Phu"),
        ("LÒ VĂN PỌM", "Lò Văn Pọm"),
        ("đặng thị ước", "Đặng Thị Ước"),
        ("y-moan ênuôl", "Y-Moan Ênuôl"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_names(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Văn A",
        "Trần Thị Hoà",
        "Đặng Thị Ước",
        "H'Hen Niê",
        "Ksor Y Phu",
        "Lò Văn Pọm",
        "Ông Ích Khiêm",
        "Huỳnh Thị Ỷ",
        "Phạm Thị Ngọc Bích",
        "Y-Moan Ênuôl",
        "H’Hen Niê",
        unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung"),
    ],
)
def test_acceptable_names(name: str) -> None:
    assert check_person_name(name) is None


def test_every_vietnamese_letter_passes() -> None:
    letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
    assert check_person_name(letters) is None
    assert check_person_name(letters.upper()) is None


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "Vui lòng nhập"),
        ("   ", "Vui lòng nhập"),
        ("Nguyễn Văn 2", "chữ số"),
        ("Nguyễn Văn A1", "chữ số"),
        ("Nguyễn @ Văn", "chỉ gồm chữ cái"),
        ("Nguyễn, Văn", "chỉ gồm chữ cái"),
        ("NGUY?N V?N A", "mất dấu"),
        ("Nguy\ufffdn Văn A", "mất dấu"),
        ("A" * 101, "quá dài"),
        ("A", "quá ngắn"),
        (" Ư ", "quá ngắn"),
    ],
)
def test_rejected_names(name: str, fragment: str) -> None:
    message = check_person_name(name)
    assert message is not None
    assert fragment in message


def test_length_limit_is_inclusive() -> None:
    assert check_person_name("A" * 100) is None


def test_require_person_name() -> None:
    assert require_person_name(" lò văn pọm ") == "Lò Văn Pọm"
    with pytest.raises(NameProblem) as caught:
        require_person_name("Nguyễn 2")
    assert "chữ số" in str(caught.value)
    assert caught.value.message == str(caught.value)
    assert isinstance(caught.value, ValueError)


@settings(deadline=None)
@given(st.text())
def test_normalize_properties(text: str) -> None:
    result = normalize_name(text)
    assert normalize_name(result) == result
    assert unicodedata.is_normalized("NFC", result)
    assert "  " not in result
    assert result == result.strip()
    assert normalize_name(unicodedata.normalize("NFD", text)) == result
    assert normalize_name(unicodedata.normalize("NFC", text)) == result


_VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"


@settings(deadline=None)
@given(
    st.lists(
        st.text(alphabet=_VIETNAMESE + _VIETNAMESE.upper(), min_size=1, max_size=8), min_size=2, max_size=5
    )
)
def test_vietnamese_names_pass_and_normalise_from_capitals(words: list[str]) -> None:
    name = " ".join(words)
    assert check_person_name(name) is None
    assert normalize_name(name.upper()) == normalize_name(name.lower()) == normalize_name(name)
