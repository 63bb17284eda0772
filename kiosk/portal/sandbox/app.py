"""The sandbox portal's routes: Portal API v1 over SQLite, for demos, training and tests.

Routes are plain `def`s (uvicorn runs them in its threadpool); the store opens one SQLite
connection per call. Every error is problem+json with a Vietnamese `detail` (see problems.py).

Besides Portal API v1, routes under /sandbox/ play the parts a real portal leaves to others: the
bank that reports a transfer (`POST /sandbox/bank/transfers`) and the office that works on a dossier
(`POST /sandbox/dossiers/{code}/events`). `auto_pay` and `office_pace` make both happen by
themselves for demos.
"""

# No `from __future__ import annotations` here: FastAPI must evaluate the route annotations, and
# they refer to dependencies local to create_app().
import hmac
import math
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from kiosk.domain.documents import MIME_EXTENSIONS
from kiosk.domain.form import validate_answers
from kiosk.domain.money import format_vnd
from kiosk.domain.phone import mask_phone
from kiosk.domain.procedures import Procedure, load_catalog
from kiosk.domain.vietqr import build_vietqr
from kiosk.domain.workdays import VIETNAM_TZ, appointment_date
from kiosk.portal import statuses
from kiosk.portal.models import (
    Account,
    AccountCreate,
    AccountCreated,
    AccountVerify,
    AnswerValue,
    DocumentInfo,
    Dossier,
    DossierCreate,
    Payment,
    Problem,
    ProcedureInfo,
    Rating,
    RatingCreate,
    Token,
    TokenRequest,
)
from kiosk.portal.sandbox import codes, fees, uploads
from kiosk.portal.sandbox.fees import TRIAL_PROVINCE_FEES, TRIAL_TREASURY, ProvinceFees, TreasuryAccount
from kiosk.portal.sandbox.problems import PROBLEM_JSON, ProblemError, install_problem_handlers
from kiosk.portal.sandbox.store import (
    AccountExists,
    AlreadyRated,
    KeyReused,
    NewDossier,
    PaymentTerms,
    Store,
    TransferOutcome,
    VerifyOutcome,
    new_account_id,
)
from kiosk.portal.sandbox.throttle import LookupLimits, LookupThrottle

VIETNAM = VIETNAM_TZ
MAX_OTP_FAILURES = 5
OTP_TTL = timedelta(minutes=10)
MAX_KEY_LENGTH = 200

MSG_ACCOUNT_EXISTS = (
    "Số định danh này đã có tài khoản. Vui lòng đăng nhập, hoặc dùng chức năng quên mật khẩu."
)
MSG_ACCOUNT_UNKNOWN = "Không tìm thấy tài khoản đang chờ xác nhận. Vui lòng đăng ký lại."
MSG_OTP_WRONG = "Mã xác nhận (OTP) không đúng. Bạn còn {left} lần thử."
MSG_OTP_LOCKED = "Bạn đã nhập sai mã xác nhận quá 5 lần. Vui lòng đăng ký lại để nhận mã mới."
MSG_OTP_EXPIRED = "Mã xác nhận đã hết hạn. Vui lòng đăng ký lại để nhận mã mới."
MSG_LOGIN_WRONG = "Số định danh hoặc mật khẩu không đúng. Vui lòng kiểm tra lại."
MSG_NOT_VERIFIED = "Tài khoản chưa được xác nhận bằng mã OTP. Vui lòng hoàn tất đăng ký."
MSG_LOGIN_NEEDED = "Vui lòng đăng nhập để nộp hồ sơ."
MSG_LOGIN_EXPIRED = "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."
MSG_KEY_MISSING = "Thiếu tiêu đề Idempotency-Key: mỗi lần nộp hồ sơ cần một mã riêng để tránh nộp trùng."
MSG_KEY_INVALID = "Tiêu đề Idempotency-Key không hợp lệ (1–200 ký tự ASCII in được)."
MSG_KEY_REUSED = "Mã Idempotency-Key này đã được dùng cho một hồ sơ khác. Vui lòng nộp lại với mã mới."
MSG_PROCEDURE_UNKNOWN = "Không tìm thấy thủ tục này trong danh mục của cổng dịch vụ công."
MSG_FORM_UPDATED = (
    "Biểu mẫu của thủ tục này vừa được cập nhật. "
    "Vui lòng tải lại biểu mẫu và kiểm tra lại thông tin trước khi nộp."
)
MSG_DELIVERY = "Thủ tục này không hỗ trợ cách nhận kết quả đã chọn."
MSG_ANSWERS = "Tờ khai còn thông tin chưa đúng hoặc còn thiếu. Vui lòng kiểm tra các mục được đánh dấu."
MSG_DOSSIER_UNKNOWN = (
    "Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Vui lòng kiểm tra lại hai mã trên giấy hẹn."
)
MSG_DOCUMENT_UNKNOWN = "Hồ sơ này không có tệp đính kèm với số thứ tự này."
MSG_SLOW_DOWN = (
    "Mã hồ sơ hoặc mã tra cứu đã bị nhập sai nhiều lần. Vui lòng đợi {wait} rồi thử lại, "
    "hoặc nhờ cán bộ tại quầy tiếp nhận giúp đỡ."
)
MSG_NO_FEE = "Hồ sơ này không phải nộp lệ phí. Ông/bà không cần thanh toán gì thêm."
MSG_NO_PAYMENT = "Hồ sơ này chưa có yêu cầu nộp lệ phí."
MSG_ALREADY_RATED = "Hồ sơ này đã được đánh giá. Cảm ơn ông/bà."
MSG_TRANSFER_UNKNOWN = "Không có khoản lệ phí nào chờ nộp với nội dung chuyển khoản này."
MSG_TRANSFER_PAID = "Khoản lệ phí này đã được nộp trước đó."
MSG_TRANSFER_AMOUNT = "Số tiền chuyển khoản không đúng với lệ phí của hồ sơ ({amount})."
MSG_STATUS_UNKNOWN = "Trạng thái này không có trong danh sách: {allowed}."
STATUS_RECEIVED = (statuses.RECEIVED, statuses.NOTES[statuses.RECEIVED])

