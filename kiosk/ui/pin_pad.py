"""The admin PIN prompt: a big digit pad over the whole window; dots, never digits, show what was typed.

The PIN is checked off the GUI thread (keyring over D-Bus, then scrypt). Wrong PINs get a plain message
and the number of tries left; after too many, the pad waits ("Thử lại sau 30 giây"). With no PIN on the
machine the prompt says how to set one and offers only "Đóng" — except in demo mode (`demo_pin`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.admin_pin import MAX_DIGITS, AdminPin, PinCheck, Verdict, check_pin_format
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.overlay import QUIET_MS, Overlay
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading, button_row
from kiosk.ui.worker import run_in_background

__all__ = ["SET_PIN_COMMAND", "PinPrompt"]

SET_PIN_COMMAND = "python -m kiosk --set-admin-pin"
_PAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0")


class PinPrompt(Overlay):
    accepted = Signal()
    cancelled = Signal()

    def __init__(
        self, parent: QWidget, admin_pin: AdminPin, *, demo_pin: str | None = None, quiet_ms: int = QUIET_MS
    ) -> None:
        super().__init__(parent, quiet_ms=quiet_ms, width_px=760)
        self.admin_pin = admin_pin
        self.demo_pin = demo_pin
        self._digits: list[str] = []
        self._asked = 0  # answers for an earlier opening (or a cancelled check) are dropped
        self._wide = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = Heading()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = Body()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel()
        font = theme.heading_font()
        font.setPixelSize(theme.text_px(64))
        self.dots.setFont(font)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(theme.scale().px(90))
        self.error = ErrorMessage()
        self.pad = QWidget()
        grid = QGridLayout(self.pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.gap())
        self.keys: dict[str, BigButton] = {}
        for index, key in enumerate(_PAD):
            button = BigButton(key)
            button.setFont(theme.heading_font())
            button.setMinimumWidth(theme.scale().px(160))
            button.clicked.connect(lambda _=False, key=key: self.press(key))
            self.keys[key] = button
            grid.addWidget(button, index // 3, index % 3)
        self.cancel_button = BigButton("")
        self.confirm_button = BigButton("", primary=True)
        self.close_button = BigButton("")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.cancel)
        self.confirm_button.clicked.connect(self.confirm)
        self.timed_out.connect(self.cancel)
        self.info = QWidget()
        info = QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(theme.gap())
        for widget in (self.title, self.note, self.dots, self.error):
            info.addWidget(widget)
        info.addStretch(1)
        self.choices = QWidget()
        row = button_row(self.cancel_button, self.confirm_button, self.close_button)
        row.setContentsMargins(0, 0, 0, 0)
        self.choices.setLayout(row)
        self._split = QGridLayout()
        self._split.setSpacing(theme.gap())
        self.body.addLayout(self._split)
        self._place()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Nhập mã PIN quản trị"))
        self.setAccessibleName(tr("Nhập mã PIN quản trị"))  # it takes the keys of a physical keyboard
        self.setAccessibleDescription(tr("Gõ các chữ số của mã PIN rồi bấm Xác nhận"))
        for key, button in self.keys.items():
            if key == "⌫":
                button.setAccessibleName(tr("Xoá số vừa nhập"))
                button.setAccessibleDescription(tr("Xoá chữ số cuối cùng của mã PIN"))
            else:
                button.setAccessibleName(tr("Số {digit}", digit=key))
                button.setAccessibleDescription(tr("Nhập chữ số {digit}", digit=key))
        for button, text, description in (
            (self.cancel_button, tr("Huỷ"), tr("Không mở menu quản trị, quay lại màn hình trước")),
            (self.confirm_button, tr("Xác nhận"), tr("Kiểm tra mã PIN vừa nhập")),
            (self.close_button, tr("Đóng"), tr("Quay lại màn hình trước")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
        self._show_dots()

    def arrange(self, wide: bool) -> None:
        self._wide = wide
        self._place()

    def _place(self) -> None:
        """Wide, with the pad: what to do and its buttons on the left, the pad on the right; else a column."""
        for widget in (self.info, self.pad, self.choices):
            self._split.removeWidget(widget)
        if self._wide and not self.pad.isHidden():
            self.set_content_width(1500)
            self._split.addWidget(self.info, 0, 0)
            self._split.addWidget(self.choices, 1, 0, Qt.AlignmentFlag.AlignBottom)
            self._split.addWidget(self.pad, 0, 1, 2, 1)
            self._split.setColumnStretch(1, 1)
            self._split.setHorizontalSpacing(theme.gap() * 2)
        else:
            self.set_content_width(760)
            self._split.addWidget(self.info, 0, 0)
            self._split.addWidget(self.pad, 1, 0)
            self._split.addWidget(self.choices, 2, 0)
            self._split.setColumnStretch(1, 0)
        self._split.setColumnStretch(0, 1)

    # -- opening and closing ------------------------------------------------------------------------

    def open(self) -> None:
        """Shows the prompt; first finds out (off the GUI thread) whether a PIN is set."""
        self._forget()
        self.error.clear_message()
        self.retranslate()
        self._show_entry(enabled=False)
        self.note.setText(tr("Đang kiểm tra…"))
        super().open()
        self.setFocus()
        self._asked += 1
        asked = self._asked
        run_in_background(
            self.admin_pin.is_set,
            lambda is_set: self._ready(asked, bool(is_set)),
            lambda exc: self._failed(asked),
            owner=self,
        )

    def cancel(self) -> None:
        self._close()
        self.cancelled.emit()

    def _close(self) -> None:
        self._asked += 1
        self._tick.stop()
        self._forget()
        self.error.clear_message()
        self.close_overlay()

    def _forget(self) -> None:
        self._digits.clear()
        self._show_dots()

    def _ready(self, asked: int, is_set: bool) -> None:
        if asked != self._asked:
            return
        if not is_set and not self.demo_pin:
            self._show_no_pin()
            return
        if is_set:
            self.note.setText(tr("Chỉ dành cho cán bộ quản lý kiosk."))
        else:
            self.note.setText(
                tr("Chế độ thử nghiệm: máy chưa có mã PIN riêng, dùng mã {pin}.", pin=self.demo_pin)
            )
        self._show_entry(enabled=True)
        if self.admin_pin.locked_for():
            self._locked(self.admin_pin.locked_for())

    def _show_entry(self, *, enabled: bool) -> None:
        self.title.setText(tr("Nhập mã PIN quản trị"))
        for widget in (self.dots, self.pad, self.cancel_button, self.confirm_button):
            widget.show()
        self.close_button.hide()
        self._place()
        self.pad.setEnabled(enabled)
        self.confirm_button.setEnabled(enabled)
        if enabled:
            self.keys["1"].setFocus()

    def _show_no_pin(self) -> None:
        self.title.setText(tr("Máy này chưa có mã PIN quản trị"))
        self.note.setText(
            tr(
                "Cán bộ kỹ thuật đặt mã PIN bằng lệnh sau, chạy trên máy này, rồi mở lại kiosk: {command}",
                command=SET_PIN_COMMAND,
            )
        )
        for widget in (self.dots, self.pad, self.cancel_button, self.confirm_button):
            widget.hide()
        self.close_button.show()
        self._place()
        self.close_button.setFocus()

    def _failed(self, asked: int) -> None:
        if asked != self._asked:
            return
        self.title.setText(tr("Không kiểm tra được mã PIN"))
        self.note.setText(tr("Không đọc được kho khóa bảo mật của máy. Vui lòng báo cán bộ kỹ thuật."))
        for widget in (self.dots, self.pad, self.cancel_button, self.confirm_button):
            widget.hide()
        self.close_button.show()
        self._place()
        self.close_button.setFocus()

    # -- typing -------------------------------------------------------------------------------------

    def press(self, key: str) -> None:
        """A key of the pad: a digit, or ⌫ to take the last one back."""
        if not self.pad.isEnabled():
            return
        if key == "⌫":
            if self._digits:
                self._digits.pop()
        elif key.isdigit() and len(self._digits) < MAX_DIGITS:
            self._digits.append(key)
        self.error.clear_message()
        self._show_dots()

    def _show_dots(self) -> None:
        count = len(self._digits)
        self.dots.setText(" ".join("●" * count) if count else "")
        self.dots.setAccessibleName(tr("Đã nhập {n} chữ số", n=count))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A physical keyboard works too: digits, Backspace, Enter."""
        text = event.text()
        if len(text) == 1 and text in "0123456789":
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.confirm_button.isVisible():
            self.confirm()
        else:
            super().keyPressEvent(event)

    # -- checking -----------------------------------------------------------------------------------

    def confirm(self) -> None:
        if not self.pad.isEnabled():
            return
        pin = "".join(self._digits)
        self._forget()
        problem = check_pin_format(pin)
        if problem is not None:
            self.error.show_message(tr(problem))
            return
        self.pad.setEnabled(False)
        self.confirm_button.setEnabled(False)
        self._asked += 1
        asked = self._asked
        admin_pin, demo_pin = self.admin_pin, self.demo_pin
        run_in_background(
            lambda: admin_pin.check(pin, demo_pin=demo_pin),
            lambda result: self._checked(asked, result),
            lambda exc: self._failed(asked),
            owner=self,
        )

    def _checked(self, asked: int, result: PinCheck) -> None:
        if asked != self._asked:
            return
        if result.verdict is Verdict.ACCEPTED:
            self._close()
            self.accepted.emit()
            return
        if result.verdict is Verdict.NOT_SET:
            self._show_no_pin()
            return
        self._show_entry(enabled=True)
        if result.verdict is Verdict.LOCKED_OUT:
            self._locked(result.wait_seconds)
        else:
            self.error.show_message(
                tr("Mã PIN không đúng. Bạn còn {n} lần thử.", n=result.tries_left)
                if result.tries_left > 1
                else tr("Mã PIN không đúng. Bạn còn 1 lần thử, sau đó phải chờ một lúc.")
            )

    def _locked(self, seconds: int) -> None:
        self.pad.setEnabled(False)
        self.confirm_button.setEnabled(False)
        self.error.show_message(tr("Nhập sai quá nhiều lần. Thử lại sau {n} giây.", n=seconds))
        self.cancel_button.setFocus()
        self._tick.start()

    def _count_down(self) -> None:
        left = self.admin_pin.locked_for()
        if left > 0:
            self.error.show_message(tr("Nhập sai quá nhiều lần. Thử lại sau {n} giây.", n=left))
            return
        self._tick.stop()
        self.error.clear_message()
        self._show_entry(enabled=True)
