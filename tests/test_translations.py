"""The English translation is complete, its tool catches what is missing, and the kiosk shows it."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import i18n

ROOT = Path(__file__).resolve().parent.parent


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _ts(translations: dict[str, str], *, context: str = "kiosk") -> str:
    """A .ts file written by hand, so these tests do not rely on the tool's own writer."""
    messages = "".join(
        f"<message><source>{source}</source><translation>{english}</translation></message>"
        for source, english in translations.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en_GB" '
        f'sourcelanguage="vi_VN"><context><name>{context}</name>{messages}</context></TS>'
    )


def _problems(context: str) -> list[str]:
    catalogs, errors = tool.catalogs(ROOT)
    catalog = next(c for c in catalogs if c.context == context)
    problems: list[str] = errors + [str(p) for p in tool.check_catalog(catalog.path, catalog.found, ROOT)]
    return problems


def test_every_procedure_text_has_an_english_translation() -> None:
    assert _problems("procedure") == []


def test_every_text_in_the_code_has_an_english_translation() -> None:
    assert _problems("kiosk") == []


def test_check_names_a_missing_and_an_unfinished_translation(tmp_path: Path) -> None:
    _, procedures_ts = tool.ts_paths(ROOT)
    text = procedures_ts.read_text(encoding="utf-8")
    one_message = r"<message>(?:(?!</message>).)*<source>Giấy chứng sinh</source>.*?</message>"
    text, removed = re.subn(one_message, "", text, flags=re.S)
    text, unfinished = re.subn(
        r"(<source>Bên nữ</source>\s*)<translation>", r'\1<translation type="unfinished">', text
    )
    assert (removed, unfinished) == (1, 1)
    broken = tmp_path / "procedures_en.ts"
    broken.write_text(text, encoding="utf-8")
    found, _ = tool.extract_procedures(ROOT)

    problems = {p.source: p.problem for p in tool.check_catalog(broken, found, ROOT)}

    assert problems.keys() == {"Giấy chứng sinh", "Bên nữ"}
    assert "update" in problems["Giấy chứng sinh"]
    assert "not translated" in problems["Bên nữ"]


def test_check_names_a_translation_whose_places_differ(tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_en.ts"
    ts.write_text(_ts({"Còn {n} giây": "{count} seconds left", "Tệp {name} quá lớn": "{name} is too big"}))
    found = {"Còn {n} giây": {"kiosk/ui/idle.py"}, "Tệp {name} quá lớn": {"kiosk/ui/photos.py"}}

    problems = tool.check_catalog(ts, found, tmp_path)

    assert [(p.source, "{places}" in p.problem) for p in problems] == [("Còn {n} giây", True)]


def test_collecting_refuses_text_built_at_run_time_and_names_file_and_line(tmp_path: Path) -> None:
    package = tmp_path / "kiosk" / "ui"
    package.mkdir(parents=True)
    (package / "screen.py").write_text(
        "from kiosk.i18n import tr\n"
        "def show(n, message):\n"
        '    tr("Còn " "{n} giây", n=n)\n'
        '    tr(f"Còn {n} giây")\n'
        '    phrase("Tệp " + message)\n'
        "    tr(message)\n",
        encoding="utf-8",
    )
    (tmp_path / "kiosk" / "receipt").mkdir()
    (tmp_path / "kiosk" / "receipt" / "pdf.py").write_text('tr("Biên nhận hồ sơ")\n', encoding="utf-8")

    found, errors = tool.extract_code(tmp_path)

    assert set(found) == {"Còn {n} giây"}  # the receipt stays Vietnamese
    assert [e.split(": ")[0] for e in errors] == ["kiosk/ui/screen.py:4", "kiosk/ui/screen.py:5"]
    assert "f-string" in errors[0]
    assert tool.update(tmp_path) == errors
    assert not (tmp_path / "assets" / "i18n").exists()  # nothing written while a text cannot be collected


def test_update_keeps_translations_and_sets_aside_texts_gone_from_the_code(tmp_path: Path) -> None:
    source = tmp_path / "kiosk" / "home.py"
    source.parent.mkdir()
    source.write_text('tr("Tiếp tục")\ntr("Quay lại")\ntr("Xong")\n', encoding="utf-8")
    assert tool.update(tmp_path) == []
    code_ts, _ = tool.ts_paths(tmp_path)
    assert code_ts.read_text(encoding="utf-8").count('type="unfinished"') == 3
    code_ts.write_text(_ts({"Tiếp tục": "Continue", "Quay lại": "Back", "Xong": ""}), encoding="utf-8")
    source.write_text('tr("Tiếp tục")\ntr("Nộp hồ sơ")\n', encoding="utf-8")

    assert tool.update(tmp_path) == []

    messages = tool.read_ts(code_ts)
    assert {s: (m.translation, m.kind) for s, m in messages.items()} == {
        "Tiếp tục": ("Continue", ""),
        "Nộp hồ sơ": ("", "unfinished"),
        "Quay lại": ("Back", "vanished"),  # kept for reuse; "Xong" had nothing worth keeping
    }
    found, _ = tool.extract_code(tmp_path)
    assert [p.source for p in tool.check_catalog(code_ts, found, tmp_path)] == ["Nộp hồ sơ"]


def test_build_compiles_once_and_again_after_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, procedures_ts = tool.ts_paths(ROOT)
    copy = tmp_path / "assets" / "i18n" / procedures_ts.name
    copy.parent.mkdir(parents=True)
    shutil.copy(procedures_ts, copy)

    assert tool.build(tmp_path) is True
    assert tool.qm_path(tmp_path).stat().st_size > 0
    assert tool.build(tmp_path) is False  # up to date
    later = tool.qm_path(tmp_path).stat().st_mtime + 5
    os.utime(copy, (later, later))
    assert tool.build(tmp_path) is True  # the .ts changed
    os.utime(copy, (later + 5, later + 5))
    monkeypatch.setattr(tool, "find_lrelease", lambda: None)
    with pytest.raises(SystemExit, match="lrelease not found"):
        tool.build(tmp_path)


@pytest.fixture(scope="session")
def compiled() -> Path:
    tool.build(ROOT)  # what scripts/setup.sh does; a no-op when the .qm is up to date
    return Path(tool.qm_path(ROOT))


def test_english_shows_procedure_texts_in_english_until_vietnamese_is_chosen_again(
    qapp: QApplication, compiled: Path
) -> None:
    assert compiled == i18n.qm_path("en")
    try:
        assert i18n.set_language("en")
        assert i18n.procedure_text("Đăng ký khai sinh") == "Birth registration"
        assert i18n.procedure_text("Giấy chứng sinh") == "Medical birth certificate (giấy chứng sinh)"
    finally:
        i18n.set_language("vi")
    assert i18n.procedure_text("Đăng ký khai sinh") == "Đăng ký khai sinh"
