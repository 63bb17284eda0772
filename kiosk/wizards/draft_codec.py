"""A dossier in progress as JSON, to be sealed in the drafts store: answers as the person could type
them again, the chosen delivery, and the papers (base64). Nothing here is ever written unencrypted."""

from __future__ import annotations

import base64
import json
from datetime import date

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import Address
from kiosk.domain.dates import format_date
from kiosk.domain.documents import Document
from kiosk.domain.procedures import Procedure
from kiosk.wizards.dossier_flow import DossierDraft


def encode(draft: DossierDraft, view: str) -> str:
    assert draft.form is not None
    form = draft.form
    values: dict[str, object] = {}
    for field_id in form.procedure.fields:
        value = form.value(field_id)
        if value is None or form.procedure.field(field_id).source:
            continue  # account data comes from the login, not from the draft
        if isinstance(value, Address):
            values[field_id] = {
                "province": value.province_code,
                "commune": value.commune_code,
                "street": value.street,
            }
        elif isinstance(value, bool | int):
            values[field_id] = value
        else:
            values[field_id] = fieldtypes.edit_text(form.procedure.field(field_id), value)
    papers = {
        need: [[doc.mime, base64.b64encode(doc.data).decode("ascii")] for doc in docs]
        for need, docs in draft.documents.items()
    }
    return json.dumps(
        {
            "procedure": form.procedure.code,
            "values": values,
            "delivery": draft.delivery,
            "delivery_address": draft.delivery_address,
            "view": view,
            "documents": papers,
        },
        ensure_ascii=False,
    )


def procedure_of(text: str) -> str:
    return str(json.loads(text)["procedure"])


def decode_into(draft: DossierDraft, procedure: Procedure, text: str) -> str:
    """Fills `draft` (already logged in) with the saved dossier; returns the screen to go back to."""
    data = json.loads(text)
    draft.start(procedure)
    assert draft.form is not None
    for field_id, value in data["values"].items():
        if field_id in procedure.fields:
            draft.form.answer(field_id, value)
    draft.delivery = str(data.get("delivery", ""))
    draft.delivery_address = str(data.get("delivery_address", ""))
    draft.documents = {
        need: [Document(need, mime, base64.b64decode(content)) for mime, content in docs]
        for need, docs in data.get("documents", {}).items()
    }
    return str(data.get("view", ""))


def from_request(procedure: Procedure, request_json: str, documents: list[tuple[str, str, bytes]]) -> str:
    """A refused dossier (the request the portal would not take) as a draft to fix: its answers as a
    person could type them again, opened on the review screen ("Kiểm tra lại thông tin")."""
    request = json.loads(request_json)
    answers: dict[str, object] = request.get("answers", {})
    values: dict[str, object] = {}
    for field in procedure.fields.values():
        if field.source:
            continue  # account data comes from the login
        if field.type == "address":
            parts = {part: answers.get(f"{field.id}.{part}") for part in fieldtypes.ADDRESS_PARTS}
            if parts["province"] is not None:
                values[field.id] = parts
            continue
        value = answers.get(field.id)
        if value is None:
            continue
        if field.type == "date" and isinstance(value, str):
            value = format_date(date.fromisoformat(value))
        values[field.id] = value
    return json.dumps(
        {
            "procedure": procedure.code,
            "values": values,
            "delivery": request.get("delivery") or "",
            "delivery_address": request.get("delivery_address") or "",
            "view": "review",
            "documents": {
                need: [
                    [mime, base64.b64encode(data).decode("ascii")] for n, mime, data in documents if n == need
                ]
                for need in dict.fromkeys(n for n, _, _ in documents)
            },
        },
        ensure_ascii=False,
    )


def _papers(documents: list[tuple[str, str, bytes]]) -> dict[str, list[list[str]]]:
    papers: dict[str, list[list[str]]] = {}
    for need, mime, data in documents:
        papers.setdefault(need, []).append([mime, base64.b64encode(data).decode("ascii")])
    return papers
