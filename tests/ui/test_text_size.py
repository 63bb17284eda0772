""" "A−/A+": a visitor makes all text larger or smaller; the screen already shown reflows at once, and at the
largest step nothing is cut off, in landscape 1920x1080 and portrait 1080x1920."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_checks import buttons_gap, cut_off
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.procedures import load_catalog
from kiosk.ui import theme
from kiosk.ui.home import HomeScreen
from kiosk.ui.shell import Shell
from kiosk.ui.widgets import CHECKED_MARK, UNCHECKED_MARK, BigButton, Body, ErrorMessage, Heading
from kiosk.wizards.frame import WizardFrame
from kiosk.wizards.question_page import QuestionPage

LANDSCAPE, PORTRAIT = QSize(1920, 1080), QSize(1080, 1920)
LARGEST = len(theme.TEXT_STEPS) - 1


_shown: list[QWidget] = []  # qtbot holds its widgets weakly: these windows live as long as their test


@pytest.fixture(autouse=True)
def default_look(qapp: QApplication) -> Iterator[None]:
    theme.apply_theme(qapp, 1080)
    yield
    _shown.clear()
    theme.apply_theme(qapp, 1080)  # the next test starts with the default size and palette


def screen_of(size: QSize) -> None:
    theme.apply_theme(QApplication.instance(), size.height(), screen_width=size.width())  # type: ignore[arg-type]


def show(qtbot: QtBot, content: QWidget, size: QSize) -> QWidget:
    """`content` alone in a window of `size`, as the kiosk shows a screen full screen."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    qtbot.addWidget(window)
    _shown.append(window)
    window.resize(size)
    window.show()
    QApplication.processEvents()
    return window


def to_largest(window: QWidget) -> None:
    """Taps A+ until it has no effect, as a visitor who sees badly does."""
    while theme.bigger():
        pass
    theme.restyle(window)
    QApplication.processEvents()


def question_screen(page_id: str) -> tuple[WizardFrame, QuestionPage]:
    procedure = load_catalog()["1.001193"]
    page = next(p for p in procedure.pages if p.id == page_id)
    frame = WizardFrame(procedure.name)
    question = QuestionPage(list(page.fields), {})
    frame.set_page(question, where="Đăng ký khai sinh — câu 3")
    return frame, question


def test_there_are_at_least_three_steps_up_and_the_buttons_stop_at_the_ends(qapp: QApplication) -> None:
    assert theme.TEXT_STEPS[theme.DEFAULT_STEP] == 1.0
    assert len(theme.TEXT_STEPS) - 1 - theme.DEFAULT_STEP >= 3
    assert list(theme.TEXT_STEPS) == sorted(set(theme.TEXT_STEPS))
    sizes = [qapp.font().pixelSize()]
    while theme.bigger():
        sizes.append(qapp.font().pixelSize())
    assert theme.text_step() == LARGEST and not theme.can_grow()
    assert theme.bigger() is False and theme.text_step() == LARGEST
    assert sizes == sorted(set(sizes)) and len(sizes) >= 4
    assert sizes[-1] == round(28 * theme.TEXT_STEPS[-1])
    while theme.smaller():
        pass
    assert theme.text_step() == 0 and not theme.can_shrink() and theme.smaller() is False
    assert qapp.font().pixelSize() < 28
    theme.set_palette("high_contrast")
    assert theme.reset() is True  # the visit ends: the next person gets the kiosk's own look
    assert (theme.text_step(), theme.palette_name(), qapp.font().pixelSize()) == (
        theme.DEFAULT_STEP,
        "normal",
        28,
    )
    assert theme.reset() is False


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["1920x1080", "1080x1920"])
@pytest.mark.parametrize("page_id", ["requester_account", "requester_relationship"])
def test_a_question_reflows_at_once_and_nothing_is_cut_off_at_the_largest_step(
    qtbot: QtBot, size: QSize, page_id: str
) -> None:
    screen_of(size)
    frame, question = question_screen(page_id)
    first = next(iter(question.errors))
    question.show_error(first, "Chưa đúng. Hãy xem lại câu trả lời theo giấy tờ của bạn, rồi chạm Tiếp tục.")
    window = show(qtbot, frame, size)
    heading = question.findChild(Heading)
    assert heading is not None
    error = question.errors[first]
    before = {
        "heading": heading.font().pixelSize(),
        "error": error.font().pixelSize(),
        "next": frame.next_button.font().pixelSize(),
        "next height": frame.next_button.height(),
        "error height": error.height(),
    }

    to_largest(window)

    assert heading.font().pixelSize() == theme.text_px(theme.HEADING_PX) > before["heading"]
    assert error.font().pixelSize() == theme.text_px(theme.BODY_PX) > before["error"]
    assert frame.next_button.font().pixelSize() == theme.text_px(theme.BODY_PX) > before["next"]
    assert error.height() > before["error height"]  # the words wrapped onto more lines and it grew
    for line in question.findChildren(QLineEdit):
        assert line.font().pixelSize() == theme.text_px(theme.BODY_PX)
    for label in question.findChildren(Body):
        role = label.property(theme.ROLE_PROPERTY)
        assert label.font().pixelSize() == theme.text_px(theme.SMALL_PX if role == "small" else theme.BODY_PX)
    assert cut_off(window, size) == []


