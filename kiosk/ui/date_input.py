"""A date as day / month / year: three big boxes, each with big "−" and "+" beside it, never a calendar.

Each box takes digits from the digit pad or a keyboard. Typing flows on: a full box (two digits for the
day and the month, four for the year) or a separator ("/", ".", "-", a space) moves on to the next box,
so "05/09/1956", "5/9/1956" or "05091956" typed into the day box fills all three. The steppers count
round (31 → 1 for the day, 12 → 1 for the month), keep the year within the caller's range and keep the
day within the month's length when the month or the year is stepped.

`text()` is the answer as dd/mm/yyyy, what kiosk.domain.dates.parse_date reads, so the form engine
judges it exactly as it judged a typed date; a typed day the month does not have (31/02) is left for
the engine to explain, not changed behind the person's back. The boxes start empty: no date is
offered that a person might accept without reading it.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.dates import MIN_YEAR, DateProblem, parse_date
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.keyboard import mark_digits
from kiosk.ui.widgets import BigButton, Body

__all__ = ["DateInput"]

SEPARATORS = frozenset("/.-, ")
DIGITS = frozenset("0123456789")
STEPPER_PX = 96  # the "−" and "+" squares (touch targets are at least 72 px)
REPEAT_DELAY_MS = 700  # holding a stepper counts on, but only after a deliberate hold
REPEAT_INTERVAL_MS = 120


def days_in_month(month: int | None, year: int | None) -> int:
    """The last day of the month; 31 while the month is unknown, 29 for February of an unknown year."""
    if month is None or not 1 <= month <= 12:
        return 31
    if month == 2 and (year is None or not 1 <= year <= 9999):
        return 29
    return calendar.monthrange(year or 2000, month)[1]


def _split(text: str, size: int) -> tuple[str, str, bool]:
    """(this box's digits, what flows on to the next box, whether a separator closed this box)."""
    digits = ""
    for index, char in enumerate(text):
        if len(digits) == size:
            rest = text[index:]
            if rest[0] in SEPARATORS:  # "05/…": the separator right after a full box closes it
                return digits, rest[1:], True
            return digits, rest, False
        if char in DIGITS:
            digits += char
        elif char in SEPARATORS and digits:
            return digits, text[index + 1 :], True
        # a separator before any digit, or anything else (letters), is dropped
    return digits, "", False


class DatePartBox(QLineEdit):
    """One part of the date in big digits. Reaching it (a tap, Tab, the box before filling up) selects
    what it holds, so typing replaces it."""

    back_out = Signal()  # Backspace in an empty box: back to the box before

    def __init__(self, size: int, name: str, description: str) -> None:
        super().__init__()
        self.digits = size
        self._select_on_release = False
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(theme.heading_font())
        mark_digits(self)
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        padding = 2 * (theme.scale().px(theme.FIELD_PAD_X_PX) + theme.scale().px(theme.BORDER_PX))
        self.setMinimumWidth(metrics.horizontalAdvance("0" * (self.digits + 1)) + padding)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # A−/A+: the box grows with its digits
            self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            self._select_on_release = True  # the press itself places the cursor: select after it
        else:
            self.selectAll()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():
                self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.back_out.emit()
            return
        super().keyPressEvent(event)

    def number(self) -> int | None:
        text = self.text()
        return int(text) if text and all(c in DIGITS for c in text) else None


class _Part(QWidget):
    """A label above "−" [box] "+"."""

    def __init__(self, label: str, box: DatePartBox, less: BigButton, more: BigButton) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.scale().px(8))
        title = Body(label)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setBuddy(box)
        column.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(theme.gap())
        row.addWidget(less)
        row.addWidget(box, 1)
        row.addWidget(more)
        column.addLayout(row)


