"""Grant committees (issue 23, deliverable 3): the sessions, a new session's members, and the
session itself: attendance and quorum, the agenda ranked by the programme's grid, scores,
conflicts of interest, votes and decisions, and the minutes printed for signature.

Thin over ``services.committees``: every rule (quorum, conflicts, admission to the agenda,
decisions that follow the votes) is checked there and comes back as codes worded here.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.committees import (
    SCORE_MAX,
    WEIGHT_MAX,
    Criterion,
    Member,
    SessionStatus,
    Vote,
)
from counsellor_app.core.grants import Decision
from counsellor_app.core.money import format_mad, parse_mad
from counsellor_app.core.problems import DomainError, Problem
from counsellor_app.services.committees import (
    MINUTES_TEMPLATE,
    CommitteeService,
    ItemView,
    SessionView,
)
from counsellor_app.services.documents import DocumentService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.document_dialog import DocumentDialog
from counsellor_app.ui.grant_panel import DECISION
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.printed_panel import open_specimen_in_background
from counsellor_app.ui.widgets import (
    DateField,
    combo_value,
    error_banner,
    fill_combo,
    readonly_cell,
    show_banner,
)

STATUS = {
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "held": QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    "minutes_signed": QT_TRANSLATE_NOOP("Vocabulary", "Minutes signed"),
}
VOTE = {
    "for": QT_TRANSLATE_NOOP("Vocabulary", "For"),
    "against": QT_TRANSLATE_NOOP("Vocabulary", "Against"),
    "abstain": QT_TRANSLATE_NOOP("Vocabulary", "Abstains"),
}
CRITERION = {
    "viability": QT_TRANSLATE_NOOP("Vocabulary", "Viability"),
    "commitment": QT_TRANSLATE_NOOP("Vocabulary", "The person's commitment"),
    "local_market": QT_TRANSLATE_NOOP("Vocabulary", "Local market"),
    "amount_vs_plan": QT_TRANSLATE_NOOP("Vocabulary", "Amount against the plan"),
    "experience": QT_TRANSLATE_NOOP("Vocabulary", "Experience"),
    "social_impact": QT_TRANSLATE_NOOP("Vocabulary", "Social impact"),
}
# The committee's own refusals; the plan's ones are worded for the agenda here.
PROBLEMS = {
    "members_required": QT_TRANSLATE_NOOP("Messages", "Add the committee's members."),
    "too_many_members": QT_TRANSLATE_NOOP("Messages", "A committee has at most %(max)s members."),
    "member_needs_name": QT_TRANSLATE_NOOP("Messages", "Each member needs a name."),
    "outsider_needs_organisation": QT_TRANSLATE_NOOP(
        "Messages", "A member from outside the agency is named with her or his organisation."
    ),
    "member_twice": QT_TRANSLATE_NOOP("Messages", "This member is already on the list."),
    "one_chair_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose one member to chair the committee."
    ),
    "quorum_needs_chair": QT_TRANSLATE_NOOP(
        "Messages", "The chair is absent: the committee cannot decide."
    ),
    "quorum_not_reached": QT_TRANSLATE_NOOP(
        "Messages",
        "Quorum not reached: %(present)s member(s) may vote on this application, %(needed)s "
        "are needed (members with a conflict of interest do not count).",
    ),
    "grid_empty": QT_TRANSLATE_NOOP("Messages", "Give at least one criterion a weight."),
    "weight_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A weight is a whole number from 0 to %(max)s."
    ),
    "score_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A score is a whole number from 0 to %(max)s."
    ),
    "application_already_decided": QT_TRANSLATE_NOOP(
        "Messages", "This application has already been decided."
    ),
    "already_on_agenda": QT_TRANSLATE_NOOP(
        "Messages", "This application is already on the agenda."
    ),
    "conflicted_member_voted": QT_TRANSLATE_NOOP(
        "Messages", "A member who declared a conflict of interest cannot vote on it."
    ),
    "absent_member_voted": QT_TRANSLATE_NOOP("Messages", "An absent member cannot vote."),
    "vote_missing": QT_TRANSLATE_NOOP(
        "Messages", "Record the vote of every member present without a conflict of interest."
    ),
    "decision_against_votes": QT_TRANSLATE_NOOP(
        "Messages",
        "The decision does not follow the votes: a grant is approved only with more votes for "
        "than against, and refused only without.",
    ),
    "committee_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This committee session no longer exists."
    ),
    "committee_item_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This application is no longer on the agenda."
    ),
    "minutes_already_signed": QT_TRANSLATE_NOOP(
        "Messages", "The minutes of this session are signed: it can no longer be changed."
    ),
    "member_has_voted": QT_TRANSLATE_NOOP(
        "Messages", "A member who has voted cannot be removed from the session."
    ),
    "already_decided": QT_TRANSLATE_NOOP(
        "Messages", "The decision is recorded: conflicts are declared before the vote."
    ),
    "committee_not_held": QT_TRANSLATE_NOOP(
        "Messages", "Record the committee's decisions before signing its minutes."
    ),
    "agenda_undecided": QT_TRANSLATE_NOOP(
        "Messages", "Every application on the agenda needs its decision before the minutes."
    ),
    "minutes_not_printed": QT_TRANSLATE_NOOP(
        "Messages", "Print the minutes first: the signed copy is the printed one."
    ),
    "plan_missing": QT_TRANSLATE_NOOP(
        "Messages", "No business plan on file: the application cannot go on the agenda."
    ),
    "plan_needs_activity": QT_TRANSLATE_NOOP(
        "Messages", "The business plan names no activity: it cannot go on the agenda yet."
    ),
    "plan_needs_summary": QT_TRANSLATE_NOOP(
        "Messages", "The business plan has no summary: it cannot go on the agenda yet."
    ),
    "plan_needs_startup_costs": QT_TRANSLATE_NOOP(
        "Messages", "The business plan lists no start-up costs: it cannot go on the agenda yet."
    ),
    "plan_needs_revenue": QT_TRANSLATE_NOOP(
        "Messages", "The business plan projects no revenue: it cannot go on the agenda yet."
    ),
    "plan_funding_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "%(gap)s MAD of start-up costs are not funded: the plan cannot go on the agenda yet.",
    ),
}


def _fit_columns(table: QTableWidget, stretch: int) -> None:
    """One column takes the room left, the others their contents' width; no row numbers."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    table.verticalHeader().hide()


