"""The on-screen keyboard of the kiosk (Qt Virtual Keyboard, Vietnamese layout) and the hints that pick
its layout: a digit pad for numbers, dates, CCCD and phone numbers, letters for names and text.

Kiosk mode only: `enable_virtual_keyboard()` before the QApplication exists, then one `KeyboardSpace`
for the main window. The hints (`mark_digits`, `mark_phone`, …) are harmless without the keyboard and
are set in every mode.

The keyboard is its own window along the bottom of the screen (Qt's "desktop" integration). It would
cover the lower part of the kiosk's window, so `KeyboardSpace` tells the window how tall it is (the
window adds that much space at its bottom) and scrolls the field being typed into view above it.

Vietnamese letters with marks are typed by holding a vowel (or "d") until its variants appear.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

__all__ = [
    "KeyboardSpace",
    "enable_virtual_keyboard",
    "hide_keyboard",
    "keyboard_available",
    "keyboard_enabled",
    "mark_digits",
    "mark_email",
    "mark_field",
    "mark_name",
    "mark_number_text",
    "mark_password",
    "mark_phone",
    "mark_search",
]

log = logging.getLogger(__name__)

IM_MODULE = "qtvirtualkeyboard"
DEFAULT_LOCALE = "vi_VN"
MAX_HEIGHT = 0.36  # of the screen's height: the question must stay in sight above the keyboard
ON_TAP_ONLY = "keyboardOnTapOnly"  # a dynamic property: this box opens the keyboard when tapped, not on focus
_NO_SCREEN_PLATFORMS = frozenset({"offscreen", "minimal"})

_enabled_locale: str | None = None
_settings_applied = False

Hint = Qt.InputMethodHint


# -- turning it on ----------------------------------------------------------------------------------
def keyboard_available() -> bool:
    """Whether Qt Virtual Keyboard can run here: its input-context plugin, its QML module, and
    QtMultimedia (the keyboard's styles load it; on Debian it needs libpulse0)."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforminputcontexts"
    if not any(plugins.glob("*qtvirtualkeyboardplugin*")):
        log.warning("on-screen keyboard: the Qt Virtual Keyboard plugin is missing (PySide6-Addons)")
        return False
    qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath)) / "QtQuick" / "VirtualKeyboard"
    if not (qml / "qmldir").is_file():
        log.warning("on-screen keyboard: the QtQuick.VirtualKeyboard QML module is missing")
        return False
    try:
        importlib.import_module("PySide6.QtMultimedia")
    except ImportError as exc:
        log.warning("on-screen keyboard: QtMultimedia does not load (on Debian: install libpulse0): %s", exc)
        return False
    return True


def enable_virtual_keyboard(locale: str = DEFAULT_LOCALE) -> bool:
    """Chooses Qt Virtual Keyboard as the input method. Call it BEFORE the QApplication is created.

    Returns False, and changes nothing, when the keyboard cannot run here or there is no screen to
    show it on (the `offscreen` platform of the tests). The layout (`locale`, only that one, with no
    language key to switch away by mistake) is applied once the application exists, by the first
    `KeyboardSpace`. The application's own QLocale is left alone: numbers and dates keep their format.
    """
    global _enabled_locale
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in _NO_SCREEN_PLATFORMS:
        log.info("on-screen keyboard: not used on the %s platform", os.environ["QT_QPA_PLATFORM"])
        return False
    if QGuiApplication.instance() is not None:
        raise RuntimeError("enable_virtual_keyboard() must run before the QApplication is created")
    if not keyboard_available():
        return False
    os.environ["QT_IM_MODULE"] = IM_MODULE
    _enabled_locale = locale
    return True


def keyboard_enabled() -> bool:
    """Whether this process uses the on-screen keyboard (enable_virtual_keyboard succeeded)."""
    return _enabled_locale is not None and os.environ.get("QT_IM_MODULE") == IM_MODULE


_SETTINGS_QML = """
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
QtObject {
    property string wanted: "%s"
    property string applied: ""
    Component.onCompleted: {
        VirtualKeyboardSettings.locale = wanted
        VirtualKeyboardSettings.activeLocales = [wanted]
        VirtualKeyboardSettings.visibleFunctionKeys = 1  // the hide key only: no language key
        applied = VirtualKeyboardSettings.locale
    }
}
"""


def _apply_settings() -> bool:
    """Sets the keyboard's layout through VirtualKeyboardSettings (one process-wide object, shared
    with the keyboard's own QML engine). Needs the QApplication."""
    global _settings_applied
    if _settings_applied or _enabled_locale is None:
        return _settings_applied
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData((_SETTINGS_QML % _enabled_locale).encode(), "kiosk_keyboard_settings.qml")
    settings = component.create()
    if settings is None:
        errors = "; ".join(error.toString() for error in component.errors())
        log.error("on-screen keyboard: its settings do not load: %s", errors)
        return False
    _settings_applied = bool(settings.property("applied") == _enabled_locale)
    if not _settings_applied:
        log.error("on-screen keyboard: the %s layout is not available", _enabled_locale)
    settings.deleteLater()
    engine.deleteLater()
    return _settings_applied


