"""The portal stops answering just as a citizen submits: she leaves with a "Đang chờ gửi" slip, the desk
sees the dossier waiting, and once the portal is back "Gửi lại ngay" delivers it — exactly once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from kiosk_driver import WAIT_MS, Person, register_citizen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text

from kiosk.app import Kiosk
from kiosk.config import Mode, Settings
from kiosk.domain.documents import accept
from kiosk.domain.form import Form
from kiosk.domain.procedures import load_catalog
from kiosk.portal.models import DossierCreate
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.secrets import Secrets
from kiosk.store.drafts import Drafts
from kiosk.store.journal import Journal
from kiosk.store.outbox import Outbox, OutboxState, Parcel
from kiosk.store.vault import Vault
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.wizards.confirmation_page import ConfirmationPage
from kiosk.wizards.credentials_page import LoginPage
from kiosk.wizards.dossier import DossierWizard
from kiosk.wizards.review_page import ReviewPage
from kiosk.wizards.waiting_page import WaitingPage

NUMBER, PASSWORD, NAME = "001160022222", "matkhau-2026", "Hà Thị Lan"
CHILD = "Vũ Minh Châu"
HOME = {"province": 1, "commune": 4, "street": "Số 12 ngõ 34 phố Đội Cấn"}
ANSWERS = {
    "requester.residence": HOME,
    "requester.relationship": "ong_ba",
    "child.full_name": CHILD,
    "child.birth_date": (date.today() - timedelta(days=10)).strftime("%d/%m/%Y"),
    "child.sex": "Nữ",
    "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
    "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
    "mother.full_name": "Hà Thị Lan",
    "mother.birth_year": "1996",
    "mother.residence": HOME,
    "father.known": False,
    "copies.wanted": False,
}


def dossiers(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT code FROM dossiers")]


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[tuple[SandboxHandle, Path]]:
    db = tmp_path / "portal.sqlite3"
    handle = start_sandbox(db_path=db)
    register_citizen(handle.url, NUMBER, PASSWORD, full_name=NAME, birth_date=date(1960, 3, 4))
    yield handle, db
    handle.stop()


def test_a_dossier_waits_offline_and_is_delivered_once_when_the_portal_is_back(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, portal: tuple[SandboxHandle, Path]
) -> None:
    handle, db = portal
    port = int(handle.url.rsplit(":", 1)[1].split("/")[0])
    theme.apply_theme(qapp, 1080)
    vault = Vault.open(Secrets())
    outbox = Outbox(tmp_path / "outbox.sqlite3", vault)
    drafts = Drafts(tmp_path / "drafts.sqlite3", vault)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(
        handle.url,
        load_catalog(),
        demo=True,
        journal=journal,
        receipts=tmp_path / "printed",
        settings=Settings(mode=Mode.DESK),
        outbox=outbox,
        drafts=drafts,
        vault=vault,
    )
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    restarted: SandboxHandle | None = None
    try:
        k.session.login(NUMBER, PASSWORD)
        button(k.shell, "Nộp hồ sơ").click()
        wizard = k.shell.screen_widget
        assert isinstance(wizard, DossierWizard)
        qtbot.waitUntil(lambda: "1.001193" in getattr(wizard.frame.page(), "buttons", {}), timeout=WAIT_MS)
        wizard.frame.page().buttons["1.001193"].click()
        for field_id, value in ANSWERS.items():
            assert wizard.form.answer(field_id, value).ok, field_id
        wizard.form.answer("child.has_birth_certificate", True)
        assert not wizard.form.problems()
        wizard.draft.delivery = "desk"
        paper = tmp_path / "giay chung sinh.pdf"
        paper.write_bytes(b"%PDF-1.4\n% giay chung sinh\n%%EOF\n")
        wizard.draft.documents["giay_chung_sinh"] = [accept("giay_chung_sinh", paper.read_bytes())]
        wizard.nav.jump("review")
        wizard._render()
        assert isinstance(wizard.frame.page(), ReviewPage)

        wizard._save_draft()  # as every "Tiếp tục" does
        qtbot.waitUntil(lambda: len(drafts.listing()) == 1, timeout=WAIT_MS)
        handle.stop()  # the network goes down as she presses "Nộp hồ sơ"
        button(k.shell, "Nộp hồ sơ").click()
        qtbot.waitUntil(lambda: isinstance(wizard.frame.page(), WaitingPage), timeout=30_000)
        waiting = wizard.frame.page()
        assert isinstance(waiting, WaitingPage)
        ref = waiting.reference.text()
        assert drafts.listing() == []  # committed to the outbox: no draft left to file it a second time
        assert outbox.entry(ref) is not None and outbox.entry(ref).state is OutboxState.WAITING  # type: ignore[union-attr]
        button(k.shell, "In giấy chờ gửi").click()
        slips = list((tmp_path / "printed").glob("*.pdf"))
        assert len(slips) == 1 and ref in slips[0].name and NAME not in slips[0].name
        # The desk sees it waiting, with the reason in plain words, and nothing personal.
        qtbot.waitUntil(k.outbox_button.isVisible, timeout=WAIT_MS)
        assert "1" in k.outbox_button.text()
        k.outbox_button.click()
        assert k.outbox_panel.isVisible()
        listed = " ".join(line.text() for line in k.outbox_panel.lines)
        assert ref in listed and "cổng" in listed.lower() and CHILD not in listed and NAME not in listed

        restarted = start_sandbox(db_path=db, port=port)  # the portal is back
        assert dossiers(db) == []
        button(k.outbox_panel, "Gửi lại ngay").click()
        qtbot.waitUntil(lambda: outbox.entry(ref).state is OutboxState.DELIVERED, timeout=WAIT_MS)  # type: ignore[union-attr]
        delivered = outbox.entry(ref)
        assert delivered is not None and delivered.dossier_code in dossiers(db)
        k.outbox_panel.refresh()  # the desk finds the code for the person holding the slip
        listed = " ".join(line.text() for line in k.outbox_panel.lines)
        assert f"{ref} → mã hồ sơ {delivered.dossier_code}" in listed
        button(k.outbox_panel, "Gửi lại ngay").click()  # pressed again: still one dossier
        QApplication.processEvents()
        qtbot.wait(300)
        assert len(dossiers(db)) == 1
        qtbot.waitUntil(lambda: not k.outbox_button.isVisible(), timeout=WAIT_MS)
    finally:
        k.shutdown()
        journal.close()
        outbox.close()
        drafts.close()
        if restarted is not None:
            restarted.stop()


def test_a_dossier_refused_in_the_background_is_reopened_for_its_citizen_to_fix(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, portal: tuple[SandboxHandle, Path]
) -> None:
    """The sender got "refused" while nobody was at the screen: the desk opens it again; after the
    citizen logs in, every answer is back on "Kiểm tra lại thông tin", and the refused copy is gone."""
    handle, db = portal
    catalog = load_catalog()
    form = Form(
        catalog["1.001193"],
        account={
            "full_name": NAME,
            "id_number": NUMBER,
            "birth_date": date(1960, 3, 4),
            "phone": "0987654321",
        },
    )
    for field_id, value in ANSWERS.items():
        assert form.answer(field_id, value).ok, field_id
    form.answer("child.has_birth_certificate", True)
    request = DossierCreate(
        procedure_code="1.001193",
        procedure_version=form.procedure.version,
        answers=form.payload(),
        delivery="desk",
    )
    vault = Vault.open(Secrets())
    outbox = Outbox(tmp_path / "outbox.sqlite3", vault)
    drafts = Drafts(tmp_path / "drafts.sqlite3", vault)
    certificate = b"%PDF-1.4\n% giay chung sinh\n%%EOF\n"
    parcel = Parcel(request.model_dump_json(), [("giay_chung_sinh", "application/pdf", certificate)], "old")
    ref = outbox.add(parcel, procedure_code="1.001193").local_ref
    outbox.begin_attempt(ref, datetime.now(UTC))
    outbox.rejected(ref, error="Cổng dịch vụ công không nhận hồ sơ này.")
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(
        handle.url, catalog, demo=True, journal=journal, settings=Settings(mode=Mode.DESK),
        outbox=outbox, drafts=drafts, vault=vault,
    )  # fmt: skip
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    try:
        k.outbox_button.click()
        button(k.outbox_panel, f"Sửa hồ sơ {ref}").click()
        assert outbox.entry(ref) is None  # the refused copy left the outbox; a fixed one is a new dossier
        p = Person(k, qtbot, "NFC")
        p.wait_for(LoginPage)
        type_text(p.page.username, NUMBER)
        type_text(p.page.password, PASSWORD)
        p.tap("Đăng nhập")
        p.wait_for(ReviewPage)
        wizard = k.shell.screen_widget
        assert isinstance(wizard, DossierWizard)
        assert wizard.form.value("child.full_name") == CHILD
        assert "Đội Cấn" in wizard.form.review_text("requester.residence")
        assert [d.data for d in wizard.draft.documents["giay_chung_sinh"]] == [certificate]  # the paper too
        p.tap("Nộp hồ sơ")
        p.wait_for(ConfirmationPage)  # "Đã nộp": the portal took the corrected dossier
        assert len(dossiers(db)) == 1
    finally:
        k.shutdown()
        journal.close()
        drafts.close()
        outbox.close()


def test_without_a_keyring_nothing_is_stored_and_the_operator_is_told(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, portal: tuple[SandboxHandle, Path]
) -> None:
    from kiosk import app as kiosk_app
    from kiosk.secrets import SecretsUnavailable

    def no_keyring() -> Secrets:
        raise SecretsUnavailable("no Secret Service")

    monkeypatch.setattr(kiosk_app, "Secrets", no_keyring)
    outbox, sender, drafts, vault, notice = kiosk_app.open_outbox(portal[0].url)
    assert (outbox, sender, drafts, vault) == (None, None, None, None)
    assert "không lưu hồ sơ" in notice and "cán bộ kỹ thuật" in notice  # plain words, no data
    shell = kiosk_app.Shell(demo=True)
    qtbot.addWidget(shell)
    shell.show_notice(notice)
    shell.show()
    assert shell.notice.isVisible() and shell.notice.message == notice


def test_a_refused_dossier_sent_again_meanwhile_is_not_also_reopened(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, portal: tuple[SandboxHandle, Path]
) -> None:
    """The operator pressed "Sửa hồ sơ" on a list that was a moment old: the entry is no longer refused
    (it was sent again), so no draft is made — never a draft and a dossier in the outbox at once."""
    handle, _db = portal
    vault = Vault.open(Secrets())
    outbox = Outbox(tmp_path / "outbox.sqlite3", vault)
    drafts = Drafts(tmp_path / "drafts.sqlite3", vault)
    request = DossierCreate(
        procedure_code="1.001193",
        procedure_version=load_catalog()["1.001193"].version,
        answers={"requester.id_number": NUMBER},
        delivery="desk",
    )
    ref = outbox.add(Parcel(request.model_dump_json(), [], "old"), procedure_code="1.001193").local_ref
    outbox.begin_attempt(ref, datetime.now(UTC))
    outbox.rejected(ref, error="Cổng dịch vụ công không nhận hồ sơ này.")
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(
        handle.url, load_catalog(), demo=True, journal=journal, settings=Settings(mode=Mode.DESK),
        outbox=outbox, drafts=drafts, vault=vault,
    )  # fmt: skip
    qtbot.addWidget(k.shell)
    k.shell.show()
    try:
        k.outbox_button.click()
        fix = button(k.outbox_panel, f"Sửa hồ sơ {ref}")
        outbox.resend_now(ref)  # meanwhile someone sent it again: it is waiting, no longer refused
        fix.click()
        assert drafts.listing() == []
        assert outbox.entry(ref) is not None and outbox.entry(ref).state is OutboxState.WAITING  # type: ignore[union-attr]
        assert isinstance(k.shell.screen_widget, HomeScreen)  # nothing was opened
    finally:
        k.shutdown()
        journal.close()
        drafts.close()
        outbox.close()
