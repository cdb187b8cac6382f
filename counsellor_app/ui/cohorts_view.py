"""Soft-skills cohorts: the groups, their sessions and participants, and the attendance sheet
of a whole session on one screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.attendance import Mark
from counsellor_app.core.clock import local_today
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import DomainError
from counsellor_app.services.cohorts import CohortInput, CohortService, SheetLine
from counsellor_app.services.documents import DocumentService
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.cohort_printing import CohortCertificates
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.printed_panel import open_specimen_in_background
from counsellor_app.ui.printing import ask_printer
from counsellor_app.ui.widgets import (
    DateField,
    FieldBox,
    add_field,
    combo_value,
    fill_combo,
    ok_cancel,
    set_combo_value,
    show_problems,
)

MARKS = {
    "present": QT_TRANSLATE_NOOP("Vocabulary", "Present"),
    "late": QT_TRANSLATE_NOOP("Vocabulary", "Late"),
    "excused": QT_TRANSLATE_NOOP("Vocabulary", "Excused"),
    "absent": QT_TRANSLATE_NOOP("Vocabulary", "Absent"),
}


def _problems(error: DomainError) -> str:
    return "\n".join(labels.problem_text(p) for p in error.problems)


class NewCohortDialog(Dialog):
    help_section = guide_sections.COHORTS

    def __init__(self, cohorts: CohortService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCohortDialog")
        self.setWindowTitle(self.tr("New cohort"))
        self.cohorts = cohorts
        self.cohort_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setMaxLength(200)
        self.starts_on, self.ends_on = DateField(self), DateField(self)
        self.starts_on.setObjectName("starts_on")
        self.ends_on.setObjectName("ends_on")
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 200)
        self.capacity.setValue(20)
        self.trainer = QLineEdit(self)
        self.trainer.setObjectName("trainer")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.modules = QPlainTextEdit(self)
        self.modules.setObjectName("modules")
        self.modules.setTabChangesFocus(True)
        self.modules.setFixedHeight(80)
        self.boxes: dict[str, FieldBox] = {}
        for name, text, widget in (
            ("title", self.tr("Title"), self.title),
            ("starts_on", self.tr("First day"), self.starts_on),
            ("ends_on", self.tr("Last day"), self.ends_on),
            ("capacity", self.tr("Places"), self.capacity),
            ("trainer", self.tr("Trainer"), self.trainer),
            ("place", self.tr("Place"), self.place),
            ("modules", self.tr("Modules"), self.modules),
        ):
            add_field(form, self.boxes, name, text, widget)
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)

    def apply(self) -> None:
        data = CohortInput(
            self.title.text(),
            self.starts_on.value(),
            self.ends_on.value(),
            self.capacity.value(),
            self.modules.toPlainText(),
            self.trainer.text(),
            self.place.text(),
        )
        try:
            self.cohort_id = self.cohorts.create(data)
        except DomainError as error:
            show_problems(self.boxes, error.problems)
            return
        self.accept()


class EnrolDialog(Dialog):
    """Find people in the register and enrol the ones ticked, in one go."""

    help_section = guide_sections.COHORTS

    def __init__(
        self,
        people: PeopleService,
        enrol: Callable[[list[str]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol people"))
        self.people, self._enrol = people, enrol
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("enrolSearch")
        self.search.setPlaceholderText(self.tr("Name, phone or file number…"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        layout.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setObjectName("enrolResults")
        layout.addWidget(self.results)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.enrol_button = QPushButton(self.tr("Enrol the people ticked"), self)
        self.enrol_button.setObjectName("enrolTicked")
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.enrol_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self.refresh()

    def refresh(self) -> None:
        keys = self.people.search_page(PeopleQuery(text=self.search.text()), 0, 100)
        rows = self.people.rows(keys)
        self.results.clear()
        for key in keys:
            row = rows[key]
            item = QListWidgetItem(f"{row.last_name} {row.first_name}  ·  {ltr(row.file_number)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def ticked(self) -> list[str]:
        return [
            self.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.results.count())
            if self.results.item(i).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        self.message.setText(self._enrol(self.ticked()))
        self.refresh()


class CohortsView(QWidget):
    changed = Signal()
    sheet_opened = Signal(object)  # the attendance sheet's DocumentDialog

    def __init__(
        self,
        cohorts: CohortService,
        people: PeopleService,
        parameters: Parameters,
        parent: QWidget | None = None,
        documents: DocumentService | None = None,
        operations: Operations | None = None,
    ) -> None:
        """With ``documents`` and ``operations``, the sheet and certificates can be printed."""
        super().__init__(parent)
        self.setObjectName("cohortsView")
        self.cohorts, self.people, self.parameters = cohorts, people, parameters
        self.documents, self.operations = documents, operations
        self.batch: CohortCertificates | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter(self)
        layout.addWidget(splitter)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        self.cohort_list = QListWidget(left)
        self.cohort_list.setObjectName("cohortList")
        self.cohort_list.setAccessibleName(self.tr("Cohorts"))
        self.cohort_list.currentRowChanged.connect(lambda _r: self.show_cohort())
        self.new_button = QPushButton(self.tr("New cohort…"), left)
        self.new_button.setObjectName("newCohort")
        self.new_button.clicked.connect(self.new_cohort)
        left_layout.addWidget(self.cohort_list, 1)
        left_layout.addWidget(self.new_button)
        self.empty = QLabel(
            self.tr("No cohort yet. Create one to enrol people and keep attendance."), left
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.empty)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        self.header = QLabel(right)
        self.header.setObjectName("cohortHeader")
        self.header.setWordWrap(True)
        right_layout.addWidget(self.header)

        sessions_box = QGroupBox(self.tr("Sessions"), right)
        sessions_layout = QHBoxLayout(sessions_box)
        self.session_date = DateField(sessions_box)
        self.session_date.setObjectName("sessionDate")
        self.session_date.setAccessibleName(self.tr("Session date"))
        self.session_topic = QLineEdit(sessions_box)
        self.session_topic.setObjectName("sessionTopic")
        self.session_topic.setPlaceholderText(self.tr("Module or topic"))
        self.session_topic.setAccessibleName(self.tr("Module or topic"))
        self.add_session_button = QPushButton(self.tr("Add the session"), sessions_box)
        self.add_session_button.setObjectName("addSession")
        self.add_session_button.clicked.connect(self.add_session)
        sessions_layout.addWidget(self.session_date)
        sessions_layout.addWidget(self.session_topic, 1)
        sessions_layout.addWidget(self.add_session_button)
        right_layout.addWidget(sessions_box)

        sheet_box = QGroupBox(self.tr("Attendance sheet"), right)
        sheet_layout = QVBoxLayout(sheet_box)
        row = QHBoxLayout()
        self.session_choice = QComboBox(sheet_box)
        self.session_choice.setObjectName("sessionChoice")
        self.session_choice.setAccessibleName(self.tr("Session"))
        self.session_choice.currentIndexChanged.connect(lambda _i: self.show_sheet())
        self.all_present = QPushButton(self.tr("Everyone present"), sheet_box)
        self.all_present.setObjectName("allPresent")
        self.all_present.clicked.connect(self.mark_all_present)
        self.save_sheet_button = QPushButton(self.tr("Save the sheet"), sheet_box)
        self.save_sheet_button.setObjectName("saveSheet")
        self.save_sheet_button.clicked.connect(self.save_sheet)
        row.addWidget(self.session_choice, 1)
        row.addWidget(self.all_present)
        row.addWidget(self.save_sheet_button)
        sheet_layout.addLayout(row)
        self.sheet = QTableWidget(0, 4, sheet_box)
        self.sheet.setObjectName("attendanceSheet")
        self.sheet.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("File"), self.tr("Mark"), self.tr("Attendance so far")]
        )
        self.sheet.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sheet.verticalHeader().setVisible(False)
        self.sheet.setAccessibleName(self.tr("Attendance sheet"))
        sheet_layout.addWidget(self.sheet)
        people_row = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Enrol people…"), sheet_box)
        self.enrol_button.setObjectName("enrolPeople")
        self.enrol_button.clicked.connect(self.open_enrolment)
        self.withdraw_button = QPushButton(self.tr("Withdraw the selected person"), sheet_box)
        self.withdraw_button.setObjectName("withdrawPerson")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        people_row.addWidget(self.enrol_button)
        people_row.addWidget(self.withdraw_button)
        people_row.addStretch()
        self.print_sheet_button = QPushButton(self.tr("&Print the sheet…"), sheet_box)
        self.print_sheet_button.setObjectName("printSheet")
        self.print_sheet_button.setToolTip(
            self.tr("The session's attendance sheet on paper, for the participants to sign.")
        )
        self.print_sheet_button.clicked.connect(self.print_sheet)
        self.certificates_button = QPushButton(self.tr("&Certificates for the cohort…"), sheet_box)
        self.certificates_button.setObjectName("printCertificates")
        self.certificates_button.clicked.connect(self.print_certificates)
        for button in (self.print_sheet_button, self.certificates_button):
            button.setVisible(documents is not None)
            people_row.addWidget(button)
        sheet_layout.addLayout(people_row)
        self.message = QLabel(sheet_box)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        sheet_layout.addWidget(self.message)
        right_layout.addWidget(sheet_box, 1)
        splitter.setStretchFactor(1, 3)
        self.reload()

    # -- cohorts ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or self.cohort_id()
        self.cohort_list.blockSignals(True)
        self.cohort_list.clear()
        for cohort in self.cohorts.list_cohorts():
            text = (
                f"{cohort.title}\n{labels.format_date(cohort.starts_on)} – {labels.format_date(cohort.ends_on)}"
                f" · {cohort.enrolled}/{cohort.capacity}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cohort.id)
            self.cohort_list.addItem(item)
            if cohort.id == current:
                self.cohort_list.setCurrentItem(item)
        if self.cohort_list.currentRow() < 0 and self.cohort_list.count():
            self.cohort_list.setCurrentRow(0)
        self.cohort_list.blockSignals(False)
        self.empty.setVisible(self.cohort_list.count() == 0)
        self.show_cohort()

    def cohort_id(self) -> str | None:
        item = self.cohort_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def new_cohort(self) -> None:
        dialog = NewCohortDialog(self.cohorts, self)
        if dialog.exec():
            self.reload(dialog.cohort_id)
        dialog.deleteLater()

    def show_cohort(self) -> None:
        cohort_id = self.cohort_id()
        enabled = cohort_id is not None
        for widget in (
            self.add_session_button,
            self.enrol_button,
            self.save_sheet_button,
            self.all_present,
            self.withdraw_button,
            self.certificates_button,
            self.print_sheet_button,
        ):
            widget.setEnabled(enabled)
        if cohort_id is None:
            self.header.setText("")
            self.sheet.setRowCount(0)
            return
        summary = next(c for c in self.cohorts.list_cohorts() if c.id == cohort_id)
        details = [summary.title, summary.trainer, summary.place]
        self.header.setText(" · ".join(d for d in details if d))
        today = local_today()
        default = min(max(today, summary.starts_on), summary.ends_on)
        self.session_date.setDate(QDate(default.year, default.month, default.day))
        sessions = self.cohorts.sessions(cohort_id)
        self.session_choice.blockSignals(True)
        fill_combo(
            self.session_choice,
            [(s.id, f"{labels.format_date(s.on)}  {s.topic}".strip()) for s in sessions],
        )
        past = [s for s in sessions if s.on <= today]
        if past:
            set_combo_value(self.session_choice, past[-1].id)
        self.session_choice.blockSignals(False)
        self.show_sheet()

    def add_session(self) -> None:
        cohort_id = self.cohort_id()
        on = self.session_date.value()
        if cohort_id is None or on is None:
            return
        try:
            self.cohorts.add_session(cohort_id, on, topic=self.session_topic.text())
        except DomainError as error:
            self._say(_problems(error))
            return
        self.session_topic.clear()
        self.reload(cohort_id)

    # -- attendance sheet ------------------------------------------------------------------
    def show_sheet(self) -> None:
        self.message.hide()
        cohort_id, session_id = self.cohort_id(), combo_value(self.session_choice)
        rates = (
            {p.person_id: p.summary for p in self.cohorts.participants(cohort_id)}
            if cohort_id
            else {}
        )
        lines = self.cohorts.sheet(session_id) if session_id else []
        if not session_id and cohort_id:  # no session yet: still list who is enrolled
            lines = [
                SheetLine(p.person_id, p.name, p.file_number, None)
                for p in self.cohorts.participants(cohort_id)
            ]
        threshold = self.parameters.get("soft_skills_attendance_threshold_pct", local_today())
        for row in range(self.sheet.rowCount()):  # Qt deletes replaced editors later: detach now
            old = self.sheet.cellWidget(row, 2)
            if old is not None:
                self.sheet.removeCellWidget(row, 2)
                old.setParent(None)
                old.deleteLater()
        self.sheet.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = QTableWidgetItem(line.name)
            name.setData(Qt.ItemDataRole.UserRole, line.person_id)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.sheet.setItem(row, 0, name)
            number = QTableWidgetItem(ltr(line.file_number))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.sheet.setItem(row, 1, number)
            mark = QComboBox(self.sheet)
            fill_combo(
                mark,
                [(m.value, labels.label(MARKS, m.value)) for m in Mark],
                blank="—",
            )
            mark.setAccessibleName(self.tr("Mark of %1").replace("%1", isolate(line.name)))
            set_combo_value(mark, line.mark.value if line.mark else "")
            mark.setEnabled(bool(session_id))
            self.sheet.setCellWidget(row, 2, mark)
            summary = rates.get(line.person_id)
            rate = summary.rate_pct if summary else None
            text = "—" if rate is None else f"{rate} %"
            if rate is not None:
                text += "  ✔" if rate >= threshold else "  ✖"
            shown = QTableWidgetItem(text)
            shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.sheet.setItem(row, 3, shown)
        self.sheet.resizeColumnToContents(1)
        self.sheet.resizeColumnToContents(3)

    def _mark_widget(self, row: int) -> QComboBox:
        widget = self.sheet.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mark_all_present(self) -> None:
        for row in range(self.sheet.rowCount()):
            combo = self._mark_widget(row)
            if not combo_value(combo):
                set_combo_value(combo, Mark.PRESENT.value)

    def save_sheet(self) -> None:
        session_id = combo_value(self.session_choice)
        if not session_id:
            return
        marks = {}
        for row in range(self.sheet.rowCount()):
            value = combo_value(self._mark_widget(row))
            if value:
                item = self.sheet.item(row, 0)
                assert item is not None
                marks[item.data(Qt.ItemDataRole.UserRole)] = Mark(value)
        try:
            self.cohorts.save_sheet(session_id, marks)
        except DomainError as error:
            self._say(_problems(error))
            return
        self.show_sheet()
        self.changed.emit()

    def open_enrolment(self) -> None:
        cohort_id = self.cohort_id()
        if cohort_id is None:
            return

        def enrol(person_ids: list[str]) -> str:
            result = self.cohorts.enrol(cohort_id, person_ids)
            message = self.tr("%n person(s) enrolled.", "", result.added)
            if result.already:
                message += " " + self.tr("%n already enrolled.", "", result.already)
            if result.over_capacity:
                message += " " + self.tr(
                    "%n not enrolled: the cohort is full.", "", result.over_capacity
                )
            return message

        dialog = EnrolDialog(self.people, enrol, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload(cohort_id)

    def withdraw_selected(self) -> None:
        cohort_id, row = self.cohort_id(), self.sheet.currentRow()
        item = self.sheet.item(row, 0) if row >= 0 else None
        if cohort_id is None or item is None:
            return
        self.cohorts.withdraw(cohort_id, item.data(Qt.ItemDataRole.UserRole))
        self.reload(cohort_id)

    # -- printing --------------------------------------------------------------------------
    def print_sheet(self) -> None:
        """The session's sheet, made on a worker; ``sheet_opened`` gives its dialog."""
        session_id = combo_value(self.session_choice)
        if self.documents is None or self.operations is None or not session_id:
            self._say(self.tr("Add a session first: the sheet is printed for one session."))
            return
        _, languages = self.documents.letterhead()
        open_specimen_in_background(
            self,
            self.operations,
            self.documents,
            "attendance_sheet",
            session_id,
            languages,
            self.sheet_opened.emit,
        )

    def print_certificates(self) -> CohortCertificates | None:
        cohort_id = self.cohort_id()
        if self.documents is None or self.operations is None or cohort_id is None:
            return None
        self.batch = CohortCertificates(
            self.documents,
            self.operations,
            cohort_id,
            self,
            choose_printer=lambda: ask_printer(self, "certificates.pdf"),
        )
        return self.batch if self.batch.start() else None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
