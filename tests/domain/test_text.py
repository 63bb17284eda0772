from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.text import fold, has_damage, nfc


def test_nfc_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hòa")
    assert decomposed != "Nguyễn Thị Hòa"
    assert nfc(decomposed) == "Nguyễn Thị Hòa"


def test_fold_makes_spellings_of_one_name_equal() -> None:
    assert fold("Hòa") == fold("Hoà") == fold("HOA") == "hoa"
    assert fold(unicodedata.normalize("NFD", "Hoà")) == "hoa"


def test_fold_examples() -> None:
    assert fold("Đồng Tháp") == "dong thap"
    assert fold("  Bà Rịa -  Vũng   Tàu ") == "ba ria - vung tau"
    assert fold("ĐẶNG THỊ ƯỚC") == "dang thi uoc"
    assert fold("") == ""


def test_has_damage() -> None:
    assert has_damage("NGUY?N V?N A")
    assert has_damage("Nguy\ufffdn")
    assert not has_damage("Nguyễn Văn A")
    assert not has_damage("")


@settings(deadline=None)
@given(st.text())
def test_fold_is_idempotent_and_form_independent(text: str) -> None:
    key = fold(text)
    assert fold(key) == key
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))
    assert "  " not in key
    assert key == key.strip()
