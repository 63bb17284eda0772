"""The summary says kindly when a birth is registered late, and what the fee is."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.domain.form import Form
from kiosk.domain.procedures import load_catalog
from kiosk.ui import theme
from kiosk.wizards.review_page import ReviewPage, money_text

HOME = {"province": 1, "commune": 4, "street": "Số 5 ngõ 12"}


def birth_form(born: date, copies: int) -> Form:
    form = Form(load_catalog()["1.001193"], account={"full_name": "Đỗ Văn Bình", "id_number": "001160011111"})
    for field_id, value in {
        "requester.residence": HOME,
        "child.birth_date": born.strftime("%d/%m/%Y"),
        "copies.wanted": "Có",
        "copies.count": str(copies),
    }.items():
        assert form.answer(field_id, value).ok, field_id
    return form


def shown(page: ReviewPage) -> set[str]:
    return {label.accessibleName() for label in page.findChildren(QLabel)} | {
        label.text() for label in page.findChildren(QLabel)
    }


def test_a_late_birth_registration_is_said_kindly_with_the_fee(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply_theme(qapp, 1080)
    form = birth_form(date.today() - timedelta(days=90), copies=2)
    page = ReviewPage(
        form.review(), "Nhận tại Bộ phận Một cửa", notices=form.notices(), fee_lines=form.fee().lines
    )
    qtbot.addWidget(page)
    texts = shown(page)
    assert any("60 ngày" in t for t in texts), texts  # the kind notice about the deadline
    assert any("(đăng ký muộn)" in t for t in texts)
    assert "Theo mức tỉnh quy định (cán bộ sẽ báo)" in texts  # the province sets the late fee
    assert "Bản sao trích lục (2 bản)" in texts


def test_on_time_is_free_and_says_so(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply_theme(qapp, 1080)
    form = birth_form(date.today() - timedelta(days=3), copies=1)
    page = ReviewPage(
        form.review(), "Nhận tại Bộ phận Một cửa", notices=form.notices(), fee_lines=form.fee().lines
    )
    qtbot.addWidget(page)
    texts = shown(page)
    assert "Miễn phí" in texts
    assert not any("60 ngày" in t for t in texts)
    assert money_text(8000) == "8.000 đồng"
