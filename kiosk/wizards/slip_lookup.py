"""Finding a dossier by the two codes on its slip, typed into two boxes or read from the slip's QR code
(a 2D scanner or the camera). "Tra cứu hồ sơ" and "In biên nhận" both start here.

- `CodeEntryPage`: the two boxes (Mã hồ sơ, Mã tra cứu), the error, and the wait after wrong tries.
- `codes_from_slip(text)` and `codes_problem(code, lookup)`: what a scanned QR holds, and what is wrong
  with typed codes, in words for the screen.
- `SlipLookup`: asks the portal on a worker, at the pace this kiosk allows (kiosk/domain/lookup_pace.py):
  after repeated wrong codes "Tra cứu" waits, counting down, before it can be pressed again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from kiosk.domain.dossier_codes import is_dossier_code, is_lookup_code
from kiosk.domain.lookup_pace import LookupPace
from kiosk.i18n import tr
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import Dossier
from kiosk.receipt.model import parse_tracking_payload
from kiosk.ui import camera, theme
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.frame import WizardFrame
from kiosk.wizards.portal_results import plain_message
from kiosk.wizards.session import CitizenSession

TICK_MS = 250  # how often the countdown looks at the clock (it shows whole seconds)


def wait_text(seconds: int) -> str:
    """ "40 giây"; from a minute on, whole minutes a person can picture: "khoảng 5 phút"."""
    if seconds < 60:
        return tr("{n} giây", n=seconds)
    return tr("khoảng {n} phút", n=(seconds + 59) // 60)


def codes_from_slip(text: str) -> tuple[str, str]:
    """(dossier code, lookup code) from the slip's QR text; ValueError with words for the screen."""
    try:
        return parse_tracking_payload(text)
    except ValueError:
        # The receipt model's reasons are Vietnamese only (the receipt is an official paper): say it here.
        raise ValueError(
            tr("Mã QR này không phải mã trên giấy biên nhận hồ sơ, hoặc đọc chưa đúng. Vui lòng quét lại.")
        ) from None


def codes_problem(code: str, lookup: str) -> str:
    """What is wrong with the typed codes, in words for the screen; "" when both have the right shape."""
    if not code and not lookup:
        return tr("Vui lòng nhập hai mã in trên giấy hẹn, hoặc đưa mã QR trên giấy vào máy quét.")
    if not is_dossier_code(code):
        return tr("Mã hồ sơ chưa đúng. Mã có dạng 000.00.01.H26-260930-0012.")
    if not is_lookup_code(lookup):
        return tr("Mã tra cứu gồm 6 chữ cái hoặc chữ số in trên giấy hẹn.")
    return ""


class CodeEntryPage(QWidget):
    """The two codes on the slip, each in a big box; with `scan_message`, first a large line that says
    the slip's QR code can be shown to the scanner instead. Enter in the second box looks up."""

    submitted = Signal()  # Enter in "Mã tra cứu": the frame presses its main button
    scanned = Signal(str)  # the camera read a QR code (the 2D scanner goes through the kiosk instead)

    def __init__(self, title: str, hint: str, *, scan_message: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.scale().px(theme.SPACING_PX))
        layout.addWidget(Heading(title))
        if scan_message:
            scan = Heading("▣  " + scan_message)
            scan.setAccessibleName(scan_message)
            scan.setObjectName("scanMessage")
            layout.addWidget(scan)
        layout.addWidget(Body(hint))
        self.error = ErrorMessage()
        layout.addWidget(self.error)
        self.wait = Body("")
        self.wait.setObjectName("lookupWait")
        self.wait.hide()
        layout.addWidget(self.wait)
        # Side by side, each under its name: the long dossier code, then the six-character lookup code.
        boxes = QHBoxLayout()
        boxes.setSpacing(theme.gap())
        self.code = QLineEdit()
        self.code.setAccessibleName(tr("Mã hồ sơ"))
        self.code.setAccessibleDescription(
            tr("Mã in trên giấy hẹn, ví dụ 000.00.01.H26-260930-0012; hoặc đưa mã QR trên giấy vào máy quét")
        )
        self.code.setPlaceholderText(tr("ví dụ 000.00.01.H26-260930-0012"))
        self.code.setMaxLength(40)
        boxes.addLayout(_named(tr("Mã hồ sơ"), self.code), 3)
        self.lookup = QLineEdit()
        self.lookup.setAccessibleName(tr("Mã tra cứu"))
        self.lookup.setAccessibleDescription(tr("6 chữ cái hoặc chữ số in trên giấy hẹn, ngay dưới mã hồ sơ"))
        self.lookup.setInputMethodHints(Qt.InputMethodHint.ImhUppercaseOnly)
        self.lookup.setMaxLength(20)
        boxes.addLayout(_named(tr("Mã tra cứu (6 ký tự)"), self.lookup), 2)
        layout.addLayout(boxes)
        self.code.returnPressed.connect(self.lookup.setFocus)
        self.lookup.returnPressed.connect(self.submitted)
        self._layout = layout
        self._offer_camera()
        self.setFocusProxy(self.code)

    def add_widget(self, widget: QWidget) -> None:
        """Something the screen shows under the boxes (e.g. where the receipt was saved)."""
        self._layout.addWidget(widget)

    def finish(self) -> None:
        """Call once the screen has added its own widgets: the rest of the page stays empty below."""
        self._layout.addStretch(1)

    def codes(self) -> tuple[str, str]:
        return re.sub(r"\s", "", self.code.text()).upper(), re.sub(r"\s", "", self.lookup.text()).upper()

    def fill(self, code: str, lookup: str) -> None:
        self.code.setText(code)
        self.lookup.setText(lookup)
        self.error.clear_message()

    def show_wait(self, seconds: int) -> None:
        """ "Vui lòng chờ … giây": shown while the kiosk holds lookups; hidden at 0."""
        if seconds <= 0:
            self.wait.clear()
            self.wait.hide()
            return
        self.wait.setText("⏳  " + tr("Vui lòng chờ {time} rồi thử lại.", time=wait_text(seconds)))
        self.wait.show()

    def _offer_camera(self) -> None:
        """Where the kiosk has a camera, the slip's QR code can be shown to it too."""
        if not camera.camera_available():
            return
        button = BigButton(
            "📷  " + tr("Quét mã QR bằng máy ảnh"),
            name=tr("Quét mã QR bằng máy ảnh"),
            description=tr("Đưa mã QR trên giấy biên nhận trước máy ảnh để điền hai mã"),
        )

        def start(_: bool = False) -> None:
            scanner = camera.CameraScanner(self)  # stops with the page

            def read(text: str) -> None:
                scanner.stop()
                self.scanned.emit(text)

            scanner.scanned.connect(read)
            scanner.start()
            button.setText(tr("Đưa mã QR trên giấy biên nhận trước máy ảnh…"))

        button.clicked.connect(start)
        self._layout.addWidget(button)


