"""Composition root: reads the command line, wires the portal, the store and the screens together."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import logs
from kiosk.domain import addresses
from kiosk.domain.procedures import Procedure, ProcedureError, load_catalog
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.receipt.model import Receipt
from kiosk.receipt.output import receipt_path
from kiosk.receipt.pdf import render_receipt_pdf
from kiosk.secrets import Secrets, SecretsUnavailable
from kiosk.store.journal import Journal, JournalEntry
from kiosk.store.location import journal_path
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.ui.idle import IdleGuard
from kiosk.ui.photos import newest_files
from kiosk.ui.scanner import ScannerBurst
from kiosk.ui.shell import Shell
from kiosk.ui.worker import run_in_background
from kiosk.wizards.account import AccountWizard
from kiosk.wizards.dossier import DossierWizard
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.session import CitizenSession

log = logging.getLogger("kiosk")


@dataclass(frozen=True)
class Options:
    demo: bool
    portal_url: str | None
    windowed: bool
    smoke: bool
    scanner_folder: Path | None = None
    idle_seconds: int = 120


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Kiosk hỗ trợ nộp hồ sơ dịch vụ công trực tuyến"
    )
    parser.add_argument("--demo", action="store_true", help="start the built-in sandbox portal and use it")
    parser.add_argument(
        "--portal", metavar="URL", help="base URL of a Portal API v1 server (or KIOSK_PORTAL_URL)"
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of fullscreen")
    parser.add_argument(
        "--scanner-folder", metavar="DIR", type=Path, help="folder a desk document scanner saves into"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="start offscreen, build the first screen, exit 0"
    )
    parser.add_argument(
        "--idle-seconds", type=int, default=120, metavar="N", help="quiet seconds before asking (default 120)"
    )
    args = parser.parse_args(argv)
    if args.demo and args.portal:
        parser.error("--demo starts its own sandbox portal: do not combine it with --portal")
    portal = None if args.demo else args.portal or os.environ.get("KIOSK_PORTAL_URL")
    if not args.demo and not portal and not args.smoke:
        parser.error("give --portal URL (or KIOSK_PORTAL_URL), or --demo for the built-in sandbox portal")
    return Options(
        demo=args.demo or (args.smoke and not portal),
        portal_url=portal,
        windowed=args.windowed,
        smoke=args.smoke,
        scanner_folder=args.scanner_folder,
        idle_seconds=max(30, args.idle_seconds),
    )


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error in a Qt slot must not print a traceback full of answers: log where, not what."""
    frame = traceback.extract_tb(tb)[-1] if tb else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    log.error("unexpected %s%s", kind.__name__, where)


