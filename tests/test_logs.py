"""Whatever slips into a log line, the kiosk's log handlers write no personal data."""

from __future__ import annotations

import io
import json
import logging
import stat
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import logs
from kiosk.domain.text import fold
from kiosk.logs import REDACTED, RedactingFilter, redact


@pytest.fixture(autouse=True)
def _fresh_visit() -> Iterator[None]:
    logs.forget_sensitive()
    yield
    logs.forget_sensitive()


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger writing through the redacting filter into a string."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("kiosk.test.logs")
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    log.propagate = False
    yield log, stream
    log.removeHandler(handler)


# -- what has a shape ----------------------------------------------------------------------------------
def test_lookup_codes_cccd_numbers_and_phones_are_redacted() -> None:
    line = redact(
        "Retrying: /api/v1/dossiers/000.00.01.H26-261122-0001?lookup_code=ABC234 "
        "for 001156012345, phone +84 912 345 678 or 0912.345.678"
    )
    assert "ABC234" not in line and "001156012345" not in line
    assert "912 345 678" not in line and "0912.345.678" not in line
    assert "/api/v1/dossiers/000.00.01.H26-261122-0001" in line  # what happened is still readable


# Text around a number: anything but digits (a digit next to it would make it another number).
_AROUND = st.text(st.characters(blacklist_categories=["Nd", "Cs"]), max_size=30)
_DIGITS = "0123456789"


def _grouped(digits: str, size: int, separator: str) -> str:
    return separator.join(digits[i : i + size] for i in range(0, len(digits), size))


@given(
    before=_AROUND,
    after=_AROUND,
    number=st.text(_DIGITS, min_size=9, max_size=12),
    size=st.integers(3, 12),
    separator=st.sampled_from([" ", ".", "-"]),
)
def test_cccd_and_cmnd_numbers_are_redacted_in_any_text(
    before: str, after: str, number: str, size: int, separator: str
) -> None:
    line = redact(f"{before} {_grouped(number, size, separator)} {after}")
    assert not any(ch in _DIGITS for ch in line), line


_MOBILE = st.builds(
    lambda p, rest: f"0{p}{rest}", st.sampled_from("35789"), st.text(_DIGITS, min_size=8, max_size=8)
)
_LANDLINE = st.builds(lambda rest: f"02{rest}", st.text(_DIGITS, min_size=9, max_size=9))


@given(
    before=_AROUND,
    after=_AROUND,
    national=st.one_of(_MOBILE, _LANDLINE),
    prefix=st.sampled_from(["0", "+84", "+84 ", "84", "(+84) ", "+84-", "(0"]),
    size=st.integers(1, 10),
    separator=st.sampled_from(["", " ", ".", "-"]),
)
def test_vietnamese_phone_numbers_are_redacted_in_any_form(
    before: str, after: str, national: str, prefix: str, size: int, separator: str
) -> None:
    if prefix == "(0":  # "(028) 3823 4567", "(091) 234 5678"
        phone = f"(0{national[1:3]}) {_grouped(national[3:], size, separator)}"
    else:
        phone = prefix + _grouped(national[1:], size, separator)
    line = redact(f"{before} {phone} {after}")
    assert not any(ch in _DIGITS for ch in line), (phone, line)


def test_a_trunk_zero_after_the_country_code_is_redacted_too() -> None:
    assert redact("gọi +84 (0) 912 345 678 nhé") == "gọi [số điện thoại] nhé"
    assert redact("gọi +84 0912 345 678 nhé") == "gọi [số điện thoại] nhé"


def test_emails_and_dates_of_birth_are_redacted() -> None:
    line = redact(
        "gửi tới nguyen.van-a+kiosk@gmail.com.vn: sinh 05/09/1956, 5-9-1956, 05.09.1956; 1956-09-05"
    )
    assert line == "gửi tới [email]: sinh [ngày], [ngày], [ngày]; [ngày]"


def test_ordinary_log_lines_stay_readable() -> None:
    line = (
        'http://127.0.0.1:45678 "POST /api/v1/dossiers HTTP/1.1" 201 1234 '
        "speech: engine speechd, version 1.2.3, took 0.125 s, retry 2 of 3"
    )
    assert redact(line) == line


def test_passwords_otps_tokens_and_lookup_codes_are_redacted() -> None:
    line = redact(
        '{"username": "u", "password": "matkhau-2026", "otp": "123456"} '
        "Authorization: Bearer eyJhbGciOi.J9-x_y "
        "{'X-Lookup-Code': 'ABC234'} lookup_code=XYZ987 demo_otp=654321"
    )
    for secret in ("matkhau-2026", "123456", "eyJhbGciOi", "J9-x_y", "ABC234", "XYZ987", "654321"):
        assert secret not in line
    assert '"password": [đã ẩn]' in line and "Authorization: [đã ẩn]" in line


