"""Where receipt PDFs are saved: the user's Documents folder, named by dossier code only."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from platformdirs import user_documents_dir

from kiosk.domain.dossier_codes import is_dossier_code

FOLDER_NAME: Final = "Bien nhan DVC"


def receipt_folder() -> Path:
    """`<Documents>/Bien nhan DVC`, created on first use."""
    folder = Path(user_documents_dir()) / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def receipt_path(dossier_code: str, folder: Path | None = None) -> Path:
    """`<folder or Documents/Bien nhan DVC>/bien-nhan-<dossier code>.pdf`.

    Only the dossier code goes into the name: it is not personal data, and checking its shape
    keeps a name, a CCCD number or a path separator out of the file system.
    """
    if not is_dossier_code(dossier_code):
        raise ValueError("Mã hồ sơ không đúng định dạng.")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    return (folder or receipt_folder()) / f"bien-nhan-{dossier_code}.pdf"
