"""One theme: sizes and colours as named constants, applied through the font and the palette.

Style sheets are slow on this stack (DESIGN.md pitfalls), so QSS is kept for what only it can do:
rounded, bordered buttons and the error box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

REFERENCE_HEIGHT = 1080  # the sizes below are for a 1920x1080 screen and scale with the real one

BODY_PX = 28
HEADING_PX = 44
SMALL_PX = 22
BUTTON_HEIGHT_PX = 80
LINK_HEIGHT_PX = 72  # "Sửa", "Về trang chủ": quieter, but just as easy to touch
SPACING_PX = 24
MARGIN_PX = 48

INK = "#111111"
PAPER = "#FAFAF7"
PRIMARY = "#0A4A8F"  # 8.9:1 against white text
PRIMARY_INK = "#FFFFFF"
SECONDARY = "#E3E8EF"
ERROR = "#9B0000"
ERROR_PAPER = "#FDECEC"
DEMO = "#FFD54F"
FONT_FAMILY = "Noto Sans"


@dataclass(frozen=True)
class Scale:
    """Pixel sizes for the current screen."""

    factor: float

    def px(self, reference_px: int) -> int:
        return max(1, round(reference_px * self.factor))


_scale = Scale(1.0)


def scale() -> Scale:
    return _scale


def apply_theme(app: QApplication, screen_height: int) -> Scale:
    """Sets the application font, palette and the few style rules; returns the scale used."""
    global _scale
    _scale = Scale(min(2.0, max(0.6, screen_height / REFERENCE_HEIGHT)))
    font = QFont(FONT_FAMILY)
    font.setPixelSize(_scale.px(BODY_PX))
    app.setFont(font)

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, PAPER),
        (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Base, "#FFFFFF"),
        (QPalette.ColorRole.Text, INK),
        (QPalette.ColorRole.Button, SECONDARY),
        (QPalette.ColorRole.ButtonText, INK),
        (QPalette.ColorRole.Highlight, PRIMARY),
        (QPalette.ColorRole.HighlightedText, PRIMARY_INK),
        (QPalette.ColorRole.PlaceholderText, "#555555"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)

    radius = _scale.px(14)
    app.setStyleSheet(
        f"""
        QPushButton {{ min-height: {_scale.px(BUTTON_HEIGHT_PX)}px; padding: 0 {_scale.px(32)}px;
            border: 2px solid #5A6472; border-radius: {radius}px; background: {SECONDARY}; }}
        QPushButton:focus {{ border: 4px solid {INK}; }}
        QPushButton[primary="true"] {{ background: {PRIMARY}; color: {PRIMARY_INK};
            border-color: {PRIMARY}; }}
        QPushButton[primary="true"]:focus {{ border: 4px solid {INK}; }}
        QPushButton[link="true"] {{ min-height: {_scale.px(LINK_HEIGHT_PX)}px; background: transparent;
            color: {PRIMARY}; text-decoration: underline; border: 2px solid transparent; }}
        QPushButton[choice="home"] {{ min-height: {_scale.px(150)}px; }}
        QPushButton:checked {{ background: {PRIMARY}; color: {PRIMARY_INK}; border: 4px solid {INK}; }}
        QPushButton:disabled {{ color: #666666; }}
        QLineEdit {{ min-height: {_scale.px(BUTTON_HEIGHT_PX)}px; padding: 0 {_scale.px(16)}px;
            border: 3px solid #5A6472; border-radius: {radius}px; background: #FFFFFF; }}
        QLineEdit:focus {{ border-color: {PRIMARY}; }}
        QLabel[role="error"] {{ color: {ERROR}; background: {ERROR_PAPER}; border-left: 8px solid {ERROR};
            padding: {_scale.px(12)}px; }}
        QWidget#demoBanner {{ background: {DEMO}; }}
        QListWidget {{ border: 3px solid #5A6472; border-radius: {radius}px; background: #FFFFFF; }}
        QListWidget::item {{ min-height: {_scale.px(BUTTON_HEIGHT_PX)}px; padding-left: {_scale.px(16)}px; }}
        QListWidget::item:selected {{ background: {PRIMARY}; color: {PRIMARY_INK}; }}
        """
    )
    return _scale


def heading_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(_scale.px(HEADING_PX))
    font.setBold(True)
    return font


def small_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(_scale.px(SMALL_PX))
    return font
