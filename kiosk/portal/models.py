"""Portal API v1 models, shared by the requests client and the sandbox server (one copy, no drift).

Request models normalise what people type (NFC, phone and name forms) so the client and the server
see the same values. Error messages raised by validators are Vietnamese: the sandbox shows them
as field errors.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kiosk.domain.names import require_person_name
from kiosk.domain.phone import normalize_phone

ID_NUMBER_PATTERN = re.compile(r"[0-9]{12}")  # ASCII digits only (\d would take other scripts' digits)

Delivery = Literal["desk", "post"]
AnswerValue = str | int | bool | None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _id_number(value: str) -> str:
    text = _nfc(value).strip().replace(" ", "")
    if not ID_NUMBER_PATTERN.fullmatch(text):
        raise ValueError("Số định danh cá nhân phải gồm đúng 12 chữ số.")
    return text


class _Model(BaseModel):
    """Unknown fields are ignored, so an older kiosk still reads a newer portal's answers.

    Validation errors never quote the input: it is personal data (names, numbers, passwords).
    """

    model_config = ConfigDict(hide_input_in_errors=True)


class AccountCreate(_Model):
    id_number: str
    full_name: str
    birth_date: date
    phone: str
    password: str = Field(min_length=6, max_length=128)

    @field_validator("id_number")
    @classmethod
    def _id(cls, value: str) -> str:
        return _id_number(value)

    @field_validator("full_name")
    @classmethod
    def _name(cls, value: str) -> str:
        return require_person_name(_nfc(value))  # normalize_name, after checking it is a name

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normalize_phone(_nfc(value))

    @field_validator("birth_date")
    @classmethod
    def _birth(cls, value: date) -> date:
        if value.year < 1900:
            raise ValueError("Ngày sinh không hợp lệ.")
        return value

    def __repr__(self) -> str:  # never print personal data or the password
        return "AccountCreate(…)"

    __str__ = __repr__


class AccountCreated(_Model):
    account_id: str
    otp_sent_to: str  # the masked phone number
    demo_otp: str | None = None  # only the sandbox fills it: the demo banner shows it instead of an SMS


class AccountVerify(_Model):
    otp: str = Field(min_length=1, max_length=12)

    @field_validator("otp")
    @classmethod
    def _otp(cls, value: str) -> str:
        return value.strip()


class Account(_Model):
    account_id: str
    id_number: str
    full_name: str
    birth_date: date
    phone: str
    verified: bool


class TokenRequest(_Model):
    username: str  # the 12-digit CCCD number
    password: str = Field(min_length=1, max_length=128)

    @field_validator("username")
    @classmethod
    def _username(cls, value: str) -> str:
        return _id_number(value)

    def __repr__(self) -> str:
        return "TokenRequest(…)"

    __str__ = __repr__


class Token(_Model):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    account: Account
    # A second bearer token that can only submit dossiers for this account, and lives longer (days):
    # the kiosk seals it with a dossier in its outbox, so a dossier that waits out a long outage can
    # still be sent after the login itself expired. Optional: a portal without it gets the login token.
    submission_grant: str | None = None
    submission_grant_expires_in: int | None = None

    def __repr__(self) -> str:
        return f"Token(token_type={self.token_type!r}, expires_in={self.expires_in})"

    __str__ = __repr__


class ProcedureInfo(_Model):
    code: str
    version: str
    name: str
    name_en: str
    processing_days: int
    agency: str


class DossierCreate(_Model):
    procedure_code: str = Field(min_length=1, max_length=64)
    procedure_version: str = Field(min_length=1, max_length=64)
    answers: dict[str, AnswerValue]
    delivery: Delivery
    delivery_address: str | None = Field(default=None, max_length=300)

    @field_validator("answers")
    @classmethod
    def _answers_nfc(cls, answers: dict[str, AnswerValue]) -> dict[str, AnswerValue]:
        return {_nfc(k): _nfc(v) if isinstance(v, str) else v for k, v in answers.items()}

    @field_validator("delivery_address")
    @classmethod
    def _address_nfc(cls, value: str | None) -> str | None:
        return _nfc(value) if value else None

    @model_validator(mode="after")
    def _post_needs_address(self) -> DossierCreate:
        if self.delivery == "post" and not self.delivery_address:
            raise ValueError("Vui lòng ghi địa chỉ nhận kết quả qua bưu điện.")
        return self


class StatusEvent(_Model):
    at: datetime
    status: str  # a code, e.g. "received"
    note: str  # plain Vietnamese words, e.g. "Đã tiếp nhận hồ sơ"


class DocumentInfo(_Model):
    """A document stored with a dossier: never its bytes, never the person's own file name."""

    index: int  # 1, 2, … in the order the files were sent
    attachment_id: str  # the checklist entry it answers, e.g. "giay_chung_sinh"
    mime: str  # "application/pdf", "image/jpeg" or "image/png", by content
    size: int  # bytes
    sha256: str  # hex


PaymentStatus = Literal["none", "unpaid", "paid"]  # "none": the dossier has no fee


class Dossier(_Model):
    code: str
    lookup_code: str
    procedure_code: str
    procedure_version: str
    procedure_name: str
    applicant_name: str
    agency_name: str
    status: str
    received_at: datetime
    appointment_on: date
    delivery: Delivery
    history: list[StatusEvent]
    documents: list[DocumentInfo] = Field(default_factory=list)
    # Later additions, all optional so an older portal's answers still read:
    applicant_address: str | None = None  # for the receipt's "received from" (the lookup code guards it)
    applicant_phone: str | None = None
    applicant_email: str | None = None
    processing_days: int | None = None  # statutory time in working days (0: the same working day)
    logbook_volume: str | None = None  # "Quyển số" of the receiving logbook, e.g. "01/2026"
    logbook_entry: int | None = None  # "Số thứ tự" in that logbook
    fee: int = 0  # VND the portal asks for this dossier (0: nothing to pay)
    payment_status: PaymentStatus = "none"
    rated: bool = False  # a satisfaction rating was already given (one per dossier)


class Payment(_Model):
    """The fee of one dossier and how to pay it by bank app (POST/GET /dossiers/{code}/payment)."""

    dossier_code: str
    amount: int = Field(gt=0)  # VND
    status: Literal["unpaid", "paid"]
    bank_bin: str  # NAPAS bank identifier, 6 digits
    bank_name: str
    account_number: str
    account_name: str  # the receiving treasury account's holder, e.g. "UBND XA ..."
    purpose: str  # the transfer note the bank must carry (ASCII), how the portal matches the money
    vietqr: str  # the EMVCo/VietQR payload with its CRC; the kiosk checks it before showing it
    paid_at: datetime | None = None


RatingScore = Literal["satisfied", "neutral", "dissatisfied"]  # Hài lòng / Bình thường / Không hài lòng
MAX_RATING_COMMENT = 500


class RatingCreate(_Model):
    score: RatingScore
    comment: str = Field(default="", max_length=MAX_RATING_COMMENT)

    @field_validator("comment")
    @classmethod
    def _comment(cls, value: str) -> str:
        return _nfc(value).strip()

    def __repr__(self) -> str:  # the comment is the citizen's own words
        return f"RatingCreate(score={self.score!r})"

    __str__ = __repr__


class Rating(_Model):
    dossier_code: str
    score: RatingScore
    at: datetime


class FieldProblem(_Model):
    field: str
    message: str


class Problem(_Model):
    """RFC 9457 problem details; `detail` is Vietnamese and safe to show on screen."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldProblem] = Field(default_factory=list)
