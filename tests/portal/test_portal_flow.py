"""The citizen's whole journey against the real sandbox over loopback, through PortalClient."""

from __future__ import annotations

import re

import pytest
from portal_helpers import (
    BIRTH_DOCUMENTS,
    CURRENT_VERSION,
    Citizen,
    account_request,
    birth_dossier,
    is_vietnamese,
    new_id_number,
    register,
)

from kiosk.domain.dossier_codes import DOSSIER_CODE_PATTERN
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import LoginExpired, PortalRejected
from kiosk.portal.models import DossierCreate
from kiosk.portal.sandbox.codes import LOOKUP_ALPHABET

CODE_RE = re.compile(r"^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$")


def test_account_otp_login_submit_and_look_up(client: PortalClient) -> None:
    person = Citizen(new_id_number(), "mat-khau-1", full_name="  trần   thị  BÌNH ")
    created = client.create_account(account_request(person))
    assert created.otp_sent_to == "091****678"
    assert created.demo_otp is not None and re.fullmatch(r"\d{6}", created.demo_otp)

    account = client.verify_account(created.account_id, created.demo_otp)
    assert account.verified and account.full_name == "Trần Thị Bình" and account.phone == "0912345678"

    token = client.login(person.id_number, person.password)
    assert client.logged_in and token.token_type == "bearer" and token.expires_in == 30 * 60
    assert token.account.account_id == created.account_id
    assert token.access_token not in repr(token)

    catalog = {p.code: p for p in client.procedures()}
    assert catalog["1.001193"].version == CURRENT_VERSION
    assert catalog["1.001193"].name == "Đăng ký khai sinh"

    dossier = client.submit_dossier(birth_dossier(), idempotency_key="flow-1", documents=BIRTH_DOCUMENTS)
    assert CODE_RE.fullmatch(dossier.code) and DOSSIER_CODE_PATTERN.fullmatch(dossier.code)
    assert dossier.code.startswith("000.00.01.H26-")
    assert len(dossier.lookup_code) == 6 and set(dossier.lookup_code) <= set(LOOKUP_ALPHABET)
    assert dossier.applicant_name == "Trần Thị Bình"
    assert dossier.agency_name == "UBND phường Ba Đình (thử nghiệm)"
    assert dossier.procedure_name == "Đăng ký khai sinh" and dossier.procedure_version == CURRENT_VERSION
    assert dossier.status == "received" and dossier.delivery == "desk"
    assert [e.note for e in dossier.history] == ["Đã tiếp nhận hồ sơ"]
    assert dossier.received_at.tzinfo is not None
    assert dossier.code.split("-")[1] == dossier.received_at.strftime("%y%m%d")
    assert dossier.appointment_on >= dossier.received_at.date()

    client.logout()
    assert not client.logged_in
    assert client.get_dossier(dossier.code, dossier.lookup_code) == dossier
    # What a person types from the paper receipt: case and spaces do not matter.
    spaced = f" {dossier.lookup_code[:3].lower()} {dossier.lookup_code[3:].lower()} "
    assert client.get_dossier(dossier.code, spaced) == dossier


def test_look_up_with_wrong_codes_is_a_kind_404(client: PortalClient, citizen: Citizen) -> None:
    dossier = client.submit_dossier(birth_dossier(), idempotency_key="lookup-1", documents=BIRTH_DOCUMENTS)
    wrong = "".join("A" if ch != "A" else "B" for ch in dossier.lookup_code)
    for code, lookup in [
        (dossier.code, wrong),
        (dossier.code, ""),
        ("000.00.01.H26-990101-9999", dossier.lookup_code),
        ("không-có", "ABCDEF"),
    ]:
        with pytest.raises(PortalRejected) as info:
            client.get_dossier(code, lookup)
        assert info.value.status == 404
        assert is_vietnamese(info.value.message) and "mã tra cứu" in info.value.message


def test_post_delivery_needs_an_address() -> None:
    with pytest.raises(ValueError, match="địa chỉ"):
        DossierCreate(procedure_code="1.001193", procedure_version="1", answers={}, delivery="post")


def test_post_delivery_is_accepted_with_an_address(client: PortalClient, citizen: Citizen) -> None:
    request = birth_dossier().model_copy(
        update={"delivery": "post", "delivery_address": "Số 1 Hàng Bài, Hà Nội"}
    )
    dossier = client.submit_dossier(request, idempotency_key="post-1", documents=BIRTH_DOCUMENTS)
    assert dossier.delivery == "post"


