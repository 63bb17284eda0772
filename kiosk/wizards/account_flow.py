"""The "Tạo tài khoản" flow as pure data: the questions and the order they come in.

Labels and help are Phrases: the pages show them in the visit's language (`texts.localized`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import Field
from kiosk.wizards.graph import Navigator, Step

ACCOUNT_FIELDS: dict[str, Field] = {
    f.id: f
    for f in (
        Field(
            id="id_number",
            type="cccd",
            label=phrase("Số căn cước của bạn là gì?"),
            help=phrase("Số gồm 12 chữ số, in ở mặt trước thẻ căn cước (CCCD)."),
            required=True,
        ),
        Field(
            id="full_name",
            type="person_name",
            label=phrase("Họ và tên của bạn"),
            help=phrase("Ghi đầy đủ, có dấu, đúng như trên thẻ căn cước."),
            required=True,
        ),
        Field(
            id="birth_date",
            type="date",
            label=phrase("Bạn sinh ngày nào?"),
            help=phrase("Ghi theo ngày/tháng/năm, ví dụ 05/09/1956."),
            required=True,
            not_future=True,
        ),
        Field(
            id="phone",
            type="phone",
            label=phrase("Số điện thoại di động của bạn"),
            help=phrase("Cổng dịch vụ công sẽ gửi mã xác nhận (OTP) tới số này bằng tin nhắn."),
            required=True,
        ),
    )
}
OTP_FIELD = Field(
    id="otp",
    type="text",
    label=phrase("Nhập mã xác nhận (OTP)"),
    help=phrase("Mã gồm 6 chữ số vừa được gửi tới điện thoại của bạn."),
    required=True,
)

QUESTIONS = ("id_number", "full_name", "birth_date", "phone")


@dataclass
class AccountDraft:
    answers: dict[str, object] = field(default_factory=dict)
    account_id: str = ""
    otp_sent_to: str = ""


def account_navigator() -> Navigator[AccountDraft]:
    order = [*QUESTIONS, "password", "otp", "done"]
    graph = {view: Step[AccountDraft](nxt) for view, nxt in zip(order, [*order[1:], None], strict=True)}
    return Navigator(graph, order[0])
