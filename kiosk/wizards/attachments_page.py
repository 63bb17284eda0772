"""The attachment checklist (giấy tờ kèm theo): one big card per document this person needs or may add.

Each card says what the document is, original or copy, how many, whether it is needed for this
person and what has been added so far, with thumbnails and a "Bỏ" button each. Files are read and
made small on a worker (`kiosk.ui.photos`), never on the GUI thread. The person's own file names are
never shown: a file is "Ảnh 1 — 350 KB" or "PDF 2 — 1,2 MB".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.documents import MAX_FILES_PER_ITEM, Document, DocumentProblem, size_text
from kiosk.domain.form import AttachmentNeed
from kiosk.domain.phrases import phrase
from kiosk.i18n import tr
from kiosk.ui import theme
from kiosk.ui.camera import camera_available
from kiosk.ui.photos import newest_files, pdf_icon, prepare_photo, read_file, thumbnail
from kiosk.ui.widgets import BigButton, Body, ErrorMessage, Heading
from kiosk.ui.worker import run_in_background
from kiosk.wizards.reading_order import refresh_reading_order
from kiosk.wizards.texts import localized

ChooseFiles = Callable[[], list[Path]]
TakePhoto = Callable[[QWidget], QImage | None]

THUMB_PX = 160
TILES_PER_ROW = 4
FILE_PATTERNS = "(*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"
# Phrases: shown with `tr` in the visit's language.
FAILED = phrase("Không xử lý được tệp. Vui lòng thử lại.")
NO_NEW_SCANS = phrase("Chưa thấy bản quét mới. Hãy quét giấy tờ trên máy quét, rồi bấm lại.")
TOO_MANY = phrase("Mỗi loại giấy tờ thêm được tối đa {count} tệp.", count=MAX_FILES_PER_ITEM)
MISSING_ON_CARD = phrase("Cần thêm giấy tờ này.")

# What a worker hands back for one file: the document and its thumbnail, or why it was refused.
Outcome = tuple[Document, QImage] | DocumentProblem


def file_label(document: Document, position: int) -> str:
    """ "Ảnh 1 — 350 KB", "PDF 2 — 1,2 MB": never the person's own file name."""
    if document.mime == "application/pdf":
        return tr("PDF {number} — {size}", number=position, size=size_text(document.size))
    return tr("Ảnh {number} — {size}", number=position, size=size_text(document.size))


def state_text(documents: list[Document]) -> str:
    if not documents:
        return tr("Chưa có")
    return tr(
        "Đã thêm {count} tệp, {size}", count=len(documents), size=size_text(sum(d.size for d in documents))
    )


def kind_text(need: AttachmentNeed) -> str:
    """ "Bản chính · 1 bản · Bắt buộc": what to bring, in words."""
    return " · ".join(
        (
            tr("Bản chính") if need.original else tr("Bản sao"),
            tr("{count} bản", count=need.count),
            tr("Bắt buộc") if need.needed else tr("Nếu có"),
        )
    )


def choose_with_dialog(parent: QWidget) -> list[Path]:
    # Qt's own dialog, read-only: the platform's dialog is a known way out of a kiosk (context menus,
    # "open with", typed paths) and records the person's files in the desktop's "recent" list.
    options = (
        QFileDialog.Option.DontUseNativeDialog
        | QFileDialog.Option.ReadOnly
        | QFileDialog.Option.DontResolveSymlinks
    )
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        tr("Chọn tệp giấy tờ"),
        str(Path.home()),
        tr("Ảnh hoặc PDF") + " " + FILE_PATTERNS,
        options=options,
    )
    return [Path(name) for name in names]


