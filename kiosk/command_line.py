"""What a technician types to start the kiosk; the settings file fills in what they do not type."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import ConfigError, Mode, Settings, config_path, load_settings

__all__ = ["Options", "parse_args"]


@dataclass(frozen=True)
class Options:
    demo: bool
    smoke: bool
    settings: Settings
    config_file: Path
    windowed: bool = False  # a window even in kiosk mode (for trying it out on a desktop)
    set_admin_pin: bool = False

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    @property
    def portal_url(self) -> str | None:
        return None if self.demo else self.settings.portal

    @property
    def fullscreen(self) -> bool:
        return self.settings.is_fullscreen and not self.windowed

    @property
    def idle_seconds(self) -> int:
        return self.settings.idle

    @property
    def scanner_folder(self) -> Path | None:
        return self.settings.scanner_folder


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Kiosk hỗ trợ nộp hồ sơ dịch vụ công trực tuyến"
    )
    parser.add_argument("--demo", action="store_true", help="start the built-in sandbox portal and use it")
    parser.add_argument(
        "--portal", metavar="URL", help="base URL of a Portal API v1 server (or KIOSK_PORTAL_URL)"
    )
    parser.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        help="kiosk: fullscreen, locked, on-screen keyboard (default); desk: a volunteer at a help desk; "
        "laptop: a window, for teams visiting people at home",
    )
    parser.add_argument("--config", metavar="FILE", type=Path, help="settings file (default: %(default)s)")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
    parser.add_argument(
        "--scanner-folder", metavar="DIR", type=Path, help="folder a desk document scanner saves into"
    )
    parser.add_argument(
        "--idle-seconds",
        type=int,
        metavar="N",
        help="quiet seconds before asking 'do you need more time?' (kiosk 120, desk 600, laptop 900)",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="start offscreen, build the first screen, exit 0"
    )
    parser.add_argument(
        "--set-admin-pin", action="store_true", help="set the PIN that opens the admin menu, then exit"
    )
    parser.set_defaults(config=None)
    args = parser.parse_args(argv)
    config_file = args.config or config_path()
    try:
        settings = load_settings(config_file)
    except ConfigError as exc:
        parser.error(str(exc))
    settings = settings.merged(
        mode=Mode(args.mode) if args.mode else None,
        portal=args.portal or (os.environ.get("KIOSK_PORTAL_URL") if not settings.portal else None),
        scanner_folder=args.scanner_folder,
        idle_seconds=args.idle_seconds,
    )
    if args.demo and args.portal:
        parser.error("--demo starts its own sandbox portal: do not combine it with --portal")
    needs_portal = not (args.demo or args.smoke or args.set_admin_pin)
    if needs_portal and not settings.portal:
        parser.error("give --portal URL (or KIOSK_PORTAL_URL), or --demo for the built-in sandbox portal")
    return Options(
        demo=args.demo or (args.smoke and not settings.portal),
        smoke=args.smoke,
        settings=settings,
        config_file=config_file,
        windowed=args.windowed,
        set_admin_pin=args.set_admin_pin,
    )