def test_wrong_otp_then_locked_after_five(client: PortalClient) -> None:
    created = client.create_account(account_request(Citizen(new_id_number(), "mat-khau-1")))
    assert created.demo_otp is not None
    wrong = f"{(int(created.demo_otp) + 1) % 1_000_000:06d}"
    for left in (4, 3, 2, 1):
        with pytest.raises(PortalRejected) as info:
            client.verify_account(created.account_id, wrong)
        assert info.value.status == 400
        assert f"còn {left} lần" in info.value.message and "otp" in info.value.field_errors
    with pytest.raises(PortalRejected) as info:
        client.verify_account(created.account_id, wrong)
    assert info.value.status == 429 and is_vietnamese(info.value.message)
    with pytest.raises(PortalRejected) as info:  # locked: even the right code no longer works
        client.verify_account(created.account_id, created.demo_otp)
    assert info.value.status == 429


def test_verify_unknown_account_is_404(client: PortalClient) -> None:
    with pytest.raises(PortalRejected) as info:
        client.verify_account("không-có/../x", "123456")
    assert info.value.status == 404 and is_vietnamese(info.value.message)


def test_wrong_password_and_unverified_account_are_refused(client: PortalClient) -> None:
    person = register(client)
    with pytest.raises(PortalRejected) as info:
        client.login(person.id_number, "sai-mat-khau")
    assert info.value.status == 401 and not isinstance(info.value, LoginExpired)
    assert "mật khẩu" in info.value.message and not client.logged_in

    with pytest.raises(PortalRejected) as info:
        client.login(new_id_number(), "mat-khau-1")  # no such account: the same answer
    assert info.value.status == 401 and "mật khẩu" in info.value.message

    pending = Citizen(new_id_number(), "mat-khau-2")
    client.create_account(account_request(pending))
    with pytest.raises(PortalRejected) as info:
        client.login(pending.id_number, pending.password)
    assert info.value.status == 401 and "OTP" in info.value.message


def test_second_account_for_a_verified_cccd_is_a_conflict(client: PortalClient) -> None:
    person = register(client)
    with pytest.raises(PortalRejected) as info:
        client.create_account(account_request(person))
    assert info.value.status == 409 and "đã có tài khoản" in info.value.message


def test_unverified_account_can_register_again(client: PortalClient) -> None:
    person = Citizen(new_id_number(), "mat-khau-1")
    client.create_account(account_request(person))  # OTP never entered
    register(client, person)  # starts over with a new OTP
    assert client.login(person.id_number, person.password).account.verified


def test_submit_without_login_is_login_expired_in_vietnamese(client: PortalClient) -> None:
    with pytest.raises(LoginExpired) as info:
        client.submit_dossier(birth_dossier(), idempotency_key="anon-1", documents=BIRTH_DOCUMENTS)
    assert isinstance(info.value, PortalRejected) and info.value.status == 401
    assert is_vietnamese(info.value.message) and "đăng nhập" in info.value.message


def test_rejected_token_is_forgotten(client: PortalClient) -> None:
    client.use_token("not-a-real-token")
    with pytest.raises(LoginExpired):
        client.submit_dossier(birth_dossier(), idempotency_key="fake-1", documents=BIRTH_DOCUMENTS)
    assert not client.logged_in


def test_stale_form_version_is_refused(client: PortalClient, citizen: Citizen) -> None:
    stale = birth_dossier().model_copy(update={"procedure_version": "2000.0"})
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(stale, idempotency_key="stale-1", documents=BIRTH_DOCUMENTS)
    assert info.value.status == 409 and "cập nhật" in info.value.message


def test_unknown_procedure_is_404(client: PortalClient, citizen: Citizen) -> None:
    unknown = birth_dossier().model_copy(update={"procedure_code": "9.999999"})
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(unknown, idempotency_key="unknown-1", documents=BIRTH_DOCUMENTS)
    assert info.value.status == 404 and is_vietnamese(info.value.message)


def test_invalid_answers_come_back_per_field(client: PortalClient, citizen: Citizen) -> None:
    bad = birth_dossier(**{"child.full_name": None, "mother.birth_year": "năm ngoái", "no.such": "x"})
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(bad, idempotency_key="bad-1", documents=BIRTH_DOCUMENTS)
    errors = info.value.field_errors
    assert info.value.status == 422 and is_vietnamese(info.value.message)
    assert {"child.full_name", "mother.birth_year", "no.such"} <= set(errors)
    assert all(is_vietnamese(message) for message in errors.values())


def test_account_fields_come_from_the_login_not_the_form(client: PortalClient, citizen: Citizen) -> None:
    forged = birth_dossier(**{"requester.full_name": "Người Khác", "requester.id_number": "079090000001"})
    dossier = client.submit_dossier(forged, idempotency_key="forged-1", documents=BIRTH_DOCUMENTS)
    assert dossier.applicant_name == citizen.full_name
