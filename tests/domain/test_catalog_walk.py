"""The engine walks every procedure of the catalog end to end, in pure Python.

For each procedure, generated answers are given page by page, in the order `Form.pages()` asks them,
as the kiosk's wizard does: names in Vietnamese letters (any case, NFC or NFD), dates the ways people
write them (never in the future where the form says so; registrations on time and late), the procedure's
"after" rules kept (parents born 18 to 45 years before the child, a death after the birth, a period that
ends after it starts), choices by value or by label, Có/Không both ways (so every show-when branch is
taken), ethnic groups by code or name, addresses picked from today's provinces and communes. Every answer
must be OK, nothing may be left to fix, and the payload must pass the portal's own check. Then generated
wrong answers must be refused with the right code and a Vietnamese message.

Nothing here names a procedure: a new file in assets/procedures/ is walked the same way.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cache
from typing import Protocol

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import communes, provinces
from kiosk.domain.cccd import PROVINCE_CODES
from kiosk.domain.dates import date_in_words
from kiosk.domain.ethnicity import ETHNIC_GROUPS
from kiosk.domain.form import REQUIRED_MESSAGE, Answer, Form, Status, validate_answers
from kiosk.domain.procedures import Condition, Field, Procedure, Rule, load_catalog
from kiosk.domain.text import fold

Json = fieldtypes.Json
WALK = settings(max_examples=25, deadline=None)
TODAY = date(2026, 3, 15)
FIRST_DAY = date(1900, 1, 1)  # the engine reads no earlier date

# -- Vietnamese letters and words ------------------------------------------------------------------------

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
VOWELS = tuple(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES)
ONSETS = ("", *"bcdđghklmnpqrstvx", "ng", "nh", "ch", "th", "tr", "kh", "ph", "gi", "qu")
CODAS = ("", "", "n", "ng", "nh", "m", "c", "t", "i", "o", "u")
FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Ksor", "Niê", "H'",
)  # fmt: skip
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Ngọc", "Minh", "Thuỳ", "Hữu", "Quốc", "Bảo", "Y")
GIVEN_NAMES = ("An", "Bình", "Hoà", "Thư", "Thịnh", "Khuê", "Ánh", "Dũng", "Ơn")
COUNTRIES = ("Việt Nam", "viet nam", "VN", "Lào", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Hoa Kỳ", "Pháp")
VIETNAMESE_LETTERS = frozenset("đ" + "".join(v for v in VOWELS if not v.isascii()))


def is_vietnamese(message: str) -> bool:
    """A message a Vietnamese reader can read: not empty, written with Vietnamese letters."""
    return bool(message.strip()) and any(ch in VIETNAMESE_LETTERS for ch in message.lower())


# -- drawing: hypothesis for the property tests, a seeded Random for the coverage check ------------------


class Draw(Protocol):
    def integer(self, low: int, high: int) -> int: ...

    def pick[T](self, items: Sequence[T]) -> T: ...


class HypothesisDraw:
    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))

    def pick[T](self, items: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(items))


class RandomDraw:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def pick[T](self, items: Sequence[T]) -> T:
        return self.rng.choice(list(items))


def coin(draw: Draw) -> bool:
    return draw.pick((False, True))


def between(draw: Draw, low: date, high: date) -> date:
    return low + timedelta(days=draw.integer(0, (high - low).days))


def years_before(day: date, years: int) -> date:
    return max(FIRST_DAY, date(day.year - years, day.month, min(day.day, 28)))


def syllable(draw: Draw) -> str:
    return draw.pick(ONSETS) + draw.pick(VOWELS) + draw.pick(CODAS)


def in_form(draw: Draw, text: str) -> str:
    """The text as a person, a scanner or an input method may send it: NFC or NFD."""
    return unicodedata.normalize(draw.pick(("NFC", "NFD")), text)


def person_name(draw: Draw) -> str:
    words = [draw.pick(FAMILY_NAMES)]
    words += [draw.pick(MIDDLE_NAMES) for _ in range(draw.integer(0, 2))]
    words.append(syllable(draw) if coin(draw) else draw.pick(GIVEN_NAMES))
    if words[0] == "H'":  # "H'Hen Niê": the apostrophe joins the next word
        words[:2] = ["H'" + words[1].lower()]
    name = " ".join(words)
    return in_form(draw, draw.pick((name, name.lower(), name.upper(), f"  {name.replace(' ', '   ')} ")))


def expected_name(raw: str) -> str:
    """Each word, and each part after an apostrophe, capitalised; single spaces; NFC."""
    words = unicodedata.normalize("NFC", raw).split()
    return " ".join("'".join(part[:1].upper() + part[1:].lower() for part in w.split("'")) for w in words)


def free_text(draw: Draw, limit: int) -> str:
    words = [
        draw.pick(("Số", "số", "thôn", str(draw.integer(1, 300)), syllable(draw), syllable(draw).title()))
        for _ in range(draw.integer(1, 6))
    ]
    return " ".join(words)[:limit].strip() or "Số 1"


def cccd_number(draw: Draw) -> str:
    return draw.pick(sorted(PROVINCE_CODES)) + "".join(str(draw.integer(0, 9)) for _ in range(9))


def mobile_number(draw: Draw) -> str:
    return "0" + draw.pick("35789") + "".join(str(draw.integer(0, 9)) for _ in range(8))


DATE_FORMATS = (
    "{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d}-{m}-{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}",
    "{d:02d}{m:02d}{y}", " {d:02d} / {m:02d} / {y} ",
)  # fmt: skip
TIME_FORMATS = ("{h:02d}:{mi:02d}", "{h}:{mi:02d}", "{h}h{mi:02d}", "{h} giờ {mi} phút", "{h}g{mi:02d}")


def written_date(draw: Draw, value: date) -> str:
    return draw.pick(DATE_FORMATS).format(d=value.day, m=value.month, y=value.year)


def year_of(value: object) -> int | None:
    if isinstance(value, date):
        return value.year
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


# -- valid answers ---------------------------------------------------------------------------------------


class Answers:
    """A valid answer for each field, given what the form holds so far (the rules look back)."""

    def __init__(self, form: Form, draw: Draw) -> None:
        self.form, self.draw, self.today = form, draw, form.today
        self.procedure = form.procedure

    def _after(self, field_id: str) -> list[Rule]:
        return [r for r in self.procedure.rules if r.field == field_id]

    def _before(self, field_id: str) -> list[Rule]:
        return [r for r in self.procedure.rules if r.other == field_id]

    def bounds(self, f: Field) -> tuple[date, date]:
        """The dates this field may take, given the rules whose other side is answered already."""
        low = FIRST_DAY
        high = self.today if f.not_future or f.type == "year" else self.today + timedelta(days=5 * 366)
        for rule in self._after(f.id):
            other = self.form.applied_value(rule.other)
            if isinstance(other, date) and f.type == "date":
                low = max(low, other)  # two dates may be the same day
            elif (year := year_of(other)) is not None:
                low = max(low, date(year + 1, 1, 1))  # with a year, the years differ
        for rule in self._before(f.id):
            later = self.form.applied_value(rule.field)
            if isinstance(later, date) and f.type == "date":
                high = min(high, later)
            elif (year := year_of(later)) is not None:
                high = min(high, date(year - 1, 12, 31))
        assert low <= high, f"{f.id}: no date keeps the rules ({low} .. {high})"
        # A parent is born 18 to 45 years before the child (where the rules leave room for it).
        if f.id.endswith((".birth_date", ".birth_year")):
            for rule in self._before(f.id):
                later_year = year_of(self.form.applied_value(rule.field))
                if later_year is not None:
                    start = max(low, date(later_year - 45, 1, 1))
                    end = min(high, date(later_year - 18, 12, 31))
                    if start <= end:
                        return start, end
        return low, high

    def a_date(self, f: Field) -> date:
        low, high = self.bounds(f)
        deadline = self.procedure.deadline
        if deadline is not None and deadline.field == f.id:
            # On time (up to `days` days ago) or late (the day after, or up to 30 years): both sides.
            last_on_time = self.today - timedelta(days=deadline.days)
            late = (max(low, years_before(high, 30)), min(high, last_on_time - timedelta(days=1)))
            on_time = (max(low, last_on_time), high)
            start, end = self.draw.pick([r for r in (late, on_time) if r[0] <= r[1]])
            return self.draw.pick((start, end, between(self.draw, start, end)))
        if f.id.endswith(".birth_date") and low == FIRST_DAY:
            low, high = years_before(high, 90), years_before(high, 18)  # a grown-up: 18 to 90 years old
        else:
            low = max(low, years_before(high, 60))
        return between(self.draw, low, high)

    def a_year(self, f: Field) -> int:
        low, high = self.bounds(f)
        first = max(low.year, f.min if f.min is not None else 1000)
        last = min(high.year, f.max if f.max is not None else self.today.year)
        assert first <= last, f"{f.id}: no year keeps the rules"
        return self.draw.integer(first, last)

    def valid(self, f: Field) -> tuple[object, dict[str, Json]]:
        """(what the person enters, what the portal then receives) for one field."""
        draw, kind = self.draw, f.type

        def one(value: Json) -> dict[str, Json]:
            return {f.id: value}

        if kind == "person_name":
            raw = person_name(draw)
            return raw, one(expected_name(raw))
        if kind == "text":
            text = free_text(draw, f.max_length or 200)
            return in_form(draw, draw.pick((text, f"  {text} ", text.replace(" ", "  ")))), one(text)
        if kind == "date":
            day = self.a_date(f)
            return written_date(draw, day), one(day.isoformat())
        if kind == "year":
            year = self.a_year(f)
            return draw.pick((str(year), f" {year} ", year)), one(year)
        if kind == "number":
            low = f.min if f.min is not None else 0
            number = draw.integer(low, f.max if f.max is not None else low + 1000)
            return draw.pick((str(number), f"0{number}", number)), one(number)
        if kind == "time":
            at = time(draw.integer(0, 23), draw.integer(0, 59))
            if at.hour > 12 and coin(draw):
                raw = f"{at.hour - 12} giờ {at.minute} chiều"  # "2 giờ 5 chiều" is 14:05
            else:
                raw = draw.pick(TIME_FORMATS).format(h=at.hour, mi=at.minute)
            return raw, one(f"{at.hour:02d}:{at.minute:02d}")
        if kind == "choice":
            option = draw.pick(f.options)
            return draw.pick((option.value, option.label, fold(option.label), option.label.upper())), one(
                option.value
            )
        if kind == "yes_no":
            yes = coin(draw)
            return draw.pick((yes, "Có" if yes else "Không", "co" if yes else "khong")), one(yes)
        if kind == "ethnicity":
            code, name = draw.pick(list(ETHNIC_GROUPS.items()))
            return draw.pick((code, name, fold(name))), one(code)
        if kind == "nationality":
            raw = draw.pick(COUNTRIES)
            value = "Việt Nam" if fold(raw) in ("viet nam", "vn") else raw
            return in_form(draw, draw.pick((raw, raw.lower()))), one(value)
        if kind == "cccd":
            digits = cccd_number(draw)
            return draw.pick((digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}")), one(digits)
        if kind == "phone":
            national = mobile_number(draw)
            return draw.pick((national, "+84 " + national[1:], f"{national[:4]}.{national[4:]}")), one(
                national
            )
        if kind == "email":
            local = "".join(draw.pick("abcdeghiklmnopqrstuvxy0123456789") for _ in range(draw.integer(1, 12)))
            host = "".join(draw.pick("abcdeghiklmnopqrstuvxy") for _ in range(draw.integer(1, 10)))
            email = f"{local}.{draw.integer(1, 99)}@{host}.{draw.pick(('vn', 'com', 'gov.vn', 'edu.vn'))}"
            return draw.pick((email, email.upper(), f" {email} ")), one(email)
        if kind == "address":
            province = draw.pick(provinces())
            commune = draw.pick(communes(province.code))
            street = free_text(draw, min(f.max_length or 200, 200)).strip(" ,")
            codes: tuple[object, object] = draw.pick(
                ((province.code, commune.code), (str(province.code), str(commune.code)))
            )
            raw = {"province": codes[0], "commune": codes[1], "street": in_form(draw, street)}
            return raw, {
                f"{f.id}.province": province.code,
                f"{f.id}.commune": commune.code,
                f"{f.id}.street": street,
            }
        raise AssertionError(f"no generator for the field type {kind!r}: add one here")


# -- the walk --------------------------------------------------------------------------------------------


@dataclass
class Walk:
    """One walk through a form: the pages asked, in order, and what the portal should receive."""

    form: Form
    today: date
    expected: dict[str, Json] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)


def walk(procedure: Procedure, draw: Draw, today: date) -> Walk:
    """Answers every page the form asks, in order, as the wizard does; every answer must be OK."""
    account = {"full_name": person_name(draw), "id_number": cccd_number(draw), "phone": mobile_number(draw)}
    form = Form(procedure, account=account, today=today)
    result = Walk(form, today)
    for f in procedure.fields.values():
        if f.source:  # filled from the logged-in account, never asked
            raw = account[f.source.removeprefix("account.")]
            result.expected.update(fieldtypes.to_json_items(f, fieldtypes.parse(f, raw, today)))
    answers = Answers(form, draw)
    while True:
        ids = [p.id for p in form.pages()]
        position = ids.index(result.pages[-1]) + 1 if result.pages else 0
        if position == len(ids):
            return result
        page = form.page(ids[position])
        result.pages.append(page.id)
        for f in page.fields:
            if f.compute and f.compute.startswith("date_in_words:"):
                source = result.expected.get(f.compute.partition(":")[2])
                if source is not None:
                    result.expected[f.id] = date_in_words(date.fromisoformat(str(source)))
            if not f.asked or not form.field_applies(f):
                continue
            json: dict[str, Json]
            if f.default is not None and coin(draw):  # the pre-filled answer, as the screen shows it
                raw = form.edit_text(f.id)
                json = fieldtypes.to_json_items(f, fieldtypes.parse(f, f.default, today))
            elif not f.required and draw.integer(0, 2) == 0:  # an optional question left empty
                raw, json = draw.pick(("", None, "   ")), {}
            else:
                raw, json = answers.valid(f)
            verdict = form.answer(f.id, raw)
            assert verdict == Answer(Status.OK), (procedure.code, f.id, raw, verdict)
            result.expected.update(json)


def check_clean_dossier(w: Walk) -> None:
    """What a finished walk must give: nothing to fix, the payload the portal accepts, and the
    deadline, the fee, the checklist and the summary as the answers say."""
    form, procedure = w.form, w.form.procedure
    assert form.problems() == {}
    payload = form.payload()
    assert payload == w.expected
    assert validate_answers(procedure, payload, today=w.today) == {}

    # Every page asked in form order; nothing sent from a page that does not apply.
    assert w.pages == [p.id for p in form.pages()]
    skipped = {
        f.id
        for p in procedure.pages
        if p.when is not None and payload.get(p.when.field) != p.when.equals
        for f in p.fields
    }
    assert not {p.id for p in procedure.pages if p.fields[0].id in skipped} & set(w.pages)
    assert not [key for key in payload if key in skipped or key.rpartition(".")[0] in skipped]

    # Late or on time, by the days since the date the deadline counts from.
    deadline = procedure.deadline
    late = False
    if deadline is not None and deadline.field in payload:
        late = (w.today - date.fromisoformat(str(payload[deadline.field]))).days > deadline.days
    assert form.is_late() is late
    assert form.notices() == ([deadline.message] if deadline is not None and late else [])
    fees = procedure.fees
    lines = form.fee().lines
    assert lines[0][1] == (fees.late if late else fees.on_time)
    assert ("đăng ký muộn" in lines[0][0]) is late
    copies = payload.get(fees.copies_field or "", 0)
    assert len(lines) == (2 if isinstance(copies, int) and copies > 0 else 1)

    # The checklist: a document applies when its condition holds in what was sent.
    for need in form.attachments():
        wanted = next(a for a in procedure.attachments if a.id == need.id)
        holds = wanted.when is None or payload.get(wanted.when.field) == wanted.when.equals
        assert need.applies is holds, need.id
        assert need.needed is (holds and wanted.required), need.id

    # The summary shows every answer sent; an asked one links to the page that asks it ("Sửa").
    rows = {row.field_id: row for section in form.review() for row in section.rows}
    for key in payload:
        field_id = key if key in procedure.fields else key.rpartition(".")[0]
        assert field_id in rows, field_id
        assert (rows[field_id].page_id is not None) is procedure.field(field_id).asked


@cache
def catalog() -> dict[str, Procedure]:
    return load_catalog()


CODES = sorted(catalog())


@pytest.mark.parametrize("code", CODES)
@WALK
@given(data=st.data(), today=st.dates(date(2025, 7, 1), date(2040, 12, 31)))  # today's units: from 7/2025
def test_generated_answers_walk_every_procedure_to_a_clean_dossier(
    code: str, data: st.DataObject, today: date
) -> None:
    check_clean_dossier(walk(catalog()[code], HypothesisDraw(data), today))


def conditions(procedure: Procedure) -> list[Condition]:
    found = [p.when for p in procedure.pages] + [f.when for f in procedure.fields.values()]
    return [c for c in [*found, *(a.when for a in procedure.attachments)] if c is not None]


@pytest.mark.parametrize("code", CODES)
def test_the_walks_take_every_branch(code: str) -> None:
    """Seeded walks (the same every run) reach every page, answer every Có/Không and choice that a
    condition names every way, and make each conditional document apply in some walks, not in others."""
    procedure = catalog()[code]
    named = {c.field for c in conditions(procedure)}
    reached: set[str] = set()
    answered: set[tuple[str, Json]] = set()
    applies: set[tuple[str, bool]] = set()
    late: set[bool] = set()
    for seed in range(60):
        w = walk(procedure, RandomDraw(seed), TODAY)
        check_clean_dossier(w)
        reached.update(w.pages)
        answered.update((key, value) for key, value in w.expected.items() if key in named)
        applies.update((a.id, a.applies) for a in w.form.attachments())
        late.add(w.form.is_late())
    assert reached == {p.id for p in procedure.pages if p.asked}
    for field_id in named:
        f = procedure.field(field_id)
        values: list[Json] = [True, False] if f.type == "yes_no" else [o.value for o in f.options]
        assert {(field_id, v) for v in values} <= answered, field_id
    for a in procedure.attachments:
        assert (a.id, True) in applies, a.id
        assert a.when is None or (a.id, False) in applies, a.id
    assert late == ({False, True} if procedure.deadline else {False})  # on time and late, both


# -- wrong answers ---------------------------------------------------------------------------------------


def wrong_answer(f: Field, draw: Draw, today: date) -> object:
    """An answer the engine must refuse for this field, whatever the rest of the form says."""
    kind = f.type
    if kind == "person_name":
        name = expected_name(person_name(draw))
        at = draw.integer(1, len(name) - 1)
        return draw.pick((
            name[:at] + "?" + name[at + 1 :],  # what a scanner leaves of a lost diacritic
            name[:at] + "\ufffd" + name[at:],
            f"{name} {draw.integer(0, 99)}",
            name.replace(" ", " @ ", 1) if " " in name else f"{name} @",  # "H'An" has no space
            draw.pick(VOWELS),
        ))  # fmt: skip
    if kind == "text":
        assert f.max_length is not None, f"{f.id}: free text without max_length cannot be wrong"
        return "Số " * f.max_length
    if kind == "date":
        wrong = ["31/02/2020", "00/01/2001", "12/13/1999", "01/01/1899", "ngày mai", "5/9/26"]
        if f.not_future:
            wrong.append(written_date(draw, today + timedelta(days=draw.integer(1, 3650))))
        return draw.pick(wrong)
    if kind in ("year", "number"):
        wrong = ["một", "1 2a", "-5", "2.5"] + (["99", "12345"] if kind == "year" else [])
        high = f.max if f.max is not None else (today.year if kind == "year" else None)
        if f.min is not None and (kind == "number" or f.min > 1000):
            wrong.append(str(f.min - draw.integer(1, 50 if kind == "number" else f.min - 1000)))
        if high is not None:
            wrong.append(str(high + draw.integer(1, 5000)))
        return draw.pick(wrong)
    if kind == "choice":
        known = {fold(o.value) for o in f.options} | {fold(o.label) for o in f.options}
        return draw.pick([w for w in ("khác hẳn", "0", "không rõ " + syllable(draw)) if fold(w) not in known])
    if kind == "yes_no":
        return draw.pick(("có lẽ", "chưa biết", "2", "yes no"))
    if kind == "ethnicity":
        return draw.pick(("00", "56", "99", "Kinh Hoa", "dân tộc"))
    if kind == "nationality":
        return draw.pick(("123", "V", "Việt@Nam", "Hàn Quốc " * 20))
    if kind == "cccd":
        return draw.pick(("00115601234", "0011560123456", "00115601234a", "００１１５６０１２３４５"))
    if kind == "phone":
        return draw.pick(("12345", "0212345678", "+1 202 555 0100"))
    if kind == "email":
        return draw.pick(("abc", "a@b", "nguyễn@gmail.com", "nguyen van a@gmail.com", "a@@b.vn"))
    if kind == "time":
        return draw.pick(("25:00", "12:60", "mười giờ", "24h"))
    if kind == "address":
        province = draw.pick(provinces())
        elsewhere = draw.pick(communes(draw.pick([p for p in provinces() if p != province]).code))
        commune, street = draw.pick(communes(province.code)), "Số 1 đường Lê Lợi"
        return draw.pick((
            {"province": province.code, "commune": elsewhere.code, "street": street},
            {"province": province.code, "commune": commune.code, "street": "  "},
            {"province": 0, "commune": commune.code, "street": street},
            {"province": province.code, "commune": 0, "street": street},
            {"province": None, "commune": commune.code, "street": street},
            {"province": province.code, "commune": commune.code, "street": "Thôn " * 60},
        ))  # fmt: skip
    raise AssertionError(f"no wrong answers for the field type {kind!r}: add some here")


def payload_items(f: Field, raw: object) -> dict[str, object]:
    """How an answer travels to the portal: one key, or an address's three."""
    if f.type == "address":
        parts = raw if isinstance(raw, dict) else {}
        return {f"{f.id}.{part}": parts.get(part) for part in fieldtypes.ADDRESS_PARTS}
    return {f.id: raw}


