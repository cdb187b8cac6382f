"""The business-plan editor: sections, start-up costs, funding and a monthly projection whose
margin, cumulative cash and break-even month are computed while the counsellor types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.business_plan import (
    MAX_MONTHS,
    MIN_MONTHS,
    ActivityCategory,
    Funding,
    FundingKind,
    Line,
)
from counsellor_app.core.merge import EditConflict, Opened
from counsellor_app.core.money import format_mad, parse_mad
from counsellor_app.core.problems import DomainError
from counsellor_app.services.business_plans import SECTIONS, BusinessPlanService, PlanData, resize
from counsellor_app.ui import labels
from counsellor_app.ui.conflict_dialog import ask_to_choose
from counsellor_app.ui.widgets import combo_value, fill_combo, set_combo_value

SECTION_LABELS = {
    "summary": QT_TRANSLATE_NOOP("Vocabulary", "Summary"),
    "product": QT_TRANSLATE_NOOP("Vocabulary", "Product or service"),
    "market": QT_TRANSLATE_NOOP("Vocabulary", "Market and competitors"),
    "marketing": QT_TRANSLATE_NOOP("Vocabulary", "Marketing"),
    "operations": QT_TRANSLATE_NOOP("Vocabulary", "Operations"),
    "team": QT_TRANSLATE_NOOP("Vocabulary", "Team"),
}
CATEGORY = {
    "commercial": QT_TRANSLATE_NOOP("Vocabulary", "Trade, industry or craft"),
    "services": QT_TRANSLATE_NOOP("Vocabulary", "Services"),
}
FUNDING = {
    "own_contribution": QT_TRANSLATE_NOOP("Vocabulary", "Own contribution"),
    "microgrant": QT_TRANSLATE_NOOP("Vocabulary", "Microgrant"),
    "microcredit": QT_TRANSLATE_NOOP("Vocabulary", "Microcredit"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}
PLAN_WARNINGS = {
    "turnover_above_ae_ceiling": QT_TRANSLATE_NOOP(
        "Messages",
        "Year %(year)s: projected turnover %(turnover)s MAD is above the auto-entrepreneur ceiling of %(ceiling)s MAD for this activity.",
    ),
    "funding_gap": QT_TRANSLATE_NOOP("Messages", "The funding does not cover the start-up costs."),
    "no_break_even": QT_TRANSLATE_NOOP(
        "Messages", "The start-up costs are not recovered within %(months)s months."
    ),
    "cash_shortfall": QT_TRANSLATE_NOOP(
        "Messages", "Cash runs short in month %(month)s (month 0: before opening)."
    ),
    "projection_months_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The projection covers %(min)s to %(max)s months."
    ),
}
INVALID = QBrush(QColor("#fde7e6"))


class BusinessPlanPanel(QWidget):
    saved = Signal()

    def __init__(
        self,
        plans: BusinessPlanService,
        person_id: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("businessPlanPanel")
        self.plans, self.person_id, self.language = plans, person_id, language
        self._loading = False
        self._opened: Opened[PlanData] | None = None
        self.invalid_cells = 0
        layout = QVBoxLayout(self)

        top = QFormLayout()
        self.activity = QLineEdit(self)
        self.activity.setObjectName("activity")
        self.activity.setMaxLength(200)
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        fill_combo(
            self.category, [(c.value, labels.label(CATEGORY, c.value)) for c in ActivityCategory]
        )
        self.months = QSpinBox(self)
        self.months.setObjectName("months")
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        for text, widget in (
            (self.tr("Activity"), self.activity),
            (self.tr("Category"), self.category),
            (self.tr("Months projected"), self.months),
        ):
            widget.setAccessibleName(text)
            top.addRow(text, widget)
        layout.addLayout(top)

        middle = QHBoxLayout()
        self.sections = QTabWidget(self)
        self.sections.setObjectName("planSections")
        self.section_edits: dict[str, QPlainTextEdit] = {}
        for name in SECTIONS:
            editor = QPlainTextEdit(self)
            editor.setObjectName(f"section_{name}")
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(labels.label(SECTION_LABELS, name))
            self.section_edits[name] = editor
            self.sections.addTab(editor, labels.label(SECTION_LABELS, name))
        middle.addWidget(self.sections, 3)

        money = QVBoxLayout()
        costs_box = QGroupBox(self.tr("Start-up costs"), self)
        costs_layout = QVBoxLayout(costs_box)
        self.startup = QTableWidget(0, 2, self)
        self.startup.setObjectName("startupCosts")
        self.startup.setAccessibleName(self.tr("Start-up costs"))
        self.startup.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Amount (MAD)")])
        self.startup.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.startup.verticalHeader().setVisible(False)
        costs_layout.addWidget(self.startup)
        row = QHBoxLayout()
        self.add_cost = QPushButton(self.tr("Add a cost"), self)
        self.add_cost.setObjectName("addCost")
        self.add_cost.clicked.connect(lambda: self._add_cost_row())
        self.remove_cost = QPushButton(self.tr("Remove"), self)
        self.remove_cost.clicked.connect(lambda: self._remove_row(self.startup))
        row.addWidget(self.add_cost)
        row.addWidget(self.remove_cost)
        costs_layout.addLayout(row)
        money.addWidget(costs_box)
        funding_box = QGroupBox(self.tr("Funding"), self)
        funding_layout = QVBoxLayout(funding_box)
        self.funding = QTableWidget(0, 2, self)
        self.funding.setObjectName("funding")
        self.funding.setAccessibleName(self.tr("Funding"))
        self.funding.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Amount (MAD)")])
        self.funding.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.funding.verticalHeader().setVisible(False)
        funding_layout.addWidget(self.funding)
        row = QHBoxLayout()
        self.add_funding = QPushButton(self.tr("Add a source"), self)
        self.add_funding.setObjectName("addFunding")
        self.add_funding.clicked.connect(lambda: self._add_funding_row())
        self.remove_funding = QPushButton(self.tr("Remove"), self)
        self.remove_funding.clicked.connect(lambda: self._remove_row(self.funding))
        row.addWidget(self.add_funding)
        row.addWidget(self.remove_funding)
        funding_layout.addLayout(row)
        money.addWidget(funding_box)
        middle.addLayout(money, 2)

        self.projection = QTableWidget(0, 4, self)
        self.projection.setObjectName("projection")
        self.projection.setHorizontalHeaderLabels(
            [self.tr("Revenue"), self.tr("Costs"), self.tr("Margin"), self.tr("Cumulative cash")]
        )
        self.projection.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.projection.setAccessibleName(self.tr("Monthly projection"))
        middle.addWidget(self.projection, 3)
        layout.addLayout(middle, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warningBanner")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        # What the plan still lacks for its pathway stage to complete (core.stage_records).
        self.blocking = QLabel(self)
        self.blocking.setObjectName("planBlocking")
        self.blocking.setWordWrap(True)
        self.blocking.hide()
        self.message = QLabel(self)
        self.message.setObjectName("errorBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save the business plan"), self)
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(lambda: self.save())
        for label in (self.summary, self.warnings, self.blocking, self.message):
            layout.addWidget(label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.activity.textChanged.connect(self.recompute)
        self.category.currentIndexChanged.connect(self.recompute)
        self.months.valueChanged.connect(self._months_changed)
        for table in (self.startup, self.funding, self.projection):
            table.itemChanged.connect(lambda _item: self.recompute())
        self.load()

    # -- amounts in cells ------------------------------------------------------------------
    def _amount_item(self, centimes: int, editable: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem(format_mad(centimes, self.language).split("\u00a0")[0])
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _amount(self, item: QTableWidgetItem | None) -> int:
        """The cell's amount; a cell that is not an amount is marked and counts as 0."""
        if item is None or not item.text().strip():
            return 0
        try:
            value = parse_mad(item.text())
        except DomainError:
            value = -1
        bad = value < 0
        self.invalid_cells += bad
        wanted = INVALID if bad else QBrush()
        if item.background() != wanted:
            self._loading, previous = True, self._loading
            item.setBackground(wanted)
            self._loading = previous
        return max(value, 0)

    @staticmethod
    def _text(item: QTableWidgetItem | None) -> str:
        return item.text() if item is not None else ""

    def _add_cost_row(self, line: Line | None = None) -> None:
        row = self.startup.rowCount()
        self.startup.insertRow(row)
        self.startup.setItem(row, 0, QTableWidgetItem(line.label if line else ""))
        self.startup.setItem(row, 1, self._amount_item(line.centimes if line else 0))

    def _add_funding_row(self, source: Funding | None = None) -> None:
        row = self.funding.rowCount()
        self.funding.insertRow(row)
        kind = QComboBox(self.funding)
        fill_combo(kind, [(k.value, labels.label(FUNDING, k.value)) for k in FundingKind])
        set_combo_value(kind, source.kind.value if source else FundingKind.OWN_CONTRIBUTION.value)
        kind.currentIndexChanged.connect(lambda _i: self.recompute())
        self.funding.setCellWidget(row, 0, kind)
        self.funding.setItem(row, 1, self._amount_item(source.centimes if source else 0))

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            self.recompute()

    # -- whole plan ------------------------------------------------------------------------
    def load(self) -> None:
        opened = self.plans.opened(self.person_id)
        data = opened.values
        self._loading = True
        try:
            self.activity.setText(data.activity)
            set_combo_value(self.category, data.category.value)
            for name, editor in self.section_edits.items():
                editor.setPlainText(data.sections.get(name, ""))
            self.startup.setRowCount(0)
            for line in data.startup_costs:
                self._add_cost_row(line)
            self.funding.setRowCount(0)
            for source in data.funding:
                self._add_funding_row(source)
            self.months.setValue(len(data.revenue))
            self._fill_projection(data.revenue, data.costs)
        finally:
            self._loading = False
        self.recompute()
        # The plan as the form shows it, with its version: a later save merges into a plan
        # changed elsewhere meanwhile instead of overwriting it.
        self._opened = Opened(opened.version, self.data())

    def _fill_projection(self, revenue: tuple[int, ...], costs: tuple[int, ...]) -> None:
        self.projection.setRowCount(len(revenue))
        self.projection.setVerticalHeaderLabels(
            [self.tr("Month %1").replace("%1", str(m + 1)) for m in range(len(revenue))]
        )
        for month, (income, spending) in enumerate(zip(revenue, costs, strict=True)):
            self.projection.setItem(month, 0, self._amount_item(income))
            self.projection.setItem(month, 1, self._amount_item(spending))
            self.projection.setItem(month, 2, self._amount_item(0, editable=False))
            self.projection.setItem(month, 3, self._amount_item(0, editable=False))

    def _months_changed(self, months: int) -> None:
        if self._loading:
            return
        data = self.data()
        self._loading = True
        self._fill_projection(resize(data.revenue, months), resize(data.costs, months))
        self._loading = False
        self.recompute()

    def data(self) -> PlanData:
        self.invalid_cells = 0
        costs = tuple(
            Line(self._text(self.startup.item(r, 0)), self._amount(self.startup.item(r, 1)))
            for r in range(self.startup.rowCount())
        )
        funding = []
        for r in range(self.funding.rowCount()):
            kind = self.funding.cellWidget(r, 0)
            assert isinstance(kind, QComboBox)
            funding.append(
                Funding(FundingKind(combo_value(kind)), self._amount(self.funding.item(r, 1)))
            )
        revenue = tuple(
            self._amount(self.projection.item(m, 0)) for m in range(self.projection.rowCount())
        )
        spending = tuple(
            self._amount(self.projection.item(m, 1)) for m in range(self.projection.rowCount())
        )
        return PlanData(
            self.activity.text(),
            ActivityCategory(combo_value(self.category)),
            {name: editor.toPlainText() for name, editor in self.section_edits.items()},
            costs,
            tuple(funding),
            revenue,
            spending,
        )

    def recompute(self) -> None:
        if self._loading:
            return
        data = self.data()
        review = self.plans.review(data)
        self._loading = True
        for figures in review.projection.months:
            for column, value in ((2, figures.margin), (3, figures.cumulative_cash)):
                item = self.projection.item(figures.month - 1, column)
                if item is not None:
                    item.setText(format_mad(value, self.language).split("\u00a0")[0])
                    item.setForeground(QBrush(QColor("#b3261e")) if value < 0 else QBrush())
        self._loading = False
        projection = review.projection
        parts = [
            self.tr("Start-up costs: %1").replace(
                "%1", format_mad(projection.startup_costs, self.language)
            ),
            self.tr("Funding: %1").replace("%1", format_mad(projection.funding, self.language)),
        ]
        if projection.funding_gap:
            parts.append(
                self.tr("Gap: %1").replace("%1", format_mad(projection.funding_gap, self.language))
            )
        parts.append(
            self.tr("Break-even in month %1").replace("%1", str(projection.break_even_month))
            if projection.break_even_month
            else self.tr("No break-even yet")
        )
        self.summary.setText(" · ".join(parts))
        lines = [labels.message(PLAN_WARNINGS, w.code, w.params) for w in review.warnings]
        if self.invalid_cells:
            lines.insert(0, labels.problem_text(DomainError.single("amount_invalid").problems[0]))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        blocking = [labels.problem_text(p) for p in review.blocking]
        self.blocking.setText(
            "\n".join(
                [self.tr("Before the business plan stage can be completed:")]
                + [f"• {text}" for text in blocking]
            )
        )
        self.blocking.setVisible(bool(blocking))

    def save(self, chosen: Mapping[str, Any] | None = None) -> bool:
        self.message.hide()
        data = self.data()
        if self.invalid_cells:
            self.recompute()
            return False
        picked = dict(chosen or {})
        try:
            self.plans.save(self.person_id, data, self._opened, picked)
        except EditConflict as conflict:
            ask_to_choose(self, conflict, lambda more: self.save({**picked, **more}))
            return False
        except DomainError as error:
            self.message.setText("\n".join(labels.problem_text(p) for p in error.problems))
            self.message.show()
            return False
        self.load()  # what was saved, merged with any change made elsewhere
        self.saved.emit()
        return True
