"""A counsellor's agenda by day or week: book, move, and record what happened (attended,
missed, excused); past appointments not yet recorded and missed ones stand out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.appointments import AppointmentKind, AppointmentStatus, week_of
from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.problems import DomainError
from counsellor_app.services.appointments import (
    AppointmentInput,
    AppointmentService,
    AppointmentView,
)
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.conflict_dialog import ask_to_choose, is_stale
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.widgets import (
    DateField,
    FieldBox,
    add_fields,
    combo_value,
    error_banner,
    fill_combo,
    ok_cancel,
    readonly_cell,
    set_combo_value,
    show_banner,
    show_problems,
)

APPOINTMENT_KIND = {
    "intake": QT_TRANSLATE_NOOP("Vocabulary", "Intake interview"),
    "orientation": QT_TRANSLATE_NOOP("Vocabulary", "Orientation interview"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    "committee": QT_TRANSLATE_NOOP("Vocabulary", "Grant committee"),
    "internship_visit": QT_TRANSLATE_NOOP("Vocabulary", "Internship visit"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other appointment"),
}
APPOINTMENT_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "attended": QT_TRANSLATE_NOOP("Vocabulary", "Attended"),
    "missed": QT_TRANSLATE_NOOP("Vocabulary", "Missed"),
    "excused": QT_TRANSLATE_NOOP("Vocabulary", "Excused"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
TO_RECORD_COLOUR = QColor("#fff1c2")
MISSED_COLOUR = QColor("#fbd9d3")


class PersonPicker(QWidget):
    """Type part of a name, a phone or a file number; pick the person among the matches."""

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.people = people
        self.search = QLineEdit(self)
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Name, phone or file number"))
        self.search.setAccessibleName(self.tr("Find the person"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("personChoice")
        self.choice.setAccessibleName(self.tr("Person"))
        self.choice.setMinimumContentsLength(28)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choice, 2)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        fill_combo(self.choice, [], blank=self.tr("No person (a meeting)"))

    def run_search(self) -> None:
        text = self.search.text().strip()
        items: list[tuple[str, str]] = []
        if len(text) >= 2:
            keys = self.people.search_page(PeopleQuery(text=text), 0, 20)
            rows = self.people.rows(keys)
            items = [
                (row.id, f"{row.last_name} {row.first_name} — {row.file_number}")
                for key in keys
                if (row := rows.get(key)) is not None
            ]
        fill_combo(self.choice, items, blank=self.tr("No person (a meeting)"))
        if items:
            self.choice.setCurrentIndex(1)

    def set_person(self, person_id: str | None, label: str) -> None:
        fill_combo(
            self.choice, [(person_id, label)] if person_id else [], self.tr("No person (a meeting)")
        )
        set_combo_value(self.choice, person_id)

    def person_id(self) -> str | None:
        return combo_value(self.choice) or None


class AppointmentDialog(Dialog):
    """Book or change an appointment; the person is fixed when booked from their file."""

    help_section = guide_sections.AGENDA

    def __init__(
        self,
        service: AppointmentService,
        people: PeopleService,
        counsellor_id: str,
        language: str,
        existing: AppointmentView | None = None,
        person: tuple[str, str] | None = None,
        on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(
            self.tr("Change the appointment") if existing else self.tr("New appointment")
        )
        self.service, self.existing = service, existing
        self.appointment_id: str | None = None
        self._opened: Opened[AppointmentInput] | None = None
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.boxes: dict[str, FieldBox] = {}
        self.picker = PersonPicker(people, self)
        if existing is not None and existing.person_id:
            self.picker.set_person(
                existing.person_id, f"{existing.person_name} — {existing.file_number}"
            )
        elif person is not None:
            self.picker.set_person(*person)
        if person is not None:
            self.picker.search.hide()
            self.picker.choice.setEnabled(False)
        self.counsellor = QComboBox(self)
        fill_combo(self.counsellor, service.counsellors())
        set_combo_value(self.counsellor, existing.counsellor_id if existing else counsellor_id)
        self.kind = QComboBox(self)
        fill_combo(
            self.kind, [(k.value, labels.label(APPOINTMENT_KIND, k.value)) for k in AppointmentKind]
        )
        self.day = DateField(self)
        self.time = QTimeEdit(self)
        self.time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        add_fields(
            form,
            self.boxes,
            (
                ("person", self.tr("Person"), self.picker),
                ("counsellor", self.tr("Counsellor"), self.counsellor),
                ("kind", self.tr("&Kind"), self.kind),
                ("starts_at", self.tr("&Date"), self.day),
                ("time", self.tr("&Time"), self.time),
                ("duration", self.tr("Duration"), self.duration),
                ("place", self.tr("Place"), self.place),
                ("note", self.tr("Note (what to bring…)"), self.note),
            ),
        )
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)
        if existing is not None:
            local = existing.starts_at.astimezone()
            set_combo_value(self.kind, existing.kind.value)
            self.day.set_value(local.date())
            self.time.setTime(QTime(local.hour, local.minute))
            self.duration.setValue(existing.duration_minutes)
            self.place.setText(existing.place)
            self.note.setPlainText(existing.note)
            # As shown, with its version: a save merges into an appointment changed since.
            self._opened = Opened(existing.version, self.form_input())
        else:
            self.day.set_value(on or local_today())
            self.time.setTime(QTime(9, 0))
            self.duration.setValue(30)

    def starts_at(self) -> datetime | None:
        day = self.day.value()
        if day is None:
            return None
        chosen = self.time.time()
        return datetime(day.year, day.month, day.day, chosen.hour(), chosen.minute()).astimezone()

    def form_input(self) -> AppointmentInput:
        return AppointmentInput(
            combo_value(self.counsellor),
            AppointmentKind(combo_value(self.kind)),
            self.starts_at(),
            self.duration.value(),
            self.picker.person_id(),
            self.place.text(),
            self.note.toPlainText(),
        )

    def apply(self, chosen: Mapping[str, Any] | None = None) -> None:
        data, picked = self.form_input(), dict(chosen or {})
        try:
            self.appointment_id = self.service.save(
                data, self.existing.id if self.existing else None, self._opened, picked
            )
        except EditConflict as conflict:
            ask_to_choose(self, conflict, lambda more: self.apply({**picked, **more}))
            return
        except DomainError as error:
            show_banner(self.message, show_problems(self.boxes, error.problems))
            return
        self.accept()


def appointment_status_text(view: AppointmentView) -> str:
    if view.to_record:
        return QCoreApplication.translate("AgendaView", "Past — attended or missed?")
    return labels.label(APPOINTMENT_STATUS, view.status.value)


class AppointmentTable(QTableWidget):
    """Appointments as rows: day, time, person, kind, place, what happened."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.language = language
        self.views: list[AppointmentView] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Person"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Status"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_views(self, views: list[AppointmentView], select: str | None = None) -> None:
        self.views = views
        self.setRowCount(len(views))
        for row, view in enumerate(views):
            local = view.starts_at.astimezone()
            person = f"{view.person_name} — {view.file_number}" if view.person_id else "—"
            cells = (
                labels.weekday_date(local.date(), self.language),
                labels.format_time_range(view.starts_at, view.ends_at),
                person,
                labels.label(APPOINTMENT_KIND, view.kind.value),
                view.place,
                appointment_status_text(view),
            )
            colour = (
                TO_RECORD_COLOUR
                if view.to_record
                else MISSED_COLOUR
                if view.status == AppointmentStatus.MISSED
                else None
            )
            for column, text in enumerate(cells):
                item = readonly_cell(text, view.id)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                if view.status == AppointmentStatus.CANCELLED:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.setItem(row, column, item)
            if view.id == select:
                self.selectRow(row)

    def selected(self) -> AppointmentView | None:
        rows = self.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None


