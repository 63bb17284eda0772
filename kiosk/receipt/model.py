"""The receipt handed to the citizen: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (form 01).

Pure Python: the renderers (PDF, printer, confirmation screen) only lay out what this model says.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Literal

from kiosk.domain.dates import format_date
from kiosk.domain.dossier_codes import is_dossier_code, is_lookup_code
from kiosk.domain.money import amount_in_words, format_vnd
from kiosk.domain.workdays import VIETNAM_TZ

PAYLOAD_PREFIX: Final = "DVC"
_SEPARATOR: Final = "|"
_BOM: Final = "\ufeff"

DELIVERY_TEXT: Final[dict[str, str]] = {
    "desk": "Nhận tại Bộ phận Một cửa",
    "post": "Gửi qua dịch vụ bưu chính công ích",
}

_WEEKDAYS: Final = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")

PAYMENT_TEXT: Final[dict[str, str]] = {
    "paid": "Đã thanh toán",
    "unpaid": "Chưa thanh toán — nộp tại quầy",
}

PaymentState = Literal["none", "unpaid", "paid"]  # "none": nothing to pay

_NOT_A_RECEIPT: Final = "Mã QR này không phải mã của giấy biên nhận hồ sơ dịch vụ công."


def format_time_received(moment: datetime) -> str:
    """`09 giờ 05 phút, ngày 30/09/2026`, as on form 01."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, ngày {format_date(moment)}"


def weekday_name(day: date) -> str:
    """`Thứ Tư` for a Wednesday."""
    return _WEEKDAYS[day.weekday()]


def tracking_payload(dossier_code: str, lookup_code: str) -> str:
    """`DVC|<dossier code>|<lookup code>`, the text in the receipt's QR code."""
    if not is_dossier_code(dossier_code):
        raise ValueError("Mã hồ sơ không đúng định dạng.")
    if not is_lookup_code(lookup_code):
        raise ValueError("Mã tra cứu không đúng định dạng.")
    return _SEPARATOR.join((PAYLOAD_PREFIX, dossier_code, lookup_code))


def parse_tracking_payload(text: str) -> tuple[str, str]:
    """The (dossier code, lookup code) in a receipt QR payload; the inverse of `Receipt.qr_payload`.

    Tolerates a byte-order mark and whitespace around the text and around each field.
    Anything else raises ValueError with a Vietnamese message fit to show on screen.
    """
    cleaned = text.replace(_BOM, "").strip()
    parts = [part.strip() for part in cleaned.split(_SEPARATOR)]
    if len(parts) != 3 or parts[0] != PAYLOAD_PREFIX:
        raise ValueError(_NOT_A_RECEIPT)
    _, dossier_code, lookup_code = parts
    if not is_dossier_code(dossier_code):
        raise ValueError("Mã hồ sơ trong mã QR không đúng định dạng.")
    if not is_lookup_code(lookup_code):
        raise ValueError("Mã tra cứu trong mã QR không đúng định dạng.")
    return dossier_code, lookup_code


def is_slip(text: str) -> bool:
    """Whether `text` (a scan) is the QR code of a receipt."""
    try:
        parse_tracking_payload(text)
    except ValueError:
        return False
    return True


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class ReceivedDocument:
    """One line of "Thành phần hồ sơ": which paper, an original or a copy, and how many."""

    name: str
    original: bool  # True: bản chính; False: bản sao
    count: int = 1

    def text(self) -> str:
        kind = "bản chính" if self.original else "bản sao"
        return f"{_nfc(self.name).strip()} ({kind}): {self.count:02d}"