_BEARER = {"WWW-Authenticate": "Bearer"}


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI: these statuses answer with problem+json."""
    return {s: {"model": Problem, "content": {PROBLEM_JSON: {}}} for s in statuses}


def _default_clock() -> datetime:
    return datetime.now(VIETNAM)


_DOSSIER_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": (
            "JSON (DossierCreate) without attachments; with them, multipart/form-data: a part `dossier` "
            "(DossierCreate as JSON), then per document an `attachment_id` field (its checklist entry) "
            "and a `files` part (PDF, JPEG or PNG, checked by content; at most 5 MB each)."
        ),
        "content": {
            "application/json": {"schema": DossierCreate.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["dossier"],
                    "properties": {
                        "dossier": {"type": "string", "contentMediaType": "application/json"},
                        "attachment_id": {"type": "array", "items": {"type": "string"}},
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                    },
                },
                "encoding": {"dossier": {"contentType": "application/json"}},
            },
        },
    }
}
_LOOKUP_DOC = "Mã tra cứu trên giấy hẹn (ưu tiên gửi bằng tiêu đề X-Lookup-Code, không để trong URL)."
MAX_DOCUMENT_INDEX_DIGITS = 4


class SandboxEvent(BaseModel):
    """What the office did with a dossier (sandbox only): a status code and, optionally, its note."""

    model_config = ConfigDict(hide_input_in_errors=True)

    status: str = Field(description="Một trong: " + ", ".join(statuses.DOSSIER_STATUSES))
    note: str = Field(default="", max_length=200, description="Để trống: lời ghi mặc định của trạng thái")


class BankTransfer(BaseModel):
    """A transfer that reached the treasury account, as the bank reports it (sandbox only)."""

    model_config = ConfigDict(hide_input_in_errors=True)

    purpose: str = Field(min_length=1, max_length=140, description="Nội dung chuyển khoản")
    amount: int = Field(gt=0, description="Số tiền (đồng)")


def _wait_text(seconds: int) -> str:
    return f"{seconds} giây" if seconds < 60 else f"{math.ceil(seconds / 60)} phút"


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _account_answers(procedure: Procedure, account: Account) -> dict[str, AnswerValue]:
    """Fields marked `source: account.*` come from the logged-in account, whatever the client sent."""
    filled: dict[str, AnswerValue] = {}
    for field in procedure.fields.values():
        if field.source and field.source.startswith("account."):
            value = getattr(account, field.source.removeprefix("account."), None)
            if isinstance(value, date):
                value = value.isoformat()
            if isinstance(value, str | int | bool) or value is None:
                filled[field.id] = value
    return filled


def create_app(
    db_path: Path,
    *,
    catalog_dir: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    agency_id: str = codes.AGENCY_ID,
    agency_name: str = codes.AGENCY_NAME,
    token_ttl: timedelta = timedelta(minutes=30),
    grant_ttl: timedelta = timedelta(days=7),
    province_fees: ProvinceFees = TRIAL_PROVINCE_FEES,
    treasury: TreasuryAccount = TRIAL_TREASURY,
    lookup_limits: LookupLimits | None = None,
    auto_pay: timedelta | None = None,
    office_pace: timedelta | None = None,
) -> FastAPI:
    """The sandbox app over the SQLite file `db_path` (created when missing).

    `clock` returns "now" (naive times are taken as Vietnam time); tests inject it to land on
    weekends and holidays.
    `province_fees`: the amounts for fees a procedure leaves to the province (trial amounts by default);
    `treasury`: the account fees are paid into (a made-up account by default).
    `lookup_limits`: how many failed lookups a client address may make before it has to wait
    (default: 10 in 10 minutes, then 30 s, 60 s, 120 s, …).
    `auto_pay`: a payment started this long ago reads as paid (demos); None: only a reported transfer pays.
    `office_pace`: on reading, a dossier moves one step along received -> in_review -> result_ready ->
    returned per `office_pace` (demos); None: only POST /sandbox/dossiers/{code}/events moves it.
    """
    if not codes.AGENCY_ID_PATTERN.fullmatch(agency_id):
        raise ValueError("agency_id must look like 000.00.01.H26")
    if auto_pay is not None and auto_pay < timedelta(0):
        raise ValueError("auto_pay must be >= 0")
    if office_pace is not None and office_pace <= timedelta(0):
        raise ValueError("office_pace must be > 0")
    build_vietqr(treasury.bank_bin, treasury.account_number, 1, "")  # a bad account fails here, not later
    store = Store(db_path)
    throttle = LookupThrottle(lookup_limits)
    catalog = load_catalog(catalog_dir)
    read_clock = clock or _default_clock

    def now() -> datetime:
        current = read_clock()
        if current.tzinfo is None:
            return current.replace(tzinfo=VIETNAM)
        return current.astimezone(VIETNAM)

    app = FastAPI(
        title="Portal API v1 (sandbox)",
        version="1",
        description="Cổng dịch vụ công thử nghiệm: hợp đồng Portal API v1 mà kiosk sử dụng.",
    )
    install_problem_handlers(app)
    bearer = HTTPBearer(auto_error=False, description="Mã phiên lấy từ POST /api/v1/auth/token")

    def current_account(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Account:
        if credentials is None:
            raise ProblemError(401, MSG_LOGIN_NEEDED, headers=_BEARER)
        found = store.token_account(codes.token_digest(credentials.credentials))
        if found is None:
            raise ProblemError(401, MSG_LOGIN_EXPIRED, headers=_BEARER)
        account, expires_at = found
        if expires_at <= now():
            raise ProblemError(401, MSG_LOGIN_EXPIRED, headers=_BEARER)
        return account

    def submitting_account(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Account:
        """Who submits: a valid login token, or a submission grant (which can do nothing else)."""
        if credentials is not None:
            granted = store.grant_account(codes.token_digest(credentials.credentials))
            if granted is not None and granted[1] > now():
                return granted[0]
        return current_account(credentials)

    def idempotency_key(
        key: Annotated[str | None, Header(alias="Idempotency-Key", include_in_schema=True)] = None,
    ) -> str:
        if key is None or not key.strip():
            raise ProblemError(400, MSG_KEY_MISSING)
        key = key.strip()
        if len(key) > MAX_KEY_LENGTH or not (key.isascii() and key.isprintable()):
            raise ProblemError(400, MSG_KEY_INVALID)
        return key

    @app.post(
        "/api/v1/accounts", status_code=201, response_model=AccountCreated, responses=_problems(409, 422)
    )
    def create_account(body: AccountCreate) -> AccountCreated:
        salt, digest = codes.hash_password(body.password)
        otp = codes.otp()
        account = Account(
            account_id=new_account_id(),
            id_number=body.id_number,
            full_name=body.full_name,
            birth_date=body.birth_date,
            phone=body.phone,
            verified=False,
        )
        current = now()
        try:
            store.create_account(account, salt, digest, otp, current + OTP_TTL, current)
        except AccountExists:
            raise ProblemError(409, MSG_ACCOUNT_EXISTS) from None
        return AccountCreated(account_id=account.account_id, otp_sent_to=mask_phone(body.phone), demo_otp=otp)

    @app.post(
        "/api/v1/accounts/{account_id}/verify",
        response_model=Account,
        responses=_problems(400, 404, 409, 429),
    )
    def verify_account(account_id: str, body: AccountVerify) -> Account:
        outcome, account, left = store.verify_account(
            account_id, lambda stored: _same(stored, body.otp), now(), MAX_OTP_FAILURES
        )
        if outcome is VerifyOutcome.OK and account is not None:
            return account
        if outcome is VerifyOutcome.WRONG:
            detail = MSG_OTP_WRONG.format(left=left) if left else "Mã xác nhận (OTP) không đúng."
            raise ProblemError(400, detail, errors={"otp": detail})
        if outcome is VerifyOutcome.LOCKED:
            raise ProblemError(429, MSG_OTP_LOCKED)
        if outcome is VerifyOutcome.EXPIRED:
            raise ProblemError(400, MSG_OTP_EXPIRED)
        if outcome is VerifyOutcome.ALREADY_VERIFIED_ELSEWHERE:
            raise ProblemError(409, MSG_ACCOUNT_EXISTS)
        raise ProblemError(404, MSG_ACCOUNT_UNKNOWN)

    @app.post("/api/v1/auth/token", response_model=Token, responses=_problems(401, 422))
    def login(body: TokenRequest) -> Token:
        stored = store.login_account(body.username)
        if stored is None:
            codes.hash_password(body.password)  # same work either way: no timing hint that the number exists
            raise ProblemError(401, MSG_LOGIN_WRONG, headers=_BEARER)
        if not codes.check_password(body.password, stored.password_salt, stored.password_hash):
            raise ProblemError(401, MSG_LOGIN_WRONG, headers=_BEARER)
        if not stored.account.verified:
            raise ProblemError(401, MSG_NOT_VERIFIED, headers=_BEARER)
        token = codes.new_token()
        store.add_token(codes.token_digest(token), stored.account.account_id, now() + token_ttl)
        grant = codes.new_token()
        store.add_grant(codes.token_digest(grant), stored.account.account_id, now() + grant_ttl)
        return Token(
            access_token=token,
            expires_in=int(token_ttl.total_seconds()),
            account=stored.account,
            submission_grant=grant,
            submission_grant_expires_in=int(grant_ttl.total_seconds()),
        )

    @app.get("/api/v1/procedures", response_model=list[ProcedureInfo])
    def procedures() -> list[ProcedureInfo]:
        return [
            ProcedureInfo(
                code=p.code,
                version=p.version,
                name=p.name,
                name_en=p.name_en,
                processing_days=p.processing_days,
                agency=p.agency,
            )
            for p in catalog.values()
        ]

    @app.post(
        "/api/v1/dossiers",
        status_code=201,
        response_model=Dossier,
        responses={
            200: {"model": Dossier, "description": "Đã nộp trước đó với cùng Idempotency-Key"},
            **_problems(400, 401, 404, 409, 413, 415, 422),
        },
        openapi_extra=_DOSSIER_BODY,
    )
    def submit_dossier(
        upload: Annotated[uploads.Upload, Depends(uploads.read_upload)],  # first: a broken body is a 400
        account: Annotated[Account, Depends(submitting_account)],
        key: Annotated[str, Depends(idempotency_key)],
        response: Response,
    ) -> Dossier:
        body = uploads.dossier_body(upload)
        documents = uploads.documents(upload)
        digest = uploads.digest(body, documents)
        earlier = store.dossier_for_key(account.account_id, key)
        if earlier is not None:
            if earlier[0] != digest:
                raise ProblemError(422, MSG_KEY_REUSED)
            response.status_code = 200
            return earlier[1]
        procedure = catalog.get(body.procedure_code)
        if procedure is None:
            raise ProblemError(404, MSG_PROCEDURE_UNKNOWN)
        if body.procedure_version != procedure.version:
            raise ProblemError(409, MSG_FORM_UPDATED)
        if body.delivery not in procedure.delivery:
            raise ProblemError(422, MSG_DELIVERY, errors={"delivery": MSG_DELIVERY})
        received_at = now()
        answers = {**body.answers, **_account_answers(procedure, account)}
        errors = validate_answers(procedure, answers, today=received_at.date())
        if errors:
            raise ProblemError(422, MSG_ANSWERS, errors=errors)
        uploads.check_checklist(procedure, answers, documents, received_at.date())
        form = fees.answered_form(procedure, answers, received_at.date())
        new = NewDossier(
            account_id=account.account_id,
            idempotency_key=key,
            request_digest=digest,
            agency_id=agency_id,
            agency_name=agency_name,
            procedure_code=procedure.code,
            procedure_version=procedure.version,
            procedure_name=procedure.name,
            applicant_name=account.full_name,
            received_at=received_at,
            appointment_on=appointment_date(received_at, procedure.processing_days),
            delivery=body.delivery,
            delivery_address=body.delivery_address if body.delivery == "post" else None,
            answers=answers,
            status=STATUS_RECEIVED[0],
            note=STATUS_RECEIVED[1],
            documents=tuple(documents),
            fee=fees.dossier_fee(form, province_fees),
            processing_days=procedure.processing_days,
            applicant_phone=account.phone,
            applicant_address=fees.applicant_address(form),
        )
        try:
            dossier, created = store.insert_dossier(new)
        except KeyReused:
            raise ProblemError(422, MSG_KEY_REUSED) from None
        response.status_code = 201 if created else 200
        return dossier

    def looked_up(
        request: Request,
        code: Annotated[str, PathParam()],
        header: Annotated[str | None, Header(alias="X-Lookup-Code", description=_LOOKUP_DOC)] = None,
        lookup_code: Annotated[str, Query(description="Cách cũ, vẫn được nhận: " + _LOOKUP_DOC)] = "",
    ) -> Dossier:
        """The dossier when the lookup code (header, else query) matches; a kind 404 otherwise.

        Too many failures from one address: 429 with Retry-After, whatever the codes (see throttle.py).
        """
        current = now()
        address = request.client.host if request.client is not None else "unknown"
        wait = throttle.wait(address, current)
        if wait is not None:
            raise ProblemError(
                429, MSG_SLOW_DOWN.format(wait=_wait_text(wait)), headers={"Retry-After": str(wait)}
            )
        found = store.dossier(code.strip().upper())
        wanted = codes.normalize_lookup_code(header if header is not None else lookup_code)
        if found is None or not wanted or not _same(found[0], wanted):
            throttle.failed(address, current)
            raise ProblemError(404, MSG_DOSSIER_UNKNOWN)
        if auto_pay is None and office_pace is None:
            return found[1]
        caught_up = store.catch_up(found[1].code, current, office_pace=office_pace, auto_pay=auto_pay)
        return caught_up if caught_up is not None else found[1]

    @app.get("/api/v1/dossiers/{code}", response_model=Dossier, responses=_problems(404, 429))
    def get_dossier(dossier: Annotated[Dossier, Depends(looked_up)]) -> Dossier:
        return dossier

    @app.get(
        "/api/v1/dossiers/{code}/documents", response_model=list[DocumentInfo], responses=_problems(404, 429)
    )
    def dossier_documents(dossier: Annotated[Dossier, Depends(looked_up)]) -> list[DocumentInfo]:
        return dossier.documents

    @app.get(
        "/api/v1/dossiers/{code}/documents/{index}",
        response_class=Response,
        responses={
            200: {
                "description": "Tệp đã nộp kèm hồ sơ",
                "content": {mime: {} for mime in MIME_EXTENSIONS},
            },
            **_problems(404, 429),
        },
    )
    def dossier_document(dossier: Annotated[Dossier, Depends(looked_up)], index: str) -> Response:
        text = index.strip()
        if not (text.isascii() and text.isdigit() and len(text) <= MAX_DOCUMENT_INDEX_DIGITS):
            raise ProblemError(404, MSG_DOCUMENT_UNKNOWN)
        found = store.document(dossier.code, int(text))
        if found is None:
            raise ProblemError(404, MSG_DOCUMENT_UNKNOWN)
        info, data = found
        position = sum(1 for d in dossier.documents[: info.index] if d.attachment_id == info.attachment_id)
        name = (
            f"{info.attachment_id}-{position}.{MIME_EXTENSIONS.get(info.mime, 'bin')}"  # as the kiosk sent it
        )
        return Response(
            data,
            media_type=info.mime,
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-store",
            },
        )

    # -- the fee ----------------------------------------------------------------------------------
    @app.post(
        "/api/v1/dossiers/{code}/payment",
        status_code=201,
        response_model=Payment,
        responses={
            200: {"model": Payment, "description": "Khoản lệ phí đã có từ trước (mỗi hồ sơ một khoản)"},
            **_problems(404, 409, 429),
        },
    )
    def start_payment(dossier: Annotated[Dossier, Depends(looked_up)], response: Response) -> Payment:
        """The dossier's fee and its VietQR code; asking again returns the same payment."""
        if dossier.fee <= 0:
            raise ProblemError(409, MSG_NO_FEE)
        purpose = fees.payment_purpose(dossier.code)
        terms = PaymentTerms(
            amount=dossier.fee,
            bank_bin=treasury.bank_bin,
            bank_name=treasury.bank_name,
            account_number=treasury.account_number,
            account_name=treasury.account_name,
            purpose=purpose,
            purpose_key=fees.purpose_key(purpose),
            vietqr=build_vietqr(treasury.bank_bin, treasury.account_number, dossier.fee, purpose),
        )
        payment, created = store.start_payment(dossier.code, terms, now())
        response.status_code = 201 if created else 200
        return payment

    @app.get("/api/v1/dossiers/{code}/payment", response_model=Payment, responses=_problems(404, 429))
    def get_payment(dossier: Annotated[Dossier, Depends(looked_up)]) -> Payment:
        """The payment's state now: "unpaid" until the bank's transfer reaches the portal, then "paid"."""
        payment = store.payment(dossier.code)
        if payment is None:
            raise ProblemError(404, MSG_NO_PAYMENT)
        return payment

    # -- the rating -------------------------------------------------------------------------------
    @app.post(
        "/api/v1/dossiers/{code}/rating",
        status_code=201,
        response_model=Rating,
        responses=_problems(404, 409, 422, 429),
    )
    def rate_dossier(dossier: Annotated[Dossier, Depends(looked_up)], body: RatingCreate) -> Rating:
        """One satisfaction rating per dossier (the comment is stored, never logged nor shown back)."""
        try:
            return store.add_rating(dossier.code, body.score, body.comment, now())
        except AlreadyRated:
            raise ProblemError(409, MSG_ALREADY_RATED) from None

    # -- sandbox only: the bank and the office ------------------------------------------------------
    @app.post(
        "/sandbox/bank/transfers",
        response_model=Payment,
        tags=["sandbox"],
        responses=_problems(404, 409, 422),
    )
    def bank_transfer(body: BankTransfer) -> Payment:
        """The bank reports a transfer to the treasury account: the payment its note names is settled."""
        outcome, payment = store.settle_transfer(fees.purpose_key(body.purpose), body.amount, now())
        if outcome is TransferOutcome.SETTLED and payment is not None:
            return payment
        if outcome is TransferOutcome.ALREADY_PAID:
            raise ProblemError(409, MSG_TRANSFER_PAID)
        if outcome is TransferOutcome.WRONG_AMOUNT and payment is not None:
            detail = MSG_TRANSFER_AMOUNT.format(amount=format_vnd(payment.amount))
            raise ProblemError(422, detail, errors={"amount": detail})
        raise ProblemError(404, MSG_TRANSFER_UNKNOWN)

    @app.post(
        "/sandbox/dossiers/{code}/events",
        response_model=Dossier,
        tags=["sandbox"],
        responses=_problems(404, 422),
    )
    def add_event(code: str, body: SandboxEvent) -> Dossier:
        """The office moves a dossier on: the event joins its history and sets its status."""
        status = body.status.strip()
        if status not in statuses.DOSSIER_STATUSES:
            detail = MSG_STATUS_UNKNOWN.format(allowed=", ".join(statuses.DOSSIER_STATUSES))
            raise ProblemError(422, detail, errors={"status": detail})
        note = " ".join(body.note.split()) or statuses.NOTES[status]
        dossier = store.add_event(code.strip().upper(), status, note, now())
        if dossier is None:
            raise ProblemError(404, MSG_DOSSIER_UNKNOWN)
        return dossier

    return app