# -- what a citizen gave during this visit ----------------------------------------------------------
NAME = "Nguyễn Thị Hoà"


def test_a_remembered_name_is_hidden_however_it_is_written() -> None:
    logs.remember_sensitive(NAME)
    nfd = unicodedata.normalize("NFD", NAME)
    for written in (
        NAME,
        nfd,
        NAME.upper(),
        unicodedata.normalize("NFD", NAME.upper()),
        "NGUYEN THI HOA",
        "nguyen   thi\thoa",
        "Nguyễn Thị Hòa",  # the old accent placement
        json.dumps(NAME)[1:-1],  # "Nguy\\u1ec5n …", as json.dumps writes it
        repr(NAME.encode())[2:-1],  # "Nguy\\xe1\\xbb\\x85n …", as a bytes repr shows it
        quote(NAME),  # "Nguy%E1%BB%85n%20…", as in a URL
    ):
        line = redact(f"account of {written}: created")
        assert line == f"account of {REDACTED}: created", written


def test_only_what_was_remembered_is_hidden_and_only_until_the_visit_ends() -> None:
    logs.remember_sensitive(NAME, "Có", None, 4, " - ")  # a choice, a code, a dash: too short to hide
    assert redact("Nguyễn Thị Hoàng, Trần Thị Hoà") == "Nguyễn Thị Hoàng, Trần Thị Hoà"
    assert redact("Có 4 hồ sơ - xong") == "Có 4 hồ sơ - xong"
    assert redact(f"{NAME}.") == f"{REDACTED}."
    logs.forget_sensitive()
    assert redact(NAME) == NAME


def test_remembered_addresses_dates_and_phones_are_hidden_in_every_spelling() -> None:
    logs.remember_sensitive(
        {"province": 1, "commune": 4, "street": "Số 12 ngõ 34 phố Đội Cấn"},
        "05/09/1956",
        date(2025, 3, 7),
        "+84 912 345 678",
        "1996",
    )
    line = redact(
        "street so 12 ngo 34 pho doi can; born 1956-09-05 or 5/9/1956; child 07/03/2025 or 2025-03-07; "
        'phone "0912345678"; mother born 1996; port 41996'
    )
    assert line == (
        f"street {REDACTED}; born {REDACTED} or {REDACTED}; child {REDACTED} or {REDACTED}; "
        f'phone "{REDACTED}"; mother born {REDACTED}; port 41996'
    )


def test_remember_takes_dataclasses_pydantic_models_and_sequences() -> None:
    from kiosk.domain.addresses import Address
    from kiosk.portal.models import Account

    account = Account(
        account_id="a-1",
        id_number="001156012345",
        full_name="Đỗ Văn Hùng",
        birth_date=date(1956, 1, 2),
        phone="0987654321",
        verified=True,
    )
    logs.remember_sensitive(account, [Address(1, 4, "Thôn Đông")], ("Lê Thị Thuỷ",))
    assert fold(redact("Do Van Hung, thon dong, le thi thuy")) == fold(f"{REDACTED}, {REDACTED}, {REDACTED}")


@pytest.mark.parametrize("order", [1, -1])
def test_the_longest_remembered_value_wins_whatever_the_order(order: int) -> None:
    logs.remember_sensitive(*["Trần Văn", "Trần Văn Đức"][::order])
    assert redact("ông Trần Văn Đức và Trần Văn An") == f"ông {REDACTED} và {REDACTED} An"


def test_a_long_value_is_hidden_and_a_very_long_one_from_its_beginning() -> None:
    long, pasted, digits = ", ".join(["Thôn Đông"] * 90), "Thôn Đông, " * 1000, "1234567890" * 200
    logs.remember_sensitive(long, pasted, digits)
    assert redact(f"a: {long}") == f"a: {REDACTED}"
    assert redact(f"b: {pasted}").startswith(f"b: {REDACTED}")
    assert redact(f"c: {digits}").startswith(f"c: {REDACTED}")


@given(before=_AROUND, after=_AROUND, form=st.sampled_from(["NFC", "NFD"]), upper=st.booleans())
def test_a_remembered_name_is_hidden_in_any_text(before: str, after: str, form: str, upper: bool) -> None:
    logs.remember_sensitive(NAME)
    written = unicodedata.normalize(form, NAME.upper() if upper else NAME)
    assert "nguyen thi hoa" not in fold(redact(f"{before} {written} {after}"))


