"""A dossier in progress as JSON, to be sealed in the drafts store: answers as the person could type
them again, the chosen delivery, and the papers (base64). Nothing here is ever written unencrypted."""

from __future__ import annotations

import base64
import json

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import Address
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