@pytest.mark.parametrize("code", CODES)
@WALK
@given(data=st.data())
def test_generated_wrong_answers_get_the_right_code_and_a_vietnamese_message(
    code: str, data: st.DataObject
) -> None:
    procedure = catalog()[code]
    draw = HypothesisDraw(data)
    form = walk(procedure, draw, TODAY).form
    target = draw.pick([f for p in form.pages() for f in p.fields if f.asked and form.field_applies(f)])
    sent = form.payload()
    for key in payload_items(target, None):
        sent.pop(key, None)  # the earlier answer goes; the new one takes its place

    if target.required and coin(draw):  # left empty
        picker_left_empty = {"province": None, "commune": None, "street": " "}
        blank = draw.pick(("", "   ", None, *([picker_left_empty] if target.type == "address" else [])))
        verdict = form.answer(target.id, blank)
        assert verdict == Answer(Status.REQUIRED, REQUIRED_MESSAGE)
        assert form.problems()[target.id] == verdict
        problems = validate_answers(procedure, sent, today=TODAY)
        # The portal takes a left-out answer that has a default ("Việt Nam") as that default.
        assert problems.get(target.id) == (REQUIRED_MESSAGE if target.default is None else None)
        return

    wrong = wrong_answer(target, draw, TODAY)
    verdict = form.answer(target.id, wrong)
    assert verdict.status is Status.CONSTRAINT, (target.id, wrong, verdict)
    assert is_vietnamese(verdict.message), verdict.message
    assert form.value(target.id) is None  # a refused answer is not kept
    assert (target.id in form.problems()) is target.required
    problems = validate_answers(procedure, {**sent, **payload_items(target, wrong)}, today=TODAY)
    assert problems[target.id] == verdict.message