# -- the filter on a handler ---------------------------------------------------------------------------
def test_the_filter_rewrites_arguments_and_drops_tracebacks(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    log, stream = captured
    log.warning("account %s failed", "079156054321")
    try:
        raise ValueError("Nguyễn Thị Hoà 079156054321")
    except ValueError as exc:
        log.exception("crash")
        log.info("failed: %s", exc)  # an exception as an argument: its type only
        log.error(exc)
    text = stream.getvalue()
    assert "079156054321" not in text and "Nguyễn" not in text
    assert "account [số giấy tờ] failed" in text
    assert "crash (ValueError)" in text
    assert "failed: ValueError" in text


def test_wrong_log_arguments_are_not_printed_raw(
    captured: tuple[logging.Logger, io.StringIO], capsys: pytest.CaptureFixture[str]
) -> None:
    log, stream = captured
    log.warning("two values %s %s", "Nguyễn Thị Hoà")  # one argument short
    assert "Nguyễn" not in stream.getvalue() + capsys.readouterr().err
    assert "two values" in stream.getvalue()


def test_remembered_values_reach_no_handler(captured: tuple[logging.Logger, io.StringIO]) -> None:
    log, stream = captured
    logs.remember_sensitive("Trần Bảo Ngọc")
    log.debug("child %s", unicodedata.normalize("NFD", "TRẦN BẢO NGỌC"))
    assert stream.getvalue() == f"child {REDACTED}\n"


def test_the_stderr_handler_writes_to_the_current_stderr_or_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = logs.StderrHandler()
    handler.addFilter(RedactingFilter())
    record = logging.LogRecord("kiosk.test", logging.INFO, __file__, 1, "CCCD %s", ("079156054321",), None)
    later = io.StringIO()
    monkeypatch.setattr(sys, "stderr", later)  # replaced after the handler was made
    handler.handle(record)
    assert later.getvalue() == "CCCD [số giấy tờ]\n"
    monkeypatch.setattr(sys, "stderr", None)  # a windowed program on Windows has none
    handler.handle(record)


# -- files ---------------------------------------------------------------------------------------------
@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    logs.unconfigure()
    root.setLevel(level)
    for handler in handlers:
        for found in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(found)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("restore_logging")
def test_log_files_rotate_are_private_and_redacted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "logs"
    path = logs.configure(logging.DEBUG, folder, max_bytes=2_000, backups=2)
    assert path == folder / "kiosk.log"
    log = logging.getLogger("kiosk.test.files")
    logs.remember_sensitive("Phạm Thị Thuỷ")
    for n in range(100):
        log.info("dossier %d for Phạm Thị Thuỷ, CCCD 079156054321, phone 0912 345 678", n)
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]  # 2 kept, older dropped
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    assert "dossier 99 for [đã ẩn], CCCD [số giấy tờ], phone [số điện thoại]" in text
    assert "Thuỷ" not in text and "079156054321" not in text
    assert all(f.stat().st_size <= 2_000 for f in files)
    err = capsys.readouterr().err  # the stderr handler is behind the same filter
    assert "dossier 99 for [đã ẩn]" in err and "Thuỷ" not in err
    if sys.platform != "win32":
        assert _mode(folder) == 0o700
        assert all(_mode(f) == 0o600 for f in files)


@pytest.mark.usefixtures("restore_logging")
def test_every_handler_writes_the_same_redacted_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.configure(logging.INFO, tmp_path / "logs")
    logging.getLogger("kiosk.test.files").info('login {"password": "mk 2026", "otp": "123456"}')
    line = 'kiosk.test.files: login {"password": [đã ẩn], "otp": [đã ẩn]}\n'
    assert (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8").endswith(line)
    assert capsys.readouterr().err.endswith(line)  # redacted once, not once per handler


@pytest.mark.usefixtures("restore_logging")
def test_configuring_again_replaces_the_handlers_and_tightens_old_files(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / "kiosk.log").write_text("old line\n", encoding="utf-8")
    (folder / "kiosk.log").chmod(0o644)
    logs.configure(logging.INFO, folder, stderr=False)
    logs.configure(logging.INFO, folder, stderr=False)
    logging.getLogger("kiosk.test.files").info("once")
    assert (folder / "kiosk.log").read_text(encoding="utf-8").count("once") == 1  # one handler, not two
    if sys.platform != "win32":
        assert _mode(folder) == 0o700 and _mode(folder / "kiosk.log") == 0o600


@pytest.mark.usefixtures("restore_logging")
def test_an_unwritable_folder_leaves_stderr_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    assert logs.configure(logging.INFO, blocked / "logs") is None
    logging.getLogger("kiosk.test.files").warning("CCCD 079156054321")
    err = capsys.readouterr().err
    assert "log files cannot be written (FileExistsError)" in err or "NotADirectoryError" in err
    assert "CCCD [số giấy tờ]" in err


def test_the_log_folder_is_under_the_data_folder(home_dir: Path) -> None:
    from kiosk.store.location import data_dir, log_dir

    assert log_dir() == data_dir() / "logs" and log_dir().is_dir()
    assert home_dir in log_dir().parents
