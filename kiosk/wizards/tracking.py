""" "Tra cứu hồ sơ": the slip's QR code (or its two codes typed) shows where a dossier is, as a large
timeline in plain words that "Đọc to" reads a step at a time; and, once, how satisfied the person is.

Step 1 asks for the codes (kiosk/wizards/slip_lookup.py: the same boxes as "In biên nhận", and the
same kiosk-wide pace after wrong codes). A scanned slip looks up at once. Step 2 is the timeline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.dates import format_date
from kiosk.domain.lookup_pace import LookupPace
from kiosk.i18n import procedure_text, tr
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Dossier
from kiosk.ui import theme
from kiosk.ui.speech import spoken_text
from kiosk.ui.widgets import Body, Heading
from kiosk.wizards.confirmation_page import weekday_text
from kiosk.wizards.frame import FlowScreen
from kiosk.wizards.rating import RatingPanel
from kiosk.wizards.reading_order import apply_reading_order
from kiosk.wizards.review_page import money_text, payment_state_text
from kiosk.wizards.session import CitizenSession
from kiosk.wizards.slip_lookup import CodeEntryPage, SlipLookup
from kiosk.wizards.timeline import Timeline, status_words, steps_of

WIDE_TEXT_FACTOR = 1.4  # from this text size up ("A+" twice), the timeline page is one column


class TrackingCodePage(CodeEntryPage):
    def __init__(self) -> None:
        super().__init__(
            tr("Tra cứu hồ sơ"),
            tr("Hoặc gõ hai mã in trên giấy hẹn: Mã hồ sơ và Mã tra cứu."),
            scan_message=tr("Đưa mã QR trên giấy biên nhận vào máy quét"),
        )
        self.finish()


def facts(dossier: Dossier) -> list[tuple[str, str]]:
    """(label, value) under the "Bây giờ" line: the appointment, where the result comes, the fee."""
    day = dossier.appointment_on
    rows = [
        (
            tr("Ngày hẹn trả kết quả"),
            tr("{weekday}, ngày {date}", weekday=weekday_text(day), date=format_date(day)),
        ),
        (
            tr("Nơi nhận kết quả"),
            tr("Bưu điện mang đến nhà") if dossier.delivery == "post" else tr("Nhận tại Bộ phận Một cửa"),
        ),
    ]
    if dossier.fee > 0:
        rows.append((tr("Lệ phí"), money_text(dossier.fee)))
        rows.append((tr("Thanh toán"), payment_state_text(dossier.payment_status == "paid")))
    return rows


class TimelinePage(QWidget):
    """Where the dossier is now, its appointment and fee, every step so far, and (once) the rating."""

    def __init__(self, dossier: Dossier, portal: PortalClient) -> None:
        super().__init__()
        s = theme.scale()
        self.dossier = dossier
        # Two columns; with very large text, one (the page scrolls rather than squeeze the words).
        across = theme.text_factor() < WIDE_TEXT_FACTOR
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom)
        self.setLayout(outer)
        outer.setSpacing(s.px(64))
        left = QVBoxLayout()
        left.setSpacing(s.px(12))
        self.title = Heading(procedure_text(dossier.procedure_name))
        left.addWidget(self.title)
        self.code = Body(tr("Mã hồ sơ: {code}", code=dossier.code))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.code)
        self.steps = steps_of(dossier)
        # Where the dossier is: its status, not the newest event (a fee paid later is not a step).
        at_status = [step for step in self.steps if step.status == dossier.status]
        now = at_status[-1].what if at_status else status_words(dossier.status, "", dossier.delivery)[0]
        self.now = Heading(tr("Bây giờ: {what}", what=now))
        self.now.setObjectName("nowLine")
        left.addWidget(self.now)
        self.steps_title = Body(tr("Các bước của hồ sơ:"))
        left.addWidget(self.steps_title)
        self.timeline = Timeline(self.steps, dossier.status)
        left.addWidget(self.timeline)
        left.addStretch(1)
        outer.addLayout(left, 5)
        # Beside the timeline: when and where the result comes, the fee, and (once) the rating.
        right = QVBoxLayout()
        right.setSpacing(s.px(24))
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.px(24))
        grid.setVerticalSpacing(s.px(8))
        self.facts = facts(dossier)
        for row, (label, value) in enumerate(self.facts):
            key = Body(label + ":", small=True)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAccessibleName(f"{label}: {value}")
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1)
        grid.setColumnStretch(1, 1)
        right.addLayout(grid)
        self.rating: RatingPanel | None = None
        if not dossier.rated:
            self.rating = RatingPanel(portal, dossier.code, dossier.lookup_code)
            right.addWidget(self.rating)
        right.addStretch(1)
        outer.addLayout(right, 4)

    def spoken_text(self) -> str:
        """ "Đọc to": the dossier, where it is now, the facts, then each step as a sentence (the day
        and time, then what happened), then the rating question."""
        parts = [self.title.text(), self.code.text(), self.now.text()]
        parts += [f"{label}: {value}" for label, value in self.facts]
        parts.append(self.steps_title.text())
        parts += self.timeline.sentences()
        if self.rating is not None:
            parts.append(spoken_text(self.rating))
        return " ".join(_sentence(part) for part in parts if part.strip())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1] in ".?!…:" else text + "."


class TrackingWizard(FlowScreen):
    """`pace`: the kiosk's one LookupPace (shared with "In biên nhận"; a fresh one when not given)."""

    def __init__(self, session: CitizenSession, pace: LookupPace | None = None) -> None:
        super().__init__(tr("Tra cứu hồ sơ"))
        self.session = session
        self.lookup = SlipLookup(self.frame, session, pace or LookupPace())
        self.lookup.found.connect(self._show_dossier)
        self.dossier: Dossier | None = None
        back = self.frame.back_button
        self._back_words = (back.text(), back.accessibleName(), back.accessibleDescription())
        self._ask()

    @property
    def page(self) -> QWidget | None:
        return self.frame.page()

    def _ask(self) -> None:
        self.dossier = None
        page = TrackingCodePage()
        page.scanned.connect(self.accept_scan)
        self.frame.set_page(
            page, where=tr("Tra cứu hồ sơ"), next_text=tr("Tra cứu") + "  ›", can_go_back=False
        )
        self.frame.next_button.setAccessibleName(tr("Tra cứu"))
        self.frame.next_button.setAccessibleDescription(tr("Tìm hồ sơ theo hai mã và xem hồ sơ đã đến đâu"))
        text, name, description = self._back_words
        self.frame.back_button.setText(text)
        self.frame.back_button.setAccessibleName(name)
        self.frame.back_button.setAccessibleDescription(description)
        self.lookup.attach(page)
        apply_reading_order(self.frame)

    def accept_scan(self, text: str) -> None:
        """The slip's QR code: both codes filled and looked up at once (on the timeline too: another
        slip shown to the scanner is looked up in its place)."""
        if self.frame.busy:
            return
        if not isinstance(self.page, TrackingCodePage):
            self._ask()
        if self.lookup.fill_from_scan(text):
            self.lookup.look_up()

    def _next(self) -> None:
        if isinstance(self.page, TrackingCodePage):
            self.lookup.look_up()
        else:
            self.finished.emit()

    def _back(self) -> None:
        if not isinstance(self.page, TrackingCodePage):
            self._ask()

    def _show_dossier(self, dossier: Dossier) -> None:
        self.lookup.detach()
        self.dossier = dossier
        page = TimelinePage(dossier, self.session.portal)
        self.frame.set_page(
            page, where=tr("Tra cứu hồ sơ"), next_text=tr("Xong, về trang chủ"), can_go_back=True
        )
        self.frame.next_button.setAccessibleDescription(
            tr("Kết thúc, xoá thông tin của bạn khỏi máy và trở về màn hình đầu")
        )
        self.frame.back_button.setText("‹  " + tr("Tra cứu hồ sơ khác"))
        self.frame.back_button.setAccessibleName(tr("Tra cứu hồ sơ khác"))
        self.frame.back_button.setAccessibleDescription(
            tr("Tra cứu một hồ sơ khác bằng giấy hẹn của hồ sơ đó")
        )
        apply_reading_order(self.frame)

    def forget(self) -> None:
        """The visit ends: the dossier shown is dropped with the screen."""
        self.dossier = None
