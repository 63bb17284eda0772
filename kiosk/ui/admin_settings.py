"""The admin's settings panel: a form built from a list of `Setting`s, for any dataclass (or mapping).

Each setting is a big − / + stepper (numbers), a row of big choice buttons (palette, on/off, text
size, which printer), or a text box (a thermal printer's address). A setting may start a titled section,
take its choices from a function asked each time the panel opens (the printers installed now), show only
while another setting has some value, and check what was typed.
`edit(values)` opens the panel on the current values; "Lưu" emits `saved` with a copy of them in
which only the listed keys changed (`dataclasses.replace`, or a new dict; a None value — "the default" —
stays None unless the admin changed it) — unless a shown text box holds something wrong: then it says
what, and stays open. "Huỷ" emits `cancelled`; left untouched, it closes with `timed_out` only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, is_dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.phrases import Phrase, phrase
from kiosk.i18n import tr
from kiosk.receipt.address import parse_address
from kiosk.ui import theme
from kiosk.ui.overlay import QUIET_MS, Overlay
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading, button_row

__all__ = ["Setting", "SettingsPanel", "kiosk_settings", "printer_settings", "system_printer_names"]

Options = tuple[tuple[object, Phrase], ...]


@dataclass(frozen=True)
class Setting:
    """One line of the panel. A stepper when `options` is empty, else one button per option."""

    key: str
    label: Phrase
    description: Phrase
    fallback: object  # shown when the value is None (e.g. "the mode's default")
    minimum: int = 0
    maximum: int = 0
    step: int = 1
    shown: Phrase | None = None  # how a stepper's number reads, e.g. phrase("{n} giây"); also gets {total}
    shown_offset: int = 0  # added to the value before it is shown (a step 0 reads "Cỡ 1")
    options: Options = ()
    choices: Callable[[object], Options] | None = None  # options made when the panel opens, from the value
    text: bool = False  # a text box (empty: None)
    check: Callable[[str], Phrase | None] | None = None  # a text box's problem, if any
    hint: Phrase | None = None  # grey text in an empty text box
    shown_when: tuple[str, tuple[object, ...]] | None = None  # (key, values): shown while key has one
    section: Phrase | None = None  # a heading above this setting

    @property
    def kind(self) -> str:
        if self.text:
            return "text"
        return "choice" if self.options or self.choices else "stepper"


def kiosk_settings(
    *, text_steps: int, default_text_step: int, default_idle_seconds: int = 120
) -> tuple[Setting, ...]:
    """The kiosk's four admin settings: idle time, palette, default text size, reading every screen."""
    return (
        Setting(
            "idle_seconds",
            phrase("Thời gian chờ trước khi hỏi"),
            phrase(
                "Sau bấy nhiêu giây không ai chạm vào màn hình, kiosk hỏi người dân có cần thêm thời gian"
            ),
            default_idle_seconds,
            minimum=30,
            maximum=1800,
            step=30,
            shown=phrase("{n} giây"),
        ),
        Setting(
            "palette",
            phrase("Màu màn hình"),
            phrase("Màu thường, hoặc chữ sáng trên nền đen cho người nhìn kém"),
            "normal",
            options=(("normal", phrase("Thường")), ("high_contrast", phrase("Tương phản cao"))),
        ),
        Setting(
            "text_step",
            phrase("Cỡ chữ khi bắt đầu"),
            phrase("Cỡ chữ mỗi lượt người dân mới bắt đầu; cỡ 1 là nhỏ nhất"),
            default_text_step,
            minimum=0,
            maximum=text_steps - 1,
            shown=phrase("Cỡ {n} trên {total}"),
            shown_offset=1,
        ),
        Setting(
            "read_aloud",
            phrase("Tự đọc to mỗi màn hình"),
            phrase("Kiosk tự đọc to nội dung mỗi khi sang màn hình mới"),
            False,
            options=((True, phrase("Bật")), (False, phrase("Tắt"))),
        ),
    )


