""" "Ông/bà có hài lòng không?": three large faces, each with its words, an optional comment, and one
rating per dossier sent to the portal. Used on the confirmation page and in "Tra cứu hồ sơ".

    panel = RatingPanel(session.portal, dossier.code, dossier.lookup_code)
    panel.rated.connect(...)  # the dossier has a rating now (this one, or one given before)

The faces are drawn, not emoji: a kiosk may have no emoji font, and a drawn face follows the palette.
A face is never alone: its words are on the button and are its accessible name.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import tr
from kiosk.portal.client import PortalClient
from kiosk.portal.errors import PortalRejected
from kiosk.portal.models import MAX_RATING_COMMENT, Rating, RatingCreate, RatingScore
from kiosk.ui import theme
from kiosk.ui.widgets import CHECKED_MARK, BigButton, Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.portal_results import plain_message

FACE_PX = 96  # the face's height at 1920x1080
Mood = Literal["happy", "neutral", "sad"]


class FaceButton(BigButton):
    """A large checkable button: a drawn face above its words ("Hài lòng")."""

    def __init__(self, mood: Mood, words: str, description: str) -> None:
        super().__init__(words, name=words, description=description)
        self.mood = mood
        self.setCheckable(True)

    def shown_text(self) -> str:
        """The words, with ✔ once chosen (the face already says it can be chosen: no ○)."""
        return f"{CHECKED_MARK}  {self.text()}" if self.isChecked() else self.text()

    def _face_px(self) -> int:
        return theme.scale().px(FACE_PX * theme.text_factor())

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(width) + self._face_px() + theme.scale().px(12)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option(None)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # the button, its border, no words
        colours = theme.colours()
        if not self.isEnabled():
            ink = colours.disabled_ink
        elif self.isChecked():
            ink = colours.checked_ink
        else:
            ink = colours.button_ink
        inside = self.contents_rect()
        face = self._face_px()
        lines = self.display_lines()
        text_height = len(lines) * self.fontMetrics().lineSpacing()
        gap = theme.scale().px(12)
        top = inside.top() + max(0, (inside.height() - face - gap - text_height) // 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_face(painter, QRectF(inside.center().x() - face / 2, top, face, face), self.mood, QColor(ink))
        painter.setPen(QColor(ink))
        painter.setFont(self.font())
        text_rect = QRectF(inside.left(), top + face + gap, inside.width(), text_height)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), "\n".join(lines)
        )
        painter.end()


def _draw_face(painter: QPainter, box: QRectF, mood: Mood, ink: QColor) -> None:
    """A round face: two eyes and a mouth that smiles, stays straight, or turns down."""
    size = box.width()
    pen = QPen(ink, max(2.0, size * 0.07))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen.widthF() / 2
    painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    eye = size * 0.07
    for dx in (-0.17, 0.17):
        painter.drawEllipse(QPointF(box.center().x() + dx * size, box.top() + size * 0.38), eye, eye)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    left, right = box.left() + size * 0.3, box.right() - size * 0.3
    y = box.top() + size * 0.66
    mouth = QPainterPath(QPointF(left, y))
    if mood == "happy":
        mouth.quadTo(QPointF(box.center().x(), y + size * 0.2), QPointF(right, y))
    elif mood == "sad":
        mouth.moveTo(left, y + size * 0.08)
        mouth.quadTo(QPointF(box.center().x(), y - size * 0.12), QPointF(right, y + size * 0.08))
    else:
        mouth.moveTo(left, y + size * 0.03)
        mouth.lineTo(right, y + size * 0.03)
    painter.drawPath(mouth)


class RatingPanel(QWidget):
    """Asks how satisfied the person is with this dossier's service, and sends it once.

    `rated` is emitted when the portal has a rating for the dossier: the one just sent, or (409) one
    given earlier. Then the panel says thank you and cannot send again. When the portal cannot be
    reached, the panel says so and the person can send again.
    """

    rated = Signal()

    def __init__(self, portal: PortalClient, dossier_code: str, lookup_code: str) -> None:
        super().__init__()
        self.portal = portal
        self.dossier_code = dossier_code
        self.lookup_code = lookup_code
        self.done = False
        s = theme.scale()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(s.px(16))
        self.question = Heading(tr("Ông/bà có hài lòng không?"))
        layout.addWidget(self.question)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(s.px(16))
        faces = QHBoxLayout()
        faces.setSpacing(theme.gap())
        self.faces: dict[RatingScore, FaceButton] = {}
        choices: list[tuple[RatingScore, Mood, str, str]] = [
            ("satisfied", "happy", tr("Hài lòng"), tr("Tôi hài lòng với việc giải quyết hồ sơ")),
            ("neutral", "neutral", tr("Bình thường"), tr("Tôi thấy bình thường")),
            ("dissatisfied", "sad", tr("Không hài lòng"), tr("Tôi không hài lòng")),
        ]
        for score, mood, words, description in choices:
            face = FaceButton(mood, words, description)
            face.setObjectName(f"face_{score}")
            face.toggled.connect(lambda on, chosen=face: self._only(chosen) if on else None)
            self.faces[score] = face
            faces.addWidget(face, 1)
        form.addLayout(faces)
        form.addWidget(Body(tr("Góp ý thêm (không bắt buộc)")))
        self.comment = QLineEdit()
        self.comment.setAccessibleName(tr("Góp ý thêm"))
        self.comment.setAccessibleDescription(tr("Không bắt buộc. Viết điều ông/bà muốn cơ quan biết"))
        self.comment.setMaxLength(MAX_RATING_COMMENT)
        self.send_button = BigButton(
            tr("Gửi đánh giá"), primary=True, description=tr("Gửi đánh giá của ông/bà tới cơ quan")
        )
        self.send_button.clicked.connect(self.send)
        self.comment.returnPressed.connect(self.send)
        send_row = QHBoxLayout()
        send_row.setSpacing(theme.gap())
        send_row.addWidget(self.comment, 1)
        send_row.addWidget(self.send_button)
        form.addLayout(send_row)
        self.error = ErrorMessage()
        form.addWidget(self.error)
        layout.addWidget(self.form)
        self.thanks = Heading("")
        self.thanks.hide()
        layout.addWidget(self.thanks)
        layout.addStretch(1)

    def _only(self, chosen: FaceButton) -> None:
        """One face at a time. Not a QButtonGroup: Tab skips the other buttons of an exclusive group,
        and a keyboard or switch user must reach every face."""
        for face in self.faces.values():
            if face is not chosen:
                face.setChecked(False)

    def chosen(self) -> RatingScore | None:
        for score, face in self.faces.items():
            if face.isChecked():
                return score
        return None

    def send(self) -> None:
        """Sends the chosen face and the comment on a worker; a face must be chosen first."""
        if self.done or not self.send_button.isEnabled():
            return
        score = self.chosen()
        if score is None:
            self.error.show_message(
                tr("Vui lòng chạm vào một trong ba khuôn mặt để chọn, rồi bấm “Gửi đánh giá”.")
            )
            self.error.setFocus()
            return
        comment = unicodedata.normalize("NFC", self.comment.text()).strip()[:MAX_RATING_COMMENT]
        rating = RatingCreate(score=score, comment=comment)
        self.error.clear_message()
        self._set_sending(True)
        portal, code, lookup = self.portal, self.dossier_code, self.lookup_code
        run_in_background(
            lambda: portal.rate_dossier(code, lookup, rating), self._sent, self._failed, owner=self
        )

    def _set_sending(self, sending: bool) -> None:
        for face in self.faces.values():
            face.setEnabled(not sending)
        self.comment.setEnabled(not sending)
        self.send_button.setEnabled(not sending)
        self.send_button.setText(tr("Đang gửi…") if sending else tr("Gửi đánh giá"))

    def _sent(self, _rating: Rating) -> None:
        self._finish(tr("Cảm ơn ông/bà đã đánh giá."))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PortalRejected) and exc.status == 409:
            self._finish(tr("Hồ sơ này đã được đánh giá. Cảm ơn ông/bà."))
            return
        self._set_sending(False)
        if isinstance(exc, PortalRejected) and exc.status == 429:  # the portal slows this machine down
            self.error.show_message(tr("Chưa gửi được đánh giá lúc này. Vui lòng thử lại sau ít phút."))
        else:
            self.error.show_message(plain_message(exc))
        self.error.setFocus()

    def _finish(self, message: str) -> None:
        """Thanks the person; the faces and the comment go (nothing left to send, nothing typed kept)."""
        self.done = True
        self.comment.clear()
        self.form.hide()
        self.question.hide()
        self.thanks.setText("✔  " + message)
        self.thanks.setAccessibleName(message)
        self.thanks.show()
        self.rated.emit()
