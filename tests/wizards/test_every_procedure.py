"""Every procedure of the catalog files end to end in the kiosk, against the real sandbox portal.

A fresh verified citizen logs in, opens "Nộp hồ sơ", taps the procedure, and answers every question
screen the way a person does: typing into the boxes, tapping the answer buttons, picking the province
and the commune from the lists. Nothing here names a page: the screens are answered by field type, so
a procedure added to assets/procedures/ is filed by this test too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests
from kiosk_driver import SAME_ADDRESS, WAIT_MS, Person, add_every_paper, answer_current_page, register_citizen
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.domain import fieldtypes
from kiosk.domain.form import validate_answers
from kiosk.domain.procedures import load_catalog
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.dossier import PAYMENT_PATIENCE_S, DossierWizard, ProcedurePage
from kiosk.wizards.dossier_flow import DELIVERY_LABELS
from kiosk.wizards.payment_page import PaymentPage
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.review_page import ReviewPage

CATALOG = load_catalog()
CODES = sorted(CATALOG)
PASSWORD = "matkhau-2026"
NAME = "Hoàng Thị Lụa"
MAX_SCREENS = 80  # a form longer than this is going round in circles

RECENT = (date.today() - timedelta(days=12)).strftime("%d/%m/%Y")  # on time for a birth or a death
ANSWERS: dict[str, object] = {
    "child.birth_date": RECENT,
    ".birth_date": "15/06/1988",
    "date": RECENT,
    "year": "1990",
    "time": "14:30",
    "number": "2",
    "person_name": "Trần Bảo Ngọc",
    "text": "Trạm y tế xã Đông Hòa",
    ".number": "12/2026",
    ".book": "Sổ 01",
    "cccd": "036188012345",
    "phone": "0912345678",
    "email": "nguyenthilua@gmail.com",
    "nationality": None,  # keep "Việt Nam", already written
    "ethnicity": None,  # keep Kinh, already chosen
    ".residence": SAME_ADDRESS,
    "address": ("ha noi", "ba dinh", "Số 12 ngõ 34 phố Đội Cấn"),
    "delivery_address": None,  # keep the home address the screen offers
}


MIME = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg"}


def paper(folder: Path, attachment_id: str) -> Path:
    """A scan of a document: a PDF, a PNG or a JPEG photo (in turn), in a file of its own."""
    kind = (".pdf", ".png", ".jpg")[sum(map(ord, attachment_id)) % 3]
    path = folder / f"{attachment_id}{kind}"
    if kind == ".pdf":
        path.write_bytes(b"%PDF-1.4\n% " + attachment_id.encode() + b"\n%%EOF\n")
    else:
        image = QImage(1200, 900, QImage.Format.Format_RGB32)
        image.fill(QColor("#f4efe1"))
        assert image.save(str(path))
    return path


def new_citizen(portal_url: str) -> str:
    """A verified account on the sandbox with its own CCCD number (Hà Nội, a woman born in 1958)."""
    for _ in range(5):
        number = f"001158{uuid.uuid4().int % 10**6:06d}"
        try:
            register_citizen(portal_url, number, PASSWORD, full_name=NAME, birth_date=date(1958, 4, 2))
        except PortalRejected:  # that number has an account already: draw another
            continue
        return number
    raise AssertionError("no free CCCD number for a new account")


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(sandbox_url, CATALOG, demo=True, journal=journal)
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    k.session.login(new_citizen(sandbox_url), PASSWORD)
    yield k
    k.shutdown()
    journal.close()


@pytest.mark.parametrize("code", CODES)
def test_every_procedure_files_end_to_end_through_the_screens(
    kiosk: Kiosk, qtbot: QtBot, sandbox_url: str, tmp_path: Path, code: str
) -> None:
    procedure = CATALOG[code]
    index = CODES.index(code)
    # Alternate the branches between procedures: Có everywhere in one, Không in the next; result at
    # the desk or by post where the procedure allows both.
    delivery = procedure.delivery[(index + 1) % len(procedure.delivery)]
    answers = {
        **ANSWERS,
        "yes_no": "Có" if index % 2 else "Không",
        # Filing under a power of attorney (its paper joins the checklist), where the form allows it.
        ".relationship": "khac" if index % 2 == 0 else None,
        ".lives_here": "Không",  # the bride and groom live elsewhere: their marital-status papers
        # Find Hà Nội, Ba Đình by typing; or tap the first province and commune as the lists open.
        "address": ANSWERS["address"] if index % 2 else ("", "", "Ấp Mỹ Hòa"),
        "delivery": DELIVERY_LABELS[delivery],
    }

    p = Person(kiosk, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    assert isinstance(p.screen, DossierWizard)
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: code in p.page.buttons, timeout=WAIT_MS)
    p.tap(f"Chọn thủ tục {procedure.name}")

    typed: dict[str, object] = {}
    papers: dict[str, Path] = {}
    seen: list[str] = []
    while not isinstance(p.page, ReviewPage):
        assert len(seen) < MAX_SCREENS, seen
        page = p.page
        view = p.screen.nav.current
        seen.append(view)
        if isinstance(page, AttachmentsPage):
            papers.update(add_every_paper(p, lambda attachment_id: paper(tmp_path, attachment_id)))
            refused = {"giấy tờ": page.summary.message}
        else:
            assert isinstance(page, QuestionPage), type(page)
            typed.update(answer_current_page(p, answers))
            refused = {f: e.message for f, e in page.errors.items() if e.message}
        assert p.screen.nav.current != view, f"{view} did not go on: {refused}"

    form = p.screen.form
    asked = [f"question:{page.id}" for page in form.pages()]
    assert [v for v in seen if v.startswith("question:")] == asked  # every question, in order, once
    assert "delivery" in seen and ("delivery_address" in seen) is (delivery == "post")
    applying = {need.id for need in form.attachments() if need.applies}
    assert set(papers) == applying and ("attachments" in seen) is bool(applying)
    assert form.problems() == {}

    # The summary shows every answer; what was typed reached the engine as typed.
    review = p.page
    shown = {label.accessibleName() for label in review.findChildren(QLabel)}
    rows = [row for section in form.review() for row in section.rows]
    assert {f"{row.label}: {row.text or 'chưa có'}" for row in rows} <= shown
    payload = form.payload()
    for field_id, value in typed.items():
        f = procedure.fields.get(field_id)
        if f is not None and f.type not in ("address", "choice", "yes_no", "ethnicity"):
            expected = fieldtypes.to_json(fieldtypes.parse(f, value, form.today))
            assert payload[field_id] == expected, field_id
    assert validate_answers(procedure, payload) == {}

    p.tap("Nộp hồ sơ")
    fee = form.fee().amount
    if fee:  # the fee step: one procedure pays by bank app, the next at the desk
        p.wait_for(PaymentPage)
        payment_page = p.page
        assert isinstance(payment_page, PaymentPage)
        assert payment_page.amount >= fee  # the portal may add what the province sets
        qtbot.waitUntil(lambda: payment_page.payment is not None, timeout=WAIT_MS)
        assert payment_page.payment is not None
        # Paying in a bank app takes a while: the idle warning waits at least five minutes here.
        assert kiosk.idle.idle_seconds >= PAYMENT_PATIENCE_S > kiosk.usual_idle
        if index % 2:
            body = {"purpose": payment_page.payment.purpose, "amount": payment_page.amount}
            assert requests.post(f"{sandbox_url}/sandbox/bank/transfers", json=body, timeout=5).ok
            qtbot.waitUntil(lambda: payment_page.paid, timeout=WAIT_MS)
            p.tap("Tiếp tục")
        else:
            p.tap("Tôi sẽ nộp tại quầy")
    p.wait_for(ConfirmationPage)
    assert kiosk.idle.idle_seconds == kiosk.usual_idle  # the usual patience again
    dossier = p.screen.dossier
    assert dossier is not None and dossier.procedure_code == code
    if dossier.fee:
        state = "Đã thanh toán" if index % 2 else "Chưa thanh toán — nộp tại quầy"
        assert any(state in label.text() for label in p.page.findChildren(QLabel))
    code_label = p.page.findChild(QLabel, "dossierCode")
    assert code_label is not None and code_label.text() == dossier.code

    # The portal stored it: found again by the dossier code and the lookup code on the receipt.
    with PortalClient(sandbox_url) as client:
        stored = client.get_dossier(dossier.code, dossier.lookup_code)
        documents = client.dossier_documents(dossier.code, dossier.lookup_code)
    assert (stored.procedure_code, stored.procedure_version) == (code, procedure.version)
    assert stored.procedure_name == procedure.name
    assert stored.applicant_name == NAME
    assert stored.delivery == delivery
    assert stored.status == "received" and stored.history
    # Every paper travelled with it, each under its checklist entry, of the type the person chose.
    assert sorted((d.attachment_id, d.mime) for d in documents) == sorted(
        (attachment_id, MIME[path.suffix]) for attachment_id, path in papers.items()
    )
