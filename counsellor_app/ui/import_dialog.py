"""Importing a partner's list, in three steps the counsellor sees: which column is what (the
app's guess, or what was chosen last time for the same layout), what each row gives (refused
rows with their line and reasons), then the import of the good rows — all at once.

A workbook made on the app's template (services.workbook: people, documents, stages, cohorts,
internships, grants...) skips the columns step: its sheets are checked by the app's rules off
the GUI thread, with progress, each refusal shown with its sheet, line and column, then
written in one transaction on the counsellor's word. The template itself is downloaded here."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core import workbook as wb
from counsellor_app.core.person_import import FIELDS, RowResult, UnreadableFile
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.services.importer import ImportCheck, ImportPreview, ImportReport, ImportService
from counsellor_app.services.workbook import (
    ParsedBook,
    WorkbookCheck,
    WorkbookImportService,
    problems_of,
)
from counsellor_app.services.workbook_export import template
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.operations import Operations, Progress
from counsellor_app.ui.widgets import error_banner, readonly_cell, show_banner

FIELD_LABELS: dict[str, object] = {
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name_ar": QT_TRANSLATE_NOOP("ImportFields", "Last name in Arabic"),
    "first_name_ar": QT_TRANSLATE_NOOP("ImportFields", "First name in Arabic"),
    "sex": QT_TRANSLATE_NOOP("ImportFields", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("ImportFields", "Nationality"),
    "legal_status": QT_TRANSLATE_NOOP("ImportFields", "Legal status"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "document_type": QT_TRANSLATE_NOOP("ImportFields", "Identity document: type"),
    "document_number": QT_TRANSLATE_NOOP("ImportFields", "Identity document: number"),
    "document_expires_on": QT_TRANSLATE_NOOP("ImportFields", "Identity document: valid until"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "skills": QT_TRANSLATE_NOOP("ImportFields", "Skills"),
    "experience": QT_TRANSLATE_NOOP("ImportFields", "Experience"),
}


def field_name(field: str | None) -> str:
    if field is None or field not in FIELD_LABELS:
        return field or ""
    return QCoreApplication.translate("ImportFields", str(FIELD_LABELS[field]))


class ImportDialog(Dialog):
    help_section = guide_sections.IMPORT

    imported = Signal(int)

    def __init__(
        self,
        service: ImportService,
        operations: Operations,
        parent: QWidget | None = None,
        workbook: WorkbookImportService | None = None,
    ) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.book: ParsedBook | None = None
        self.book_check: WorkbookCheck | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import people from a partner's list"))
        self.resize(900, 600)
        self.service, self.operations = service, operations
        self.preview: ImportPreview | None = None
        self.check: ImportCheck | None = None
        self.checked_mapping: dict[int, str] = {}
        self.report: ImportReport | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        # 1. the file
        start = QWidget(self.pages)
        start_layout = QVBoxLayout(start)
        intro = QLabel(
            self.tr(
                "Choose the partner's list: a CSV file or an Excel workbook with one person per "
                "row and the column titles on top. Nothing is written before you confirm; people "
                "imported still have to give their consent at their first meeting."
            ),
            start,
        )
        intro.setWordWrap(True)
        start_layout.addWidget(intro)
        self.choose_button = QPushButton(self.tr("&Choose the file…"), start)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        start_layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeading)
        template_hint = QLabel(
            self.tr(
                "Moving in from Excel: download the template, copy your people and their "
                "records into its sheets (people, documents, consents, stages, cohorts, "
                "internships, business plans, grants, referrals, follow-up visits; the Notes "
                "sheet explains each column), then choose it above. Importing the same "
                "workbook again changes nothing."
            ),
            start,
        )
        template_hint.setWordWrap(True)
        start_layout.addWidget(template_hint)
        self.template_button = QPushButton(self.tr("&Download the template…"), start)
        self.template_button.setObjectName("downloadTemplate")
        self.template_button.clicked.connect(lambda: self.save_template())
        start_layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeading)
        start_layout.addStretch(1)
        self.pages.addWidget(start)

        # 2. the columns
        columns = QWidget(self.pages)
        columns_layout = QVBoxLayout(columns)
        self.columns_hint = QLabel(columns)
        self.columns_hint.setWordWrap(True)
        columns_layout.addWidget(self.columns_hint)
        self.mapping_table = QTableWidget(0, 3, columns)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setAccessibleName(self.tr("Columns of the file"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First values"), self.tr("Is")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        columns_layout.addWidget(self.mapping_table, 1)
        self.check_button = QPushButton(self.tr("C&heck the rows"), columns)
        self.check_button.setObjectName("checkRows")
        self.check_button.clicked.connect(self.run_check)
        columns_layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.pages.addWidget(columns)

        # 3. the rows
        rows = QWidget(self.pages)
        rows_layout = QVBoxLayout(rows)
        self.summary = QLabel(rows)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        rows_layout.addWidget(self.summary)
        self.refused_table = QTableWidget(0, 3, rows)
        self.refused_table.setObjectName("refusedTable")
        self.refused_table.setAccessibleName(self.tr("Rows not imported"))
        self.refused_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Person"), self.tr("Why not")]
        )
        self.refused_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_table.verticalHeader().hide()
        self.refused_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        rows_layout.addWidget(self.refused_table, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back to the columns"), rows)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.save_refused_button = QPushButton(self.tr("&Save the refused rows…"), rows)
        self.save_refused_button.setObjectName("saveRefused")
        self.save_refused_button.clicked.connect(lambda: self.save_refused())
        self.import_button = QPushButton(rows)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.help_push_button(rows))
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_refused_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        rows_layout.addLayout(buttons)
        self.pages.addWidget(rows)

        # 4. done
        done = QWidget(self.pages)
        done_layout = QVBoxLayout(done)
        self.done_text = QLabel(done)
        self.done_text.setObjectName("importDone")
        self.done_text.setWordWrap(True)
        done_layout.addWidget(self.done_text)
        done_layout.addStretch(1)
        self.pages.addWidget(done)

        # 5. a workbook on the template: what each sheet gives, and every refusal
        sheets = QWidget(self.pages)
        sheets_layout = QVBoxLayout(sheets)
        self.book_summary = QLabel(sheets)
        self.book_summary.setObjectName("workbookSummary")
        self.book_summary.setWordWrap(True)
        sheets_layout.addWidget(self.book_summary)
        self.book_refused = QTableWidget(0, 4, sheets)
        self.book_refused.setObjectName("workbookRefused")
        self.book_refused.setAccessibleName(self.tr("Rows not imported"))
        self.book_refused.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Line"), self.tr("Column"), self.tr("Why not")]
        )
        self.book_refused.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.book_refused.verticalHeader().hide()
        self.book_refused.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        sheets_layout.addWidget(self.book_refused, 1)
        book_buttons = QHBoxLayout()
        self.book_import_button = QPushButton(sheets)
        self.book_import_button.setObjectName("workbookImport")
        self.book_import_button.clicked.connect(self.run_book_import)
        book_buttons.addWidget(self.help_push_button(sheets))
        book_buttons.addStretch(1)
        book_buttons.addWidget(self.book_import_button)
        sheets_layout.addLayout(book_buttons)
        self.pages.addWidget(sheets)

        bottom = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        bottom.addWidget(self.progress, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    # -- steps -----------------------------------------------------------------------------
    def _working(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for button in (self.choose_button, self.check_button, self.import_button,
                       self.book_import_button, self.template_button):  # fmt: skip
            button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)  # until the work says how much there is

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, DomainError):
            show_banner(self.message, [self._problem_line(p) for p in error.problems])
        elif isinstance(error, OSError):
            show_banner(
                self.message,
                [
                    self.tr("The file could not be read: %1").replace(
                        "%1", error.strerror or str(error)
                    )
                ],
            )
        else:  # a bug: the one presenter, with a report to send
            show_banner(self.message, [])
            present_error(self, error)

    def _problem_line(self, problem: Problem) -> str:
        text = labels.problem_text(problem)
        if not problem.field or problem.field == "file":
            return text
        return self.tr("%1: %2").replace("%1", field_name(problem.field)).replace("%2", text)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the partner's list"),
            "",
            self.tr("Lists (*.csv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        show_banner(self.message, [])
        self._working(True)
        service, workbook = self.service, self.workbook

        def read() -> ImportPreview | ParsedBook:
            data = path.read_bytes()
            if workbook is not None and path.suffix.lower() in (".xlsx", ".xlsm"):
                try:
                    return workbook.read(data)
                except UnreadableFile as error:
                    if error.problems[0].code != "import_no_sheet":
                        raise
            return service.preview(path.name, data)  # a partner's own list: map its columns

        self.operations.run(read, self._loaded, self._failed)

    def _loaded(self, result: ImportPreview | ParsedBook) -> None:
        if isinstance(result, ParsedBook):
            self.book = result
            self._working(False)  # the check that follows takes its own turn
            self.run_book_check()
        else:
            self.show_preview(result)

    # -- a workbook on the template ------------------------------------------------------------
    def save_template(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the template"), "modele-counsellor.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            target = Path(chosen)
        try:
            write_atomically(target, template())
        except OSError as error:
            self._failed(error)

    def _book_progress(self, done: int) -> None:
        total = self.book.row_count if self.book is not None else 0
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _run_book(self, commit: bool) -> None:
        if self.workbook is None or self.book is None or self.busy:
            return
        show_banner(self.message, [])
        self._working(True)
        workbook, book = self.workbook, self.book
        step = workbook.commit if commit else workbook.check

        def work(progress: Progress) -> WorkbookCheck:
            return step(book, lambda done, _total: progress(done))

        done = self.show_book_done if commit else self.show_book_check
        self.operations.run_with_progress(work, self._book_progress, done, self._failed)

    def run_book_check(self) -> None:
        self._run_book(False)

    def run_book_import(self) -> None:
        self._run_book(True)

    def _sheet_counts(self, check: WorkbookCheck) -> str:
        lines = []
        for sheet in wb.SHEETS:
            made, kept = check.created[sheet.name], check.existing[sheet.name]
            refused = sum(1 for e in check.errors if e.sheet == sheet.name)
            if made or kept or refused:
                lines.append(
                    self.tr("%1: %2 to add, %3 already there, %4 refused")
                    .replace("%1", isolate(sheet.name))
                    .replace("%2", str(made))
                    .replace("%3", str(kept))
                    .replace("%4", str(refused))
                )
        return "\n".join(lines)

    def show_book_check(self, check: WorkbookCheck) -> None:
        self._working(False)
        self.book_check = check
        self.book_summary.setText(
            self.tr("%n record(s) ready to import.", "", check.to_create)
            + " "
            + self.tr(
                "%n problem(s) below: those rows will not be imported.", "", len(check.errors)
            )
            + "\n"
            + self._sheet_counts(check)
        )
        errors = problems_of(check)
        self.book_refused.setRowCount(len(errors))
        for index, error in enumerate(errors):
            sheet = next((s for s in wb.SHEETS if s.name == error.sheet), None)
            column = (
                next((c.title for c in sheet.columns if c.field == error.field), "")
                if sheet
                else ""
            )
            reason = labels.problem_text(Problem(error.code, error.field, dict(error.params)))
            for position, text in enumerate((error.sheet, str(error.line), column, reason)):
                self.book_refused.setItem(index, position, readonly_cell(text))
        self.book_refused.resizeColumnsToContents()
        self.book_import_button.setText(self.tr("&Import the %n record(s)", "", check.to_create))
        self.book_import_button.setEnabled(check.to_create > 0)
        self.pages.setCurrentIndex(4)

    def show_book_done(self, check: WorkbookCheck) -> None:
        self._working(False)
        self.book_check = check
        people = check.created["Personnes"]
        self.done_text.setText(
            self.tr("%n record(s) imported, all in one go.", "", check.to_create)
            + "\n"
            + self._sheet_counts(check)
        )
        self.pages.setCurrentIndex(3)
        self.imported.emit(people)

    def show_preview(self, preview: ImportPreview) -> None:
        self._working(False)
        self.preview = preview
        table = preview.table
        self.columns_hint.setText(
            (
                self.tr("The same columns as last time: the choices made then are kept.")
                if preview.remembered
                else self.tr("Say what each column holds; columns left on “—” are not imported.")
            )
            + " "
            + self.tr("%n row(s) in the file.", "", len(table.rows))
        )
        self.mapping_table.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            self.mapping_table.setItem(index, 0, readonly_cell(header))
            samples = " · ".join(r[index] for r in table.rows[:3] if r[index])
            self.mapping_table.setItem(index, 1, readonly_cell(samples[:120]))
            choice = QComboBox(self.mapping_table)
            choice.setAccessibleName(self.tr("What column %1 holds").replace("%1", isolate(header)))
            choice.addItem("—", None)
            for name in FIELDS:
                choice.addItem(field_name(name), name)
            choice.setCurrentIndex(max(choice.findData(preview.mapping.get(index)), 0))
            self.mapping_table.setCellWidget(index, 2, choice)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)
        self.pages.setCurrentIndex(1)

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for index in range(self.mapping_table.rowCount()):
            widget = self.mapping_table.cellWidget(index, 2)
            if isinstance(widget, QComboBox) and widget.currentData():
                if widget.currentData() in chosen.values():
                    raise DomainError.single("import_column_twice", str(widget.currentData()))
                chosen[index] = str(widget.currentData())
        return chosen

    def run_check(self) -> None:
        if self.preview is None:
            return
        show_banner(self.message, [])
        try:
            mapping = self.mapping()
        except DomainError as error:
            self._failed(error)
            return
        self._working(True)
        preview, service = self.preview, self.service
        self.checked_mapping = mapping  # what the import writes by: the rows were checked so
        self.operations.run(lambda: service.check(preview, mapping), self.show_check, self._failed)

    def _reasons(self, row: RowResult) -> str:
        reasons = [self._problem_line(p) for p in row.problems]
        if row.duplicate_of.startswith("line:"):
            reasons.append(self.tr("Same person as line %1").replace("%1", row.duplicate_of[5:]))
        elif row.duplicate_of:
            reasons.append(self.tr("Already in the register: %1").replace("%1", row.duplicate_of))
        return " · ".join(reasons)

    def show_check(self, check: ImportCheck) -> None:
        self._working(False)
        self.check = check
        ready, refused = len(check.ready), len(check.refused)
        self.summary.setText(
            self.tr("%n person(s) ready to import.", "", ready)
            + " "
            + self.tr("%n row(s) will not be imported (below, with the reason).", "", refused)
        )
        self.refused_table.setRowCount(len(check.refused))
        for index, row in enumerate(check.refused):
            who = f"{row.person.last_name.upper()} {row.person.first_name}" if row.person else ""
            for column, text in enumerate((str(row.line), who.strip(), self._reasons(row))):
                self.refused_table.setItem(index, column, readonly_cell(text))
        self.refused_table.resizeColumnToContents(0)
        self.refused_table.resizeColumnToContents(1)
        self.save_refused_button.setEnabled(refused > 0)
        self.import_button.setText(self.tr("&Import the %n ready person(s)", "", ready))
        self.import_button.setEnabled(ready > 0)
        self.pages.setCurrentIndex(2)

    def save_refused(self, target: Path | None = None) -> None:
        if self.check is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the refused rows"), "lignes-refusees.csv",
                self.tr("CSV files (*.csv)"),
            )  # fmt: skip
            if not chosen:
                return
            target = Path(chosen)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([self.tr("Line"), self.tr("Person"), self.tr("Why not")])
        for row in self.check.refused:
            who = f"{row.person.last_name} {row.person.first_name}" if row.person else ""
            writer.writerow([row.line, who, self._reasons(row)])
        try:
            write_atomically(target, out.getvalue().encode("utf-8-sig"))  # Excel reads the BOM
        except OSError as error:
            self._failed(error)

    def run_import(self) -> None:
        if self.preview is None or self.check is None or self.busy:
            return
        preview, check, service = self.preview, self.check, self.service
        mapping = self.checked_mapping
        self._working(True)
        self.operations.run(
            lambda: service.commit(preview, mapping, check), self.show_done, self._failed
        )

    def show_done(self, report: ImportReport) -> None:
        self._working(False)
        self.report = report
        self.done_text.setText(
            self.tr("%n person(s) imported.", "", len(report.imported))
            + " "
            + self.tr("Their consent is to collect at their first meeting (listed in To do).")
            + (
                " " + self.tr("%n row(s) not imported.", "", len(report.refused))
                if report.refused
                else ""
            )
        )
        self.pages.setCurrentIndex(3)
        self.imported.emit(len(report.imported))
