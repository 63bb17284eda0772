"""Every error is RFC 9457 problem+json with a Vietnamese detail, and bad input is never a 500."""

from __future__ import annotations

import json

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from portal_helpers import assert_problem, new_id_number

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
account_like = st.fixed_dictionaries(
    {},
    optional={
        "id_number": json_values | st.text(alphabet="0123456789 ", max_size=14),
        "full_name": json_values,
        "birth_date": json_values | st.dates().map(str),
        "phone": json_values,
        "password": json_values,
    },
)


@pytest.mark.parametrize(
    ("path", "data", "content_type"),
    [
        ("/api/v1/accounts", b"{not json", "application/json"),
        ("/api/v1/accounts", b"", "application/json"),
        ("/api/v1/accounts", b"\xff\xfe\x00", "application/json"),
        ("/api/v1/accounts", b"[1, 2, 3]", "application/json"),
        ("/api/v1/accounts", b'"text"', "application/json"),
        ("/api/v1/accounts", b"id_number=1", "application/x-www-form-urlencoded"),
        ("/api/v1/accounts", b"hello", "text/plain"),
        ("/api/v1/accounts", b"[" * 100_000, "application/json"),
        ("/api/v1/auth/token", b"{}", "application/json"),
        ("/api/v1/auth/token", b'{"username": 1, "password": null}', "application/json"),
        ("/api/v1/accounts/abc/verify", b'{"otp": []}', "application/json"),
        ("/api/v1/accounts/abc/verify", b"{", "application/json"),
    ],
)
def test_malformed_bodies_are_4xx_problems(
    sandbox_url: str, path: str, data: bytes, content_type: str
) -> None:
    response = requests.post(
        sandbox_url + path, data=data, headers={"Content-Type": content_type}, timeout=10
    )
    assert_problem(response, 400, 404, 422)


def test_wrong_types_name_the_fields(sandbox_url: str) -> None:
    body = {
        "id_number": 1234,
        "full_name": ["x"],
        "birth_date": "31/02/1990",
        "phone": "12",
        "password": "123",
    }
    response = requests.post(f"{sandbox_url}/api/v1/accounts", json=body, timeout=10)
    problem = assert_problem(response, 422)
    fields = {e["field"] for e in problem["errors"]}
    assert fields == {"id_number", "full_name", "birth_date", "phone", "password"}
    assert "1234" not in response.text  # submitted values are never echoed back


def test_domain_messages_reach_the_citizen(sandbox_url: str) -> None:
    body = {
        "id_number": "12345",
        "full_name": "Nguy?n V?n A",
        "birth_date": "1990-01-01",
        "phone": "024 3825 1234",
        "password": "mat-khau-1",
    }
    problem = assert_problem(requests.post(f"{sandbox_url}/api/v1/accounts", json=body, timeout=10), 422)
    messages = {e["field"]: e["message"] for e in problem["errors"]}
    assert "12 chữ số" in messages["id_number"]
    assert "di động" in messages["phone"]
    assert "quét lại" in messages["full_name"]


def test_unknown_route_and_method(sandbox_url: str) -> None:
    assert_problem(requests.get(f"{sandbox_url}/api/v1/nothing-here", timeout=10), 404)
    assert_problem(requests.get(f"{sandbox_url}/", timeout=10), 404)
    response = requests.delete(f"{sandbox_url}/api/v1/procedures", timeout=10)
    assert_problem(response, 405)
    assert response.headers["allow"] == "GET"


def test_dossier_submit_errors_without_login(sandbox_url: str) -> None:
    url = f"{sandbox_url}/api/v1/dossiers"
    broken = requests.post(url, data=b"{oops", headers={"Content-Type": "application/json"}, timeout=10)
    assert_problem(broken, 400)  # the body is read before anything else
    for response in (
        requests.post(url, json={}, timeout=10),
        requests.post(url, json={}, headers={"Authorization": "Basic abc"}, timeout=10),
        requests.post(url, json={}, headers={"Authorization": "Bearer "}, timeout=10),
    ):
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer"


def test_openapi_document_is_served(sandbox_url: str) -> None:
    spec = requests.get(f"{sandbox_url}/openapi.json", timeout=10).json()
    assert {"/api/v1/accounts", "/api/v1/auth/token", "/api/v1/procedures", "/api/v1/dossiers"} <= set(
        spec["paths"]
    )
    assert "Problem" in spec["components"]["schemas"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=account_like | json_values)
def test_any_json_to_accounts_is_never_a_500(sandbox_url: str, body: object) -> None:
    response = requests.post(f"{sandbox_url}/api/v1/accounts", data=json.dumps(body), timeout=10)
    if response.status_code == 201:
        return  # hypothesis found a valid account: fine
    assert_problem(response, 400, 409, 422)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=json_values, username=st.sampled_from(["", "001090000001", new_id_number()]))
def test_any_json_to_login_and_verify_is_never_a_500(sandbox_url: str, body: object, username: str) -> None:
    data = json.dumps(body)
    assert_problem(requests.post(f"{sandbox_url}/api/v1/auth/token", data=data, timeout=10))
    assert_problem(
        requests.post(f"{sandbox_url}/api/v1/accounts/{username or 'x'}/verify", data=data, timeout=10)
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.text(min_size=1, max_size=40), lookup=st.text(max_size=40))
def test_any_lookup_is_a_kind_404(sandbox_url: str, code: str, lookup: str) -> None:
    from urllib.parse import quote

    safe = quote(code, safe="")
    if safe in {".", ".."} or "/" in code:
        return  # the server decodes %2F before routing: "/dossiers//" is another resource, not a lookup
    response = requests.get(
        f"{sandbox_url}/api/v1/dossiers/{safe}", params={"lookup_code": lookup}, timeout=10
    )
    assert_problem(response, 404)
