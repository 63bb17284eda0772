"""What the portal's answers mean on screen: a plain message for a failure, a receipt for a dossier."""

from __future__ import annotations

from kiosk.domain.procedures import Procedure
from kiosk.i18n import tr
from kiosk.portal.errors import PortalError
from kiosk.portal.models import Dossier, PaymentStatus
from kiosk.receipt.model import Receipt, ReceivedDocument


def plain_message(exc: Exception) -> str:
    """What went wrong, in the visit's language. The kiosk's own messages are translated; the portal's
    own words (its problem+json detail) have no translation and are shown as they are."""
    if isinstance(exc, PortalError):
        return tr(exc.message)
    return tr("Đã có lỗi không mong muốn. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.")


def received_documents(dossier: Dossier, procedure: Procedure | None) -> tuple[ReceivedDocument, ...]:
    """ "Thành phần hồ sơ": each checklist entry the portal stored files for, by the procedure's own name
    for it, original or copy, and how many papers the checklist asks (not how many files were photographed);
    entries the procedure does not know keep their id."""
    sent = dict.fromkeys(document.attachment_id for document in dossier.documents)  # in the order sent
    known = {a.id: a for a in procedure.attachments} if procedure is not None else {}
    result = []
    for attachment_id in sent:
        entry = known.get(attachment_id)
        if entry is None:
            result.append(ReceivedDocument(attachment_id, False, 1))
        else:  # papers, not files: a certificate photographed page by page is still one paper
            result.append(ReceivedDocument(entry.name, entry.original, entry.count))
    return tuple(result)


def receipt_for(
    dossier: Dossier, procedure: Procedure | None = None, *, payment: PaymentStatus | None = None
) -> Receipt:
    """The receipt of `dossier`; `payment` overrides the portal's payment state when the kiosk knows
    better (the transfer arrived after the dossier was fetched)."""
    return Receipt(
        dossier_code=dossier.code,
        lookup_code=dossier.lookup_code,
        procedure_code=dossier.procedure_code,
        procedure_name=dossier.procedure_name,
        citizen_name=dossier.applicant_name,
        received_at=dossier.received_at,
        appointment_on=dossier.appointment_on,
        delivery=dossier.delivery,
        agency_name=dossier.agency_name,
        documents=received_documents(dossier, procedure),
        citizen_address=dossier.applicant_address or "",
        citizen_phone=dossier.applicant_phone or "",
        citizen_email=dossier.applicant_email or "",
        processing_days=dossier.processing_days,
        logbook_volume=dossier.logbook_volume or "",
        logbook_entry=dossier.logbook_entry,
        fee=0 if payment == "none" else dossier.fee,  # "none": the portal said there is nothing to pay
        payment=payment or dossier.payment_status,
    )