def problem_text(problem: Problem) -> str:
    if problem.code in PROBLEMS:
        return labels.message(PROBLEMS, problem.code, problem.params)
    return labels.problem_text(problem)


def problem_texts(error: DomainError) -> list[str]:
    return [problem_text(p) for p in error.problems]


class CommitteesDialog(Dialog):
    """The agency's committee sessions, newest first; a new one, or one opened."""

    help_section = guide_sections.COMMITTEES
    session_opened = Signal(object)  # the SessionDialog, for the tests and the screenshots

    def __init__(
        self,
        committees: CommitteeService,
        documents: DocumentService | None,
        operations: Operations | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("committeesDialog")
        self.setWindowTitle(self.tr("Grant committees"))
        self.committees, self.documents, self.operations = committees, documents, operations
        self.language = language
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(self.tr("Grant committees"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Place"),
                self.tr("Status"),
                self.tr("Members"),
                self.tr("Applications"),
            ]
        )
        _fit_columns(self.table, stretch=1)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New session…"), self)
        self.new_button.setObjectName("newSession")
        self.new_button.clicked.connect(self.new_session)
        self.open_button = QPushButton(self.tr("Open the session"), self)
        self.open_button.setObjectName("openSession")
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.grid_button = QPushButton(self.tr("Scoring grids…"), self)
        self.grid_button.setObjectName("scoringGrids")
        self.grid_button.clicked.connect(self.edit_grids)
        self.grid_button.setVisible(committees.may_adjust_grids)  # supervisors
        buttons.addWidget(self.grid_button)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        sessions = self.committees.sessions()
        self.table.setRowCount(len(sessions))
        for row, found in enumerate(sessions):
            cells = (
                labels.format_date(found.held_on),
                found.place,
                labels.label(STATUS, found.status.value),
                str(found.members),
                str(found.items),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, readonly_cell(text, found.id))
        if sessions and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def new_session(self) -> NewSessionDialog:
        dialog = NewSessionDialog(self.committees, self)
        dialog.finished.connect(lambda _result: self._created(dialog))
        dialog.open()
        return dialog

    def edit_grids(self) -> GridDialog:
        dialog = GridDialog(self.committees, self)
        dialog.open()
        return dialog

    def _created(self, dialog: NewSessionDialog) -> None:
        self.reload()
        if dialog.created:
            self.open_session(dialog.created)

    def open_selected(self) -> SessionDialog | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        return self.open_session(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_session(self, session_id: str) -> SessionDialog:
        dialog = SessionDialog(
            self.committees, session_id, self.documents, self.operations, self.language, self
        )
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        self.session_opened.emit(dialog)
        return dialog


class NewSessionDialog(Dialog):
    """Date, place and members: accounts of the agency, or outsiders with their organisation."""

    help_section = guide_sections.COMMITTEES

    def __init__(self, committees: CommitteeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New committee session"))
        self.committees = committees
        self.created: str | None = None
        self.members: list[Member] = []
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.held_on = DateField(self)
        self.held_on.set_value(local_today())
        self.place = QLineEdit(self)
        self.place.setObjectName("sessionPlace")
        self.programme = QComboBox(self)
        self.programme.setObjectName("sessionProgramme")
        fill_combo(
            self.programme,
            [(p.id, p.name) for p in committees.programmes()],
            blank=self.tr("No programme (the agency's grid)"),
        )
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Programme"), self.programme)
        layout.addLayout(form)
        self.member_table = QTableWidget(0, 3, self)
        self.member_table.setObjectName("memberTable")
        self.member_table.setAccessibleName(self.tr("Members"))
        self.member_table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Organisation"), self.tr("Chair")]
        )
        _fit_columns(self.member_table, stretch=0)
        layout.addWidget(self.member_table)
        accounts = QHBoxLayout()
        self.account = QComboBox(self)
        self.account.setObjectName("memberAccount")
        self.account.setAccessibleName(self.tr("Add this colleague"))
        fill_combo(self.account, [(a.user_id, a.name) for a in committees.accounts()])
        add_account = QPushButton(self.tr("Add this colleague"), self)
        add_account.setObjectName("addAccount")
        add_account.clicked.connect(self.add_account)
        accounts.addWidget(self.account, 1)
        accounts.addWidget(add_account)
        layout.addLayout(accounts)
        outsiders = QHBoxLayout()
        self.outsider = QLineEdit(self)
        self.outsider.setObjectName("outsiderName")
        self.outsider.setAccessibleName(self.tr("Name of a member from outside"))
        self.outsider.setPlaceholderText(self.tr("Name of a member from outside"))
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("outsiderOrganisation")
        self.organisation.setAccessibleName(self.tr("Her or his organisation"))
        self.organisation.setPlaceholderText(self.tr("Her or his organisation"))
        add_outsider = QPushButton(self.tr("Add this member"), self)
        add_outsider.setObjectName("addOutsider")
        add_outsider.clicked.connect(self.add_outsider)
        for widget in (self.outsider, self.organisation, add_outsider):
            outsiders.addWidget(widget)
        layout.addLayout(outsiders)
        chair = QHBoxLayout()
        chair.addWidget(QLabel(self.tr("Chair"), self))
        self.chair = QComboBox(self)
        self.chair.setObjectName("chairChoice")
        self.chair.setAccessibleName(self.tr("Chair"))
        chair.addWidget(self.chair, 1)
        layout.addLayout(chair)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = QPushButton(self.tr("Create the session"), self)
        self.create_button.setObjectName("createSession")
        self.create_button.clicked.connect(self.create_now)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def _refresh(self) -> None:
        self.member_table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            self.member_table.setItem(row, 0, readonly_cell(member.name))
            self.member_table.setItem(row, 1, readonly_cell(member.organisation or "—"))
            chair = self.tr("Yes") if row == self.chair.currentIndex() else ""
            self.member_table.setItem(row, 2, readonly_cell(chair))
        current = self.chair.currentIndex()
        self.chair.blockSignals(True)
        fill_combo(self.chair, [(str(i), m.name) for i, m in enumerate(self.members)])
        self.chair.setCurrentIndex(max(current, 0))
        self.chair.blockSignals(False)

    def add_account(self) -> None:
        user_id = combo_value(self.account)
        if user_id and all(m.user_id != user_id for m in self.members):
            self.members.append(Member("", self.account.currentText(), user_id=user_id))
            self._refresh()

    def add_outsider(self) -> None:
        if not self.outsider.text().strip():
            show_banner(self.banner, [problem_text(Problem("member_needs_name"))])
            return
        self.members.append(Member("", self.outsider.text(), self.organisation.text()))
        self.outsider.clear()
        self.organisation.clear()
        show_banner(self.banner, [])
        self._refresh()

    def create_now(self) -> None:
        chair = self.chair.currentIndex()
        members = [
            Member(m.key, m.name, m.organisation, m.user_id, index == chair, True)
            for index, m in enumerate(self.members)
        ]
        try:
            self.created = self.committees.create_session(
                self.held_on.value() or local_today(),
                self.place.text(),
                members,
                combo_value(self.programme) or None,
            )
        except DomainError as error:
            show_banner(self.banner, problem_texts(error))
            return
        self.accept()


class GridDialog(Dialog):
    """A supervisor weighs the criteria of a programme's grid (or the agency's own, for
    grants of no programme); the sessions of that programme rank their agenda with it."""

    help_section = guide_sections.COMMITTEES

    def __init__(self, committees: CommitteeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gridDialog")
        self.setWindowTitle(self.tr("Scoring grids"))
        self.committees = committees
        layout = QVBoxLayout(self)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.programme = QComboBox(self)
        self.programme.setObjectName("gridProgramme")
        fill_combo(
            self.programme,
            [(p.id, p.name) for p in committees.programmes()],
            blank=self.tr("No programme (the agency's grid)"),
        )
        self.programme.currentIndexChanged.connect(lambda _index: self.load())
        form.addRow(self.tr("Programme"), self.programme)
        self.weights: dict[str, QSpinBox] = {}
        for criterion in Criterion:
            field = QSpinBox(self)
            field.setObjectName(f"weight_{criterion.value}")
            field.setRange(0, WEIGHT_MAX)
            self.weights[criterion.value] = field
            form.addRow(labels.label(CRITERION, criterion.value), field)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("Each criterion is scored from 0 to 5; the weights give the score out of 100."),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save the grid"), self)
        self.save_button.setObjectName("saveGrid")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        grid = self.committees.grid(combo_value(self.programme) or None)
        for name, field in self.weights.items():
            field.setValue(grid.get(name, 0))
        show_banner(self.banner, [])

    def save(self) -> bool:
        weights = {name: f.value() for name, f in self.weights.items() if f.value() > 0}
        try:
            self.committees.set_grid(combo_value(self.programme) or None, weights)
        except DomainError as error:
            show_banner(self.banner, problem_texts(error))
            return False
        return True


class SessionDialog(Dialog):
    """One session: roll call and quorum, the ranked agenda, and the selected application's
    scores, conflicts, votes and decision; the minutes printed, then signed."""

    help_section = guide_sections.COMMITTEES
    minutes_opened = Signal(object)  # the minutes' DocumentDialog

    def __init__(
        self,
        committees: CommitteeService,
        session_id: str,
        documents: DocumentService | None,
        operations: Operations | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.committees, self.session_id = committees, session_id
        self.documents, self.operations, self.language = documents, operations, language
        self.view: SessionView | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("sessionHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumState")
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)
        self.banner = error_banner(self)
        layout.addWidget(self.banner)

        top = QHBoxLayout()
        roll = QGroupBox(self.tr("Members and attendance"), self)
        roll_layout = QVBoxLayout(roll)
        self.member_table = QTableWidget(0, 3, roll)
        self.member_table.setObjectName("rollTable")
        self.member_table.setAccessibleName(self.tr("Members and attendance"))
        self.member_table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Organisation"), self.tr("Present")]
        )
        _fit_columns(self.member_table, stretch=0)
        roll_layout.addWidget(self.member_table)
        self.save_roll = QPushButton(self.tr("Save the attendance"), roll)
        self.save_roll.setObjectName("saveRoll")
        self.save_roll.clicked.connect(self.save_attendance)
        roll_layout.addWidget(self.save_roll)
        top.addWidget(roll, 2)

        agenda = QGroupBox(self.tr("Agenda, best score first"), self)
        agenda_layout = QVBoxLayout(agenda)
        self.agenda = QTableWidget(0, 6, agenda)
        self.agenda.setObjectName("agendaTable")
        self.agenda.setAccessibleName(self.tr("Agenda, best score first"))
        self.agenda.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Applicant"),
                self.tr("Requested"),
                self.tr("Score"),
                self.tr("For / against / abst."),
                self.tr("Decision"),
            ]
        )
        _fit_columns(self.agenda, stretch=1)
        self.agenda.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.agenda.itemSelectionChanged.connect(self._item_chosen)
        agenda_layout.addWidget(self.agenda)
        adding = QHBoxLayout()
        self.candidate = QComboBox(agenda)
        self.candidate.setObjectName("candidateChoice")
        self.candidate.setAccessibleName(self.tr("Put on the agenda"))
        self.add_button = QPushButton(self.tr("Put on the agenda"), agenda)
        self.add_button.setObjectName("addToAgenda")
        self.add_button.clicked.connect(self.add_candidate)
        adding.addWidget(self.candidate, 1)
        adding.addWidget(self.add_button)
        agenda_layout.addLayout(adding)
        top.addWidget(agenda, 3)
        layout.addLayout(top, 2)

        self.item_box = QGroupBox(self.tr("The selected application"), self)
        item_layout = QHBoxLayout(self.item_box)
        scores = QFormLayout()
        self.score_fields: dict[str, QSpinBox] = {}
        self.scores_form = scores
        item_layout.addLayout(scores)
        self.save_scores_button = QPushButton(self.tr("Save the scores"), self.item_box)
        self.save_scores_button.setObjectName("saveScores")
        self.save_scores_button.clicked.connect(self.save_scores)
        scores.addRow(self.save_scores_button)
        self.vote_form = QFormLayout()
        self.vote_fields: dict[str, QComboBox] = {}
        self.conflict_fields: dict[str, QCheckBox] = {}
        item_layout.addLayout(self.vote_form, 1)
        decision = QFormLayout()
        self.decision = QComboBox(self.item_box)
        self.decision.setObjectName("decisionChoice")
        fill_combo(self.decision, [(d.value, labels.label(DECISION, d.value)) for d in Decision])
        self.amount = QLineEdit(self.item_box)
        self.amount.setObjectName("decisionAmount")
        self.amount.setPlaceholderText(self.tr("Amount granted (MAD)"))
        self.conditions = QPlainTextEdit(self.item_box)
        self.conditions.setObjectName("decisionConditions")
        self.conditions.setMaximumHeight(60)
        self.reasons = QPlainTextEdit(self.item_box)
        self.reasons.setObjectName("decisionReasons")
        self.reasons.setMaximumHeight(60)
        self.decide_button = QPushButton(self.tr("Record the vote and the decision"), self)
        self.decide_button.setObjectName("recordDecision")
        self.decide_button.clicked.connect(self.record_decision)
        decision.addRow(self.tr("Decision"), self.decision)
        decision.addRow(self.tr("Amount"), self.amount)
        decision.addRow(self.tr("Conditions"), self.conditions)
        decision.addRow(self.tr("Reasons"), self.reasons)
        decision.addRow(self.decide_button)
        item_layout.addLayout(decision, 1)
        layout.addWidget(self.item_box, 2)

        closing = QHBoxLayout()
        closing.addStretch(1)
        self.print_button = QPushButton(self.tr("Print the minutes…"), self)
        self.print_button.setObjectName("printMinutes")
        self.print_button.clicked.connect(self.print_minutes)
        self.sign_button = QPushButton(self.tr("The printed minutes are signed"), self)
        self.sign_button.setObjectName("signMinutes")
        self.sign_button.clicked.connect(self.sign_minutes)
        closing.addWidget(self.print_button)
        closing.addWidget(self.sign_button)
        layout.addLayout(closing)
        self.resize(1200, 780)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        view = self.view = self.committees.session(self.session_id)
        self.setWindowTitle(
            self.tr("Grant committee of %1").replace("%1", labels.format_date(view.held_on))
        )
        self.heading.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", labels.format_date(view.held_on))
            .replace("%2", isolate(view.place or "—"))
            .replace("%3", labels.label(STATUS, view.status.value))
        )
        found = view.quorum
        if found.reached:
            text = self.tr("Quorum reached: %1 members present who may vote, the chair among them.")
        elif not found.chair_present:
            text = self.tr("Quorum not reached: the chair is absent.")
        else:
            text = self.tr("Quorum not reached: %1 member(s) present, %2 needed.")
        self.quorum_label.setText(
            text.replace("%1", str(len(found.voters))).replace("%2", str(found.needed))
        )
        self.quorum_label.setProperty("warning", not found.reached)
        self.member_table.setRowCount(len(view.members))
        for row, member in enumerate(view.members):
            name = member.name + (self.tr(" (chair)") if member.chair else "")
            self.member_table.setItem(row, 0, readonly_cell(name, member.key))
            self.member_table.setItem(row, 1, readonly_cell(member.organisation or "—"))
            present = readonly_cell("")
            present.setFlags(present.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present.setCheckState(
                Qt.CheckState.Checked if member.present else Qt.CheckState.Unchecked
            )
            self.member_table.setItem(row, 2, present)
        self.agenda.blockSignals(True)
        self.agenda.setRowCount(len(view.items))
        for row, item in enumerate(view.items):
            cells = (
                str(row + 1),
                f"{item.person_name} ({item.file_number})",
                format_mad(item.requested_centimes, self.language),
                "—" if item.score is None else f"{item.score}/100",
                f"{item.tally.votes_for} / {item.tally.against} / {item.tally.abstain}",
                labels.label(DECISION, item.decision.value) if item.decision else "—",
            )
            for column, text in enumerate(cells):
                self.agenda.setItem(row, column, readonly_cell(text, item.id))
        self.agenda.blockSignals(False)
        fill_combo(
            self.candidate,
            [
                (
                    c.application_id,
                    f"{c.person_name} ({c.file_number}) — "
                    f"{format_mad(c.requested_centimes, self.language)}"
                    + (" — " + problem_text(Problem(c.problems[0])) if c.problems else ""),
                )
                for c in self.committees.candidates(self.session_id)
            ],
        )
        self._build_scores(view)
        self._build_votes(view)
        signed = view.status == SessionStatus.MINUTES_SIGNED
        for widget in (self.save_roll, self.add_button, self.item_box, self.sign_button):
            widget.setEnabled(not signed)
        rows = [r for r, i in enumerate(view.items) if i.id == select]
        if rows or view.items:
            self.agenda.blockSignals(True)
            self.agenda.setCurrentCell(rows[0] if rows else 0, 0)
            self.agenda.blockSignals(False)
        self._item_chosen()

    def _build_scores(self, view: SessionView) -> None:
        while self.scores_form.rowCount() > 1:
            self.scores_form.removeRow(0)
        self.score_fields = {}
        for index, (criterion, weight) in enumerate(view.grid.items()):
            field = QSpinBox(self.item_box)
            field.setObjectName(f"score_{criterion}")
            field.setRange(-1, SCORE_MAX)
            field.setSpecialValueText("—")
            field.setSuffix(f" / {SCORE_MAX}")
            self.score_fields[criterion] = field
            label = (
                self.tr("%1 (weight %2)")
                .replace("%1", labels.label(CRITERION, criterion))
                .replace("%2", str(weight))
            )
            self.scores_form.insertRow(index, label, field)

    def _build_votes(self, view: SessionView) -> None:
        while self.vote_form.rowCount():
            self.vote_form.removeRow(0)
        self.vote_fields, self.conflict_fields = {}, {}
        self.vote_form.addRow(QLabel(self.tr("Vote of each member present"), self.item_box))
        for member in view.members:
            if not member.present:
                continue
            row = QWidget(self.item_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            vote = QComboBox(row)
            vote.setObjectName(f"vote_{member.key}")
            vote.setAccessibleName(self.tr("Vote of %1").replace("%1", isolate(member.name)))
            fill_combo(vote, [(v.value, labels.label(VOTE, v.value)) for v in Vote], blank="—")
            conflict = QCheckBox(self.tr("Conflict of interest"), row)
            conflict.setObjectName(f"conflict_{member.key}")
            conflict.toggled.connect(
                lambda checked, key=member.key: self.declare_conflict(key, checked)
            )
            line.addWidget(vote, 1)
            line.addWidget(conflict)
            self.vote_fields[member.key] = vote
            self.conflict_fields[member.key] = conflict
            self.vote_form.addRow(member.name, row)

    def selected(self) -> ItemView | None:
        if self.view is None:
            return None
        cell = self.agenda.item(self.agenda.currentRow(), 0)
        if cell is None:
            return None
        item_id = cell.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.view.items if i.id == item_id), None)

    def _item_chosen(self) -> None:
        item = self.selected()
        self.item_box.setEnabled(
            item is not None
            and item.decision is None
            and self.view is not None
            and self.view.status != SessionStatus.MINUTES_SIGNED
        )
        for criterion, field in self.score_fields.items():
            field.setValue(item.scores.get(criterion, -1) if item else -1)
        for key, vote in self.vote_fields.items():
            index = vote.findData(item.votes[key].value if item and key in item.votes else "")
            vote.setCurrentIndex(max(index, 0))
            conflict = self.conflict_fields[key]
            conflict.blockSignals(True)
            conflict.setChecked(bool(item and key in item.conflicts))
            conflict.blockSignals(False)
            vote.setEnabled(not conflict.isChecked())

    # -- writing -----------------------------------------------------------------------------
    def _run(self, work: object, select: str | None = None) -> bool:
        show_banner(self.banner, [])
        try:
            work()  # type: ignore[operator]
        except DomainError as error:
            show_banner(self.banner, problem_texts(error))
            return False
        self.reload(select)
        return True

    def save_attendance(self) -> bool:
        if self.view is None:
            return False
        members = []
        for row, member in enumerate(self.view.members):
            cell = self.member_table.item(row, 2)
            present = cell is not None and cell.checkState() == Qt.CheckState.Checked
            members.append(
                Member(
                    member.key,
                    member.name,
                    member.organisation,
                    member.user_id,
                    member.chair,
                    present,
                )
            )
        seen = self.view.version
        return self._run(lambda: self.committees.set_members(self.session_id, members, seen))

    def add_candidate(self) -> bool:
        application_id = combo_value(self.candidate)
        if not application_id:
            return False
        return self._run(lambda: self.committees.add_to_agenda(self.session_id, application_id))

    def save_scores(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        scores = {c: f.value() for c, f in self.score_fields.items() if f.value() >= 0}
        return self._run(
            lambda: self.committees.set_scores(item.id, scores, seen=item.version), item.id
        )

    def declare_conflict(self, member_key: str, conflicted: bool) -> bool:
        item = self.selected()
        if item is None:
            return False
        return self._run(
            lambda: self.committees.declare_conflict(item.id, member_key, conflicted), item.id
        )

    def record_decision(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        votes = {
            key: Vote(combo_value(field))
            for key, field in self.vote_fields.items()
            if combo_value(field) and not self.conflict_fields[key].isChecked()
        }
        decision = Decision(combo_value(self.decision))

        def work() -> None:
            amount = (
                parse_mad(self.amount.text(), "amount")
                if decision == Decision.APPROVED and self.amount.text().strip()
                else 0
            )
            self.committees.record_decision(
                item.id,
                votes,
                decision,
                amount,
                self.conditions.toPlainText(),
                self.reasons.toPlainText(),
                seen=item.version,
            )

        done = self._run(work, item.id)
        if done:
            self.amount.clear()
            self.conditions.clear()
            self.reasons.clear()
        return done

    def print_minutes(self) -> None:
        if self.documents is None or self.operations is None:
            return
        _, languages = self.documents.letterhead()

        def opened(dialog: DocumentDialog) -> None:
            self.minutes_opened.emit(dialog)

        open_specimen_in_background(
            self,
            self.operations,
            self.documents,
            MINUTES_TEMPLATE,
            self.session_id,
            languages,
            opened,
        )

    def sign_minutes(self) -> bool:
        """The latest printed minutes are the signed ones: the session keeps their hash."""
        if self.documents is None:
            return False
        serial = self.committees.minutes_serial(self.session_id)
        documents = self.documents

        def work() -> None:
            digest = hashlib.sha256(documents.reprint(serial)).hexdigest() if serial else ""
            self.committees.sign_minutes(self.session_id, digest)

        return self._run(work)
