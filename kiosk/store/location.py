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


def log_dir() -> Path:
    """The log files' folder, `data_dir()/logs`, private to this user (0o700; kiosk.logs makes sure)."""
    folder = data_dir() / "logs"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def journal_path() -> Path:
    """The desk journal's SQLite file."""
    return data_dir() / "journal.sqlite3"


def outbox_path() -> Path:
    """The outbox's SQLite file: dossiers committed on this kiosk, sealed until delivered."""
    return data_dir() / "outbox.sqlite3"


def drafts_path() -> Path:
    """The drafts' SQLite file: answers saved as the person goes, sealed."""
    return data_dir() / "drafts.sqlite3"
