"""What the portal's answers mean on screen: a plain message for a failure, a receipt for a dossier."""

from __future__ import annotations

from kiosk.portal.errors import PortalError
from kiosk.portal.models import Dossier
from kiosk.receipt.model import Receipt


def plain_message(exc: Exception) -> str:
    if isinstance(exc, PortalError):
        return exc.message
    return "Đã có lỗi không mong muốn. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ."


def receipt_for(dossier: Dossier) -> Receipt:
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
    )
