"""Putting a receipt on paper from any screen: the printer chosen in the admin settings, on a worker, with
what happened said in plain words. A printer problem never touches the dossier; the screen offers
"In lại". PDF copies (the demo's "printer", a desk's copy on demand) belong to the visit and are deleted
when it ends: in kiosk mode no receipt is left on disk for the next person to find.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.i18n import tr
from kiosk.receipt.model import Receipt
from kiosk.receipt.printers import PdfCopy, PrinterProblem, ReceiptPrinter
from kiosk.ui.printer_messages import printer_problem_text
from kiosk.ui.worker import run_in_background

log = logging.getLogger(__name__)


class ReceiptPrinting:
    """The kiosk's receipt printer and the PDF copies written during this visit."""

    def __init__(self, printer: ReceiptPrinter, pdf_folder: Path | None = None) -> None:
        self.printer = printer
        self.pdf_folder = pdf_folder
        self._written: list[Path] = []
        self._lock = threading.Lock()  # prints run on workers; the visit ends on the GUI thread
        self._visit = 0

    def print(
        self,
        receipt: Receipt,
        *,
        owner: QObject,
        done: Callable[[str], None],
        problem: Callable[[str], None],
        printer: ReceiptPrinter | None = None,
    ) -> None:
        """Print on a worker (on `printer`, else the kiosk's); later `done(what happened)` or
        `problem(what to do)` on the GUI thread (not at all when `owner` is gone by then)."""
        printer, visit = printer or self.printer, self._visit

        def work() -> str:
            if isinstance(printer, PdfCopy):
                path = printer.write(receipt)
                self._keep(path, visit)
                return tr("Biên nhận đã được lưu thành tệp PDF tại:") + f"\n{path}"
            printer.print_receipt(receipt)
            return tr("Đã in xong. Mời ông/bà lấy giấy biên nhận ở máy in.")

        def failed(exc: Exception) -> None:
            if isinstance(exc, PrinterProblem):
                log.warning("receipt not printed: %s %s", exc.kind, exc.detail)
                problem(printer_problem_text(exc))
            else:
                log.error("receipt not printed: %s", type(exc).__name__)
                problem(printer_problem_text("failed"))

        run_in_background(work, done, failed, owner=owner)

    def save_pdf(
        self,
        receipt: Receipt,
        *,
        owner: QObject,
        done: Callable[[str], None],
        problem: Callable[[str], None],
    ) -> None:
        """A PDF copy (a desk's reprint on demand), written on a worker like any print; it is deleted
        with the visit like the rest."""
        self.print(receipt, owner=owner, done=done, problem=problem, printer=PdfCopy(self.pdf_folder))

    def describe(self) -> str:
        return self.printer.describe()

    def forget_visit(self) -> None:
        """The visit ended: its PDF copies carry the citizen's name, so they go (and a print of this
        visit still under way deletes its file the moment it is written)."""
        with self._lock:
            written, self._written = self._written, []
            self._visit += 1
        for path in written:
            path.unlink(missing_ok=True)

    def _keep(self, path: Path, visit: int) -> None:
        with self._lock:
            if visit == self._visit:
                self._written.append(path)
                return
        path.unlink(missing_ok=True)  # its visit is over already