@dataclass(frozen=True)
class Receipt:
    """What the desk hands back once a dossier is accepted.

    Text fields are normalised to NFC; an aware `received_at` is shown in Vietnam time (a naive one is
    taken to be Vietnam time already).
    """

    dossier_code: str
    lookup_code: str
    procedure_code: str
    procedure_name: str
    citizen_name: str
    received_at: datetime
    appointment_on: date
    delivery: str  # "desk" | "post"
    agency_name: str
    documents: tuple[ReceivedDocument, ...] = ()
    citizen_address: str = ""
    citizen_phone: str = ""
    citizen_email: str = ""
    processing_days: int | None = None  # statutory, in working days; 0 = the same working day
    sets: int = 1  # "Số lượng hồ sơ: 01 bộ"
    logbook_volume: str = ""  # "Quyển số"
    logbook_entry: int | None = None  # "Số thứ tự"
    fee: int = 0  # VND; 0 = nothing to pay
    payment: PaymentState = "none"

    def __post_init__(self) -> None:
        if not is_dossier_code(self.dossier_code):
            raise ValueError("Mã hồ sơ không đúng định dạng.")
        if not is_lookup_code(self.lookup_code):
            raise ValueError("Mã tra cứu không đúng định dạng.")
        if self.delivery not in DELIVERY_TEXT:
            raise ValueError("Hình thức nhận kết quả không hợp lệ.")
        for name in (
            "procedure_code",
            "procedure_name",
            "citizen_name",
            "agency_name",
            "citizen_address",
            "citizen_phone",
            "citizen_email",
            "logbook_volume",
        ):
            object.__setattr__(self, name, _nfc(getattr(self, name)).strip())
        if self.fee < 0:
            raise ValueError("Lệ phí không hợp lệ.")
        if self.fee == 0:
            object.__setattr__(self, "payment", "none")
        elif self.payment == "none":
            object.__setattr__(self, "payment", "unpaid")
        if self.received_at.tzinfo is not None:
            object.__setattr__(self, "received_at", self.received_at.astimezone(VIETNAM_TZ))

    @property
    def delivery_text(self) -> str:
        """Where the result is returned, in Vietnamese."""
        return DELIVERY_TEXT[self.delivery]

    def qr_payload(self) -> str:
        """`DVC|<dossier code>|<lookup code>`: enough to look the dossier up, nothing personal."""
        return tracking_payload(self.dossier_code, self.lookup_code)

    @property
    def payment_text(self) -> str:
        """`Đã thanh toán` / `Chưa thanh toán — nộp tại quầy`; empty when there is nothing to pay."""
        return PAYMENT_TEXT.get(self.payment, "")

    def processing_text(self) -> str:
        """`05 ngày làm việc`, `Trong ngày làm việc`; empty when the portal did not say."""
        if self.processing_days is None:
            return ""
        if self.processing_days == 0:
            return "Trong ngày làm việc"
        return f"{self.processing_days:02d} ngày làm việc"

    def logbook_text(self) -> str:
        """`Quyển số: 01/2026 — Số thứ tự: 0012`, or empty when the portal keeps no logbook number."""
        if not self.logbook_volume and self.logbook_entry is None:
            return ""
        parts = []
        if self.logbook_volume:
            parts.append(f"Quyển số: {self.logbook_volume}")
        if self.logbook_entry is not None:
            parts.append(f"Số thứ tự: {self.logbook_entry:04d}")
        return " — ".join(parts)

    def fee_text(self) -> str:
        """`8.000 đồng (Tám nghìn đồng) — Đã thanh toán`; `Không phải nộp` when free."""
        if self.fee == 0:
            return "Không phải nộp"
        return f"{format_vnd(self.fee)} ({amount_in_words(self.fee)}) — {self.payment_text}"

    def contact_lines(self) -> list[tuple[str, str]]:
        """ "Nhận của": who submitted, and how to reach them (rows left out when unknown)."""
        rows = [("Nhận của ông/bà", self.citizen_name.upper())]
        for label, value in (
            ("Địa chỉ", self.citizen_address),
            ("Số điện thoại", self.citizen_phone),
            ("Thư điện tử", self.citizen_email),
        ):
            if value:
                rows.append((label, value))
        return rows

    def lines(self) -> list[tuple[str, str]]:
        """The labelled rows of form 01, in the official order (the documents are listed apart,
        see `documents`). Names print in capitals; rows the portal did not fill are left out."""
        procedure = self.procedure_name
        if self.procedure_code:
            procedure = f"{procedure} (mã {self.procedure_code})"
        rows = [
            ("Mã hồ sơ", self.dossier_code),
            ("Mã tra cứu", self.lookup_code),
            *self.contact_lines(),
            ("Nội dung yêu cầu giải quyết", procedure),
            ("Số lượng hồ sơ", f"{self.sets:02d} bộ"),
            ("Thời gian giải quyết theo quy định", self.processing_text()),
            ("Thời gian nhận hồ sơ", format_time_received(self.received_at)),
            (
                "Thời gian trả kết quả",
                f"{weekday_name(self.appointment_on)}, ngày {format_date(self.appointment_on)}",
            ),
            ("Nơi nhận kết quả", self.delivery_text),
            ("Vào sổ theo dõi hồ sơ", self.logbook_text()),
            ("Lệ phí", self.fee_text()),
        ]
        return [(label, value) for label, value in rows if value]

    def next_steps(self) -> list[str]:
        """What happens next, in plain words for someone who has never used the portal."""
        day = f"{weekday_name(self.appointment_on)}, ngày {format_date(self.appointment_on)}"
        steps = ["Hồ sơ của ông/bà đã được nhận và đang được giải quyết."]
        if self.delivery == "post":
            steps.append(
                f"Kết quả sẽ được bưu điện mang đến nhà vào khoảng {day}. "
                "Khi nhận, ông/bà đưa thẻ Căn cước (CCCD) cho nhân viên bưu điện xem."
            )
        else:
            steps.append(
                f"Đúng {day}, ông/bà mang thẻ Căn cước (CCCD) và tờ giấy này "
                "đến Bộ phận Một cửa để nhận kết quả."
            )
        if self.payment == "unpaid":
            steps.append(
                f"Hồ sơ có lệ phí {format_vnd(self.fee)} chưa thanh toán. "
                "Ông/bà nộp tại quầy khi đến nhận kết quả (hoặc nhờ cán bộ hướng dẫn chuyển khoản)."
            )
        steps.append(
            "Hãy giữ tờ giấy này. Muốn biết hồ sơ đã đến đâu, "
            "ông/bà đưa mã QR trên giấy vào máy quét ở mục “Tra cứu hồ sơ”, hoặc đưa giấy cho cán bộ xem."
        )
        return steps


def official_date(day: date) -> str:
    """`ngày 05 tháng 01 năm 2027`, `ngày 30 tháng 9 năm 2026`: the date line of an administrative document.

    Decree 30/2020/NĐ-CP: a zero goes before days under 10 and before months 1 and 2.
    """
    day_text = f"{day.day:02d}"
    month_text = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day_text} tháng {month_text} năm {day.year}"


def sample_receipt(now: datetime | None = None) -> Receipt:
    """The admin's test print: a receipt that is plainly a sample and carries nobody's data."""
    now = now or datetime.now(VIETNAM_TZ)
    return Receipt(
        dossier_code=f"000.00.00.H00-{now:%y%m%d}-0000",
        lookup_code="MAUINT",
        procedure_code="0.000000",
        procedure_name="IN THỬ — không phải hồ sơ",
        citizen_name="MẪU IN THỬ",
        received_at=now,
        appointment_on=now.date(),
        delivery="desk",
        agency_name="Kiểm tra máy in",
    )