def hide_keyboard() -> None:
    """Closes the keyboard and drops any half-typed text it holds (when a session ends)."""
    method = QGuiApplication.inputMethod()
    method.reset()
    method.hide()


# -- hints: which layout a box gets -----------------------------------------------------------------
def _mark(box: QLineEdit, hints: Hint) -> QLineEdit:
    box.setInputMethodHints(hints)
    return box


def mark_digits(box: QLineEdit) -> QLineEdit:
    """The digit pad: CCCD numbers, codes, years, counts."""
    return _mark(box, Hint.ImhDigitsOnly | Hint.ImhNoPredictiveText)


def mark_phone(box: QLineEdit) -> QLineEdit:
    """The phone pad (digits and "+")."""
    return _mark(box, Hint.ImhDialableCharactersOnly | Hint.ImhNoPredictiveText)


def mark_number_text(box: QLineEdit) -> QLineEdit:
    """Mostly digits but a word may come too ("14 giờ 30"): the number layout first, letters a tap away."""
    return _mark(box, Hint.ImhPreferNumbers | Hint.ImhNoPredictiveText)


def mark_name(box: QLineEdit) -> QLineEdit:
    """Names and free text: letters, no word guessing (nothing typed is learnt or suggested). The first
    letter starts capitalised, as a name does; the kiosk capitalises every word of a name anyway."""
    return _mark(box, Hint.ImhNoPredictiveText)


def mark_email(box: QLineEdit) -> QLineEdit:
    return _mark(box, Hint.ImhEmailCharactersOnly | Hint.ImhNoAutoUppercase | Hint.ImhNoPredictiveText)


def mark_password(box: QLineEdit) -> QLineEdit:
    """Hidden, never learnt, and no capital letter the person did not ask for."""
    return _mark(
        box,
        Hint.ImhSensitiveData | Hint.ImhNoPredictiveText | Hint.ImhHiddenText | Hint.ImhNoAutoUppercase,
    )


def mark_search(box: QLineEdit) -> QLineEdit:
    """A filter box above a list: the list can be tapped directly, so the keyboard opens only when the
    box itself is tapped, not whenever it takes the focus."""
    box.setProperty(ON_TAP_ONLY, True)
    return _mark(box, Hint.ImhNoPredictiveText | Hint.ImhNoAutoUppercase)


_BY_FIELD_TYPE: dict[str, Callable[[QLineEdit], QLineEdit]] = {
    "cccd": mark_digits,
    "year": mark_digits,
    "number": mark_digits,
    "date": mark_digits,
    "phone": mark_phone,
    "time": mark_number_text,
    "email": mark_email,
    "person_name": mark_name,
    "nationality": mark_name,
    "text": mark_name,
}


def mark_field(box: QLineEdit, field_type: str) -> QLineEdit:
    """The hints for a form field of `field_type` (kiosk.domain.fieldtypes' types)."""
    return _BY_FIELD_TYPE.get(field_type, mark_name)(box)


# -- keeping the typed field in sight ---------------------------------------------------------------
def _typing_box(widget: object) -> bool:
    return isinstance(widget, QLineEdit) and widget.isEnabled() and not widget.isReadOnly()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            return parent
        parent = parent.parentWidget()
    return None


def _keyboard_styles() -> list[tuple[QObject, float]]:
    """(style, width) of each keyboard Qt Virtual Keyboard shows: its Keyboard item, in its own window,
    is the item with a `layoutType` and a `style`."""
    from PySide6.QtQuick import QQuickItem, QQuickWindow

    found: list[tuple[QObject, float]] = []
    for window in QGuiApplication.topLevelWindows():
        if not isinstance(window, QQuickWindow):
            continue
        for item in window.contentItem().findChildren(QQuickItem):
            meta = item.metaObject()
            if meta.indexOfProperty("layoutType") < 0 or meta.indexOfProperty("style") < 0:
                continue
            style = item.property("style")
            if isinstance(style, QObject):
                found.append((style, item.width()))
    return found


