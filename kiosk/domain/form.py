"""The form engine: answers a procedure's questions, as ODK's form-entry controller does.

`Form.answer()` returns OK, REQUIRED or CONSTRAINT (with its Vietnamese message); the Qt pages only
render the current prompt and map these codes to text. Pages whose show-when condition does not hold
are skipped, and their answers are left out of the dossier.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain import fieldtypes
from kiosk.domain.dates import date_in_words
from kiosk.domain.procedures import Condition, Field, Page, Procedure

REQUIRED_MESSAGE = "Bạn chưa trả lời câu hỏi này."
UNKNOWN_FIELD_MESSAGE = "Tờ khai không có mục này."

_COMPUTATIONS: dict[str, Callable[[object], object]] = {
    "date_in_words": lambda value: date_in_words(value) if isinstance(value, date) else None,
}


class Status(StrEnum):
    OK = "ok"
    REQUIRED = "required"
    CONSTRAINT = "constraint"


@dataclass(frozen=True)
class Answer:
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
        for field in procedure.fields.values():
            if field.source and field.source.startswith("account.") and account is not None:
                raw = account.get(field.source.removeprefix("account."))
                if not fieldtypes.is_empty(raw):
                    self._values[field.id] = fieldtypes.parse(field, raw, self.today)
            elif field.default is not None:
                self._values[field.id] = fieldtypes.parse(field, field.default, self.today)

    # -- what applies ------------------------------------------------------------------------------
    def _holds(self, condition: Condition | None) -> bool:
        return condition is None or self.value(condition.field) == condition.equals

    def applies(self, page: Page) -> bool:
        return self._holds(page.when)

    def field_applies(self, field: Field) -> bool:
        page = next(p for p in self.procedure.pages if field in p.fields)
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

    def edit_text(self, field_id: str) -> str:
        return fieldtypes.edit_text(self.procedure.field(field_id), self.value(field_id))

    def answer(self, field_id: str, raw: object) -> Answer:
        """Records an answer (empty clears it) and says whether it is acceptable."""
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
        """Whether the stored answer to a field is complete (its constraints were checked on answer)."""
        field = self.procedure.field(field_id)
        if field.compute or not field.required or self.value(field_id) is not None:
            return OK
        return Answer(Status.REQUIRED, REQUIRED_MESSAGE)

    def problems(self) -> dict[str, Answer]:
        """Every field that applies and is not acceptable yet, in form order."""
        result: dict[str, Answer] = {}
        for page in self.procedure.pages:
            if not self.applies(page):
                continue
            for field in page.fields:
                if self._holds(field.when):
                    verdict = self.check(field.id)
                    if not verdict.ok:
                        result[field.id] = verdict
        return result

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
        """The answers that apply, as JSON values, for the portal."""
        return {
            field.id: fieldtypes.to_json(self.value(field.id))
            for page in self.procedure.pages
            if self.applies(page)
            for field in page.fields
            if self._holds(field.when) and self.value(field.id) is not None
        }


def validate_answers(
    procedure: Procedure, answers: Mapping[str, object], *, today: date | None = None
) -> dict[str, str]:
    """Checks a submitted dossier's answers: field id -> Vietnamese message; empty when all is well."""
    form = Form(procedure, today=today)
    errors: dict[str, str] = {}
    for field_id, raw in answers.items():
        if field_id not in procedure.fields:
            errors[field_id] = UNKNOWN_FIELD_MESSAGE
        elif not procedure.field(field_id).compute:
            verdict = form.answer(field_id, raw)
            if verdict.status is Status.CONSTRAINT:
                errors[field_id] = verdict.message
    for field_id, verdict in form.problems().items():
        errors.setdefault(field_id, verdict.message)
    return errors
