"""A person's internships: host, dates, tutor, stipend within the contract bounds, agreement,
evaluations and whether the person was hired."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.money import format_mad
from counsellor_app.core.parameters import Parameters
from counsellor_app.core.problems import DomainError
from counsellor_app.services.internships import (
    AGREEMENT_STATUSES,
    HostInput,
    InternshipInput,
    InternshipService,
    InternshipView,
)
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.conflict_dialog import ask_to_choose
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.widgets import (
    DateField,
    FieldBox,
    add_fields,
    combo_value,
    fill_combo,
    ok_cancel,
    set_combo_value,
    show_problems,
)

AGREEMENT = {
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "Being prepared"),
    "signed": QT_TRANSLATE_NOOP("Vocabulary", "Signed by the three parties"),
    "validated": QT_TRANSLATE_NOOP("Vocabulary", "Validated"),
    "terminated": QT_TRANSLATE_NOOP("Vocabulary", "Ended early"),
}


class HostDialog(Dialog):
    help_section = guide_sections.PATHWAY

    def __init__(
        self,
        internships: InternshipService,
        cities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hostDialog")
        self.setWindowTitle(self.tr("New host organisation"))
        self.internships = internships
        self.host_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name, self.sector = QLineEdit(self), QLineEdit(self)
        self.city = QComboBox(self)
        fill_combo(self.city, cities, blank="")
        self.contact_name, self.contact_phone, self.ice = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.contact_phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ice.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ice.setPlaceholderText("001234567000089")
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("name", self.tr("Name"), self.name),
                ("sector", self.tr("Sector"), self.sector),
                ("city", self.tr("City"), self.city),
                ("contact_name", self.tr("Contact person"), self.contact_name),
                ("contact_phone", self.tr("Contact phone"), self.contact_phone),
                ("ice", self.tr("ICE (15 digits, if known)"), self.ice),
            ),
        )
        layout.addLayout(form)
        buttons = ok_cancel(self, self.apply)
        layout.addWidget(buttons)

    def apply(self) -> None:
        data = HostInput(
            self.name.text(),
            self.sector.text(),
            combo_value(self.city) or None,
            self.contact_name.text(),
            self.contact_phone.text(),
            self.ice.text(),
        )
        try:
            self.host_id = self.internships.create_host(data)
        except DomainError as error:
            show_problems(self.boxes, error.problems)
            return
        self.accept()


class InternshipPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        internships: InternshipService,
        person_id: str,
        parameters: Parameters,
        cities: list[tuple[str, str]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("internshipPanel")
        self.internships, self.person_id = internships, person_id
        self.cities, self.language = cities, language
        self.editing: str | None = None
        self._opened: Opened[InternshipInput] | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("internshipList")
        self.list.setAccessibleName(self.tr("Internships"))
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.new_button = QPushButton(self.tr("New internship"), self)
        self.new_button.setObjectName("newInternship")
        self.new_button.clicked.connect(self.start_new)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        layout.addLayout(left, 1)

        form = QFormLayout()
        self.host = QComboBox(self)
        self.host.setAccessibleName(self.tr("Host organisation"))  # its label names the row
        self.host_button = QPushButton(self.tr("New host…"), self)
        self.host_button.setObjectName("newHost")
        self.host_button.clicked.connect(self.new_host)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(self.host_button)
        host_widget = QWidget(self)
        host_widget.setLayout(host_row)
        host_row.setContentsMargins(0, 0, 0, 0)
        self.starts_on, self.ends_on = DateField(self), DateField(self)
        self.stipend = QLineEdit(self)
        self.stipend.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.stipend.setPlaceholderText("2.500,00")
        self.tutor = QLineEdit(self)
        self.agreement = QComboBox(self)
        fill_combo(self.agreement, [(s, labels.label(AGREEMENT, s)) for s in AGREEMENT_STATUSES])
        self.midterm, self.final = QPlainTextEdit(self), QPlainTextEdit(self)
        for editor in (self.midterm, self.final):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(70)
        self.hired = QComboBox(self)
        fill_combo(
            self.hired,
            [("yes", self.tr("Yes")), ("no", self.tr("No"))],
            blank=self.tr("Not yet known"),
        )
        today = local_today()
        low = format_mad(parameters.get("internship_stipend_min_centimes", today), language)
        high = format_mad(parameters.get("internship_stipend_max_centimes", today), language)
        months = parameters.get("internship_max_months", today)
        self.bounds = QLabel(
            self.tr("Monthly stipend between %1 and %2; at most %3 months.")
            .replace("%1", low)
            .replace("%2", high)
            .replace("%3", str(months)),
            self,
        )
        self.bounds.setObjectName("hint")
        self.bounds.setWordWrap(True)
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("host", self.tr("Host organisation"), host_widget),
                ("starts_on", self.tr("Starts on"), self.starts_on),
                ("ends_on", self.tr("Ends on"), self.ends_on),
                ("stipend", self.tr("Monthly stipend (MAD)"), self.stipend),
                ("tutor", self.tr("Tutor"), self.tutor),
                ("agreement_status", self.tr("Agreement"), self.agreement),
                ("midterm_evaluation", self.tr("Mid-term evaluation"), self.midterm),
                ("final_evaluation", self.tr("Final evaluation"), self.final),
                ("hired", self.tr("Hired at the end"), self.hired),
            ),
        )
        form.addRow(self.bounds)
        self.message = QLabel(self)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        self.save_button = QPushButton(self.tr("Save the internship"), self)
        self.save_button.setObjectName("saveInternship")
        self.save_button.clicked.connect(lambda: self.save())
        form.addRow("", self.save_button)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)  # rows keep their natural height; spare space goes below
        layout.addLayout(column, 2)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        fill_combo(self.host, [(h.id, h.name) for h in self.internships.hosts()], blank="")
        self.list.blockSignals(True)
        self.list.clear()
        self._views: dict[str, InternshipView] = {}
        for view in self.internships.internships(self.person_id):
            self._views[view.id] = view
            item = QListWidgetItem(
                f"{view.host_name}\n{labels.format_date(view.starts_on)} – "
                f"{labels.format_date(view.ends_on)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
            if view.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select is None or self.list.currentItem() is None:
            self.start_new()
        else:
            self._show_selected()  # the saved internship stays open for more changes

    def start_new(self) -> None:
        self.editing = None
        self._opened = None
        self.list.clearSelection()
        for widget in (self.stipend, self.tutor):
            widget.clear()
        self.starts_on.clear_value()
        self.ends_on.clear_value()
        self.midterm.clear()
        self.final.clear()
        set_combo_value(self.agreement, "draft")
        set_combo_value(self.hired, "")
        self.message.hide()

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        view = self._views.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if view is None:
            return
        self.editing = view.id
        set_combo_value(self.host, view.host_id)
        self.starts_on.set_value(view.starts_on)
        self.ends_on.set_value(view.ends_on)
        self.stipend.setText(format_mad(view.stipend_centimes, self.language).split("\u00a0")[0])
        self.tutor.setText(view.tutor)
        set_combo_value(self.agreement, view.agreement_status)
        self.midterm.setPlainText(view.midterm_evaluation)
        self.final.setPlainText(view.final_evaluation)
        set_combo_value(self.hired, "" if view.hired is None else ("yes" if view.hired else "no"))
        # What the form shows, with its version: the base of a save's merge.
        self._opened = Opened(view.version, self.form_input())

    def new_host(self) -> None:
        dialog = HostDialog(self.internships, self.cities, self)
        if dialog.exec() and dialog.host_id:
            current = self.editing
            self.reload(current)
            set_combo_value(self.host, dialog.host_id)
        dialog.deleteLater()

    def form_input(self) -> InternshipInput:
        hired = combo_value(self.hired)
        return InternshipInput(
            combo_value(self.host),
            self.starts_on.value(),
            self.ends_on.value(),
            self.stipend.text(),
            self.tutor.text(),
            combo_value(self.agreement),
            self.midterm.toPlainText(),
            self.final.toPlainText(),
            None if not hired else hired == "yes",
        )

    def save(self, chosen: Mapping[str, Any] | None = None) -> None:
        data = self.form_input()
        show_problems(self.boxes, [])
        self.message.hide()
        picked = dict(chosen or {})
        try:
            saved = self.internships.save(self.person_id, data, self.editing, self._opened, picked)
        except EditConflict as conflict:
            ask_to_choose(self, conflict, lambda more: self.save({**picked, **more}))
            return
        except DomainError as error:
            general = show_problems(self.boxes, error.problems)
            if general:
                self.message.setText("\n".join(general))
                self.message.show()
            return
        self.reload(saved)
        self.changed.emit()
