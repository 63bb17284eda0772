"""What the machine keeps for people, as the desk sees it: the outbox (dossiers waiting to be sent, and
those sent lately with their codes) and the sweeping of unfinished drafts. No personal data on screen."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.delivery.handover import Handover
from kiosk.delivery.sender import Sender, deliver_once
from kiosk.domain.procedures import Procedure
from kiosk.i18n import tr
from kiosk.store.drafts import Drafts, new_draft_id
from kiosk.store.outbox import Outbox, OutboxEntry
from kiosk.store.vault import Vault
from kiosk.ui.outbox_panel import OutboxPanel, outbox_summary
from kiosk.ui.widgets import BigButton
from kiosk.ui.worker import run_in_background
from kiosk.wizards.draft_codec import from_request

DRAFT_LIFETIME_KIOSK = timedelta(minutes=30)  # a public kiosk: unfinished dossiers do not linger
DRAFT_LIFETIME_DESK = timedelta(days=7)
DELIVERED_SHOWN = timedelta(days=7)


class DeskOutbox(QObject):
    """The toolbar's "📤 N hồ sơ chờ gửi" (desk and laptop), the list behind it, and the draft sweep."""

    changed = Signal()  # the sender (on its own thread) delivered, refused or rescheduled a dossier
    open_draft = Signal(str)  # a refused dossier became this draft: open it for its citizen

    def __init__(
        self,
        window: QWidget,
        *,
        portal_url: str,
        catalog: dict[str, Procedure],
        locked: bool,
        outbox: Outbox | None = None,
        sender: Sender | None = None,
        drafts: Drafts | None = None,
        vault: Vault | None = None,
    ) -> None:
        super().__init__(window)
        self.portal_url, self.catalog, self.locked = portal_url, catalog, locked
        self.outbox, self.outbox_sender, self.drafts, self.vault = outbox, sender, drafts, vault
        self.panel = OutboxPanel(window, self.waiting, self.recently_delivered)
        self.panel.resend.connect(self.resend_now)
        self.panel.fix.connect(self.fix_refused)
        self.button = BigButton("", name=tr("Hồ sơ chờ gửi"), description=tr("Xem và gửi lại"))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.panel.open)
        self.button.hide()  # shown by refresh() when something waits (never in kiosk mode)
        self.changed.connect(self.refresh)
        if sender is not None:
            sender.on_change = lambda _report: self.changed.emit()
        self._poll = QTimer(self)  # a dossier handed over at the screen shows up within seconds
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self.refresh)
        self._sweep = QTimer(self)
        self._sweep.setInterval(60_000)
        self._sweep.timeout.connect(self.sweep_drafts)
        if outbox is not None:
            self._poll.start()
        if drafts is not None:
            self._sweep.start()
            self.sweep_drafts()
        self.refresh()

    def stop(self) -> None:
        self._poll.stop()
        self._sweep.stop()

    def handover(self) -> Handover | None:
        return Handover(self.outbox, self.portal_url, self.outbox_sender) if self.outbox is not None else None

    def waiting(self) -> list[OutboxEntry]:
        return self.outbox.waiting() if self.outbox is not None else []

    def recently_delivered(self) -> list[OutboxEntry]:
        if self.outbox is None:
            return []
        return self.outbox.delivered_since(datetime.now(UTC) - DELIVERED_SHOWN)

    def refresh(self) -> None:
        if self.locked and not self.panel.isVisible():
            return  # kiosk mode shows the outbox only in the admin menu: nothing to read until then
        entries = self.waiting()
        self.button.setText(outbox_summary(entries))
        self.button.setVisible(bool(entries) and not self.locked)  # kiosk mode: in the admin menu
        if self.panel.isVisible():
            self.panel.refresh()

    def resend_now(self) -> None:
        if self.outbox_sender is not None:
            self.outbox_sender.wake()
        elif self.outbox is not None:
            outbox, url = self.outbox, self.portal_url

            def resend() -> None:
                outbox.resend_now()
                deliver_once(outbox, url)

            run_in_background(resend, lambda _: self.refresh(), lambda _: self.refresh())
        self.refresh()

    def fix_refused(self, local_ref: str) -> None:
        """A dossier the portal refused in the background becomes a draft for its citizen (opened after
        their login, on "Kiểm tra lại thông tin"); the refused copy leaves the outbox."""
        if self.outbox is None or self.drafts is None or self.vault is None:
            return
        entry = self.outbox.entry(local_ref)
        try:
            parcel = self.outbox.parcel(local_ref)
        except (KeyError, ValueError):  # delivered or gone meanwhile, or unreadable: nothing to reopen
            self.refresh()
            return
        if entry is None or entry.procedure_code not in self.catalog:
            return
        procedure = self.catalog[entry.procedure_code]
        number = json.loads(parcel.request_json).get("answers", {}).get("requester.id_number")
        if not number:  # a draft nobody can be matched to would open for anyone: keep it in the outbox
            return
        draft_id = new_draft_id()
        self.drafts.save(
            draft_id,
            procedure_code=procedure.code,
            answers_json=from_request(procedure, parcel.request_json, parcel.documents),
            owner=self.vault.fingerprint(str(number)),
        )
        if not self.outbox.discard_rejected(local_ref):  # no longer refused (e.g. resent meanwhile)
            self.drafts.delete(draft_id)  # never both a draft and a dossier in the outbox
            self.refresh()
            return
        self.panel.close_overlay()
        self.refresh()
        self.open_draft.emit(draft_id)

    def sweep_drafts(self) -> None:
        if self.drafts is None:
            return
        drafts = self.drafts
        cutoff = datetime.now(UTC) - (DRAFT_LIFETIME_KIOSK if self.locked else DRAFT_LIFETIME_DESK)
        run_in_background(lambda: drafts.delete_older_than(cutoff), lambda _: None, lambda _: None)
