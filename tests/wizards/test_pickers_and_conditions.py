"""The province picker finds places typed without diacritics; a conditional page comes and goes with
the answer that controls it — both through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from kiosk.domain.form import Form
from kiosk.domain.procedures import load_catalog
from kiosk.ui import theme
from kiosk.wizards.address_input import AddressInput
from kiosk.wizards.dossier_flow import DossierDraft, DossierNavigator, question_view


def test_dong_thap_is_found_from_dong_thap_typed_plainly(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply_theme(qapp, 1080)
    picker = AddressInput("Nơi cư trú", None)
    qtbot.addWidget(picker)
    picker.show()
    type_text(picker.province.filter, "dong thap")
    assert picker.province.visible_names() == ["Tỉnh Đồng Tháp"]
    assert picker.province.selected() is not None  # the one match is chosen: one tap saved
    type_text(picker.commune.filter, "my tho")
    assert any("Mỹ Tho" in name for name in picker.commune.visible_names())
    picker.province.filter.clear()
    type_text(picker.province.filter, "hà nội")
    assert picker.province.visible_names() == ["Thành phố Hà Nội"]


def test_the_father_pages_come_and_go_with_the_answer(qapp: QApplication) -> None:
    procedure = load_catalog()["1.001193"]
    draft = DossierDraft(logged_in=True, account={"full_name": "Đỗ Văn Bình", "id_number": "001160011111"})
    nav = DossierNavigator(draft)
    draft.start(procedure)
    form = draft.form
    assert isinstance(form, Form)
    form.answer("child.birth_date", (date.today() - timedelta(days=3)).strftime("%d/%m/%Y"))
    nav.jump(question_view("father_known"))
    form.answer("father.known", "Không")
    assert nav.forward(draft) == question_view("copies_wanted")
    nav.back()
    form.answer("father.known", "Có")
    assert nav.forward(draft) == question_view("father_name")
    assert "father.full_name" not in form.payload()  # nothing asked yet, nothing sent
