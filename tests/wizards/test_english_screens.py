"""In English, the wizard screens say nothing in Vietnamese but what a person typed, places and names.

Every page the journeys meet is built in English from the real catalogue, with errors showing, and
its texts (labels, buttons, placeholders, accessible names and descriptions) are searched for
Vietnamese letters. A text someone forgot to pass through `tr`, `phrase` or `procedure_text` is
found here, naming the page and the text.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import on_screen_text

from kiosk import i18n
from kiosk.domain import fieldtypes
from kiosk.domain.documents import accept
from kiosk.domain.form import Form
from kiosk.domain.procedures import load_catalog
from kiosk.portal.client import PortalClient
from kiosk.portal.models import ProcedureInfo
from kiosk.receipt.model import Receipt
from kiosk.receipt.printers import PdfCopy
from kiosk.ui import theme
from kiosk.wizards.account import AccountWizard, DonePage
from kiosk.wizards.account_flow import ACCOUNT_FIELDS, OTP_FIELD
from kiosk.wizards.attachments_page import AttachmentsPage
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import LoginPage, NewPasswordPage
from kiosk.wizards.dossier import SCANNABLE, DossierWizard, ProcedurePage
from kiosk.wizards.dossier_flow import DELIVERY_ADDRESS_FIELD, DELIVERY_LABELS, delivery_field
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.reprint import ReprintPage
from kiosk.wizards.review_page import ReviewPage
from kiosk.wizards.scan_page import ScanConfirmPage
from kiosk.wizards.session import CitizenSession

ROOT = Path(__file__).resolve().parents[2]
CATALOG = load_catalog()
VIETNAMESE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")  # letters with Vietnamese (or other) marks
# The English names the Vietnamese term in brackets where a person will meet it on paper:
# "Medical birth certificate (giấy chứng sinh)".
IN_BRACKETS = re.compile(r"\([^()]*\)")
# A procedure file's English may keep Vietnamese examples ("thôn Đông, xã Hòa Bình"): what the
# translators wrote is taken as it is; this test looks for texts that were never translated.
PROCEDURE_ENGLISH = frozenset(
    text
    for element in ET.parse(ROOT / "assets" / "i18n" / "procedures_en.ts").getroot().iter("translation")
    if (text := element.text)
)
NAME = "Nguyễn Thị Hoà"
HOME = {"province": 1, "commune": 4, "street": "Số 5 ngõ 12"}


def _build_translations() -> None:
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    tool.build(ROOT)  # what scripts/setup.sh does; a no-op when the .qm is up to date


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    theme.apply_theme(qapp, 1080)
    _build_translations()
    assert i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("vi")


def vietnamese_left(widget: QWidget, data: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The texts of `widget` that still hold Vietnamese once the person's own data is taken out."""
    left = []
    for text in on_screen_text(widget):
        rest = text
        for value in sorted(data | PROCEDURE_ENGLISH, key=len, reverse=True):
            rest = rest.replace(value, "")
        if VIETNAMESE.search(IN_BRACKETS.sub("", rest)):
            left.append(text)
    return left


def answered_birth_form() -> Form:
    form = Form(CATALOG["1.001193"], account={"full_name": NAME, "id_number": "001156012345"})
    for field_id, value in {
        "requester.residence": HOME,
        "requester.relationship": "ong_ba",
        "child.full_name": "Trần Bảo Ngọc",
        "child.birth_date": (date.today() - timedelta(days=90)).strftime("%d/%m/%Y"),  # late: a notice
        "child.sex": "Nữ",
        "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
        "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
        "mother.full_name": "Lê Thị Thuỷ",
        "mother.birth_year": "1996",
        "mother.residence": HOME,
        "father.known": "Không",
        "copies.wanted": "Có",
        "copies.count": "2",
    }.items():
        if field_id in form.procedure.fields:
            form.answer(field_id, value)
    return form


def person_data(form: Form) -> set[str]:
    """What the person gave (names, places, dates in words): shown as it is in every language."""
    data = {NAME, "Việt Nam", HOME["street"]}
    for section in form.review():
        for row in section.rows:
            if form.procedure.field(row.field_id).type not in ("choice", "yes_no"):
                data.add(row.text)
    return {d for d in data if d}


