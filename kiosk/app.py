"""Composition root: reads the command line, wires the portal, the store and the screens together."""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import i18n, logs
from kiosk.admin_pin import AdminPin, set_pin_interactively
from kiosk.command_line import Options, parse_args
from kiosk.config import ConfigError, Mode, Settings, load_settings, save_settings
from kiosk.delivery.sender import Sender
from kiosk.desk_outbox import DeskOutbox
from kiosk.domain import addresses
from kiosk.domain.lookup_pace import LookupPace
from kiosk.domain.procedures import Procedure, ProcedureError, load_catalog
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.i18n import procedure_text, tr
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.portal.sandbox.runner import SandboxHandle, start_sandbox
from kiosk.receipt.model import is_slip, sample_receipt
from kiosk.receipt.output import receipt_folder
from kiosk.receipt.printers import NoPrinter, ReceiptPrinter, printer_from_settings
from kiosk.receipt.slip import render_waiting_slip
from kiosk.secrets import Secrets, SecretsUnavailable
from kiosk.store.drafts import Drafts
from kiosk.store.journal import Journal, JournalEntry
from kiosk.store.location import drafts_path, journal_path, log_dir, outbox_path
from kiosk.store.outbox import Outbox, OutboxEntry
from kiosk.store.vault import Vault, VaultUnavailable
from kiosk.ui import theme
from kiosk.ui.admin import AdminAccess, AdminCorner
from kiosk.ui.admin_settings import kiosk_settings, printer_settings
from kiosk.ui.home import HomeScreen
from kiosk.ui.idle import IdleGuard
from kiosk.ui.keyboard import KeyboardSpace, enable_virtual_keyboard, hide_keyboard, keyboard_enabled
from kiosk.ui.lock import KioskLock
from kiosk.ui.outbox_panel import OutboxPanel
from kiosk.ui.photos import newest_files
from kiosk.ui.scanner import ScannerBurst
from kiosk.ui.shell import Shell
from kiosk.ui.speech import ReadAloudButton, Reader, Voice, open_voice_later
from kiosk.ui.widgets import BigButton
from kiosk.ui.worker import run_in_background
from kiosk.wizards.account import AccountWizard
from kiosk.wizards.dossier import DossierWizard
from kiosk.wizards.frame import WizardFrame
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.reprint import ReprintWizard
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.tracking import TrackingWizard

log = logging.getLogger("kiosk")

__all__ = ["Kiosk", "Options", "main", "parse_args"]