class KeyboardSpace(QObject):
    """Keeps the field being typed visible above the on-screen keyboard, for one window.

    `on_height(px)` is called with the height, in the window's pixels, that the keyboard covers at the
    bottom of `window` (0 when it is closed): the window adds that much empty space at its bottom, so
    its buttons stay reachable. Then the focused field is scrolled into view in its QScrollArea.
    With `show_on_focus` the keyboard opens as soon as a text box takes the focus (a new question
    shows its keyboard at once), except boxes marked with `mark_search`, which open it when tapped.

    The keyboard is kept to `max_height` of the screen's height (36 %: 389 px at 1920x1080, keys about
    175 x 85 px), so the question stays in sight; when the page from its top down to the field fits
    above the keyboard, it is shown from its top.

    Creating the first KeyboardSpace also applies the keyboard's layout (see enable_virtual_keyboard).
    """

    height_changed = Signal(int)

    def __init__(
        self,
        window: QWidget,
        on_height: Callable[[int], None] | None = None,
        *,
        show_on_focus: bool = True,
        margin_px: int = 16,
        max_height: float = MAX_HEIGHT,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_height = on_height
        self._show_on_focus = show_on_focus and keyboard_enabled()  # never the platform's own
        self._margin = margin_px
        self._max_height = max_height
        self._height = 0
        _apply_settings()
        self._method = QGuiApplication.inputMethod()
        self._method.keyboardRectangleChanged.connect(self._later)
        self._method.visibleChanged.connect(self._later)
        self._method.visibleChanged.connect(self._limit_height)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusObjectChanged.connect(self._focus_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        window.installEventFilter(self)

    @property
    def height(self) -> int:
        """How many pixels at the bottom of the window the keyboard covers now."""
        return self._height

    def keyboard_rect(self) -> QRect:
        """The keyboard's rectangle in global (screen) coordinates; empty when it is closed."""
        if not self._method.isVisible():
            return QRect()
        rect = self._method.keyboardRectangle().toAlignedRect()
        if rect.isEmpty():
            return QRect()
        # Qt Virtual Keyboard's desktop integration draws in its own window, which spans the whole
        # screen: its rectangle is in that window's coordinates, i.e. the screen's.
        screen = self._window.screen()
        return rect.translated(screen.geometry().topLeft()) if screen is not None else rect

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._later()
        return False

    def _later(self, *_: object) -> None:
        self._timer.start()

    def _focus_changed(self, focused: QObject | None) -> None:
        if not isinstance(focused, QWidget) or focused.window() is not self._window:
            return
        if self._show_on_focus and _typing_box(focused) and not focused.property(ON_TAP_ONLY):
            QTimer.singleShot(0, self._show_if_still_focused)
        if self._height:
            self._later()  # another field while the keyboard is open: bring it into view

    def _show_if_still_focused(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self._window and _typing_box(focused):
            self._method.show()

    def _limit_height(self) -> None:
        """Makes the keyboard at most `max_height` of the screen's height (it is 56 % of a 1920x1080
        screen by default, leaving too little of the question in sight). Its keys stay large: about
        175 x 85 px at 1920x1080 with the default 36 %. Qt Virtual Keyboard's style sets its height
        as a proportion of its width (keyboardDesignHeight / keyboardDesignWidth); it is lowered here
        on the style object of the keyboard's own window. Should a later Qt name things otherwise,
        nothing is changed and the keyboard keeps its own height."""
        if not self._method.isVisible():
            return
        screen = self._window.screen()
        for style, width in _keyboard_styles():
            design_width = style.property("keyboardDesignWidth")
            design_height = style.property("keyboardDesignHeight")
            if not (isinstance(design_width, float | int) and isinstance(design_height, float | int)):
                continue
            if screen is None or width <= 0 or design_width <= 0:
                continue
            limit = self._max_height * screen.geometry().height()
            if design_height * width / design_width > limit + 1:
                # A wider design, not a lower one: the style scales its letters and icons with the
                # height, so everything shrinks together and the digit pad's icons still fit their keys.
                style.setProperty("keyboardDesignWidth", design_height * width / limit)

    def update(self) -> None:
        """Measures the keyboard against the window, reports the height, scrolls the field into view."""
        if not self._window.isVisible():
            return
        keyboard = self.keyboard_rect()
        covered = 0
        if not keyboard.isEmpty():
            top = self._window.mapToGlobal(self._window.rect().topLeft()).y()
            bottom = top + self._window.height()
            covered = max(0, min(self._window.height(), bottom - keyboard.top()))
        if covered != self._height:
            self._height = covered
            if self._on_height is not None:
                self._on_height(covered)
            self.height_changed.emit(covered)
            if covered:  # once the window has laid itself out in the space left
                QTimer.singleShot(0, self.scroll_focus_into_view)
            return
        if covered:
            self.scroll_focus_into_view()

    def scroll_focus_into_view(self) -> None:
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self._window:
            return
        area = _scroll_area_of(focused)
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        # The whole box, not only its text cursor (which is all ensureWidgetVisible keeps in view).
        box = QRect(focused.mapTo(content, QPoint(0, 0)), focused.size())
        if box.bottom() + self._margin < area.viewport().height():
            area.verticalScrollBar().setValue(0)  # the question above the box fits too: show it all
            return
        centre = box.center()
        area.ensureVisible(
            centre.x(), centre.y(), box.width() // 2 + self._margin, box.height() // 2 + self._margin
        )