def rule_breaking_moves(form: Form, rule: Rule, draw: Draw) -> list[tuple[Field, object]]:
    """Ways to break an "after" rule both sides of which are answered: move the later one before the
    earlier one, or the earlier one after the later one (each staying a valid answer on its own)."""
    later_field, earlier_field = form.procedure.field(rule.field), form.procedure.field(rule.other)
    later, earlier = form.value(rule.field), form.value(rule.other)
    later_year, earlier_year = year_of(later), year_of(earlier)
    assert later_year is not None and earlier_year is not None
    moves: list[tuple[Field, object]] = []
    if later_field.type == "date" and isinstance(earlier, date):
        if earlier > FIRST_DAY:
            moves.append((later_field, earlier - timedelta(days=draw.integer(1, (earlier - FIRST_DAY).days))))
    elif later_field.type == "date":
        moves.append((later_field, date(earlier_year, draw.integer(1, 12), draw.integer(1, 28))))
    elif earlier_year >= max(1900, later_field.min or 0):
        moves.append((later_field, draw.integer(max(1900, later_field.min or 0), earlier_year)))
    top = form.today
    if earlier_field.type == "date" and isinstance(later, date):
        if later < top:
            moves.append((earlier_field, later + timedelta(days=draw.integer(1, (top - later).days))))
    elif earlier_field.type == "date":
        moves.append((earlier_field, min(top, date(later_year, 12, 31))))
    elif later_year <= min(top.year, earlier_field.max or top.year):
        moves.append((earlier_field, draw.integer(later_year, min(top.year, earlier_field.max or top.year))))
    return moves


