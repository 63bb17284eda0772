"""The one place that resolves asset paths, from source and inside the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    """The `assets/` folder: beside the package in a checkout, under `sys._MEIPASS` in the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    """A file under `assets/`, e.g. `asset("procedures", "1.001193.json")`."""
    return assets_dir().joinpath(*parts)
