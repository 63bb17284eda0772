"""The first screen: what would you like to do? (and, for a visitor, which language)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.i18n import LANGUAGES, language, tr
from kiosk.ui import theme
from kiosk.ui.touch import swipe_to_scroll
from kiosk.ui.widgets import BigButton, Body, Heading


class HomeScreen(QWidget):
    create_account = Signal()
    file_dossier = Signal()
    reprint = Signal()
    track = Signal()
    language_chosen = Signal(str)
    resume_draft = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        s = theme.scale()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # At the largest text step the choices may not fit: the screen scrolls rather than squeezes them.
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        swipe_to_scroll(area)
        content = QWidget()
        area.setWidget(content)
        outer.addWidget(area)
        layout = QVBoxLayout(content)
        margin = s.px(theme.MARGIN_PX) * 2
        layout.setContentsMargins(margin, theme.gap(), margin, margin)
        layout.setSpacing(theme.gap())
        self.buttons: dict[str, BigButton] = {}
        top = QHBoxLayout()
        top.setSpacing(theme.gap())
        title = Heading(tr("Dịch vụ công trực tuyến"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(title, 1)
        # Each language is offered in its own words, so a visitor finds theirs without reading ours.
        for code, name in LANGUAGES.items():
            if code == language():
                continue
            button = BigButton(name, link=True, name=name, description=tr("Đổi ngôn ngữ của màn hình"))
            button.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            self.buttons[f"language:{code}"] = button
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        hello = Body(tr("Xin chào! Bạn cần làm gì hôm nay? Chạm vào một nút bên dưới."))
        hello.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hello)
        # The two things done before a visit (make an account, file) one per row; the two about a dossier
        # already filed side by side, so all four fit on one screen without scrolling.
        after = QHBoxLayout()
        after.setSpacing(theme.gap())
        for key, text, detail, signal, row in (
            ("account", tr("Tạo tài khoản"), tr("Lần đầu dùng dịch vụ công"), self.create_account, None),
            ("dossier", tr("Nộp hồ sơ"), tr("Ví dụ: đăng ký khai sinh cho cháu bé"), self.file_dossier, None),
            ("track", tr("Tra cứu hồ sơ"), tr("Xem hồ sơ đã nộp đang đến đâu"), self.track, after),
            ("reprint", tr("In biên nhận"), tr("In lại giấy hẹn của hồ sơ đã nộp"), self.reprint, after),
        ):
            button = BigButton(f"{text}\n{detail}", primary=key == "dossier", name=text, description=detail)
            button.setProperty("choice", "home")
            button.clicked.connect(signal)
            self.buttons[key] = button
            if row is None:
                layout.addWidget(button)
            else:
                row.addWidget(button, 1)
        layout.addLayout(after)
        self._layout = layout
        layout.addStretch(1)

    def offer_drafts(self, drafts: list[tuple[str, str]]) -> None:
        """At a desk or on a laptop: dossiers left unfinished (a crash, a flat battery), named only by
        procedure and time — whose they are shows once the volunteer opens one and the citizen logs in."""
        if not drafts:
            return
        self._layout.insertWidget(self._layout.count() - 1, Body(tr("Hồ sơ đang làm dở trên máy này:")))
        for draft_id, label in drafts:
            button = BigButton(label, name=label, description=tr("Mở lại hồ sơ này; người dân cần đăng nhập"))
            button.clicked.connect(lambda _=False, d=draft_id: self.resume_draft.emit(d))
            self.buttons[f"draft:{draft_id}"] = button
            self._layout.insertWidget(self._layout.count() - 1, button)
