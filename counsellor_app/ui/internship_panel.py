"""A person's internships: host, dates, tutor, stipend within the contract bounds, agreement,
evaluations and whether the person was hired."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.internships import (
    DEFAULT_GRID,
    HIRING_RULE_PCT,
    NOT_HIRED_REASONS,
    PARTIES,
    SCORE_MAX,
    InternshipKind,
)
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
    CheckGrid,
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
    "started": QT_TRANSLATE_NOOP("Vocabulary", "Under way"),
    "ended_early": QT_TRANSLATE_NOOP("Vocabulary", "Ended early"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
}
KIND = {
    "contrat_insertion": QT_TRANSLATE_NOOP("Vocabulary", "Contrat d'insertion (ANAPEC)"),
    "formation_insertion": QT_TRANSLATE_NOOP(
        "Vocabulary", "Training placement (formation-insertion), unpaid or with an allowance"
    ),
    "association_placement": QT_TRANSLATE_NOOP(
        "Vocabulary", "Association placement, unpaid or with an allowance"
    ),
    "apprenticeship": QT_TRANSLATE_NOOP("Vocabulary", "Apprenticeship"),
}
PARTY = {
    "intern": QT_TRANSLATE_NOOP("Vocabulary", "The intern"),
    "host": QT_TRANSLATE_NOOP("Vocabulary", "The host"),
    "agency": QT_TRANSLATE_NOOP("Vocabulary", "The agency"),
}
CRITERION = {
    "punctuality": QT_TRANSLATE_NOOP("Vocabulary", "Punctuality and attendance"),
    "teamwork": QT_TRANSLATE_NOOP("Vocabulary", "Teamwork"),
    "technical_skills": QT_TRANSLATE_NOOP("Vocabulary", "Technical skills"),
    "initiative": QT_TRANSLATE_NOOP("Vocabulary", "Initiative"),
    "communication": QT_TRANSLATE_NOOP("Vocabulary", "Communication"),
}
CONTRACT = {
    "cdi": QT_TRANSLATE_NOOP("Vocabulary", "Permanent contract (CDI)"),
    "cdd": QT_TRANSLATE_NOOP("Vocabulary", "Fixed-term contract (CDD)"),
    "tahfiz": QT_TRANSLATE_NOOP("Vocabulary", "Tahfiz contract"),
}
NOT_HIRED = {
    "no_post": QT_TRANSLATE_NOOP("Vocabulary", "No post open at the host"),
    "intern_declined": QT_TRANSLATE_NOOP("Vocabulary", "The intern declined"),
    "ended_early": QT_TRANSLATE_NOOP("Vocabulary", "The internship ended early"),
    "further_training": QT_TRANSLATE_NOOP("Vocabulary", "Went on to further training"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other reason"),
}


class HostDialog(Dialog):
    help_section = guide_sections.INTERNSHIP

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
        copy_widget = self._build_agreement_widgets()
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
        self._contrat_bounds = self.bounds.text()
        self._parameters, self._high = parameters, high
        self.kind.currentIndexChanged.connect(lambda _i: self._show_bounds())
        self.boxes: dict[str, FieldBox] = {}
        add_fields(
            form,
            self.boxes,
            (
                ("host", self.tr("Host organisation"), host_widget),
                ("host_record", "", self.host_record),
                ("kind", self.tr("Kind"), self.kind),
                ("starts_on", self.tr("Starts on"), self.starts_on),
                ("ends_on", self.tr("Ends on"), self.ends_on),
                ("stipend", self.tr("Monthly stipend (MAD)"), self.stipend),
                ("tutor", self.tr("Tutor"), self.tutor),
                ("agreement_status", self.tr("Agreement"), self.agreement),
                ("signatures", self.tr("Signed by"), self.signatures),
                ("signed_on", self.tr("Signed on"), self.signed_on),
                ("signed_copy", self.tr("Signed copy"), copy_widget),
                ("ended_early_on", self.tr("Ended early on"), self.ended_early_on),
                ("end_reason", self.tr("Reason for the early end"), self.end_reason),
                ("midterm_scores", self.tr("Evaluation grid (1 to 4)"), self.grid),
                ("midterm_evaluation", self.tr("Mid-term evaluation"), self.midterm),
                ("final_evaluation", self.tr("Final evaluation"), self.final),
                ("hired", self.tr("Hired at the end"), self.hired),
                ("contract_kind", self.tr("Contract"), self.contract),
                ("not_hired_reason", self.tr("Why not hired"), self.not_hired),
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

    def _build_agreement_widgets(self) -> QWidget:
        """The kind, the agreement's signatures and early end, the scored grid, the outcome
        and the host's record (core.internships); returns the signed copy's row."""
        self.kind = QComboBox(self)
        self.kind.setObjectName("internshipKind")
        fill_combo(self.kind, [(k.value, labels.label(KIND, k.value)) for k in InternshipKind])
        self.signatures = CheckGrid([(p, labels.label(PARTY, p)) for p in PARTIES], 3, self)
        self.signatures.setObjectName("signatures")
        self.signed_on = DateField(self)
        self.signed_copy_id: str | None = None
        self.copy_state = QLabel(self)
        self.copy_state.setObjectName("signedCopyState")
        self.copy_button = QPushButton(self.tr("Attach the signed copy…"), self)
        self.copy_button.setObjectName("attachSignedCopy")
        self.copy_button.clicked.connect(self._choose_signed_copy)
        copy_row = QHBoxLayout()
        copy_row.setContentsMargins(0, 0, 0, 0)
        copy_row.addWidget(self.copy_state, 1)
        copy_row.addWidget(self.copy_button)
        copy_widget = QWidget(self)
        copy_widget.setLayout(copy_row)
        self.ended_early_on = DateField(self)
        self.end_reason = QLineEdit(self)
        self.end_reason.setMaxLength(300)
        self.grid = QTableWidget(len(DEFAULT_GRID), 2, self)
        self.grid.setObjectName("evaluationGrid")
        self.grid.setHorizontalHeaderLabels([self.tr("Mid-term"), self.tr("Final")])
        self.grid.setVerticalHeaderLabels([labels.label(CRITERION, c) for c in DEFAULT_GRID])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scores: dict[tuple[str, int], QSpinBox] = {}
        for row, criterion in enumerate(DEFAULT_GRID):
            for column in (0, 1):
                box = QSpinBox(self.grid)
                box.setRange(0, SCORE_MAX)
                box.setSpecialValueText("—")  # 0: not scored yet
                box.setAccessibleName(labels.label(CRITERION, criterion))
                self.grid.setCellWidget(row, column, box)
                self.scores[(criterion, column)] = box
        self.grid.setFixedHeight(
            self.grid.horizontalHeader().height() + 12 + 32 * len(DEFAULT_GRID)
        )
        self.contract = QComboBox(self)
        self.contract.setObjectName("contractKind")
        fill_combo(self.contract, [(c, labels.label(CONTRACT, c)) for c in CONTRACT], blank="")
        self.not_hired = QComboBox(self)
        self.not_hired.setObjectName("notHiredReason")
        fill_combo(
            self.not_hired, [(r, labels.label(NOT_HIRED, r)) for r in NOT_HIRED_REASONS], blank=""
        )
        self.host_record = QLabel(self)
        self.host_record.setObjectName("hostRecord")
        self.host_record.setWordWrap(True)
        self.host.currentIndexChanged.connect(lambda _i: self._show_host_record())
        return copy_widget

    def _show_bounds(self) -> None:
        """The bounds of the kind chosen: a placement or an apprenticeship may be unpaid."""
        kind = combo_value(self.kind)
        if kind == InternshipKind.CONTRAT_INSERTION.value:
            self.bounds.setText(self._contrat_bounds)
            return
        key = "apprenticeship_max_months" if kind == "apprenticeship" else "placement_max_months"
        months = self._parameters.get(key, local_today())
        self.bounds.setText(
            self.tr("Unpaid, or an allowance of at most %1 a month; at most %2 months.")
            .replace("%1", self._high)
            .replace("%2", str(months))
        )

    def _grid_scores(self, column: int) -> tuple[tuple[str, int], ...]:
        return tuple(
            (c, self.scores[(c, column)].value())
            for c in DEFAULT_GRID
            if self.scores[(c, column)].value()
        )

    def _set_grid(self, column: int, scores: tuple[tuple[str, int], ...]) -> None:
        given = dict(scores)
        for criterion in DEFAULT_GRID:
            self.scores[(criterion, column)].setValue(given.get(criterion, 0))

    def _show_copy(self) -> None:
        self.copy_state.setText(
            self.tr("Attached") if self.signed_copy_id else self.tr("Not attached yet")
        )

    def _choose_signed_copy(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed copy of the agreement"),
            "",
            "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)",
        )
        if path:
            self.attach_signed_copy(Path(path))

    def attach_signed_copy(self, path: Path) -> bool:
        """Attach the scanned agreement; it is saved with the internship by the next save."""
        try:
            self.signed_copy_id = self.internships.attach_signed_copy(
                self.person_id, path.name, path.read_bytes()
            )
        except (DomainError, OSError) as error:
            text = (
                "\n".join(labels.problem_text(p) for p in error.problems)
                if isinstance(error, DomainError)
                else self.tr("The file could not be read.")
            )
            self.message.setText(text)
            self.message.show()
            return False
        self._show_copy()
        return True

    def _show_host_record(self) -> None:
        host_id = combo_value(self.host)
        if not host_id:
            self.host_record.hide()
            return
        record = self.internships.host_record(host_id)
        text = (
            self.tr("This host: %1 interns, %2 hired of %3 who finished.")
            .replace("%1", str(record.interns))
            .replace("%2", str(record.hired))
            .replace("%3", str(record.finished))
        )
        if record.insertion_pct is not None:
            rule = (
                self.tr("Contrats d'insertion: %1 % hired (the rule asks at least %2 %).")
                if record.meets_hiring_rule
                else self.tr("Contrats d'insertion: %1 % hired, below the %2 % the rule asks.")
            )
            text += "\n" + rule.replace("%1", str(record.insertion_pct)).replace(
                "%2", str(HIRING_RULE_PCT)
            )
        self.host_record.setText(text)
        self.host_record.show()

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
        set_combo_value(self.kind, "contrat_insertion")
        self.signatures.set_values([])
        self.signed_on.clear_value()
        self.ended_early_on.clear_value()
        self.end_reason.clear()
        self.signed_copy_id = None
        self._show_copy()
        self._set_grid(0, ())
        self._set_grid(1, ())
        set_combo_value(self.contract, "")
        set_combo_value(self.not_hired, "")
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
        set_combo_value(self.kind, view.kind)
        self.signatures.set_values(view.signatures)
        self.signed_on.set_value(view.signed_on)
        self.signed_copy_id = view.signed_copy_id
        self._show_copy()
        self.ended_early_on.set_value(view.ended_early_on)
        self.end_reason.setText(view.end_reason)
        self._set_grid(0, view.midterm_scores)
        self._set_grid(1, view.final_scores)
        set_combo_value(self.contract, view.contract_kind)
        set_combo_value(self.not_hired, view.not_hired_reason)
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
            combo_value(self.kind),
            self.signatures.values(),
            self.signed_on.value(),
            self.signed_copy_id,
            self.ended_early_on.value(),
            self.end_reason.text(),
            self._grid_scores(0),
            self._grid_scores(1),
            combo_value(self.contract),
            combo_value(self.not_hired),
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
