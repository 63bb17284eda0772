"""The admin's settings panel: a form built from a list of `Setting`s, for any dataclass (or mapping).

Each setting is a big − / + stepper (numbers) or a row of big choice buttons (palette, on/off, text
size). `edit(values)` opens the panel on the current values; "Lưu" emits `saved` with a copy of them in
which only the listed keys changed (`dataclasses.replace`, or a new dict; a None value — "the default" —
stays None unless the admin changed it), "Huỷ" emits `cancelled`;
left untouched, it closes with `timed_out` only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, is_dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.domain.phrases import Phrase, phrase
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.overlay import QUIET_MS, Overlay
from kiosk.ui.widgets import BigButton, Body, Heading, button_row

__all__ = ["Setting", "SettingsPanel", "kiosk_settings"]


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
    options: tuple[tuple[object, Phrase], ...] = ()


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
    def __init__(self, setting: Setting) -> None:
        super().__init__()
        self.setting = setting
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.gap())
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[BigButton] = []
        for _value, _label in setting.options:
            button = BigButton("")
            button.setCheckable(True)
            self.group.addButton(button)
            self.buttons.append(button)
            row.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        label = tr(self.setting.label)
        for button, (_value, option) in zip(self.buttons, self.setting.options, strict=True):
            button.setText(tr(option))
            button.setAccessibleName(tr("{setting}: {option}", setting=label, option=tr(option)))
            button.setAccessibleDescription(tr(self.setting.description))

    @property
    def value(self) -> object:
        for button, (value, _label) in zip(self.buttons, self.setting.options, strict=True):
            if button.isChecked():
                return value
        return self.setting.fallback

    def set_value(self, value: object) -> None:
        values = [option for option, _label in self.setting.options]
        chosen = value if value in values else self.setting.fallback
        for button, option in zip(self.buttons, values, strict=True):
            button.setChecked(option == chosen and type(option) is type(chosen))


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
        self.editors: dict[str, _Stepper | _Choice] = {}
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(theme.gap() * 2)
        self._grid.setVerticalSpacing(theme.gap())
        for setting in self.settings:
            label = Body()
            editor: _Stepper | _Choice = _Choice(setting) if setting.options else _Stepper(setting)
            label.setBuddy(editor)
            self.labels[setting.key] = label
            self.editors[setting.key] = editor
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
            self._grid.removeWidget(self.labels[setting.key])
            self._grid.removeWidget(self.editors[setting.key])
        for row, setting in enumerate(self.settings):
            if wide:
                self._grid.addWidget(self.labels[setting.key], row, 0)
                self._grid.addWidget(self.editors[setting.key], row, 1)
            else:
                self._grid.addWidget(self.labels[setting.key], row * 2, 0)
                self._grid.addWidget(self.editors[setting.key], row * 2 + 1, 0)
        self._grid.setColumnStretch(1, 1 if wide else 0)
        self.set_content_width(1600 if wide else 1000)

    def retranslate(self) -> None:
        self.title.setText(tr("Cài đặt kiosk"))
        for setting in self.settings:
            self.labels[setting.key].setText(tr(setting.label))
            self.labels[setting.key].setAccessibleName(tr(setting.label))
            self.labels[setting.key].setAccessibleDescription(tr(setting.description))
            self.editors[setting.key].retranslate()
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
        self.open()
        self.save_button.setFocus()

    def current(self) -> dict[str, Any]:
        """The values as shown now, by key."""
        return {key: editor.value for key, editor in self.editors.items()}

    def save(self) -> None:
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
