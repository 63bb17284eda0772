""" "In biên nhận": find a dossier by its code and lookup code, and print its receipt again."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.dossier_codes import is_dossier_code, is_lookup_code
from kiosk.i18n import tr
from kiosk.portal.models import Dossier
from kiosk.receipt.model import Receipt, parse_tracking_payload
from kiosk.ui import theme
from kiosk.ui.widgets import Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.portal_results import plain_message, receipt_for
from kiosk.wizards.reading_order import apply_reading_order
from kiosk.wizards.session import CitizenSession


class ReprintPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading(tr("In lại biên nhận")))
        layout.addWidget(Body(tr("Hai mã này in trên giấy hẹn, ngay dưới dòng “Mã hồ sơ”."), small=True))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        layout.addWidget(Body(tr("Mã hồ sơ")))
        self.code = QLineEdit()
        self.code.setAccessibleName(tr("Mã hồ sơ"))
        self.code.setAccessibleDescription(
            tr("Mã in trên giấy hẹn, ví dụ 000.00.01.H26-260930-0012; hoặc đưa mã QR trên giấy vào máy quét")
        )
        self.code.setPlaceholderText(tr("ví dụ 000.00.01.H26-260930-0012"))
        layout.addWidget(self.code)
        layout.addWidget(Body(tr("Mã tra cứu (6 ký tự)")))
        self.lookup = QLineEdit()
        self.lookup.setAccessibleName(tr("Mã tra cứu"))
        self.lookup.setAccessibleDescription(tr("6 chữ cái hoặc chữ số in trên giấy hẹn, ngay dưới mã hồ sơ"))
        self.lookup.setInputMethodHints(Qt.InputMethodHint.ImhUppercaseOnly)
        layout.addWidget(self.lookup)
        self.result = Body("")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setFocusProxy(self.code)

    def codes(self) -> tuple[str, str]:
        return re.sub(r"\s", "", self.code.text()).upper(), re.sub(r"\s", "", self.lookup.text()).upper()


class ReprintWizard(FlowScreen):
    def __init__(self, session: CitizenSession, print_receipt: Callable[[Receipt], Path]) -> None:
        super().__init__(tr("In biên nhận"))
        self.session = session
        self.print_receipt = print_receipt
        self.page = ReprintPage()
        self.frame.set_page(
            self.page, where=tr("In biên nhận"), next_text="🖨  " + tr("In biên nhận"), can_go_back=False
        )
        self.frame.next_button.setAccessibleDescription(tr("Tìm hồ sơ theo hai mã và in lại biên nhận"))
        apply_reading_order(self.frame)

    def accept_scan(self, text: str) -> None:
        """The receipt's QR code, shown to the scanner, fills both codes."""
        try:
            code, lookup = parse_tracking_payload(text)
        except ValueError:
            # The receipt model's reasons are Vietnamese only (the receipt is an official paper): say it here.
            self.page.error.show_message(
                tr(
                    "Mã QR này không phải mã trên giấy biên nhận hồ sơ, "
                    "hoặc đọc chưa đúng. Vui lòng quét lại."
                )
            )
            self.page.error.setFocus()
            return
        self.page.code.setText(code)
        self.page.lookup.setText(lookup)
        self.page.error.clear_message()

    def _next(self) -> None:
        code, lookup = self.page.codes()
        if not is_dossier_code(code):
            self.page.error.show_message(tr("Mã hồ sơ chưa đúng. Mã có dạng 000.00.01.H26-260930-0012."))
            self.page.error.setFocus()
            return
        if not is_lookup_code(lookup):
            self.page.error.show_message(tr("Mã tra cứu gồm 6 chữ cái hoặc chữ số in trên giấy hẹn."))
            self.page.error.setFocus()
            return
        self.page.error.clear_message()
        self.frame.set_busy(True, tr("Đang tìm hồ sơ…"))

        def done(dossier: Dossier) -> None:
            self.frame.set_busy(False)
            try:
                path = self.print_receipt(receipt_for(dossier))
            except OSError:
                self.page.error.show_message(tr("Chưa in được biên nhận. Vui lòng thử lại hoặc báo cán bộ."))
                self.page.error.setFocus()
                return
            self.page.result.setText(tr("Biên nhận đã được lưu thành tệp PDF tại:") + f"\n{path}")

        def failed(exc: Exception) -> None:
            self.frame.set_busy(False)
            self.page.error.show_message(plain_message(exc))
            self.page.error.setFocus()

        run_in_background(lambda: self.session.portal.get_dossier(code, lookup), done, failed, owner=self)
