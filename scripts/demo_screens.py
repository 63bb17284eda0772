"""Opens the kiosk in demo mode and walks it to one screen, for screenshots on a virtual X screen.

    ../shared/tools/shoot docs/screenshots/review.png --size 1920x1080 --wait 10 -- \
        scripts/run.sh --screen review [--palette high_contrast] [--lang en] [--step max] [--keyboard]
    (home | idle | procedures | question | question-error | picker | scan | attachments | review |
     payment | confirmation | waiting | tracking)

`--keyboard` opens Qt Virtual Keyboard on the focused answer box (kiosk mode's keyboard).
`scripts/screenshot_matrix.sh` takes the whole set for docs/screenshots/matrix/.

A developer's tool: it fills the answers through the same engine the screens use, then stays open.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.config import Settings
from kiosk.domain.procedures import load_catalog
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.portal.client import PortalClient
from kiosk.portal.models import AccountCreate
from kiosk.portal.sandbox.runner import start_sandbox
from kiosk.store.journal import Journal
from kiosk.store.location import journal_path
from kiosk.store.outbox import OutboxEntry, OutboxState
from kiosk.ui import theme
from kiosk.ui.keyboard import enable_virtual_keyboard
from kiosk.ui.photos import prepare_photo
from kiosk.ui.speech import open_voice_later
from kiosk.wizards.dossier import DossierWizard
from kiosk.wizards.payment_page import PaymentPage
from kiosk.wizards.question_page import QuestionPage
from kiosk.wizards.tracking import TrackingWizard

HOME = {"province": 1, "commune": 4, "street": "Số 12 ngõ 34 phố Đội Cấn"}  # Phường Ba Đình, Hà Nội
MOTHER_CARD = (
    "036196012345||LÊ THỊ THUỶ|12031996|Nữ|Số 7 ngõ 2, Phường Trúc Bạch, Quận Ba Đình, Hà Nội|01012022"
)
ANSWERS = {
    "requester.residence": HOME,
    "requester.relationship": "ong_ba",
    "child.full_name": "Trần Bảo Ngọc",
    "child.birth_date": (date.today() - timedelta(days=75)).strftime("%d/%m/%Y"),  # late: shows the notice
    "child.sex": "Nữ",
    "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
    "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
    "mother.full_name": "Lê Thị Thuỷ",
    "mother.birth_year": "1996",
    "mother.residence": HOME,
    "father.known": True,
    "father.full_name": "Trần Văn Đức",
    "father.birth_year": "1994",
    "father.residence": HOME,
    "copies.wanted": True,
    "copies.count": "2",
}


def register(url: str) -> tuple[str, str]:
    number, password = "001156012345", "matkhau-2026"
    with PortalClient(url) as client:
        try:
            client.login(number, password)
        except Exception:
            created = client.create_account(
                AccountCreate(
                    id_number=number,
                    full_name="Nguyễn Thị Hoà",
                    birth_date=date(1956, 9, 5),
                    phone="0912345678",
                    password=password,
                )
            )
            assert created.demo_otp
            client.verify_account(created.account_id, created.demo_otp)
    return number, password


class DemoClock:
    """The demo portal's clock: the real time, or (`at`) a moment a dossier's history is staged at."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        return self.at or datetime.now(VIETNAM_TZ)


