"""Big, touch-friendly building blocks. Every interactive one gets an accessible name.

Each text widget records its text role (the `textRole` property: body, heading or small) so a change of
text size ("A−/A+", see kiosk/ui/theme.py) gives it the right size at once. Buttons wrap their words
onto more lines, and grow taller, rather than be cut off when the text is large.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import tr
from kiosk.ui import theme

CHECKED_MARK = "✔"  # a chosen answer shows a tick, and a thicker border, besides its colour
UNCHECKED_MARK = "○"
ERROR_MARK = "⚠"
_WORDS = re.compile(r"\S+|\s+")


def wrap_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` (a word longer than that stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _WORDS.findall(paragraph):
            if token.isspace() or not line.strip() or metrics.horizontalAdvance(line + token) <= width:
                line += token
            else:
                lines.append(line.rstrip())
                line = token
        lines.append(line.rstrip())
    return lines


def _widest(metrics: QFontMetrics, texts: list[str]) -> int:
    widest = 0
    for text in texts:
        widest = max(widest, metrics.horizontalAdvance(text))
    return widest


class BigButton(QPushButton):
    """A large button; `primary` ones are filled and say what happens next.

    Its text wraps onto as many lines as the width allows (`text()` stays as given), and its height
    follows (`heightForWidth`). A checkable one shows ✔ when chosen and ○ when not.
    """

    def __init__(
        self, text: str, *, primary: bool = False, link: bool = False, name: str = "", description: str = ""
    ) -> None:
        super().__init__(text)
        self.setProperty("primary", primary)
        self.setProperty("link", link)
        self.setProperty(theme.ROLE_PROPERTY, "body")
        self.setAccessibleName(name or text)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(theme.scale().px(theme.LINK_HEIGHT_PX if link else theme.BUTTON_HEIGHT_PX))
        policy = QSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred, QSizePolicy.ControlType.PushButton
        )
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._asked_width = 0  # a minimum width the screen asked for; the longest word may need more
        self.toggled.connect(self.updateGeometry)  # the mark changes the width of the text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses a focused button too (Qt only takes Space outside dialogs)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    # -- never narrower than its longest word, whatever minimum width a screen gives it --------------------
    # A minimum width a screen sets is kept here, not in Qt: layouts then take `minimumSizeHint()`, which
    # is the larger of it and the longest word at the font of the moment.
    def setMinimumWidth(self, width: int) -> None:
        self._asked_width = width
        self.updateGeometry()

    def setMinimumSize(self, *size: Any) -> None:
        wanted = size[0] if len(size) == 1 else QSize(*size)
        self._asked_width = wanted.width()
        super().setMinimumSize(0, wanted.height())

    def minimumWidth(self) -> int:
        return self._asked_width

    def _word_width(self) -> int:
        return _widest(self.fontMetrics(), self.shown_text().split()) + self._chrome(focused=True).width()

    # -- what it shows -------------------------------------------------------------------------------
    def shown_text(self) -> str:
        """The text with the chosen/not-chosen mark of a checkable button, before wrapping."""
        if not self.isCheckable():
            return self.text()
        return f"{CHECKED_MARK if self.isChecked() else UNCHECKED_MARK}  {self.text()}"

    def display_lines(self, width: int | None = None) -> list[str]:
        """The lines the text is drawn in at `width` (by default the button's own)."""
        return wrap_lines(self.shown_text(), self.fontMetrics(), self._contents(width).width())

    def contents_rect(self) -> QRect:
        """Where the style draws the text: inside the border and padding."""
        return self._contents(None)

    def _option(self, width: int | None, height: int | None = None) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if width is not None:
            option.rect = QRect(0, 0, width, height if height is not None else max(self.height(), 1))
        return option

    def _contents(self, width: int | None) -> QRect:
        option = self._option(width)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)

    def _chrome(self, *, focused: bool = False) -> QSize:
        """Border, padding and margin around the text, across and down (with a focus ring: its widest)."""
        probe = 1000
        option = self._option(probe, probe)
        if focused:
            option.state |= QStyle.StateFlag.State_HasFocus
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return QSize(probe - inner.width(), probe - inner.height())

    def _text_height(self, lines: list[str]) -> int:
        return len(lines) * self.fontMetrics().lineSpacing()

    # -- how big it wants to be -------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        chrome = self._chrome()
        lines = wrap_lines(self.shown_text(), self.fontMetrics(), max(1, width - chrome.width()))
        return max(self.minimumHeight(), self._text_height(lines) + chrome.height())

    def sizeHint(self) -> QSize:
        text_width = _widest(self.fontMetrics(), self.shown_text().split("\n"))
        width = max(self._asked_width, text_width + self._chrome().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word: the rest of the text goes onto more lines."""
        return QSize(max(self._asked_width, self._word_width()), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option(None)
        option.text = "\n".join(self.display_lines())
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class Heading(QLabel):
    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setProperty(theme.ROLE_PROPERTY, "heading")
        self.setFont(theme.heading_font())
        self.setWordWrap(True)
        self.setAccessibleName(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class Body(QLabel):
    def __init__(self, text: str = "", *, small: bool = False) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setProperty(theme.ROLE_PROPERTY, "small" if small else "body")
        if small:
            self.setFont(theme.small_font())


class ErrorMessage(QLabel):
    """An error in words with a warning sign, never in colour alone; hidden while there is none.

    It takes focus from the keyboard or from `setFocus()` (a screen moves focus to its first error, so a
    screen reader says it) and shows a focus ring then; a tap does not take focus from a text box.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "error")
        self.setProperty(theme.ROLE_PROPERTY, "body")
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(tr("Lỗi"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"{ERROR_MARK}  {message}")
        self.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()

    @property
    def message(self) -> str:
        return self.text().removeprefix(f"{ERROR_MARK}  ") if self.isVisible() else ""


def column(*widgets: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """Widgets one under another, `gap()` apart (or `spacing` px at 1920x1080)."""
    layout = QVBoxLayout()
    layout.setSpacing(theme.scale().px(spacing) if spacing else theme.gap())
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side, at least TARGET_GAP_MM apart."""
    row = QHBoxLayout()
    row.setSpacing(theme.gap())
    for button in buttons:
        row.addWidget(button)
    return row
