"""The on-screen keyboard: each field asks for the right layout, and on a real (virtual) X screen the
Vietnamese keyboard opens, a digit pad comes for numbers, and the field being typed stays in sight.

Qt's `offscreen` platform cannot show the keyboard (its panel takes the focus and closes at once), so
the second part runs a small kiosk window in a subprocess on Xvfb (`xvfb-run`, which
`scripts/setup.sh test` installs with the libraries the keyboard needs).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.ui import keyboard, theme
from kiosk.wizards.account_flow import ACCOUNT_FIELDS, OTP_FIELD
from kiosk.wizards.credentials_page import LoginPage, NewPasswordPage
from kiosk.wizards.question_page import QuestionPage

Hint = Qt.InputMethodHint
ROOT = Path(__file__).resolve().parents[2]


def hints(box: QLineEdit | None) -> Hint:
    assert box is not None
    return box.inputMethodHints()


def test_number_fields_ask_for_the_digit_pad_and_names_for_letters(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply_theme(qapp, 1080)
    fields = [ACCOUNT_FIELDS[key] for key in ("id_number", "full_name", "birth_date", "phone")]
    page = QuestionPage(fields, {})
    qtbot.addWidget(page)
    inputs = page.inputs

    cccd = hints(inputs["id_number"].line)
    assert cccd & Hint.ImhDigitsOnly and cccd & Hint.ImhNoPredictiveText
    phone = hints(inputs["phone"].line)
    assert phone & Hint.ImhDialableCharactersOnly and phone & Hint.ImhNoPredictiveText
    name = hints(inputs["full_name"].line)
    assert not name & (Hint.ImhDigitsOnly | Hint.ImhDialableCharactersOnly | Hint.ImhHiddenText)
    assert name & Hint.ImhNoPredictiveText  # nothing typed is learnt or offered to the next person
    date_input = inputs["birth_date"].date
    assert date_input is not None
    for box in date_input.boxes:
        assert box.inputMethodHints() & Hint.ImhDigitsOnly


def test_passwords_are_hidden_from_the_keyboard_and_codes_get_digits(qtbot: QtBot) -> None:
    login, new = LoginPage(), NewPasswordPage()
    qtbot.addWidget(login)
    qtbot.addWidget(new)
    assert hints(login.username) & Hint.ImhDigitsOnly
    for box in (login.password, new.password, new.repeat):
        wanted = (
            Hint.ImhSensitiveData | Hint.ImhHiddenText | Hint.ImhNoPredictiveText | Hint.ImhNoAutoUppercase
        )
        assert hints(box) & wanted == wanted, box.accessibleName()


def test_field_types_map_to_layouts() -> None:
    assert keyboard.mark_field(QLineEdit(), "year").inputMethodHints() & Hint.ImhDigitsOnly
    assert keyboard.mark_field(QLineEdit(), "email").inputMethodHints() & Hint.ImhEmailCharactersOnly
    assert keyboard.mark_field(QLineEdit(), "time").inputMethodHints() & Hint.ImhPreferNumbers
    otp = keyboard.mark_digits(QLineEdit())
    assert OTP_FIELD.type == "text" and otp.inputMethodHints() & Hint.ImhDigitsOnly
    search = keyboard.mark_search(QLineEdit())
    assert search.property(keyboard.ON_TAP_ONLY) is True


def test_no_keyboard_on_the_offscreen_test_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' platform has no screen for it: enabling it there changes nothing (and no env var)."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    monkeypatch.setattr(keyboard, "_enabled_locale", None)
    assert keyboard.enable_virtual_keyboard() is False
    assert "QT_IM_MODULE" not in os.environ
    assert not keyboard.keyboard_enabled()


# -- the real keyboard, on Xvfb -----------------------------------------------------------------------
DRIVER = r'''
import json, os, sys, time
from kiosk.ui import keyboard

report = {"enabled": keyboard.enable_virtual_keyboard("vi_VN")}

from PySide6.QtCore import QEventLoop, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.wizards.account_flow import ACCOUNT_FIELDS
from kiosk.wizards.frame import WizardFrame
from kiosk.wizards.question_page import QuestionPage
from kiosk.ui.widgets import Heading

app = QApplication(sys.argv[:1])
theme.apply_theme(app, 1080)
method = QGuiApplication.inputMethod()


def pump(until, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until():
            return True
        time.sleep(0.01)
    return until()


def rect(r):
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget):
    return rect(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def panel():
    """What the keyboard shows: its locale and the kind of layout (main letters, digits, …)."""
    for window in QGuiApplication.topLevelWindows():
        if isinstance(window, QQuickWindow) and window.isVisible():
            for item in window.contentItem().findChildren(QQuickItem):
                meta = item.metaObject()
                if meta.indexOfProperty("layoutType") >= 0 and meta.indexOfProperty("layout") >= 0:
                    return {k: str(item.property(k)) for k in ("locale", "layoutType", "layout")}
    return None


# The kiosk's frame (a scroll area between the title and Back / Next) with a four-question page:
# number, name, date of birth, phone. The window pads its bottom by what the keyboard covers.
window = QWidget()
outer = QVBoxLayout(window)
outer.setContentsMargins(0, 0, 0, 0)
frame = WizardFrame("Tạo tài khoản")
outer.addWidget(frame)
page = QuestionPage([ACCOUNT_FIELDS[k] for k in ("id_number", "full_name", "birth_date", "phone")], {})
frame.set_page(page, where="Tạo tài khoản")
paddings = []


def pad(height):
    paddings.append(height)
    outer.setContentsMargins(0, 0, 0, height)


space = keyboard.KeyboardSpace(window, pad)
window.setGeometry(window.screen().geometry())
window.show()
window.activateWindow()
window.raise_()
report["active"] = pump(window.isActiveWindow)

phone = page.inputs["phone"].line
area = frame.area


def phone_in_view():
    top = area.viewport().mapToGlobal(area.viewport().rect().topLeft()).y()
    box = phone.mapToGlobal(phone.rect().topLeft()).y()
    return top <= box and box + phone.height() <= top + area.viewport().height()


phone.setFocus()  # the last box of the page: the keyboard opens by itself (KeyboardSpace)
pump(lambda: method.isVisible() and space.height > 0 and phone_in_view())
pump(lambda: False, 0.3)  # let it settle: nothing may move after this
report["phone"] = {
    "visible": method.isVisible(),
    "keyboard": rect(space.keyboard_rect()),
    "field": global_rect(phone),
    "viewport": global_rect(area.viewport()),
    "next_button": global_rect(frame.next_button),
    "covered": space.height,
    "window": rect(window.geometry()),
    "panel": panel(),
}

for name, box in (
    ("full_name", page.inputs["full_name"].line),
    ("id_number", page.inputs["id_number"].line),
    ("day", page.inputs["birth_date"].date.day),
):
    box.setFocus()
    wanted = "main" if name == "full_name" else "digits"
    pump(lambda: (panel() or {}).get("layoutType") == wanted and method.isVisible(), 5.0)
    report[name] = {"visible": method.isVisible(), "panel": panel()}

keyboard.hide_keyboard()
pump(lambda: not method.isVisible() and space.height == 0, 5.0)
report["hidden"] = {"visible": method.isVisible(), "covered": space.height, "last_padding": paddings[-1]}

# One question per screen, as most are: the new page takes the focus and the keyboard opens by itself.
single = QuestionPage([ACCOUNT_FIELDS["full_name"]], {})
frame.set_page(single, where="Tạo tài khoản")
heading = single.findChild(Heading)  # the question (above it only a hidden error summary)
name_box = single.inputs["full_name"].line
pump(lambda: method.isVisible() and space.height > 0, 5.0)
pump(lambda: False, 0.3)
report["single"] = {
    "visible": method.isVisible(),
    "keyboard": rect(space.keyboard_rect()),
    "heading": global_rect(heading),
    "heading_text": heading.text(),
    "field": global_rect(name_box),
    "viewport": global_rect(area.viewport()),
}
print("REPORT " + json.dumps(report), flush=True)
os._exit(0)  # done: skip tearing down Qt from module globals in an arbitrary order
'''


@pytest.fixture(scope="module")
def on_xvfb(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Runs DRIVER on a 1920x1080 Xvfb screen and returns its report."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail(
            "xvfb-run is missing, so the on-screen keyboard cannot be tested: "
            "run scripts/setup.sh test (it installs xvfb, xauth and libpulse0)"
        )
    script = tmp_path_factory.mktemp("keyboard") / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("QT_IM_MODULE", None)
    # Its own process group: should it hang, the X server goes with it, not left behind.
    with subprocess.Popen(
        [xvfb_run, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, str(script)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as driver:
        try:
            stdout, stderr = driver.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(driver.pid, signal.SIGKILL)
            stdout, stderr = driver.communicate()
    result = subprocess.CompletedProcess(driver.args, driver.returncode, stdout, stderr)
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, f"the keyboard driver failed:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(lines[-1].removeprefix("REPORT "))
    return report


def span(rect: list[int]) -> tuple[int, int]:
    """The top and bottom (global y) of an [x, y, width, height] rectangle."""
    return rect[1], rect[1] + rect[3]


def test_the_vietnamese_keyboard_opens_below_and_the_field_stays_above_it(
    on_xvfb: dict[str, Any],
) -> None:
    assert on_xvfb["enabled"] is True, "Qt Virtual Keyboard is not available (PySide6-Addons, libpulse0)"
    assert on_xvfb["active"]
    shown = on_xvfb["phone"]
    assert shown["visible"]
    keyboard_top, keyboard_bottom = span(shown["keyboard"])
    assert shown["keyboard"][2] > 0 and keyboard_bottom > keyboard_top
    window_bottom = span(shown["window"])[1]
    assert keyboard_bottom == window_bottom  # along the bottom of the screen
    assert keyboard_bottom - keyboard_top <= 0.36 * 1080 + 1  # at most 36 %: the question stays in sight
    assert shown["covered"] == window_bottom - keyboard_top  # the window was told how much it covers,
    field_top, field_bottom = span(shown["field"])
    assert field_bottom <= keyboard_top  # so the phone box, the last on the page, is above the keyboard
    view_top, view_bottom = span(shown["viewport"])
    assert view_top <= field_top and field_bottom <= view_bottom  # scrolled into view, not under the title
    assert span(shown["next_button"])[1] <= keyboard_top  # "Tiếp tục" stays reachable
    assert shown["panel"]["locale"] == "vi_VN"


def test_letters_in_vietnamese_for_a_name_and_the_digit_pad_for_numbers(on_xvfb: dict[str, Any]) -> None:
    name = on_xvfb["full_name"]
    assert name["visible"]
    assert name["panel"]["layoutType"] == "main"
    assert "/vi_VN/" in name["panel"]["layout"]  # the Vietnamese layout ("Tiếng Việt" on the space bar)
    for field in ("id_number", "day"):
        assert on_xvfb[field]["visible"], field
        assert on_xvfb[field]["panel"]["layoutType"] == "digits", field


def test_with_one_question_on_the_screen_the_question_and_its_box_both_stay_in_sight(
    on_xvfb: dict[str, Any],
) -> None:
    shown = on_xvfb["single"]
    assert shown["visible"] and shown["heading_text"] == ACCOUNT_FIELDS["full_name"].label
    keyboard_top = span(shown["keyboard"])[0]
    view_top, view_bottom = span(shown["viewport"])
    for part in ("heading", "field"):
        top, bottom = span(shown[part])
        assert view_top <= top and bottom <= view_bottom and bottom <= keyboard_top, part


def test_closing_the_keyboard_gives_the_space_back(on_xvfb: dict[str, Any]) -> None:
    assert on_xvfb["hidden"] == {"visible": False, "covered": 0, "last_padding": 0}
