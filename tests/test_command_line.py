"""The kiosk's command line: what a technician types to start it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.command_line import parse_args


def test_demo_defaults() -> None:
    options = parse_args(["--demo"])
    assert options.demo and options.portal_url is None and options.idle_seconds == 120
    assert options.scanner_folder is None


def test_idle_time_and_scanner_folder(tmp_path: Path) -> None:
    options = parse_args(["--demo", "--idle-seconds", "300", "--scanner-folder", str(tmp_path)])
    assert options.idle_seconds == 300 and options.scanner_folder == tmp_path
    assert parse_args(["--demo", "--idle-seconds", "5"]).idle_seconds == 30  # never too short to read


def test_modes_from_the_command_line() -> None:
    assert parse_args(["--demo"]).mode.value == "kiosk"  # no settings file: a public touchscreen
    desk = parse_args(["--demo", "--mode", "desk"])
    assert desk.mode.value == "desk" and desk.idle_seconds == 600 and not desk.fullscreen
    assert parse_args(["--demo", "--mode", "laptop"]).idle_seconds == 900


def test_demo_refuses_a_real_portal(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--portal", "https://portal.example"])
    assert "--demo" in capsys.readouterr().err


def test_the_kiosk_starts_and_builds_its_first_screen() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--smoke"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke: first screen built" in done.stdout
