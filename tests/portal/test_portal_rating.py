"""Satisfaction ratings: one per dossier, kept by the portal, the comment never logged."""

from __future__ import annotations

import logging
import sqlite3
import unicodedata

import pytest
import requests
from portal_helpers import BIRTH_DOCUMENTS, ClockedSandbox, assert_problem, birth_dossier, register

from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import Dossier, RatingCreate


def _submit(sandbox: ClockedSandbox, key: str) -> Dossier:
    with PortalClient(sandbox.url) as c:
        person = register(c)
        c.login(person.id_number, person.password)
        return c.submit_dossier(birth_dossier(), idempotency_key=key, documents=BIRTH_DOCUMENTS)


def test_a_dossier_is_rated_once(clocked_sandbox: ClockedSandbox, caplog: pytest.LogCaptureFixture) -> None:
    dossier = _submit(clocked_sandbox, "rate-1")
    assert not dossier.rated
    comment = unicodedata.normalize("NFD", "  Cán bộ rất tận tình, cảm ơn!  ")
    with PortalClient(clocked_sandbox.url) as c, caplog.at_level(logging.DEBUG):
        rating = c.rate_dossier(
            dossier.code, dossier.lookup_code, RatingCreate(score="satisfied", comment=comment)
        )
        assert rating.dossier_code == dossier.code and rating.score == "satisfied"
        assert rating.at == clocked_sandbox.clock.now
        assert c.get_dossier(dossier.code, dossier.lookup_code).rated

        for again in (RatingCreate(score="satisfied"), RatingCreate(score="dissatisfied", comment="Đổi ý")):
            with pytest.raises(PortalRejected) as info:
                c.rate_dossier(dossier.code, dossier.lookup_code, again)
            assert info.value.status == 409
            assert info.value.message == "Hồ sơ này đã được đánh giá. Cảm ơn ông/bà."
    assert "tận tình" not in caplog.text

    with sqlite3.connect(clocked_sandbox.db_path) as db:
        stored = db.execute(
            "SELECT score, comment FROM ratings WHERE dossier_code = ?", (dossier.code,)
        ).fetchall()
    assert stored == [("satisfied", "Cán bộ rất tận tình, cảm ơn!")]  # NFC, trimmed, the first one only


def test_rating_needs_the_lookup_code(clocked_sandbox: ClockedSandbox) -> None:
    dossier = _submit(clocked_sandbox, "rate-2")
    wrong = "".join("A" if ch != "A" else "B" for ch in dossier.lookup_code)
    with PortalClient(clocked_sandbox.url) as c:
        with pytest.raises(PortalRejected) as info:
            c.rate_dossier(dossier.code, wrong, RatingCreate(score="neutral"))
        assert info.value.status == 404
        assert not c.get_dossier(dossier.code, dossier.lookup_code).rated


@pytest.mark.parametrize(
    "body",
    [{"score": "great"}, {}, {"score": "neutral", "comment": "x" * 501}, {"score": "neutral", "comment": 5}],
)
def test_a_bad_rating_is_a_kind_422(clocked_sandbox: ClockedSandbox, body: dict[str, object]) -> None:
    dossier = _submit(clocked_sandbox, "rate-bad")
    response = requests.post(
        f"{clocked_sandbox.url}/api/v1/dossiers/{dossier.code}/rating",
        json=body,
        headers={"X-Lookup-Code": dossier.lookup_code},
        timeout=10,
    )
    assert_problem(response, 422)
    with PortalClient(clocked_sandbox.url) as c:
        assert not c.get_dossier(dossier.code, dossier.lookup_code).rated
