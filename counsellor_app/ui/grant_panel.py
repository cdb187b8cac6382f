"""Microgrant of one person: application, committee decision, tranches confirmed by a second
person, and the follow-up visits; plus the supervisors' screen of budget envelopes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.grants import BusinessStatus, Decision, DisbursementMode
from counsellor_app.core.money import format_mad, parse_mad
from counsellor_app.core.problems import DomainError
from counsellor_app.services.grants import ApplicationView, GrantService
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.conflict_dialog import is_stale
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.widgets import (
    DateField,
    combo_value,
    fill_combo,
    readonly_cell,
    set_combo_value,
)

DECISION = {
    "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    "deferred": QT_TRANSLATE_NOOP("Vocabulary", "Deferred"),
}
MODE = {
    "cash": QT_TRANSLATE_NOOP("Vocabulary", "Cash"),
    "in_kind": QT_TRANSLATE_NOOP("Vocabulary", "In kind (purchases)"),
}
BUSINESS = {
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    "struggling": QT_TRANSLATE_NOOP("Vocabulary", "Struggling"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
}


def _today_qdate() -> QDate:
    today = local_today()
    return QDate(today.year, today.month, today.day)


class GrantPanel(QWidget):
    changed = Signal()

    def __init__(
        self, grants: GrantService, person_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._visit_versions: dict[str, str] = {}  # visit id → version shown
        self.setObjectName("grantPanel")
        self.grants, self.person_id, self.language = grants, person_id, language
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()

        apply_row = QHBoxLayout()
        self.envelope = QComboBox(self)
        self.envelope.setObjectName("envelope")
        self.envelope.setAccessibleName(self.tr("Budget envelope"))
        self.requested = QLineEdit(self)
        self.requested.setObjectName("requested")
        self.requested.setPlaceholderText(self.tr("Amount requested (MAD)"))
        self.requested.setAccessibleName(self.tr("Amount requested (MAD)"))
        self.apply_button = QPushButton(self.tr("Submit the application"), self)
        self.apply_button.setObjectName("applyGrant")
        self.apply_button.clicked.connect(self.submit)
        self.application = QComboBox(self)
        self.application.setObjectName("application")
        self.application.setAccessibleName(self.tr("Application"))
        self.application.currentIndexChanged.connect(lambda _i: self.show_application())
        apply_row.addWidget(self.envelope, 2)
        apply_row.addWidget(self.requested, 1)
        apply_row.addWidget(self.apply_button)
        layout.addLayout(apply_row)
        layout.addWidget(self.application)

        row = QHBoxLayout()
        decision_box = QGroupBox(self.tr("Committee decision"), self)
        form = QFormLayout(decision_box)
        self.decision = QComboBox(self)
        self.decision.setObjectName("decision")
        fill_combo(self.decision, [(d.value, labels.label(DECISION, d.value)) for d in Decision])
        self.amount = QLineEdit(self)
        self.amount.setObjectName("approvedAmount")
        self.decided_on = DateField(self)
        self.decided_on.setObjectName("decidedOn")
        self.score = QSpinBox(self)
        self.score.setObjectName("score")
        self.score.setRange(0, 100)
        self.members = QLineEdit(self)
        self.members.setObjectName("members")
        self.conditions = QLineEdit(self)
        self.conditions.setObjectName("conditions")
        for text, widget in (
            (self.tr("Decision"), self.decision),
            (self.tr("Amount granted (MAD)"), self.amount),
            (self.tr("Date"), self.decided_on),
            (self.tr("Score /100"), self.score),
            (self.tr("Committee members"), self.members),
            (self.tr("Conditions or reason"), self.conditions),
        ):
            widget.setAccessibleName(text)
            form.addRow(text, widget)
        self.decide_button = QPushButton(self.tr("Record the decision"), self)
        self.decide_button.setObjectName("decide")
        self.decide_button.clicked.connect(self.record_decision)
        form.addRow("", self.decide_button)
        row.addWidget(decision_box, 1)

        tranche_box = QGroupBox(self.tr("Tranches"), self)
        tranche_layout = QVBoxLayout(tranche_box)
        self.tranches = QTableWidget(0, 6, self)
        self.tranches.setObjectName("tranches")
        self.tranches.setHorizontalHeaderLabels(
            [
                self.tr("Paid on"),
                self.tr("Amount"),
                self.tr("How"),
                self.tr("Receipt"),
                self.tr("Recorded by"),
                self.tr("Confirmed by"),
            ]
        )
        self.tranches.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.tranches.verticalHeader().setVisible(False)
        tranche_layout.addWidget(self.tranches)
        inputs = QHBoxLayout()
        self.tranche_amount = QLineEdit(self)
        self.tranche_amount.setObjectName("trancheAmount")
        self.tranche_amount.setPlaceholderText(self.tr("Amount"))
        self.tranche_mode = QComboBox(self)
        self.tranche_mode.setObjectName("trancheMode")
        fill_combo(
            self.tranche_mode, [(m.value, labels.label(MODE, m.value)) for m in DisbursementMode]
        )
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("receipt")
        self.receipt.setPlaceholderText(self.tr("Receipt or invoice"))
        self.paid_on = DateField(self)
        self.paid_on.setObjectName("paidOn")
        # A row of fields without labels: screen readers say what each one is.
        named: tuple[tuple[QWidget, str], ...] = (
            (self.tranches, self.tr("Tranches")),
            (self.tranche_amount, self.tr("Amount")),
            (self.tranche_mode, self.tr("How")),
            (self.receipt, self.tr("Receipt or invoice")),
            (self.paid_on, self.tr("Paid on")),
        )
        for described, name in named:
            described.setAccessibleName(name)
        for widget in (self.tranche_amount, self.tranche_mode, self.receipt, self.paid_on):
            inputs.addWidget(widget)
        tranche_layout.addLayout(inputs)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record the tranche"), self)
        self.record_button.setObjectName("recordTranche")
        self.record_button.clicked.connect(self.record_tranche)
        self.confirm_button = QPushButton(self.tr("Confirm the selected tranche"), self)
        self.confirm_button.setObjectName("confirmTranche")
        self.confirm_button.setToolTip(
            self.tr("A tranche is confirmed by someone other than the person who recorded it.")
        )
        self.confirm_button.clicked.connect(self.confirm_tranche)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.confirm_button)
        tranche_layout.addLayout(buttons)
        row.addWidget(tranche_box, 2)
        layout.addLayout(row)

        visit_box = QGroupBox(self.tr("Follow-up visits"), self)
        visit_layout = QVBoxLayout(visit_box)
        self.visits = QTableWidget(0, 5, self)
        self.visits.setObjectName("visits")
        self.visits.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Done"),
                self.tr("Business"),
                self.tr("Monthly revenue"),
                self.tr("Jobs created"),
            ]
        )
        self.visits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.visits.verticalHeader().setVisible(False)
        visit_layout.addWidget(self.visits)
        visit_inputs = QHBoxLayout()
        self.visit_done = DateField(self)
        self.visit_done.setObjectName("visitDone")
        self.visit_status = QComboBox(self)
        self.visit_status.setObjectName("visitStatus")
        fill_combo(
            self.visit_status, [(b.value, labels.label(BUSINESS, b.value)) for b in BusinessStatus]
        )
        self.visit_revenue = QLineEdit(self)
        self.visit_revenue.setObjectName("visitRevenue")
        self.visit_revenue.setPlaceholderText(self.tr("Monthly revenue"))
        self.visit_jobs = QSpinBox(self)
        self.visit_jobs.setObjectName("visitJobs")
        self.visit_jobs.setRange(0, 1000)
        named = (
            (self.visits, self.tr("Follow-up visits")),
            (self.visit_done, self.tr("Done")),
            (self.visit_status, self.tr("Business")),
            (self.visit_revenue, self.tr("Monthly revenue")),
            (self.visit_jobs, self.tr("Jobs created")),
        )
        for described, name in named:
            described.setAccessibleName(name)
        self.visit_button = QPushButton(self.tr("Record the selected visit"), self)
        self.visit_button.setObjectName("recordVisit")
        self.visit_button.clicked.connect(self.record_visit)
        visit_controls: tuple[QWidget, ...] = (
            self.visit_done,
            self.visit_status,
            self.visit_revenue,
            self.visit_jobs,
            self.visit_button,
        )
        for control in visit_controls:
            visit_inputs.addWidget(control)
        visit_layout.addLayout(visit_inputs)
        layout.addWidget(visit_box)
        layout.addWidget(self.message)
        self.reload()

    # -- display ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        left = self.tr("left: %1")
        fill_combo(
            self.envelope,
            [
                (
                    e.id,
                    f"{e.name} — "
                    + left.replace("%1", format_mad(e.balance.remaining, self.language)),
                )
                for e in self.grants.envelopes()
            ],
        )
        current = select or combo_value(self.application)
        self._applications = {a.id: a for a in self.grants.applications(self.person_id)}
        self.application.blockSignals(True)
        fill_combo(
            self.application,
            [
                (
                    a.id,
                    f"{a.envelope_name} · {format_mad(a.requested_centimes, self.language)} · "
                    + (
                        labels.label(DECISION, a.decision.value)
                        if a.decision
                        else self.tr("awaiting the committee")
                    ),
                )
                for a in self._applications.values()
            ],
        )
        if current:
            set_combo_value(self.application, current)
        self.application.blockSignals(False)
        for widget in (self.paid_on, self.decided_on, self.visit_done):
            widget.setDate(_today_qdate())
        self.show_application()
        self.show_visits()

    def selected(self) -> ApplicationView | None:
        return self._applications.get(combo_value(self.application))

    def show_application(self) -> None:
        application = self.selected()
        enabled = application is not None
        for widget in (self.decide_button, self.record_button, self.confirm_button):
            widget.setEnabled(enabled)
        self.tranches.setRowCount(0)
        if application is None:
            return
        if application.decision:
            set_combo_value(self.decision, application.decision.value)
            self.amount.setText(
                format_mad(application.approved_centimes, self.language).split("\u00a0")[0]
            )
            self.score.setValue(application.score or 0)
            self.members.setText(application.committee_members)
            self.conditions.setText(application.conditions)
        for tranche in application.tranches:
            row = self.tranches.rowCount()
            self.tranches.insertRow(row)
            values = (
                labels.format_date(tranche.paid_on),
                format_mad(tranche.amount_centimes, self.language),
                labels.label(MODE, tranche.mode.value),
                tranche.receipt,
                tranche.recorded_by,
                tranche.confirmed_by or self.tr("to be confirmed"),
            )
            for column, text in enumerate(values):
                item = readonly_cell(text)
                item.setData(Qt.ItemDataRole.UserRole, tranche.id)
                self.tranches.setItem(row, column, item)

    def show_visits(self) -> None:
        visits = self.grants.visits(self.person_id)
        self._visit_versions = {visit.id: visit.version for visit in visits}
        self.visits.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            values = (
                labels.format_date(visit.due_on),
                labels.format_date(visit.done_on) or "—",
                labels.label(BUSINESS, visit.business_status.value)
                if visit.business_status
                else "—",
                format_mad(visit.monthly_revenue_centimes, self.language)
                if visit.monthly_revenue_centimes is not None
                else "—",
                str(visit.jobs_created) if visit.jobs_created is not None else "—",
            )
            for column, text in enumerate(values):
                item = readonly_cell(text)
                item.setData(Qt.ItemDataRole.UserRole, visit.id)
                self.visits.setItem(row, column, item)

    # -- actions ---------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], select: str | None = None) -> bool:
        self.message.hide()
        try:
            result = action()
        except DomainError as error:
            if is_stale(error):
                self.reload(select)  # the record as it is now, to decide again
            self.message.setText("\n".join(labels.problem_text(p) for p in error.problems))
            self.message.show()
            return False
        self.reload(select or (result if isinstance(result, str) else None))
        self.changed.emit()
        return True

    def _amount(self, edit: QLineEdit, field: str) -> int:
        return parse_mad(edit.text(), field) if edit.text().strip() else 0

    def submit(self) -> None:
        envelope = combo_value(self.envelope)
        if not envelope:
            self.message.setText(
                self.tr("No budget envelope yet: a supervisor creates one in Tools.")
            )
            self.message.show()
            return
        if self._run(
            lambda: self.grants.apply(
                self.person_id, envelope, self._amount(self.requested, "requested")
            )
        ):
            self.requested.clear()

    def record_decision(self) -> None:
        application = self.selected()
        if application is None:
            return
        self._run(
            lambda: self.grants.decide(
                application.id,
                Decision(combo_value(self.decision)),
                self._amount(self.amount, "amount"),
                self.decided_on.value() or local_today(),
                self.score.value(),
                self.conditions.text(),
                self.members.text(),
                seen=application.version,  # decided elsewhere since: refused, never merged
            ),
            application.id,
        )

    def record_tranche(self) -> None:
        application = self.selected()
        if application is None:
            return
        if self._run(
            lambda: self.grants.record_tranche(
                application.id,
                self._amount(self.tranche_amount, "amount"),
                DisbursementMode(combo_value(self.tranche_mode)),
                self.paid_on.value() or local_today(),
                self.receipt.text(),
                seen=application.version,
            ),
            application.id,
        ):
            self.tranche_amount.clear()
            self.receipt.clear()

    def confirm_tranche(self) -> None:
        item = (
            self.tranches.item(self.tranches.currentRow(), 0)
            if self.tranches.currentRow() >= 0
            else None
        )
        application = self.selected()
        if item is None or application is None:
            return
        tranche_id = item.data(Qt.ItemDataRole.UserRole)
        seen = next((t.version for t in application.tranches if t.id == tranche_id), None)
        self._run(lambda: self.grants.confirm_tranche(tranche_id, seen), application.id)

    def record_visit(self) -> None:
        row = self.visits.currentRow()
        item = self.visits.item(row, 0) if row >= 0 else None
        if item is None:
            return
        visit_id = item.data(Qt.ItemDataRole.UserRole)
        self._run(
            lambda: self.grants.record_visit(
                visit_id,
                self.visit_done.value() or local_today(),
                BusinessStatus(combo_value(self.visit_status)),
                self._amount(self.visit_revenue, "revenue"),
                self.visit_jobs.value(),
                seen=self._visit_versions.get(visit_id),  # reported elsewhere since: refused
            )
        )


class EnvelopesDialog(Dialog):
    """Supervisors and administrators: the budget envelopes and what is left in each."""

    help_section = guide_sections.ENVELOPES

    def __init__(self, grants: GrantService, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("envelopesDialog")
        self.setWindowTitle(self.tr("Budget envelopes"))
        self.grants, self.language = grants, language
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("envelopeTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Envelope"), self.tr("Budget"), self.tr("Committed"), self.tr("Disbursed")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        form = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("envelopeName")
        self.name.setPlaceholderText(self.tr("Programme or donor"))
        self.budget = QLineEdit(self)
        self.budget.setObjectName("envelopeBudget")
        self.budget.setPlaceholderText(self.tr("Budget (MAD)"))
        self.starts = DateField(self)
        self.starts.setDate(_today_qdate())
        self.add_button = QPushButton(self.tr("Add the envelope"), self)
        self.add_button.setObjectName("addEnvelope")
        self.add_button.clicked.connect(self.add)
        for widget in (self.name, self.budget, self.starts, self.add_button):
            form.addWidget(widget)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        envelopes = self.grants.envelopes()
        self.table.setRowCount(len(envelopes))
        for row, envelope in enumerate(envelopes):
            balance = envelope.balance
            for column, text in enumerate(
                (
                    envelope.name,
                    format_mad(balance.budget, self.language),
                    format_mad(balance.committed, self.language),
                    format_mad(balance.disbursed, self.language),
                )
            ):
                self.table.setItem(row, column, readonly_cell(text))

    def add(self) -> None:
        self.message.hide()
        try:
            amount = parse_mad(self.budget.text(), "budget") if self.budget.text().strip() else 0
            self.grants.create_envelope(
                self.name.text(), amount, self.starts.value() or local_today()
            )
        except DomainError as error:
            self.message.setText("\n".join(labels.problem_text(p) for p in error.problems))
            self.message.show()
            return
        self.name.clear()
        self.budget.clear()
        self.reload()
