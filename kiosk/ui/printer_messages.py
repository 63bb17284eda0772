"""What a person reads when the receipt did not print: what happened, that the dossier is safe, what to do.

One message per `PrinterProblem.kind` (kiosk/receipt/printers.py). The screen that shows it offers an
"In lại" (print again) button beside it.
"""

from __future__ import annotations

from kiosk.i18n import tr
from kiosk.receipt.printers import PrinterProblem, ProblemKind

__all__ = ["printer_problem_text"]


def printer_problem_text(problem: PrinterProblem | ProblemKind) -> str:
    """The plain message for a printer problem (or its kind), in the current language."""
    kind = problem.kind if isinstance(problem, PrinterProblem) else problem
    if kind == "missing":
        return tr(
            "Không tìm thấy máy in. Hồ sơ đã nộp xong, không bị ảnh hưởng. "
            "Nhờ cán bộ kiểm tra máy in đã bật và đã cắm dây chưa, rồi bấm In lại."
        )
    if kind == "no_paper":
        return tr(
            "Máy in hết giấy. Hồ sơ đã nộp xong, không bị ảnh hưởng. "
            "Nhờ cán bộ thêm giấy vào máy in, rồi bấm In lại."
        )
    if kind == "offline":
        return tr(
            "Máy in không trả lời. Hồ sơ đã nộp xong, không bị ảnh hưởng. "
            "Nhờ cán bộ kiểm tra máy in đã bật và đã nối mạng chưa, rồi bấm In lại."
        )
    return tr(
        "Chưa in được biên nhận. Hồ sơ đã nộp xong, không bị ảnh hưởng. "
        "Nhờ cán bộ kiểm tra máy in, rồi bấm In lại."
    )