DEMO_ADMIN_PIN = "0000"  # demo mode only, until a PIN is set with --set-admin-pin (README)


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error in a Qt slot must not print a traceback full of answers: log where, not what."""
    frame = traceback.extract_tb(tb)[-1] if tb else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    log.error("unexpected %s%s", kind.__name__, where)


class Kiosk(QObject):
    """The running kiosk: one shell, one citizen session at a time."""

    exited = Signal()  # the admin chose "Thoát ứng dụng"

    def __init__(
        self,
        portal_url: str,
        catalog: dict[str, Procedure],
        *,
        demo: bool,
        journal: Journal,
        receipts: Path | None = None,
        settings: Settings | None = None,
        scanner_folder: Path | None = None,
        idle_seconds: int | None = None,
        warn_seconds: int = 30,
        voice: Voice | None = None,
        config_file: Path | None = None,
        locked: bool | None = None,
        outbox: Outbox | None = None,
        sender: Sender | None = None,
        drafts: Drafts | None = None,
        vault: Vault | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.config_file = config_file
        self.locked = self.settings.locked if locked is None else locked
        self.portal_url = portal_url
        self.receipts = receipts
        self.scanner_folder = scanner_folder or self.settings.scanner_folder
        self.session_started = time.time()
        self.catalog = catalog
        self.journal = journal
        self.demo = demo
        self.shell = Shell(demo=demo)
        # The on-screen keyboard (kiosk mode): the screen shrinks above it, the answer box stays in sight.
        self.keyboard_space = (
            KeyboardSpace(self.shell, self.shell.make_room_for_keyboard) if keyboard_enabled() else None
        )
        self.reader = Reader(voice)
        self._wire_toolbar()
        self._wire_shortcuts()
        try:
            self.secrets: Secrets | None = Secrets()
        except SecretsUnavailable:
            log.warning("no usable keyring: login tokens stay in memory only")
            self.secrets = None
        self.session = self._new_session()
        self.outbox, self.drafts, self.vault = outbox, drafts, vault
        self._wire_admin()
        self.desk = DeskOutbox(
            self.shell,
            portal_url=portal_url,
            catalog=catalog,
            locked=self.settings.locked,
            outbox=outbox,
            sender=sender,
            drafts=drafts,
            vault=vault,
        )
        self.shell.toolbar.add_left(self.desk.button)
        self.admin.menu.outbox_requested.connect(self.desk.panel.open)
        self.desk.open_draft.connect(lambda draft_id: self.file_dossier(resume=draft_id))
        # A 2D scanner in keyboard mode: its bursts never reach a text box; the screen gets the card.
        self.scanner = ScannerBurst(self.shell)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.scanner.install(app)
        self.scanner.scanned.connect(self._scanned)
        self.usual_idle = idle_seconds or self.settings.idle  # quiet seconds before the idle warning
        self.idle = IdleGuard(self.shell, idle_seconds=self.usual_idle, warn_seconds=warn_seconds)
        self.idle.expired.connect(self.go_home)
        self.idle.warned.connect(self.reader.say)
        self.printed: list[Path] = []  # this visit's waiting slips, deleted when it ends
        # The printer chosen in the admin settings (a PDF file until one is chosen, as in the demo).
        self.printing = ReceiptPrinting(self._printer(self.settings), receipts)
        self.lookup_pace = LookupPace()  # the machine's: wrong lookups slow the next ones, across visits
        self.go_home()

    def _new_session(self) -> CitizenSession:
        return CitizenSession(PortalClient(self.portal_url), self.secrets)

    @property
    def mode(self) -> Mode:
        return self.settings.mode

    def _show(self, screen: QWidget) -> None:
        self.shell.show_screen(screen)
        if not isinstance(screen, HomeScreen):
            self.idle.watch()
        self.reader.screen_shown(screen)

    # --- what helps a person read: text size, contrast, reading aloud, language ------------------
    def _wire_toolbar(self) -> None:
        bar = self.shell.toolbar
        bar.bigger.connect(lambda: self._resize_text(theme.bigger))
        bar.smaller.connect(lambda: self._resize_text(theme.smaller))
        bar.contrast.connect(self._toggle_contrast)
        self.read_button = ReadAloudButton(self.reader, lambda: self.shell.screen_widget)
        bar.add_right(self.read_button)

    def _resize_text(self, change: Callable[[], bool]) -> None:
        if change():
            theme.restyle(self.shell)
        self.shell.toolbar.refresh()

    def _toggle_contrast(self) -> None:
        theme.set_palette("normal" if theme.palette_name() == "high_contrast" else "high_contrast")
        theme.restyle(self.shell)
        self.shell.toolbar.refresh()

    def _choose_language(self, code: str) -> None:
        if i18n.set_language(code):
            self.reader.set_language(code)
            self.shell.setWindowTitle(i18n.tr("Dịch vụ công — Kiosk hỗ trợ nộp hồ sơ"))
            self.shell.toolbar.retranslate()
            self.corner.retranslate()
            if self.shell.banner is not None:
                self.shell.banner.retranslate()
            self._show_home()

    def _reset_visit_look(self) -> None:
        """The next person starts with the kiosk's own settings, not the last visitor's choices."""
        self.reader.stop()
        self.reader.auto = self.settings.read_aloud
        changed = i18n.language() != i18n.SOURCE_LANGUAGE
        if changed:
            self._choose_language(i18n.SOURCE_LANGUAGE)
        if theme.reset(palette=self.settings.palette, step=self.settings.text_step):
            theme.restyle(self.shell)
        self.shell.toolbar.refresh()

    # --- the staff's way in: lock, emblem, PIN, menu ------------------------------------------------
    def _wire_admin(self) -> None:
        self.lock = KioskLock(self.shell) if self.locked else None
        self.shell.may_close = lambda: self.lock is None or not self.lock.locked
        self.corner = AdminCorner()
        self.shell.toolbar.add_left(self.corner)
        self.admin = AdminAccess(
            self.shell,
            self.corner,
            AdminPin(self.secrets),  # one per run: it counts wrong tries
            settings=lambda: self.settings,
            setting_list=kiosk_settings(
                text_steps=len(theme.TEXT_STEPS),
                default_text_step=theme.DEFAULT_STEP,
                default_idle_seconds=self.settings.idle,
            )
            + printer_settings(),
            demo_pin=DEMO_ADMIN_PIN if self.demo else None,
        )
        self.admin.exit_requested.connect(self._exit_by_admin)
        self.admin.test_print_requested.connect(self._test_print)
        self.admin.settings_saved.connect(self._apply_settings)

    # --- the outbox: what the desk sees waiting ------------------------------------------------------
    @property
    def outbox_button(self) -> BigButton:
        return self.desk.button

    @property
    def outbox_panel(self) -> OutboxPanel:
        return self.desk.panel

    def _print_slip(self, entry: OutboxEntry, procedure_name: str) -> Path:
        folder = self.receipts or receipt_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = render_waiting_slip(
            entry.local_ref,
            procedure_name,
            entry.created_at.astimezone(VIETNAM_TZ),
            folder / f"Cho gui {entry.local_ref}.pdf",
        )
        self.printed.append(path)
        return path

    def _exit_by_admin(self) -> None:
        if self.lock is not None:
            self.lock.allow_close()
        self.go_home()  # wipe whatever was on screen before the window goes
        self.shell.close()
        self.exited.emit()

    def _test_print(self) -> None:
        """A sample receipt with no one's data on it, to check the chosen printer works."""
        menu = self.admin.menu
        menu.show_status("⏳  " + tr("Đang in thử trên: {printer}", printer=self.printing.describe()))
        self.printing.print(
            sample_receipt(),
            owner=menu,
            done=lambda what: menu.show_status(tr("Đã in thử.") + " " + what),
            problem=lambda message: menu.show_status("⚠  " + message),
        )

    def _apply_settings(self, values: object) -> None:
        if not isinstance(values, Settings):
            return
        self.settings = values
        self.usual_idle = values.idle
        self.idle.set_idle_seconds(values.idle)
        if self.config_file is not None:
            try:
                on_disk = load_settings(self.config_file)
            except ConfigError:
                on_disk = Settings(mode=values.mode)
            save_settings(
                replace(
                    on_disk,
                    idle_seconds=values.idle_seconds,
                    palette=values.palette,
                    text_step=values.text_step,
                    read_aloud=values.read_aloud,
                    printer=values.printer,
                    printer_name=values.printer_name,
                    printer_paper=values.printer_paper,
                    thermal_address=values.thermal_address,
                ),
                self.config_file,
            )
        self.printing.printer = self._printer(values)
        self._reset_visit_look()

    def _printer(self, settings: Settings) -> ReceiptPrinter:
        """The printer the settings choose. A public kiosk never "prints" to PDF files outside the demo:
        they would carry people's names on its disk; until the admin chooses a printer it has none."""
        if settings.printer == "pdf" and self.mode is Mode.KIOSK and not self.demo:
            return NoPrinter(tr("chưa chọn máy in"))
        return printer_from_settings(settings, pdf_folder=self.receipts)

    def _wire_shortcuts(self) -> None:
        """Desk and laptop: the volunteer's keyboard. Kiosk mode has no keyboard to press them on."""
        if self.mode is Mode.KIOSK:
            return
        for keys, action in (
            ("Alt+Left", self._press_back),
            ("F2", lambda: self.reader.read(self.shell.screen_widget)),
            ("Ctrl+Shift+Home", self.go_home),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.shell)
            shortcut.activated.connect(action)

    def _press_back(self) -> None:
        frame = self.shell.screen_widget.findChild(WizardFrame) if self.shell.screen_widget else None
        if frame is not None and frame.back_button.isVisible() and frame.back_button.isEnabled():
            frame.back_button.click()

    def shutdown(self) -> None:
        """Stops listening to the scanner and ends the citizen's session (the kiosk is closing)."""
        if self.lock is not None:
            self.lock.allow_close()
            self.lock.uninstall()
        self.reader.close()
        self.desk.stop()
        self.scanner.uninstall()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.session.close()
        for path in self.printed:  # closing mid-visit: its papers go as at the end of a visit
            path.unlink(missing_ok=True)
        self.printed.clear()
        self.printing.forget_visit()

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
        if isinstance(screen, HomeScreen) and is_slip(text):  # a slip shown at the start: where is it?
            self.track()
            screen = self.shell.screen_widget
        accept = getattr(screen, "accept_scan", None)
        if callable(accept):
            accept(text)

    def go_home(self) -> None:
        """Ends the citizen's session: logs out, forgets them, and shows a fresh home screen."""
        self.idle.stop()
        self.idle.set_idle_seconds(self.usual_idle)  # a screen may have asked for more: not the next visit
        self.scanner.discard()
        if self.keyboard_space is not None:
            hide_keyboard()  # and drop any half-typed word it holds
        screen = self.shell.screen_widget
        forget = getattr(screen, "forget", None)
        if callable(forget):
            forget()
        self._clear_scanner_folder()
        ended = self.session
        self.session = self._new_session()
        logs.forget_sensitive()  # this visit's values need no hiding any more: none of them is left
        # Logging out talks to keyring over D-Bus: off the GUI thread, like every other call.
        run_in_background(ended.close, lambda _: None, lambda _: None)
        if self.shell.banner is not None:
            self.shell.banner.clear_otp()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()  # nothing copied during the visit is pasted by the next person
        for path in self.printed:
            path.unlink(missing_ok=True)  # a waiting slip: nobody's data, but this visit's paper
        self.printed.clear()
        self.printing.forget_visit()  # receipt PDFs carry the citizen's name
        gc.collect()  # the last visit's answers and scans leave memory now, not whenever
        self._reset_visit_look()
        self._show_home()

    def _show_home(self) -> None:
        home = HomeScreen()
        home.create_account.connect(self.create_account)
        home.file_dossier.connect(self.file_dossier)
        home.reprint.connect(self.reprint)
        home.track.connect(self.track)
        home.language_chosen.connect(self._choose_language)
        home.resume_draft.connect(lambda draft_id: self.file_dossier(resume=draft_id))
        if self.drafts is not None and not self.settings.locked:
            home.offer_drafts(
                [
                    (
                        info.draft_id,
                        tr(
                            "{name} — bắt đầu lúc {when}",
                            name=procedure_text(self.catalog[info.procedure_code].name),
                            when=info.updated_at.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m"),
                        ),
                    )
                    for info in self.drafts.listing()
                    if info.procedure_code in self.catalog
                ]
            )
        self._show(home)

    def create_account(self) -> None:
        wizard = AccountWizard(self.session, show_demo_otp=self._show_otp)
        wizard.finished.connect(self.go_home)
        wizard.file_dossier.connect(self.file_dossier)
        self._show(wizard)

    def file_dossier(self, resume: str | None = None) -> None:
        if self.shell.banner is not None:
            self.shell.banner.clear_otp()
        wizard = DossierWizard(
            self.session,
            self.catalog,
            self.printing,
            self._record,
            scanner_folder=self.scanner_folder,
            handover=self.desk.handover(),
            drafts=self.drafts,
            fingerprint=self.vault.fingerprint if self.vault is not None else None,
            resume=resume,
            print_slip=self._print_slip,
        )
        wizard.patience.connect(self._patience)
        wizard.finished.connect(self.go_home)
        self._show(wizard)

    def _patience(self, seconds: int) -> None:
        """A screen asks for more quiet time than usual (0: the usual again)."""
        self.idle.set_idle_seconds(max(seconds, self.usual_idle))

    def reprint(self) -> None:
        # Only at a desk: a kiosk's next visitor, or a family a laptop visits at home, must not see
        # (or reprint) other people's dossiers.
        at_desk = self.mode is Mode.DESK
        since = datetime.now(VIETNAM_TZ) - JOURNAL_REPRINT_DAYS
        wizard = ReprintWizard(
            self.session,
            self.printing,
            self.lookup_pace,
            catalog=self.catalog,
            journal=self.journal.recent(since) if at_desk else (),
            lookup_code_of=self.journal.lookup_code if at_desk else None,
            offer_pdf=at_desk,
        )
        wizard.finished.connect(self.go_home)
        self._show(wizard)

    def track(self) -> None:
        """ "Tra cứu hồ sơ": a slip's QR or its two codes, then the dossier's history in plain words."""
        wizard = TrackingWizard(self.session, self.lookup_pace)
        wizard.finished.connect(self.go_home)
        self._show(wizard)

    def _show_otp(self, otp: str) -> None:
        if self.shell.banner is not None:
            if otp:
                self.shell.banner.show_otp(otp)
            else:
                self.shell.banner.clear_otp()

    def _record(self, dossier: Dossier) -> None:
        self.journal.record(
            JournalEntry(
                dossier_code=dossier.code,
                procedure_code=dossier.procedure_code,
                procedure_version=dossier.procedure_version,
                received_at=dossier.received_at,
                appointment_on=dossier.appointment_on,
                delivery=dossier.delivery,
            ),
            dossier.lookup_code,
        )


