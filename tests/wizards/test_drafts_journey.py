"""A dossier half-filled when the kiosk crashed is offered again to the same person (the same CCCD) when
they log in again — sealed on disk meanwhile; a visit that ends normally leaves no draft behind."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from kiosk_driver import WAIT_MS, Person, answer_current_page, register_citizen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import type_text

from kiosk.app import Kiosk
from kiosk.config import Mode, Settings
from kiosk.domain.procedures import load_catalog
from kiosk.portal.errors import PortalRejected
from kiosk.secrets import Secrets
from kiosk.store.drafts import Drafts
from kiosk.store.journal import Journal
from kiosk.store.vault import Vault
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.wizards.credentials_page import LoginPage
from kiosk.wizards.dossier import DossierWizard, ProcedurePage
from kiosk.wizards.dossier_flow import DossierDraft
from kiosk.wizards.draft_codec import encode

NUMBER, PASSWORD = "001162033333", "matkhau-2026"
CHILD = "Nông Thị Bích Ngọc"
STREET = "Số 9 ngõ 7 phố Hàng Bông"


@pytest.fixture
def citizen(sandbox_url: str) -> str:
    with contextlib.suppress(PortalRejected):  # registered already by an earlier test in this portal
        register_citizen(sandbox_url, NUMBER, PASSWORD, full_name="Hoàng Văn Tư", birth_date=date(1962, 5, 6))
    return NUMBER


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Drafts, Vault]]:
    vault = Vault.open(Secrets())
    drafts = Drafts(tmp_path / "drafts.sqlite3", vault)
    yield drafts, vault
    drafts.close()


def kiosk_on(qapp: QApplication, qtbot: QtBot, url: str, tmp: Path, drafts: Drafts, vault: Vault) -> Kiosk:
    theme.apply_theme(qapp, 1080)
    k = Kiosk(
        url,
        load_catalog(),
        demo=True,
        journal=Journal(tmp / f"journal-{id(drafts)}-{len(list(tmp.iterdir()))}.sqlite3"),
        settings=Settings(mode=Mode.KIOSK),
        drafts=drafts,
        vault=vault,
    )
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    return k


def test_a_draft_survives_a_crash_and_comes_back_only_for_the_same_person(
    qapp: QApplication,
    qtbot: QtBot,
    sandbox_url: str,
    citizen: str,
    stores: tuple[Drafts, Vault],
    tmp_path: Path,
) -> None:
    drafts, vault = stores
    first = kiosk_on(qapp, qtbot, sandbox_url, tmp_path, drafts, vault)
    first.session.login(citizen, PASSWORD)
    p = Person(first, qtbot, "NFC")
    p.tap("Nộp hồ sơ")
    p.wait_for(ProcedurePage)
    qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
    p.page.buttons["1.001193"].click()
    answer_current_page(p, {"address": ("ha noi", "ba dinh", STREET)})
    answer_current_page(p, {})  # the relationship: the first choice
    answer_current_page(p, {"person_name": CHILD})
    wizard = first.shell.screen_widget
    assert isinstance(wizard, DossierWizard)
    qtbot.waitUntil(lambda: bool(drafts.listing()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: CHILD in drafts.load(drafts.listing()[0].draft_id), timeout=WAIT_MS)
    listing = drafts.listing()
    assert [d.procedure_code for d in listing] == ["1.001193"]  # the list names no one
    raw = b"".join(f.read_bytes() for f in tmp_path.glob("drafts.sqlite3*"))
    assert CHILD.encode() not in raw and STREET.encode() not in raw and citizen.encode() not in raw

    # The kiosk crashes: nothing is wiped; a new kiosk starts on the same disk.
    first.idle.stop()
    first.shell.hide()
    second = kiosk_on(qapp, qtbot, sandbox_url, tmp_path, drafts, vault)
    try:
        second.session.login(citizen, PASSWORD)
        q = Person(second, qtbot, "NFC")
        q.tap("Nộp hồ sơ")
        q.wait_for(ProcedurePage)
        q.tap("Tiếp tục hồ sơ đang làm dở")
        resumed = second.shell.screen_widget
        assert isinstance(resumed, DossierWizard)
        qtbot.waitUntil(lambda: resumed.draft.form is not None, timeout=WAIT_MS)
        assert resumed.form.value("child.full_name") == CHILD
        assert STREET in str(resumed.form.review_text("requester.residence"))

        q.tap("Về trang chủ")  # she leaves: the draft goes with her
        qtbot.waitUntil(lambda: isinstance(second.shell.screen_widget, HomeScreen), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: drafts.listing() == [], timeout=WAIT_MS)
    finally:
        second.shutdown()
        second.journal.close()
        first.shutdown()
        first.journal.close()


def test_someone_else_is_not_offered_another_persons_draft(
    qapp: QApplication, qtbot: QtBot, sandbox_url: str, stores: tuple[Drafts, Vault], tmp_path: Path
) -> None:
    drafts, vault = stores
    drafts.save("abc", procedure_code="1.001193", answers_json="{}", owner=vault.fingerprint("079156000001"))
    other = "001163044444"
    register_citizen(sandbox_url, other, PASSWORD, full_name="Lê Văn Năm", birth_date=date(1963, 1, 1))
    k = kiosk_on(qapp, qtbot, sandbox_url, tmp_path, drafts, vault)
    try:
        k.session.login(other, PASSWORD)
        p = Person(k, qtbot, "NFC")
        p.tap("Nộp hồ sơ")
        p.wait_for(ProcedurePage)
        qtbot.waitUntil(lambda: "1.001193" in p.page.buttons, timeout=WAIT_MS)
        assert not [b for b in p.page.findChildren(type(p.page.buttons["1.001193"])) if "dở" in b.text()]
    finally:
        k.shutdown()
        k.journal.close()


def test_at_a_desk_unfinished_dossiers_are_listed_without_names_and_open_after_login(
    qapp: QApplication,
    qtbot: QtBot,
    sandbox_url: str,
    citizen: str,
    stores: tuple[Drafts, Vault],
    tmp_path: Path,
) -> None:
    drafts, vault = stores
    catalog = load_catalog()
    saved = DossierDraft(logged_in=True)
    saved.start(catalog["1.001193"])
    assert saved.form is not None and saved.form.answer("child.full_name", CHILD).ok
    drafts.save(
        "deskdraft", procedure_code="1.001193", answers_json=encode(saved, "question:child_name"),
        owner=vault.fingerprint(citizen),
    )  # fmt: skip
    theme.apply_theme(qapp, 1080)
    k = Kiosk(
        sandbox_url, load_catalog(), demo=True, journal=Journal(tmp_path / "j.sqlite3"),
        settings=Settings(mode=Mode.DESK), drafts=drafts, vault=vault,
    )  # fmt: skip
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    try:
        home = k.shell.screen_widget
        assert isinstance(home, HomeScreen)
        listed = home.buttons["draft:deskdraft"]
        assert "Đăng ký khai sinh" in listed.text() and CHILD not in listed.text()
        listed.click()
        p = Person(k, qtbot, "NFC")
        p.wait_for(LoginPage)
        type_text(p.page.username, citizen)
        type_text(p.page.password, PASSWORD)
        p.tap("Đăng nhập")
        wizard = k.shell.screen_widget
        assert isinstance(wizard, DossierWizard)
        qtbot.waitUntil(lambda: wizard.draft.form is not None, timeout=WAIT_MS)
        assert wizard.form.value("child.full_name") == CHILD
    finally:
        k.shutdown()
        k.journal.close()
