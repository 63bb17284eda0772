"""Translations: collect the texts to translate, merge them into `assets/i18n/*.ts`, check and compile them.

    .venv/bin/python scripts/i18n.py update   # collect texts; new ones wait as "unfinished"
    .venv/bin/python scripts/i18n.py check    # exit 1 listing what is untranslated, missing or broken
    .venv/bin/python scripts/i18n.py build    # compile assets/i18n/kiosk_en.qm (skipped when up to date)

Vietnamese is the source language. Two Qt Linguist files hold the English:
- `kiosk_en.ts`, context "kiosk": every literal passed to `tr(...)` or `phrase(...)` in `kiosk/**/*.py`
  (not the official receipt, which stays Vietnamese, nor the sandbox portal, which is the server);
- `procedures_en.ts`, context "procedure": every text of `assets/procedures/*.json` the screens show
  (a procedure's `name_en` is taken as the translation of its `name`).
Open them in `pyside6-linguist`, or edit the XML: a finished translation has no `type` attribute.
Texts no longer in the sources stay in the file as `type="vanished"` (for reuse) and are not compiled.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = "en"
TS_HEADER = '<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">'
CODE_CONTEXT = "kiosk"  # must match kiosk/i18n.py
PROCEDURE_CONTEXT = "procedure"
CALLS = frozenset({"tr", "phrase"})
# Not translated: the official receipt stays Vietnamese; the sandbox portal is the server's side.
CODE_SKIPPED = ("kiosk/receipt", "kiosk/portal/sandbox")
# The keys of a procedure file the screens show ("*" = every item of a list).
PROCEDURE_KEYS = (
    ("name",),
    ("agency",),
    ("sections", "*", "title"),
    ("pages", "*", "fields", "*", "label"),
    ("pages", "*", "fields", "*", "help"),
    ("pages", "*", "fields", "*", "options", "*", "label"),
    ("rules", "*", "message"),
    ("deadline", "message"),
    ("attachments", "*", "name"),
    ("attachments", "*", "help"),
)
GONE = frozenset({"vanished", "obsolete"})  # Qt's marks for a text no longer in the sources
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)(?:[!:][^{}]*)?\}")

Found = dict[str, set[str]]  # source text -> the files it comes from (relative to the root)


@dataclass
class Message:
    source: str
    translation: str = ""
    kind: str = "unfinished"  # "" when finished, "unfinished" or "vanished" (Qt's `type` attribute)
    locations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """One .ts file: where it is, its context, and the texts the sources have for it."""

    path: Path
    context: str
    found: Found
    prefill: Mapping[str, str]


@dataclass(frozen=True)
class Problem:
    file: str
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: «{self.source}»: {self.problem}"


# -- collecting --------------------------------------------------------------------------------------
def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _built_text(node: ast.expr) -> bool:
    """Whether the text is built at run time from literals (f-string, `+`, `%`, `.format`)."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return any(
            isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, str))
            for n in ast.walk(node)
        )
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Constant | ast.JoinedStr)
    )


def extract_code(root: Path = ROOT) -> tuple[Found, list[str]]:
    """Literals given to tr()/phrase() in root/kiosk, and "file:line: problem" for texts built at run time."""
    found: Found = {}
    errors: list[tuple[str, int, str]] = []
    for path in sorted((root / "kiosk").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if any(rel.startswith(skipped + "/") for skipped in CODE_SKIPPED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=rel)):
            if not isinstance(node, ast.Call) or _call_name(node.func) not in CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value:
                    found.setdefault(first.value, set()).add(rel)
            elif _built_text(first):
                what = "an f-string" if isinstance(first, ast.JoinedStr) else "a text built at run time"
                errors.append((rel, node.lineno, f"{_call_name(node.func)}() is given {what}"))
    advice = 'which cannot be translated; write one literal with {names}: tr("Còn {n} giây", n=n)'
    return found, [f"{rel}:{line}: {problem}, {advice}" for rel, line, problem in sorted(errors)]


