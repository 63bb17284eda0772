"""The kiosk's adapter to Portal API v1: one requests Session, explicit timeouts, urllib3 retries.

Retries (urllib3 `Retry` on `HTTPAdapter`s, no hand-written loops):
- connection errors (nothing was sent): a few times, for every method;
- read errors and 502/503/504: only for GET, and for `POST /api/v1/dossiers`, which is safe to
  repeat thanks to its Idempotency-Key (a second adapter is mounted on that URL prefix);
- nothing else.

Blocking: call it from a worker thread, never the GUI thread. Errors are the typed PortalError
family with a Vietnamese `.message`; they never carry personal data (no bodies, no query strings),
and the low-level cause is dropped (`from None`) because its text holds the URL.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk.portal.errors import LoginExpired, PortalFailed, PortalRejected, PortalUnreachable
from kiosk.portal.models import (
    Account,
    AccountCreate,
    AccountCreated,
    AccountVerify,
    Dossier,
    DossierCreate,
    ProcedureInfo,
    Token,
    TokenRequest,
)

API = "/api/v1"
RETRY_STATUSES = frozenset({502, 503, 504})
USER_AGENT = "vn-gov-kiosk/0.1"

MSG_BAD_ANSWER = "Cổng dịch vụ công trả lời không đúng định dạng. Vui lòng thử lại sau."

M = TypeVar("M", bound=BaseModel)
_PROCEDURES = TypeAdapter(list[ProcedureInfo])


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

    def use_token(self, access_token: str | None) -> None:
        """Use a bearer token kept elsewhere (e.g. keyring); None forgets it."""
        self._token = access_token

    def logout(self) -> None:
        """Forgets the bearer token."""
        self._token = None

    def close(self) -> None:
        self._token = None
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
        return token

    def procedures(self) -> list[ProcedureInfo]:
        response = self._call("GET", "/procedures")
        try:
            return _PROCEDURES.validate_json(response.content)
        except ValidationError:
            raise PortalFailed(MSG_BAD_ANSWER, status=response.status_code) from None

    def submit_dossier(self, dossier: DossierCreate, idempotency_key: str) -> Dossier:
        """Submits; repeating with the same key returns the same dossier, never a second one.

        Keep the key with the draft (e.g. a uuid4 made when the citizen pressed "Nộp") and reuse it
        for every retry of that dossier, also after a restart.
        """
        if not idempotency_key or not idempotency_key.isascii() or not idempotency_key.isprintable():
            raise ValueError("idempotency_key must be non-empty printable ASCII")
        response = self._call(
            "POST",
            "/dossiers",
            json=_body(dossier),
            headers={"Idempotency-Key": idempotency_key},
            authenticated=True,
        )
        return self._parse(Dossier, response)

    def get_dossier(self, code: str, lookup_code: str) -> Dossier:
        response = self._call("GET", f"/dossiers/{quote(code, safe='')}", params={"lookup_code": lookup_code})
        return self._parse(Dossier, response)

    # -- plumbing ---------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
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
        raise PortalRejected(detail or None, status=response.status_code, field_errors=field_errors)

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