def open_outbox(portal_url: str) -> tuple[Outbox | None, Sender | None, Drafts | None, Vault | None, str]:
    """The encrypted outbox and its sender; with no usable keyring, none (and words for the operator):
    the kiosk then still submits while the portal answers, but stores nothing personal on disk."""
    try:
        secrets: Secrets | None = Secrets()
    except SecretsUnavailable:
        secrets = None
    try:
        vault = Vault.open(secrets)
    except VaultUnavailable as exc:
        log.warning("outbox disabled: %s", exc.detail)
        return None, None, None, None, tr(str(exc))
    outbox = Outbox(outbox_path(), vault)
    return outbox, Sender(outbox, portal_url), Drafts(drafts_path(), vault), vault, ""


JOURNAL_REPRINT_DAYS = timedelta(days=7)  # a desk reprints from the journal of the last week
DEMO_AUTO_PAY = timedelta(seconds=20)
DEMO_OFFICE_PACE = timedelta(minutes=2)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    logs.configure(folder=log_dir())  # rotating files, every line through the redacting filter
    sys.excepthook = _log_uncaught
    if options.set_admin_pin:
        try:
            return set_pin_interactively(Secrets())
        except SecretsUnavailable as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            return 2
    if options.smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif options.settings.on_screen_keyboard:
        enable_virtual_keyboard()  # before QApplication: Qt picks its input method once
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
    theme.apply_theme(
        app,
        screen.geometry().height() if screen is not None else theme.REFERENCE_HEIGHT,
        screen_width=screen.geometry().width() if screen is not None else None,
        palette=options.settings.palette,
        step=theme.DEFAULT_STEP if options.settings.text_step is None else options.settings.text_step,
    )

    sandbox: SandboxHandle | None = None
    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    if options.demo and not options.portal_url:
        # The demo portal's data (accounts people try out) lives only as long as this run.
        demo_dir = tempfile.TemporaryDirectory(prefix="kiosk-demo-")
        # In the demo a bank transfer "arrives" 20 s after the VietQR code is shown, and the office
        # moves each dossier one step every two minutes, so payment and tracking can be shown.
        sandbox = start_sandbox(
            db_path=Path(demo_dir.name) / "portal.sqlite3",
            auto_pay=DEMO_AUTO_PAY,
            office_pace=DEMO_OFFICE_PACE,
        )
        receipts: Path | None = Path(demo_dir.name) / "Bien nhan"
        portal_url = sandbox.url
        log.info("demo mode: sandbox portal on %s", portal_url)
    else:
        assert options.portal_url is not None
        portal_url = options.portal_url
        receipts = None
    outbox, sender, drafts, vault, notice = open_outbox(portal_url)
    journal = Journal(journal_path(), vault)  # with the vault, lookup codes kept sealed for reprints
    kiosk = Kiosk(
        portal_url,
        catalog,
        demo=options.demo,
        journal=journal,
        receipts=receipts,
        settings=options.settings,
        config_file=options.config_file,
        locked=options.settings.locked and not options.smoke,
        outbox=outbox,
        sender=sender,
        drafts=drafts,
        vault=vault,
    )
    if notice:
        kiosk.shell.show_notice(notice)
    if sender is not None and not options.smoke:
        sender.start()  # dossiers left waiting from before a restart go out first
    kiosk.exited.connect(app.quit)
    if not options.smoke:
        open_voice_later(kiosk.reader.set_voice)  # the button appears once a voice answers (~2 s)
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
        if options.fullscreen:
            kiosk.shell.show_fullscreen()
        else:  # a desk or a laptop: a window, nearly as large as the screen, the sizes made for it
            area = screen.availableGeometry() if screen is not None else None
            kiosk.shell.resize(
                int(area.width() * 0.9) if area else 1280, int(area.height() * 0.9) if area else 800
            )
            kiosk.shell.show()
        return app.exec()
    finally:
        kiosk.shutdown()
        if sender is not None:
            sender.stop(timeout=5)
        if outbox is not None:
            outbox.close()
        if drafts is not None:
            drafts.close()
        journal.close()
        if sandbox is not None:
            sandbox.stop()
        if demo_dir is not None:
            demo_dir.cleanup()
