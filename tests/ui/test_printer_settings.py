"""The printer part of the admin's settings panel: pick the office printer and paper, or type a thermal
printer's address; a wrong address is explained and nothing is saved until it is right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Settings, load_settings, save_settings
from kiosk.ui.admin_settings import SettingsPanel, kiosk_settings, printer_settings
from kiosk.ui.printer_messages import printer_problem_text
from tests.qt_helpers import button, type_text, unnamed_controls

INSTALLED = ["Quầy 1 - HP LaserJet", "Canon_LBP2900"]


@pytest.fixture
def screen(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def panel_on(screen: QWidget, installed: list[str] | None = None) -> SettingsPanel:
    names = INSTALLED if installed is None else installed
    settings = kiosk_settings(text_steps=5, default_text_step=1) + printer_settings(lambda: names)
    return SettingsPanel(screen, settings)


def visible_text(panel: SettingsPanel) -> list[str]:
    """The texts a person sees now (the panel hides the settings that do not apply)."""
    texts = []
    for widget in panel.findChildren(QWidget):
        text = getattr(widget, "text", None)
        if widget.isVisible() and callable(text) and isinstance(text(), str):
            texts.append(text())
    return [text for text in texts if text]


def address_box(panel: SettingsPanel) -> QLineEdit:
    boxes = [box for box in panel.findChildren(QLineEdit) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_choosing_an_installed_printer_and_a5(screen: QWidget, qtbot: QtBot) -> None:
    panel = panel_on(screen)
    panel.edit(Settings())
    shown = visible_text(panel)
    assert "Máy in biên nhận" in shown  # the section's heading
    assert "Quầy 1 - HP LaserJet" not in shown  # printer names only once the office printer is chosen
    button(panel, "Máy in văn phòng").click()
    assert {"Quầy 1 - HP LaserJet", "Canon_LBP2900", "Máy in mặc định của máy tính"} <= set(
        visible_text(panel)
    )
    button(panel, "Canon_LBP2900").click()
    button(panel, "Khổ A5").click()
    assert unnamed_controls(panel) == []
    with qtbot.waitSignal(panel.saved) as saved:
        button(panel, "Lưu").click()
    result = saved.args[0]
    assert (result.printer, result.printer_name, result.printer_paper) == ("system", "Canon_LBP2900", "A5")
    assert result.thermal_address is None


def test_the_default_printer_stays_the_default(screen: QWidget, qtbot: QtBot) -> None:
    panel = panel_on(screen)
    panel.edit(Settings(printer="system"))
    assert button(panel, "Máy in mặc định của máy tính").isChecked()
    with qtbot.waitSignal(panel.saved) as saved:
        button(panel, "Lưu").click()
    assert saved.args[0].printer_name is None


def test_a_saved_printer_that_is_gone_is_still_shown(screen: QWidget, qtbot: QtBot) -> None:
    panel = panel_on(screen, installed=[])
    panel.edit(Settings(printer="system", printer_name="Máy cũ"))
    gone = button(panel, "Máy cũ (không thấy máy này)")
    assert gone.isChecked()
    with qtbot.waitSignal(panel.saved) as saved:
        button(panel, "Lưu").click()
    assert saved.args[0].printer_name == "Máy cũ"  # not silently switched to another printer


def test_a_wrong_thermal_address_is_explained_and_not_saved(screen: QWidget, qtbot: QtBot) -> None:
    panel = panel_on(screen)
    panel.edit(Settings())
    button(panel, "Máy in nhiệt 80 mm").click()
    assert "Khổ A4" not in visible_text(panel)  # a roll has no paper size to choose
    with qtbot.assertNotEmitted(panel.saved):
        button(panel, "Lưu").click()  # empty
    assert any("Hãy nhập địa chỉ của máy in nhiệt." in text for text in visible_text(panel))
    box = address_box(panel)
    type_text(box, "192.168.1.50/in")
    with qtbot.assertNotEmitted(panel.saved):
        button(panel, "Lưu").click()
    assert any("Địa chỉ máy in chưa đúng" in text for text in visible_text(panel))
    assert panel.isVisible()
    box.clear()
    type_text(box, "tcp://192.168.1.50:9100")
    with qtbot.waitSignal(panel.saved) as saved:
        button(panel, "Lưu").click()
    assert (saved.args[0].printer, saved.args[0].thermal_address) == ("thermal", "tcp://192.168.1.50:9100")


def test_an_address_left_behind_does_not_block_another_printer(screen: QWidget, qtbot: QtBot) -> None:
    panel = panel_on(screen)
    panel.edit(
        {"printer": "thermal", "thermal_address": "nonsense", "printer_name": None, "printer_paper": "A4"}
    )
    button(panel, "Chỉ lưu tệp PDF").click()
    with qtbot.waitSignal(panel.saved) as saved:
        button(panel, "Lưu").click()
    assert saved.args[0]["printer"] == "pdf"


def test_saved_printer_settings_read_back_from_the_file(tmp_path: Path) -> None:
    path = save_settings(
        Settings(printer="thermal", thermal_address="usb://04b8:0202", printer_paper="A5"),
        tmp_path / "k.toml",
    )
    settings = load_settings(path)
    assert (settings.printer, settings.thermal_address, settings.printer_paper) == (
        "thermal",
        "usb://04b8:0202",
        "A5",
    )


@pytest.mark.parametrize("kind", ["missing", "no_paper", "offline", "failed"])
def test_every_printer_problem_has_plain_words(qapp: object, kind: str) -> None:
    text = printer_problem_text(kind)  # type: ignore[arg-type]
    assert "In lại" in text and "Hồ sơ" in text  # what to do, and that the dossier is safe
