"""The form engine: answers a procedure's questions, as ODK's form-entry controller does.

`Form.answer()` returns OK, REQUIRED or CONSTRAINT (with its Vietnamese message); the Qt pages only
render the current prompt and map these codes to text. Pages whose show-when condition does not hold
are skipped, and their answers are left out of the dossier.

Beyond single answers: cross-field rules ("the child is born after the mother"), the statutory deadline
(late registration: a kind notice and the late fee), the fee quote, and the attachment checklist with
each document's condition evaluated. `fill_person` takes what a scanned CCCD says about one person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain import fieldtypes
from kiosk.domain.addresses import from_legacy_text
from kiosk.domain.dates import DateProblem, date_in_words, parse_date
from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import Condition, Field, Page, Procedure, Rule

REQUIRED_MESSAGE = phrase("Bạn chưa trả lời câu hỏi này.")
UNKNOWN_FIELD_MESSAGE = phrase("Tờ khai không có mục này.")

_COMPUTATIONS: dict[str, Callable[[object], object]] = {
    "date_in_words": lambda value: date_in_words(value) if isinstance(value, date) else None,
}


class Status(StrEnum):
    OK = "ok"
    REQUIRED = "required"
    CONSTRAINT = "constraint"


@dataclass(frozen=True)
class Answer:
    """A verdict; `message` is a Phrase (the engine's own words, for `tr`) or, for a broken cross-field
    rule, the procedure file's text (for `procedure_text`)."""

    status: Status
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status is Status.OK


OK = Answer(Status.OK)


@dataclass(frozen=True)
class ReviewRow:
    field_id: str
    label: str
    text: str
    page_id: str | None  # the page that asks it; None when it came from the account or is computed


@dataclass(frozen=True)
class ReviewSection:
    title: str
    rows: tuple[ReviewRow, ...]


@dataclass(frozen=True)
class FeeQuote:
    """What to pay: `amount` in VND, None when a part is set by the province ("theo mức tỉnh quy định").

    `lines` are (what, VND or None) in the order to show them; an amount of 0 means free of charge.
    Each "what" is a Phrase; the procedure's name in it is the value `what` (first letter in lower case),
    which a screen replaces with the name in its language.
    """

    amount: int | None
    lines: list[tuple[str, int | None]]


@dataclass(frozen=True)
class AttachmentNeed:
    """One document of the checklist for this person: `applies` when its condition holds (or has none),
    `needed` when it also is required; an optional document that applies may still be attached."""

    id: str
    name: str
    original: bool  # True: bản chính; False: bản sao
    count: int
    required: bool
    applies: bool
    needed: bool
    help: str = ""


PERSON_SUFFIXES = (
    "full_name", "id_number", "birth_date", "birth_year", "sex", "residence", "ethnicity", "nationality",
)  # fmt: skip


class Form:
    """One person's answers to one procedure."""

    def __init__(
        self,
        procedure: Procedure,
        *,
        account: Mapping[str, object] | None = None,
        today: date | None = None,
    ) -> None:
        self.procedure = procedure
        self.today = today or date.today()
        self._values: dict[str, object] = {}
        self._page_of = {f.id: page for page in procedure.pages for f in page.fields}
        for field in procedure.fields.values():
            if field.source and field.source.startswith("account.") and account is not None:
                raw = account.get(field.source.removeprefix("account."))
                if not fieldtypes.is_empty(raw):
                    self._values[field.id] = fieldtypes.parse(field, raw, self.today)
            elif field.default is not None:
                self._values[field.id] = fieldtypes.parse(field, field.default, self.today)

    # -- what applies ------------------------------------------------------------------------------
    def _holds(self, condition: Condition | None) -> bool:
        """A show-when condition; an answer on a page that does not apply counts as no answer."""
        return condition is None or self.applied_value(condition.field) == condition.equals

    def applies(self, page: Page) -> bool:
        return self._holds(page.when)

    def field_applies(self, field: Field) -> bool:
        page = self._page_of[field.id]
        return self.applies(page) and self._holds(field.when)

    def pages(self) -> list[Page]:
        """The pages a person is asked, in order, given the answers so far."""
        return [p for p in self.procedure.pages if p.asked and self.applies(p)]

    def page(self, page_id: str) -> Page:
        return next(p for p in self.procedure.pages if p.id == page_id)

    def asked_fields(self, page: Page) -> list[Field]:
        return [f for f in page.fields if f.asked and self._holds(f.when)]

    # -- answering ---------------------------------------------------------------------------------
    def value(self, field_id: str) -> object:
        field = self.procedure.field(field_id)
        if field.compute:
            name, _, source = field.compute.partition(":")
            return _COMPUTATIONS[name](self._values.get(source))
        return self._values.get(field_id)

    def applied_value(self, field_id: str) -> object:
        """The value when its field is on the form as answered so far, else None (a dropped answer)."""
        field = self.procedure.fields.get(field_id)
        if field is None or not self.field_applies(field):
            return None
        return self.value(field_id)

    def review_text(self, field_id: str) -> str:
        """How an answer reads on the summary: labels for choices, names for places."""
        return fieldtypes.display(self.procedure.field(field_id), self.value(field_id))

    def edit_text(self, field_id: str) -> str:
        return fieldtypes.edit_text(self.procedure.field(field_id), self.value(field_id))

    def answer(self, field_id: str, raw: object) -> Answer:
        """Records an answer (empty clears it) and says whether it is acceptable.

        An answer that breaks a cross-field rule ("the child is born after the mother") is kept, so the
        person can correct either side, and gets CONSTRAINT with the rule's message.
        """
        verdict = self._store(field_id, raw)
        if verdict.ok:
            broken = self._broken_rules(field_id)
            if broken:
                return Answer(Status.CONSTRAINT, broken[0].message)
        return verdict

    def _store(self, field_id: str, raw: object) -> Answer:
        field = self.procedure.field(field_id)
        if fieldtypes.is_empty(raw):
            self._values.pop(field_id, None)
            return Answer(Status.REQUIRED, REQUIRED_MESSAGE) if field.required else OK
        try:
            value = fieldtypes.parse(field, raw, self.today)
        except fieldtypes.Invalid as exc:
            self._values.pop(field_id, None)
            return Answer(Status.CONSTRAINT, str(exc))
        self._values[field_id] = value
        return OK

    def check(self, field_id: str) -> Answer:
        """Whether the stored answer to a field is complete and keeps the cross-field rules."""
        verdict = self._complete(field_id)
        if verdict.ok:
            broken = self._broken_rules(field_id)
            if broken:
                return Answer(Status.CONSTRAINT, broken[0].message)
        return verdict

    def _complete(self, field_id: str) -> Answer:
        field = self.procedure.field(field_id)
        if field.compute or not field.required or self.value(field_id) is not None:
            return OK
        return Answer(Status.REQUIRED, REQUIRED_MESSAGE)

    def problems(self) -> dict[str, Answer]:
        """Every field that applies and is not acceptable yet, in form order.

        A broken cross-field rule is listed once, under its `field` (under `other` when `field` is
        not asked, e.g. it comes from the account).
        """
        result: dict[str, Answer] = {}
        broken: dict[str, str] = {}
        for rule in self._broken_rules():
            owner = rule.field if self.procedure.field(rule.field).asked else rule.other
            broken.setdefault(owner, rule.message)
        for page in self.procedure.pages:
            if not self.applies(page):
                continue
            for field in page.fields:
                if self._holds(field.when):
                    verdict = self._complete(field.id)
                    if not verdict.ok:
                        result[field.id] = verdict
                    elif field.id in broken:
                        result[field.id] = Answer(Status.CONSTRAINT, broken[field.id])
        return result

    # -- cross-field rules, deadline, fees, attachments ----------------------------------------------
    def _broken_rules(self, field_id: str | None = None) -> list[Rule]:
        """The rules (about `field_id`, or all) that both their fields answer and that fail."""
        broken = []
        for rule in self.procedure.rules:
            if field_id is not None and field_id not in (rule.field, rule.other):
                continue
            if rule.kind == "after" and _before(
                self.applied_value(rule.field), self.applied_value(rule.other)
            ):
                broken.append(rule)
        return broken

    def is_late(self) -> bool:
        """Whether registering today is later than the statutory deadline (e.g. 60 days after the birth)."""
        deadline = self.procedure.deadline
        if deadline is None:
            return False
        start = self.applied_value(deadline.field)
        return isinstance(start, date) and (self.today - start).days > deadline.days

    def notices(self) -> list[str]:
        """Kind things to tell the person before they submit (not refusals)."""
        deadline = self.procedure.deadline
        return [deadline.message] if deadline is not None and self.is_late() else []

    def fee(self) -> FeeQuote:
        """The fee for this dossier: on time or late, plus the extra copies asked for."""
        fees = self.procedure.fees
        what = self.procedure.name[:1].lower() + self.procedure.name[1:]
        late = self.is_late()
        lines: list[tuple[str, int | None]] = [
            (phrase("Lệ phí {what} (đăng ký muộn)", what=what), fees.late)
            if late
            else (phrase("Lệ phí {what}", what=what), fees.on_time)
        ]
        copies = self.applied_value(fees.copies_field) if fees.copies_field else None
        count = copies if isinstance(copies, int) and not isinstance(copies, bool) and copies > 0 else 0
        if count:
            lines.append(
                (
                    phrase("Bản sao trích lục ({count} bản)", count=count),
                    None if fees.per_copy is None else fees.per_copy * count,
                )
            )
        amounts = [amount for _, amount in lines]
        total = None if any(a is None for a in amounts) else sum(a for a in amounts if a is not None)
        return FeeQuote(total, lines)

    def attachments(self) -> list[AttachmentNeed]:
        """The procedure's checklist, each document with whether it applies and is needed for this person."""
        result = []
        for a in self.procedure.attachments:
            applies = self._holds(a.when)
            result.append(
                AttachmentNeed(
                    a.id, a.name, a.original, a.count, a.required, applies, applies and a.required, a.help
                )
            )
        return result

    # -- a scanned card ------------------------------------------------------------------------------
    def fill_person(self, prefix: str, values: Mapping[str, object]) -> dict[str, Answer]:
        """Fills what the form asks about one person ("mother") from `values` (a scanned CCCD):
        full_name, id_number, birth_date, birth_year, sex, residence, ethnicity, nationality.

        A form that asks a birth year gets it from the birth date. A residence may be an Address, a
        picker mapping, or the card's pre-2025 text, used only when it converts to exactly one commune.
        Returns field id -> verdict for each field filled or refused; a refused value leaves the
        earlier answer in place. Nothing the form does not ask is touched.
        """
        results: dict[str, Answer] = {}
        for suffix in PERSON_SUFFIXES:
            field_id = f"{prefix}.{suffix}"
            field = self.procedure.fields.get(field_id)
            if field is None or field.compute:
                continue
            raw = _person_value(suffix, values)
            if fieldtypes.is_empty(raw):
                continue
            try:
                fieldtypes.parse(field, raw, self.today)
            except fieldtypes.Invalid as exc:
                results[field_id] = Answer(Status.CONSTRAINT, str(exc))
                continue
            results[field_id] = self.answer(field_id, raw)
        return results

    # -- results -----------------------------------------------------------------------------------
    def review(self) -> list[ReviewSection]:
        """The answers grouped by section, for "Kiểm tra lại thông tin"."""
        sections: list[ReviewSection] = []
        for section in self.procedure.sections:
            rows = [
                ReviewRow(
                    field.id,
                    field.label,
                    fieldtypes.display(field, self.value(field.id)),
                    page.id if field.asked else None,
                )
                for page in self.procedure.pages
                if page.section == section.id and self.applies(page)
                for field in page.fields
                if self._holds(field.when)
            ]
            if rows:
                sections.append(ReviewSection(section.title, tuple(rows)))
        return sections

    def payload(self) -> dict[str, fieldtypes.Json]:
        """The answers that apply, as JSON scalars, for the portal; an address gives three flat keys
        ("<id>.province", "<id>.commune", "<id>.street")."""
        result: dict[str, fieldtypes.Json] = {}
        for page in self.procedure.pages:
            if not self.applies(page):
                continue
            for field in page.fields:
                value = self.value(field.id)
                if self._holds(field.when) and value is not None:
                    result.update(fieldtypes.to_json_items(field, value))
        return result


def _year(value: object) -> int | None:
    if isinstance(value, date):
        return value.year
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _before(later: object, earlier: object) -> bool:
    """Whether an "after" rule fails: `later` is not after `earlier` (both answered).

    Two full dates may be the same day (a baby who died on the day of birth); once a year is involved
    the years must differ (a mother is not born in her child's birth year).
    """
    if later is None or earlier is None:
        return False
    if isinstance(later, date) and isinstance(earlier, date):
        return later < earlier
    later_year, earlier_year = _year(later), _year(earlier)
    return later_year is not None and earlier_year is not None and later_year <= earlier_year


def _person_value(suffix: str, values: Mapping[str, object]) -> object:
    raw = values.get(suffix)
    if suffix == "birth_year" and fieldtypes.is_empty(raw):
        birth = values.get("birth_date")
        if isinstance(birth, date):
            return birth.year
        if isinstance(birth, str):
            try:
                return parse_date(birth).year
            except DateProblem:
                return None
    if suffix == "residence" and isinstance(raw, str):
        match = from_legacy_text(raw)
        address = match.address if match is not None and match.certain else None
        return address if address is not None and address.street else None
    return raw


def validate_answers(
    procedure: Procedure, answers: Mapping[str, object], *, today: date | None = None
) -> dict[str, str]:
    """Checks a submitted dossier's answers: field id -> Vietnamese message; empty when all is well.

    An address arrives as its three payload keys ("mother.residence.province", ".commune", ".street");
    its problems are reported under the field's id ("mother.residence").
    """
    form = Form(procedure, today=today)
    errors: dict[str, str] = {}
    grouped: dict[str, object] = {}
    addresses: dict[str, dict[str, object]] = {}
    for key, raw in answers.items():
        base, _, part = key.rpartition(".")
        if (
            key not in procedure.fields
            and part in fieldtypes.ADDRESS_PARTS
            and base in procedure.fields
            and procedure.field(base).type == "address"
        ):
            addresses.setdefault(base, {})[part] = raw
        else:
            grouped[key] = raw
    grouped.update(addresses)
    for field_id, raw in grouped.items():
        if field_id not in procedure.fields:
            errors[field_id] = UNKNOWN_FIELD_MESSAGE
        elif not procedure.field(field_id).compute:
            verdict = form._store(field_id, raw)
            if verdict.status is Status.CONSTRAINT:
                errors[field_id] = verdict.message
    for field_id, verdict in form.problems().items():
        errors.setdefault(field_id, verdict.message)
    return errors
