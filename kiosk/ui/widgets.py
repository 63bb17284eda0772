"""Big, touch-friendly building blocks. Every interactive one gets an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme


class BigButton(QPushButton):
    """A large button; `primary` ones are filled and say what happens next."""

    def __init__(
        self, text: str, *, primary: bool = False, link: bool = False, name: str = "", description: str = ""
    ) -> None:
        super().__init__(text)
        self.setProperty("primary", primary)
        self.setProperty("link", link)
        self.setAccessibleName(name or text)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(theme.scale().px(theme.LINK_HEIGHT_PX if link else theme.BUTTON_HEIGHT_PX))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses a focused button too (Qt only takes Space outside dialogs)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class Heading(QLabel):
    def __init__(self, text: str = "") -> None:
        super().__init__(text)
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
        if small:
            self.setFont(theme.small_font())


class ErrorMessage(QLabel):
    """An error in words with a warning sign, never in colour alone; hidden while there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setAccessibleName("Lỗi")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"⚠  {message}")
        self.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()

    @property
    def message(self) -> str:
        return self.text().removeprefix("⚠  ") if self.isVisible() else ""


def column(*widgets: QWidget, spacing: int | None = None) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setSpacing(theme.scale().px(spacing or theme.SPACING_PX))
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(theme.scale().px(theme.SPACING_PX))
    for button in buttons:
        row.addWidget(button)
    return row