@pytest.mark.parametrize("code", [c for c in CODES if catalog()[c].rules])
@WALK
@given(data=st.data())
def test_a_broken_after_rule_is_refused_on_either_side_with_its_message(
    code: str, data: st.DataObject
) -> None:
    procedure = catalog()[code]
    draw = HypothesisDraw(data)
    form = walk(procedure, draw, TODAY).form
    answered = [
        r for r in procedure.rules if None not in (form.applied_value(r.field), form.applied_value(r.other))
    ]
    assume(answered)
    rule = draw.pick(answered)
    moves = rule_breaking_moves(form, rule, draw)
    assume(moves)
    moved, value = draw.pick(moves)
    raw = written_date(draw, value) if isinstance(value, date) else str(value)

    verdict = form.answer(moved.id, raw)
    # Moving a child's birth before the mother's year may break the father's rule too: either message.
    messages = {r.message for r in procedure.rules if moved.id in (r.field, r.other)}
    assert verdict.status is Status.CONSTRAINT and verdict.message in messages, (rule, moved.id, raw, verdict)
    assert is_vietnamese(verdict.message)
    owner = rule.field if procedure.field(rule.field).asked else rule.other
    problem = form.problems()[owner]
    assert problem.status is Status.CONSTRAINT and problem.message in messages
    assert validate_answers(procedure, form.payload(), today=TODAY)[owner] == problem.message
