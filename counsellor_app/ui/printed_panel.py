"""Printed documents: what can be printed from a person's file, and the register of what was.

The file's tab lists every document its records allow (a certificate per cohort, an agreement
per internship, a letter per referral…), each ready or with the reason it is not yet; the
counsellor previews a specimen, issues it, prints it. Under it, the documents already issued
for the person, to print again identically or to revoke. The register dialog shows the same
for the whole agency.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.services.documents import DocumentService, Printable, RegisterRow
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.errors import present_error, show_domain_error
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.operations import Operations, query_now
from counsellor_app.ui.widgets import combo_value, fill_combo, readonly_cell, set_combo_value


def template_label(template: str) -> str:
    return labels.label(labels.DOCUMENT_TEMPLATE, template)


def language_combo(service: DocumentService, parent: QWidget) -> QComboBox:
    """The language pairs a document can be printed in, the agency's default chosen."""
    combo = QComboBox(parent)
    combo.setObjectName("languages")
    fill_combo(
        combo,
        [
            (code, labels.label(labels.DOCUMENT_LANGUAGES, code))
            for code in labels.DOCUMENT_LANGUAGES
        ],
    )
    _, default = service.letterhead()
    set_combo_value(combo, "+".join(default))
    combo.setAccessibleName(QCoreApplication.translate("PrintedPanel", "Languages"))
    return combo


def chosen_languages(combo: QComboBox) -> tuple[str, str]:
    first, second = combo_value(combo).split("+")
    return first, second


def open_specimen(
    parent: QWidget,
    service: DocumentService,
    template: str,
    subject_id: str,
    languages: tuple[str, str],
) -> DocumentDialog | None:
    """Preview one document as a specimen; the dialog issues it when asked. None if refused."""
    try:
        specimen = service.preview(template, subject_id, languages)
    except DomainError as error:
        show_domain_error(parent, error)
        return None
    return DocumentDialog(
        specimen,
        template_label(template),
        f"{template}.pdf",
        lambda deliver: service.issue_many(template, [subject_id], languages, deliver=deliver),
        parent,
    )


def open_specimen_in_background(
    parent: QWidget,
    operations: Operations,
    service: DocumentService,
    template: str,
    subject_id: str,
    languages: tuple[str, str],
    on_open: Callable[[DocumentDialog], None],
) -> None:
    """Like :func:`open_specimen`, the PDF made on a worker (a long sheet runs to many pages):
    the dialog opens on the GUI thread when it is ready; a refusal reaches the presenter."""

    def show(specimen: bytes) -> None:
        dialog = DocumentDialog(
            specimen,
            template_label(template),
            f"{template}.pdf",
            lambda deliver: service.issue_many(template, [subject_id], languages, deliver=deliver),
            parent,
        )
        dialog.open()
        on_open(dialog)

    operations.run(
        lambda: service.preview(template, subject_id, languages),
        show,
        lambda error: present_error(parent, error),
    )


class IssuedTable(QTableWidget):
    """Issued documents, newest first; the serial rides in the first cell."""

    shown = Signal()  # the rows were replaced: whatever depends on the selection re-reads it

    def __init__(self, with_person: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 7 if with_person else 6, parent)
        self.setObjectName("issuedTable")
        self._with_person = with_person
        headers = [
            self.tr("Serial"),
            self.tr("Document"),
            *([self.tr("Person or group")] if with_person else []),
            self.tr("Languages"),
            self.tr("Issued on"),
            self.tr("Issued by"),
            self.tr("Status"),
        ]
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Issued documents"))
        self.rows: list[RegisterRow] = []

    def show_rows(self, rows: list[RegisterRow]) -> None:
        """Show ``rows``, keeping the same document selected when it is still listed."""
        kept = self.selected()
        self.setCurrentCell(-1, -1)
        self.rows = rows
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = (
                self.tr("Revoked: %1").replace("%1", row.revocation_reason)
                if row.revoked_at is not None
                else self.tr("Valid")
            )
            cells = [
                readonly_cell(row.serial, row.serial),
                readonly_cell(template_label(row.template)),
                *([readonly_cell(row.person_name)] if self._with_person else []),
                readonly_cell(labels.label(labels.DOCUMENT_LANGUAGES, "+".join(row.languages))),
                readonly_cell(labels.format_date(row.issued_at.astimezone().date())),
                readonly_cell(row.issued_by),
                readonly_cell(status),
            ]
            for column, cell in enumerate(cells):
                if column == 0:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(index, column, cell)
        self.resizeColumnsToContents()
        serials = [row.serial for row in rows]
        if kept is not None and kept.serial in serials:
            self.setCurrentCell(serials.index(kept.serial), 0)
        self.shown.emit()

    def selected(self) -> RegisterRow | None:
        index = self.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None