def stage_tracking(kiosk: Kiosk, wizard: DossierWizard, url: str, clock: DemoClock) -> None:
    """Once the dossier is filed: the office moves it on over the week, then the slip is scanned."""
    dossier = wizard.dossier
    if dossier is None:
        QTimer.singleShot(200, lambda: stage_tracking(kiosk, wizard, url, clock))
        return
    received = clock.at or datetime.now(VIETNAM_TZ)
    for days, hour, minute, status in ((1, 14, 30, "in_review"), (3, 10, 5, "result_ready")):
        clock.at = received.replace(hour=hour, minute=minute) + timedelta(days=days)
        requests.post(f"{url}/sandbox/dossiers/{dossier.code}/events", json={"status": status}, timeout=5)
    clock.at = None
    tracking = TrackingWizard(kiosk.session)
    tracking.finished.connect(kiosk.go_home)
    kiosk._show(tracking)
    tracking.accept_scan(f"DVC|{dossier.code}|{dossier.lookup_code}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?", default="home")
    parser.add_argument("--palette", default="normal", choices=["normal", "high_contrast"])
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--step", default=str(theme.DEFAULT_STEP), help="text step number, or max")
    parser.add_argument("--keyboard", action="store_true")
    args = parser.parse_args()
    target = args.target
    step = len(theme.TEXT_STEPS) - 1 if args.step == "max" else int(args.step)
    if args.keyboard:
        enable_virtual_keyboard()
    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen()
    theme.apply_theme(
        app,
        screen.geometry().height(),
        screen_width=screen.geometry().width(),
        palette=args.palette,
        step=step,
    )
    clock = DemoClock()
    sandbox = start_sandbox(
        db_path=Path(tempfile.mkdtemp(prefix="kiosk-screens-")) / "portal.sqlite3", clock=clock
    )
    settings = Settings(palette=args.palette, text_step=step)
    kiosk = Kiosk(sandbox.url, load_catalog(), demo=True, journal=Journal(journal_path()), settings=settings)
    open_voice_later(kiosk.reader.set_voice)  # "Đọc to" shows where the machine has a voice
    if args.lang != "vi":
        kiosk._choose_language(args.lang)
    kiosk.shell.show_fullscreen()
    kiosk.shell.activateWindow()
    if target != "home":
        kiosk.session.login(*register(sandbox.url))
        kiosk.file_dossier()
        wizard = kiosk.shell.screen_widget
        assert isinstance(wizard, DossierWizard)
        if target == "idle":
            kiosk.idle._warn()
        if target in ("procedures", "idle"):
            code = app.exec()
            sandbox.stop()
            return code
        wizard._choose_procedure("1.001193")
        form = wizard.form
        if target == "picker":
            page = wizard.frame.page()
            assert isinstance(page, QuestionPage)
            address = page.inputs["requester.residence"].address
            assert address is not None
            address.province.filter.setText("ha noi")
            address.province.list.setCurrentRow(0)
            address.commune.filter.setText("ba")
        elif target == "scan":
            for field_id, value in ANSWERS.items():
                if field_id.startswith(("requester", "child")):
                    form.answer(field_id, value)
            form.answer("child.has_birth_certificate", True)
            wizard.nav.jump("question:mother_name")
            wizard._render()
            wizard.accept_scan(MOTHER_CARD)
        elif target == "attachments":
            for field_id, value in ANSWERS.items():
                form.answer(field_id, value)
            form.answer("child.has_birth_certificate", True)
            photo = QImage(1600, 1200, QImage.Format.Format_RGB32)
            photo.fill(QColor("#f4efe2"))  # a sheet of paper, photographed
            wizard.draft.documents["giay_chung_sinh"] = [prepare_photo("giay_chung_sinh", photo)]
            wizard.nav.jump("attachments")
            wizard._render()
        elif target.startswith("question"):
            for field_id in ("requester.residence", "requester.relationship"):
                form.answer(field_id, ANSWERS[field_id])
                wizard._forward()
            page = wizard.frame.page()
            assert isinstance(page, QuestionPage)
            if target == "question-error":
                wizard._next()
            else:
                line = page.inputs["child.full_name"].line
                assert line is not None
                line.setText("Trần Bảo Ngọc")
                QTimer.singleShot(500, line.setFocus)
        else:
            for field_id, value in ANSWERS.items():
                form.answer(field_id, value)
            form.answer("child.has_birth_certificate", True)
            photo = QImage(1600, 1200, QImage.Format.Format_RGB32)
            photo.fill(QColor("#f4efe2"))  # the birth certificate, photographed
            wizard.draft.documents["giay_chung_sinh"] = [prepare_photo("giay_chung_sinh", photo)]
            wizard.draft.delivery = "desk"
            wizard.nav.jump("review")
            wizard._render()
            if target in ("payment", "confirmation"):  # late and two copies: there is a fee
                QTimer.singleShot(300, wizard._next)
            elif target == "tracking":  # filed last Monday morning, looked up with the slip today
                today = datetime.now(VIETNAM_TZ)
                clock.at = (today - timedelta(days=today.weekday() + 7)).replace(hour=9, minute=12)
                paper = QImage(1600, 1200, QImage.Format.Format_RGB32)
                paper.fill(QColor("#f4efe2"))
                wizard.draft.documents["giay_chung_sinh"] = [prepare_photo("giay_chung_sinh", paper)]
                QTimer.singleShot(300, wizard._next)
                QTimer.singleShot(600, lambda: stage_tracking(kiosk, wizard, sandbox.url, clock))
            if target == "confirmation":  # "I will pay at the desk" on the fee page

                def pay_at_desk() -> None:
                    page = wizard.frame.page()
                    if isinstance(page, PaymentPage):
                        page.go_on()
                    else:
                        QTimer.singleShot(200, pay_at_desk)

                QTimer.singleShot(600, pay_at_desk)
            elif target == "waiting":  # the portal did not answer: what the person leaves with
                wizard.waiting = OutboxEntry(
                    local_ref="CG-7K3Q9D",
                    idempotency_key="demo",
                    procedure_code="1.001193",
                    created_at=datetime.now(UTC),
                    state=OutboxState.WAITING,
                    attempts=1,
                    next_attempt_at=None,
                    last_error="",
                    dossier_code=None,
                    lookup_code=None,
                    appointment_on=None,
                )
                wizard.nav.jump("confirmation")
                wizard._render()
    code = app.exec()
    sandbox.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
