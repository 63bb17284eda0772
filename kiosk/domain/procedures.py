"""Procedures as data: the model of a procedure definition and its loader.

A procedure is a JSON file in `assets/procedures/` (see docs/procedures.md). Loading checks the
structure and reports a problem with the file, the path inside it and what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

FIELD_TYPES = frozenset(
    {"text", "person_name", "date", "year", "number", "choice", "yes_no", "cccd", "phone", "ethnicity"}
)
DELIVERY_OPTIONS = frozenset({"desk", "post"})
COMPUTATIONS = frozenset({"date_in_words"})  # what `compute` may name; kiosk.domain.form computes them


class ProcedureError(ValueError):
    """A broken procedure definition: names the file, the path inside it and the problem."""

    def __init__(self, source: str, path: str, problem: str) -> None:
        super().__init__(f"{source}: {path or '(gốc)'}: {problem}")
        self.source = source
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Condition:
    """Show-when: the page or field applies when `field` currently equals `equals`."""

    field: str
    equals: object


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    source: str | None = None  # "account.full_name": filled from the logged-in account, never asked
    compute: str | None = None  # "date_in_words:child.birth_date": derived, never asked
    default: str | None = None
    options: tuple[Option, ...] = ()
    min: int | None = None
    max: int | None = None
    max_length: int | None = None
    not_future: bool = False
    when: Condition | None = None

    @property
    def asked(self) -> bool:
        """Whether a person answers this field (not filled from the account, not computed)."""
        return self.source is None and self.compute is None


@dataclass(frozen=True)
class Page:
    id: str
    section: str
    fields: tuple[Field, ...]
    when: Condition | None = None

    @property
    def asked(self) -> bool:
        return any(f.asked for f in self.fields)


@dataclass(frozen=True)
class Section:
    id: str
    title: str


@dataclass(frozen=True)
class Procedure:
    code: str
    version: str
    name: str
    name_en: str
    agency: str
    processing_days: int
    delivery: tuple[str, ...]
    sections: tuple[Section, ...]
    pages: tuple[Page, ...]
    notes: str = ""
    _fields: dict[str, Field] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._fields.update({f.id: f for p in self.pages for f in p.fields})

    def field(self, field_id: str) -> Field:
        return self._fields[field_id]

    @property
    def fields(self) -> Mapping[str, Field]:
        return self._fields

    def section_title(self, section_id: str) -> str:
        return next(s.title for s in self.sections if s.id == section_id)


class _Reader:
    """Walks a parsed JSON document, raising ProcedureError with a JSON-pointer-like path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str) -> ProcedureError:
        return ProcedureError(self.source, path, problem)

    def obj(
        self, value: Any, path: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "phải là một đối tượng JSON (object)")
        for key in required:
            if key not in value:
                raise self.fail(f"{path}/{key}", "thiếu trường bắt buộc")
        unknown = set(value) - set(required) - set(optional)
        if unknown:
            raise self.fail(f"{path}/{sorted(unknown)[0]}", "trường không được hỗ trợ")
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, "phải là một chuỗi không rỗng")
        return value

    def integer(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, "phải là một số nguyên")
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(path, "phải là một mảng không rỗng")
        return value


_FIELD_KEYS = (
    "help", "required", "source", "compute", "default", "options",
    "min", "max", "max_length", "not_future", "when",
)  # fmt: skip


def _condition(r: _Reader, raw: Any, path: str, known: Mapping[str, Field]) -> Condition | None:
    if raw is None:
        return None
    obj = r.obj(raw, path, ("field", "equals"))
    target = r.text(obj["field"], f"{path}/field")
    if target not in known:
        raise r.fail(f"{path}/field", f"trường “{target}” chưa được khai báo ở trang trước")
    return Condition(target, obj["equals"])


