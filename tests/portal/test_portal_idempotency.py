"""The same Idempotency-Key always yields the same dossier, never a second one."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from portal_helpers import BIRTH_DOCUMENTS, ClockedSandbox, birth_dossier, is_vietnamese, register

from kiosk.portal.client import PortalClient, dossier_parts
from kiosk.portal.errors import PortalRejected


def _rows(db_path: object) -> int:
    with sqlite3.connect(str(db_path)) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM dossiers").fetchone()
    return int(count)


def _sequence(code: str) -> int:
    return int(code.rsplit("-", 1)[1])


@pytest.fixture
def private_client(clocked_sandbox: ClockedSandbox) -> Iterator[PortalClient]:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        c.login(person.id_number, person.password)
        yield c


def test_same_key_twice_gives_one_dossier(
    private_client: PortalClient, clocked_sandbox: ClockedSandbox
) -> None:
    before = _rows(clocked_sandbox.db_path)
    first = private_client.submit_dossier(
        birth_dossier(), idempotency_key="same-key", documents=BIRTH_DOCUMENTS
    )
    again = private_client.submit_dossier(
        birth_dossier(), idempotency_key="same-key", documents=BIRTH_DOCUMENTS
    )
    assert again == first
    assert _rows(clocked_sandbox.db_path) == before + 1
    following = private_client.submit_dossier(
        birth_dossier(), idempotency_key="next-key", documents=BIRTH_DOCUMENTS
    )
    assert _sequence(following.code) == _sequence(first.code) + 1  # the daily sequence did not advance


def test_replay_answers_200_and_first_submit_201(clocked_sandbox: ClockedSandbox) -> None:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        token = c.login(person.id_number, person.password).access_token
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "status-key"}
    parts = dossier_parts(birth_dossier(), BIRTH_DOCUMENTS)
    url = f"{clocked_sandbox.url}/api/v1/dossiers"
    first = requests.post(url, files=parts, headers=headers, timeout=10)
    second = requests.post(url, files=parts, headers=headers, timeout=10)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()


def test_same_key_with_a_different_body_is_rejected(private_client: PortalClient) -> None:
    private_client.submit_dossier(birth_dossier(), idempotency_key="body-key", documents=BIRTH_DOCUMENTS)
    changed = birth_dossier(**{"child.full_name": "Trần Thị Hoa"})
    with pytest.raises(PortalRejected) as info:
        private_client.submit_dossier(changed, idempotency_key="body-key", documents=BIRTH_DOCUMENTS)
    assert info.value.status == 422 and is_vietnamese(info.value.message)


def test_nfd_and_nfc_answers_are_the_same_request(private_client: PortalClient) -> None:
    import unicodedata

    nfc = birth_dossier()
    nfd_name = unicodedata.normalize("NFD", "Trần Thị Mai")
    nfd = birth_dossier(**{"child.full_name": nfd_name})
    first = private_client.submit_dossier(nfc, idempotency_key="nfd-key", documents=BIRTH_DOCUMENTS)
    assert private_client.submit_dossier(nfd, idempotency_key="nfd-key", documents=BIRTH_DOCUMENTS) == first


def test_keys_belong_to_one_account(clocked_sandbox: ClockedSandbox, private_client: PortalClient) -> None:
    mine = private_client.submit_dossier(
        birth_dossier(), idempotency_key="shared-key", documents=BIRTH_DOCUMENTS
    )
    with PortalClient(clocked_sandbox.url) as other:
        person = register(other)
        other.login(person.id_number, person.password)
        theirs = other.submit_dossier(
            birth_dossier(), idempotency_key="shared-key", documents=BIRTH_DOCUMENTS
        )
    assert theirs.code != mine.code


def test_concurrent_submits_with_one_key_store_one_dossier(clocked_sandbox: ClockedSandbox) -> None:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        token = c.login(person.id_number, person.password).access_token
    before = _rows(clocked_sandbox.db_path)

    def submit(_: int) -> str:
        with PortalClient(clocked_sandbox.url) as each:
            each.use_token(token)
            return each.submit_dossier(
                birth_dossier(), idempotency_key="race-key", documents=BIRTH_DOCUMENTS
            ).code

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = set(pool.map(submit, range(16)))
    assert len(codes) == 1
    assert _rows(clocked_sandbox.db_path) == before + 1


def test_concurrent_submits_with_different_keys_get_distinct_sequences(
    clocked_sandbox: ClockedSandbox,
) -> None:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        token = c.login(person.id_number, person.password).access_token

    def submit(n: int) -> str:
        with PortalClient(clocked_sandbox.url) as each:
            each.use_token(token)
            return each.submit_dossier(
                birth_dossier(), idempotency_key=f"many-{n}", documents=BIRTH_DOCUMENTS
            ).code

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(submit, range(24)))
    assert len(set(codes)) == 24
    sequences = sorted(_sequence(code) for code in codes)
    assert sequences == list(range(sequences[0], sequences[0] + 24))


def test_missing_or_bad_key_is_a_400_problem(clocked_sandbox: ClockedSandbox) -> None:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        token = c.login(person.id_number, person.password).access_token
    url = f"{clocked_sandbox.url}/api/v1/dossiers"
    body = birth_dossier().model_dump(mode="json")
    for headers in ({}, {"Idempotency-Key": ""}, {"Idempotency-Key": "a\tb"}, {"Idempotency-Key": "x" * 300}):
        response = requests.post(
            url, json=body, headers={"Authorization": f"Bearer {token}", **headers}, timeout=10
        )
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"
        assert "Idempotency-Key" in response.json()["detail"] and is_vietnamese(response.json()["detail"])
