"""A citizen walks away halfway: the kiosk asks, counts down, and then forgets them completely."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_driver import Person
from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, on_screen_text, type_text

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.secrets import Secrets
from kiosk.store.drafts import Drafts
from kiosk.store.journal import Journal
from kiosk.store.location import drafts_path, journal_path, outbox_path
from kiosk.store.outbox import Outbox
from kiosk.store.vault import Vault
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen

NUMBER, NAME = "001156098765", "Nguyễn Thị Hoà"


@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str) -> Iterator[Kiosk]:
    """The kiosk with its real stores in the (hermetic) data folder: journal, outbox, drafts."""
    theme.apply_theme(qapp, 1080)
    journal = Journal(journal_path())
    vault = Vault.open(Secrets())
    outbox, drafts = Outbox(outbox_path(), vault), Drafts(drafts_path(), vault)
    k = Kiosk(
        sandbox_url, load_catalog(), demo=True, journal=journal, idle_seconds=1, warn_seconds=2,
        outbox=outbox, drafts=drafts, vault=vault,
    )  # fmt: skip
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()
    outbox.close()
    drafts.close()


def start_typing(kiosk: Kiosk, qtbot: QtBot) -> Person:
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Tạo tài khoản")
    p.answer("id_number", NUMBER)
    page = p.page
    line = page.inputs["full_name"].line
    type_text(line, NAME)
    line.selectAll()
    line.copy()  # the person even copied their name
    assert QGuiApplication.clipboard().text() == NAME
    return p


def files_holding(folder: Path, secrets: list[bytes]) -> list[Path]:
    """Files of the kiosk's (HOME: data, cache, config, temp) holding any secret. pytest's own folders
    are left out: other tests keep their sandbox portals there, and a portal is not the kiosk."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not any(part.startswith("pytest-of-") for part in path.parts):
            data = path.read_bytes()
            if any(secret in data for secret in secrets):
                found.append(path)
    return found


def test_nobody_answers_the_countdown_and_everything_is_forgotten(
    kiosk: Kiosk, qtbot: QtBot, home_dir: Path
) -> None:
    start_typing(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.idle.warning_shown, timeout=5000)
    assert kiosk.idle.warning.seconds.text() in {"2", "1"} and kiosk.idle.warning.unit.text() == "giây"
    qtbot.waitUntil(lambda: isinstance(kiosk.shell.screen_widget, HomeScreen), timeout=6000)
    assert not kiosk.idle.warning_shown
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old screen is really gone
    texts = [  # every window of the application, not only the kiosk's: overlays, dialogs, the keyboard
        unicodedata.normalize("NFC", t)
        for window in QApplication.topLevelWidgets()
        for t in on_screen_text(window)
    ]
    assert not any(NUMBER in t or NAME in t for t in texts)
    assert QGuiApplication.clipboard().text() == ""
    secrets = [NUMBER.encode(), NAME.encode("utf-8"), unicodedata.normalize("NFD", NAME).encode("utf-8")]
    assert files_holding(home_dir, secrets) == []  # temp, data, cache, config folders: nothing of theirs


def test_one_tap_gives_more_time_and_keeps_the_answers(kiosk: Kiosk, qtbot: QtBot) -> None:
    p = start_typing(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.idle.warning_shown, timeout=5000)
    button(kiosk.shell, "Tôi cần thêm thời gian").click()
    assert not kiosk.idle.warning_shown
    assert p.page.inputs["full_name"].line.text() == NAME  # still there, as they left it
