"""What can go wrong talking to the portal, as typed errors with a Vietnamese message for the screen.

Messages never carry personal data: no request bodies, no URLs with query strings, no answers.
"""

from __future__ import annotations

from kiosk.domain.phrases import phrase


class PortalError(Exception):
    """Base class: `.message` is Vietnamese, short, and safe to show to the citizen.

    The kiosk's own messages are Phrases (a screen translates them with `tr`); a message the portal
    wrote (its problem+json detail) is plain text in Vietnamese and is shown as it is.
    """

    default_message: str = phrase("Đã có lỗi khi làm việc với cổng dịch vụ công. Vui lòng thử lại.")

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class PortalUnreachable(PortalError):
    """No answer: connection refused, timeout, name resolution, connection dropped."""

    default_message: str = phrase("Không kết nối được với cổng dịch vụ công. Vui lòng thử lại.")

    def __init__(self, message: str | None = None, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason  # the exception class name only, for logs


class PortalRejected(PortalError):
    """The portal refused the request (4xx): `.message` is the problem's detail."""

    default_message: str = phrase("Cổng dịch vụ công không chấp nhận yêu cầu này.")

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int = 400,
        field_errors: dict[str, str] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.field_errors: dict[str, str] = dict(field_errors or {})
        self.retry_after = retry_after  # seconds, when the portal asked to slow down (429)


class LoginExpired(PortalRejected):
    """401 on a call that needs a login: log in again (the client has already forgotten the token)."""

    default_message: str = phrase("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, status=401)


class PortalFailed(PortalError):
    """The portal failed (5xx after retries, or an answer the client cannot read)."""

    default_message: str = phrase("Cổng dịch vụ công đang gặp sự cố. Vui lòng thử lại sau ít phút.")

    def __init__(self, message: str | None = None, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
