"""The whole look of the kiosk — font, colours, the few style rules — built from the named constants here.

Sizes are pixels for a 1920x1080 screen at the default text size. Two things change them:
- the screen: `apply_theme(app, screen_height)` scales every size with the screen's height, or with its
  shorter side when given `screen_width` too (`scale()`);
- the text size a visitor chooses with "A−/A+": `bigger()`, `smaller()` step through `TEXT_STEPS` for
  this visit and change the text (and the buttons' height with it) at once, on every screen built;
  `reset()` at the end of the visit. Touch targets, margins and gaps do not shrink with smaller text:
  fingers stay the same size.

Two palettes are data (`PALETTES`): "normal", dark text on light paper, and "high_contrast", light text
on black. Every colour pair a palette draws text (or a focus ring, or an outline) with is listed by
`Palette.pairs()`, and tests/ui/test_contrast.py holds each one to 7:1 (WCAG 2.x AAA).

Style sheets are slow on this stack (DESIGN.md pitfalls), so sizes and colours go into the application
font and palette first; QSS is kept for what only it can do: bordered buttons, fields, the error box.

How a screen uses it:
- fonts: nothing for body text (the application font); `Heading`/`Body(small=True)` from
  `kiosk.ui.widgets`; for anything else `text_px(n)` (never `scale().px(n)`, which ignores A−/A+);
- space between touch targets: `gap()` (at least `TARGET_GAP_MM`, 9 mm, on the real screen);
- colours painted by hand: `colours()`, the palette in use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

# -- sizes: px on a 1920x1080 screen at the default text step ----------------------------------------
REFERENCE_HEIGHT = 1080  # sizes below are for a 1920x1080 screen and scale with the real one

BODY_PX = 28
HEADING_PX = 44
SMALL_PX = 22
BUTTON_HEIGHT_PX = 80  # every button and field at least this tall (the target minimum is 72)
LINK_HEIGHT_PX = 72  # "Sửa", "Về trang chủ": quieter, but just as easy to touch
HOME_CHOICE_HEIGHT_PX = 150  # the home screen's three big choices
MIN_TARGET_PX = 72
SPACING_PX = 36  # ≥ 9 mm on a 1920x1080 screen up to 101 dpi (21.5"); `gap()` makes sure of it
MARGIN_PX = 48
SCROLLBAR_PX = 28  # wide enough to drag with a finger; the handle is drawn in the outline colour
RADIUS_PX = 14
BUTTON_PAD_X_PX = 32
BUTTON_PAD_Y_PX = 8  # room above and below a button's text when it wraps onto several lines
FIELD_PAD_X_PX = 16
BORDER_PX = 3
FOCUS_BORDER_PX = 5
CHECKED_BORDER_PX = 6  # a chosen answer: a thicker border and a tick, not a colour alone
ERROR_STRIPE_PX = 8
ERROR_PAD_PX = 12

TARGET_GAP_MM = 9.0  # between two touch targets (EN 301 549 / WCAG 2.5.8 AAA practice for kiosks)
FALLBACK_DPI = 96.0  # when the screen does not say how big it is, or says something absurd
SANE_DPI = (50.0, 400.0)

FONT_FAMILY = "Noto Sans"

# -- text size: "A−/A+" steps through these for one visit ------------------------------------------------
# The largest (1.75) gives 49 px body text and 77 px headings on a 1920x1080 screen; every screen still
# fits a 1080x1920 portrait one, scrolling where a page is long.
TEXT_STEPS: tuple[float, ...] = (0.85, 1.0, 1.2, 1.45, 1.75)
DEFAULT_STEP = 1  # an index into TEXT_STEPS: 1.0

# The dynamic property a text widget carries so a change of text size knows what it is.
ROLE_PROPERTY = "textRole"
ROLE_PX = {"body": BODY_PX, "heading": HEADING_PX, "small": SMALL_PX}
_BASE_PROPERTY = "textBasePx"  # a widget's font size at factor 1, recorded at the first change


@dataclass(frozen=True)
class Palette:
    """The colours of one theme, as #RRGGBB strings."""

    name: str
    paper: str  # the window
    ink: str  # text on paper
    field: str  # text boxes, lists, cards
    field_ink: str
    placeholder: str  # the hint in an empty text box
    outline: str  # the border of buttons, fields and lists
    button: str
    button_ink: str
    primary: str  # the button that goes on ("Tiếp tục")
    primary_ink: str
    link: str  # quiet buttons drawn as underlined text on paper
    error_paper: str
    error_ink: str  # the words, the ⚠ and the stripe beside them
    disabled_paper: str  # a button that cannot be pressed now: also a dashed border
    disabled_ink: str
    banner: str  # the demo banner
    banner_ink: str
    checked: str  # a chosen answer, a selected list row
    checked_ink: str
    focus: str  # the ring around what the keyboard acts on

    def pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) this palette draws with, by what a person sees."""
        return {
            "text on paper": (self.ink, self.paper),
            "text in a field or card": (self.field_ink, self.field),
            "placeholder in a field": (self.placeholder, self.field),
            "outline of a button or field": (self.outline, self.paper),
            "button text": (self.button_ink, self.button),
            "primary button text": (self.primary_ink, self.primary),
            "link": (self.link, self.paper),
            "error text": (self.error_ink, self.error_paper),
            "disabled button text": (self.disabled_ink, self.disabled_paper),
            "demo banner text": (self.banner_ink, self.banner),
            "checked choice": (self.checked_ink, self.checked),
            "checked choice border": (self.ink, self.paper),
            "selected list row": (self.checked_ink, self.checked),
            "focus ring on paper": (self.focus, self.paper),
            "focus ring on a field": (self.focus, self.field),
            "focus ring on an error": (self.focus, self.error_paper),
        }


NORMAL = Palette(
    name="normal",
    paper="#FAFAF7",
    ink="#111111",
    field="#FFFFFF",
    field_ink="#111111",
    placeholder="#555555",
    outline="#454D59",
    button="#E3E8EF",
    button_ink="#111111",
    primary="#0A4A8F",
    primary_ink="#FFFFFF",
    link="#0A4A8F",
    error_paper="#FDECEC",
    error_ink="#8A0000",
    disabled_paper="#F2F2F0",
    disabled_ink="#4D4D4D",
    banner="#FFD54F",
    banner_ink="#111111",
    checked="#0A4A8F",
    checked_ink="#FFFFFF",
    focus="#111111",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    paper="#000000",
    ink="#FFFFFF",
    field="#000000",
    field_ink="#FFFFFF",
    placeholder="#C8C8C8",
    outline="#FFFFFF",
    button="#000000",
    button_ink="#FFFFFF",
    primary="#FFFF00",
    primary_ink="#000000",
    link="#FFFF00",
    error_paper="#3D0000",
    error_ink="#FFFFFF",
    disabled_paper="#000000",
    disabled_ink="#BDBDBD",
    banner="#FFFF00",
    banner_ink="#000000",
    checked="#FFFF00",
    checked_ink="#000000",
    focus="#00FFFF",
)

PALETTES: dict[str, Palette] = {p.name: p for p in (NORMAL, HIGH_CONTRAST)}
DEFAULT_PALETTE = "normal"


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #RRGGBB colour (0 for black, 1 for white)."""
    value = colour.removeprefix("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio, from 1 (the same colour) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Scale:
    """Pixel sizes for the current screen (not the text size: see `text_px`)."""

    factor: float

    def px(self, reference_px: float) -> int:
        return max(1, round(reference_px * self.factor))


_scale = Scale(1.0)
_step = DEFAULT_STEP
_palette = NORMAL
_dpi = FALLBACK_DPI


# -- reading the current look -------------------------------------------------------------------------
def scale() -> Scale:
    """The screen's scale: for margins, target heights and widths, picture sizes — not for text."""
    return _scale


def text_factor() -> float:
    """How much larger than at 1920x1080 and the default step text is now (screen × text step)."""
    return _scale.factor * TEXT_STEPS[_step]


def text_px(reference_px: float) -> int:
    """A font size in px now, for one given in px at 1920x1080 and the default text step."""
    return max(1, round(reference_px * text_factor()))


def body_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(text_px(BODY_PX))
    return font


def heading_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(text_px(HEADING_PX))
    font.setBold(True)
    return font


def small_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(text_px(SMALL_PX))
    return font


def dpi() -> float:
    """The screen's physical dots per inch as used for millimetres (FALLBACK_DPI if it did not say)."""
    return _dpi


def mm_to_px(mm: float) -> int:
    """Pixels that are at least `mm` millimetres long on this screen."""
    return math.ceil(mm * _dpi / 25.4)


def gap() -> int:
    """The space between two adjacent touch targets: at least TARGET_GAP_MM, and never less than SPACING."""
    return max(_scale.px(SPACING_PX), mm_to_px(TARGET_GAP_MM))


def colours() -> Palette:
    """The palette in use, for what a screen paints by hand."""
    return _palette


def palette_name() -> str:
    return _palette.name


def text_step() -> int:
    """The index into TEXT_STEPS in use (DEFAULT_STEP at the start of every visit)."""
    return _step


def can_grow() -> bool:
    return _step < len(TEXT_STEPS) - 1


def can_shrink() -> bool:
    return _step > 0


# -- changing it --------------------------------------------------------------------------------------
def apply_theme(
    app: QApplication,
    screen_height: int,
    *,
    palette: str = DEFAULT_PALETTE,
    step: int = DEFAULT_STEP,
    screen_width: int | None = None,
    dpi: float | None = None,
) -> Scale:
    """Sets the application font, palette and style rules for a screen this tall; returns its scale.

    Given `screen_width` too, sizes follow the screen's shorter side: a 1080x1920 portrait kiosk is a
    1920x1080 panel turned, with pixels just as big, and gets the same sizes (by its height alone it
    would get 1.8 times larger text in a screen 1080 px wide). `dpi` is the screen's physical resolution
    for millimetres; by default the primary screen's when sane (SANE_DPI), else FALLBACK_DPI.
    """
    global _scale, _step, _palette, _dpi
    if palette not in PALETTES:
        raise ValueError(f"unknown palette {palette!r}")
    _check_step(step)
    side = screen_height if screen_width is None else min(screen_width, screen_height)
    _scale = Scale(min(2.0, max(0.6, side / REFERENCE_HEIGHT)))
    _step = step
    _palette = PALETTES[palette]
    if dpi is None:
        screen = app.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else FALLBACK_DPI
    _dpi = dpi if SANE_DPI[0] <= dpi <= SANE_DPI[1] else FALLBACK_DPI
    app.setFont(body_font())
    _apply_colours(app)
    return _scale


def set_text_step(step: int) -> bool:
    """Makes all text this step of TEXT_STEPS, at once, on every screen; False if it already was."""
    return _change(_palette, step)


def bigger() -> bool:
    """One step larger text; False (and nothing changes) at the largest."""
    return can_grow() and set_text_step(_step + 1)


def smaller() -> bool:
    """One step smaller text; False (and nothing changes) at the smallest."""
    return can_shrink() and set_text_step(_step - 1)


def set_palette(name: str) -> bool:
    """Switches every screen to the palette `name` ("normal" or "high_contrast") at once.

    False if it already was that one.
    """
    if name not in PALETTES:
        raise ValueError(f"unknown palette {name!r}")
    return _change(PALETTES[name], _step)


def reset(*, palette: str = DEFAULT_PALETTE, step: int | None = None) -> bool:
    """Back to the kiosk's own look when a visit ends: `palette` and `step` (None: DEFAULT_STEP).

    Returns whether anything changed.
    """
    if palette not in PALETTES:
        raise ValueError(f"unknown palette {palette!r}")
    return _change(PALETTES[palette], DEFAULT_STEP if step is None else step)


def restyle(root: QWidget) -> None:
    """Gives `root` and everything in it the current text sizes and lays it out again now.

    `set_text_step`/`bigger`/`smaller`/`reset` already do this for every widget; call it for a screen
    built with fonts of its own, or to have its geometry settled before measuring it.
    """
    factor = text_factor()
    widgets = [root, *root.findChildren(QWidget)]
    _rescale(widgets, factor, factor)
    root.ensurePolished()
    for widget in widgets:
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
    for widget in reversed(widgets):  # the innermost first, so outer layouts see settled sizes
        layout = widget.layout()
        if layout is not None:
            layout.activate()


# -- how ----------------------------------------------------------------------------------------------
def _change(palette: Palette, step: int) -> bool:
    """Moves to `palette` and text `step`: the application font, the colours and rules, every font."""
    global _palette, _step
    _check_step(step)
    if palette == _palette and step == _step:
        return False
    app = _app()
    old = text_factor()
    _step, _palette = step, palette
    app.setFont(body_font())
    # Setting the style sheet polishes every widget again. That is what passes a new application font
    # on (with a style sheet set, Qt does not otherwise), and it gives widgets with a font of their own
    # back the font they had when first polished: so their sizes are set after it.
    _apply_colours(app)
    _rescale(QApplication.allWidgets(), old, text_factor())
    return True


def _check_step(step: int) -> None:
    if not 0 <= step < len(TEXT_STEPS):
        raise ValueError(f"no text step {step} (0 … {len(TEXT_STEPS) - 1})")


def _app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a running QApplication")
    return app


def _base_px(widget: QWidget, px: int, old_factor: float) -> float:
    """The widget's font size at factor 1: as recorded, by its text role, or from its size now."""
    recorded = widget.property(_BASE_PROPERTY)
    if isinstance(recorded, float):
        return recorded
    role = widget.property(ROLE_PROPERTY)
    if isinstance(role, str) and role in ROLE_PX and px == max(1, round(ROLE_PX[role] * old_factor)):
        return float(ROLE_PX[role])
    return px / old_factor


def _rescale(widgets: Iterable[QWidget], old_factor: float, new_factor: float) -> None:
    """Widgets with a font of their own get it resized; the others follow the application font."""
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            widget.scheduleDelayedItemsLayout()  # rows as tall as their new text
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = widget.font()
        px = font.pixelSize()
        if px <= 0:
            continue
        base = _base_px(widget, px, old_factor)
        new_px = max(1, round(base * new_factor))
        widget.setProperty(_BASE_PROPERTY, base)
        if new_px != px:
            font.setPixelSize(new_px)
            widget.setFont(font)


def _qpalette(p: Palette) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, p.paper),
        (QPalette.ColorRole.WindowText, p.ink),
        (QPalette.ColorRole.Base, p.field),
        (QPalette.ColorRole.AlternateBase, p.field),
        (QPalette.ColorRole.Text, p.field_ink),
        (QPalette.ColorRole.Button, p.button),
        (QPalette.ColorRole.ButtonText, p.button_ink),
        (QPalette.ColorRole.BrightText, p.error_ink),
        (QPalette.ColorRole.Highlight, p.checked),
        (QPalette.ColorRole.HighlightedText, p.checked_ink),
        (QPalette.ColorRole.PlaceholderText, p.placeholder),
        (QPalette.ColorRole.Link, p.link),
        (QPalette.ColorRole.LinkVisited, p.link),
        (QPalette.ColorRole.ToolTipBase, p.field),
        (QPalette.ColorRole.ToolTipText, p.field_ink),
    ):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.disabled_ink))
    return palette


