"""What the portal's answers mean on screen: a plain message for a failure, a receipt for a dossier."""

from __future__ import annotations

from kiosk.i18n import tr
from kiosk.portal.errors import PortalError
from kiosk.portal.models import Dossier
from kiosk.receipt.model import Receipt


def plain_message(exc: Exception) -> str:
    """What went wrong, in the visit's language. The kiosk's own messages are translated; the portal's
    own words (its problem+json detail) have no translation and are shown as they are."""
    if isinstance(exc, PortalError):
        return tr(exc.message)
    return tr("Đã có lỗi không mong muốn. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.")


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
