"""Procedures as data: the model of a procedure definition, its loader and the catalog check.

A procedure is a JSON file in `assets/procedures/` (see docs/procedures.md), described by the JSON Schema
`assets/procedures/procedure.schema.json`. Loading validates a file against the schema first (its
structure), then checks what a schema cannot say (ids that must exist, be unique, or have the right
type). A problem names the file, the JSON-pointer path inside it and what is wrong, in Vietnamese.

`python -m kiosk.domain.procedures check assets/procedures` lists every problem of every file at once;
the kiosk itself (`load_catalog`) refuses to start on the first one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

FIELD_TYPES = frozenset(
    {
        "text", "person_name", "date", "year", "time", "number", "choice", "yes_no",
        "cccd", "phone", "email", "ethnicity", "nationality", "address",
    }
)  # fmt: skip
DELIVERY_OPTIONS = frozenset({"desk", "post"})
COMPUTATIONS = frozenset({"date_in_words"})  # what `compute` may name; kiosk.domain.form computes them
RULE_KINDS = frozenset({"after"})
SCHEMA_FILE = "procedure.schema.json"

# Every person in a form uses these field-id suffixes ("mother.full_name"), so a scanned CCCD can fill them.
PERSON_FIELD_TYPES: Mapping[str, str] = {
    "full_name": "person_name",
    "id_number": "cccd",
    "birth_date": "date",
    "birth_year": "year",
    "sex": "choice",
    "residence": "address",
    "ethnicity": "ethnicity",
    "nationality": "nationality",
}
SEX_VALUES = ("Nam", "Nữ")

_COMPUTE_INPUT = {"date_in_words": "date"}  # the type each computation reads
_RULE_TYPES = ("date", "year")
_NOT_IN_CONDITIONS = frozenset({"date", "time", "address"})  # values an `equals` cannot name
_NEW_TYPES = frozenset({"time", "email", "nationality", "address"})  # defaults checked once fieldtypes can


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
    """Show-when: the page, field or attachment applies when `field` currently equals `equals`."""

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
class Deadline:
    """Registering more than `days` days after the date in `field` is late: say `message`, kindly."""

    field: str
    days: int
    message: str


@dataclass(frozen=True)
class Fees:
    """Amounts in VND. None means set by the province (or not known yet): see `notes`."""

    on_time: int = 0
    late: int | None = None
    per_copy: int | None = None
    copies_field: str | None = None  # the number field that says how many extra copies
    notes: str = ""

    def amount(self, *, late: bool = False, copies: int = 0) -> int | None:
        """The total to pay, or None when a part of it is set by the province."""
        base = self.late if late else self.on_time
        if base is None:
            return None
        if copies <= 0:
            return base
        if self.per_copy is None:
            return None
        return base + self.per_copy * copies


@dataclass(frozen=True)
class Rule:
    """A cross-field rule; kind "after": `field` must be strictly later than `other`."""

    kind: str
    field: str
    other: str
    message: str


@dataclass(frozen=True)
class Attachment:
    """A document on the checklist; it applies only when `when` holds (always when None)."""

    id: str
    name: str
    original: bool  # True: bản chính; False: bản sao
    count: int
    required: bool
    when: Condition | None = None
    help: str = ""


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
    legal_basis: str = ""
    deadline: Deadline | None = None
    fees: Fees = field(default_factory=Fees)
    rules: tuple[Rule, ...] = ()
    attachments: tuple[Attachment, ...] = ()
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


# -- structure: the JSON Schema ---------------------------------------------------------------------------


def schema_path() -> Path:
    return default_catalog_dir() / SCHEMA_FILE


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    base = jsonschema.Draft202012Validator
    base.check_schema(schema)

    def is_integer(_checker: object, instance: object) -> bool:  # 3.0 is not a whole number here
        return isinstance(instance, int) and not isinstance(instance, bool)

    checker = base.TYPE_CHECKER.redefine("integer", is_integer)
    return jsonschema.validators.extend(base, type_checker=checker)(schema)


def _pointer(parts: Iterable[object]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


_TYPE_NAMES = {
    "object": "một đối tượng JSON (object)",
    "array": "một mảng",
    "string": "một chuỗi",
    "integer": "một số nguyên",
    "boolean": "true hoặc false",
    "null": "null",
}


Location = tuple[str | int, ...]


def _schema_problems(error: Any) -> list[tuple[Location, str]]:
    """(location, Vietnamese problem) for one jsonschema ValidationError."""
    at: Location = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    custom: dict[str, str] = schema.get("x-problems", {})
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":  # one error per missing key; name each key (duplicates dropped later)
        return [((*at, key), "thiếu trường bắt buộc") for key in expected if key not in value]
    if kind == "additionalProperties":
        unknown = sorted(set(value) - set(schema.get("properties", {})))
        return [((*at, key), "trường không được hỗ trợ") for key in unknown]
    if kind in custom:
        allowed = sorted(expected) if kind == "enum" else expected
        return [(at, custom[kind].format(value=value, allowed=allowed))]
    if kind == "type":
        names = [_TYPE_NAMES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)]
        return [(at, "phải là " + " hoặc ".join(names))]
    if kind == "minItems":
        return [(at, "phải là một mảng không rỗng")]
    if kind == "minimum":
        return [(at, "không được là số âm" if expected == 0 else f"phải từ {expected} trở lên")]
    if kind == "enum":
        return [(at, f"giá trị “{value}” không có; dùng một trong {sorted(expected)}")]
    if kind == "uniqueItems":
        return [(at, "có giá trị bị lặp")]
    return [(at, f"không hợp lệ ({error.message})")]


def _document_order(data: Any, at: Location) -> tuple[int, ...]:
    """Where a location sits in the file, so problems read top to bottom (a missing key: at the end)."""
    order: list[int] = []
    node = data
    for part in at:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(part) if part in node else len(keys))
        elif isinstance(node, list) and isinstance(part, int):
            order.append(part)
        else:
            break
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return tuple(order)


def _structure_problems(data: Any, source: str) -> list[ProcedureError]:
    seen: dict[tuple[Location, str], None] = {}
    for error in _validator().iter_errors(data):
        for found in _schema_problems(error):
            seen.setdefault(found)
    ordered = sorted(seen, key=lambda found: _document_order(data, found[0]))
    return [ProcedureError(source, _pointer(at), problem) for at, problem in ordered]


# -- meaning: what the schema cannot say -----------------------------------------------------------------


class _Checker:
    """Builds the model from a document the schema accepted, collecting every semantic problem."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[ProcedureError] = []
        self.known: dict[str, Field] = {}  # fields declared so far, in form order

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(ProcedureError(self.source, path, problem))

    def condition(self, raw: Any, path: str, *, earlier: bool) -> Condition | None:
        if raw is None:
            return None
        target, equals = raw["field"], raw["equals"]
        known = self.known.get(target)
        if known is None:
            where = "ở trang trước" if earlier else "trong tờ khai"
            self.fail(f"{path}/field", f"trường “{target}” chưa được khai báo {where}")
        else:
            self.check_equals(known, equals, f"{path}/equals")
        return Condition(target, equals)

    def check_equals(self, target: Field, equals: object, path: str) -> None:
        kind = target.type
        if kind in _NOT_IN_CONDITIONS:
            self.fail(
                path, f"không so sánh được với trường loại “{kind}”; dùng một trường yes_no hoặc choice"
            )
        elif kind == "yes_no" and not isinstance(equals, bool):
            self.fail(path, f"trường “{target.id}” là Có/Không: dùng true hoặc false")
        elif kind == "choice" and equals not in {o.value for o in target.options}:
            values = [o.value for o in target.options]
            self.fail(path, f"“{equals}” không phải một lựa chọn của “{target.id}”; dùng một trong {values}")
        elif kind in ("number", "year") and (isinstance(equals, bool) or not isinstance(equals, int)):
            self.fail(path, f"trường “{target.id}” là số: dùng một số nguyên")
        elif kind not in ("yes_no", "choice", "number", "year") and not isinstance(equals, str):
            self.fail(path, f"trường “{target.id}” là chữ: dùng một chuỗi")

    def typed_field(self, field_id: str, path: str, kinds: Iterable[str], what: str) -> None:
        """`field_id` must be declared, with one of `kinds`."""
        kinds = tuple(kinds)
        target = self.known.get(field_id)
        if target is None:
            self.fail(path, f"trường “{field_id}” không có trong tờ khai")
        elif target.type not in kinds:
            wanted = " hoặc ".join(f"“{k}”" for k in kinds)
            self.fail(path, f"{what} phải là trường loại {wanted}; “{field_id}” là loại “{target.type}”")

    def field(self, raw: Any, path: str) -> Field:
        fid, kind = raw["id"], raw["type"]
        if fid in self.known:
            self.fail(f"{path}/id", f"mã trường “{fid}” bị trùng")
        self.person_convention(raw, path)
        if "compute" in raw:
            name, _, target = raw["compute"].partition(":")
            if name not in COMPUTATIONS or target not in self.known:
                self.fail(
                    f"{path}/compute",
                    f"phải có dạng “<phép tính>:<trường đã khai báo>”, phép tính: {sorted(COMPUTATIONS)}",
                )
            elif self.known[target].type != _COMPUTE_INPUT[name]:
                self.fail(f"{path}/compute", f"{name} cần một trường loại “{_COMPUTE_INPUT[name]}”")
        options = tuple(Option(o["value"], o["label"]) for o in raw.get("options", ()))
        values = [o.value for o in options]
        for i, value in enumerate(values):
            if value in values[:i]:
                self.fail(f"{path}/options/{i}/value", f"lựa chọn “{value}” bị trùng")
        low, high = raw.get("min"), raw.get("max")
        if low is not None and high is not None and low > high:
            self.fail(f"{path}/min", f"min ({low}) lớn hơn max ({high})")
        result = Field(
            id=fid,
            type=kind,
            label=raw["label"],
            help=raw.get("help", ""),
            required=raw.get("required", False),
            source=raw.get("source"),
            compute=raw.get("compute"),
            default=raw.get("default"),
            options=options,
            min=low,
            max=high,
            max_length=raw.get("max_length"),
            not_future=raw.get("not_future", False),
            when=self.condition(raw.get("when"), f"{path}/when", earlier=True),
        )
        if result.default is not None:
            self.check_default(result, f"{path}/default")
        return result

    def person_convention(self, raw: Any, path: str) -> None:
        _, dot, suffix = raw["id"].rpartition(".")
        wanted = PERSON_FIELD_TYPES.get(suffix) if dot else None
        if wanted is None:
            return
        if raw["type"] != wanted:
            self.fail(f"{path}/type", f"theo quy ước, trường “…{dot}{suffix}” phải có loại “{wanted}”")
        elif suffix == "sex" and {o["value"] for o in raw.get("options", ())} != set(SEX_VALUES):
            self.fail(f"{path}/options", "theo quy ước, trường giới tính có đúng hai giá trị “Nam” và “Nữ”")

    def check_default(self, target: Field, path: str) -> None:
        from kiosk.domain.fieldtypes import Invalid, parse  # here: fieldtypes imports this module

        try:
            parse(target, target.default, date.today())
        except Invalid as exc:
            if target.type in _NEW_TYPES and str(exc).startswith("Loại câu hỏi không được hỗ trợ"):
                return  # this engine cannot read the type yet; the engine that can will check it
            self.fail(path, f"giá trị mặc định không hợp lệ: {exc}")

    def procedure(self, top: Any) -> Procedure:
        sections = tuple(Section(s["id"], s["title"]) for s in top["sections"])
        for i, s in enumerate(sections):
            if s.id in {x.id for x in sections[:i]}:
                self.fail(f"/sections/{i}/id", f"mã mục “{s.id}” bị trùng")
        section_ids = {s.id for s in sections}
        pages: list[Page] = []
        for i, raw in enumerate(top["pages"]):
            path = f"/pages/{i}"
            if raw["id"] in {p.id for p in pages}:
                self.fail(f"{path}/id", f"mã trang “{raw['id']}” bị trùng")
            if raw["section"] not in section_ids:
                self.fail(f"{path}/section", f"mục “{raw['section']}” không có trong /sections")
            when = self.condition(raw.get("when"), f"{path}/when", earlier=True)
            fields = []
            for j, fraw in enumerate(raw["fields"]):
                f = self.field(fraw, f"{path}/fields/{j}")
                self.known.setdefault(f.id, f)
                fields.append(f)
            pages.append(Page(raw["id"], raw["section"], tuple(fields), when))
        used = {p.section for p in pages}
        for i, s in enumerate(sections):
            if s.id not in used:
                self.fail(f"/sections/{i}/id", f"mục “{s.id}” không có trang nào")
        return Procedure(
            code=top["code"],
            version=top["version"],
            name=top["name"],
            name_en=top["name_en"],
            agency=top["agency"],
            processing_days=top["processing_days"],
            delivery=tuple(top["delivery"]),
            sections=sections,
            pages=tuple(pages),
            notes=top.get("notes", ""),
            legal_basis=top.get("legal_basis", ""),
            deadline=self.deadline(top.get("deadline")),
            fees=self.fees(top["fees"]),
            rules=tuple(self.rule(r, f"/rules/{i}") for i, r in enumerate(top.get("rules", ()))),
            attachments=self.attachments(top["attachments"]),
        )

    def deadline(self, raw: Any) -> Deadline | None:
        if raw is None:
            return None
        self.typed_field(raw["field"], "/deadline/field", ("date",), "thời hạn")
        return Deadline(raw["field"], raw["days"], raw["message"])

    def fees(self, raw: Any) -> Fees:
        fees = Fees(
            on_time=raw["on_time"],
            late=raw["late"],
            per_copy=raw.get("per_copy"),
            copies_field=raw.get("copies_field"),
            notes=raw.get("notes", ""),
        )
        if fees.copies_field is not None:
            self.typed_field(fees.copies_field, "/fees/copies_field", ("number",), "số bản sao")
        elif fees.per_copy is not None:
            self.fail("/fees/copies_field", "có phí mỗi bản sao (per_copy) thì phải chỉ ra trường số bản sao")
        return fees

    def rule(self, raw: Any, path: str) -> Rule:
        rule = Rule(raw["kind"], raw["field"], raw["other"], raw["message"])
        self.typed_field(rule.field, f"{path}/field", _RULE_TYPES, "quy tắc “after”")
        self.typed_field(rule.other, f"{path}/other", _RULE_TYPES, "quy tắc “after”")
        if rule.field == rule.other:
            self.fail(f"{path}/other", "phải là một trường khác với “field”")
        return rule

    def attachments(self, raw: Sequence[Any]) -> tuple[Attachment, ...]:
        result: list[Attachment] = []
        for i, a in enumerate(raw):
            path = f"/attachments/{i}"
            if a["id"] in {x.id for x in result}:
                self.fail(f"{path}/id", f"mã giấy tờ “{a['id']}” bị trùng")
            result.append(
                Attachment(
                    id=a["id"],
                    name=a["name"],
                    original=a["original"],
                    count=a["count"],
                    required=a["required"],
                    when=self.condition(a.get("when"), f"{path}/when", earlier=False),
                    help=a.get("help", ""),
                )
            )
        return tuple(result)


