"""A dossier as it arrives: JSON, or multipart/form-data with its documents; and the checklist rules.

Multipart parts: "dossier" (the DossierCreate JSON), then per document an "attachment_id" field and a
"files" part, in the same order. The part's file name is ignored (the kiosk sends
"giay_chung_sinh-1.jpg"; anything else would be the person's own name and is never stored), and so is
its declared type: every file is checked by content with kiosk.domain.documents.accept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from kiosk.domain import fieldtypes
from kiosk.domain.documents import MAX_BYTES, MAX_FILES_PER_ITEM, Document, DocumentProblem, accept
from kiosk.domain.form import AttachmentNeed, Form
from kiosk.domain.procedures import Procedure
from kiosk.portal.models import DossierCreate
from kiosk.portal.sandbox.problems import BAD_JSON, ProblemError

MAX_DOCUMENTS = 20  # per dossier
MAX_REQUEST_BYTES = 50 * 1024 * 1024  # all documents together, by Content-Length
MAX_DOSSIER_PART = 256 * 1024  # the "dossier" JSON part

MSG_MEDIA_TYPE = "Hồ sơ phải được gửi dạng JSON hoặc multipart/form-data."
MSG_MULTIPART = "Dữ liệu gửi lên không đúng định dạng multipart/form-data."
MSG_DOSSIER_PART = "Thiếu phần “dossier” (tờ khai dạng JSON) trong dữ liệu gửi lên."
MSG_TOO_MANY = f"Hồ sơ có quá nhiều tệp đính kèm (tối đa {MAX_DOCUMENTS} tệp)."
MSG_TOO_BIG = f"Hồ sơ quá lớn (tối đa {MAX_REQUEST_BYTES // (1024 * 1024)} MB cho tất cả giấy tờ)."
MSG_FILE_PART = "Mỗi tệp đính kèm phải được gửi dạng tệp (có filename) trong phần “files”."
MSG_IDS = "Mỗi tệp đính kèm cần đúng một mã giấy tờ (attachment_id), theo cùng thứ tự."
MSG_FILE_REFUSED = "Có tệp đính kèm không được chấp nhận. Vui lòng xem các tệp được đánh dấu."
MSG_NOT_ON_CHECKLIST = "Giấy tờ này không có trong danh mục giấy tờ của thủ tục."
MSG_NOT_APPLICABLE = "Giấy tờ này không cần cho hồ sơ theo thông tin đã khai: vui lòng bỏ tệp này."
MSG_ATTACHMENTS_WRONG = "Có tệp đính kèm không đúng với danh mục giấy tờ của thủ tục."
MSG_TOO_MANY_FOR_ITEM = f"Tối đa {MAX_FILES_PER_ITEM} tệp cho mỗi loại giấy tờ."
MSG_MISSING = "Còn thiếu giấy tờ: {names}."
MSG_MISSING_ONE = "Cần nộp kèm giấy tờ này."


@dataclass(frozen=True)
class Upload:
    """The request body before validation: the dossier as parsed JSON, the files as sent."""

    dossier: Any
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (attachment_id, bytes), in order


async def read_upload(request: Request) -> Upload:
    """Reads the body (JSON or multipart). Malformed syntax is a 400 before anything else is checked."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type == "multipart/form-data":
        return await _read_multipart(request)
    if content_type and content_type != "application/json" and not content_type.endswith("+json"):
        raise ProblemError(415, MSG_MEDIA_TYPE)
    return Upload(_json(await request.body()))


