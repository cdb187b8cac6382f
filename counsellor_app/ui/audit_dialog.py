"""Tools ▸ Audit trail (supervisors, administrators): search it, check its chain, export it
for an inspection."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.audit import AuditEntry
from counsellor_app.core.clock import local_today
from counsellor_app.services.audit import AuditExport, AuditQuery, AuditService
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.widgets import DateField, combo_value, fill_combo, readonly_cell

LIMIT = 500


def _bounds(day: date, end: bool = False) -> datetime:
    """A local calendar day's start (or the next day's start) in UTC."""
    start = datetime.combine(day, time()).astimezone()
    return (start + timedelta(days=1) if end else start).astimezone(UTC)


class AuditDialog(Dialog):
    help_section = guide_sections.AUDIT
    exported = Signal(Path)  # the file written, once the export has landed

    def __init__(
        self,
        service: AuditService,
        people: PeopleService,
        language: str,
        parent: QWidget | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.service, self.people, self.language = service, people, language
        # The export reads, checks and formats the whole trail (and records itself): off the
        # GUI thread, on the app's helper (its failures go to the one error presenter).
        self.operations = operations or Operations(self)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.since = DateField(self)
        self.since.setObjectName("auditSince")
        self.since.set_value(local_today() - timedelta(days=30))
        self.since.setAccessibleName(self.tr("From"))
        self.until = DateField(self)
        self.until.setObjectName("auditUntil")
        self.until.set_value(local_today())
        self.until.setAccessibleName(self.tr("To"))
        actions = [
            (code, labels.label(labels.AUDIT_ACTIONS, code)) for code in labels.AUDIT_ACTIONS
        ]
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("What"))
        fill_combo(
            self.action,
            [("", self.tr("Everything")), *sorted(actions, key=lambda pair: pair[1])],
        )
        self.actor = QComboBox(self)
        self.actor.setObjectName("auditActor")
        self.actor.setAccessibleName(self.tr("Who"))
        fill_combo(self.actor, [("", self.tr("Everyone")), *people.counsellors()])
        self.file_number = QLineEdit(self)
        self.file_number.setObjectName("auditFileNumber")
        self.file_number.setPlaceholderText(self.tr("File number"))
        self.file_number.setAccessibleName(self.tr("File number"))
        self.file_number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        search = QPushButton(self.tr("&Search"), self)
        search.setObjectName("auditSearch")
        search.setDefault(True)
        search.clicked.connect(self.search)
        self.file_number.returnPressed.connect(self.search)
        for text, widget in (
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
            (None, self.action),
            (None, self.actor),
            (None, self.file_number),
        ):
            if text:
                filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addWidget(search)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("File"), self.tr("Details")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        check = QPushButton(self.tr("&Check the chain"), self)
        check.setObjectName("auditCheck")
        check.clicked.connect(self.check_chain)
        export = QPushButton(self.tr("&Export for an inspection…"), self)
        export.setObjectName("auditExport")
        export.clicked.connect(lambda: self.export())
        self.export_button = export
        buttons.addButton(check, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.search()

    def query(self) -> AuditQuery | None:
        subject = ""
        typed = self.file_number.text().strip()
        if typed:
            subject = self.people.id_of_file(typed) or ""
            if not subject:
                self.status.setText(self.tr("No file has this number on this PC."))
                return None
        since, until = self.since.value(), self.until.value()
        return AuditQuery(
            since=_bounds(since) if since else None,
            until=_bounds(until, end=True) if until else None,
            actions=[combo_value(self.action)] if combo_value(self.action) else [],
            actor_id=combo_value(self.actor),
            subject_id=subject,
        )

    def search(self) -> None:
        query = self.query()
        if query is None:
            self.table.setRowCount(0)
            return
        entries = self.service.search(query, LIMIT)
        numbers = self.people.file_numbers(
            [e.subject_id for e in entries if e.subject_type == "person"]
        )
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(entry.at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            cells = (
                when,
                entry.actor_name or self.tr("(not logged in)"),
                labels.label(labels.AUDIT_ACTIONS, entry.action),
                numbers.get(entry.subject_id, "") if entry.subject_type == "person" else "",
                self.details(entry),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, readonly_cell(text))
        self.status.setText(
            self.tr("%1 entries (the newest first).").replace("%1", str(len(entries)))
            if len(entries) < LIMIT
            else self.tr("The newest %1 entries: narrow the search to see older ones.").replace(
                "%1", str(LIMIT)
            )
        )

    def details(self, entry: AuditEntry) -> str:
        """The entry's detail in words: known keys and codes translated, in a stable order."""
        parts = []
        for key, value in entry.detail.items():
            name = labels.label(labels.AUDIT_DETAILS, key) if key in labels.AUDIT_DETAILS else key
            parts.append(f"{name}: {self._value(key, value)}")
        return " · ".join(parts)

    def _value(self, key: str, value: Any) -> str:
        if isinstance(value, bool):
            return labels.label(labels.YES_NO, "yes" if value else "no")
        if key == "act":  # a person's signature (core.acts): whether there is one, not its bytes
            return labels.label(labels.YES_NO, "yes" if value else "no")
        if key == "role" and isinstance(value, list) and len(value) == 2:
            return " → ".join(labels.label(labels.ROLE, str(v)) for v in value)
        if key == "role":
            return labels.label(labels.ROLE, str(value))
        if key == "template":
            return labels.label(labels.DOCUMENT_TEMPLATE, str(value))
        if key == "kind":
            return labels.label(labels.BACKUP_KINDS, str(value))
        if key == "purposes" and isinstance(value, list):
            return ", ".join(labels.label(labels.CONSENT_PURPOSE, str(v)) for v in value)
        if key == "serials" and isinstance(value, list) and len(value) > 3:
            return f"{value[0]} … {value[-1]}"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def check_chain(self) -> None:
        result = self.service.check()
        if result.intact:
            QMessageBox.information(
                self,
                self.tr("Audit trail intact"),
                self.tr(
                    "The %1 entries are intact: each is linked to the one before, and the "
                    "backups' records agree."
                ).replace("%1", str(result.entries)),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Audit trail altered"),
                self.tr(
                    "The audit trail was altered outside the app at entry %1. Keep this PC as it "
                    "is, export the trail and inform the data protection officer."
                ).replace("%1", str(result.first_broken)),
            )

    def export(self, target: Path | None = None, fmt: str = "") -> None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit trail"),
                f"audit-{local_today().isoformat()}.json",
                self.tr("JSON files (*.json);;CSV files (*.csv)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        fmt = fmt or ("csv" if target.suffix.lower() == ".csv" else "json")
        service = self.service
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the export…"))

        def work() -> AuditExport:  # on a worker: the read, the chain check, the formatting
            exported = service.export(fmt)
            write_atomically(target, exported.text.encode("utf-8"))
            return exported

        self.operations.run(
            work,
            lambda exported: self._exported(target, exported),
            lambda error: self._export_failed(target, error),
        )

    def _exported(self, target: Path, exported: AuditExport) -> None:
        self.export_button.setEnabled(True)
        self.search()  # the export is itself an entry: shown, then the status says where
        self.status.setText(
            self.tr("%1 entries written to %2.")
            .replace("%1", str(exported.entries))
            .replace("%2", isolate(str(target)))
        )
        self.exported.emit(target)

    def _export_failed(self, target: Path, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(error, OSError):
            self.status.clear()
            present_error(self, error)
            return
        self.status.setText(
            self.tr("Could not write %1: %2")
            .replace("%1", isolate(str(target)))
            .replace("%2", error.strerror or str(error))
        )
