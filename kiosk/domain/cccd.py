"""The citizen identity card (CCCD / thẻ căn cước): its QR payload and its 12-digit number.

Messages never repeat the number, the name or any other personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kiosk.domain.names import check_person_name, normalize_name
from kiosk.domain.phrases import Phrase, phrase
from kiosk.domain.text import has_damage, nfc

__all__ = [
    "PROVINCE_CODES",
    "CccdCard",
    "CccdError",
    "check_cccd_number",
    "format_cccd_qr",
    "parse_cccd_qr",
    "parse_sex",
]

PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa-Vũng Tàu",
    "079": "TP Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

MSG_RESCAN_DAMAGED = phrase("Mã QR đọc chưa đủ dấu tiếng Việt. Vui lòng quét lại thẻ.")
MSG_TOO_FEW_FIELDS = phrase(
    "Mã QR này không phải mã trên thẻ căn cước, hoặc đọc chưa hết. Vui lòng quét lại thẻ."
)
MSG_NUMBER = phrase("Số định danh cá nhân phải gồm đúng 12 chữ số. Vui lòng kiểm tra lại.")
MSG_QR_NUMBER = phrase("Số định danh trong mã QR không đúng 12 chữ số. Vui lòng quét lại thẻ.")
MSG_QR_OLD_ID = phrase("Số chứng minh nhân dân cũ trong mã QR không hợp lệ. Vui lòng quét lại thẻ.")
MSG_QR_NAME = phrase("Họ và tên trong mã QR không đọc được. Vui lòng quét lại thẻ.")
MSG_QR_BIRTH_DATE = phrase("Ngày sinh trong mã QR không hợp lệ. Vui lòng quét lại thẻ.")
MSG_QR_BIRTH_FUTURE = phrase("Ngày sinh trong mã QR ở sau ngày hôm nay. Vui lòng quét lại thẻ.")
MSG_QR_ISSUE_DATE = phrase("Ngày cấp thẻ trong mã QR không hợp lệ. Vui lòng quét lại thẻ.")
MSG_QR_ISSUE_BEFORE_BIRTH = phrase("Ngày cấp thẻ trong mã QR ở trước ngày sinh. Vui lòng quét lại thẻ.")
MSG_QR_SEX = phrase("Giới tính trong mã QR không đọc được. Vui lòng quét lại thẻ.")

WARN_PROVINCE = phrase(
    "Ba số đầu của số định danh không phải mã tỉnh, thành phố nào. Vui lòng kiểm tra lại số."
)
WARN_CENTURY = phrase(
    "Số thứ tư của số định danh không khớp với năm sinh. Vui lòng kiểm tra lại số và năm sinh."
)
WARN_SEX = phrase(
    "Số thứ tư của số định danh không khớp với giới tính. Vui lòng kiểm tra lại số và giới tính."
)
WARN_YEAR = phrase("Số thứ năm và thứ sáu của số định danh không khớp với năm sinh. Vui lòng kiểm tra lại.")

_TWELVE_DIGITS = re.compile(r"[0-9]{12}")
_OLD_ID = re.compile(r"[0-9]{9}|[0-9]{12}")
_DDMMYYYY = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
_FIELD_COUNT = 7


class CccdError(ValueError):
    """A card or number that cannot be used; ``str(e)`` is Vietnamese and holds no personal data."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class CccdCard:
    """What the QR code on a chip CCCD says, cleaned up (NFC, names capitalised, spaces collapsed)."""

    number: str
    old_id: str
    full_name: str
    birth_date: date
    sex: str  # "Nam" | "Nữ"
    address: str
    issued_on: date
    extra: tuple[str, ...] = ()


def parse_sex(text: str) -> str | None:
    """Return "Nam" or "Nữ" for any capitalisation and normal form of those words, else None."""
    key = " ".join(nfc(text).split()).lower()
    if key == "nam":
        return "Nam"
    if key == "nữ":
        return "Nữ"
    return None


def _parse_ddmmyyyy(text: str, message: str) -> date:
    match = _DDMMYYYY.fullmatch(text)
    if match is None:
        raise CccdError(message)
    day, month, year = (int(part) for part in match.groups())
    if year < 1900:
        raise CccdError(message)
    try:
        return date(year, month, day)
    except ValueError:
        raise CccdError(message) from None