def test_buttons_wrap_their_words_and_grow_rather_than_cut_them_off(qtbot: QtBot) -> None:
    answer = BigButton("Người có quan hệ họ hàng khác đi đăng ký thay cho bố mẹ của cháu bé")
    answer.setCheckable(True)
    smaller = BigButton("A−")
    smaller.setMinimumWidth(40)  # a screen asks for less than its text needs, as a toolbar might
    beside = BigButton("Đọc to câu hỏi này cho tôi nghe")
    row = QHBoxLayout()
    row.addWidget(smaller)
    row.addWidget(beside)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.addWidget(answer)
    layout.addLayout(row)
    layout.addStretch(1)
    size = QSize(600, 1000)
    window = show(qtbot, content, size)
    one_line_height = answer.height()
    assert len(answer.display_lines()) == 2

    to_largest(window)

    lines = answer.display_lines()
    assert len(lines) >= 4
    assert answer.height() >= len(lines) * answer.fontMetrics().lineSpacing() > one_line_height
    assert " ".join(lines).split() == answer.shown_text().split()  # every word is there, in order
    assert smaller.display_lines() == ["A−"]
    assert smaller.contents_rect().width() >= smaller.fontMetrics().horizontalAdvance("A−")
    assert len(beside.display_lines()) >= 2
    assert cut_off(window, size) == []


def test_a_label_with_a_font_of_its_own_grows_too_and_comes_back_at_the_end_of_the_visit(
    qtbot: QtBot,
) -> None:
    """Like the demo banner's OTP (a heading font on a plain label) or the idle countdown (120 px)."""
    otp = QLabel("Tin nhắn thử: mã OTP 123456")
    otp.setFont(theme.heading_font())
    countdown = QLabel("30 giây")
    font = theme.heading_font()
    font.setPixelSize(theme.text_px(120))
    countdown.setFont(font)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(otp)
    layout.addWidget(countdown)
    show(qtbot, box, QSize(1920, 1080))

    assert theme.bigger()
    assert otp.font().pixelSize() == theme.text_px(theme.HEADING_PX) == round(44 * 1.2)
    assert countdown.font().pixelSize() == round(120 * 1.2)
    assert otp.font().bold()  # only the size changes
    theme.set_palette("high_contrast")  # polishing every widget again must not undo the size
    assert otp.font().pixelSize() == round(44 * 1.2)
    assert theme.reset()
    assert (otp.font().pixelSize(), countdown.font().pixelSize()) == (44, 120)


def test_a_chosen_answer_shows_a_tick_and_a_thicker_border_not_only_a_colour(qtbot: QtBot) -> None:
    yes, no = BigButton("Có"), BigButton("Không")
    box = QWidget()
    layout = QVBoxLayout(box)
    for answer in (yes, no):
        answer.setCheckable(True)
        layout.addWidget(answer)
    show(qtbot, box, QSize(800, 600))
    assert yes.display_lines() == [f"{UNCHECKED_MARK}  Có"]

    QTest.mouseClick(yes, Qt.MouseButton.LeftButton)

    assert yes.isChecked()
    assert yes.display_lines() == [f"{CHECKED_MARK}  Có"]
    assert no.display_lines() == [f"{UNCHECKED_MARK}  Không"]
    assert yes.size() == no.size()
    thicker = theme.scale().px(theme.CHECKED_BORDER_PX) - theme.scale().px(theme.BORDER_PX)
    assert yes.contents_rect().width() == no.contents_rect().width() - 2 * thicker