def procedure_problems(data: Any, source: str) -> list[ProcedureError]:
    """Every problem of a parsed JSON document: the schema's first; if none, the semantic ones."""
    return _read(data, source)[1]


def _read(data: Any, source: str) -> tuple[Procedure | None, list[ProcedureError]]:
    structural = _structure_problems(data, source)
    if structural:
        return None, structural
    checker = _Checker(source)
    procedure = checker.procedure(data)
    return procedure, checker.problems


def parse_procedure(data: Any, source: str) -> Procedure:
    """Builds a Procedure from parsed JSON, or raises ProcedureError (its first problem)."""
    procedure, problems = _read(data, source)
    if problems:
        raise problems[0]
    assert procedure is not None
    return procedure


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ProcedureError(path.name, f"dòng {exc.lineno}", f"JSON không hợp lệ: {exc.msg}") from exc
    except UnicodeDecodeError as exc:
        raise ProcedureError(path.name, "", f"tệp phải được lưu bằng mã UTF-8: {exc.reason}") from exc


def load_procedure(path: Path) -> Procedure:
    return parse_procedure(_read_json(path), path.name)


def default_catalog_dir() -> Path:
    from kiosk.paths import asset

    return asset("procedures")


def procedure_files(folder: Path) -> list[Path]:
    """The definitions in a folder: every *.json but the schema."""
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".schema.json"))