def _field(r: _Reader, raw: Any, path: str, known: Mapping[str, Field]) -> Field:
    obj = r.obj(raw, path, ("id", "type", "label"), _FIELD_KEYS)
    kind = r.text(obj["type"], f"{path}/type")
    if kind not in FIELD_TYPES:
        raise r.fail(f"{path}/type", f"loại “{kind}” không có; dùng một trong {sorted(FIELD_TYPES)}")
    options: list[Option] = []
    if kind == "choice":
        for i, opt in enumerate(r.array(obj.get("options"), f"{path}/options")):
            o = r.obj(opt, f"{path}/options/{i}", ("value", "label"))
            options.append(
                Option(
                    r.text(o["value"], f"{path}/options/{i}/value"),
                    r.text(o["label"], f"{path}/options/{i}/label"),
                )
            )
    elif "options" in obj:
        raise r.fail(f"{path}/options", "chỉ dùng cho loại “choice”")
    for key in ("min", "max", "max_length"):
        if key in obj:
            r.integer(obj[key], f"{path}/{key}")
    fid = r.text(obj["id"], f"{path}/id")
    if fid in known:
        raise r.fail(f"{path}/id", f"mã trường “{fid}” bị trùng")
    if "source" in obj and not r.text(obj["source"], f"{path}/source").startswith("account."):
        raise r.fail(f"{path}/source", "phải có dạng “account.<tên>”, ví dụ account.full_name")
    if "compute" in obj:
        name, _, target = r.text(obj["compute"], f"{path}/compute").partition(":")
        if name not in COMPUTATIONS or target not in known:
            raise r.fail(
                f"{path}/compute",
                f"phải có dạng “<phép tính>:<trường đã khai báo>”, phép tính: {sorted(COMPUTATIONS)}",
            )
    result = Field(
        id=fid,
        type=kind,
        label=r.text(obj["label"], f"{path}/label"),
        help=str(obj.get("help", "")),
        required=bool(obj.get("required", False)),
        source=obj.get("source"),
        compute=obj.get("compute"),
        default=obj.get("default"),
        options=tuple(options),
        min=obj.get("min"),
        max=obj.get("max"),
        max_length=obj.get("max_length"),
        not_future=bool(obj.get("not_future", False)),
        when=_condition(r, obj.get("when"), f"{path}/when", known),
    )
    if result.default is not None:
        from kiosk.domain.fieldtypes import Invalid, parse  # here: fieldtypes imports this module

        try:
            parse(result, result.default, date.today())
        except Invalid as exc:
            raise r.fail(f"{path}/default", f"giá trị mặc định không hợp lệ: {exc}") from None
    return result


def parse_procedure(data: Any, source: str) -> Procedure:
    """Builds a Procedure from parsed JSON, or raises ProcedureError naming `source` and the path."""
    r = _Reader(source)
    top = r.obj(
        data,
        "",
        ("code", "version", "name", "name_en", "agency", "processing_days", "delivery", "sections", "pages"),
        ("notes",),
    )
    sections = []
    for i, raw in enumerate(r.array(top["sections"], "/sections")):
        s = r.obj(raw, f"/sections/{i}", ("id", "title"))
        sections.append(
            Section(r.text(s["id"], f"/sections/{i}/id"), r.text(s["title"], f"/sections/{i}/title"))
        )
    section_ids = {s.id for s in sections}
    delivery = [r.text(d, f"/delivery/{i}") for i, d in enumerate(r.array(top["delivery"], "/delivery"))]
    for i, d in enumerate(delivery):
        if d not in DELIVERY_OPTIONS:
            raise r.fail(f"/delivery/{i}", f"cách nhận kết quả “{d}” không có; dùng desk hoặc post")
    known: dict[str, Field] = {}
    pages: list[Page] = []
    page_ids: set[str] = set()
    for i, raw in enumerate(r.array(top["pages"], "/pages")):
        path = f"/pages/{i}"
        p = r.obj(raw, path, ("id", "section", "fields"), ("when",))
        pid = r.text(p["id"], f"{path}/id")
        if pid in page_ids:
            raise r.fail(f"{path}/id", f"mã trang “{pid}” bị trùng")
        page_ids.add(pid)
        if r.text(p["section"], f"{path}/section") not in section_ids:
            raise r.fail(f"{path}/section", f"mục “{p['section']}” không có trong /sections")
        when = _condition(r, p.get("when"), f"{path}/when", known)
        fields = []
        for j, fraw in enumerate(r.array(p["fields"], f"{path}/fields")):
            f = _field(r, fraw, f"{path}/fields/{j}", known)
            known[f.id] = f
            fields.append(f)
        pages.append(Page(pid, p["section"], tuple(fields), when))
    days = r.integer(top["processing_days"], "/processing_days")
    if days < 0:
        raise r.fail("/processing_days", "không được là số âm")
    return Procedure(
        code=r.text(top["code"], "/code"),
        version=r.text(top["version"], "/version"),
        name=r.text(top["name"], "/name"),
        name_en=r.text(top["name_en"], "/name_en"),
        agency=r.text(top["agency"], "/agency"),
        processing_days=days,
        delivery=tuple(delivery),
        sections=tuple(sections),
        pages=tuple(pages),
        notes=str(top.get("notes", "")),
    )


def load_procedure(path: Path) -> Procedure:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ProcedureError(path.name, f"dòng {exc.lineno}", f"JSON không hợp lệ: {exc.msg}") from exc
    except UnicodeDecodeError as exc:
        raise ProcedureError(path.name, "", f"tệp phải được lưu bằng mã UTF-8: {exc.reason}") from exc
    return parse_procedure(data, path.name)


def default_catalog_dir() -> Path:
    from kiosk.paths import asset

    return asset("procedures")


def load_catalog(folder: Path | None = None) -> dict[str, Procedure]:
    """Every procedure in `folder` (default: assets/procedures), keyed by national procedure code."""
    catalog: dict[str, Procedure] = {}
    for path in sorted((folder or default_catalog_dir()).glob("*.json")):
        procedure = load_procedure(path)
        if procedure.code in catalog:
            raise ProcedureError(path.name, "/code", f"mã thủ tục {procedure.code} đã có ở tệp khác")
        catalog[procedure.code] = procedure
    return catalog