class DateInput(QWidget):
    """Day / month / year with big steppers; `text()` is "dd/mm/yyyy" ("" while nothing is given)."""

    changed = Signal()
    submitted = Signal()  # Enter once every part is given: go on, as "Tiếp tục" does

    def __init__(
        self,
        question: str = "",
        *,
        first_year: int = MIN_YEAR,
        last_year: int | None = None,
        start_year: int | None = None,
        value: date | None = None,
    ) -> None:
        super().__init__()
        self.first_year = first_year
        self.last_year = last_year if last_year is not None else date.today().year
        if self.last_year < self.first_year:
            raise ValueError("last_year is before first_year")
        self.start_year = min(max(start_year or self.last_year, self.first_year), self.last_year)
        self._quiet = False
        about = f"{question}: " if question else ""
        self.setAccessibleName(question or tr("Ngày tháng năm"))
        self.day = DatePartBox(2, tr("Ngày"), about + tr("Ngày trong tháng, từ 1 đến 31"))
        self.month = DatePartBox(2, tr("Tháng"), about + tr("Tháng, từ 1 đến 12"))
        self.year = DatePartBox(4, tr("Năm"), about + tr("Năm, bốn chữ số, ví dụ 1956"))
        self.boxes = (self.day, self.month, self.year)
        self.steppers: dict[DatePartBox, tuple[BigButton, BigButton]] = {
            self.day: (
                self._stepper(
                    "−", tr("Bớt một ngày"), about + tr("Ngày trước đó; trước ngày 1 là ngày cuối tháng")
                ),
                self._stepper(
                    "+", tr("Thêm một ngày"), about + tr("Ngày kế tiếp; sau ngày cuối tháng là ngày 1")
                ),
            ),
            self.month: (
                self._stepper(
                    "−", tr("Bớt một tháng"), about + tr("Tháng trước đó; trước tháng 1 là tháng 12")
                ),
                self._stepper(
                    "+", tr("Thêm một tháng"), about + tr("Tháng kế tiếp; sau tháng 12 là tháng 1")
                ),
            ),
            self.year: (
                self._stepper("−", tr("Bớt một năm"), about + tr("Năm trước đó")),
                self._stepper("+", tr("Thêm một năm"), about + tr("Năm kế tiếp")),
            ),
        }
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.gap() * 2)
        self.parts: list[_Part] = []
        for index, (box, label) in enumerate(
            zip(self.boxes, (tr("Ngày"), tr("Tháng"), tr("Năm")), strict=True)
        ):
            less, more = self.steppers[box]
            less.clicked.connect(lambda _=False, i=index: self.step(i, -1))
            more.clicked.connect(lambda _=False, i=index: self.step(i, +1))
            box.textEdited.connect(lambda text, i=index: self._typed(i, text))
            box.textChanged.connect(self._text_changed)
            box.returnPressed.connect(self._enter)
            if index:
                box.back_out.connect(self.boxes[index - 1].setFocus)
            part = _Part(label, box, less, more)
            self.parts.append(part)
            self._layout.addWidget(part)
        self._layout.addStretch(1)
        self._previous = ["", "", ""]
        self.setFocusProxy(self.day)
        if value is not None:
            self.set_value(value)

    def _stepper(self, sign: str, name: str, description: str) -> BigButton:
        button = BigButton(sign, name=name, description=description)
        button.setFont(theme.heading_font())
        side = theme.scale().px(STEPPER_PX)
        button.setMinimumSize(side, side)
        # A tap leaves the focus (and the digit pad) on the box; Tab still reaches the button.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(REPEAT_DELAY_MS)
        button.setAutoRepeatInterval(REPEAT_INTERVAL_MS)
        return button

    # -- the answer -----------------------------------------------------------------------------------
    def text(self) -> str:
        """The date as typed, dd/mm/yyyy (day and month padded to two digits); "" while all are empty."""
        day, month, year = (box.text() for box in self.boxes)
        if not (day or month or year):
            return ""
        return f"{day.zfill(2) if day else ''}/{month.zfill(2) if month else ''}/{year}"

    def value(self) -> date | None:
        """The date, once the three parts make a real one (as the form engine reads it), else None."""
        try:
            return parse_date(self.text())
        except DateProblem:
            return None

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.clear()
        else:
            self._set_all(f"{value.day:02d}", f"{value.month:02d}", f"{value.year:04d}")

    def set_text(self, text: str) -> None:
        """Puts back an answer given before ("05/09/1956", or what was typed), spread over the boxes."""
        try:
            self.set_value(parse_date(text))  # any form the engine reads, ISO too
            return
        except DateProblem:
            pass
        self._quiet = True
        try:
            for box in self.boxes:
                box.clear()
            self._feed(0, "", text, move_focus=False)
        finally:
            self._quiet = False
        self._remember()
        self.changed.emit()

    def clear(self) -> None:
        self._set_all("", "", "")

    def focus_target(self) -> QWidget:
        """The first part not given yet (the day when all are), where typing should start."""
        return next((box for box in self.boxes if not box.text()), self.day)

    def _set_all(self, day: str, month: str, year: str) -> None:
        self._quiet = True
        try:
            for box, text in zip(self.boxes, (day, month, year), strict=True):
                box.setText(text)
        finally:
            self._quiet = False
        self._remember()
        self.changed.emit()

    def _remember(self) -> None:
        self._previous = [box.text() for box in self.boxes]

    def _text_changed(self) -> None:
        if not self._quiet:
            self._remember()
            self.changed.emit()

    # -- typing ---------------------------------------------------------------------------------------
    def _typed(self, index: int, text: str) -> None:
        self._quiet = True
        try:
            self._feed(index, self._previous[index], text, move_focus=True)
        finally:
            self._quiet = False
        self._remember()
        self.changed.emit()

    def _feed(self, index: int, old: str, new: str, *, move_focus: bool) -> None:
        box = self.boxes[index]
        if len(old) >= box.digits and len(new) > len(old) and new.startswith(old):
            own, rest, closed = old, new[len(old) :], False  # typed on past a full box: on to the next
        else:
            own, rest, closed = _split(new, box.digits)
            if closed and len(own) < box.digits and box is not self.year:
                own = own.zfill(box.digits)  # "5/" is day 05
        if box.text() != own:
            box.setText(own)
        last = index == len(self.boxes) - 1
        if not last and rest:
            following = self.boxes[index + 1]
            self._feed(index + 1, following.text(), following.text() + rest, move_focus=move_focus)
        if move_focus and not last and box.hasFocus() and own and (rest or closed or len(own) == box.digits):
            self.boxes[index + 1].setFocus()

    def _enter(self) -> None:
        empty = [box for box in self.boxes if not box.text()]
        if empty:
            empty[0].setFocus()
        else:
            self.submitted.emit()

    # -- steppers -------------------------------------------------------------------------------------
    def step(self, index: int, delta: int) -> None:
        """What "−" (delta -1) or "+" (+1) beside the day (0), the month (1) or the year (2) does."""
        day, month, year = (box.number() for box in self.boxes)
        if index == 0:
            last = days_in_month(month, year)
            day = (1 if delta > 0 else last) if day is None else day + delta
            day = 1 if day > last else last if day < 1 else day
        elif index == 1:
            month = (1 if delta > 0 else 12) if month is None else month + delta
            month = 1 if month > 12 else 12 if month < 1 else month
        else:
            year = self.start_year if year is None else year + delta
            year = min(max(year, self.first_year), self.last_year)
        if index and day is not None:
            day = min(day, days_in_month(month, year))  # 31 January, then "+" on the month: 29 February
        self._set_all(
            "" if day is None else f"{day:02d}",
            "" if month is None else f"{month:02d}",
            "" if year is None else f"{year:04d}",
        )

    # -- layout ---------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side where they fit, one under another on a narrow (portrait) screen."""
        super().resizeEvent(event)
        spacing = self._layout.spacing()
        wide = sum(part.minimumSizeHint().width() for part in self.parts) + spacing * (len(self.parts) - 1)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= wide
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self._layout.direction():
            self._layout.setDirection(direction)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one part: the parts go one under another rather than make the page scroll sideways."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(part.minimumSizeHint().width() for part in self.parts))
        return hint
