"""A voice for tests: it records what the kiosk would say, and in which language. No sound device."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Utterance(NamedTuple):
    text: str
    language: str


class RecordingVoice:
    """A `kiosk.ui.speech.Voice` that speaks the languages given (Vietnamese and English by default)."""

    def __init__(self, languages: Iterable[str] = ("vi", "en")) -> None:
        self.languages = frozenset(languages)
        self.language = ""
        self.spoken: list[Utterance] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.spoken.append(Utterance(text, self.language))

    def stop(self) -> None:
        self.stops += 1

    def set_language(self, code: str) -> bool:
        if code not in self.languages:
            return False
        self.language = code
        return True

    @property
    def last(self) -> str:
        """The text said last ("" if nothing was said)."""
        return self.spoken[-1].text if self.spoken else ""
