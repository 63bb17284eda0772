"""Drives the kiosk's screens the way a person at the kiosk does, for the journey tests."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot
from qt_helpers import button, buttons, type_text, unnamed_controls

from kiosk.app import Kiosk
from kiosk.domain.procedures import Field
from kiosk.portal.client import PortalClient
from kiosk.portal.models import AccountCreate
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.question_page import AnswerInput, QuestionPage

WAIT_MS = 15_000


def register_citizen(
    portal_url: str,
    number: str,
    password: str,
    *,
    full_name: str = "Đỗ Văn Bình",
    birth_date: date = date(1960, 1, 2),
    phone: str = "0987654321",
) -> None:
    """A verified account on the sandbox portal (the OTP comes from its demo answer)."""
    with PortalClient(portal_url) as client:
        created = client.create_account(
            AccountCreate(
                id_number=number, full_name=full_name, birth_date=birth_date, phone=phone, password=password
            )
        )
        assert created.demo_otp is not None
        client.verify_account(created.account_id, created.demo_otp)


SAME_ADDRESS = "same as the requester"  # an address answer: tap "Cùng địa chỉ với người đi đăng ký"


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
        answer = page.inputs[field_id]
        if answer.date is not None:  # a date: typed into the day box, "dd/mm/yyyy" flows on to the others
            answer.date.clear()
            type_text(answer.date.day, self.text(value))
        else:
            assert answer.line is not None
            answer.line.clear()
            type_text(answer.line, self.text(value))
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


def tap_row(items: QListWidget, item: QListWidgetItem) -> None:
    """Taps a row of a list, as a finger does (a click on the row, not a call that selects it)."""
    items.scrollToItem(item)
    QApplication.processEvents()
    QTest.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(item).center())
    assert items.currentItem() is item, f"the tap on {item.text()!r} did not choose it"


def first_shown(items: QListWidget) -> QListWidgetItem:
    shown = [items.item(i) for i in range(items.count()) if not items.item(i).isHidden()]
    assert shown, f"nothing left in the list {items.accessibleName()!r}"
    return shown[0]


def value_for(field: Field, values: Mapping[str, object]) -> object:
    """What to answer: by field id, else by the id's last part (".birth_date"), else by type."""
    for key in (field.id, "." + field.id.rpartition(".")[2], field.type):
        if key in values:
            return values[key]
    return None


def answer_current_page(person: Person, values_by_type: Mapping[str, object]) -> dict[str, object]:
    """Answers every question on the screen through its widgets, then taps "Tiếp tục".

    `values_by_type` maps a field type ("date"), an id's last part (".birth_date") or a field id
    ("child.birth_date") to the answer, the most specific first:
    - a text box: the text to type (missing or None: keep what the screen pre-filled);
    - buttons (a choice, Có/Không): the label or the option value of the one to tap (missing: keep the
      one already chosen, else the first);
    - a long list (ethnic groups): words to type into its filter, then the first row is tapped
      (missing: keep the row already chosen, else tap the first);
    - an address: (province filter, commune filter, street), the first row of each list tapped (an
      empty filter: the first row of the list as it opens); or
      SAME_ADDRESS to tap "cùng địa chỉ với người đi đăng ký" where the screen offers it (that tap
      goes on by itself).
    Returns field id -> what was typed or chosen (the label or the row's text).
    """
    page = person.page
    assert isinstance(page, QuestionPage), type(page)
    entered: dict[str, object] = {}
    for field_id, answer in page.inputs.items():
        value = value_for(answer.field, values_by_type)
        if answer.address is not None and value == SAME_ADDRESS:
            same = f"{answer.field.label}: cùng địa chỉ với người đi đăng ký"
            if len(page.inputs) == 1 and any(b.accessibleName() == same for b in buttons(page)):
                person.tap(same)
                entered[field_id] = SAME_ADDRESS
                return entered
            value = values_by_type.get("address")
        entered[field_id] = _enter(person, answer, value)
    person.tap("Tiếp tục")
    return entered


def _enter(person: Person, answer: AnswerInput, value: object) -> object:
    field = answer.field
    if answer.date is not None:  # typed into the day box, "dd/mm/yyyy" flows on to month and year
        if value is None:
            return answer.date.text()
        answer.date.clear()
        type_text(answer.date.day, person.text(str(value)))
        return value
    if answer.line is not None:
        if value is None:
            return answer.line.text()
        answer.line.clear()
        type_text(answer.line, person.text(str(value)))
        return value
    if answer.group is not None:
        chosen = answer.group.checkedButton()
        if value is None and chosen is not None:
            return chosen.text()
        options = answer.group.buttons()
        if value is None:
            wanted = options[0]
        else:
            matching = [b for b in options if value in (b.text(), b.property("value"))]
            assert matching, f"{field.id}: no answer {value!r} among {[b.text() for b in options]}"
            wanted = matching[0]
        person.tap(f"{field.label}: {wanted.text()}")
        return wanted.text()
    if answer.list is not None:
        current = answer.list.currentItem()
        if value is None and current is not None:
            return current.text()
        if value is not None:
            type_text(answer.filter, person.text(str(value)))
        row = first_shown(answer.list)
        tap_row(answer.list, row)
        return row.text()
    address = answer.address
    assert address is not None and isinstance(value, tuple), (field.id, value)
    province, commune, street = value
    for picker, query in ((address.province, province), (address.commune, commune)):
        if query:  # else the first row of the whole list, as it first shows
            type_text(picker.filter, query)
        tap_row(picker.list, first_shown(picker.list))
    address.street.clear()
    type_text(address.street, person.text(street))
    return (address.province.list.currentItem().text(), address.commune.list.currentItem().text(), street)


def add_every_paper(person: Person, file_for: Callable[[str], Path]) -> dict[str, Path]:
    """On the checklist, adds a file to every document card shown (needed or optional) with its
    "Chọn tệp" button, waits until each is read and made small, then taps "Tiếp tục".

    `file_for(attachment id)` is the file the person picks in the file dialog. Returns id -> file.
    """
    page = person.page
    assert isinstance(page, AttachmentsPage), type(page)
    added: dict[str, Path] = {}
    for attachment_id, card in page.cards.items():
        added[attachment_id] = file_for(attachment_id)
        page.choose_files = lambda path=added[attachment_id]: [path]  # what the file dialog returns
        person.tap(f"Chọn tệp cho {card.need.name}")
        person.qtbot.waitUntil(
            lambda card=card: (not card.pending and bool(card.documents)) or bool(card.error.message),
            timeout=WAIT_MS,
        )
        assert card.documents and not card.error.message, card.error.message
    person.tap("Tiếp tục")
    return added
