"""A question screen rendered from form-engine fields: the prompt, help, an error, the answer widget."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk import logs
from kiosk.domain.ethnicity import ETHNIC_GROUPS
from kiosk.domain.procedures import Field
from kiosk.domain.text import fold, nfc
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.date_input import DateInput
from kiosk.ui.keyboard import mark_field, mark_search
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.wizards.address_input import AddressInput, TouchList
from kiosk.wizards.reading_order import refresh_reading_order
from kiosk.wizards.texts import input_description, localized, placeholder

SHORT_LIST = 6  # up to this many options are big buttons; more get a list with a filter box


class AnswerInput(QWidget):
    """The widget for one field; `raw()` is what the person gave, for the engine to judge."""

    changed = Signal()
    submitted = Signal()  # Enter in a text box: go on, as "Tiếp tục" does

    def __init__(self, field: Field, text: object) -> None:
        super().__init__()
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.gap())
        self.line: QLineEdit | None = None
        self.group: QButtonGroup | None = None
        self.list: QListWidget | None = None
        self.address: AddressInput | None = None
        self.date: DateInput | None = None
        options = self._options()
        question = localized(field.label)
        if field.type != "address":
            text = "" if text is None else str(text)
        if field.type == "address":
            self.address = AddressInput(question, text)
            self.address.changed.connect(self.changed)
            layout.addWidget(self.address)
        elif field.type == "date":  # day / month / year with big steppers; raw() stays "dd/mm/yyyy"
            this_year = date.today().year
            self.date = DateInput(question, last_year=this_year if field.not_future else this_year + 20)
            self.date.setAccessibleDescription(input_description(field))
            self.date.set_text(str(text))
            self.date.changed.connect(self.changed)
            self.date.submitted.connect(self.submitted)
            layout.addWidget(self.date)
        elif options is None:
            self.line = QLineEdit(str(text))
            self.line.setAccessibleName(question)
            self.line.setAccessibleDescription(input_description(field))
            self.line.setPlaceholderText(placeholder(field.type))
            mark_field(self.line, field.type)  # the digit pad for numbers, letters for names
            self.line.textChanged.connect(self.changed)
            self.line.returnPressed.connect(self.submitted)
            layout.addWidget(self.line)
        elif len(options) <= SHORT_LIST:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            for value, label in options:
                button = BigButton(label, name=f"{question}: {label}", description=tr("Chọn câu trả lời này"))
                button.setCheckable(True)
                button.setProperty("value", value)
                button.setChecked(value == text)
                self.group.addButton(button)
                layout.addWidget(button)
            self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        else:
            self.filter = mark_search(QLineEdit())
            self.filter.setPlaceholderText(tr("Gõ vài chữ để tìm, không cần dấu"))
            self.filter.setAccessibleName(tr("Tìm trong danh sách: {question}", question=question))
            self.filter.setAccessibleDescription(
                tr("Gõ vài chữ để thu gọn danh sách bên dưới, không cần dấu")
            )
            self.list = TouchList()
            self.list.setAccessibleName(question)
            self.list.setAccessibleDescription(tr("Chạm vào một dòng để chọn, hoặc dùng phím mũi tên"))
            for value, label in options:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.list.addItem(item)
                if value == text:
                    self.list.setCurrentItem(item)
            self.list.setMinimumHeight(theme.scale().px(420))
            self.filter.textChanged.connect(self._filter)
            self.list.currentItemChanged.connect(lambda *_: self.changed.emit())
            layout.addWidget(self.filter)
            layout.addWidget(self.list)

    def _options(self) -> list[tuple[str, str]] | None:
        if self.field.type == "choice":
            return [(o.value, localized(o.label)) for o in self.field.options]
        if self.field.type == "yes_no":
            return [("Có", tr("Có")), ("Không", tr("Không"))]
        if self.field.type == "ethnicity":
            return [(code, localized(name)) for code, name in ETHNIC_GROUPS.items()]
        return None

    def _filter(self, text: str) -> None:
        assert self.list is not None
        key = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def raw(self) -> object:
        value = self._raw()
        if self.field.type not in ("choice", "yes_no", "ethnicity"):
            logs.remember_sensitive(value)  # what a person typed never reaches a log line
        return value

    def _raw(self) -> object:
        if self.address is not None:
            return self.address.raw()
        if self.date is not None:
            return self.date.text()
        if self.line is not None:
            return nfc(self.line.text())
        if self.group is not None:
            checked = self.group.checkedButton()
            return checked.property("value") if checked is not None else None
        assert self.list is not None
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def focus_target(self) -> QWidget:
        if self.address is not None:
            return self.address.focus_target()
        if self.date is not None:
            return self.date.focus_target()
        if self.line is not None:
            return self.line
        if self.list is not None:
            return self.filter
        assert self.group is not None
        return self.group.buttons()[0]


class QuestionPage(QWidget):
    """One question per screen: the first field's label is the heading."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, fields: list[Field], texts: Mapping[str, object]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.setContentsMargins(0, 0, theme.scale().px(16), 0)
        self.inputs: dict[str, AnswerInput] = {}
        self.errors: dict[str, ErrorMessage] = {}
        self.labels: dict[str, str] = {}
        # Above everything, when a page with several questions has more than one problem: what to fix.
        self.summary = ErrorMessage()
        layout.addWidget(self.summary)
        for index, field in enumerate(fields):
            label = localized(field.label)
            self.labels[field.id] = label
            layout.addWidget(Heading(label) if index == 0 else Body(label))
            if field.help:
                layout.addWidget(Body(localized(field.help), small=True))
            error = ErrorMessage()
            answer = AnswerInput(field, texts.get(field.id, ""))
            answer.changed.connect(self.changed)
            answer.submitted.connect(self.submitted)
            layout.addWidget(error)
            layout.addWidget(answer)
            self.inputs[field.id] = answer
            self.errors[field.id] = error
        layout.addStretch(1)
        if self.inputs:
            self.setFocusProxy(next(iter(self.inputs.values())).focus_target())

    def add_note(self, text: str) -> None:
        """A line of plain help under the heading, e.g. where a code was sent."""
        self.add_note_widget(Body(text, small=True))

    def add_note_widget(self, widget: QWidget) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, widget)
        refresh_reading_order(self)

    def raw(self, field_id: str) -> object:
        return self.inputs[field_id].raw()

    def show_error(self, field_id: str, message: str, *, focus: bool = True) -> None:
        """Shows an answer's problem above it (a Phrase or a procedure text, shown in the visit's
        language); `focus` puts keyboard focus on the message, so a screen reader reads it first."""
        error = self.errors[field_id]
        error.show_message(localized(message))
        if focus:
            error.setFocus()

    def show_summary(self, field_ids: list[str]) -> None:
        """Several answers need fixing: one message at the top names them all and takes the focus."""
        self.summary.show_message(
            tr(
                "Có {n} chỗ cần sửa: {what}.",
                n=len(field_ids),
                what="; ".join(self.labels[f] for f in field_ids),
            )
        )
        self.summary.setFocus()

    def clear_errors(self) -> None:
        self.summary.clear_message()
        for error in self.errors.values():
            error.clear_message()