class IssuedActions(QWidget):
    """ "Print again" and "Revoke" for the selected row of an :class:`IssuedTable`."""

    changed = Signal()

    def __init__(
        self, service: DocumentService, table: IssuedTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.table = service, table
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reprint_button = QPushButton(self.tr("Print &again…"), self)
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.clicked.connect(self.reprint)
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self.revoke)
        layout.addWidget(self.reprint_button)
        layout.addWidget(self.revoke_button)
        layout.addStretch(1)
        table.currentCellChanged.connect(lambda *_cells: self._selection_changed())
        table.shown.connect(self._selection_changed)
        table.itemDoubleClicked.connect(lambda _item: self.reprint())
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.table.selected()
        self.reprint_button.setEnabled(row is not None)
        self.revoke_button.setEnabled(row is not None and row.revoked_at is None)

    def reprint(self) -> DocumentDialog | None:
        row = self.table.selected()
        if row is None:
            return None
        try:
            pdf = query_now(lambda: self.service.reprint(row.serial))  # off the GUI thread
        except DomainError as error:
            show_domain_error(self, error)
            return None
        dialog = DocumentDialog(
            pdf, template_label(row.template), f"{row.serial}.pdf", None, self, [row.serial]
        )
        dialog.open()
        return dialog

    def revoke(self, reason: str | None = None) -> bool:
        """Revoke the selected document; ``reason`` given skips the question (tests, scripts)."""
        row = self.table.selected()
        if row is None:
            return False
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self,
                self.tr("Revoke %1").replace("%1", ltr(row.serial)),
                self.tr(
                    "Why is this document revoked? Re-prints will be stamped REVOKED and the "
                    "verification will say so."
                ),
            )
            if not accepted:
                return False
        try:
            self.service.revoke(row.serial, reason)
        except DomainError as error:
            show_domain_error(self, error)
            return False
        self.changed.emit()
        return True


