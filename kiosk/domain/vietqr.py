"""VietQR (NAPAS, EMVCo merchant-presented QR) payloads for paying a fee by bank app.

A payload is a string of TLV fields (two-digit id, two-digit length, value), ending with a
CRC-16/CCITT-FALSE over everything before it including "6304":

    00=01  01=12 (with an amount; 11 without)  38={00=A000000727, 01={00=bank BIN, 01=account},
    02=QRIBFTTA}  53=704  54=amount  58=VN  62={08=purpose}  63=CRC

`build_vietqr` writes one; `parse_vietqr` reads one back and refuses (ValueError with a Vietnamese
Phrase) anything broken: wrong structure, wrong CRC, wrong currency or country. The kiosk checks the
portal's payload with it before showing the code to a citizen: a damaged code would send money nowhere.
Pure: no Qt, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kiosk.domain.phrases import phrase

__all__ = [
    "NAPAS_GUID",
    "VietQR",
    "ascii_purpose",
    "build_vietqr",
    "crc16_ccitt",
    "parse_vietqr",
]

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"  # transfer to a bank account (QRIBFTTC: to a card)
CURRENCY_VND = "704"
COUNTRY_VN = "VN"
MAX_TLV_LENGTH = 99
MAX_AMOUNT_DIGITS = 13  # EMVCo: field 54 holds at most 13 characters

MSG_FORMAT = phrase("Mã thanh toán VietQR không đúng định dạng.")
MSG_CRC = phrase("Mã thanh toán VietQR bị hỏng (sai mã kiểm tra).")
MSG_NOT_VND = phrase("Mã thanh toán VietQR không phải chuyển khoản bằng đồng Việt Nam trong nước.")
MSG_BANK = phrase("Mã ngân hàng trong mã VietQR phải gồm đúng 6 chữ số.")
MSG_ACCOUNT = phrase("Số tài khoản nhận tiền không hợp lệ.")
MSG_AMOUNT = phrase("Số tiền cần chuyển không hợp lệ.")
MSG_PURPOSE = phrase("Nội dung chuyển khoản chỉ được dùng chữ cái, chữ số và dấu câu thông thường.")
MSG_TOO_LONG = phrase("Thông tin trong mã VietQR quá dài.")

_BIN = re.compile(r"[0-9]{6}")
_ACCOUNT = re.compile(r"[0-9A-Za-z]{1,19}")
_AMOUNT = re.compile(r"[0-9]{1,13}")
_CRC_TAIL = re.compile(r"6304([0-9A-F]{4})")


@dataclass(frozen=True)
class VietQR:
    """What a VietQR payload says: where the money goes, how much (None: the payer types it), and the
    transfer note the bank carries."""

    bank_bin: str
    account_number: str
    amount: int | None
    purpose: str
    currency: str = CURRENCY_VND
    country: str = COUNTRY_VN


def crc16_ccitt(text: str) -> str:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) of the UTF-8 bytes,
    as four upper-case hex digits: `crc16_ccitt("123456789") == "29B1"`."""
    crc = 0xFFFF
    for byte in text.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def ascii_purpose(text: str) -> str:
    """A transfer note banks accept: Vietnamese diacritics dropped (đ -> d), spaces collapsed.

    "Lệ phí hồ sơ số 12" -> "Le phi ho so so 12". ValueError (MSG_PURPOSE) when something other
    than printable ASCII is left (e.g. emoji, Chinese characters, control characters).
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    result = " ".join(bare.split())
    if not _printable_ascii(result):
        raise ValueError(MSG_PURPOSE)
    return result


def build_vietqr(bank_bin: str, account_number: str, amount: int | None, purpose: str = "") -> str:
    """The VietQR payload (with its CRC) for a transfer of `amount` VND (None: the payer types the
    amount) to `account_number` at the bank `bank_bin`, carrying `purpose` as the transfer note.

    The purpose is made ASCII with `ascii_purpose`; an empty one leaves field 62 out.
    ValueError with a Vietnamese message on a bad bank, account, amount or purpose.
    """
    if not _BIN.fullmatch(bank_bin):
        raise ValueError(MSG_BANK)
    if not _ACCOUNT.fullmatch(account_number):
        raise ValueError(MSG_ACCOUNT)
    if amount is not None and (
        isinstance(amount, bool)
        or not isinstance(amount, int)
        or amount <= 0
        or len(str(amount)) > MAX_AMOUNT_DIGITS
    ):
        raise ValueError(MSG_AMOUNT)
    note = ascii_purpose(purpose)
    beneficiary = _tlv("00", bank_bin) + _tlv("01", account_number)
    account_info = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", SERVICE_TO_ACCOUNT)
    body = (
        _tlv("00", "01")
        + _tlv("01", "11" if amount is None else "12")
        + _tlv("38", account_info)
        + _tlv("53", CURRENCY_VND)
        + (_tlv("54", str(amount)) if amount is not None else "")
        + _tlv("58", COUNTRY_VN)
        + (_tlv("62", _tlv("08", note)) if note else "")
        + "6304"
    )
    return body + crc16_ccitt(body)


def parse_vietqr(payload: str) -> VietQR:
    """Reads a VietQR payload for a transfer to an account, checking its structure and its CRC.

    Surrounding whitespace (a scanner's CR/LF) is ignored. Fields that do not matter for the
    transfer (merchant name, city, …) are allowed and skipped. ValueError with a Vietnamese
    message (a Phrase) on anything wrong.
    """
    text = payload.strip()
    if not _printable_ascii(text):
        raise ValueError(MSG_FORMAT)
    tail = _CRC_TAIL.fullmatch(text[-8:]) if len(text) >= 8 else None
    if tail is None:
        raise ValueError(MSG_FORMAT)
    fields = _fields(text[:-8])
    if fields.get("00") != "01" or next(iter(fields), None) != "00":
        raise ValueError(MSG_FORMAT)
    if fields.get("01") not in ("11", "12"):
        raise ValueError(MSG_FORMAT)
    if crc16_ccitt(text[:-4]) != tail.group(1):
        raise ValueError(MSG_CRC)
    if "38" not in fields:
        raise ValueError(MSG_FORMAT)
    account_info = _fields(fields["38"])
    if account_info.get("00") != NAPAS_GUID or account_info.get("02") != SERVICE_TO_ACCOUNT:
        raise ValueError(MSG_FORMAT)
    beneficiary = _fields(account_info.get("01", ""))
    bank_bin, account = beneficiary.get("00", ""), beneficiary.get("01", "")
    if not _BIN.fullmatch(bank_bin):
        raise ValueError(MSG_BANK)
    if not _ACCOUNT.fullmatch(account):
        raise ValueError(MSG_ACCOUNT)
    if fields.get("53") != CURRENCY_VND or fields.get("58") != COUNTRY_VN:
        raise ValueError(MSG_NOT_VND)
    amount: int | None = None
    if "54" in fields:
        if not _AMOUNT.fullmatch(fields["54"]) or int(fields["54"]) <= 0:
            raise ValueError(MSG_AMOUNT)
        amount = int(fields["54"])
    purpose = _fields(fields["62"]).get("08", "") if "62" in fields else ""
    return VietQR(bank_bin, account, amount, purpose, fields["53"], fields["58"])


def _printable_ascii(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _tlv(tag: str, value: str) -> str:
    if len(value) > MAX_TLV_LENGTH:
        raise ValueError(MSG_TOO_LONG)
    return f"{tag}{len(value):02d}{value}"


def _fields(text: str) -> dict[str, str]:
    """The TLV fields of `text` in order; ValueError (MSG_FORMAT) when they do not add up exactly,
    or a field comes twice."""
    fields: dict[str, str] = {}
    position = 0
    while position < len(text):
        head = text[position : position + 4]
        if len(head) < 4 or not (head.isascii() and head.isdigit()):
            raise ValueError(MSG_FORMAT)
        tag, length = head[:2], int(head[2:])
        value = text[position + 4 : position + 4 + length]
        if len(value) != length or tag in fields:
            raise ValueError(MSG_FORMAT)
        fields[tag] = value
        position += 4 + length
    return fields