def test_question_pages_of_every_procedure_and_the_account_are_in_english(
    english: None, qtbot: QtBot
) -> None:
    fields = [*ACCOUNT_FIELDS.values(), OTP_FIELD, DELIVERY_ADDRESS_FIELD]
    pages = [[f] for f in fields]
    for procedure in CATALOG.values():
        pages.append([delivery_field(procedure)])
        pages += [[f for f in page.fields if f.asked] for page in procedure.pages if page.asked]
    for fields_on_page in pages:
        if not fields_on_page:
            continue
        page = QuestionPage(fields_on_page, {})
        qtbot.addWidget(page)
        for field in fields_on_page:  # an empty answer, then what the engine says about a wrong one
            page.show_error(field.id, Form(CATALOG["1.001193"]).answer("child.full_name", "").message)
        first = fields_on_page[0]
        if first.type in ("date", "person_name", "phone", "cccd", "year", "email", "time"):
            try:
                fieldtypes.parse(first, "x1?", date.today())
            except fieldtypes.Invalid as problem:
                page.show_error(first.id, str(problem))
        assert vietnamese_left(page) == [], [f.id for f in fields_on_page]


def test_the_other_wizard_pages_are_in_english(english: None, qtbot: QtBot) -> None:
    form = answered_birth_form()
    data = person_data(form)
    login, password, done = LoginPage(), NewPasswordPage(), DonePage(NAME)
    login.error.show_message(login.problem() or "")
    password.error.show_message(password.problem() or "")
    procedures = ProcedurePage()
    offered = [
        ProcedureInfo(
            code=p.code, version=p.version, name=p.name, name_en=p.name_en, processing_days=1, agency=p.agency
        )
        for p in CATALOG.values()
    ]
    procedures.show_procedures(CATALOG, offered)
    papers = AttachmentsPage(
        [need for p in CATALOG.values() for need in Form(p).attachments()],
        {"giay_chung_sinh": [accept("giay_chung_sinh", b"%PDF-1.4\n%%EOF\n")]},
        camera=True,
        scanner_folder=Path.cwd(),
    )
    papers.show_missing()
    review = ReviewPage(
        form.review(),
        f"{i18n.tr(DELIVERY_LABELS['post'])}: {HOME['street']}",
        notices=form.notices(),
        fee_lines=form.fee().lines,
        documents=[("Giấy chứng sinh", "1")],
        procedure_name=form.procedure.name,
    )
    review.error.show_message(i18n.tr(Form(form.procedure).answer("child.full_name", "1").message))
    receipt = Receipt(
        dossier_code="000.00.01.H26-260930-0012",
        lookup_code="K7QX3M",
        procedure_code="1.001193",
        procedure_name=form.procedure.name,
        citizen_name=NAME,
        received_at=datetime(2026, 9, 30, 9, 5),
        appointment_on=date(2026, 10, 2),
        delivery="post",
        agency_name=form.procedure.agency,
    )
    confirmation = ConfirmationPage(receipt)
    fields = form.procedure.fields
    scanned = ScanConfirmPage(
        SCANNABLE["mother"],
        [(fields["mother.full_name"].label, "Lê Thị Thuỷ")],
        [(fields["mother.residence"].label, form.answer("mother.residence", {"province": 1}).message)],
    )
    pages: dict[str, QWidget] = {
        "login": login,
        "password": password,
        "done": done,
        "procedures": procedures,
        "attachments": papers,
        "review": review,
        "confirmation": confirmation,
        "scan": scanned,
        "reprint": ReprintPage(),
    }
    for page in pages.values():
        qtbot.addWidget(page)
    left = {name: vietnamese_left(page, data | {"Lê Thị Thuỷ"}) for name, page in pages.items()}
    assert left == {name: [] for name in pages}


def test_the_flows_with_their_frames_are_in_english(english: None, qtbot: QtBot) -> None:
    session = CitizenSession(PortalClient("http://127.0.0.1:9"), None)  # nothing is asked of it here
    try:
        account = AccountWizard(session)
        dossier = DossierWizard(session, CATALOG, ReceiptPrinting(PdfCopy(Path("unused"))))
        for screen in (account, dossier):
            qtbot.addWidget(screen)
            screen.frame.next_button.click()  # nothing given: the first question says so
        assert vietnamese_left(account) == []
        assert vietnamese_left(dossier) == []
        assert account.frame.next_button.text() == "Continue  ›"
    finally:
        session.close()
