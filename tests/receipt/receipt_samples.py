"""Receipts the receipt tests print: a full one (contacts, documents, a paid fee) and a bare one."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from kiosk.receipt.model import Receipt, ReceivedDocument

DOSSIER_CODE = "000.00.01.H26-260930-0012"
LOOKUP_CODE = "K7QX3M"
NAME_NFD = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")  # as a scanner or input method may send it
AGENCY = "Ủy ban nhân dân phường Bến Thành, Thành phố Hồ Chí Minh"


def bare_receipt(**extra: object) -> Receipt:
    return Receipt(
        dossier_code=DOSSIER_CODE,
        lookup_code=LOOKUP_CODE,
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        citizen_name=NAME_NFD,
        received_at=datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="desk",
        agency_name=AGENCY,
        **extra,  # type: ignore[arg-type]
    )


def full_receipt(**extra: object) -> Receipt:
    values: dict[str, object] = {
        "documents": (
            ReceivedDocument("Tờ khai đăng ký khai sinh", original=True),
            ReceivedDocument("Giấy chứng sinh", original=True),
            ReceivedDocument("Giấy chứng nhận kết hôn của cha mẹ", original=False),
        ),
        "citizen_address": "Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh",
        "citizen_phone": "0912 345 678",
        "citizen_email": "hoa.nguyen@example.vn",
        "processing_days": 0,
        "logbook_volume": "01/2026",
        "logbook_entry": 12,
        "fee": 8000,
        "payment": "paid",
    }
    values.update(extra)
    return bare_receipt(**values)
