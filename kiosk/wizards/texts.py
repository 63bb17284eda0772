"""What the wizards show from elsewhere, in the visit's language: the engine's messages and answers.

Three kinds of text reach a wizard's screen without being written in the wizard:
- the domain's own messages and labels defined in code, Phrases (`kiosk.domain.phrases`), through `tr`;
- a procedure file's texts (labels, a rule's message, a deadline notice), through `procedure_text`;
- the portal's own words (a problem+json detail) and what a person typed, shown as they are.
"""

from __future__ import annotations

from kiosk.domain.phrases import Phrase
from kiosk.domain.procedures import Field
from kiosk.i18n import procedure_text, tr


def localized(text: str) -> str:
    """A text the wizard did not write, in the current language: a Phrase (the engine's message, a
    label defined in code) through `tr`; anything else through `procedure_text`, which knows the
    procedure files' texts (labels, options, a broken rule's message, a late-registration notice) and
    leaves the rest (the portal's own words, what a person typed) as it is."""
    if isinstance(text, Phrase):
        return tr(text)
    return procedure_text(text)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def fee_text(line: str, procedure_name: str) -> str:
    """A fee line of the engine ("Lệ phí {what}") with the procedure named in the current language."""
    if isinstance(line, Phrase):
        return tr(line, what=lower_first(procedure_text(procedure_name))) if procedure_name else tr(line)
    return procedure_text(line)


def placeholder(field_type: str) -> str:
    """The grey example in an empty box, by the kind of answer it takes."""
    if field_type == "date":
        return tr("ngày/tháng/năm, ví dụ 05/09/2026")
    if field_type == "year":
        return tr("ví dụ 1990")
    if field_type == "cccd":
        return tr("12 chữ số trên thẻ căn cước")
    if field_type == "phone":
        return tr("ví dụ 0912 345 678")
    if field_type == "number":
        return tr("một số, ví dụ 1")
    if field_type == "time":
        return tr("giờ:phút, ví dụ 14:30")
    if field_type == "email":
        return tr("ví dụ nguyenvana@gmail.com")
    return ""


def input_description(field: Field) -> str:
    """What a screen reader says about an answer box: the question's help, else what to enter."""
    if field.help:
        return localized(field.help)
    if field.type == "date":
        return tr("Nhập ngày, tháng, năm bằng chữ số, ví dụ 05/09/2026.")
    if field.type == "year":
        return tr("Nhập năm bằng 4 chữ số, ví dụ 1990.")
    if field.type == "cccd":
        return tr("Nhập 12 chữ số in trên thẻ căn cước.")
    if field.type == "phone":
        return tr("Nhập số điện thoại di động 10 chữ số.")
    if field.type == "number":
        return tr("Nhập một số bằng chữ số.")
    if field.type == "time":
        return tr("Nhập giờ và phút, ví dụ 14:30.")
    if field.type == "email":
        return tr("Nhập địa chỉ email, ví dụ nguyenvana@gmail.com.")
    if field.type == "person_name":
        return tr("Nhập họ và tên đầy đủ, có dấu.")
    return tr("Nhập câu trả lời rồi bấm Tiếp tục.")
