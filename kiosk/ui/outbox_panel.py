"""What the desk sees of its outbox: how many dossiers wait, the last problem in plain words, and
"Gửi lại ngay". No personal data: a waiting dossier is its local reference, procedure and time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.workdays import VIETNAM_TZ
from kiosk.i18n import tr
from kiosk.store.outbox import OutboxEntry, OutboxState
from kiosk.ui.overlay import Overlay
from kiosk.ui.widgets import BigButton, Body, Heading


def state_words(state: OutboxState) -> str:
    if state is OutboxState.WAITING:
        return tr("Đang chờ gửi lại")
    if state is OutboxState.SENDING:
        return tr("Đang gửi (hoặc chưa rõ đã tới chưa)")
    if state is OutboxState.REJECTED:
        return tr("Cổng không nhận: cần sửa")
    return tr("Đã gửi")


def outbox_summary(entries: list[OutboxEntry]) -> str:
    """One line for the toolbar, "" when nothing waits."""
    if not entries:
        return ""
    return tr("📤 {n} hồ sơ chờ gửi", n=len(entries))


class OutboxPanel(Overlay):
    """Lists the dossiers not yet delivered; "Gửi lại ngay" asks the sender to try them now."""

    resend = Signal()
    fix = Signal(str)  # a refused dossier's reference: reopen it for the citizen to correct

    def __init__(
        self,
        parent: QWidget,
        entries: Callable[[], list[OutboxEntry]],
        delivered: Callable[[], list[OutboxEntry]] = list,
    ) -> None:
        super().__init__(parent, width_px=1200)
        self._entries = entries
        self._delivered = delivered
        self.title = Heading()
        self.body.addWidget(self.title)
        self.rows = QWidget()
        self.body.addWidget(self.rows)
        self.resend_button = BigButton("", primary=True)
        self.close_button = BigButton("")
        self.resend_button.clicked.connect(self._resend)
        self.close_button.clicked.connect(self.close_overlay)
        self.body.addWidget(self.resend_button)
        self.body.addWidget(self.close_button)
        self.lines: list[QWidget] = []

    def open(self) -> None:
        self.refresh()
        super().open()
        self.resend_button.setFocus()

    def refresh(self) -> None:
        for line in self.lines:
            self.body.removeWidget(line)
            line.deleteLater()
        self.lines = []
        entries = self._entries()
        self.title.setText(
            tr("Hồ sơ chờ gửi: {n}", n=len(entries)) if entries else tr("Không có hồ sơ nào chờ gửi")
        )
        for entry in entries:
            when = entry.created_at.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m")
            text = tr(
                "{ref} · thủ tục {procedure} · nộp lúc {when} · {state} · đã thử {n} lần",
                ref=entry.local_ref,
                procedure=entry.procedure_code,
                when=when,
                state=state_words(entry.state),
                n=entry.attempts,
            )
            if entry.last_error:
                text += "\n" + tr("Lỗi gần nhất: {error}", error=tr(entry.last_error))
            line = Body(text, small=True)
            self.body.insertWidget(2 + len(self.lines), line)
            self.lines.append(line)
            if entry.state is OutboxState.REJECTED:
                fix = BigButton(
                    tr("Sửa hồ sơ {ref}", ref=entry.local_ref),
                    name=tr("Sửa hồ sơ {ref}", ref=entry.local_ref),
                    description=tr("Mở lại hồ sơ bị từ chối để người dân sửa và nộp lại (cần đăng nhập)"),
                )
                fix.clicked.connect(lambda _=False, ref=entry.local_ref: self.fix.emit(ref))
                self.body.insertWidget(2 + len(self.lines), fix)
                self.lines.append(fix)
        done = self._delivered()
        if done:  # a person back with a waiting slip gets the dossier code from here
            heading = Body(tr("Đã gửi trong 7 ngày qua:"))
            self.body.insertWidget(2 + len(self.lines), heading)
            self.lines.append(heading)
            for entry in done:
                line = Body(
                    tr(
                        "{ref} → mã hồ sơ {code}, mã tra cứu {lookup}",
                        ref=entry.local_ref,
                        code=entry.dossier_code or "",
                        lookup=entry.lookup_code or "",
                    ),
                    small=True,
                )
                self.body.insertWidget(2 + len(self.lines), line)
                self.lines.append(line)
        self.resend_button.setText(tr("Gửi lại ngay"))
        self.resend_button.setAccessibleName(tr("Gửi lại ngay"))
        self.resend_button.setAccessibleDescription(tr("Thử gửi ngay các hồ sơ đang chờ"))
        self.resend_button.setEnabled(bool(entries))
        self.close_button.setText(tr("Đóng"))
        self.close_button.setAccessibleName(tr("Đóng"))
        self.close_button.setAccessibleDescription(tr("Đóng danh sách hồ sơ chờ gửi"))

    def _resend(self) -> None:
        self.resend.emit()
