"""The kiosk's adapter to Portal API v1: one requests Session, explicit timeouts, urllib3 retries.

Retries (urllib3 `Retry` on `HTTPAdapter`s, no hand-written loops):
- connection errors (nothing was sent): a few times, for every method;
- read errors and 502/503/504: only for GET, and for `POST /api/v1/dossiers`, which is safe to
  repeat thanks to its Idempotency-Key (a second adapter is mounted on that URL prefix);
- nothing else.

Lookup codes travel in the `X-Lookup-Code` header, never in a URL: urllib3 logs the URL of every
retry. Attachments travel as multipart/form-data (see `dossier_parts`), named by their checklist entry
and position ("giay_chung_sinh-1.jpg"), never by the person's own file name.

Blocking: call it from a worker thread, never the GUI thread. Errors are the typed PortalError
family with a Vietnamese `.message`; they never carry personal data (no bodies, no query strings),
and the low-level cause is dropped (`from None`) because its text holds the URL.
"""

from __future__ import annotations

import ipaddress
import json as jsonlib
from collections.abc import Mapping, Sequence
from typing import Any, Self, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk.domain.documents import MIME_EXTENSIONS, Document
from kiosk.domain.phrases import phrase
from kiosk.portal.errors import LoginExpired, PortalFailed, PortalRejected, PortalUnreachable
from kiosk.portal.models import (
    Account,
    AccountCreate,
    AccountCreated,
    AccountVerify,
    DocumentInfo,
    Dossier,
    DossierCreate,
    Payment,
    ProcedureInfo,
    Rating,
    RatingCreate,
    Token,
    TokenRequest,
)

API = "/api/v1"
RETRY_STATUSES = frozenset({502, 503, 504})
USER_AGENT = "vn-gov-kiosk/0.1"
LOOKUP_HEADER = "X-Lookup-Code"
DOCUMENT_ACCEPT = ", ".join([*MIME_EXTENSIONS, "application/problem+json"])

MSG_BAD_ANSWER = phrase("Cổng dịch vụ công trả lời không đúng định dạng. Vui lòng thử lại sau.")
MSG_LOOKUP_FORMAT = phrase(  # the portal's own words for a lookup that finds nothing
    "Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Vui lòng kiểm tra lại hai mã trên giấy hẹn."
)

M = TypeVar("M", bound=BaseModel)
_PROCEDURES = TypeAdapter(list[ProcedureInfo])
_DOCUMENTS = TypeAdapter(list[DocumentInfo])


def _retry(methods: frozenset[str]) -> Retry:
    return Retry(
        total=None,
        connect=3,
        read=2,
        status=2,
        other=0,
        redirect=0,
        backoff_factor=0.2,
        backoff_max=2.0,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=methods,
        raise_on_status=False,  # hand back the last 5xx response: it becomes PortalFailed
        raise_on_redirect=False,
        respect_retry_after_header=False,  # a long Retry-After would stall the worker: keep backoff short
    )


