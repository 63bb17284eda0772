""" "In biên nhận": find a dossier by its code and lookup code (or, at a desk, pick it from this machine's
journal), and print its receipt again on the kiosk's printer; at a desk, a PDF copy on demand."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt

from kiosk.domain.lookup_pace import LookupPace
from kiosk.domain.procedures import Procedure
from kiosk.i18n import procedure_text, tr
from kiosk.portal.models import Dossier
from kiosk.store.journal import JournalEntry
from kiosk.ui.widgets import BigButton, Body
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.portal_results import receipt_for
from kiosk.wizards.printing import ReceiptPrinting
from kiosk.wizards.reading_order import apply_reading_order, refresh_reading_order
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.slip_lookup import CodeEntryPage, SlipLookup

JOURNAL_SHOWN = 12  # the newest dossiers of this machine offered at a desk


class ReprintPage(CodeEntryPage):
    def __init__(self) -> None:
        super().__init__(
            tr("In lại biên nhận"),
            tr("Gõ hai mã in trên giấy hẹn: Mã hồ sơ và Mã tra cứu, hoặc đưa mã QR trên giấy vào máy quét."),
        )
        self.result = Body("")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_widget(self.result)
        self.pdf_button: BigButton | None = None
        self.journal_buttons: dict[str, BigButton] = {}

    def offer_pdf(self) -> BigButton:
        self.pdf_button = BigButton(
            tr("Lưu bản PDF"),
            name=tr("Lưu bản PDF"),
            description=tr("Tìm hồ sơ theo hai mã và lưu biên nhận thành tệp PDF trên máy này"),
        )
        self.add_widget(self.pdf_button)
        return self.pdf_button

    def offer_journal(self, entries: Sequence[tuple[str, str]]) -> None:
        """(dossier code, label): the newest dossiers filed on this machine, to reprint with one tap."""
        if not entries:
            return
        self.add_widget(Body(tr("Hoặc chọn hồ sơ đã nộp ở máy này:")))
        for code, label in entries:
            button = BigButton(label, name=label, description=tr("In lại biên nhận của hồ sơ này"))
            self.journal_buttons[code] = button
            self.add_widget(button)


class ReprintWizard(FlowScreen):
    """`pace`: the kiosk's one LookupPace, shared with "Tra cứu hồ sơ" (a fresh one when not given).

    At a desk (`journal` given) the newest dossiers of this machine are listed; their lookup codes come
    sealed from the journal (`lookup_code_of`), so the volunteer needs no slip. A kiosk lists nothing: the
    next visitor must not reprint someone else's receipt. `offer_pdf` adds "Lưu bản PDF" (a desk's copy).
    """

    def __init__(
        self,
        session: CitizenSession,
        printing: ReceiptPrinting,
        pace: LookupPace | None = None,
        *,
        catalog: Mapping[str, Procedure] | None = None,
        journal: Sequence[JournalEntry] = (),
        lookup_code_of: Callable[[str], str | None] | None = None,
        offer_pdf: bool = False,
    ) -> None:
        super().__init__(tr("In biên nhận"))
        self.session = session
        self.printing = printing
        self.catalog = dict(catalog or {})
        self.lookup_code_of = lookup_code_of
        self._as_pdf = False
        self.page = ReprintPage()
        self.frame.set_page(
            self.page, where=tr("In biên nhận"), next_text="🖨  " + tr("In biên nhận"), can_go_back=False
        )
        self.frame.next_button.setAccessibleDescription(tr("Tìm hồ sơ theo hai mã và in lại biên nhận"))
        if offer_pdf:
            self.page.offer_pdf().clicked.connect(self._save_pdf)
        if lookup_code_of is not None:
            self._list_journal(journal)
        self.page.finish()
        self.lookup = SlipLookup(self.frame, session, pace or LookupPace())
        self.lookup.found.connect(self._found)
        self.lookup.attach(self.page)
        self.page.scanned.connect(self.accept_scan)
        apply_reading_order(self.frame)

    def _list_journal(self, journal: Sequence[JournalEntry]) -> None:
        entries = []
        for entry in list(journal)[:JOURNAL_SHOWN]:
            procedure = self.catalog.get(entry.procedure_code)
            name = procedure_text(procedure.name) if procedure is not None else entry.procedure_code
            when = entry.received_at.strftime("%H:%M %d/%m")
            entries.append((entry.dossier_code, f"{entry.dossier_code}\n{name} · {when}"))
        self.page.offer_journal(entries)
        for code, button in self.page.journal_buttons.items():
            button.clicked.connect(lambda _=False, code=code: self._from_journal(code))

    def accept_scan(self, text: str) -> None:
        """The receipt's QR code, shown to the scanner, fills both codes."""
        self.lookup.fill_from_scan(text)

    def _next(self) -> None:
        self._as_pdf = False
        self.page.result.clear()
        self.lookup.look_up()

    def _save_pdf(self) -> None:
        self._as_pdf = True
        self.page.result.clear()
        self.lookup.look_up()

    def _from_journal(self, code: str) -> None:
        lookup = self.lookup_code_of(code) if self.lookup_code_of is not None else None
        if not lookup:
            self.page.fill(code, "")
            self.page.error.show_message(
                tr("Máy này không còn giữ mã tra cứu của hồ sơ này. Vui lòng nhập mã tra cứu trên giấy hẹn.")
            )
            self.page.lookup.setFocus()
            return
        self.page.fill(code, lookup)
        self._next()

    def _found(self, dossier: Dossier) -> None:
        receipt = receipt_for(dossier, self.catalog.get(dossier.procedure_code))
        if self._as_pdf:
            self.frame.set_busy(True, tr("Đang lưu tệp PDF…"))
            self.printing.save_pdf(receipt, owner=self.page, done=self._done, problem=self._pdf_problem)
            return
        self.frame.set_busy(True, tr("Đang in biên nhận…"))
        self.printing.print(receipt, owner=self.page, done=self._done, problem=self._problem)

    def _pdf_problem(self, _message: str) -> None:
        self._problem(tr("Chưa lưu được tệp PDF. Vui lòng thử lại hoặc báo cán bộ."))

    def _done(self, what: str) -> None:
        self.frame.set_busy(False)
        self.page.error.clear_message()
        self.page.result.setText(what)
        refresh_reading_order(self.frame)

    def _problem(self, message: str) -> None:
        self.frame.set_busy(False)
        self.frame.next_button.setText("🖨  " + tr("In lại"))
        self.frame.next_button.setAccessibleName(tr("In lại"))
        self.page.error.show_message(message)
        self.page.error.setFocus()
