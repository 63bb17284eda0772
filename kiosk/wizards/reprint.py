""" "In biên nhận": find a dossier by its code and lookup code, and print its receipt again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.domain.lookup_pace import LookupPace
from kiosk.i18n import tr
from kiosk.portal.models import Dossier
from kiosk.receipt.model import Receipt
from kiosk.ui.widgets import Body
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.portal_results import receipt_for
from kiosk.wizards.reading_order import apply_reading_order
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.slip_lookup import CodeEntryPage, SlipLookup


class ReprintPage(CodeEntryPage):
    def __init__(self) -> None:
        super().__init__(
            tr("In lại biên nhận"), tr("Hai mã này in trên giấy hẹn, ngay dưới dòng “Mã hồ sơ”.")
        )
        self.result = Body("")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_widget(self.result)
        self.finish()


class ReprintWizard(FlowScreen):
    """`pace`: the kiosk's one LookupPace, shared with "Tra cứu hồ sơ" (a fresh one when not given)."""

    def __init__(
        self,
        session: CitizenSession,
        print_receipt: Callable[[Receipt], Path],
        pace: LookupPace | None = None,
    ) -> None:
        super().__init__(tr("In biên nhận"))
        self.session = session
        self.print_receipt = print_receipt
        self.page = ReprintPage()
        self.frame.set_page(
            self.page, where=tr("In biên nhận"), next_text="🖨  " + tr("In biên nhận"), can_go_back=False
        )
        self.frame.next_button.setAccessibleDescription(tr("Tìm hồ sơ theo hai mã và in lại biên nhận"))
        self.lookup = SlipLookup(self.frame, session, pace or LookupPace())
        self.lookup.found.connect(self._print)
        self.lookup.attach(self.page)
        self.page.scanned.connect(self.accept_scan)
        apply_reading_order(self.frame)

    def accept_scan(self, text: str) -> None:
        """The receipt's QR code, shown to the scanner, fills both codes."""
        self.lookup.fill_from_scan(text)

    def _next(self) -> None:
        self.page.result.clear()
        self.lookup.look_up()

    def _print(self, dossier: Dossier) -> None:
        try:
            path = self.print_receipt(receipt_for(dossier))
        except OSError:
            self.page.error.show_message(tr("Chưa in được biên nhận. Vui lòng thử lại hoặc báo cán bộ."))
            self.page.error.setFocus()
            return
        self.page.result.setText(tr("Biên nhận đã được lưu thành tệp PDF tại:") + f"\n{path}")