def _texts_at(data: object, keys: Sequence[str]) -> Iterator[str]:
    if not keys:
        if isinstance(data, str) and data:
            yield data
        return
    head, rest = keys[0], keys[1:]
    if head == "*":
        for item in data if isinstance(data, list) else ():
            yield from _texts_at(item, rest)
    elif isinstance(data, dict) and head in data:
        yield from _texts_at(data[head], rest)


def extract_procedures(root: Path = ROOT) -> tuple[Found, dict[str, str]]:
    """The shown texts of every procedure file, and each file's `name_en` as the translation of `name`."""
    found: Found = {}
    prefill: dict[str, str] = {}
    for path in sorted((root / "assets" / "procedures").glob("*.json")):
        if path.name.endswith(".schema.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        rel = path.relative_to(root).as_posix()
        for keys in PROCEDURE_KEYS:
            for text in _texts_at(data, keys):
                found.setdefault(text, set()).add(rel)
        if isinstance(data.get("name"), str) and isinstance(data.get("name_en"), str):
            prefill[data["name"]] = data["name_en"]
    return found, prefill


def catalogs(root: Path = ROOT) -> tuple[list[Catalog], list[str]]:
    """Both .ts files with what the sources hold for them, and the problems found while collecting."""
    code, errors = extract_code(root)
    procedures, prefill = extract_procedures(root)
    code_ts, procedures_ts = ts_paths(root)
    return [
        Catalog(code_ts, CODE_CONTEXT, code, {}),
        Catalog(procedures_ts, PROCEDURE_CONTEXT, procedures, prefill),
    ], errors


def ts_paths(root: Path = ROOT) -> tuple[Path, Path]:
    """The code texts' and the procedure texts' .ts files."""
    folder = root / "assets" / "i18n"
    return folder / f"kiosk_{LANGUAGE}.ts", folder / f"procedures_{LANGUAGE}.ts"


# -- .ts files ---------------------------------------------------------------------------------------
def read_ts(path: Path) -> dict[str, Message]:
    if not path.exists():
        return {}
    messages: dict[str, Message] = {}
    for element in ET.parse(path).getroot().iter("message"):
        translation = element.find("translation")
        messages[element.findtext("source", "")] = Message(
            element.findtext("source", ""),
            "" if translation is None else translation.text or "",
            "unfinished" if translation is None else translation.get("type", ""),
            tuple(loc.get("filename", "") for loc in element.iter("location")),
        )
    return messages


def render_ts(context: str, messages: Mapping[str, Message]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", TS_HEADER, "<context>"]
    lines.append(f"    <name>{escape(context)}</name>")
    for source in sorted(messages):
        message = messages[source]
        lines.append("    <message>")
        lines += [f"        <location filename={quoteattr(loc)}/>" for loc in message.locations]
        lines.append(f"        <source>{escape(source)}</source>")
        kind = f" type={quoteattr(message.kind)}" if message.kind else ""
        lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def merge(old: Mapping[str, Message], catalog: Catalog) -> dict[str, Message]:
    """The sources' texts with the translations `old` has for them; texts gone from the sources vanish."""
    merged: dict[str, Message] = {}
    for source, files in catalog.found.items():
        before = old.get(source)
        translation = before.translation if before else ""
        kind = before.kind if before and before.kind not in GONE else ""
        if not translation and source in catalog.prefill:
            translation, kind = catalog.prefill[source], ""
        if not translation:
            kind = "unfinished"
        locations = tuple(sorted(f"../../{f}" for f in files))  # the .ts files are in <root>/assets/i18n
        merged[source] = Message(source, translation, kind, locations)
    for source, before in old.items():
        if source not in merged and before.translation:
            merged[source] = Message(source, before.translation, "vanished", ())
    return merged


def update(root: Path = ROOT) -> list[str]:
    """Merges the sources' texts into both .ts files; returns collecting problems (then writes nothing)."""
    found, errors = catalogs(root)
    if errors:
        return errors
    for catalog in found:
        text = render_ts(catalog.context, merge(read_ts(catalog.path), catalog))
        if not catalog.path.exists() or catalog.path.read_text(encoding="utf-8") != text:
            catalog.path.parent.mkdir(parents=True, exist_ok=True)
            catalog.path.write_text(text, encoding="utf-8")
    return []


# -- checking ----------------------------------------------------------------------------------------
def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def check_catalog(path: Path, found: Found, root: Path = ROOT) -> list[Problem]:
    """What is wrong with one .ts file for the texts `found` in the sources."""
    try:
        name = path.relative_to(root).as_posix()
    except ValueError:
        name = str(path)
    messages = read_ts(path)
    problems = []
    for source in sorted(found):
        message = messages.get(source)
        if message is None or message.kind in GONE:
            problems.append(Problem(name, source, "not in the file: run scripts/i18n.py update"))
        elif message.kind == "unfinished" or not message.translation:
            problems.append(Problem(name, source, "not translated yet"))
        elif placeholders(message.translation) != placeholders(source):
            wanted = ", ".join(sorted(placeholders(source))) or "none"
            problems.append(Problem(name, source, f"the translation's {{places}} differ (want: {wanted})"))
    for source, message in sorted(messages.items()):
        if source not in found and message.kind not in GONE:
            problems.append(Problem(name, source, "no longer in the sources: run scripts/i18n.py update"))
    return problems


def check(root: Path = ROOT) -> tuple[list[str], str]:
    """Every problem, one per line (empty when all is well), and a summary line."""
    found, errors = catalogs(root)
    problems = errors + [str(p) for c in found for p in check_catalog(c.path, c.found, root)]
    summary = ", ".join(f"{len(c.found)} {c.context} texts" for c in found)
    return problems, f"i18n: {summary} translated into {LANGUAGE}"


# -- building ----------------------------------------------------------------------------------------
def qm_path(root: Path = ROOT) -> Path:
    return root / "assets" / "i18n" / f"kiosk_{LANGUAGE}.qm"  # what kiosk.i18n.qm_path(LANGUAGE) loads


def find_lrelease() -> Path | None:
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / f"lrelease{suffix}" for p in spec.submodule_search_locations]
    candidates.append(Path(sys.executable).parent / f"pyside6-lrelease{suffix}")
    which = shutil.which("pyside6-lrelease")
    candidates += [Path(which)] if which else []
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def build(root: Path = ROOT, *, force: bool = False) -> bool:
    """Compiles both .ts files into one .qm; returns False when it was already up to date."""
    sources = [path for path in ts_paths(root) if path.exists()]
    if not sources:
        raise SystemExit(f"i18n: no .ts files in {root / 'assets' / 'i18n'}: run scripts/i18n.py update")
    target = qm_path(root)
    if not force and target.exists() and all(target.stat().st_mtime > s.stat().st_mtime for s in sources):
        return False
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit(
            "i18n: lrelease not found (it comes with PySide6: pyside6-lrelease beside this Python, or "
            "lrelease in the PySide6 folder); install the project with scripts/setup.sh"
        )
    partial = target.with_suffix(".qm.part")  # a running kiosk never loads a half-written file
    command = [str(lrelease), "-silent", *map(str, sources), "-qm", str(partial)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        raise SystemExit(f"i18n: {lrelease.name} failed:\n{result.stdout}{result.stderr}")
    partial.replace(target)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/i18n.py", description="The kiosk's translations.")
    parser.add_argument("command", choices=["update", "check", "build"])
    parser.add_argument("--force", action="store_true", help="build even when the .qm is up to date")
    options = parser.parse_args(argv)
    if options.command == "build":
        if build(force=options.force):
            print(f"i18n: built {qm_path().relative_to(ROOT)}", file=sys.stderr)
        return 0
    if options.command == "update":
        problems, done = update(), "i18n: assets/i18n/*.ts updated; `check` lists what is left to translate"
    else:
        problems, done = check()
    print("\n".join(problems) or done, file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