def record_status(
    service: AppointmentService,
    table: AppointmentTable,
    banner: QLabel,
    status: AppointmentStatus,
    reload: Callable[[str], None] | None = None,
) -> str | None:
    """Say what happened at the selected appointment; the id on success, else the reason shown
    (refused as changed elsewhere, the agenda is ``reload``-ed first to show it as it is)."""
    view = table.selected()
    if view is None:
        return None
    try:
        service.set_status(view.id, status, seen=view.version)
    except DomainError as error:
        if reload is not None and is_stale(error):
            reload(view.id)
        show_banner(banner, [labels.problem_text(p) for p in error.problems])
        return None
    show_banner(banner, [])
    return view.id


class AgendaView(QWidget):
    open_person = Signal(str)

    def __init__(
        self,
        service: AppointmentService,
        people: PeopleService,
        counsellor_id: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self.service, self.people, self.language = service, people, language
        self.day = local_today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.counsellor = QComboBox(self)
        self.counsellor.setObjectName("agendaCounsellor")
        self.counsellor.setAccessibleName(self.tr("Counsellor"))
        fill_combo(self.counsellor, service.counsellors())
        set_combo_value(self.counsellor, counsellor_id)
        self.counsellor.currentIndexChanged.connect(lambda _i: self.reload())
        self.span = QComboBox(self)
        self.span.setObjectName("agendaSpan")
        self.span.setAccessibleName(self.tr("Show"))
        fill_combo(self.span, [("day", self.tr("Day")), ("week", self.tr("Week"))])
        set_combo_value(self.span, "week")
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.previous = QPushButton(self.tr("Previous"), self)
        self.previous.setObjectName("agendaPrevious")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("agendaToday")
        self.today_button.clicked.connect(self.go_today)
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("agendaNext")
        self.next.clicked.connect(lambda: self.step(1))
        self.period = QLabel(self)
        self.period.setObjectName("agendaPeriod")
        for widget in (self.counsellor, self.span, self.previous, self.today_button, self.next):
            bar.addWidget(widget)
        bar.addWidget(self.period, 1)
        layout.addLayout(bar)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.table = AppointmentTable(language, parent=self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Appointments"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New appointment…"), self)
        self.new_button.setObjectName("newAppointment")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setObjectName("editAppointment")
        self.edit_button.clicked.connect(self.edit)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addSpacing(16)
        self.status_buttons: dict[AppointmentStatus, QPushButton] = {}
        for status, text in (
            (AppointmentStatus.ATTENDED, self.tr("Attended")),
            (AppointmentStatus.MISSED, self.tr("Missed")),
            (AppointmentStatus.EXCUSED, self.tr("Excused")),
            (AppointmentStatus.CANCELLED, self.tr("Cancel the appointment")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"mark_{status.value}")
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
            self.status_buttons[status] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.open_button.setObjectName("openFromAgenda")
        self.open_button.clicked.connect(self._open_selected)
        actions.addWidget(self.open_button)
        layout.addLayout(actions)
        self.reload()

    # -- period ----------------------------------------------------------------------------
    def bounds(self) -> tuple[date, date]:
        if combo_value(self.span) == "day":
            return self.day, self.day + timedelta(days=1)
        return week_of(self.day)

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * (1 if combo_value(self.span) == "day" else 7))
        self.reload()

    def go_today(self) -> None:
        self.day = local_today()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        first, end = self.bounds()
        if combo_value(self.span) == "day":
            self.period.setText(labels.weekday_date(first, self.language))
        else:
            self.period.setText(
                self.tr("Week of %1 to %2")
                .replace("%1", labels.format_date(first))
                .replace("%2", labels.format_date(end - timedelta(days=1)))
            )
        counsellor = combo_value(self.counsellor)
        views = self.service.agenda(counsellor, first, end) if counsellor else []
        self.table.show_views(views, select)
        if not views:
            show_banner(self.message, [])
        self._selection_changed()

    def _selection_changed(self) -> None:
        view = self.table.selected()
        self.edit_button.setEnabled(view is not None)
        self.open_button.setEnabled(view is not None and view.person_id is not None)
        for button in self.status_buttons.values():
            button.setEnabled(view is not None)

    # -- actions ---------------------------------------------------------------------------
    def new(self) -> None:
        dialog = AppointmentDialog(
            self.service,
            self.people,
            combo_value(self.counsellor),
            self.language,
            on=self.day,
            parent=self,
        )
        if dialog.exec() and dialog.appointment_id:
            self.reload(dialog.appointment_id)
        dialog.deleteLater()

    def edit(self) -> None:
        view = self.table.selected()
        if view is None:
            return
        dialog = AppointmentDialog(
            self.service, self.people, view.counsellor_id, self.language, existing=view, parent=self
        )
        if dialog.exec() and dialog.appointment_id:
            self.reload(dialog.appointment_id)
        dialog.deleteLater()

    def mark(self, status: AppointmentStatus) -> None:
        marked = record_status(self.service, self.table, self.message, status, self.reload)
        if marked is not None:
            self.reload(marked)

    def _open_selected(self) -> None:
        view = self.table.selected()
        if view is not None and view.person_id:
            self.open_person.emit(view.person_id)


