"""Logging that never writes personal data: a filter on every handler redacts what slipped through.

Code should not log personal data in the first place; this is the net under it. Every handler the
kiosk installs (rotating files under the data folder, and stderr) rewrites each record through
`redact`, which removes:

- what this visit's citizen typed or scanned, registered with `remember_sensitive` (names and addresses
  cannot be recognised by a pattern): in NFC or NFD, in any case, with or without diacritics, digits
  grouped any way; `forget_sensitive` drops the list when the visit ends;
- CCCD/CMND numbers (9-12 digits, also grouped "0011 5601 2345"), Vietnamese phone numbers (0…, +84…,
  84…, spaced, dotted, bracketed), e-mail addresses, dates ("05/09/1956", "5-9-1956", "1956-09-05");
- passwords, OTPs, tokens and lookup codes written as `key=value` / `"key": "value"`, and bearer tokens;
- query strings (lookup codes travel in them);
- exception messages: a traceback or an exception passed as an argument keeps only its type.

JSON `\\u` escapes, Python bytes `\\x` escapes and URL %-escapes are decoded first, so a value cannot
slip through escaped. Log files are created 0o600 in a 0o700 folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from kiosk.domain.dates import date_in_words
from kiosk.domain.phone import PhoneError, normalize_phone
from kiosk.domain.text import fold

__all__ = [
    "LOG_FILE",
    "REDACTED",
    "PrivateRotatingFileHandler",
    "RedactingFilter",
    "StderrHandler",
    "configure",
    "forget_sensitive",
    "redact",
    "remember_sensitive",
    "unconfigure",
]

REDACTED = "[đã ẩn]"
LOG_FILE = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MIN_REMEMBERED = 3  # letters or digits: fewer ("Có", a province code, "--") would blank out ordinary text

# -- patterns for what has a shape ---------------------------------------------------------------------
_SECRET_KEYS = (
    r"password|passwd|mat_?khau|demo_otp|otp|pin|access_token|refresh_token|token|secret|api_key"
    r"|lookup_code|x-lookup-code|authorization|cookie|set-cookie"
)
_SECRET = re.compile(
    rf"""(?<![\w-])(["']?(?:{_SECRET_KEYS})["']?\s*[:=]\s*)(?!{re.escape(REDACTED)})"""
    r"""(?:"[^"]*"|'[^']*'|[^\s,;&}\]]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\bbearer\s+[\w\-.~+/]+=*", re.IGNORECASE)
_QUERY = re.compile(r"\?[^\s'\"]*")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DATE = re.compile(
    r"(?<![\d/.\-])(?:\d{1,2}([/.\-])\d{1,2}\1\d{4}|\d{4}-\d{1,2}-\d{1,2})(?![\d/])",
)
# 0 / 84 / +84 (maybe bracketed), then 9 (mobile) or 10 (landline) digits, separators between; not the
# head of a longer grouped number (a CCCD "00115 60123 45" is left to _DIGIT_GROUPS).
_PHONE = re.compile(r"(?<![\w+])(?:\(?\+\s?84\)?|\(?84\)?|\(?0)(?:[\s.\-()]{0,3}\d){9,10}(?![\s.\-]?\d)")
_DIGIT_RUN = re.compile(r"(?<!\d)\d{9,}(?!\d)")
# A number written in groups: "0011 5601 2345", "001.156.012.345" (counted below: 9-13 digits).
# Not the tail of another number ("H26-261122-0001", a dossier code, stays readable).
_DIGIT_GROUPS = re.compile(r"(?<!\d)(?<!\d[.\-])\d{3,12}(?:[ .\-]\d{1,9}){1,5}(?!\d|[.\-]\d)")

_JSON_ESCAPE = re.compile(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})", re.IGNORECASE)
_BYTES_ESCAPE = re.compile(r"(?:\\x[0-9a-f]{2})+", re.IGNORECASE)
_PERCENT_ESCAPE = re.compile(r"(?:%[0-9a-f]{2})+", re.IGNORECASE)
_TYPED_DATE = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*")


def _digit_groups(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return "[số giấy tờ]" if 9 <= digits <= 13 else match.group()


_PATTERNS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (_QUERY, "?…"),
    (_BEARER, f"Bearer {REDACTED}"),  # before _SECRET, which would take "Bearer" for the whole value
    (_SECRET, rf"\1{REDACTED}"),
    (_EMAIL, "[email]"),
    (_PHONE, "[số điện thoại]"),  # before _DATE, which would read "+84 2024-12-34-56" as a date
    (_DATE, "[ngày]"),
    (_DIGIT_GROUPS, _digit_groups),  # before _DIGIT_RUN, which would leave the other groups behind
    (_DIGIT_RUN, "[số giấy tờ]"),
)


# -- what this visit's citizen gave ------------------------------------------------------------------
class _FoldTable(dict[int, str]):
    """For str.translate: each character to its folded form, always one character (so positions in the
    folded text are positions in the original)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold(ch)
        if len(folded) != 1:
            if ch.isspace():
                folded = " "
            else:
                lowered = ch.lower()
                folded = lowered if len(lowered) == 1 else ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_lock = threading.Lock()
_remembered: set[str] = set()  # folded forms
_pattern: re.Pattern[str] | None = None  # replaced whole, never changed in place: readers need no lock


def remember_sensitive(*values: object) -> None:
    """Registers what a citizen typed or scanned, so no log line of this visit shows it.

    Takes strings, dates, numbers, and mappings, sequences or dataclasses of them (an address, a card,
    a dict of answers); None, booleans and values with fewer than 3 letters or digits are ignored.
    A date is hidden in every common spelling (05/09/1956, 5/9/1956, 1956-09-05, in words); a phone
    number also in its +84 and national forms. Safe from any thread.
    """
    forms: set[str] = set()
    for value in values:
        _collect(value, forms, depth=0)
    global _pattern
    with _lock:
        if forms <= _remembered:
            return
        _remembered.update(forms)
        _pattern = _compile(_remembered)


def forget_sensitive() -> None:
    """Ends the visit: forgets every value `remember_sensitive` was given."""
    global _pattern
    with _lock:
        _remembered.clear()
        _pattern = None


def _collect(value: object, out: set[str], depth: int) -> None:
    if value is None or isinstance(value, bool) or depth > 6:
        return
    if isinstance(value, date):
        _add_date(value, out)
    elif isinstance(value, int | float):
        _add_text(str(value), out)
    elif isinstance(value, str):
        _add_text(value, out)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect(item, out, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            _collect(getattr(value, item.name), out, depth + 1)
    elif callable(getattr(value, "model_dump", None)):  # a pydantic model (an Account)
        _collect(value.model_dump(), out, depth + 1)  # type: ignore[attr-defined]
    elif isinstance(value, Iterable) and not isinstance(value, bytes | bytearray):
        for item in value:
            _collect(item, out, depth + 1)


def _add_text(text: str, out: set[str]) -> None:
    key = fold(text)
    if sum(ch.isalnum() for ch in key) < MIN_REMEMBERED:
        return
    out.add(key)
    typed = _TYPED_DATE.fullmatch(text)
    if typed is not None:
        day, month, year = (int(part) for part in typed.groups())
        with contextlib.suppress(ValueError):  # not a real day: the text itself is remembered
            _add_date(date(year, month, day), out)
    if any(ch.isdigit() for ch in text):
        try:
            national = normalize_phone(text)
        except PhoneError:
            return
        out.update({national, "84" + national[1:]})


def _add_date(day: date, out: set[str]) -> None:
    d, m, y = day.day, day.month, day.year
    out.update({f"{d:02}/{m:02}/{y}", f"{d}/{m}/{y}", f"{y}-{m:02}-{d:02}", f"{y}/{m:02}/{d:02}"})
    with contextlib.suppress(ValueError):  # as a birth declaration writes it: "Ngày năm, tháng chín, …"
        out.add(fold(date_in_words(day)))


_DIGIT_SEPARATOR = r"[\s./\-]?"
_LONGEST = 1000  # a longer value (a pasted page) is remembered by its beginning
_END = "\0"  # in the trie: a value ends here (no regex piece is a NUL)


def _tokens(key: str) -> list[str]:
    """A folded value as regex pieces for folded text: a word boundary first and last; runs of spaces
    match any whitespace; between two digits one separator may be there or not (so "0912345678" also
    matches "0912.345.678", "05091956" matches "05/09/1956")."""
    compact = re.sub(r"(?<=\d)[\s./\-]+(?=\d)", "", key)
    cut = len(compact) > _LONGEST
    compact = compact[:_LONGEST]
    first, last = compact[0], compact[-1]
    pieces = [r"(?<!\d)" if first.isdigit() else r"(?<!\w)" if first.isalnum() else ""]  # "" is dropped
    for i, ch in enumerate(compact):
        if ch == " ":
            pieces.append(r"\s+")
            continue
        if ch.isdigit() and i > 0 and compact[i - 1].isdigit():
            pieces.append(_DIGIT_SEPARATOR)
        pieces.append(re.escape(ch))
    if not cut:
        pieces.append(r"(?!\d)" if last.isdigit() else r"(?!\w)" if last.isalnum() else "")
    return [piece for piece in pieces if piece]


def _compile(keys: Iterable[str]) -> re.Pattern[str]:
    """One regex for every remembered value, as a trie: values sharing a beginning ("nguyen thi …") try
    it once, which keeps a visit's 50 values about as fast as a few."""
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for piece in _tokens(key):
            node = node.setdefault(piece, {})
        node[_END] = {}

    # Each node's regex from its children's, deepest first (a loop, not recursion: a value may be long).
    # A value that goes on is tried before one that ends here, so the longest wins: "tran van duc"
    # before "tran van".
    done: dict[int, str] = {}
    stack: list[tuple[dict[str, Any], bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        pieces = [piece for piece in node if piece != _END]
        if not children_done:
            stack.append((node, True))
            stack.extend((node[piece], False) for piece in pieces)
            continue
        pieces.sort(key=lambda piece: piece.startswith("(?!"))
        alternatives = [piece + done[id(node[piece])] for piece in pieces]
        if _END in node and alternatives:
            alternatives.append("")
        if len(alternatives) == 1:
            done[id(node)] = alternatives[0]
        else:
            done[id(node)] = "(?:" + "|".join(alternatives) + ")" if alternatives else ""
    return re.compile(done[id(root)])


def _hide_remembered(text: str, pattern: re.Pattern[str]) -> str:
    folded = text.lower() if text.isascii() else text.translate(_FOLD)
    pieces: list[str] = []
    end = 0
    for match in pattern.finditer(folded):
        start, stop = match.span()
        if start == stop:
            continue
        pieces.append(text[end:start])
        pieces.append(REDACTED)
        end = stop
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


# -- redaction -------------------------------------------------------------------------------------
def _printable(text: str) -> bool:
    return all(ch >= " " for ch in text)


def _decode_json(match: re.Match[str]) -> str:
    high, low, single = match.groups()
    if single is not None:
        ch = chr(int(single, 16))
        return ch if _printable(ch) and not 0xD800 <= ord(ch) <= 0xDFFF else match.group()
    return (chr(int(high, 16)) + chr(int(low, 16))).encode("utf-16", "surrogatepass").decode("utf-16")


def _decode_bytes(match: re.Match[str]) -> str:
    raw = bytes(int(match.group()[i + 2 : i + 4], 16) for i in range(0, len(match.group()), 4))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    return text if _printable(text) else match.group()


def _decode_percent(match: re.Match[str]) -> str:
    try:
        text = unquote(match.group(), errors="strict")
    except UnicodeDecodeError:
        return match.group()
    return text if _printable(text) else match.group()


def _unescape(text: str) -> str:
    """Decodes escapes a value could hide behind: JSON "\\u1ec5", bytes "\\xe1\\xbb\\x85", URL "%E1%BB%85"."""
    if "\\u" in text or "\\U" in text:
        text = _JSON_ESCAPE.sub(_decode_json, text)
    if "\\x" in text or "\\X" in text:
        text = _BYTES_ESCAPE.sub(_decode_bytes, text)
    if "%" in text:
        text = _PERCENT_ESCAPE.sub(_decode_percent, text)
    return text


def redact(text: str) -> str:
    """`text` without what this visit's citizen gave nor anything shaped like personal data."""
    text = unicodedata.normalize("NFC", _unescape(text))
    pattern = _pattern
    if pattern is not None:
        text = _hide_remembered(text, pattern)
    for shape, replacement in _PATTERNS:
        text = shape.sub(replacement, text)
    return text


def _without_exceptions(args: Any) -> Any:
    """Log arguments with each exception replaced by its type's name (its message can quote values)."""
    if isinstance(args, Mapping):
        return {k: type(v).__name__ if isinstance(v, BaseException) else v for k, v in args.items()}
    if isinstance(args, tuple):
        return tuple(type(v).__name__ if isinstance(v, BaseException) else v for v in args)
    return args


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, with its arguments merged in, through `redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "kiosk_redacted", False):  # done by the filter of another handler
            return True
        record.kiosk_redacted = True
        if isinstance(record.msg, BaseException):
            record.msg = type(record.msg).__name__
        if record.args:
            record.args = _without_exceptions(record.args)
        try:
            message = record.getMessage()
        except Exception:  # wrong arguments: logging would print them raw to stderr; show none of them
            message = f"{record.msg} (lỗi định dạng nhật ký)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            # A traceback can quote values; keep only the exception's type.
            record.msg += f" ({record.exc_info[0].__name__ if record.exc_info[0] else 'lỗi'})"
            record.exc_info = None
            record.exc_text = None
        return True


# -- handlers ------------------------------------------------------------------------------------
def _private(path: Path, mode: int) -> None:
    if sys.platform != "win32":  # on Windows the per-user data folder's ACL already keeps others out
        os.chmod(path, mode)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files only this user can read (0o600), from the first byte."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            if hasattr(os, "fchmod") and sys.platform != "win32":
                os.fchmod(fd, 0o600)  # a file left from before, with wider rights
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a record comes (it may be replaced after start-up), and
    to nothing when there is none (a windowed program on Windows)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> Any:
        return sys.stderr

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


_installed: list[logging.Handler] = []


def configure(
    level: int = logging.INFO,
    folder: Path | None = None,
    *,
    stderr: bool = True,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path | None:
    """The kiosk's logging: to stderr and, given `folder`, to rotating files `folder/kiosk.log`,
    `kiosk.log.1` … (`max_bytes` each, `backups` kept), UTF-8, readable only by this user. Every handler
    of the root logger, these and any already there, sits behind the redacting filter.

    Calling it again replaces the handlers it installed before. Returns the log file, or None when
    there is none (no folder given, or it cannot be written: then stderr only, and a warning says so).
    """
    root = logging.getLogger()
    unconfigure()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [StderrHandler()] if stderr else []
    path: Path | None = None
    problem = ""
    if folder is not None:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private(folder, 0o700)
            path = folder / LOG_FILE
            handlers.append(
                PrivateRotatingFileHandler(
                    path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", errors="backslashreplace"
                )
            )
        except OSError as exc:
            path, problem = None, type(exc).__name__
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
        _installed.append(handler)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    if problem:
        logging.getLogger(__name__).warning("log files cannot be written (%s): stderr only", problem)
    return path


def unconfigure() -> None:
    """Removes and closes the handlers `configure` installed (tests; a second `configure`)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
