"""The "Nộp hồ sơ" flow as pure data: log in, choose a procedure, answer, choose delivery, review.

View ids: "login", "procedure", "question:<page id>", "attachments", "delivery", "delivery_address", "review",
"confirmation".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.domain.documents import Document
from kiosk.domain.form import AttachmentNeed, Form
from kiosk.domain.phrases import phrase
from kiosk.domain.procedures import Field, Option, Procedure
from kiosk.wizards.graph import Navigator, Step

QUESTION = "question:"


@dataclass
class DossierDraft:
    """What the person has said so far in this flow; lives only as long as the citizen's session."""

    logged_in: bool = False
    account: dict[str, object] = field(default_factory=dict)
    form: Form | None = None
    delivery: str = ""
    delivery_address: str = ""
    editing: bool = False  # came from a "Sửa" link on the review screen
    documents: dict[str, list[Document]] = field(default_factory=dict)  # checklist id -> files

    def attachment_needs(self) -> list[AttachmentNeed]:
        """The checklist entries that apply to this person's answers."""
        return [need for need in self.form.attachments() if need.applies] if self.form else []

    def missing_documents(self) -> list[AttachmentNeed]:
        return [need for need in self.attachment_needs() if need.needed and not self.documents.get(need.id)]

    def documents_to_send(self) -> list[Document]:
        """The files for entries that still apply: a document for a condition since undone stays home."""
        return [doc for need in self.attachment_needs() for doc in self.documents.get(need.id, [])]

    def start(self, procedure: Procedure) -> None:
        if self.form is None or self.form.procedure.code != procedure.code:
            self.form = Form(procedure, account=self.account)
            self.documents = {}  # papers belong to the dossier they were added for
            self.delivery = procedure.delivery[0] if len(procedure.delivery) == 1 else ""


def question_view(page_id: str) -> str:
    return QUESTION + page_id


def page_of(view: str) -> str | None:
    return view.removeprefix(QUESTION) if view.startswith(QUESTION) else None


def _first_question(d: DossierDraft) -> str:
    assert d.form is not None
    return question_view(d.form.pages()[0].id)


def _after_question(view: str, d: DossierDraft, shown: Sequence[str] = ()) -> str:
    assert d.form is not None
    pages = d.form.pages()
    if d.editing:
        # After a "Sửa", go back to the summary unless the change opened questions: a page not answered
        # yet, or one never shown in this flow (its default, e.g. the father's ethnicity, was never seen).
        problems = d.form.problems()
        for page in pages:
            if question_view(page.id) not in shown or any(f.id in problems for f in page.fields):
                return question_view(page.id)
        return "attachments" if d.missing_documents() else "review"  # the change may need a new paper
    ids = [p.id for p in pages]
    index = ids.index(page_of(view) or "")
    if index + 1 < len(ids):
        return question_view(ids[index + 1])
    return "attachments" if d.attachment_needs() else "delivery"


class DossierNavigator(Navigator[DossierDraft]):
    """The dossier graph; questions come from the form engine, so "next" is computed per page."""

    def __init__(self, draft: DossierDraft) -> None:
        self.draft = draft
        graph: dict[str, Step[DossierDraft]] = {
            "login": Step("procedure"),
            "procedure": Step(_first_question),
            QUESTION + "*": Step(lambda d: _after_question(self.current, d, self.history)),
            "attachments": Step(lambda d: "review" if d.editing else "delivery"),
            "delivery": Step(lambda d: "delivery_address" if d.delivery == "post" else "review"),
            "delivery_address": Step("review"),
            "review": Step("confirmation"),
            "confirmation": Step(None),
        }
        super().__init__(graph, "procedure" if draft.logged_in else "login")


DELIVERY_LABELS = {  # Phrases: the pages show them in the visit's language
    "desk": phrase("Đến nhận tại Bộ phận Một cửa"),
    "post": phrase("Gửi qua bưu điện đến nhà (dịch vụ bưu chính công ích)"),
}


def delivery_field(procedure: Procedure) -> Field:
    """The "how do you get the result" question, offering what this procedure allows."""
    return Field(
        id="delivery",
        type="choice",
        label=phrase("Bạn muốn nhận kết quả bằng cách nào?"),
        required=True,
        options=tuple(Option(d, DELIVERY_LABELS[d]) for d in procedure.delivery),
    )


DELIVERY_ADDRESS_FIELD = Field(
    id="delivery_address",
    type="text",
    label=phrase("Bưu điện mang kết quả đến địa chỉ nào?"),
    help=phrase("Ghi số nhà, đường hoặc thôn, xã/phường, tỉnh/thành phố."),
    required=True,
    max_length=200,
)