def stylesheet(p: Palette | None = None) -> str:
    """The style rules for palette `p` (the one in use by default) at the current screen scale."""
    p = p or _palette
    s = _scale
    radius, border, focus, checked = (
        s.px(RADIUS_PX),
        s.px(BORDER_PX),
        s.px(FOCUS_BORDER_PX),
        s.px(CHECKED_BORDER_PX),
    )
    button_h = s.px(BUTTON_HEIGHT_PX)
    # QSS min-height is the height inside the padding and border: these make the whole button as tall
    # as the named height (Qt takes a button's minimum height from its unfocused, unchecked look).
    chrome = 2 * (s.px(BUTTON_PAD_Y_PX) + border)
    return f"""
QPushButton {{ min-height: {button_h - chrome}px;
    padding: {s.px(BUTTON_PAD_Y_PX)}px {s.px(BUTTON_PAD_X_PX)}px;
    border: {border}px solid {p.outline}; border-radius: {radius}px;
    background: {p.button}; color: {p.button_ink}; }}
QPushButton:focus {{ border: {focus}px solid {p.focus}; }}
QPushButton[primary="true"] {{ background: {p.primary}; color: {p.primary_ink}; border-color: {p.primary}; }}
QPushButton[primary="true"]:focus {{ border: {focus}px solid {p.focus}; }}
QPushButton[link="true"] {{ min-height: {s.px(LINK_HEIGHT_PX) - chrome}px;
    background: transparent; color: {p.link}; text-decoration: underline;
    border: {border}px solid transparent; }}
QPushButton[link="true"]:focus {{ border: {focus}px solid {p.focus}; }}
QPushButton[choice="home"] {{ min-height: {s.px(HOME_CHOICE_HEIGHT_PX) - chrome}px; }}
QPushButton:checked {{ background: {p.checked}; color: {p.checked_ink}; border: {checked}px solid {p.ink}; }}
QPushButton:checked:focus {{ border: {checked}px solid {p.focus}; }}
QPushButton:disabled, QPushButton[primary="true"]:disabled, QPushButton[link="true"]:disabled {{
    background: {p.disabled_paper}; color: {p.disabled_ink}; border: {border}px dashed {p.disabled_ink}; }}
QLineEdit {{ min-height: {button_h - 2 * border}px; padding: 0 {s.px(FIELD_PAD_X_PX)}px;
    border: {border}px solid {p.outline}; border-radius: {radius}px;
    background: {p.field}; color: {p.field_ink}; }}
QLineEdit:focus {{ border: {focus}px solid {p.focus}; }}
QLabel[role="error"] {{ color: {p.error_ink}; background: {p.error_paper};
    border: {focus}px solid {p.error_paper}; border-left: {s.px(ERROR_STRIPE_PX)}px solid {p.error_ink};
    padding: {s.px(ERROR_PAD_PX)}px; }}
QLabel[role="error"]:focus {{ border: {focus}px solid {p.focus};
    border-left: {s.px(ERROR_STRIPE_PX)}px solid {p.error_ink}; }}
QWidget#demoBanner {{ background: {p.banner}; }}
QWidget#demoBanner QLabel {{ color: {p.banner_ink}; }}
QListWidget {{ border: {border}px solid {p.outline}; border-radius: {radius}px; background: {p.field};
    color: {p.field_ink}; }}
QListWidget:focus {{ border: {focus}px solid {p.focus}; }}
QListWidget::item {{ min-height: {button_h}px; padding-left: {s.px(FIELD_PAD_X_PX)}px; }}
QListWidget::item:selected {{ background: {p.checked}; color: {p.checked_ink}; }}
QScrollBar:vertical {{ width: {s.px(SCROLLBAR_PX)}px; background: {p.paper}; margin: 0; }}
QScrollBar::handle:vertical {{ background: {p.outline}; min-height: {button_h}px;
    border-radius: {s.px(SCROLLBAR_PX) // 2}px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: {p.paper}; }}
"""


def _apply_colours(app: QApplication) -> None:
    app.setPalette(_qpalette(_palette))
    app.setStyleSheet(stylesheet())


def palette_fields() -> tuple[str, ...]:
    """The names of a Palette's colours (for tests and tools)."""
    return tuple(f.name for f in fields(Palette) if f.name != "name")
