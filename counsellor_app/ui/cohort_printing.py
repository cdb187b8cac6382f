"""Certificates for a whole cohort in one PDF, issued off the GUI thread with progress and cancel.

Who cannot receive a certificate yet (attendance too low, sheets not complete, consent
pending) is said before anything is issued; the others are issued in one transaction, so
cancelling leaves no serial used and nothing in the register. With a printer chooser (the
print dialog, in the app), the printer is chosen first and the job sent inside that
transaction: a cancelled dialog or a job the spooler refuses issues nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from counsellor_app.core.problems import DomainError
from counsellor_app.documents.render import RenderCancelled
from counsellor_app.services.documents import DocumentService, Issued, Printable
from counsellor_app.ui import labels
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.errors import present_error, show_domain_error
from counsellor_app.ui.operations import Operations, Progress
from counsellor_app.ui.printed_panel import template_label
from counsellor_app.ui.printing import Delivered, deliver, show_refusal

TEMPLATE = "softskills_certificate"
SHOWN_REFUSALS = 12


def refusal_lines(refused: list[Printable]) -> list[str]:
    lines = [
        f"• {item.subject.person_name}: " + " ".join(labels.problem_text(p) for p in item.problems)
        for item in refused[:SHOWN_REFUSALS]
    ]
    if len(refused) > SHOWN_REFUSALS:
        lines.append(
            QCoreApplication.translate(
                "CohortCertificates", "… and %n more.", "", len(refused) - SHOWN_REFUSALS
            )
        )
    return lines


class CohortCertificates(QObject):
    """One batch: ask, issue on a worker, show progress, open the PDF or say why not."""

    finished = Signal(object)  # the DocumentDialog, or None when nothing was issued

    def __init__(
        self,
        documents: DocumentService,
        operations: Operations,
        cohort_id: str,
        parent: QWidget | None,
        confirm: Callable[[str], bool] | None = None,
        choose_printer: Callable[[], QPrinter | None] | None = None,
    ) -> None:
        """``choose_printer`` given: the batch is printed as it is issued, or not issued."""
        super().__init__(parent)
        self.documents, self.operations, self.cohort_id = documents, operations, cohort_id
        self.widget = parent
        self._confirm = confirm or self._ask
        self._choose_printer = choose_printer
        self.delivered: Delivered | None = None
        self.progress: QProgressDialog | None = None
        self._job: Progress | None = None
        self.dialog: DocumentDialog | None = None
        self.notice: QMessageBox | None = None

    def _notify(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not wait: the batch's end arrives from a worker."""
        box = QMessageBox(icon, self.tr("Certificates for the cohort"), text, parent=self.widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice = box  # without a parent widget, the reference keeps it on screen

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self.widget,
            self.tr("Certificates for the cohort"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self) -> bool:
        """False when there is nothing to issue or the counsellor said no."""
        try:
            checked = self.documents.cohort_certificates(self.cohort_id)
        except DomainError as error:
            show_domain_error(self.widget, error)
            return False
        ready = [item for item in checked if item.ready]
        refused = [item for item in checked if not item.ready]
        if not ready:
            self._notify(
                QMessageBox.Icon.Information,
                "\n".join(
                    [
                        self.tr("Nobody in this cohort can receive a certificate yet."),
                        "",
                        *refusal_lines(refused),
                    ]
                ),
            )
            return False
        text = self.tr(
            "%n certificate(s) will be issued, each with its own serial number, in one PDF "
            "to print.",
            "",
            len(ready),
        )
        if refused:
            text += "\n\n" + self.tr("Not included:") + "\n" + "\n".join(refusal_lines(refused))
        if not self._confirm(text):
            return False
        printer: QPrinter | None = None
        if self._choose_printer is not None:
            printer = self._choose_printer()
            if printer is None:
                return False  # the print dialog cancelled: nothing issued
        self._run([item.subject.subject_id for item in ready], printer)
        return True

    def _run(self, enrolment_ids: list[str], printer: QPrinter | None = None) -> None:
        progress = QProgressDialog(
            self.tr("Preparing the certificates…"),
            self.tr("Cancel"),
            0,
            len(enrolment_ids),
            self.widget,
        )
        progress.setObjectName("batchProgress")
        progress.setWindowTitle(self.tr("Certificates for the cohort"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress
        documents = self.documents

        def send(pdf: bytes) -> None:
            assert printer is not None
            self.delivered = deliver(printer, pdf)  # on the worker, before the commit

        def work(report: Progress) -> list[Issued]:
            return documents.issue_many(
                TEMPLATE, enrolment_ids, progress=report, deliver=send if printer else None
            )

        self._job = self.operations.run_with_progress(
            work, self._advanced, self._done, self._failed
        )
        progress.canceled.connect(self._job.cancel)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _advanced(self, done: int) -> None:
        progress = self.progress
        if progress is None or progress.wasCanceled():
            return
        progress.setLabelText(
            self.tr("Certificate %1 of %2…")
            .replace("%1", str(done))
            .replace("%2", str(progress.maximum()))
        )
        progress.setValue(done)  # a modal progress dialog processes events here: last

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, issued: list[Issued]) -> None:
        self._close_progress()
        self.dialog = DocumentDialog(
            issued[0].pdf,
            template_label(TEMPLATE),
            f"{issued[0].serial}.pdf",
            None,
            self.widget,
            [item.serial for item in issued],
        )
        self.dialog.open()
        self.finished.emit(self.dialog)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, RenderCancelled):
            self._notify(
                QMessageBox.Icon.Information,
                self.tr("Stopped. No certificate was issued; you can start again later."),
            )
        elif isinstance(error, DomainError):
            show_refusal(self.widget, error, issuing=True)
        else:  # a bug: nothing was issued (one transaction); the one presenter says so
            present_error(self.widget, error)
        self.finished.emit(None)
