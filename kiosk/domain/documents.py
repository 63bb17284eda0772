"""Documents attached to a dossier (giấy tờ kèm theo): what is accepted, and how it is named.

Pure Python. The person's own file name never travels: it may hold a name or a CCCD number, so a
document is named by the checklist entry it answers and its position ("giay_chung_sinh-1.jpg").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Final

from kiosk.domain.phrases import phrase

MAX_BYTES: Final = 5 * 1024 * 1024  # after photos are downscaled; a scanned PDF of a few pages fits
MAX_FILES_PER_ITEM: Final = 10
MAX_IMAGE_SIDE: Final = 2000  # px: a phone photo of a paper stays readable at this size

MIME_EXTENSIONS: Final[dict[str, str]] = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
}


class DocumentProblem(ValueError):
    """A file the kiosk cannot attach; str() says why in plain Vietnamese (a Phrase, for `tr`)."""

    def __str__(self) -> str:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, str) else super().__str__()


def sniff_mime(data: bytes) -> str | None:
    """The type by its first bytes, not its name: PDF, JPEG or PNG, else None."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


@dataclass(frozen=True)
class Document:
    """One file attached for one checklist entry."""

    attachment_id: str
    mime: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def file_name(self, position: int) -> str:
        return f"{self.attachment_id}-{position}.{MIME_EXTENSIONS[self.mime]}"


def accept(attachment_id: str, data: bytes) -> Document:
    """A Document, or DocumentProblem saying in plain words what is wrong with the file."""
    if not data:
        raise DocumentProblem(phrase("Tệp này trống."))
    mime = sniff_mime(data)
    if mime is None:
        raise DocumentProblem(phrase("Tệp này không phải ảnh (JPEG, PNG) hay PDF. Vui lòng chọn tệp khác."))
    if len(data) > MAX_BYTES:
        megabytes = MAX_BYTES // (1024 * 1024)
        raise DocumentProblem(
            phrase(
                "Tệp quá lớn (tối đa {megabytes} MB). Hãy chụp hoặc quét lại với độ phân giải thấp hơn.",
                megabytes=megabytes,
            )
        )
    return Document(attachment_id, mime, data)


def size_text(size: int) -> str:
    """`350 KB`, `1,2 MB`: how big a file is, the Vietnamese way."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
