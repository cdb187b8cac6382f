"""The person's donor programmes, in the open file: where they are enrolled (from, to), and a
row to enrol them in another or end an enrolment. The rules are the service's
(services/programmes.py): the programme must serve the person, the date fall in its period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.problems import DomainError
from counsellor_app.services.programmes import Enrolled, ProgrammeEnrolmentService
from counsellor_app.ui import labels
from counsellor_app.ui.widgets import DateField, error_banner, readonly_cell, show_banner


class ProgrammesPanel(QWidget):
    changed = Signal()
    COLUMNS = 4

    def __init__(
        self,
        service: ProgrammeEnrolmentService,
        person_id: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = local_today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmesPanel")
        self.service, self.person_id, self.today = service, person_id, today
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("enrolmentTable")
        self.table.setAccessibleName(self.tr("Programmes the person is enrolled in"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Programme"), self.tr("Donor"), self.tr("From"), self.tr("To")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        enrol_row = QHBoxLayout()
        self.programme = QComboBox(self)
        self.programme.setObjectName("programmeChoice")
        self.programme.setAccessibleName(self.tr("Programme to enrol in"))
        programme_label = QLabel(self.tr("&Programme"), self)
        programme_label.setBuddy(self.programme)
        self.starts_on = DateField(self)
        self.starts_on.setObjectName("enrolmentStart")
        self.starts_on.setAccessibleName(self.tr("Enrolled from"))
        self.starts_on.set_value(today())
        start_label = QLabel(self.tr("&From"), self)
        start_label.setBuddy(self.starts_on)
        self.enrol_button = QPushButton(self.tr("&Enrol"), self)
        self.enrol_button.setObjectName("enrolInProgramme")
        self.enrol_button.clicked.connect(self.enrol)
        widgets: tuple[QWidget, ...] = (
            programme_label, self.programme, start_label, self.starts_on, self.enrol_button,
        )  # fmt: skip
        for widget in widgets:
            enrol_row.addWidget(widget)
        enrol_row.addStretch(1)
        layout.addLayout(enrol_row)

        end_row = QHBoxLayout()
        self.ends_on = DateField(self)
        self.ends_on.setObjectName("enrolmentEnd")
        self.ends_on.setAccessibleName(self.tr("Enrolment ends on"))
        self.ends_on.set_value(today())
        end_label = QLabel(self.tr("Ends &on"), self)
        end_label.setBuddy(self.ends_on)
        self.end_button = QPushButton(self.tr("End the &enrolment"), self)
        self.end_button.setObjectName("endEnrolment")
        self.end_button.clicked.connect(self.end)
        for widget in (end_label, self.ends_on):
            end_row.addWidget(widget)
        end_row.addWidget(self.end_button)
        end_row.addStretch(1)
        layout.addLayout(end_row)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        offered = self.service.offered()
        chosen = self.programme.currentData()
        self.programme.clear()
        for programme in offered:
            shown = f"{programme.name} — {programme.donor}" if programme.donor else programme.name
            self.programme.addItem(shown, programme.id)
        self.programme.setCurrentIndex(max(self.programme.findData(chosen), 0))
        self.enrol_button.setEnabled(bool(offered))
        self._views = self.service.of_person(self.person_id)
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            cells = (
                view.programme,
                view.donor,
                labels.format_date(view.starts_on),
                labels.format_date(view.ends_on) if view.ends_on else self.tr("ongoing"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, readonly_cell(text, view.id))
            if view.id == select:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> Enrolled | None:
        rows = self.table.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        view = self.selected()
        self.end_button.setEnabled(view is not None and view.ends_on is None)

    def _problems(self, error: DomainError) -> None:
        show_banner(self.message, [labels.problem_text(p) for p in error.problems])

    def enrol(self) -> None:
        programme, on = self.programme.currentData(), self.starts_on.value()
        if programme is None or on is None:
            show_banner(self.message, [self.tr("Choose the programme and the date.")])
            return
        try:
            enrolled = self.service.enrol(self.person_id, programme, on)
        except DomainError as error:
            self._problems(error)
            return
        show_banner(self.message, [])
        self.reload(enrolled.id)
        self.changed.emit()

    def end(self) -> None:
        view, on = self.selected(), self.ends_on.value()
        if view is None or on is None:
            show_banner(self.message, [self.tr("Choose the enrolment and the date it ends.")])
            return
        try:
            self.service.end(view.id, on)
        except DomainError as error:
            self._problems(error)
            return
        show_banner(self.message, [])
        self.reload(view.id)
        self.changed.emit()
