"""The receipt model: QR payload round trip, the printed rows, the next steps."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.receipt.model import (
    Receipt,
    ReceivedDocument,
    is_dossier_code,
    is_lookup_code,
    official_date,
    parse_tracking_payload,
    tracking_payload,
)
from kiosk.receipt.output import receipt_folder, receipt_path

DIGIT = st.sampled_from("0123456789")
UPPER_OR_DIGIT = st.sampled_from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
UPPER = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LOOKUP_CHAR = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789")


def _join(chars: st.SearchStrategy[str], size: int) -> st.SearchStrategy[str]:
    return st.lists(chars, min_size=size, max_size=size).map("".join)


dossier_codes = st.builds(
    lambda a, b, c, d, e, f, g: f"{a}.{b}.{c}.{d}{e}-{f}-{g}",
    _join(DIGIT, 3),
    _join(UPPER_OR_DIGIT, 2),
    _join(DIGIT, 2),
    UPPER,
    _join(DIGIT, 2),
    _join(DIGIT, 6),
    _join(DIGIT, 4),
)
lookup_codes = _join(LOOKUP_CHAR, 6)


def make_receipt(**changes: object) -> Receipt:
    receipt = Receipt(
        dossier_code="000.00.01.H26-260930-0012",
        lookup_code="K7QX3M",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        citizen_name="Nguyễn Thị Hoà",
        received_at=datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="desk",
        agency_name="Ủy ban nhân dân phường Bến Thành",
    )
    return replace(receipt, **changes)  # type: ignore[arg-type]


@given(dossier_codes, lookup_codes)
def test_valid_codes_round_trip(dossier_code: str, lookup_code: str) -> None:
    receipt = make_receipt(dossier_code=dossier_code, lookup_code=lookup_code)
    payload = receipt.qr_payload()
    assert payload == f"DVC|{dossier_code}|{lookup_code}"
    assert parse_tracking_payload(payload) == (dossier_code, lookup_code)


@given(dossier_codes, lookup_codes, st.sampled_from(["", " ", "\n", "\ufeff", "\ufeff  ", "\r\n"]))
def test_whitespace_and_bom_are_tolerated(dossier_code: str, lookup_code: str, noise: str) -> None:
    payload = noise + tracking_payload(dossier_code, lookup_code) + noise.replace("\ufeff", "")
    assert parse_tracking_payload(payload) == (dossier_code, lookup_code)


near_payloads = st.builds(
    lambda prefix, code, lookup: f"{prefix}|{code}|{lookup}",
    st.sampled_from(["DVC", "dvc", " DVC", "DVC\x00", ""]),
    st.one_of(dossier_codes, st.text(max_size=30)),
    st.one_of(lookup_codes, st.text(max_size=8)),
)


@given(st.one_of(st.text(), near_payloads))
def test_arbitrary_text_only_raises_value_error(text: str) -> None:
    try:
        dossier_code, lookup_code = parse_tracking_payload(text)
    except ValueError as error:
        assert str(error)  # a Vietnamese message to show on screen
    else:
        assert is_dossier_code(dossier_code)
        assert is_lookup_code(lookup_code)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "DVC",
        "DVC|000.00.01.H26-260930-0012",
        "DVC|000.00.01.H26-260930-0012|K7QX3M|extra",
        "XYZ|000.00.01.H26-260930-0012|K7QX3M",
        "dvc|000.00.01.H26-260930-0012|K7QX3M",
        "DVC|000.00.01.h26-260930-0012|K7QX3M",
        "DVC|000.00.01.H26-260930-0012|K7QX30",  # 0 and 1 are not lookup-code characters
        "DVC|000.00.01.H26-260930-0012|K7QX3",
        "DVC|٠٠٠.00.01.H26-260930-0012|K7QX3M",  # Arabic-Indic digits are not \\d here
        "DVC|000.00.01.H26-260930-0012\n|K7QX3M\n\n|",
    ],
)
def test_rejects_what_is_not_a_receipt(text: str) -> None:
    with pytest.raises(ValueError):
        parse_tracking_payload(text)


def test_receipt_refuses_malformed_codes_and_delivery() -> None:
    with pytest.raises(ValueError):
        make_receipt(dossier_code="Nguyễn Thị Hoà")
    with pytest.raises(ValueError):
        make_receipt(lookup_code="abc123")
    with pytest.raises(ValueError):
        make_receipt(delivery="drone")


def test_lines_in_official_order_with_values() -> None:
    receipt = make_receipt(
        citizen_address="12 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh",
        citizen_phone="0912345678",
        processing_days=0,
        logbook_volume="01/2026",
        logbook_entry=12,
    )
    assert receipt.lines() == [
        ("Mã hồ sơ", "000.00.01.H26-260930-0012"),
        ("Mã tra cứu", "K7QX3M"),
        ("Nhận của ông/bà", "NGUYỄN THỊ HOÀ"),
        ("Địa chỉ", "12 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh"),
        ("Số điện thoại", "0912345678"),
        ("Nội dung yêu cầu giải quyết", "Đăng ký khai sinh (mã 1.001193)"),
        ("Số lượng hồ sơ", "01 bộ"),
        ("Thời gian giải quyết theo quy định", "Trong ngày làm việc"),
        ("Thời gian nhận hồ sơ", "09 giờ 05 phút, ngày 30/09/2026"),
        ("Thời gian trả kết quả", "Thứ Sáu, ngày 02/10/2026"),
        ("Nơi nhận kết quả", "Nhận tại Bộ phận Một cửa"),
        ("Vào sổ theo dõi hồ sơ", "Quyển số: 01/2026 — Số thứ tự: 0012"),
        ("Lệ phí", "Không phải nộp"),
    ]


def test_rows_the_portal_did_not_fill_are_left_out() -> None:
    labels = [label for label, _ in make_receipt().lines()]
    assert "Địa chỉ" not in labels
    assert "Vào sổ theo dõi hồ sơ" not in labels
    assert "Thời gian giải quyết theo quy định" not in labels
    assert dict(make_receipt(processing_days=5).lines())["Thời gian giải quyết theo quy định"] == (
        "05 ngày làm việc"
    )


def test_fee_in_figures_and_words_with_the_payment_state() -> None:
    paid = make_receipt(fee=16000, payment="paid")
    assert dict(paid.lines())["Lệ phí"] == "16.000 đồng (Mười sáu nghìn đồng) — Đã thanh toán"
    unpaid = make_receipt(fee=8000)  # a fee with no payment state is unpaid
    assert unpaid.payment == "unpaid"
    assert dict(unpaid.lines())["Lệ phí"] == "8.000 đồng (Tám nghìn đồng) — Chưa thanh toán — nộp tại quầy"
    assert any("8.000 đồng" in step and "tại quầy" in step for step in unpaid.next_steps())
    assert not any("lệ phí" in step for step in paid.next_steps())
    assert make_receipt(fee=0, payment="paid").payment == "none"  # nothing to pay is never "paid"
    with pytest.raises(ValueError):
        make_receipt(fee=-1)


def test_documents_say_original_or_copy_and_how_many() -> None:
    papers = (
        ReceivedDocument("Giấy chứng sinh", True, 1),
        ReceivedDocument("Giấy chứng nhận kết hôn", False, 2),
    )
    assert [d.text() for d in make_receipt(documents=papers).documents] == [
        "Giấy chứng sinh (bản chính): 01",
        "Giấy chứng nhận kết hôn (bản sao): 02",
    ]


def test_text_is_normalised_to_nfc() -> None:
    receipt = make_receipt(citizen_name=unicodedata.normalize("NFD", "Nguyễn Thị Hoà"))
    assert receipt.citizen_name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà")
    assert dict(receipt.lines())["Nhận của ông/bà"] == "NGUYỄN THỊ HOÀ"


def test_aware_received_time_prints_in_vietnam_time() -> None:
    receipt = make_receipt(received_at=datetime(2026, 9, 30, 2, 5, tzinfo=UTC))
    assert dict(receipt.lines())["Thời gian nhận hồ sơ"] == "09 giờ 05 phút, ngày 30/09/2026"


def test_delivery_text() -> None:
    assert make_receipt().delivery_text == "Nhận tại Bộ phận Một cửa"
    assert make_receipt(delivery="post").delivery_text == "Gửi qua dịch vụ bưu chính công ích"


@pytest.mark.parametrize("delivery", ["desk", "post"])
def test_next_steps_mention_the_appointment_and_the_cccd(delivery: str) -> None:
    steps = make_receipt(delivery=delivery).next_steps()
    assert 2 <= len(steps) <= 3
    text = " ".join(steps)
    assert "02/10/2026" in text
    assert "Thứ Sáu" in text  # 2 October 2026 is a Friday
    assert "CCCD" in text
    assert "giữ" in text  # keep the slip


def test_official_date_follows_decree_30() -> None:
    assert official_date(date(2026, 9, 30)) == "ngày 30 tháng 9 năm 2026"
    assert official_date(date(2027, 1, 5)) == "ngày 05 tháng 01 năm 2027"
    assert official_date(date(2027, 2, 14)) == "ngày 14 tháng 02 năm 2027"
    assert official_date(date(2026, 12, 1)) == "ngày 01 tháng 12 năm 2026"


# --- where receipt files go (kiosk.receipt.output, no Qt) ---------------------------------------------


def test_receipt_path_is_named_by_dossier_code_only(home_dir: Path) -> None:
    path = receipt_path("000.00.01.H26-260930-0012")
    assert path.name == "bien-nhan-000.00.01.H26-260930-0012.pdf"
    assert path.parent == receipt_folder()
    assert path.parent.name == "Bien nhan DVC"
    assert path.parent.is_dir()
    assert path.is_relative_to(home_dir)


@pytest.mark.parametrize("code", ["Nguyễn Thị Hoà", "001090012345", "../../etc/passwd", ""])
def test_receipt_path_refuses_anything_but_a_dossier_code(code: str) -> None:
    with pytest.raises(ValueError):
        receipt_path(code)