def parse_cccd_qr(text: str, *, today: date | None = None) -> CccdCard:
    """Read the QR payload of a chip CCCD.

    Format: ``number|old CMND (may be empty)|full name|ddmmyyyy|Nam or Nữ|address|ddmmyyyy``, read by
    position; fields after the seventh are kept in ``extra``. Tolerates a BOM, surrounding whitespace
    and CR/LF, NFD text and a name in capitals. ``today`` (default: the local date) bounds the birth date.
    Raises CccdError with a Vietnamese message asking to scan again when anything is wrong.
    """
    cleaned = nfc(text.lstrip("\ufeff").strip().lstrip("\ufeff"))
    fields = cleaned.split("|")
    if len(fields) < _FIELD_COUNT:
        raise CccdError(MSG_TOO_FEW_FIELDS)
    if any(has_damage(field) for field in fields[:_FIELD_COUNT]):
        raise CccdError(MSG_RESCAN_DAMAGED)
    number, old_id, raw_name, raw_birth, raw_sex, raw_address, raw_issued = (
        field.strip() for field in fields[:_FIELD_COUNT]
    )

    if _TWELVE_DIGITS.fullmatch(number) is None:
        raise CccdError(MSG_QR_NUMBER)
    if old_id and _OLD_ID.fullmatch(old_id) is None:
        raise CccdError(MSG_QR_OLD_ID)
    if check_person_name(raw_name) is not None:
        raise CccdError(MSG_QR_NAME)
    birth_date = _parse_ddmmyyyy(raw_birth, MSG_QR_BIRTH_DATE)
    if birth_date > (today or date.today()):
        raise CccdError(MSG_QR_BIRTH_FUTURE)
    sex = parse_sex(raw_sex)
    if sex is None:
        raise CccdError(MSG_QR_SEX)
    issued_on = _parse_ddmmyyyy(raw_issued, MSG_QR_ISSUE_DATE)
    if issued_on < birth_date:
        raise CccdError(MSG_QR_ISSUE_BEFORE_BIRTH)

    return CccdCard(
        number=number,
        old_id=old_id,
        full_name=normalize_name(raw_name),
        birth_date=birth_date,
        sex=sex,
        address=" ".join(raw_address.split()),
        issued_on=issued_on,
        extra=tuple(fields[_FIELD_COUNT:]),
    )


def _ddmmyyyy(value: date) -> str:
    return f"{value.day:02d}{value.month:02d}{value.year:04d}"


def format_cccd_qr(card: CccdCard) -> str:
    """Write ``card`` in the QR text format (the inverse of parse_cccd_qr), for tests and demo cards."""
    fields = [
        card.number,
        card.old_id,
        card.full_name,
        _ddmmyyyy(card.birth_date),
        card.sex,
        card.address,
        _ddmmyyyy(card.issued_on),
        *card.extra,
    ]
    return "|".join(fields)


def check_cccd_number(number: str, *, birth_date: date | None = None, sex: str | None = None) -> list[Phrase]:
    """Check a personal identity number; return Vietnamese warnings, empty when everything agrees.

    Raises CccdError unless the number (spaces ignored) is exactly 12 ASCII digits: that is all the law
    guarantees. The structure ``PPP G YY RRRRRR`` (province of birth registration, century and sex,
    birth year) only produces warnings: an unknown province code, a century/sex digit that disagrees with
    ``birth_date`` (0/1 = 1900s, 2/3 = 2000s, …) or ``sex`` (even = Nam, odd = Nữ), a YY that disagrees
    with the birth year. A ``sex`` that is neither Nam nor Nữ is not compared.
    """
    digits = "".join(number.split())
    if _TWELVE_DIGITS.fullmatch(digits) is None:
        raise CccdError(MSG_NUMBER)
    warnings: list[Phrase] = []
    if digits[:3] not in PROVINCE_CODES:
        warnings.append(WARN_PROVINCE)
    gender_century = int(digits[3])
    if birth_date is not None and 1900 + 100 * (gender_century // 2) != birth_date.year // 100 * 100:
        warnings.append(WARN_CENTURY)
    expected_sex = "Nam" if gender_century % 2 == 0 else "Nữ"
    given_sex = parse_sex(sex) if sex is not None else None
    if given_sex is not None and given_sex != expected_sex:
        warnings.append(WARN_SEX)
    if birth_date is not None and int(digits[4:6]) != birth_date.year % 100:
        warnings.append(WARN_YEAR)
    return warnings
