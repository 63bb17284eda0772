"""Where the kiosk keeps its files: one folder under the platform's per-user data directory."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "kiosk"


def data_dir() -> Path:
    """`~/.local/share/kiosk` on Linux (`%LOCALAPPDATA%\\kiosk` on Windows), created on first use."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def journal_path() -> Path:
    """The desk journal's SQLite file."""
    return data_dir() / "journal.sqlite3"