class PrintedDocumentsPanel(QWidget):
    """The file's "Printed documents" tab."""

    changed = Signal()
    specimen_opened = Signal(object)  # the DocumentDialog, when made on a worker

    def __init__(
        self,
        service: DocumentService,
        person_id: str,
        parent: QWidget | None = None,
        operations: Operations | None = None,
    ) -> None:
        """With ``operations`` (as in a person's file) the specimen is made on a worker."""
        super().__init__(parent)
        self.setObjectName("printedPanel")
        self.service, self.person_id, self.operations = service, person_id, operations
        self.printables: list[Printable] = []
        layout = QVBoxLayout(self)
        available = QGroupBox(self.tr("Print a document"), self)
        box = QVBoxLayout(available)
        self.choices = QTableWidget(0, 4, available)
        self.choices.setObjectName("printableTable")
        self.choices.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("For"), self.tr("Date"), self.tr("Can it be printed?")]
        )
        self.choices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choices.verticalHeader().hide()
        self.choices.horizontalHeader().setStretchLastSection(True)
        self.choices.setWordWrap(True)
        self.choices.setAccessibleName(self.tr("Documents that can be printed"))
        self.choices.currentCellChanged.connect(lambda *_cells: self._choice_changed())
        self.choices.itemDoubleClicked.connect(lambda _item: self.preview())
        box.addWidget(self.choices, 1)
        row = QHBoxLayout()
        languages_label = QLabel(self.tr("&Languages"), available)
        self.languages = language_combo(service, available)
        languages_label.setBuddy(self.languages)
        self.preview_button = QPushButton(self.tr("&Preview and issue…"), available)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(languages_label)
        row.addWidget(self.languages)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        box.addLayout(row)
        layout.addWidget(available, 3)
        issued = QGroupBox(self.tr("Issued for this person"), self)
        issued_box = QVBoxLayout(issued)
        self.issued = IssuedTable(with_person=False, parent=issued)
        self.issued_actions = IssuedActions(service, self.issued, issued)
        self.issued_actions.changed.connect(self.reload)
        issued_box.addWidget(self.issued, 1)
        issued_box.addWidget(self.issued_actions)
        layout.addWidget(issued, 2)
        self.reload()

    def reload(self) -> None:
        try:
            self.printables = self.service.printable(self.person_id)
            register = self.service.register(self.person_id)
        except DomainError as error:
            show_domain_error(self, error)
            return
        self.choices.setRowCount(len(self.printables))
        for index, item in enumerate(self.printables):
            subject = item.subject
            status = (
                self.tr("Ready")
                if item.ready
                else " ".join(labels.problem_text(p) for p in item.problems)
            )
            cells = [
                readonly_cell(template_label(subject.template), index),
                readonly_cell(subject.detail),
                readonly_cell(labels.format_date(subject.on)),
                readonly_cell(status),
            ]
            for column, cell in enumerate(cells):
                if not item.ready:
                    cell.setForeground(self.palette().placeholderText())
                self.choices.setItem(index, column, cell)
        self.choices.resizeColumnsToContents()
        self.choices.resizeRowsToContents()
        first_ready = next((i for i, p in enumerate(self.printables) if p.ready), 0)
        if self.printables:
            self.choices.setCurrentCell(first_ready, 0)  # selectRow misses in RTL
        self.issued.show_rows(register)
        self._choice_changed()

    def _choice_changed(self) -> None:
        chosen = self.selected()
        self.preview_button.setEnabled(chosen is not None and chosen.ready)

    def selected(self) -> Printable | None:
        index = self.choices.currentRow()
        return self.printables[index] if 0 <= index < len(self.printables) else None

    def preview(self) -> DocumentDialog | None:
        """The chosen document as a specimen: returned, or with operations given, made on a
        worker and told by ``specimen_opened`` (None returned)."""
        chosen = self.selected()
        if chosen is None or not chosen.ready:
            return None
        if self.operations is not None:

            def opened(dialog: DocumentDialog) -> None:
                dialog.issued.connect(lambda _serials: QTimer.singleShot(0, self._issued))
                self.specimen_opened.emit(dialog)

            open_specimen_in_background(
                self,
                self.operations,
                self.service,
                chosen.subject.template,
                chosen.subject.subject_id,
                chosen_languages(self.languages),
                opened,
            )
            return None
        dialog = open_specimen(
            self,
            self.service,
            chosen.subject.template,
            chosen.subject.subject_id,
            chosen_languages(self.languages),
        )
        if dialog is not None:
            dialog.issued.connect(lambda _serials: QTimer.singleShot(0, self._issued))
            dialog.open()
        return dialog

    def _issued(self) -> None:
        self.reload()
        self.changed.emit()


class RegisterDialog(Dialog):
    """The agency's register of issued documents: search by serial or name, print again,
    revoke."""

    help_section = guide_sections.ISSUED_REGISTER

    def __init__(self, service: DocumentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Register of issued documents"))
        self.service = service
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Serial number or name"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.table = IssuedTable(with_person=True, parent=self)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No document has been issued yet."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.issued_actions = IssuedActions(service, self.table, self)
        self.issued_actions.changed.connect(self.reload)
        layout.addWidget(self.issued_actions)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.reload()

    def reload(self) -> None:
        rows = self.service.register(query=self.search.text())
        self.table.show_rows(rows)
        searching = bool(self.search.text().strip())
        self.empty.setText(
            self.tr("No document matches this search.")
            if searching
            else self.tr("No document has been issued yet.")
        )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