def take_photo_with_camera(parent: QWidget) -> QImage | None:
    """A full-window preview with "Chụp" and "Huỷ"; the picture stays in memory, never in a file.

    Needs a real camera: not exercised by the test suite (tests inject `take_photo`).
    """
    from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
    from PySide6.QtMultimediaWidgets import QVideoWidget

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Chụp ảnh giấy tờ"))
    preview = QVideoWidget()
    camera = QCamera(dialog)
    capture = QImageCapture(dialog)
    session = QMediaCaptureSession(dialog)
    session.setCamera(camera)
    session.setImageCapture(capture)
    session.setVideoOutput(preview)
    shots: list[QImage] = []

    def captured(_id: int, image: QImage) -> None:
        shots.append(image)
        dialog.accept()

    capture.imageCaptured.connect(captured)
    shoot = BigButton(
        tr("Chụp"),
        primary=True,
        name=tr("Chụp ảnh giấy tờ"),
        description=tr("Chụp ảnh giấy tờ đang ở trước máy ảnh"),
    )
    shoot.setEnabled(capture.isReadyForCapture())
    capture.readyForCaptureChanged.connect(shoot.setEnabled)
    shoot.clicked.connect(capture.capture)
    cancel = BigButton(
        tr("Huỷ"), name=tr("Huỷ, không chụp"), description=tr("Đóng máy ảnh, không thêm ảnh nào")
    )
    cancel.clicked.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(Body(tr("Đặt giấy tờ phẳng, đủ sáng, chiếm gần hết khung hình.")))
    layout.addWidget(preview, 1)
    row = QHBoxLayout()
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(shoot)
    layout.addLayout(row)
    dialog.resize(parent.window().size())
    camera.start()
    try:
        dialog.exec()
    finally:
        camera.stop()
    return shots[0] if shots else None