def system_printer_names() -> list[str]:
    """The printers installed on this computer, as the system names them (CUPS, Windows)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def _check_thermal_address(text: str) -> Phrase | None:
    if not text.strip():
        return phrase("Hãy nhập địa chỉ của máy in nhiệt.")
    try:
        parse_address(text)
    except ValueError:
        return phrase(
            "Địa chỉ máy in chưa đúng. Ví dụ: tcp://192.168.1.50 (máy in mạng), "
            "usb://04b8:0202 (cổng USB) hoặc serial:///dev/ttyUSB0 (cổng COM)."
        )
    return None


def printer_settings(names: Callable[[], Sequence[str]] = system_printer_names) -> tuple[Setting, ...]:
    """The receipt printer: PDF file, a printer installed on the computer (by name; A4 or A5), or an
    80 mm thermal printer (by address). `names` lists the installed printers, asked each time the
    panel opens; the printer saved before stays a choice even while it is not found."""

    def printer_choices(current: object) -> Options:
        found = list(dict.fromkeys(names()))
        options: list[tuple[object, Phrase]] = [(None, phrase("Máy in mặc định của máy tính"))]
        options += [(name, Phrase(name, {})) for name in found]  # a name is shown as the system spells it
        if isinstance(current, str) and current not in found:
            options.append((current, phrase("{name} (không thấy máy này)", name=current)))
        return tuple(options)

    return (
        Setting(
            "printer",
            phrase("In biên nhận bằng"),
            phrase("Máy in dùng để in giấy biên nhận cho người dân"),
            "pdf",
            options=(
                ("system", phrase("Máy in văn phòng")),
                ("thermal", phrase("Máy in nhiệt 80 mm")),
                ("pdf", phrase("Chỉ lưu tệp PDF")),
            ),
            section=phrase("Máy in biên nhận"),
        ),
        Setting(
            "printer_name",
            phrase("Máy in"),
            phrase("Chọn một máy in đã cài trên máy tính này"),
            None,
            choices=printer_choices,
            shown_when=("printer", ("system",)),
        ),
        Setting(
            "printer_paper",
            phrase("Khổ giấy"),
            phrase("Khổ giấy của biên nhận"),
            "A4",
            options=(("A4", phrase("Khổ A4")), ("A5", phrase("Khổ A5"))),
            shown_when=("printer", ("system", "pdf")),
        ),
        Setting(
            "thermal_address",
            phrase("Địa chỉ máy in nhiệt"),
            phrase(
                "Máy in mạng: tcp://địa chỉ IP; cổng USB: usb://mã hãng:mã máy; cổng COM: serial://tên cổng"
            ),
            None,
            text=True,
            check=_check_thermal_address,
            hint=phrase("Ví dụ: tcp://192.168.1.50"),
            shown_when=("printer", ("thermal",)),
        ),
    )


def _read(values: object, key: str) -> object:
    return values.get(key) if isinstance(values, Mapping) else getattr(values, key)


class _Stepper(QWidget):
    def __init__(self, setting: Setting) -> None:
        super().__init__()
        self.setting = setting
        self.value = setting.minimum
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.gap())
        self.minus = BigButton("−")
        self.plus = BigButton("+")
        self.shown = QLabel()
        self.shown.setFont(theme.heading_font())
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setWordWrap(True)  # "120 giây" onto two lines rather than off a narrow screen
        for button, change in ((self.minus, -setting.step), (self.plus, setting.step)):
            button.setFont(theme.heading_font())
            button.setMinimumWidth(theme.scale().px(120))
            button.setAutoRepeat(True)  # holding the button keeps counting
            button.clicked.connect(lambda _=False, change=change: self.set_value(self.value + change))
        row.addWidget(self.minus)
        row.addWidget(self.shown, 1)
        row.addWidget(self.plus)
        self.retranslate()

    def retranslate(self) -> None:
        label = tr(self.setting.label)
        self.minus.setAccessibleName(tr("Giảm: {setting}", setting=label))
        self.plus.setAccessibleName(tr("Tăng: {setting}", setting=label))
        self.minus.setAccessibleDescription(tr("Bớt {n}", n=self.setting.step))
        self.plus.setAccessibleDescription(tr("Thêm {n}", n=self.setting.step))
        self.set_value(self.value)

    def set_value(self, value: object) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else self.setting.minimum
        self.value = min(self.setting.maximum, max(self.setting.minimum, number))
        setting = self.setting
        shown_value = self.value + setting.shown_offset
        total = setting.maximum + setting.shown_offset
        text = tr(setting.shown, n=shown_value, total=total) if setting.shown else str(shown_value)
        self.shown.setText(text)
        self.shown.setAccessibleName(tr("{setting}: {value}", setting=tr(self.setting.label), value=text))
        self.minus.setEnabled(self.value > self.setting.minimum)
        self.plus.setEnabled(self.value < self.setting.maximum)


class _Choice(QWidget):
    changed = Signal()

    def __init__(self, setting: Setting) -> None:
        super().__init__()
        self.setting = setting
        self.options: Options = setting.options
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(theme.gap())
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._toggled)
        self.buttons: list[BigButton] = []
        self._build()

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def _build(self) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        per_row = len(self.options) if len(self.options) <= 3 else 2  # many printers: two a row
        for index, _option in enumerate(self.options):
            button = BigButton("")
            button.setCheckable(True)
            self.group.addButton(button)
            self.buttons.append(button)
            self.grid.addWidget(button, index // per_row, index % per_row)
            button.show()  # at once, also when the panel is already on screen
        self.retranslate()

    def retranslate(self) -> None:
        label = tr(self.setting.label)
        for button, (_value, option) in zip(self.buttons, self.options, strict=True):
            button.setText(tr(option))
            button.setAccessibleName(tr("{setting}: {option}", setting=label, option=tr(option)))
            button.setAccessibleDescription(tr(self.setting.description))

    @property
    def value(self) -> object:
        for button, (value, _label) in zip(self.buttons, self.options, strict=True):
            if button.isChecked():
                return value
        return self.setting.fallback

    def set_value(self, value: object) -> None:
        if self.setting.choices is not None:
            self.options = self.setting.choices(value)
            self._build()
        values = [option for option, _label in self.options]
        chosen = value if value in values else self.setting.fallback
        for button, option in zip(self.buttons, values, strict=True):
            button.setChecked(option == chosen and type(option) is type(chosen))


class _Text(QWidget):
    """A text box, and under it what is wrong with what was typed."""

    changed = Signal()

    def __init__(self, setting: Setting) -> None:
        super().__init__()
        self.setting = setting
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.gap() // 2)
        self.box = QLineEdit()
        # An address: no capital first letter, no word guessing, the keys a web address needs.
        self.box.setInputMethodHints(
            Qt.InputMethodHint.ImhUrlCharactersOnly
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.error = ErrorMessage()
        self.box.textEdited.connect(self._edited)
        column.addWidget(self.box)
        column.addWidget(self.error)
        self.retranslate()

    def _edited(self, _text: str) -> None:
        self.error.clear_message()  # the old message no longer fits what is typed

    def retranslate(self) -> None:
        self.box.setAccessibleName(tr(self.setting.label))
        self.box.setAccessibleDescription(tr(self.setting.description))
        self.box.setPlaceholderText(tr(self.setting.hint) if self.setting.hint else "")

    @property
    def value(self) -> object:
        text = self.box.text().strip()
        return text or None

    def set_value(self, value: object) -> None:
        self.box.setText(value if isinstance(value, str) else "")
        self.error.clear_message()

    def problem(self) -> str:
        """What is wrong with the text, in words (shown under the box); empty when it is fine."""
        found = self.setting.check(self.box.text()) if self.setting.check else None
        if found is None:
            self.error.clear_message()
            return ""
        self.error.show_message(tr(found))
        return tr(found)


Editor = _Stepper | _Choice | _Text


class SettingsPanel(Overlay):
    saved = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, settings: Sequence[Setting], *, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent, quiet_ms=quiet_ms, width_px=1600)
        self.settings = tuple(settings)
        self._values: object = None
        self.title = Heading()
        self.body.addWidget(self.title)
        self.labels: dict[str, Body] = {}
        self.editors: dict[str, Editor] = {}
        self.sections: dict[str, Heading] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(theme.gap() * 2)
        self._grid.setVerticalSpacing(theme.gap())
        for setting in self.settings:
            label = Body()
            editor: Editor
            if setting.kind == "text":
                editor = _Text(setting)
            elif setting.kind == "choice":
                editor = _Choice(setting)
            else:
                editor = _Stepper(setting)
            if isinstance(editor, _Choice | _Text):
                editor.changed.connect(self._show_what_applies)
            label.setBuddy(editor.box if isinstance(editor, _Text) else editor)
            self.labels[setting.key] = label
            self.editors[setting.key] = editor
            if setting.section is not None:
                self.sections[setting.key] = Heading()
        self.body.addLayout(self._grid)
        self.cancel_button = BigButton("")
        self.save_button = BigButton("", primary=True)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.timed_out.connect(self._abandon)  # left alone: closes without going back to the menu
        self.body.addLayout(button_row(self.cancel_button, self.save_button))
        self.retranslate()

    def arrange(self, wide: bool) -> None:
        """Wide: each setting's name beside its buttons. Tall: the name above them."""
        for setting in self.settings:
            for widget in (
                self.labels[setting.key],
                self.editors[setting.key],
                self.sections.get(setting.key),
            ):
                if widget is not None:
                    self._grid.removeWidget(widget)
        row = 0
        for setting in self.settings:
            section = self.sections.get(setting.key)
            if section is not None:
                self._grid.addWidget(section, row, 0, 1, 2 if wide else 1)
                row += 1
            if wide:
                self._grid.addWidget(self.labels[setting.key], row, 0)
                self._grid.addWidget(self.editors[setting.key], row, 1)
                row += 1
            else:
                self._grid.addWidget(self.labels[setting.key], row, 0)
                self._grid.addWidget(self.editors[setting.key], row + 1, 0)
                row += 2
        self._grid.setColumnStretch(1, 1 if wide else 0)
        self.set_content_width(1600 if wide else 1000)
        self._show_what_applies()

    def shown(self, key: str) -> bool:
        """Whether the setting `key` applies to the values on screen now (e.g. the printer's name only
        when the office printer is chosen)."""
        setting = next(s for s in self.settings if s.key == key)
        if setting.shown_when is None:
            return True
        other, values = setting.shown_when
        return other not in self.editors or self.editors[other].value in values

    def _show_what_applies(self) -> None:
        for setting in self.settings:
            visible = self.shown(setting.key)
            self.labels[setting.key].setVisible(visible)
            self.editors[setting.key].setVisible(visible)

    def retranslate(self) -> None:
        self.title.setText(tr("Cài đặt kiosk"))
        for setting in self.settings:
            self.labels[setting.key].setText(tr(setting.label))
            self.labels[setting.key].setAccessibleName(tr(setting.label))
            self.labels[setting.key].setAccessibleDescription(tr(setting.description))
            self.editors[setting.key].retranslate()
            if setting.section is not None:
                self.sections[setting.key].setText(tr(setting.section))
        for button, text, description in (
            (self.cancel_button, tr("Huỷ"), tr("Không lưu thay đổi, quay lại menu quản trị")),
            (self.save_button, tr("Lưu"), tr("Lưu các cài đặt này và dùng ngay")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)

    def edit(self, values: object) -> None:
        """Opens the panel showing `values` (a dataclass or a mapping)."""
        self._values = values
        for setting in self.settings:
            value = _read(values, setting.key)
            self.editors[setting.key].set_value(setting.fallback if value is None else value)
        self.retranslate()
        self._show_what_applies()
        self.open()
        self.save_button.setFocus()

    def current(self) -> dict[str, Any]:
        """The values as shown now, by key."""
        return {key: editor.value for key, editor in self.editors.items()}

    def save(self) -> None:
        for setting in self.settings:  # something wrong in a text box that applies: say so, stay open
            editor = self.editors[setting.key]
            if isinstance(editor, _Text) and self.shown(setting.key) and editor.problem():
                editor.box.setFocus()
                return
        values = self._values
        edited = self.current()
        for setting in self.settings:  # an untouched "default" (None) stays a default
            if (
                values is not None
                and _read(values, setting.key) is None
                and edited[setting.key] == setting.fallback
            ):
                edited[setting.key] = None
        result: object
        if is_dataclass(values) and not isinstance(values, type):
            result = replace(values, **edited)
        elif isinstance(values, Mapping):
            result = {**values, **edited}
        else:
            result = edited
        self._values = None
        self.close_overlay()
        self.saved.emit(result)

    def _abandon(self) -> None:
        self._values = None
        self.close_overlay()

    def cancel(self) -> None:
        self._values = None
        self.close_overlay()
        self.cancelled.emit()
