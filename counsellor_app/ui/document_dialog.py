"""A printed document on screen: look at the specimen, issue it, print it or save it as PDF.

A document opens as a specimen (no serial, no QR code, stamped SPECIMEN): the counsellor checks
names and dates before anything is registered. Issuing gives the serial and shows the real
document, which is then printed through the system's print dialog or saved as a PDF file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Q_ARG, QMetaObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.services.documents import Issued
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import guide_sections
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.operations import query_now
from counsellor_app.ui.pdf_pane import PdfPane
from counsellor_app.ui.printing import (
    Delivered,
    a4_full_page,
    chosen_pages,
    deliver,
    show_refusal,
    write_pdf,
)

# Issues the specimen; runs ``deliver(pdf)`` before its commit, when given.
IssueAction = Callable[[Callable[[bytes], object] | None], Sequence[Issued]]


class DocumentDialog(Dialog):
    help_section = guide_sections.DOCUMENTS

    issued = Signal(list)  # the serials just issued

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        issue: IssueAction | None = None,
        parent: QWidget | None = None,
        serials: Sequence[str] = (),
    ) -> None:
        """``issue`` given: ``pdf`` is a specimen, and the dialog offers to issue it;
        otherwise it shows documents already issued, with their ``serials``."""
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self.file_name = file_name
        self._issue = issue
        self.serials: list[str] = list(serials)
        self.content = pdf
        self.delivered: Delivered | None = None  # how the last print job went out
        self.resize(860, 940)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.pane = PdfPane(self)
        self.pane.setAccessibleName(title)
        layout.addWidget(self.pane, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.accept)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.pane.show_pdf(pdf)
        self._show_state()
        self.print_button.setDefault(True)

    @property
    def is_specimen(self) -> bool:
        return self._issue is not None and not self.serials

    def page_count(self) -> int:
        return self.pane.pdf.pageCount()

    def _show_state(self) -> None:
        pages = self.page_count()
        if self.is_specimen:
            self.status.setText(
                self.tr(
                    "Specimen, %n page(s): check the names, dates and amounts. Issuing gives "
                    "the document its serial number and QR code and records it in the register.",
                    "",
                    pages,
                )
            )
            self.print_button.setText(self.tr("&Issue and print…"))
            self.save_button.setText(self.tr("Issue and &save as PDF…"))
        else:
            serials = self.serials
            shown = serials[0] if len(serials) == 1 else f"{serials[0]} … {serials[-1]}"
            self.status.setText(
                self.tr("Issued: %1 (%n page(s)).", "", pages).replace("%1", ltr(shown))
                if serials
                else self.tr("%n page(s).", "", pages)
            )
            self.print_button.setText(self.tr("&Print…"))
            self.save_button.setText(self.tr("&Save as PDF…"))

    def mark_issued(self, issued: Sequence[Issued]) -> None:
        """Show documents already issued (a re-print, or a batch issued off the GUI thread)."""
        self.serials = [item.serial for item in issued]
        self.content = issued[0].pdf
        self.pane.show_pdf(self.content)
        if self.serials:
            self.file_name = self.serials[0] + ".pdf"
        self._show_state()

    def _ensure_issued(self, deliver: Callable[[bytes], object] | None = None) -> bool:
        """Issue the specimen; with ``deliver`` (the print job, the file written) in the same
        transaction: a job refused or a file not written leaves no serial and no register row."""
        if not self.is_specimen:
            return True
        assert self._issue is not None
        try:
            issue = self._issue
            issued = list(query_now(lambda: issue(deliver)))  # made off the GUI thread
        except DomainError as error:
            show_refusal(self, error, issuing=True)
            return False
        self.mark_issued(issued)
        self.issued.emit(self.serials)
        return True

    # -- print -----------------------------------------------------------------------------
    def print_(self) -> None:
        """The print dialog first: cancelling it issues nothing."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a4_full_page(printer)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer, chosen_pages(printer))

    def print_to(self, printer: QPrinter, pages: range | None = None) -> int:
        """Print (all pages, or ``pages`` counted from 0), issuing the specimen only if the
        job is accepted; a long job painted page by page can be stopped. Pages sent, 0 when
        the job did not go (the counsellor was told why)."""
        wanted = pages if pages is not None else range(self.page_count())
        progress: QProgressDialog | None = None
        if len(wanted) > 3:
            progress = QProgressDialog(
                self.tr("Sending the pages to the printer…"),
                self.tr("Stop"),
                0,
                len(wanted),
                self,
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def keep_going(done: int) -> bool:
            """Told by each page sent; the job goes on the database's writer while this
            window waits, so the progress is moved by a queued call from there."""
            if progress is None:
                return True
            if QThread.currentThread() is progress.thread():
                progress.setValue(done)
                QApplication.processEvents()
            else:
                QMetaObject.invokeMethod(
                    progress, "setValue", Qt.ConnectionType.QueuedConnection, Q_ARG(int, done)
                )
            return not progress.wasCanceled()

        sent: list[Delivered] = []

        def send(pdf: bytes) -> None:
            sent.append(deliver(printer, pdf, pages, keep_going))

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.is_specimen:
                self._ensure_issued(send)
            else:
                try:
                    send(self.content)
                except DomainError as error:
                    show_refusal(self, error, issuing=False)
        finally:
            QApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
        self.delivered = sent[0] if sent else None
        return sent[0].pages if sent else 0

    # -- save ------------------------------------------------------------------------------
    def save_as(self) -> None:
        """The file chosen first: cancelling issues nothing, and a specimen is issued only
        when its file is written."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if self.is_specimen:
            return self._ensure_issued(lambda pdf: write_pdf(path, pdf))
        try:
            write_atomically(path, self.content)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The file could not be written: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return False
        return True
