"""Drives the kiosk's screens the way a person at the kiosk does, for the journey tests."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, buttons, type_text, unnamed_controls

from kiosk.app import Kiosk
from kiosk.wizards.question_page import QuestionPage

WAIT_MS = 15_000


class Person:
    """Drives the kiosk's screen the way a person at the kiosk does."""

    def __init__(self, kiosk: Kiosk, qtbot: QtBot, form: str) -> None:
        self.kiosk, self.qtbot, self.form = kiosk, qtbot, form

    def text(self, value: str) -> str:
        return unicodedata.normalize(self.form, value)

    @property
    def screen(self):  # type: ignore[no-untyped-def]
        return self.kiosk.shell.screen_widget

    @property
    def page(self):  # type: ignore[no-untyped-def]
        return self.screen.frame.page()

    def tap(self, name: str) -> None:
        """Checks the screen as a person meets it, then presses the button they read."""
        shell = self.kiosk.shell
        assert unnamed_controls(shell) == []  # a screen reader can name every control
        QApplication.processEvents()  # let the layout settle, as it has before a finger arrives
        small = [(b.text(), b.height()) for b in buttons(shell) if b.height() < 72]
        assert small == []  # every touch target at least 72 px tall at 1920x1080
        button(shell, name).click()

    def wait_for(self, kind: type) -> None:
        self.qtbot.waitUntil(lambda: isinstance(self.page, kind), timeout=WAIT_MS)

    def answer(self, field_id: str, value: str, then: str = "Tiếp tục") -> None:
        """Types into the current question and presses the button that goes on."""
        page = self.page
        assert isinstance(page, QuestionPage), type(page)
        line = page.inputs[field_id].line
        assert line is not None
        line.clear()
        type_text(line, self.text(value))
        self.tap(then)

    def pick_address(self, field_id: str, province: str, commune: str, street: str) -> None:
        """Finds the province and the commune by typing without diacritics, then types the street."""
        page = self.page
        assert isinstance(page, QuestionPage), type(page)
        address = page.inputs[field_id].address
        assert address is not None
        type_text(address.province.filter, province)
        assert address.province.visible_names()[0] == "Thành phố Hà Nội"
        address.province.list.setCurrentRow(0)
        type_text(address.commune.filter, commune)
        address.commune.list.setCurrentRow(0)
        type_text(address.street, self.text(street))
        self.tap("Tiếp tục")

    def choose(self, label: str) -> None:
        page = self.page
        assert isinstance(page, QuestionPage)
        question = next(iter(page.inputs.values())).field.label
        self.tap(f"{question}: {label}")
        self.tap("Tiếp tục")

    def heading(self) -> str:
        page = self.page
        assert isinstance(page, QuestionPage)
        return next(iter(page.inputs.values())).field.label

    def error(self, field_id: str) -> str:
        page = self.page
        assert isinstance(page, QuestionPage)
        return str(page.errors[field_id].message)
