"""Every colour pair either theme draws text, an outline or a focus ring with has a contrast of at least 7:1
(WCAG 2.x AAA), computed with WCAG's relative-luminance formula; no colour escapes the check."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme

AAA = 7.0


@pytest.mark.parametrize(
    ("foreground", "background", "expected"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),  # the order of the pair does not matter
        ("#777777", "#FFFFFF", 4.48),  # the grey that just fails AA for body text
        ("#767676", "#FFFFFF", 4.54),  # … and the one that just passes
        ("#0000FF", "#FFFFFF", 8.59),
        ("#FF0000", "#FFFFFF", 4.00),
        ("#123456", "#123456", 1.0),
    ],
)
def test_the_contrast_formula_gives_wcags_known_values(
    foreground: str, background: str, expected: float
) -> None:
    assert theme.contrast_ratio(foreground, background) == pytest.approx(expected, abs=0.01)


def test_relative_luminance_runs_from_black_to_white() -> None:
    assert theme.relative_luminance("#000000") == 0
    assert theme.relative_luminance("#FFFFFF") == pytest.approx(1)
    assert theme.relative_luminance("#808080") == pytest.approx(0.2159, abs=0.0001)
    with pytest.raises(ValueError):
        theme.relative_luminance("#FFF")


@pytest.mark.parametrize("palette", theme.PALETTES.values(), ids=lambda p: p.name)
def test_every_pair_of_every_palette_is_at_least_7_to_1(palette: theme.Palette) -> None:
    ratios = {name: theme.contrast_ratio(fg, bg) for name, (fg, bg) in palette.pairs().items()}
    too_low = {name: round(ratio, 2) for name, ratio in ratios.items() if ratio < AAA}
    assert too_low == {}
    assert len(ratios) >= 15  # text, fields, buttons, links, errors, disabled, banner, choices, focus…


@pytest.mark.parametrize("palette", theme.PALETTES.values(), ids=lambda p: p.name)
def test_every_colour_of_a_palette_is_in_a_checked_pair(palette: theme.Palette) -> None:
    in_pairs = {colour for pair in palette.pairs().values() for colour in pair}
    unchecked = {name for name in theme.palette_fields() if getattr(palette, name) not in in_pairs}
    assert unchecked == set()


@pytest.mark.parametrize("palette", theme.PALETTES.values(), ids=lambda p: p.name)
def test_the_style_rules_use_only_the_palettes_colours(qapp: QApplication, palette: theme.Palette) -> None:
    theme.apply_theme(qapp, 1080)
    rules = theme.stylesheet(palette)
    used = {colour.upper() for colour in re.findall(r"#[0-9A-Fa-f]{6}\b", rules)}
    colours = {getattr(palette, name).upper() for name in theme.palette_fields()}
    assert used and used <= colours


def test_high_contrast_is_light_text_on_black(qapp: QApplication) -> None:
    high = theme.PALETTES["high_contrast"]
    assert high.paper == "#000000"
    assert theme.relative_luminance(high.ink) > 0.9
    theme.apply_theme(qapp, 1080, palette="high_contrast")
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert "#FFFF00" in qapp.styleSheet()  # the primary button: black on yellow
    finally:
        theme.apply_theme(qapp, 1080)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.NORMAL.paper.lower()
