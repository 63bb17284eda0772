"""RFC 9457 problem+json for every error the sandbox returns, each with a Vietnamese `detail`.

Field errors never echo the submitted value (it may be personal data).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.portal.models import FieldProblem, Problem

PROBLEM_JSON = "application/problem+json"
_log = logging.getLogger("kiosk.portal.sandbox")

INVALID_INPUT = "Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra các mục được đánh dấu."
BAD_JSON = "Dữ liệu gửi lên không đúng định dạng JSON."
UNEXPECTED = "Cổng dịch vụ công gặp sự cố ngoài ý muốn. Vui lòng thử lại sau ít phút."

_STATUS_DETAIL: dict[int, str] = {
    400: "Yêu cầu không hợp lệ.",
    401: "Vui lòng đăng nhập để tiếp tục.",
    403: "Bạn không có quyền thực hiện việc này.",
    404: "Không tìm thấy nội dung được yêu cầu.",
    405: "Phương thức này không được hỗ trợ tại địa chỉ này.",
    406: "Định dạng trả về được yêu cầu không được hỗ trợ.",
    409: "Yêu cầu xung đột với dữ liệu hiện có.",
    413: "Dữ liệu gửi lên quá lớn.",
    415: "Kiểu dữ liệu gửi lên không được hỗ trợ.",
    422: INVALID_INPUT,
    429: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.",
    500: UNEXPECTED,
    503: "Cổng dịch vụ công tạm thời không phục vụ được. Vui lòng thử lại sau.",
}

_FIELD_MESSAGES: dict[str, str] = {
    "missing": "Thiếu thông tin bắt buộc.",
    "string_type": "Phải là chuỗi ký tự.",
    "int_type": "Phải là số nguyên.",
    "int_parsing": "Phải là số nguyên.",
    "bool_type": "Phải là có/không (true/false).",
    "bool_parsing": "Phải là có/không (true/false).",
    "dict_type": "Phải là một đối tượng JSON.",
    "model_type": "Phải là một đối tượng JSON.",
    "model_attributes_type": "Phải là một đối tượng JSON.",
    "list_type": "Phải là một danh sách.",
    "date_type": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "date_parsing": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "date_from_datetime_parsing": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "date_from_datetime_inexact": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "literal_error": "Giá trị không nằm trong các lựa chọn cho phép.",
    "json_invalid": BAD_JSON,
    "json_type": BAD_JSON,
}


class ProblemError(Exception):
    """Raised by routes: becomes a problem+json response."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        errors: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(status)
        self.status = status
        self.detail = detail
        self.errors = [FieldProblem(field=k, message=v) for k, v in (errors or {}).items()]
        self.headers = dict(headers or {})


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    errors: Sequence[FieldProblem] = (),
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body = Problem(
        title=title,
        status=status,
        detail=detail or _STATUS_DETAIL.get(status) or _fallback_detail(status),
        errors=list(errors),
    )
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, media_type=PROBLEM_JSON, headers=dict(headers or {})
    )


def _fallback_detail(status: int) -> str:
    return UNEXPECTED if status >= 500 else _STATUS_DETAIL[400]


def _field_name(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


def _field_message(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "value_error" and isinstance(ctx.get("error"), Exception):
        # Our validators raise ValueError with a Vietnamese message and never include the input.
        return str(ctx["error"])
    if kind == "string_too_short":
        return f"Quá ngắn: cần ít nhất {ctx.get('min_length', '?')} ký tự."
    if kind == "string_too_long":
        return f"Quá dài: tối đa {ctx.get('max_length', '?')} ký tự."
    return _FIELD_MESSAGES.get(kind, "Giá trị không hợp lệ.")


def _validation_problem(errors: Sequence[Any]) -> JSONResponse:
    if any(isinstance(e, Mapping) and e.get("type") in {"json_invalid", "json_type"} for e in errors):
        return problem_response(400, BAD_JSON)
    problems: list[FieldProblem] = []
    for error in errors:
        if not isinstance(error, Mapping):
            continue
        field = _field_name(error.get("loc", ()))
        if any(p.field == field for p in problems):
            continue  # a union reports one error per member: keep the first
        problems.append(FieldProblem(field=field, message=_field_message(error)))
    return problem_response(422, INVALID_INPUT, errors=problems)


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc.status, exc.detail, errors=exc.errors, headers=exc.headers)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return _validation_problem(exc.errors())


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    # Starlette/FastAPI's own messages are English: use ours, keep its headers (e.g. Allow on 405).
    return problem_response(exc.status_code, headers=exc.headers)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(500, UNEXPECTED)


class CatchUnexpected:
    """ASGI middleware: an unexpected exception becomes a 500 problem and is logged by type and place only.

    Starlette's own last-resort handler re-raises, and the server then logs the exception's text,
    which may hold personal data (e.g. a pydantic error quoting its input).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
            _log.error("unexpected %s at %s", type(exc).__name__, where)
            if started:
                return  # the response is under way: nothing more can be sent
            await problem_response(500, UNEXPECTED)(scope, receive, send)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)
    app.add_middleware(CatchUnexpected)
