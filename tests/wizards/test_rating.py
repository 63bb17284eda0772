"""The rating: three large faces with their words, an optional comment, sent once to the real sandbox
portal; a second rating is refused kindly, a portal that fails can be tried again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text, unnamed_controls
from tracking_helpers import Office, running_office

from kiosk.domain.lookup_pace import LookupPace
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.faults import Faults
from kiosk.ui import theme
from kiosk.wizards.rating import FaceButton, RatingPanel
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.tracking import TimelinePage, TrackingWizard

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    yield from running_office(tmp_path_factory)


@pytest.fixture
def portal(qapp: QApplication, office: Office) -> Iterator[PortalClient]:
    theme.apply_theme(qapp, 1080)
    with PortalClient(office.url) as client:
        yield client


@pytest.fixture
def dossier(office: Office) -> Dossier:
    return office.submit()


def open_panel(qtbot: QtBot, portal: PortalClient, dossier: Dossier) -> RatingPanel:
    panel = RatingPanel(portal, dossier.code, dossier.lookup_code)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    return panel


def test_a_face_and_a_comment_reach_the_portal_once(
    qtbot: QtBot, office: Office, portal: PortalClient, dossier: Dossier
) -> None:
    panel = open_panel(qtbot, portal, dossier)
    faces = panel.findChildren(FaceButton)
    assert [face.accessibleName() for face in faces] == ["Hài lòng", "Bình thường", "Không hài lòng"]
    assert all(face.height() >= 150 for face in faces)  # large: a drawn face above its words
    assert unnamed_controls(panel) == []

    button(panel, "Hài lòng").click()
    button(panel, "Bình thường").click()  # a change of mind: one face is chosen at a time
    assert [face.isChecked() for face in faces] == [False, True, False]
    type_text(panel.comment, "Cán bộ hướng dẫn tận tình")
    with qtbot.waitSignal(panel.rated, timeout=WAIT_MS):
        button(panel, "Gửi đánh giá").click()

    assert panel.thanks.isVisible() and panel.thanks.text().endswith("Cảm ơn ông/bà đã đánh giá.")
    assert not panel.send_button.isVisible() and not any(face.isVisible() for face in faces)
    assert panel.comment.text() == ""  # the comment is not kept on screen
    assert office.dossier(dossier.code, dossier.lookup_code).rated


def test_a_second_rating_is_refused_kindly(qtbot: QtBot, portal: PortalClient, dossier: Dossier) -> None:
    first = open_panel(qtbot, portal, dossier)
    button(first, "Hài lòng").click()
    with qtbot.waitSignal(first.rated, timeout=WAIT_MS):
        button(first, "Gửi đánh giá").click()

    later = open_panel(qtbot, portal, dossier)  # e.g. the confirmation page still open on another screen
    button(later, "Không hài lòng").click()
    with qtbot.waitSignal(later.rated, timeout=WAIT_MS):
        button(later, "Gửi đánh giá").click()
    assert later.thanks.text().endswith("Hồ sơ này đã được đánh giá. Cảm ơn ông/bà.")
    assert not later.error.isVisible()  # not an error: the person did nothing wrong


def test_no_face_chosen_says_what_to_do_and_sends_nothing(
    qtbot: QtBot, office: Office, portal: PortalClient, dossier: Dossier
) -> None:
    panel = open_panel(qtbot, portal, dossier)
    type_text(panel.comment, "Nhanh")
    button(panel, "Gửi đánh giá").click()
    assert "chạm vào một trong ba khuôn mặt" in panel.error.message
    assert QApplication.focusWidget() is panel.error
    assert not office.dossier(dossier.code, dossier.lookup_code).rated


def test_a_portal_that_fails_gives_a_message_and_the_person_can_send_again(
    qtbot: QtBot, office: Office, portal: PortalClient, dossier: Dossier
) -> None:
    office.handle.faults = Faults(fail_next=3, next_target=f"POST /api/v1/dossiers/{dossier.code}/rating")
    panel = open_panel(qtbot, portal, dossier)
    button(panel, "Hài lòng").click()
    button(panel, "Gửi đánh giá").click()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=WAIT_MS)
    assert "Vui lòng thử lại" in panel.error.message
    assert panel.send_button.isEnabled() and button(panel, "Hài lòng").isChecked()  # nothing to redo
    office.handle.faults = Faults()
    with qtbot.waitSignal(panel.rated, timeout=WAIT_MS):
        button(panel, "Gửi đánh giá").click()
    assert office.dossier(dossier.code, dossier.lookup_code).rated


def test_tracking_offers_the_rating_only_until_the_dossier_is_rated(
    qtbot: QtBot, office: Office, portal: PortalClient, dossier: Dossier
) -> None:
    visit = CitizenSession(PortalClient(office.url), None)
    try:
        wizard = TrackingWizard(visit, LookupPace())
        qtbot.addWidget(wizard)
        wizard.resize(1920, 1000)
        wizard.show()
        wizard.accept_scan(f"DVC|{dossier.code}|{dossier.lookup_code}")
        qtbot.waitUntil(lambda: isinstance(wizard.page, TimelinePage), timeout=WAIT_MS)
        page = wizard.page
        assert isinstance(page, TimelinePage) and page.rating is not None
        button(wizard, "Hài lòng").click()
        with qtbot.waitSignal(page.rating.rated, timeout=WAIT_MS):
            button(wizard, "Gửi đánh giá").click()

        button(wizard, "Tra cứu hồ sơ khác").click()
        wizard.accept_scan(f"DVC|{dossier.code}|{dossier.lookup_code}")  # the same slip, later
        qtbot.waitUntil(lambda: isinstance(wizard.page, TimelinePage), timeout=WAIT_MS)
        again = wizard.page
        assert isinstance(again, TimelinePage) and again.rating is None
        assert not [b for b in wizard.findChildren(FaceButton) if b.isVisible()]
    finally:
        visit.close()