def _json(raw: bytes | str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise ProblemError(400, BAD_JSON) from None


async def _read_multipart(request: Request) -> Upload:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_REQUEST_BYTES:
        raise ProblemError(413, MSG_TOO_BIG)
    # A malformed body becomes Starlette's HTTPException(400): a problem with a Vietnamese detail.
    # Parsing limits are loose (twice the allowed counts) so that "too many files" gets its own message.
    async with request.form(
        max_files=2 * MAX_DOCUMENTS, max_fields=2 * MAX_DOCUMENTS + 1, max_part_size=MAX_DOSSIER_PART
    ) as form:
        dossiers = form.getlist("dossier")
        if len(dossiers) != 1:
            raise ProblemError(400, MSG_DOSSIER_PART)
        part = dossiers[0]
        dossier = _json(await part.read(MAX_DOSSIER_PART) if isinstance(part, UploadFile) else part)
        ids = form.getlist("attachment_id")
        uploads = form.getlist("files")
        if len(uploads) > MAX_DOCUMENTS:
            raise ProblemError(422, MSG_TOO_MANY, errors={"files": MSG_TOO_MANY})
        if not all(isinstance(u, UploadFile) for u in uploads):
            raise ProblemError(422, MSG_FILE_PART, errors={"files": MSG_FILE_PART})
        if len(ids) != len(uploads) or not all(isinstance(i, str) for i in ids):
            raise ProblemError(422, MSG_IDS, errors={"attachment_id": MSG_IDS})
        files: list[tuple[str, bytes]] = []
        for attachment_id, upload in zip(ids, uploads, strict=True):
            assert isinstance(attachment_id, str) and isinstance(upload, UploadFile)
            data = await upload.read(MAX_BYTES + 1)  # one byte more says "too big" without reading it all
            files.append((attachment_id.strip(), data))
    return Upload(dossier, files)


def dossier_body(upload: Upload) -> DossierCreate:
    """The DossierCreate, or the same 422 problem FastAPI gives for a JSON body."""
    try:
        return DossierCreate.model_validate(upload.dossier)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]
        raise RequestValidationError(errors) from None


def documents(upload: Upload) -> list[Document]:
    """Every file checked by content and size: 413 when one is too large, else 422, per file."""
    accepted: list[Document] = []
    problems: dict[str, str] = {}
    too_big = False
    for n, (attachment_id, data) in enumerate(upload.files):
        try:
            accepted.append(accept(attachment_id, data))
        except DocumentProblem as exc:
            problems[f"files.{n}"] = str(exc)
            too_big = too_big or len(data) > MAX_BYTES
    if problems:
        detail = next(iter(problems.values())) if len(problems) == 1 else MSG_FILE_REFUSED
        raise ProblemError(413 if too_big else 422, detail, errors=problems)
    return accepted


def digest(body: DossierCreate, files: Sequence[Document]) -> str:
    """The request's fingerprint for Idempotency-Key: the dossier, and each file's entry and sha256."""
    canonical: Any = body.model_dump(mode="json")
    if files:  # without files the fingerprint stays what it was before attachments existed
        canonical = {"dossier": canonical, "documents": [[d.attachment_id, d.sha256] for d in files]}
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_checklist(
    procedure: Procedure, answers: Mapping[str, object], files: Sequence[Document], today: date
) -> None:
    """Every file answers a checklist entry that applies to these answers; every needed entry is there."""
    needs = {need.id: need for need in attachment_needs(procedure, answers, today)}
    errors: dict[str, str] = {}
    counts: dict[str, int] = {}
    for n, document in enumerate(files):
        need = needs.get(document.attachment_id)
        counts[document.attachment_id] = counts.get(document.attachment_id, 0) + 1
        if need is None:
            errors[f"files.{n}"] = MSG_NOT_ON_CHECKLIST
        elif not need.applies:
            errors[f"files.{n}"] = MSG_NOT_APPLICABLE
        elif counts[document.attachment_id] > MAX_FILES_PER_ITEM:
            errors[f"files.{n}"] = MSG_TOO_MANY_FOR_ITEM
    if errors:
        raise ProblemError(422, MSG_ATTACHMENTS_WRONG, errors=errors)
    missing = [need for need in needs.values() if need.needed and need.id not in counts]
    if missing:
        names = ", ".join(need.name for need in missing)
        raise ProblemError(
            422,
            MSG_MISSING.format(names=names),
            errors={f"attachments.{need.id}": MSG_MISSING_ONE for need in missing},
        )


def attachment_needs(
    procedure: Procedure, answers: Mapping[str, object], today: date
) -> list[AttachmentNeed]:
    """The checklist for these (already validated) answers, as the kiosk's form computes it."""
    form = Form(procedure, today=today)
    grouped: dict[str, object] = {}
    addresses: dict[str, dict[str, object]] = {}
    for key, raw in answers.items():
        base, _, part = key.rpartition(".")
        if key in procedure.fields:
            grouped[key] = raw
        elif part in fieldtypes.ADDRESS_PARTS and base in procedure.fields:
            addresses.setdefault(base, {})[part] = raw
    grouped.update(addresses)
    for field_id, raw in grouped.items():
        if not procedure.field(field_id).compute:
            form.answer(field_id, raw)
    return form.attachments()
