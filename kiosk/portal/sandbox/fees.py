"""What a dossier costs in the sandbox, and where the money goes (a trial treasury account).

The fee comes from the form engine (`Form.fee()`), as the kiosk quotes it. Where the procedure file
leaves an amount to the province (None: "theo mức tỉnh quy định"), the sandbox uses its own trial
schedule, `TRIAL_PROVINCE_FEES`: made-up amounts for demos and tests, NOT any province's real fees.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import Address
from kiosk.domain.form import Form
from kiosk.domain.procedures import Procedure

APPLICANT_ADDRESS_FIELD = "requester.residence"
MAX_PURPOSE = 25


@dataclass(frozen=True)
class ProvinceFees:
    """Amounts (VND) the sandbox uses where a procedure file says "set by the province" (None)."""

    late: int = 8000  # late registration (đăng ký muộn)
    per_copy: int = 8000  # each copy of an extract (bản sao trích lục)

    def __post_init__(self) -> None:
        if self.late < 0 or self.per_copy < 0:
            raise ValueError("fees are amounts in VND >= 0")


TRIAL_PROVINCE_FEES = ProvinceFees()  # the sandbox's trial amounts, not a province's real schedule


@dataclass(frozen=True)
class TreasuryAccount:
    """The account a dossier's fee is paid into (a bank transfer by VietQR)."""

    bank_bin: str  # NAPAS bank identifier, 6 digits
    bank_name: str
    account_number: str
    account_name: str


# A trial account at VietinBank (BIN 970415, as in the reference page's example); the number is
# made up (all zeros), so a real bank app finds no such account and no money can leave by mistake.
TRIAL_TREASURY = TreasuryAccount(
    bank_bin="970415",
    bank_name="VietinBank",
    account_number="000000000000",
    account_name="UBND PHUONG BA DINH (THU NGHIEM)",
)


def answered_form(procedure: Procedure, answers: Mapping[str, object], today: date) -> Form:
    """A Form holding a submitted dossier's (already validated) answers; an address comes as its three
    payload keys ("<id>.province", ".commune", ".street")."""
    form = Form(procedure, today=today)
    grouped: dict[str, object] = {}
    addresses: dict[str, dict[str, object]] = {}
    for key, raw in answers.items():
        base, _, part = key.rpartition(".")
        if key not in procedure.fields and part in fieldtypes.ADDRESS_PARTS and base in procedure.fields:
            addresses.setdefault(base, {})[part] = raw
        elif key in procedure.fields:
            grouped[key] = raw
    grouped.update(addresses)
    for field_id, raw in grouped.items():
        if not procedure.field(field_id).compute:
            form.answer(field_id, raw)
    return form


def dossier_fee(form: Form, schedule: ProvinceFees = TRIAL_PROVINCE_FEES) -> int:
    """The fee (VND) of the dossier: the form engine's quote, the province's parts from `schedule`."""
    quote = form.fee()
    if quote.amount is not None:
        return quote.amount
    total = 0
    for position, (_, amount) in enumerate(quote.lines):
        if amount is not None:
            total += amount
        elif position == 0:  # the registration itself: only the late fee can be left to the province
            total += schedule.late
        else:  # the copies line: Form.fee() counts them the same way
            fees = form.procedure.fees
            copies = form.applied_value(fees.copies_field) if fees.copies_field else None
            total += schedule.per_copy * (copies if isinstance(copies, int) else 0)
    return total


def applicant_address(form: Form) -> str | None:
    """The requester's residence as one line of text, when the procedure asks it."""
    field = form.procedure.fields.get(APPLICANT_ADDRESS_FIELD)
    if field is None:
        return None
    value = form.applied_value(field.id)
    return value.text() if isinstance(value, Address) else None


def payment_purpose(dossier_code: str) -> str:
    """The transfer note that identifies a dossier's fee: "HS" + the code without dots (25 characters,
    ASCII), e.g. "HS00000001H26-260930-0012"."""
    purpose = "HS" + dossier_code.replace(".", "")
    if len(purpose) > MAX_PURPOSE or not (purpose.isascii() and purpose.isprintable()):
        raise ValueError("dossier code does not make a transfer note")
    return purpose


def purpose_key(text: str) -> str:
    """How a bank's transfer note is matched: letters and digits only, upper case (banks drop the rest)."""
    return re.sub(r"[^0-9A-Z]", "", text.upper())
