"""The register exported to an Excel workbook on the import's template (services
.workbook_export): the people the register's search shows, with or without the sensitive
columns as the user's role allows, made off the GUI thread and entered in the audit trail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core import workbook as wb
from counsellor_app.core.problems import DomainError
from counsellor_app.services.workbook_export import RegisterExportService
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.storage.people_queries import PeopleQuery
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.operations import Operations, Progress
from counsellor_app.ui.widgets import error_banner, show_banner


class RegisterExportDialog(Dialog):
    help_section = guide_sections.IMPORT

    def __init__(
        self,
        service: RegisterExportService,
        operations: Operations,
        query: PeopleQuery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerExportDialog")
        self.setWindowTitle(self.tr("Export the register to Excel"))
        self.resize(560, 300)
        self.service, self.operations, self.query = service, operations, query
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        filtered = query is not None and query != PeopleQuery()
        intro = QLabel(
            (
                self.tr("The people the register shows now (its search and filters), ")
                if filtered
                else self.tr("Everyone in the register, ")
            )
            + self.tr(
                "with their documents, consents, stages, cohorts, internships, plans, grants, "
                "referrals and visits, in the import template: the workbook can be imported "
                "into another data folder. The export is entered in the audit trail."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sensitive = QCheckBox(
            self.tr(
                "Include identity document numbers and sensitive situations (health, violence)"
            ),
            self,
        )
        self.sensitive.setObjectName("includeSensitive")
        allowed = service.may_export_sensitive()
        self.sensitive.setEnabled(allowed)
        layout.addWidget(self.sensitive)
        if not allowed:
            why = QLabel(
                self.tr(
                    "Your role does not see sensitive data: document numbers are masked and "
                    "sensitive situations left out."
                ),
                self,
            )
            why.setObjectName("sensitiveHint")
            why.setWordWrap(True)
            layout.addWidget(why)
        self.done_text = QLabel(self)
        self.done_text.setObjectName("exportDone")
        self.done_text.setWordWrap(True)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(wb.SHEETS))
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_push_button(self))
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(lambda: self.export())
        buttons.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTrailing)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def export(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the register"), "registre.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            target = Path(chosen)
        show_banner(self.message, [])
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        service, query, sensitive = self.service, self.query, self.sensitive.isChecked()

        def work(progress: Progress) -> Path:
            data = service.export(query, sensitive, lambda done, _total: progress(done))
            write_atomically(target, data)
            return target

        self.operations.run_with_progress(work, self.progress.setValue, self._done, self._failed)

    def _done(self, target: Path) -> None:
        self.saved = target
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.done_text.setText(self.tr("Saved: %1").replace("%1", ltr(str(target))))

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, DomainError):
            show_banner(self.message, [labels.problem_text(p) for p in error.problems])
        elif isinstance(error, OSError):
            show_banner(
                self.message,
                [self.tr("The file could not be written: %1").replace("%1", error.strerror or "")],
            )
        else:
            present_error(self, error)