class PortalClient:
    """Talks to one portal at `base_url` (e.g. "http://127.0.0.1:8765")."""

    def __init__(self, base_url: str, *, connect_timeout: float = 3.05, read_timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._token: str | None = None
        self._grant: str | None = None
        self._session = requests.Session()
        # Proxies from the environment serve real portals; never the sandbox on loopback.
        self._session.trust_env = not _is_loopback(self.base_url)
        self._session.headers.update(
            {"User-Agent": USER_AGENT, "Accept": "application/json, application/problem+json"}
        )
        default = HTTPAdapter(max_retries=_retry(frozenset({"GET"})))
        dossiers = HTTPAdapter(max_retries=_retry(frozenset({"GET", "POST"})))
        self._session.mount("http://", default)
        self._session.mount("https://", default)
        self._session.mount(f"{self.base_url}{API}/dossiers", dossiers)

    # -- session ----------------------------------------------------------------------------------
    @property
    def logged_in(self) -> bool:
        return self._token is not None

    @property
    def bearer_token(self) -> str | None:
        """The token of this login, for the outbox (sealed there) to send a dossier after a lost answer."""
        return self._token

    @property
    def submission_token(self) -> str | None:
        """What the outbox keeps to send this person's dossier later: the portal's submission grant
        (lives for days, can only submit) when it gives one, else the login token."""
        return self._grant or self._token

    def use_token(self, access_token: str | None) -> None:
        """Use a bearer token kept elsewhere (e.g. keyring); None forgets it."""
        self._token = access_token

    def logout(self) -> None:
        """Forgets the bearer token."""
        self._token = None
        self._grant = None

    def close(self) -> None:
        self._token = None
        self._grant = None
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PortalClient({self.base_url!r}, logged_in={self.logged_in})"

    # -- Portal API v1 ----------------------------------------------------------------------------
    def create_account(self, account: AccountCreate) -> AccountCreated:
        return self._parse(AccountCreated, self._call("POST", "/accounts", json=_body(account)))

    def verify_account(self, account_id: str, otp: str) -> Account:
        body = _body(AccountVerify(otp=otp))
        return self._parse(
            Account, self._call("POST", f"/accounts/{quote(account_id, safe='')}/verify", json=body)
        )

    def login(self, username: str, password: str) -> Token:
        """Logs in with the 12-digit CCCD number; keeps the bearer token for later calls."""
        request = TokenRequest(username=username, password=password)
        token = self._parse(Token, self._call("POST", "/auth/token", json=_body(request)))
        self._token = token.access_token
        self._grant = token.submission_grant
        return token

    def procedures(self) -> list[ProcedureInfo]:
        response = self._call("GET", "/procedures")
        try:
            return _PROCEDURES.validate_json(response.content)
        except ValidationError:
            raise PortalFailed(MSG_BAD_ANSWER, status=response.status_code) from None

    def submit_dossier(
        self, dossier: DossierCreate, idempotency_key: str, documents: Sequence[Document] = ()
    ) -> Dossier:
        """Submits; repeating with the same key returns the same dossier, never a second one.

        Keep the key with the draft (e.g. a uuid4 made when the citizen pressed "Nộp") and reuse it
        for every retry of that dossier, also after a restart, with the same documents in the same
        order: the portal refuses the key for different files. Without documents the body is JSON;
        with them, multipart/form-data (see `dossier_parts`).
        """
        if not idempotency_key or not idempotency_key.isascii() or not idempotency_key.isprintable():
            raise ValueError("idempotency_key must be non-empty printable ASCII")
        response = self._call(
            "POST",
            "/dossiers",
            json=None if documents else _body(dossier),
            files=dossier_parts(dossier, documents) if documents else None,
            headers={"Idempotency-Key": idempotency_key},
            authenticated=True,
        )
        return self._parse(Dossier, response)

    def get_dossier(self, code: str, lookup_code: str) -> Dossier:
        response = self._call("GET", _dossier_path(code), headers=_lookup_header(lookup_code))
        return self._parse(Dossier, response)

    def dossier_documents(self, code: str, lookup_code: str) -> list[DocumentInfo]:
        """What was attached to a dossier (no bytes): index, checklist entry, type, size, sha256."""
        response = self._call("GET", f"{_dossier_path(code)}/documents", headers=_lookup_header(lookup_code))
        try:
            return _DOCUMENTS.validate_json(response.content)
        except ValidationError:
            raise PortalFailed(MSG_BAD_ANSWER, status=response.status_code) from None

    def document(self, code: str, lookup_code: str, index: int) -> bytes:
        """The bytes of a dossier's document number `index` (1, 2, … as listed)."""
        headers = {**_lookup_header(lookup_code), "Accept": DOCUMENT_ACCEPT}
        response = self._call("GET", f"{_dossier_path(code)}/documents/{int(index)}", headers=headers)
        return response.content

    def start_payment(self, code: str, lookup_code: str) -> Payment:
        """The dossier's fee and its VietQR code; asking again returns the same payment (not a second one).

        PortalRejected 409 when the dossier has nothing to pay.
        """
        response = self._call("POST", f"{_dossier_path(code)}/payment", headers=_lookup_header(lookup_code))
        return self._parse(Payment, response)

    def payment(self, code: str, lookup_code: str) -> Payment:
        """The payment's state now ("unpaid" until the bank's transfer reaches the portal, then "paid")."""
        response = self._call("GET", f"{_dossier_path(code)}/payment", headers=_lookup_header(lookup_code))
        return self._parse(Payment, response)

    def rate_dossier(self, code: str, lookup_code: str, rating: RatingCreate) -> Rating:
        """One satisfaction rating per dossier: PortalRejected 409 when it was already rated."""
        response = self._call(
            "POST", f"{_dossier_path(code)}/rating", json=_body(rating), headers=_lookup_header(lookup_code)
        )
        return self._parse(Rating, response)

    # -- plumbing ---------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        files: Sequence[tuple[str, tuple[str | None, bytes, str]]] | None = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = False,
    ) -> requests.Response:
        sent_headers = dict(headers or {})
        if authenticated and self._token is not None:
            sent_headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._session.request(
                method,
                f"{self.base_url}{API}{path}",
                json=json,
                files=files,
                params=params,
                headers=sent_headers,
                timeout=self.timeout,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            # The exception's text holds the URL (codes, lookup code): keep only its class name.
            raise PortalUnreachable(reason=type(exc).__name__) from None
        if response.status_code < 300:
            return response
        if response.status_code == 401 and authenticated:
            self._token = None
            raise LoginExpired(_problem(response)[0] or None)
        if response.status_code >= 500:
            raise PortalFailed(status=response.status_code)
        detail, field_errors = _problem(response)
        raise PortalRejected(
            detail or None,
            status=response.status_code,
            field_errors=field_errors,
            retry_after=_retry_after(response),
        )

    @staticmethod
    def _parse(model: type[M], response: requests.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise PortalFailed(MSG_BAD_ANSWER, status=response.status_code) from None


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _body(model: BaseModel) -> Any:
    return model.model_dump(mode="json")


def _dossier_path(code: str) -> str:
    return f"/dossiers/{quote(code, safe='')}"


def _lookup_header(lookup_code: str) -> dict[str, str]:
    """The lookup code as a header; what no lookup code can be is refused here (a header cannot hold it)."""
    text = lookup_code.strip()
    if not text.isascii() or not text.isprintable():
        raise PortalRejected(MSG_LOOKUP_FORMAT, status=404)
    return {LOOKUP_HEADER: text}


def dossier_parts(
    dossier: DossierCreate, documents: Sequence[Document]
) -> list[tuple[str, tuple[str | None, bytes, str]]]:
    """The multipart/form-data parts of a dossier with attachments, for requests' `files=`.

    In order: "dossier" (application/json, the DossierCreate body); then, for each document, an
    "attachment_id" field (its checklist entry) and a "files" part named `Document.file_name(n)`
    (n counts per checklist entry from 1) with the document's type. The person's own file name never
    travels: a Document does not even know it.
    """
    body = jsonlib.dumps(_body(dossier), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts: list[tuple[str, tuple[str | None, bytes, str]]] = [("dossier", (None, body, "application/json"))]
    seen: dict[str, int] = {}
    for document in documents:
        if document.mime not in MIME_EXTENSIONS:
            raise ValueError("documents must be PDF, JPEG or PNG (use kiosk.domain.documents.accept)")
        position = seen[document.attachment_id] = seen.get(document.attachment_id, 0) + 1
        parts.append(("attachment_id", (None, document.attachment_id.encode("utf-8"), "text/plain")))
        parts.append(("files", (document.file_name(position), document.data, document.mime)))
    return parts


def _retry_after(response: requests.Response) -> int | None:
    """Seconds to wait before asking again (a 429's Retry-After), when the portal says so."""
    text = response.headers.get("Retry-After", "").strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _problem(response: requests.Response) -> tuple[str, dict[str, str]]:
    """(detail, field errors) from a problem+json body; empty when the body is something else."""
    try:
        data = response.json()
    except ValueError:
        return "", {}
    if not isinstance(data, dict):
        return "", {}
    detail = data.get("detail")
    errors: dict[str, str] = {}
    raw_errors = data.get("errors")
    if isinstance(raw_errors, list):
        for item in raw_errors:
            if (
                isinstance(item, dict)
                and isinstance(item.get("field"), str)
                and isinstance(item.get("message"), str)
            ):
                errors.setdefault(item["field"], item["message"])
    return (detail if isinstance(detail, str) else ""), errors
