"""When the portal cannot be reached, the person sees a plain message, nothing freezes, and trying
again works once the portal is back."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_driver import register_citizen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.wizards.credentials_page import LoginPage
from kiosk.wizards.dossier import ProcedurePage
from kiosk.wizards.frame import WizardFrame

NUMBER, PASSWORD = "001160011111", "matkhau-2026"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def portal_db(tmp_path: Path) -> Path:
    """A sandbox database that already knows one verified citizen."""
    db = tmp_path / "portal.sqlite3"
    handle = start_sandbox(db_path=db)
    try:
        register_citizen(handle.url, NUMBER, PASSWORD)
    finally:
        handle.stop()
    return db


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    port = free_port()
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(f"http://127.0.0.1:{port}", load_catalog(), demo=True, journal=journal)
    qtbot.addWidget(k.shell)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()


def test_login_with_the_portal_down_says_so_and_works_when_it_is_back(
    kiosk: Kiosk, qtbot: QtBot, portal_db: Path
) -> None:
    button(kiosk.shell, "Nộp hồ sơ").click()
    page = kiosk.shell.screen_widget.frame.page()  # type: ignore[union-attr]
    assert isinstance(page, LoginPage)
    type_text(page.username, NUMBER)
    type_text(page.password, PASSWORD)
    assert (page.username.text(), page.password.text()) == (NUMBER, PASSWORD)
    button(kiosk.shell, "Đăng nhập").click()
    frame = kiosk.shell.screen_widget.frame  # type: ignore[union-attr]
    assert frame.next_button.text() == "Đang đăng nhập…"  # the click returned: the call runs on a worker
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20_000)
    assert "Không kết nối được" in page.error.message
    assert NUMBER not in page.error.message
    assert button(kiosk.shell, "Đăng nhập").isEnabled()  # the person can try again

    port = int(kiosk.portal_url.rsplit(":", 1)[1])
    handle = start_sandbox(db_path=portal_db, port=port)
    try:
        button(kiosk.shell, "Đăng nhập").click()
        qtbot.waitUntil(lambda: isinstance(frame.page(), ProcedurePage), timeout=20_000)
        assert kiosk.session.account is not None
        assert kiosk.session.account.full_name == "Đỗ Văn Bình"
    finally:
        kiosk.session.end()
        handle.stop()


@pytest.mark.settle_delay
def test_a_double_tap_on_next_answers_one_question_only(kiosk: Kiosk, qtbot: QtBot) -> None:
    button(kiosk.shell, "Tạo tài khoản").click()
    wizard = kiosk.shell.screen_widget
    first = wizard.frame.page()  # type: ignore[union-attr]
    qtbot.wait(WizardFrame.SETTLE_MS + 50)
    type_text(first.inputs["id_number"].line, NUMBER)  # type: ignore[union-attr]
    button(kiosk.shell, "Tiếp tục").click()
    second = wizard.frame.page()  # type: ignore[union-attr]
    assert second is not first and "full_name" in second.inputs  # type: ignore[union-attr]
    button(kiosk.shell, "Tiếp tục").click()  # the finger bounced: the same tap, 0 ms later
    assert wizard.frame.page() is second  # type: ignore[union-attr]
    assert not second.errors["full_name"].isVisible()  # type: ignore[union-attr]
    qtbot.wait(WizardFrame.SETTLE_MS + 50)
    button(kiosk.shell, "Tiếp tục").click()  # a real second tap, later, is heard
    assert second.errors["full_name"].message == "Bạn chưa trả lời câu hỏi này."  # type: ignore[union-attr]
