"""Dates as day / month / year with big "−"/"+" beside each, or typed on the digit pad."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from kiosk_driver import Person
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import button, type_text

from kiosk.app import Kiosk
from kiosk.domain.procedures import load_catalog
from kiosk.store.journal import Journal
from kiosk.ui import theme
from kiosk.ui.date_input import DateInput
from kiosk.wizards.account_flow import ACCOUNT_FIELDS
from kiosk.wizards.question_page import QuestionPage


@pytest.fixture
def dates(qapp: QApplication, qtbot: QtBot) -> DateInput:
    theme.apply_theme(qapp, 1080)
    widget = DateInput("Bạn sinh ngày nào?", last_year=2023)
    qtbot.addWidget(widget)
    widget.resize(1800, 300)
    widget.show()
    return widget


def tap(widget: DateInput, name: str, times: int = 1) -> None:
    for _ in range(times):
        button(widget, name).click()


def test_it_starts_empty_and_has_no_date_until_all_three_parts_are_given(dates: DateInput) -> None:
    assert (dates.text(), dates.value()) == ("", None)  # nothing offered to accept without reading
    type_text(dates.day, "5")
    type_text(dates.month, "9")
    assert dates.value() is None
    assert dates.text() == "05/09/"
    type_text(dates.year, "1956")
    assert dates.value() == date(1956, 9, 5)
    assert dates.text() == "05/09/1956"  # what the form engine reads, as when it was one text box


def test_plus_and_minus_change_the_day_month_and_year(dates: DateInput) -> None:
    seen: list[str] = []
    dates.changed.connect(lambda: seen.append(dates.text()))
    tap(dates, "Thêm một ngày", 3)
    tap(dates, "Bớt một ngày")
    tap(dates, "Thêm một tháng", 4)
    tap(dates, "Thêm một năm")  # an empty year starts at the last year allowed
    tap(dates, "Bớt một năm", 2)
    assert dates.value() == date(2021, 4, 2)
    assert seen[-1] == "02/04/2021" and len(seen) == 11  # every tap is a change the page hears of
    tap(dates, "Thêm một năm", 5)  # never beyond the caller's range
    assert dates.year.text() == "2023"


def test_the_day_and_month_count_round(dates: DateInput) -> None:
    tap(dates, "Bớt một ngày")  # from nothing, down: the last day there can be
    assert dates.day.text() == "31"
    tap(dates, "Thêm một ngày")
    assert dates.day.text() == "01"
    tap(dates, "Bớt một tháng")
    assert dates.month.text() == "12"
    tap(dates, "Thêm một tháng")
    assert dates.month.text() == "01"


def test_a_31st_becomes_the_last_day_of_february_when_the_month_is_stepped(dates: DateInput) -> None:
    tap(dates, "Bớt một ngày")
    tap(dates, "Thêm một tháng")  # 31 January
    assert dates.text() == "31/01/"
    tap(dates, "Thêm một tháng")
    assert dates.text() == "29/02/"  # February of a year not given yet may have 29 days
    tap(dates, "Thêm một năm")  # 2023: not a leap year
    assert dates.value() == date(2023, 2, 28)
    tap(dates, "Thêm một ngày")  # and the day now counts round within February
    assert dates.value() == date(2023, 2, 1)


def test_a_typed_impossible_day_is_left_for_the_form_to_explain(dates: DateInput) -> None:
    """Typed 31/02 is a mistake in the day or the month: the person is asked, not silently corrected."""
    type_text(dates.day, "31/02/2020")
    assert dates.text() == "31/02/2020"
    assert dates.value() is None


@pytest.mark.parametrize(
    "typed", ["05/09/1956", "5/9/1956", "05091956", "5.9.1956", "5-9-1956", "05 09 1956"]
)
def test_a_whole_date_typed_into_the_day_box_flows_on_into_month_and_year(
    dates: DateInput, typed: str
) -> None:
    type_text(dates.day, typed)
    assert [box.text() for box in dates.boxes] == ["05", "09", "1956"]
    assert dates.value() == date(1956, 9, 5)


def test_letters_are_dropped_and_only_digits_kept(dates: DateInput) -> None:
    type_text(dates.day, "ngày 7")
    assert dates.day.text() == "7"


def test_an_earlier_answer_comes_back_in_the_boxes(qtbot: QtBot) -> None:
    widget = DateInput()
    qtbot.addWidget(widget)
    widget.set_text("12/03/1996")
    assert [box.text() for box in widget.boxes] == ["12", "03", "1996"]
    widget.set_value(None)
    assert widget.text() == ""


def test_every_part_is_named_for_a_screen_reader(dates: DateInput) -> None:
    names = [QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name) for box in dates.boxes]
    assert names == ["Ngày", "Tháng", "Năm"]
    for box in dates.boxes:
        assert box.accessibleDescription().startswith("Bạn sinh ngày nào?: ")
    steppers = [b for pair in dates.steppers.values() for b in pair]
    assert all(b.accessibleName() for b in steppers) and len({b.accessibleName() for b in steppers}) == 6


def test_steppers_are_big_and_far_enough_apart(dates: DateInput) -> None:
    QApplication.processEvents()
    for box, (less, more) in dates.steppers.items():
        assert less.height() >= 72 and less.width() >= 72 and more.height() >= 72
        assert more.x() - (less.x() + less.width()) >= box.width()  # the value sits between them
        assert box.x() - (less.x() + less.width()) >= theme.mm_to_px(9)
        assert more.x() - (box.x() + box.width()) >= theme.mm_to_px(9)


def test_on_a_narrow_screen_the_parts_go_one_under_another(qtbot: QtBot) -> None:
    page = QWidget()  # as on a question page: the date is one widget of a column
    qtbot.addWidget(page)
    dates = DateInput()
    QVBoxLayout(page).addWidget(dates)
    page.resize(1000, 1200)  # a portrait screen's width
    page.show()
    QApplication.processEvents()
    tops = [part.y() for part in dates.parts]
    assert tops == sorted(tops) and len(set(tops)) == 3
    assert all(part.geometry().right() <= dates.width() for part in dates.parts)  # nothing cut off
    page.resize(1800, 600)
    QApplication.processEvents()
    assert len({part.y() for part in dates.parts}) == 1


# -- in the real kiosk: the date of birth of a new account ----------------------------------------------
@pytest.fixture
def kiosk(qapp: QApplication, qtbot: QtBot, sandbox_url: str, tmp_path: Path) -> Iterator[Kiosk]:
    theme.apply_theme(qapp, 1080)
    journal = Journal(tmp_path / "journal.sqlite3")
    k = Kiosk(sandbox_url, load_catalog(), demo=True, journal=journal)
    qtbot.addWidget(k.shell)
    k.shell.resize(1920, 1080)
    k.shell.show()
    yield k
    k.shutdown()
    journal.close()


def test_a_person_gives_their_birth_date_with_the_steppers_and_goes_on(kiosk: Kiosk, qtbot: QtBot) -> None:
    born = date(date.today().year - 1, 4, 3)
    number = f"0012{born.year % 100:02d}012345"  # a boy born in the 2000s: the card's digits agree
    p = Person(kiosk, qtbot, "NFC")
    p.tap("Tạo tài khoản")
    p.answer("id_number", number)
    p.answer("full_name", "Trần Minh Khang")
    page = p.page
    assert isinstance(page, QuestionPage) and page.inputs["birth_date"].date is not None
    p.tap("Tiếp tục")
    assert p.error("birth_date") == "Bạn chưa trả lời câu hỏi này."  # still nothing chosen for them
    for name, times in (("Thêm một ngày", 3), ("Thêm một tháng", 4), ("Thêm một năm", 1), ("Bớt một năm", 1)):
        for _ in range(times):
            p.tap(name)  # Person.tap checks every target is at least 72 px tall and named
    assert page.inputs["birth_date"].raw() == born.strftime("%d/%m/%Y")
    p.tap("Tiếp tục")
    assert p.heading() == ACCOUNT_FIELDS["phone"].label
