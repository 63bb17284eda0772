"""A dossier's history as a large vertical timeline, in plain words: when, then what happened.

The portal writes a status code and a short note for each step; the screen says each code it knows in
its own plain words (kiosk/portal/statuses.py lists them), and the portal's note for one it does not.
Steps go from the first (top) to the newest (bottom), which is marked "Bây giờ" and stands out.
`Step.sentence()` is how "Đọc to" says a step: the day and time first, then what happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.dates import format_date
from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.i18n import tr
from kiosk.portal import statuses
from kiosk.portal.models import Delivery, Dossier
from kiosk.ui import theme
from kiosk.ui.widgets import Body
from kiosk.wizards.confirmation_page import weekday_text

RAIL_PX = 72  # the column the line and the dots are drawn in (at 1920x1080)
DOT_PX = 26
CURRENT_DOT_PX = 40
LINE_PX = 6


def _grown(reference_px: float) -> int:
    """The rail and its dots grow with the text ("A+"), as the words beside them do."""
    return theme.scale().px(reference_px * theme.text_factor())


def status_words(status: str, note: str, delivery: Delivery) -> tuple[str, str]:
    """(what happened in plain words, the portal's note when it says more than the words do)."""
    if status == statuses.RECEIVED:
        return tr("Cơ quan đã nhận hồ sơ"), ""
    if status == statuses.IN_REVIEW:
        return tr("Cán bộ đang xem xét hồ sơ"), ""
    if status == statuses.RESULT_READY:
        if delivery == "post":
            return tr("Đã có kết quả — bưu điện sẽ mang đến cho ông/bà"), ""
        return tr("Đã có kết quả — mời ông/bà đến Bộ phận Một cửa để nhận"), ""
    if status == statuses.RETURNED:
        return tr("Đã trả kết quả"), ""
    if status == statuses.PAID:
        return tr("Đã nộp lệ phí"), ""
    if status == statuses.NEEDS_SUPPLEMENT:
        return tr("Hồ sơ cần bổ sung giấy tờ — mời ông/bà liên hệ Bộ phận Một cửa"), _portal_note(note)
    if status == statuses.REFUSED:
        return tr("Cơ quan không giải quyết được hồ sơ — mời ông/bà liên hệ Bộ phận Một cửa"), _portal_note(
            note
        )
    return note.strip() or tr("Hồ sơ có thay đổi"), ""


def _portal_note(note: str) -> str:
    return tr("Lời nhắn của cơ quan: {note}", note=note.strip()) if note.strip() else ""


@dataclass(frozen=True)
class Step:
    """One step of the history, ready to show: Vietnam time, plain words, and the portal's note."""

    at: datetime
    what: str
    detail: str = ""
    status: str = ""  # the portal's code for it

    def when_text(self) -> str:
        """On screen: "Thứ Năm, 12/03/2026 · 09:15"."""
        at = self.at
        return f"{weekday_text(at.date())}, {format_date(at)} · {at.hour:02d}:{at.minute:02d}"

    def sentence(self) -> str:
        """Read aloud: "Thứ Năm, ngày 12/03/2026, lúc 9 giờ 15 phút: Cơ quan đã nhận hồ sơ."."""
        at = self.at
        weekday, day = weekday_text(at.date()), format_date(at)
        if at.minute:
            when = tr(
                "{weekday}, ngày {date}, lúc {hour} giờ {minute} phút",
                weekday=weekday,
                date=day,
                hour=at.hour,
                minute=at.minute,
            )
        else:
            when = tr("{weekday}, ngày {date}, lúc {hour} giờ", weekday=weekday, date=day, hour=at.hour)
        said = f"{when}: {self.what.rstrip('.')}."
        return f"{said} {self.detail.rstrip('.')}." if self.detail else said


def steps_of(dossier: Dossier) -> list[Step]:
    """The dossier's history, oldest first, in Vietnam time and plain words."""
    events = sorted(dossier.history, key=lambda event: _vietnam(event.at))
    result = []
    for event in events:
        what, detail = status_words(event.status, event.note, dossier.delivery)
        result.append(Step(_vietnam(event.at), what, detail, event.status))
    return result


def _vietnam(at: datetime) -> datetime:
    return at.replace(tzinfo=VIETNAM_TZ) if at.tzinfo is None else at.astimezone(VIETNAM_TZ)


class _StepRow(QWidget):
    """One step: a dot on the line at the left, the day and time, then what happened in large words."""

    def __init__(self, step: Step, *, first: bool, last: bool, current: bool) -> None:
        super().__init__()
        self.first, self.last, self.current = first, last, current
        s = theme.scale()
        layout = self._layout = QVBoxLayout(self)
        pad = s.px(12)
        layout.setContentsMargins(_grown(RAIL_PX) + pad, pad, pad, pad + (0 if last else s.px(8)))
        layout.setSpacing(s.px(4))
        self.when = Body(
            ("▶  " + tr("Bây giờ") + "  ·  " if self.current else "") + step.when_text(), small=True
        )
        when_font = theme.small_font()
        when_font.setBold(True)
        self.when.setFont(when_font)
        layout.addWidget(self.when)
        self.what = Body(step.what)
        if self.current:
            what_font = theme.body_font()
            what_font.setBold(True)
            self.what.setFont(what_font)
        self.what.setAccessibleName(step.sentence())
        layout.addWidget(self.what)
        self.detail: QLabel | None = None
        if step.detail:
            self.detail = Body(step.detail, small=True)
            layout.addWidget(self.detail)
        self.setObjectName("currentStep" if self.current else "step")

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        s = theme.scale()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = _grown(RAIL_PX) / 2
        dot_y = self.when.geometry().center().y()
        line = QPen(QColor(colours.outline), s.px(LINE_PX))
        line.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(line)
        top = 0.0 if not self.first else float(dot_y)
        bottom = float(self.height()) if not self.last else float(dot_y)
        if bottom > top:
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if self.current:
            # The step the dossier is at: a card behind its words, and a large ringed dot.
            card = QRectF(self._layout.contentsRect()).adjusted(-s.px(12), -s.px(6), s.px(12), s.px(6))
            painter.setPen(QPen(QColor(colours.primary), s.px(theme.BORDER_PX)))
            painter.setBrush(QColor(colours.field))
            painter.drawRoundedRect(card, s.px(theme.RADIUS_PX), s.px(theme.RADIUS_PX))
            radius = _grown(CURRENT_DOT_PX) / 2
            painter.setPen(QPen(QColor(colours.ink), s.px(3)))
            painter.setBrush(QColor(colours.primary))
            painter.drawEllipse(QPointF(x, dot_y), radius, radius)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.primary_ink))
            painter.drawEllipse(QPointF(x, dot_y), radius / 3, radius / 3)
        else:
            radius = _grown(DOT_PX) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.outline))
            painter.drawEllipse(QPointF(x, dot_y), radius, radius)
            tick = QPen(QColor(colours.paper), s.px(4))  # a step done: a tick in the dot
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(tick)
            r = radius * 0.5
            painter.drawPolyline(
                [QPointF(x - r, dot_y), QPointF(x - r / 3, dot_y + r * 0.7), QPointF(x + r, dot_y - r * 0.6)]
            )
        painter.end()


class Timeline(QWidget):
    """The steps one under another on a line, the newest last; the step the dossier is at now (its
    status, not a later note such as "Đã nộp lệ phí") is marked "Bây giờ"."""

    def __init__(self, steps: list[Step], status: str = "") -> None:
        super().__init__()
        self.steps = list(steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        at_status = [index for index, step in enumerate(steps) if status and step.status == status]
        current = at_status[-1] if at_status else len(steps) - 1
        self.rows = [
            _StepRow(step, first=index == 0, last=index == len(steps) - 1, current=index == current)
            for index, step in enumerate(steps)
        ]
        for row in self.rows:
            layout.addWidget(row)
        self.setAccessibleName(tr("Các bước của hồ sơ"))

    def sentences(self) -> list[str]:
        """Each step as "Đọc to" says it, oldest first."""
        return [step.sentence() for step in self.steps]