def _named(name: str, box: QLineEdit) -> QVBoxLayout:
    """A text box under its name, close to it (the gap to the next box is larger)."""
    column = QVBoxLayout()
    column.setSpacing(theme.scale().px(8))
    column.addWidget(Body(name))
    column.addWidget(box)
    return column


class SlipLookup(QObject):
    """Looks a dossier up with the codes on a `CodeEntryPage`, on a worker, at the kiosk's pace.

    Wrong codes (the portal's 404) count on `pace`; a portal's "slow down" (429) holds it too. While the
    pace says wait, the frame's main button is disabled and the page counts the seconds down, also on
    a page opened later (the pace belongs to the kiosk, not to one visit).
    """

    found = Signal(object)  # the Dossier

    def __init__(self, frame: WizardFrame, session: CitizenSession, pace: LookupPace) -> None:
        super().__init__(frame)
        self.frame = frame
        self.session = session
        self.pace = pace
        self.page: CodeEntryPage | None = None
        self._button_text = ""  # the main button's words while lookups may go
        self._shown_wait = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def attach(self, page: CodeEntryPage) -> None:
        """`page` is on screen, in the frame: its codes are looked up, its wait shown."""
        self.page = page
        self._button_text = self.frame.next_button.text()
        self._shown_wait = 0
        self._tick()

    def detach(self) -> None:
        """The page leaves the screen: no countdown on a page that is gone."""
        self._timer.stop()
        self.page = None

    @property
    def waiting(self) -> bool:
        return self.pace.wait_left() > 0

    def fill_from_scan(self, text: str) -> bool:
        """The slip's QR code fills both boxes; anything else gets a message. True when filled."""
        page = self.page
        if page is None or self.frame.busy:
            return False
        try:
            code, lookup = codes_from_slip(text)
        except ValueError as exc:
            page.error.show_message(str(exc))
            page.error.setFocus()
            return False
        page.fill(code, lookup)
        return True

    def look_up(self) -> None:
        """Checks the codes' shape, then asks the portal; `found` is emitted with the dossier."""
        page = self.page
        if page is None or self.frame.busy:
            return
        code, lookup = page.codes()
        problem = codes_problem(code, lookup)
        if problem:
            self._show_error(problem)
            return
        if self.waiting:
            self._tick()
            return
        page.error.clear_message()
        self.frame.set_busy(True, tr("Đang tìm hồ sơ…"))
        run_in_background(
            lambda: self.session.portal.get_dossier(code, lookup), self._found, self._failed, owner=self.frame
        )

    def _found(self, dossier: Dossier) -> None:
        self.frame.set_busy(False)
        if self.page is not None:
            self.found.emit(dossier)

    def _failed(self, exc: Exception) -> None:
        self.frame.set_busy(False)
        if isinstance(exc, PortalRejected) and exc.status == 404:
            self.pace.missed()
            message = tr(
                "Không tìm thấy hồ sơ với hai mã này. "
                "Ông/bà vui lòng kiểm tra lại hai mã trên giấy hẹn (hoặc đưa mã QR vào máy quét)."
            )
        elif isinstance(exc, PortalRejected) and exc.status == 429:
            self.pace.hold(exc.retry_after)
            message = tr(
                "Máy đã tra cứu sai nhiều lần. Để giữ an toàn cho hồ sơ của mọi người, "
                "vui lòng chờ một lát rồi thử lại."
            )
        else:
            message = plain_message(exc)
        self._show_error(message)
        self._tick()

    def _show_error(self, message: str) -> None:
        if self.page is None:
            return
        self.page.error.show_message(message)
        self.page.error.setFocus()

    def _tick(self) -> None:
        """Shows the seconds left, and keeps the button disabled until they are over."""
        page = self.page
        if page is None or not isValid(page) or not isValid(self.frame):
            self._timer.stop()
            return
        left = self.pace.wait_left()
        button = self.frame.next_button
        if left > 0:
            if left != self._shown_wait:
                page.show_wait(left)
                button.setText("⏳  " + tr("Chờ {time}", time=wait_text(left)))
            button.setEnabled(False)
            self._timer.start()
        elif self._shown_wait:
            page.show_wait(0)
            button.setText(self._button_text)
            button.setEnabled(not self.frame.busy)
            self._timer.stop()
        self._shown_wait = left
