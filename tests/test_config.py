"""The settings file and the three modes: what a technician sets up once per machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.command_line import parse_args
from kiosk.config import ConfigError, Mode, Settings, load_settings, save_settings


def test_each_mode_has_its_own_defaults() -> None:
    kiosk, desk, laptop = (Settings(mode=m) for m in (Mode.KIOSK, Mode.DESK, Mode.LAPTOP))
    assert (kiosk.idle, desk.idle, laptop.idle) == (120, 600, 900)
    assert kiosk.locked and kiosk.on_screen_keyboard and kiosk.is_fullscreen
    assert not desk.locked and not desk.on_screen_keyboard and not desk.is_fullscreen
    assert Settings(mode=Mode.DESK, fullscreen=True).is_fullscreen
    assert not laptop.locked and not Settings(mode=Mode.LAPTOP, fullscreen=True).is_fullscreen


def test_the_file_sets_the_mode_and_the_command_line_wins(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('mode = "desk"\nidle_seconds = 400\npalette = "high_contrast"\nread_aloud = true\n')
    options = parse_args(["--demo", "--config", str(config)])
    assert options.mode is Mode.DESK and options.idle_seconds == 400 and not options.fullscreen
    assert options.settings.palette == "high_contrast" and options.settings.read_aloud
    options = parse_args(["--demo", "--config", str(config), "--mode", "kiosk", "--idle-seconds", "90"])
    assert options.mode is Mode.KIOSK and options.idle_seconds == 90 and options.fullscreen
    assert (
        parse_args(["--demo", "--config", str(config), "--mode", "kiosk", "--windowed"]).fullscreen is False
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('mode = "museum"\n', "mode"),
        ('idle_seconds = "ten"\n', "idle_seconds"),
        ("colour = 3\n", "colour"),
        ('palette = "pink"\n', "palette"),
        ("mode = \n", "TOML"),
    ],
)
def test_a_bad_file_is_named_with_its_key(tmp_path: Path, text: str, named: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    assert named in str(raised.value) and str(config) in str(raised.value)


def test_a_bad_file_stops_the_command_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('mode = "museum"\n')
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--config", str(config)])
    assert "mode" in capsys.readouterr().err


def test_saved_settings_read_back_the_same(tmp_path: Path) -> None:
    settings = Settings(
        mode=Mode.LAPTOP,
        idle_seconds=700,
        palette="high_contrast",
        text_step=3,
        read_aloud=True,
        portal="https://dvc.example/api",
        scanner_folder=tmp_path / "Scans",
    )
    path = save_settings(settings, tmp_path / "sub" / "kiosk.toml")
    assert load_settings(path) == settings


def test_no_file_means_kiosk_mode(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "missing.toml") == Settings()
