"""The kiosk's settings file: how this machine is used (mode), and what the admin menu changed.

A small TOML file, `kiosk.toml` in the platform's config folder (or `--config FILE`, or KIOSK_CONFIG).
Every key is optional; the command line wins over the file. Example::

    mode = "desk"            # kiosk | desk | laptop
    idle_seconds = 300       # quiet seconds before "Bạn có cần thêm thời gian không?"
    palette = "normal"       # normal | high_contrast
    text_step = 1            # 0 = smallest … see kiosk/ui/theme.py TEXT_STEPS
    read_aloud = false       # read every new screen aloud
    fullscreen = true        # desk mode only: kiosk is always fullscreen, laptop always a window
    portal = "https://…"     # Portal API v1 server
    scanner_folder = "/home/desk/Scans"
    printer = "system"       # where receipts go: pdf (a PDF file) | system | thermal
    printer_name = "HP_LaserJet"  # system printer (as the OS names it); unset: the default printer
    printer_paper = "A5"     # A4 | A5, for the system printer and the PDF
    thermal_address = "tcp://192.168.1.50:9100"  # or usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200

No personal data is ever written here.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path

import platformdirs

__all__ = [
    "ConfigError",
    "Mode",
    "Settings",
    "config_path",
    "load_settings",
    "save_settings",
]

MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 3600
PALETTES = ("normal", "high_contrast")
PRINTERS = ("pdf", "system", "thermal")
PAPERS = ("A4", "A5")


class Mode(StrEnum):
    KIOSK = "kiosk"  # a touchscreen in a public office: fullscreen, locked, on-screen keyboard, "Bạn"
    DESK = "desk"  # a volunteer drives with keyboard and mouse beside the citizen
    LAPTOP = "laptop"  # a neighbourhood team in people's homes: a window, a real keyboard, flaky network


# Quiet time before the warning: a citizen alone gets two minutes; a volunteer talks with them longer.
IDLE_DEFAULTS = {Mode.KIOSK: 120, Mode.DESK: 600, Mode.LAPTOP: 900}


class ConfigError(ValueError):
    """The settings file cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    mode: Mode = Mode.KIOSK
    idle_seconds: int | None = None  # None: the mode's default
    palette: str = "normal"
    text_step: int | None = None  # None: the theme's default step
    read_aloud: bool = False
    fullscreen: bool | None = None  # None: the mode decides
    portal: str | None = None
    scanner_folder: Path | None = None
    printer: str = "pdf"  # pdf | system | thermal (kiosk/receipt/printers.py printer_from_settings)
    printer_name: str | None = None  # None: the system's default printer
    printer_paper: str = "A4"
    thermal_address: str | None = None  # kiosk/receipt/address.py

    @property
    def idle(self) -> int:
        seconds = IDLE_DEFAULTS[self.mode] if self.idle_seconds is None else self.idle_seconds
        return min(MAX_IDLE_SECONDS, max(MIN_IDLE_SECONDS, seconds))

    @property
    def is_fullscreen(self) -> bool:
        if self.mode is Mode.KIOSK:
            return True
        if self.mode is Mode.LAPTOP:
            return False
        return bool(self.fullscreen)

    @property
    def locked(self) -> bool:
        return self.mode is Mode.KIOSK

    @property
    def on_screen_keyboard(self) -> bool:
        return self.mode is Mode.KIOSK

    def merged(self, **changes: object) -> Settings:
        """These settings with the given keys replaced; None values leave a key as it is."""
        return replace(self, **{key: value for key, value in changes.items() if value is not None})  # type: ignore[arg-type]


def config_path() -> Path:
    override = os.environ.get("KIOSK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("kiosk", appauthor=False)) / "kiosk.toml"


def _check(path: Path, key: str, value: object, kind: type | tuple[type, ...]) -> None:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{path}: '{key}' has the wrong type ({type(value).__name__})")


def load_settings(path: Path | None = None) -> Settings:
    """The settings in `path` (default: config_path()); defaults when the file does not exist."""
    path = path or config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc})") from None
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting '{unknown[0]}' (known: {', '.join(sorted(known))})")
    values: dict[str, object] = {}
    if "mode" in raw:
        try:
            values["mode"] = Mode(raw["mode"])
        except ValueError:
            raise ConfigError(f"{path}: 'mode' must be one of kiosk, desk, laptop") from None
    for key in ("idle_seconds", "text_step"):
        if key in raw:
            _check(path, key, raw[key], int)
            values[key] = raw[key]
    for key in ("read_aloud", "fullscreen"):
        if key in raw:
            _check(path, key, raw[key], bool)
            values[key] = raw[key]
    if "palette" in raw:
        if raw["palette"] not in PALETTES:
            raise ConfigError(f"{path}: 'palette' must be one of {', '.join(PALETTES)}")
        values["palette"] = raw["palette"]
    if "portal" in raw:
        _check(path, "portal", raw["portal"], str)
        values["portal"] = raw["portal"]
    if "scanner_folder" in raw:
        _check(path, "scanner_folder", raw["scanner_folder"], str)
        values["scanner_folder"] = Path(raw["scanner_folder"]).expanduser()
    _load_printer(path, raw, values)
    return Settings(**values)  # type: ignore[arg-type]


def _load_printer(path: Path, raw: dict[str, object], values: dict[str, object]) -> None:
    from kiosk.receipt.address import EXAMPLES, parse_address  # pure Python, no Qt

    if "printer" in raw:
        if raw["printer"] not in PRINTERS:
            raise ConfigError(f"{path}: 'printer' must be one of {', '.join(PRINTERS)}")
        values["printer"] = raw["printer"]
    if "printer_name" in raw:
        _check(path, "printer_name", raw["printer_name"], str)
        name = str(raw["printer_name"]).strip()
        if not name:
            raise ConfigError(f"{path}: 'printer_name' is empty (leave it out to use the default printer)")
        values["printer_name"] = name
    if "printer_paper" in raw:
        if raw["printer_paper"] not in PAPERS:
            raise ConfigError(f"{path}: 'printer_paper' must be one of {', '.join(PAPERS)}")
        values["printer_paper"] = raw["printer_paper"]
    if "thermal_address" in raw:
        _check(path, "thermal_address", raw["thermal_address"], str)
        try:
            values["thermal_address"] = str(parse_address(str(raw["thermal_address"])))
        except ValueError as exc:
            raise ConfigError(f"{path}: 'thermal_address': {exc}") from None
    if values.get("printer") == "thermal" and "thermal_address" not in values:
        raise ConfigError(f"{path}: printer = \"thermal\" needs 'thermal_address' (e.g. {EXAMPLES})")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Writes the settings that differ from unset (None) values; returns the file written."""
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Kiosk settings (see kiosk/config.py). No personal data is kept here."]
    for key, value in asdict(settings).items():
        if value is not None:
            lines.append(f"{key} = {_toml_value(value)}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
