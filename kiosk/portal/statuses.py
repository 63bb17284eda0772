"""The status codes of a dossier's history (`StatusEvent.status`, `Dossier.status`), in one place.

The portal writes a code and a short Vietnamese note; the kiosk's tracking screen shows its own plain
words for each code it knows (and the portal's note for a code it does not).

The usual path is RECEIVED -> IN_REVIEW -> RESULT_READY -> RETURNED (`PROGRESS`). NEEDS_SUPPLEMENT
and REFUSED may replace a step. PAID is an event only: it joins the history when the fee reaches the
portal, and `Dossier.status` stays what it was (the payment's state is `Dossier.payment_status`).
"""

from __future__ import annotations

from typing import Final

RECEIVED: Final = "received"  # Đã tiếp nhận hồ sơ
IN_REVIEW: Final = "in_review"  # Đang xem xét, giải quyết
RESULT_READY: Final = "result_ready"  # Đã có kết quả, chờ trả
RETURNED: Final = "returned"  # Đã trả kết quả
NEEDS_SUPPLEMENT: Final = "needs_supplement"  # Cần bổ sung giấy tờ
REFUSED: Final = "refused"  # Không giải quyết được hồ sơ
PAID: Final = "paid"  # Đã nộp lệ phí (an event, not a dossier status)

PROGRESS: Final = (RECEIVED, IN_REVIEW, RESULT_READY, RETURNED)
DOSSIER_STATUSES: Final = (*PROGRESS, NEEDS_SUPPLEMENT, REFUSED)  # what `Dossier.status` can be
ALL: Final = (*DOSSIER_STATUSES, PAID)  # what a history event's status can be

# The portal's own notes (Vietnamese, written into the history as they are).
NOTES: Final[dict[str, str]] = {
    RECEIVED: "Đã tiếp nhận hồ sơ",
    IN_REVIEW: "Đang xem xét, giải quyết",
    RESULT_READY: "Đã có kết quả, chờ trả",
    RETURNED: "Đã trả kết quả",
    NEEDS_SUPPLEMENT: "Cần bổ sung giấy tờ. Vui lòng liên hệ bộ phận tiếp nhận",
    REFUSED: "Không giải quyết được hồ sơ. Vui lòng liên hệ bộ phận tiếp nhận",
    PAID: "Đã nộp lệ phí",
}