class _Card(QFrame):
    """A rounded white card, drawn by hand: a style sheet per card would slow the page down."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme.colours()  # the palette in use: high contrast draws its own cards
        painter.setPen(QPen(QColor(colours.outline), 2))
        painter.setBrush(QColor(colours.field))
        radius = theme.scale().px(14)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
        painter.end()


class FileTile(QWidget):
    """One added file: its thumbnail, "Ảnh 1 — 350 KB", and a big "Bỏ"."""

    def __init__(self, document: Document, position: int, need_name: str, image: QImage | None) -> None:
        super().__init__()
        s = theme.scale()
        self.document = document
        self.picture = QLabel()
        self.picture.setFixedSize(s.px(THUMB_PX), s.px(THUMB_PX))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_image(image)
        self.caption = Body(file_label(document, position), small=True)
        self.picture.setAccessibleName(self.caption.text())
        self.remove_button = BigButton(
            tr("Bỏ"),
            name=tr("Bỏ {file} của {paper}", file=self.caption.text(), paper=need_name),
            description=tr("Bỏ tệp này khỏi hồ sơ"),
        )
        self.remove_button.setMinimumWidth(s.px(120))
        side = QVBoxLayout()
        side.setSpacing(s.px(8))
        side.addStretch(1)
        side.addWidget(self.caption)
        side.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(s.px(16))
        layout.addWidget(self.picture)
        layout.addLayout(side)

    def set_image(self, image: QImage | None) -> None:
        side = self.picture.width()
        if image is None or image.isNull():
            image = pdf_icon(side, label="…")
        pixmap = QPixmap.fromImage(image)
        if max(pixmap.width(), pixmap.height()) > side:
            pixmap = pixmap.scaled(
                side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(pixmap)


class DocumentCard(_Card):
    """One checklist entry: what it is, its state, the files added, and the ways to add one."""

    def __init__(self, page: AttachmentsPage, need: AttachmentNeed, documents: list[Document]) -> None:
        super().__init__()
        s = theme.scale()
        self.page = page
        self.need = need
        self.documents = list(documents)
        self.images: dict[int, QImage] = {}  # id(document) -> thumbnail, once made
        self.pending = 0
        self.name = localized(need.name)
        self.setAccessibleName(self.name)

        layout = QVBoxLayout(self)
        pad = s.px(28)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(s.px(14))
        self.title = QLabel(self.name)
        self.title.setWordWrap(True)
        title_font = theme.heading_font()
        title_font.setPixelSize(theme.text_px(34))
        self.title.setFont(title_font)
        self.kind = Body(kind_text(need))
        self.kind.setFont(theme.heading_font())
        kind_font = self.kind.font()
        kind_font.setPixelSize(theme.text_px(theme.BODY_PX))
        self.kind.setFont(kind_font)
        layout.addWidget(self.title)
        layout.addWidget(self.kind)
        if need.help:
            layout.addWidget(Body(localized(need.help), small=True))
        self.state = Body()
        self.state.setAccessibleName(tr("Tình trạng: {paper}", paper=self.name))
        layout.addWidget(self.state)
        self.error = ErrorMessage()
        layout.addWidget(self.error)

        self.tiles: list[FileTile] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(s.px(theme.SPACING_PX))
        self.grid.setVerticalSpacing(s.px(theme.SPACING_PX))
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.grid)

        self.choose_button = BigButton(
            tr("Chọn tệp"),
            name=tr("Chọn tệp cho {paper}", paper=self.name),
            description=tr("Chọn ảnh hoặc tệp PDF của giấy tờ này"),
        )
        self.choose_button.clicked.connect(lambda: page.add_chosen(self))
        self.add_buttons = [self.choose_button]
        if page.scanner_folder is not None:
            self.scan_button = BigButton(
                tr("Lấy từ máy quét"),
                name=tr("Lấy từ máy quét cho {paper}", paper=self.name),
                description=tr("Lấy các bản vừa quét trên máy quét của quầy"),
            )
            self.scan_button.clicked.connect(lambda: page.add_scanned(self))
            self.add_buttons.append(self.scan_button)
        if page.take_photo is not None:
            self.photo_button = BigButton(
                tr("Chụp ảnh"),
                name=tr("Chụp ảnh cho {paper}", paper=self.name),
                description=tr("Mở máy ảnh để chụp giấy tờ này"),
            )
            self.photo_button.clicked.connect(lambda: page.add_photo(self))
            self.add_buttons.append(self.photo_button)
        row = QHBoxLayout()
        row.setSpacing(s.px(theme.SPACING_PX))
        for button in self.add_buttons:
            button.setMinimumWidth(s.px(260))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    # -- what it shows -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuilds the tiles (numbered anew after a removal) and the state line."""
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for index, document in enumerate(self.documents):
            tile = FileTile(document, index + 1, self.name, self.images.get(id(document)))
            tile.remove_button.clicked.connect(lambda _=False, d=document: self.remove(d))
            self.grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.tiles.append(tile)
        text = tr("Đang xử lý…") if self.pending else state_text(self.documents)
        self.state.setText(text)
        self.state.setAccessibleDescription(text)
        refresh_reading_order(self)  # the "Bỏ" buttons come and go
        # The add buttons stay enabled (disabling the focused one would throw focus, and the scroll
        # position, elsewhere); a tap while busy is ignored and the state line says why.

    def set_thumbnail(self, document: Document, image: QImage) -> None:
        self.images[id(document)] = image
        for tile in self.tiles:
            if tile.document is document:
                tile.set_image(image)

    def room(self) -> int:
        return MAX_FILES_PER_ITEM - len(self.documents) - self.pending

    def begin(self, count: int) -> None:
        self.pending += count
        self.error.clear_message()
        self.refresh()

    def finish(self, count: int, outcomes: list[Outcome]) -> None:
        self.pending = max(0, self.pending - count)
        problems = []
        for position, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, DocumentProblem):
                said = localized(str(outcome))
                problems.append(
                    tr("Tệp thứ {position}: {problem}", position=position, problem=said)
                    if len(outcomes) > 1
                    else said
                )
            else:
                document, image = outcome
                self.documents.append(document)
                self.images[id(document)] = image
        self.refresh()
        if problems:
            self.error.show_message(" ".join(problems))

    def remove(self, document: Document) -> None:
        self.documents = [d for d in self.documents if d is not document]
        self.images.pop(id(document), None)
        self.error.clear_message()
        self.refresh()
        self.page.changed.emit()
        self.page.refresh_summary()
        self.choose_button.setFocus()