def test_an_error_can_take_focus_and_shows_a_ring_but_a_tap_leaves_the_answer_box_focused(
    qtbot: QtBot,
) -> None:
    box = QWidget()
    layout = QVBoxLayout(box)
    error = ErrorMessage()
    line = QLineEdit()
    layout.addWidget(error)
    layout.addWidget(line)
    window = show(qtbot, box, QSize(1000, 500))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    error.show_message("Số định danh cá nhân phải có đủ 12 chữ số.")
    QApplication.processEvents()
    assert error.accessibleName() == "Lỗi"
    assert error.accessibleDescription() == "Số định danh cá nhân phải có đủ 12 chữ số."
    assert error.text().startswith("⚠")  # a sign and words, never a colour alone

    def top_edge() -> QColor:
        return error.grab().toImage().pixelColor(error.width() // 2, 1)

    line.setFocus()
    assert top_edge().name().upper() == theme.NORMAL.error_paper
    QTest.mouseClick(error, Qt.MouseButton.LeftButton, pos=QPoint(error.width() // 2, error.height() // 2))
    assert line.hasFocus()  # a tap on the message keeps the keyboard on the answer box
    QTest.keyClick(line, Qt.Key.Key_Backtab)  # a volunteer's keyboard reaches it too
    assert error.hasFocus()
    line.setFocus()
    error.setFocus()  # what a screen does after "Tiếp tục" finds a problem
    assert error.hasFocus()
    assert top_edge().name().upper() == theme.NORMAL.focus  # the focus ring


def in_shell(qtbot: QtBot, screen: QWidget, size: QSize) -> Shell:
    """`screen` in the kiosk's window (demo banner, toolbar), as screenshots show it."""
    shell = Shell(demo=True)
    qtbot.addWidget(shell)
    _shown.append(shell)
    shell.show_screen(screen)
    shell.resize(size)
    shell.show()
    QApplication.processEvents()
    return shell


@pytest.mark.parametrize(
    ("size", "step"),
    [(LANDSCAPE, theme.DEFAULT_STEP), (PORTRAIT, theme.DEFAULT_STEP), (PORTRAIT, LARGEST)],
    ids=["1920x1080", "1080x1920", "1080x1920-largest"],
)
def test_the_home_screens_buttons_are_at_least_9_mm_apart(qtbot: QtBot, size: QSize, step: int) -> None:
    screen_of(size)
    shell = in_shell(qtbot, HomeScreen(), size)
    theme.set_text_step(step)
    theme.restyle(shell)
    QApplication.processEvents()
    targets = [b for b in shell.findChildren(BigButton) if b.isVisible()]
    assert len(targets) >= 6  # A−, A+, contrast, the three choices…
    assert buttons_gap(targets) >= theme.mm_to_px(theme.TARGET_GAP_MM)
    assert all(b.height() >= theme.scale().px(theme.MIN_TARGET_PX) for b in targets)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["1920x1080", "1080x1920"])
def test_the_home_screen_at_the_largest_step_is_not_cut_off(qtbot: QtBot, size: QSize) -> None:
    screen_of(size)
    home = HomeScreen()
    shell = in_shell(qtbot, home, size)
    title = home.findChild(Heading)
    assert title is not None
    before = title.font().pixelSize()
    to_largest(shell)
    assert title.font().pixelSize() > before
    assert cut_off(shell, size) == []
    targets = [b for b in shell.findChildren(BigButton) if b.isVisible()]
    assert buttons_gap(targets) >= theme.mm_to_px(theme.TARGET_GAP_MM)  # a squeezed screen loses its gaps


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["1920x1080", "1080x1920"])
def test_the_idle_warning_at_the_largest_step_is_not_cut_off_in_english(qtbot: QtBot, size: QSize) -> None:
    """The longest wording of the countdown ("30 seconds") at the largest text still fits."""
    from kiosk import i18n
    from kiosk.ui.idle import IdleWarning

    screen_of(size)
    window = show(qtbot, QWidget(), size)
    assert i18n.set_language("en")
    try:
        to_largest(window)
        warning = IdleWarning(window)
        warning.retranslate()
        warning.show_seconds(30)
        warning.setGeometry(window.rect())
        warning.show()
        QApplication.processEvents()
        assert warning.unit.text() == "seconds"
        assert cut_off(window, size) == []
    finally:
        i18n.set_language("vi")