def load_catalog(folder: Path | None = None) -> dict[str, Procedure]:
    """Every procedure in `folder` (default: assets/procedures), keyed by national procedure code.

    Raises ProcedureError on the first broken file: the kiosk does not start with it.
    """
    catalog: dict[str, Procedure] = {}
    for path in procedure_files(folder or default_catalog_dir()):
        procedure = load_procedure(path)
        if procedure.code in catalog:
            raise ProcedureError(path.name, "/code", f"mã thủ tục {procedure.code} đã có ở tệp khác")
        catalog[procedure.code] = procedure
    return catalog


# -- the catalog check command ---------------------------------------------------------------------------


def check_files(paths: Sequence[Path]) -> tuple[list[Procedure], list[ProcedureError]]:
    """Every procedure that loads and every problem of those that do not, in file order."""
    files: list[Path] = []
    for path in paths:
        files.extend(procedure_files(path) if path.is_dir() else [path])
    procedures: list[Procedure] = []
    problems: list[ProcedureError] = []
    first_file: dict[str, str] = {}
    for file in files:
        try:
            data = _read_json(file)
        except ProcedureError as exc:
            problems.append(exc)
            continue
        except OSError as exc:
            problems.append(ProcedureError(file.name, "", f"không đọc được tệp: {exc.strerror}"))
            continue
        procedure, found = _read(data, file.name)
        problems.extend(found)
        if procedure is None or found:
            continue
        if procedure.code in first_file:
            problems.append(
                ProcedureError(
                    file.name,
                    "/code",
                    f"mã thủ tục {procedure.code} đã có ở tệp {first_file[procedure.code]}",
                )
            )
            continue
        first_file[procedure.code] = file.name
        procedures.append(procedure)
    return procedures, problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.domain.procedures", description="Kiểm tra các tệp định nghĩa thủ tục."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="kiểm tra mọi tệp, liệt kê mọi lỗi một lần")
    check.add_argument("paths", nargs="*", type=Path, help="thư mục hoặc tệp (mặc định: assets/procedures)")
    args = parser.parse_args(argv)
    paths: list[Path] = args.paths or [default_catalog_dir()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"Không có tệp hoặc thư mục: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    procedures, problems = check_files(paths)
    if problems:
        for problem in problems:
            print(problem)
        files = len({p.source for p in problems})
        print(f"{len(problems)} lỗi trong {files} tệp.", file=sys.stderr)
        return 1
    if not procedures:
        print("Không tìm thấy tệp thủ tục nào.", file=sys.stderr)
        return 1
    for p in procedures:
        print(f"{p.code}\t{p.version}\t{p.name}\t{len(p.pages)} trang, {len(p.attachments)} giấy tờ")
    return 0


if __name__ == "__main__":
    from kiosk.domain.procedures import main as _main  # the one module, not a second copy as __main__

    sys.exit(_main())
