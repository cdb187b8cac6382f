"""Sending a document's PDF to the printer the counsellor chose, at true size, and knowing whether
it went.

Three ways, chosen by the printer: "print to file" writes the app's own vector PDF; a printer of
the system's print spooler (CUPS on Linux and macOS) is sent that same PDF through
:mod:`counsellor_app.services.spooler`, which says when the queue refuses it; elsewhere (Windows)
each page is painted on the whole A4 sheet at true size, at the printer's resolution up to
:data:`MAX_RASTER_DPI`. Every failure raises a coded :class:`DomainError`, so a document being
issued is issued only when its job was accepted (see ``DocumentService.issue_many(deliver=)``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from counsellor_app.core.problems import DomainError
from counsellor_app.services import spooler
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import labels

MAX_RASTER_DPI = 300  # sharper gains nothing on paper and costs memory on an old PC


def a4_full_page(printer: QPrinter) -> None:
    """A4 portrait with no margin, the painter's origin at the sheet's corner: the page is
    placed where the PDF puts it, never shrunk into Qt's default printable area."""
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )


def ask_printer(parent: QWidget | None, doc_name: str) -> QPrinter | None:
    """The system's print dialog on a printer set for A4 at true size; None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    a4_full_page(printer)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def printer_for(name: str) -> QPrinter:
    """A printer by its name, set for A4 at true size. Qt silently takes the default printer
    for a name it does not know: that is refused here, never printed elsewhere."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    if (
        printer.printerName() != name
        or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat
    ):
        raise spooler.refusal(spooler.QueueState.UNKNOWN, name)
    a4_full_page(printer)
    return printer


def chosen_pages(printer: QPrinter) -> range | None:
    """The pages the print dialog chose, counted from 0; None for all."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, printer.toPage())
    return None


@dataclass(frozen=True)
class Delivered:
    """How the job went out: ``way`` is "file", "spooler" or "raster"; ``size`` the bytes."""

    way: str
    pages: int
    size: int
    job_id: str = ""


def _options(printer: QPrinter, pages: range | None) -> spooler.PrintOptions:
    duplex = {
        QPrinter.DuplexMode.DuplexLongSide: "long",
        QPrinter.DuplexMode.DuplexShortSide: "short",
    }.get(printer.duplex())
    return spooler.PrintOptions(
        copies=printer.copyCount(),
        first_page=pages.start + 1 if pages else None,
        last_page=pages.stop if pages else None,
        duplex=duplex,
    )


def deliver(
    printer: QPrinter,
    pdf: bytes,
    pages: range | None = None,
    keep_going: Callable[[int], bool] | None = None,
) -> Delivered:
    """Send ``pdf`` to ``printer`` (all pages, or ``pages`` counted from 0); raise a coded
    refusal when it did not go."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        target = printer.outputFileName()
        if not target:
            raise DomainError.single("print_failed", "printer")
        chosen = pdf if pages is None else _pages_of(pdf, pages)
        write_pdf(Path(target), chosen)
        return Delivered("file", _count(chosen), len(chosen))
    name = printer.printerName()
    if spooler.available():
        submitted = spooler.submit_pdf(name, pdf, printer.docName(), _options(printer, pages))
        return Delivered(
            "spooler", len(pages) if pages else _count(pdf), submitted.size, submitted.job_id
        )
    if not name or QPrinterInfo.printerInfo(name).isNull():
        # Qt would print on the default printer instead: never somewhere not chosen.
        raise spooler.refusal(spooler.QueueState.UNKNOWN, name)
    return print_raster(printer, pdf, pages, keep_going)


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write the PDF whole or not at all; a refusal names the system's reason."""
    try:
        write_atomically(path, pdf)
    except OSError as error:
        raise DomainError.single(
            "document_file_not_written", "file", reason=error.strerror or type(error).__name__
        ) from error


def show_refusal(parent: QWidget | None, error: DomainError, issuing: bool) -> None:
    """The spooler's or the file's refusal in the user's language; when a specimen was being
    issued, that nothing was."""
    lines = [labels.problem_text(problem) for problem in error.problems]
    if issuing:
        lines += [
            "",
            QCoreApplication.translate(
                "Printing",
                "Nothing was issued: no serial number was used and the register is unchanged.",
            ),
        ]
    QMessageBox.warning(
        parent, QCoreApplication.translate("Printing", "Printing"), "\n".join(lines)
    )


def _pages_of(pdf: bytes, pages: range) -> bytes:
    """Only the chosen pages, copied as they are (still vector, still at true size)."""
    from pypdf import PdfReader, PdfWriter  # here: about 18 MB the window never needs else

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for index in pages:
        if 0 <= index < len(reader.pages):
            writer.add_page(reader.pages[index])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _count(pdf: bytes) -> int:
    document, _buffer = _load(pdf)
    return document.pageCount()


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_raster(
    printer: QPrinter,
    pdf: bytes,
    pages: range | None = None,
    keep_going: Callable[[int], bool] | None = None,
) -> Delivered:
    """Each page as a picture at the printer's resolution (at most ``MAX_RASTER_DPI``), placed
    at true size from the sheet's corner; ``keep_going(done)`` may stop the job."""
    a4_full_page(printer)
    document, _buffer = _load(pdf)
    if document.status() != QPdfDocument.Status.Ready:
        raise DomainError.single("print_failed", "printer")
    wanted = pages if pages is not None else range(document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError.single("print_failed", "printer")
    printed = 0
    stopped = False
    try:
        resolution = printer.resolution()
        dpi = min(resolution, MAX_RASTER_DPI)
        for index in wanted:
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            # Device units per point: the page's own size in points, drawn at 100 %.
            unit = resolution / 72
            painter.drawImage(QRectF(0, 0, points.width() * unit, points.height() * unit), image)
            printed += 1
            if keep_going is not None and not keep_going(printed):
                printer.abort()
                stopped = True
                break
    finally:
        painter.end()
    if stopped:
        raise DomainError.single("print_stopped", "printer")
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise DomainError.single("print_failed", "printer")
    return Delivered("raster", printed, 0)