class PersonAppointmentsPanel(QWidget):
    """One person's appointments, newest first, with booking from the file."""

    changed = Signal()

    def __init__(
        self,
        service: AppointmentService,
        people: PeopleService,
        person_id: str,
        person_label: str,
        counsellor_id: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personAppointments")
        self.service, self.people, self.language = service, people, language
        self.person_id, self.person_label, self.counsellor_id = (
            person_id,
            person_label,
            counsellor_id,
        )
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.table = AppointmentTable(language, self)
        self.table.setObjectName("personAppointmentTable")
        self.table.setAccessibleName(self.tr("Appointments"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.book_button = QPushButton(self.tr("Book an appointment…"), self)
        self.book_button.setObjectName("bookAppointment")
        self.book_button.clicked.connect(self.book)
        row.addWidget(self.book_button)
        self.status_buttons: dict[AppointmentStatus, QPushButton] = {}
        for status, text in (
            (AppointmentStatus.ATTENDED, self.tr("Attended")),
            (AppointmentStatus.MISSED, self.tr("Missed")),
            (AppointmentStatus.EXCUSED, self.tr("Excused")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"person_mark_{status.value}")
            button.clicked.connect(lambda _c=False, s=status: self.mark(s))
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.table.show_views(self.service.of_person(self.person_id), select)
        self._selection_changed()

    def _selection_changed(self) -> None:
        for button in self.status_buttons.values():
            button.setEnabled(self.table.selected() is not None)

    def book(self) -> None:
        dialog = AppointmentDialog(
            self.service,
            self.people,
            self.counsellor_id,
            self.language,
            person=(self.person_id, self.person_label),
            parent=self,
        )
        if dialog.exec() and dialog.appointment_id:
            self.reload(dialog.appointment_id)
            self.changed.emit()
        dialog.deleteLater()

    def mark(self, status: AppointmentStatus) -> None:
        marked = record_status(self.service, self.table, self.message, status, self.reload)
        if marked is not None:
            self.reload(marked)
            self.changed.emit()