class AttachmentsPage(QWidget):
    """The checklist for one dossier. `documents()` gives what was added, per checklist id."""

    changed = Signal()

    def __init__(
        self,
        needs: list[AttachmentNeed],
        documents: Mapping[str, list[Document]] | None = None,
        *,
        choose_files: ChooseFiles | None = None,
        scanner_folder: Path | None = None,
        take_photo: TakePhoto | None = None,
        camera: bool | None = None,
        since: float | None = None,
    ) -> None:
        """`choose_files` replaces the file dialog (tests); `camera` None asks camera_available().
        "Chụp ảnh" is offered where a camera is, with `take_photo` or the built-in capture dialog."""
        super().__init__()
        s = theme.scale()
        self.opened_at = time.time() if since is None else since  # scans newer than this are this person's
        self.choose_files: ChooseFiles = choose_files or (lambda: choose_with_dialog(self))
        self.scanner_folder = scanner_folder
        has_camera = camera_available() if camera is None else camera
        self.take_photo: TakePhoto | None = (take_photo or take_photo_with_camera) if has_camera else None
        self._imported: set[tuple[str, float]] = set()  # scanner files already taken in
        self._summary_on = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, s.px(16), 0)
        layout.setSpacing(s.px(theme.SPACING_PX))
        layout.addWidget(Heading(tr("Giấy tờ kèm theo")))
        layout.addWidget(
            Body(
                tr("Thêm ảnh chụp hoặc bản quét của từng giấy tờ (PDF, JPEG, PNG). Ảnh lớn được tự thu nhỏ.")
            )
        )
        self.summary = ErrorMessage()
        self.summary.setAccessibleName(tr("Còn thiếu giấy tờ"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.summary)
        self.cards: dict[str, DocumentCard] = {}
        given = documents or {}
        for need in needs:
            if need.applies:
                card = DocumentCard(self, need, given.get(need.id, []))
                self.cards[need.id] = card
                layout.addWidget(card)
        layout.addStretch(1)
        if self.cards:
            self.setFocusProxy(next(iter(self.cards.values())).choose_button)
        self._make_thumbnails([d for card in self.cards.values() for d in card.documents])

    # -- results -------------------------------------------------------------------------------------
    def documents(self) -> dict[str, list[Document]]:
        return {key: list(card.documents) for key, card in self.cards.items() if card.documents}

    def missing(self) -> list[str]:
        """Names of the documents needed for this person that have no file yet."""
        return [card.need.name for card in self.cards.values() if card.need.needed and not card.documents]

    def busy(self) -> bool:
        """Whether a file is still being read or made small."""
        return any(card.pending for card in self.cards.values())

    def show_missing(self) -> None:
        """The error summary at the top, naming each missing document, with focus so it is read out;
        each such card says so too. From then on the summary follows what is added and removed."""
        self._summary_on = True
        self._render_summary()
        if self.summary.isVisibleTo(self):
            self.summary.setFocus()

    def refresh_summary(self) -> None:
        if self._summary_on:
            self._render_summary()

    def _render_summary(self) -> None:
        missing = self.missing()
        if not missing:
            self.summary.clear_message()
            return
        self.summary.show_message(
            tr("Còn thiếu giấy tờ bắt buộc:") + "\n" + "\n".join(f"•  {localized(name)}" for name in missing)
        )
        for card in self.cards.values():
            if card.need.needed and not card.documents and not card.pending:
                card.error.show_message(tr(MISSING_ON_CARD))

    # -- adding --------------------------------------------------------------------------------------
    def add_chosen(self, card: DocumentCard) -> None:
        if card.pending:
            return
        paths = self.choose_files()
        if paths:
            self._read(card, paths)

    def add_scanned(self, card: DocumentCard) -> None:
        folder = self.scanner_folder
        assert folder is not None
        if card.pending:
            return
        since, imported = self.opened_at, set(self._imported)
        card.begin(1)

        def work() -> list[tuple[tuple[str, float], Outcome]]:
            results = []
            for path in reversed(newest_files(folder, since)):  # oldest first: pages in scanning order
                try:
                    key = (str(path), path.stat().st_mtime)
                except OSError:  # taken away meanwhile
                    continue
                if key not in imported:
                    results.append((key, _outcome(partial(read_file, card.need.id, path))))
                    # The paper is in the dossier now; its scan must not wait on disk for the next person.
                    path.unlink(missing_ok=True)
            return results

        def done(results: list[tuple[tuple[str, float], Outcome]]) -> None:
            fresh = [(key, outcome) for key, outcome in results if key not in self._imported]
            room = MAX_FILES_PER_ITEM - len(card.documents)
            taken = fresh[: max(0, room)]
            self._imported.update(key for key, _ in taken)
            outcomes = [outcome for _, outcome in taken]
            if len(fresh) > len(taken):
                outcomes.append(DocumentProblem(TOO_MANY))
            self._finish(card, 1, outcomes)
            if not fresh:
                card.error.show_message(tr(NO_NEW_SCANS))

        run_in_background(work, done, lambda exc: self._failed(card, 1), owner=self)

    def add_photo(self, card: DocumentCard) -> None:
        assert self.take_photo is not None
        if card.pending:
            return
        image = self.take_photo(self)
        if image is None or image.isNull():
            return
        if card.room() < 1:
            card.error.show_message(tr(TOO_MANY))
            return
        card.begin(1)
        run_in_background(
            lambda: [_outcome(lambda: prepare_photo(card.need.id, image))],
            lambda outcomes: self._finish(card, 1, outcomes),
            lambda exc: self._failed(card, 1),
            owner=self,
        )

    def _read(self, card: DocumentCard, paths: list[Path]) -> None:
        refused: list[Outcome] = []
        if len(paths) > card.room():
            paths, refused = paths[: max(0, card.room())], [DocumentProblem(TOO_MANY)]
        if not paths:
            card.error.show_message(tr(TOO_MANY))
            return
        count = len(paths)
        card.begin(count)
        attachment_id = card.need.id
        run_in_background(
            lambda: [_outcome(partial(read_file, attachment_id, path)) for path in paths],
            lambda outcomes: self._finish(card, count, [*outcomes, *refused]),
            lambda exc: self._failed(card, count),
            owner=self,
        )

    def _finish(self, card: DocumentCard, count: int, outcomes: list[Outcome]) -> None:
        card.finish(count, outcomes)
        if any(not isinstance(o, DocumentProblem) for o in outcomes):
            self.changed.emit()
            self.refresh_summary()

    def _failed(self, card: DocumentCard, count: int) -> None:
        card.finish(count, [])
        card.error.show_message(tr(FAILED))

    def _make_thumbnails(self, documents: list[Document]) -> None:
        """Thumbnails of documents added on an earlier visit, made on a worker."""
        if not documents:
            return

        def done(images: list[QImage]) -> None:
            for document, image in zip(documents, images, strict=True):
                for card in self.cards.values():
                    card.set_thumbnail(document, image)

        run_in_background(
            lambda: [thumbnail(d, theme.scale().px(THUMB_PX)) for d in documents],
            done,
            lambda exc: None,
            owner=self,
        )


def _outcome(make: Callable[[], Document]) -> Outcome:
    """Runs on the worker: the document with its thumbnail, or the problem to show on the card."""
    try:
        document = make()
    except DocumentProblem as problem:
        return problem
    return document, thumbnail(document, theme.scale().px(THUMB_PX))
