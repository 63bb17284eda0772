"""Where a receipt goes on paper: the office printer (A4/A5), a thermal roll printer, or a PDF file.

Every printer answers the same two calls: `print_receipt(receipt)`, which returns when the printer has
the whole receipt or raises `PrinterProblem`, and `describe()`, a short line for the admin. A problem
says what kind it is (`PrinterProblem.kind`); the screens turn the kind into plain words and offer
to print again — the dossier itself is never affected. Nothing here opens a dialog.

Printing may run on a worker thread: nothing here touches a widget (QPrinter, QPdfWriter and QImage
may be painted outside the GUI thread), and each call builds its own printer objects.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, get_args

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.receipt.layout import paint_receipt
from kiosk.receipt.model import Receipt
from kiosk.receipt.output import receipt_path
from kiosk.receipt.pdf import PAGE_SIZES, Paper, receipt_title, render_receipt_pdf

if TYPE_CHECKING:
    from kiosk.config import Settings

__all__ = [
    "PROBLEM_KINDS",
    "NoPrinter",
    "PdfCopy",
    "PrinterProblem",
    "ProblemKind",
    "ReceiptPrinter",
    "SystemPrinter",
    "printer_from_settings",
]

log = logging.getLogger(__name__)

ProblemKind = Literal["missing", "no_paper", "offline", "failed"]
PROBLEM_KINDS: Final[tuple[str, ...]] = get_args(ProblemKind)


class PrinterProblem(Exception):
    """The receipt did not reach the paper.

    `kind`:
    - "missing": no such printer (not installed, unplugged, the USB/serial device is not there);
    - "no_paper": the printer says it is out of paper (nothing was printed);
    - "offline": the printer does not answer (switched off, network down, no answer in time);
    - "failed": anything else (the printer or its driver refused the job).
    `detail` is for the log: technical, never personal data.
    """

    def __init__(self, kind: ProblemKind, detail: str = "") -> None:
        if kind not in PROBLEM_KINDS:
            raise ValueError(f"unknown printer problem {kind!r}")
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind: ProblemKind = kind
        self.detail = detail


class ReceiptPrinter(ABC):
    """Something that puts a receipt on paper (or in a file)."""

    @abstractmethod
    def print_receipt(self, receipt: Receipt) -> None:
        """Print `receipt`; returns once the printer (or its queue) has it. Raises PrinterProblem."""

    @abstractmethod
    def describe(self) -> str:
        """One short line for the admin: which printer, which paper."""


class SystemPrinter(ReceiptPrinter):
    """A printer installed on the computer (CUPS, Windows), by name; None: the system's default printer.

    No dialog is ever shown. `pdf_file` makes a QPrinter write a PDF instead of talking to a device —
    the stand-in the tests use for a real printer (the same QPrinter, page setup and painting path).
    """

    def __init__(self, name: str | None = None, paper: Paper = "A4", *, pdf_file: Path | None = None) -> None:
        if paper not in PAGE_SIZES:
            raise ValueError(f"unknown paper {paper!r}")
        self.name = name or None
        self.paper: Paper = paper
        self.pdf_file = pdf_file

    def describe(self) -> str:
        if self.pdf_file is not None:
            return f"PDF · {self.paper} · {self.pdf_file}"
        return f"{self.name or 'Máy in mặc định'} · {self.paper}"

    def _device(self) -> QPrinter:
        if self.pdf_file is not None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.pdf_file))
            return printer
        info = QPrinterInfo.printerInfo(self.name) if self.name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrinterProblem(
                "missing", f"no printer named {self.name!r}" if self.name else "no default printer"
            )
        if info.state() == QPrinter.PrinterState.Error:
            raise PrinterProblem("offline", f"printer {info.printerName()!r} reports an error state")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        return printer

    def print_receipt(self, receipt: Receipt) -> None:
        printer = self._device()
        printer.setDocName(receipt_title(receipt))
        printer.setCreator("Kiosk dịch vụ công")
        printer.setCopyCount(1)
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
        printer.setFullPage(True)  # (0, 0) is the paper's corner; the layout keeps off the hardware margins
        printer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES[self.paper]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterProblem("failed", f"the printer {printer.printerName()!r} refused the job")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paint_receipt(painter, printer, receipt)
        except OSError as exc:
            printer.abort()
            raise PrinterProblem("failed", type(exc).__name__) from None
        finally:
            if painter.isActive():
                painter.end()
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise PrinterProblem("failed", f"the printer {printer.printerName()!r} did not take the job")


class PdfCopy(ReceiptPrinter):
    """Writes the receipt as a PDF (demo mode, reprints on demand): `folder/bien-nhan-<code>.pdf`.

    `written` lists the files made, so the visit's end can delete them (the PDF carries the name).
    """

    def __init__(self, folder: Path | None = None, paper: Paper = "A4") -> None:
        self.folder = folder
        self.paper: Paper = paper
        self.written: list[Path] = []

    def describe(self) -> str:
        return f"PDF · {self.paper} · {self.folder}" if self.folder else f"PDF · {self.paper}"

    def write(self, receipt: Receipt) -> Path:
        """The PDF of `receipt`; its path."""
        try:
            path = render_receipt_pdf(receipt, receipt_path(receipt.dossier_code, self.folder), self.paper)
        except OSError as exc:
            raise PrinterProblem("failed", f"cannot write the PDF ({type(exc).__name__})") from None
        self.written.append(path)
        return path

    def print_receipt(self, receipt: Receipt) -> None:
        self.write(receipt)


def printer_from_settings(settings: Settings, *, pdf_folder: Path | None = None) -> ReceiptPrinter:
    """The printer the settings name: `printer` = "pdf" | "system" | "thermal" (see kiosk/config.py).

    `pdf_folder`: where PdfCopy writes (None: Documents/Bien nhan DVC).
    """
    kind = settings.printer
    paper: Paper = "A5" if settings.printer_paper == "A5" else "A4"
    if kind == "system":
        return SystemPrinter(settings.printer_name, paper)
    if kind == "thermal":
        from kiosk.receipt.thermal import ThermalPrinter, prepare_escpos  # escpos loads only when used

        if settings.thermal_address:
            prepare_escpos()  # here, on the GUI thread: it sets an environment variable and logging
            return ThermalPrinter(settings.thermal_address)
        return NoPrinter("ESC/POS · ?")
    return PdfCopy(pdf_folder, paper)


class NoPrinter(ReceiptPrinter):
    """No printer chosen yet (a thermal printer with no address; a public kiosk, which must not leave
    PDFs with people's names on its disk): every print is a "missing" printer until the admin sets one."""

    def __init__(self, description: str = "?") -> None:
        self.description = description

    def describe(self) -> str:
        return self.description

    def print_receipt(self, receipt: Receipt) -> None:
        raise PrinterProblem("missing", f"no printer configured ({self.description})")