class Kiosk:
    """The running kiosk: one shell, one citizen session at a time."""

    def __init__(
        self,
        portal_url: str,
        catalog: dict[str, Procedure],
        *,
        demo: bool,
        journal: Journal,
        receipts: Path | None = None,
        scanner_folder: Path | None = None,
        idle_seconds: int = 120,
        warn_seconds: int = 30,
    ) -> None:
        self.portal_url = portal_url
        self.receipts = receipts
        self.scanner_folder = scanner_folder
        self.session_started = time.time()
        self.catalog = catalog
        self.journal = journal
        self.shell = Shell(demo=demo)
        try:
            self.secrets: Secrets | None = Secrets()
        except SecretsUnavailable:
            log.warning("no usable keyring: login tokens stay in memory only")
            self.secrets = None
        self.session = self._new_session()
        # A 2D scanner in keyboard mode: its bursts never reach a text box; the screen gets the card.
        self.scanner = ScannerBurst(self.shell)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.install(app)
        self.scanner.scanned.connect(self._scanned)
        self.idle = IdleGuard(self.shell, idle_seconds=idle_seconds, warn_seconds=warn_seconds)
        self.idle.expired.connect(self.go_home)
        self.printed: list[Path] = []  # this visit's receipt files, deleted when it ends
        self.go_home()

    def _new_session(self) -> CitizenSession:
        return CitizenSession(PortalClient(self.portal_url), self.secrets)

    def _show(self, screen: QWidget) -> None:
        self.shell.show_screen(screen)
        if not isinstance(screen, HomeScreen):
            self.idle.watch()

    def shutdown(self) -> None:
        """Stops listening to the scanner and ends the citizen's session (the kiosk is closing)."""
        self.scanner.uninstall()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.session.close()

    def _clear_scanner_folder(self) -> None:
        """Scans a desk scanner saved during this visit are the citizen's: they go with them."""
        folder, since = self.scanner_folder, self.session_started
        self.session_started = time.time()
        if folder is None:
            return

        def clear() -> None:
            for path in newest_files(folder, since):
                path.unlink(missing_ok=True)

        run_in_background(clear, lambda _: None, lambda _: None)

    def _scanned(self, text: str) -> None:
        screen = self.shell.screen_widget
        accept = getattr(screen, "accept_scan", None)
        if callable(accept):
            accept(text)

    def go_home(self) -> None:
        """Ends the citizen's session: logs out, forgets them, and shows a fresh home screen."""
        self.idle.stop()
        self.scanner.discard()
        screen = self.shell.screen_widget
        forget = getattr(screen, "forget", None)
        if callable(forget):
            forget()
        self._clear_scanner_folder()
        ended = self.session
        self.session = self._new_session()
        # Logging out talks to keyring over D-Bus: off the GUI thread, like every other call.
        run_in_background(ended.close, lambda _: None, lambda _: None)
        if self.shell.banner is not None:
            self.shell.banner.clear_otp()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()  # nothing copied during the visit is pasted by the next person
        for path in self.printed:
            path.unlink(missing_ok=True)  # the receipt PDF carries the citizen's name
        self.printed.clear()
        gc.collect()  # the last visit's answers and scans leave memory now, not whenever
        home = HomeScreen()
        home.create_account.connect(self.create_account)
        home.file_dossier.connect(self.file_dossier)
        home.reprint.connect(self.reprint)
        self._show(home)

    def create_account(self) -> None:
        wizard = AccountWizard(self.session, show_demo_otp=self._show_otp)
        wizard.finished.connect(self.go_home)
        wizard.file_dossier.connect(self.file_dossier)
        self._show(wizard)

    def file_dossier(self) -> None:
        if self.shell.banner is not None:
            self.shell.banner.clear_otp()
        wizard = DossierWizard(
            self.session, self.catalog, self.print_receipt, self._record, scanner_folder=self.scanner_folder
        )
        wizard.finished.connect(self.go_home)
        self._show(wizard)

    def reprint(self) -> None:
        wizard = ReprintWizard(self.session, self.print_receipt)
        wizard.finished.connect(self.go_home)
        self._show(wizard)

    def _show_otp(self, otp: str) -> None:
        if self.shell.banner is not None:
            if otp:
                self.shell.banner.show_otp(otp)
            else:
                self.shell.banner.clear_otp()

    def print_receipt(self, receipt: Receipt) -> Path:
        """Demo mode and this first version print to a PDF file; the screen says where it is."""
        path = render_receipt_pdf(receipt, receipt_path(receipt.dossier_code, self.receipts))
        self.printed.append(path)
        return path

    def _record(self, dossier: Dossier) -> None:
        self.journal.record(
            JournalEntry(
                dossier_code=dossier.code,
                procedure_code=dossier.procedure_code,
                procedure_version=dossier.procedure_version,
                received_at=dossier.received_at,
                appointment_on=dossier.appointment_on,
                delivery=dossier.delivery,
            )
        )


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    logs.configure()
    sys.excepthook = _log_uncaught
    if options.smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        catalog = load_catalog()
    except ProcedureError as exc:  # a broken definition stops the kiosk, naming the file, path and problem
        print(f"kiosk: thủ tục không hợp lệ — {exc}", file=sys.stderr)
        print(
            "kiosk: kiểm tra bằng: python -m kiosk.domain.procedures check assets/procedures", file=sys.stderr
        )
        return 2
    app = QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setApplicationDisplayName("Dịch vụ công")
    screen = app.primaryScreen()
    theme.apply_theme(app, screen.geometry().height() if screen is not None else theme.REFERENCE_HEIGHT)

    sandbox: SandboxHandle | None = None
    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    if options.demo and not options.portal_url:
        # The demo portal's data (accounts people try out) lives only as long as this run.
        demo_dir = tempfile.TemporaryDirectory(prefix="kiosk-demo-")
        sandbox = start_sandbox(db_path=Path(demo_dir.name) / "portal.sqlite3")
        receipts: Path | None = Path(demo_dir.name) / "Bien nhan"
        portal_url = sandbox.url
        log.info("demo mode: sandbox portal on %s", portal_url)
    else:
        assert options.portal_url is not None
        portal_url = options.portal_url
        receipts = None
    journal = Journal(journal_path())
    kiosk = Kiosk(
        portal_url,
        catalog,
        demo=options.demo,
        journal=journal,
        receipts=receipts,
        scanner_folder=options.scanner_folder,
        idle_seconds=options.idle_seconds,
    )
    try:
        if options.smoke:
            kiosk.shell.resize(1280, 800)
            kiosk.shell.show()
            QTimer.singleShot(0, app.quit)
            app.exec()
            # The data the wizards need at once must be in the bundle: the 34 provinces, the catalog.
            ok = kiosk.shell.screen_widget is not None and len(addresses.provinces()) == 34 and bool(catalog)
            print("smoke: first screen built" if ok else "smoke: no screen or data missing", flush=True)
            return 0 if ok else 1
        if options.windowed:
            kiosk.shell.resize(1280, 800)
            kiosk.shell.show()
        else:
            kiosk.shell.show_fullscreen()
        return app.exec()
    finally:
        kiosk.shutdown()
        journal.close()
        if sandbox is not None:
            sandbox.stop()
        if demo_dir is not None:
            demo_dir.cleanup()
