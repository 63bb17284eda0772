"""The "Nộp hồ sơ" and "Tạo tài khoản" flows as plain graphs, walked without Qt."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest

from kiosk.domain.documents import Document
from kiosk.domain.procedures import Procedure, load_catalog
from kiosk.wizards.account_flow import QUESTIONS, AccountDraft, account_navigator
from kiosk.wizards.dossier_flow import DossierDraft, DossierNavigator, page_of, question_view

ACCOUNT = {"full_name": "Trần Văn Bình", "id_number": "001090012345", "phone": "0912345678"}
HOME = {"province": 1, "commune": 4, "street": "Số 5 ngõ 12 Láng Hạ"}  # Phường Ba Đình, Hà Nội
ANSWERS: dict[str, object] = {
    "requester.residence": HOME,
    "requester.relationship": "cha",
    "child.full_name": "Trần Thị Mai",
    "child.birth_date": date.today().strftime("%d/%m/%Y"),
    "child.sex": "Nữ",
    "child.ethnicity": "01",
    "child.nationality": "Việt Nam",
    "child.birth_place": "Bệnh viện Phụ sản Hà Nội",
    "child.native_place": "xã Đông Hòa, tỉnh Thái Bình",
    "child.has_birth_certificate": "Có",
    "mother.full_name": "Lê Thị Hoa",
    "mother.birth_year": "1995",
    "mother.ethnicity": "01",
    "mother.nationality": "Việt Nam",
    "mother.residence": HOME,
    "father.known": "Không",
    "father.full_name": "Trần Văn Bình",
    "father.birth_year": "1993",
    "father.ethnicity": "02",
    "father.nationality": "Việt Nam",
    "father.residence": HOME,
    "copies.wanted": "Không",
    "copies.count": "2",
}
QUESTIONS_WITHOUT_FATHER = [
    "question:requester_residence",
    "question:requester_relationship",
    "question:child_name",
    "question:child_birth_date",
    "question:child_sex",
    "question:child_ethnicity",
    "question:child_nationality",
    "question:child_birth_place",
    "question:child_native_place",
    "question:child_birth_certificate",
    "question:mother_name",
    "question:mother_birth_year",
    "question:mother_ethnicity",
    "question:mother_nationality",
    "question:mother_residence",
    "question:father_known",
]
FATHER_QUESTIONS = [
    "question:father_name",
    "question:father_birth_year",
    "question:father_ethnicity",
    "question:father_nationality",
    "question:father_residence",
]


@pytest.fixture(scope="module")
def birth() -> Procedure:
    return load_catalog()["1.001193"]


def answer_page(draft: DossierDraft, view: str, answers: Mapping[str, object]) -> None:
    """What a question page does on "Tiếp tục": hands every answer on it to the engine."""
    page_id = page_of(view)
    assert page_id is not None, view
    assert draft.form is not None
    for field in draft.form.asked_fields(draft.form.page(page_id)):
        verdict = draft.form.answer(field.id, answers[field.id])
        assert verdict.ok, (field.id, verdict)


def add_missing_documents(draft: DossierDraft) -> None:
    """What the checklist screen does once the person has added every needed paper."""
    for need in draft.missing_documents():
        draft.documents[need.id] = [Document(need.id, "application/pdf", b"%PDF-1.4\n%%EOF\n")]


def walk(
    nav: DossierNavigator,
    draft: DossierDraft,
    procedure: Procedure,
    answers: Mapping[str, object],
    delivery: str,
) -> list[str]:
    """Goes from the current view to the confirmation as a person would, returning every view seen."""
    seen = [nav.current]
    while nav.current != "confirmation":
        view = nav.current
        if view == "login":
            draft.logged_in = True
            draft.account = dict(ACCOUNT)
        elif view == "procedure":
            draft.start(procedure)
        elif page_of(view) is not None:
            answer_page(draft, view, answers)
        elif view == "attachments":
            add_missing_documents(draft)
        elif view == "delivery":
            draft.delivery = delivery
        elif view == "delivery_address":
            draft.delivery_address = "Số 5 ngõ 12 Láng Hạ, phường Láng, Hà Nội"
        seen.append(nav.forward(draft))
    return seen


def test_whole_birth_registration_in_order(birth: Procedure) -> None:
    draft = DossierDraft()
    nav = DossierNavigator(draft)
    views = walk(nav, draft, birth, ANSWERS, "desk")
    assert views == [
        "login",
        "procedure",
        *QUESTIONS_WITHOUT_FATHER,
        "question:copies_wanted",
        "attachments",
        "delivery",
        "review",
        "confirmation",
    ]
    assert draft.form is not None
    assert draft.form.problems() == {}
    assert draft.form.payload()["requester.full_name"] == "Trần Văn Bình"  # from the login, never asked
    with pytest.raises(LookupError):
        nav.forward(draft)


def test_logged_in_person_starts_at_the_procedure(birth: Procedure) -> None:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    nav = DossierNavigator(draft)
    assert nav.current == "procedure"
    assert not nav.can_go_back()
    assert nav.back() is None
    draft.start(birth)
    assert nav.forward(draft) == "question:requester_residence"


def test_father_copies_and_post_add_their_pages(birth: Procedure) -> None:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    nav = DossierNavigator(draft)
    answers = {**ANSWERS, "father.known": "Có", "copies.wanted": "Có"}
    views = walk(nav, draft, birth, answers, "post")
    assert views == [
        "procedure",
        *QUESTIONS_WITHOUT_FATHER,
        *FATHER_QUESTIONS,
        "question:copies_wanted",
        "question:copies_count",
        "attachments",
        "delivery",
        "delivery_address",
        "review",
        "confirmation",
    ]


def test_back_retraces_the_way_taken(birth: Procedure) -> None:
    draft = DossierDraft()
    nav = DossierNavigator(draft)
    views = walk(nav, draft, birth, {**ANSWERS, "father.known": "Có"}, "post")
    retraced = [nav.current]
    while (view := nav.back()) is not None:
        retraced.append(view)
    assert retraced == views[::-1]
    assert not nav.can_go_back()


def test_changing_delivery_on_the_way_back(birth: Procedure) -> None:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    nav = DossierNavigator(draft)
    walk(nav, draft, birth, ANSWERS, "post")
    assert nav.back() == "review"
    assert nav.back() == "delivery_address"
    assert nav.back() == "delivery"
    draft.delivery = "desk"
    assert nav.forward(draft) == "review"
    assert nav.back() == "delivery"
    draft.delivery = "post"
    assert nav.forward(draft) == "delivery_address"


def test_going_back_and_changing_an_answer_changes_the_way_ahead(birth: Procedure) -> None:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    nav = DossierNavigator(draft)
    walk(nav, draft, birth, ANSWERS, "desk")
    while nav.current != "question:father_known":
        nav.back()
    assert draft.form is not None
    draft.form.answer("father.known", "Có")
    assert nav.forward(draft) == "question:father_name"


def at_review(birth: Procedure, answers: Mapping[str, object]) -> tuple[DossierNavigator, DossierDraft]:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    nav = DossierNavigator(draft)
    walk(nav, draft, birth, answers, "desk")
    assert nav.back() == "review"  # stop before submitting
    return nav, draft


def test_change_link_returns_to_review(birth: Procedure) -> None:
    nav, draft = at_review(birth, ANSWERS)
    draft.editing = True
    assert nav.jump("question:child_name") == "question:child_name"
    answer_page(draft, nav.current, {"child.full_name": "Trần Thị Lan"})
    assert nav.forward(draft) == "review"
    assert draft.form is not None
    assert draft.form.payload()["child.full_name"] == "Trần Thị Lan"


def test_change_link_back_button_returns_to_review(birth: Procedure) -> None:
    nav, draft = at_review(birth, ANSWERS)
    draft.editing = True
    nav.jump("question:mother_birth_year")
    assert nav.back() == "review"


def test_change_that_adds_the_father_asks_about_him_first(birth: Procedure) -> None:
    nav, draft = at_review(birth, ANSWERS)
    draft.editing = True
    nav.jump("question:father_known")
    answer_page(draft, nav.current, {"father.known": "Có"})
    views = [nav.forward(draft)]
    while page_of(nav.current) is not None:
        answer_page(draft, nav.current, ANSWERS)
        views.append(nav.forward(draft))
    # Every new page, even those already filled with a default (the father's ethnicity), then the summary.
    assert views == [*FATHER_QUESTIONS, "review"]
    assert draft.form is not None
    assert draft.form.problems() == {}
    assert draft.form.payload()["father.ethnicity"] == "02"


def test_change_that_removes_the_father_returns_to_review(birth: Procedure) -> None:
    nav, draft = at_review(birth, {**ANSWERS, "father.known": "Có"})
    draft.editing = True
    nav.jump("question:father_known")
    answer_page(draft, nav.current, {"father.known": "Không"})
    assert nav.forward(draft) == "review"
    assert draft.form is not None
    assert "father.full_name" not in draft.form.payload()


def test_change_that_adds_copies_asks_how_many(birth: Procedure) -> None:
    nav, draft = at_review(birth, ANSWERS)
    draft.editing = True
    nav.jump("question:copies_wanted")
    answer_page(draft, nav.current, {"copies.wanted": "Có"})
    assert nav.forward(draft) == "question:copies_count"
    answer_page(draft, nav.current, ANSWERS)
    assert nav.forward(draft) == "review"


def test_change_of_delivery_to_post_asks_the_address(birth: Procedure) -> None:
    nav, draft = at_review(birth, ANSWERS)
    draft.editing = True
    nav.jump("delivery")
    draft.delivery = "post"
    assert nav.forward(draft) == "delivery_address"
    assert nav.forward(draft) == "review"


def test_starting_the_same_procedure_again_keeps_the_answers(birth: Procedure) -> None:
    draft = DossierDraft(logged_in=True, account=dict(ACCOUNT))
    draft.start(birth)
    assert draft.form is not None
    draft.form.answer("child.full_name", "Trần Thị Mai")
    form = draft.form
    draft.start(birth)
    assert draft.form is form
    assert draft.delivery == ""  # two ways to receive the result: the person chooses


def test_view_ids() -> None:
    assert question_view("child_name") == "question:child_name"
    assert page_of("question:child_name") == "child_name"
    assert page_of("review") is None


def test_account_flow_order() -> None:
    nav = account_navigator()
    draft = AccountDraft()
    views = [nav.current]
    while nav.resolve_next(draft) is not None:
        views.append(nav.forward(draft))
    assert views == ["id_number", "full_name", "birth_date", "phone", "password", "otp", "done"]
    assert tuple(views[:4]) == QUESTIONS
    with pytest.raises(LookupError):
        nav.forward(draft)
    assert [nav.back() for _ in range(6)] == [
        "otp",
        "password",
        "phone",
        "birth_date",
        "full_name",
        "id_number",
    ]
    assert nav.back() is None
