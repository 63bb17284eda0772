"""Every text a person reads goes through here: Vietnamese is the source, English the translation.

Use `tr("Tiếp tục")` for a text in code (a literal, so `scripts/i18n.py` can collect it), `tr(message)`
for a `Phrase` from the domain, and `procedure_text(label)` for texts from a procedure file.
Translations are Qt's: `.ts` sources in `assets/i18n/`, compiled to `.qm` by `scripts/i18n.py build`
(which the setup runs). The language is chosen per visit and goes back to Vietnamese when it ends.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.domain.phrases import Phrase
from kiosk.paths import asset

__all__ = ["LANGUAGES", "language", "procedure_text", "qm_path", "set_language", "tr"]

log = logging.getLogger(__name__)

CODE_CONTEXT = "kiosk"
PROCEDURE_CONTEXT = "procedure"
SOURCE_LANGUAGE = "vi"
# The language button shows each language in its own words.
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}

_current = SOURCE_LANGUAGE
_translator: QTranslator | None = None


def qm_path(code: str) -> Path:
    return asset("i18n", f"kiosk_{code}.qm")


def tr(text: str, /, **values: object) -> str:
    """The text in the current language, with `{name}` places filled from `values` (or the Phrase's)."""
    if isinstance(text, Phrase):
        template = text.template
        values = {**text.values, **values}
    else:
        template = text
    translated = QCoreApplication.translate(CODE_CONTEXT, template)
    if not values:
        return translated
    filled = {key: tr(value) if isinstance(value, Phrase) else value for key, value in values.items()}
    return translated.format(**filled)


def procedure_text(text: str) -> str:
    """A label, help text or option from a procedure file, in the current language."""
    return QCoreApplication.translate(PROCEDURE_CONTEXT, text) if text else text


def language() -> str:
    return _current


def set_language(code: str) -> bool:
    """Switches every text made from now on; returns False (and stays put) if it cannot be loaded."""
    global _current, _translator
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running Qt application")
    if code == _current:
        return True
    new: QTranslator | None = None
    if code != SOURCE_LANGUAGE:
        new = QTranslator(app)
        if not new.load(str(qm_path(code))):
            log.error("translation %s is missing: run scripts/i18n.py build", code)
            return False
        app.installTranslator(new)
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator.deleteLater()
    _translator = new
    _current = code
    return True
