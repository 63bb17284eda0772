"""Helpers for the portal tests: citizens with unique CCCD numbers, a valid birth registration (with
its birth certificate attached), small valid documents, a clock."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import requests

from kiosk.domain.documents import Document, accept
from kiosk.portal.client import PortalClient
from kiosk.portal.models import AccountCreate, DossierCreate
from kiosk.portal.sandbox.runner import SandboxHandle

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
VIETNAMESE_MARKS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
_serial = itertools.count(random.randrange(100_000, 800_000))


def is_vietnamese(text: str) -> bool:
    return any(ch in VIETNAMESE_MARKS for ch in text.lower())


PROBLEM = "application/problem+json"


def assert_problem(response: requests.Response, *statuses: int) -> dict[str, Any]:
    assert 400 <= response.status_code < 500, response.status_code
    if statuses:
        assert response.status_code in statuses
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == response.status_code
    assert isinstance(body["title"], str) and body["type"] == "about:blank"
    assert is_vietnamese(body["detail"]), body["detail"]
    for error in body["errors"]:
        assert set(error) == {"field", "message"} and is_vietnamese(error["message"])
    return dict(body)


def new_id_number() -> str:
    """A fresh, well-formed CCCD number (Hà Nội, male, born 1990) so accounts never collide."""
    return f"001090{next(_serial):06d}"


@dataclass
class Citizen:
    id_number: str
    password: str
    full_name: str = "Nguyễn Văn An"


def account_request(citizen: Citizen) -> AccountCreate:
    return AccountCreate(
        id_number=citizen.id_number,
        full_name=citizen.full_name,
        birth_date=date(1990, 5, 17),
        phone="0912 345 678",
        password=citizen.password,
    )


def register(client: PortalClient, citizen: Citizen | None = None) -> Citizen:
    """Creates and verifies an account (the OTP comes from the sandbox's demo_otp)."""
    citizen = citizen or Citizen(new_id_number(), "mat-khau-1")
    created = client.create_account(account_request(citizen))
    assert created.demo_otp is not None
    client.verify_account(created.account_id, created.demo_otp)
    return citizen


def birth_answers(**changes: str | int | bool | None) -> dict[str, str | int | bool | None]:
    answers: dict[str, str | int | bool | None] = {
        # Addresses travel as province code + commune code + street (Hà Nội, Phường Ba Đình).
        "requester.residence.province": 1,
        "requester.residence.commune": 4,
        "requester.residence.street": "Số 5 phố Phan Đình Phùng",
        "requester.relationship": "me",
        "child.full_name": "Trần Thị Mai",
        "child.birth_date": "2026-01-05",
        "child.sex": "Nữ",
        "child.ethnicity": "01",
        "child.nationality": "Việt Nam",
        "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
        "child.native_place": "Nam Định",
        "child.has_birth_certificate": True,
        "mother.full_name": "Nguyễn Thị Lan",
        "mother.birth_year": 1995,
        "mother.ethnicity": "01",
        "mother.nationality": "Việt Nam",
        "mother.residence.province": 1,
        "mother.residence.commune": 4,
        "mother.residence.street": "Số 5 phố Phan Đình Phùng",
        "father.known": False,
        "copies.wanted": True,
        "copies.count": 2,
    }
    answers.update(changes)
    return answers


def pdf(text: str = "") -> bytes:
    """A small PDF (the sandbox checks the type by its first bytes); `text` makes it a different file."""
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + f"% {text}\n".encode()
        + b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


def jpeg(text: str = "") -> bytes:
    """Bytes that start like a JPEG (SOI + JFIF APP0), which is all the type check looks at."""
    return (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + text.encode() + b"\xff\xd9"
    )


# The birth registration in birth_answers() has a birth certificate (giấy chứng sinh): it is needed.
BIRTH_DOCUMENTS: tuple[Document, ...] = (accept("giay_chung_sinh", pdf("giấy chứng sinh")),)


def birth_dossier(**changes: str | int | bool | None) -> DossierCreate:
    return DossierCreate(
        procedure_code="1.001193",
        procedure_version=CURRENT_VERSION,
        answers=birth_answers(**changes),
        delivery="desk",
    )


def _current_version() -> str:
    from kiosk.domain.procedures import load_catalog

    return load_catalog()["1.001193"].version


CURRENT_VERSION = _current_version()


class Clock:
    """A settable clock for the sandbox (Vietnam time)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class ClockedSandbox:
    handle: SandboxHandle
    clock: Clock
    db_path: Path

    @property
    def url(self) -> str:
        return self.handle.url
