"""The programme dashboard: every indicator over a period, one disaggregation at a time with
its chart, and the people behind a number. Counted on the worker (core.indicators'
definitions, in SQL); exports write the same counts, small ones suppressed for donors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.indicator_export import (
    population_text,
    to_csv,
    to_json,
    to_xlsx,
)
from counsellor_app.core.indicators import (
    DEFAULT_SUPPRESSION,
    EVERYONE,
    Dimension,
    Milestone,
    Period,
    Report,
)
from counsellor_app.core.problems import DomainError
from counsellor_app.documents.indicator_report import render_indicator_report
from counsellor_app.services.indicator_targets import Programme, TargetService
from counsellor_app.services.indicators import IndicatorService, people_csv
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.ui import labels, report_words
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.targets_dialog import TargetsDialog
from counsellor_app.ui.widgets import DateField, error_banner, readonly_cell, show_banner

DIMENSIONS: dict[str, object] = {
    Dimension.SEX: QT_TRANSLATE_NOOP("Vocabulary", "Sex"),
    Dimension.AGE_BAND: QT_TRANSLATE_NOOP("Vocabulary", "Age"),
    Dimension.NATIONALITY: QT_TRANSLATE_NOOP("Vocabulary", "Nationality"),
    Dimension.LEGAL_STATUS: QT_TRANSLATE_NOOP("Vocabulary", "Legal status"),
    Dimension.AGENCY: QT_TRANSLATE_NOOP("Vocabulary", "Agency"),
    Dimension.CITY: QT_TRANSLATE_NOOP("Vocabulary", "City"),
    Dimension.TRACK: QT_TRANSLATE_NOOP("Vocabulary", "Track"),
}
DEFINITION_TEXTS: dict[str, object] = {  # core.indicators.DEFINITIONS, for translation
    Milestone.REGISTERED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose intake was recorded in the period (accompanied).",
    ),
    Milestone.ORIENTED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose orientation stage was completed in the period.",
    ),
    Milestone.TRAINED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People who completed the soft-skills training in the period.",
    ),
    Milestone.INTERNSHIP_STARTED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose internship started in the period.",
    ),
    Milestone.INTERNSHIP_COMPLETED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose internship stage was completed in the period.",
    ),
    Milestone.HIRED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People hired in the period (salaried job recorded, or hired at the end of their internship).",
    ),
    Milestone.AE_REGISTERED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People registered as auto-entrepreneurs in the period (date on the registration).",
    ),
    Milestone.BUSINESS_PLAN_COMPLETED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose business plan stage was completed in the period.",
    ),
    Milestone.GRANT_AWARDED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose microgrant was approved by the committee in the period.",
    ),
    Milestone.GRANT_DISBURSED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People who received a confirmed microgrant payment in the period.",
    ),
    Milestone.BUSINESS_CREATED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People who created a business in the period.",
    ),
    Milestone.ACTIVE_6_MONTHS: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose business was found active at a follow-up visit in the period, six months or more after it was created.",
    ),
    Milestone.ACTIVE_12_MONTHS: QT_TRANSLATE_NOOP(
        "Indicators",
        "People whose business was found active at a follow-up visit in the period, twelve months or more after it was created.",
    ),
    Milestone.REFERRED: QT_TRANSLATE_NOOP(
        "Indicators",
        "People referred to a partner in the period.",
    ),
    Milestone.DROPPED_OUT: QT_TRANSLATE_NOOP(
        "Indicators",
        "People recorded as having dropped out in the period.",
    ),
}
PERIODS = ("this_year", "last_year", "this_month", "custom")


def milestone_label(milestone: Milestone) -> str:
    return labels.label(labels.INDICATORS, milestone.value)


def definitions() -> dict[str, str]:
    """Each indicator's definition in the user's language, keyed as the exports expect."""
    return {
        f"definition:{m.value}": QCoreApplication.translate("Indicators", str(DEFINITION_TEXTS[m]))
        for m in Milestone
    }


def amount_text(centimes: int) -> str:
    return count_text(centimes // 100) + " MAD"


def count_text(number: int) -> str:
    """2 200: thousands apart by a narrow space, in every language of the app."""
    return f"{number:,}".replace(",", "\u202f")


class IndicatorsView(QWidget):
    """For supervisors and administrators (the tab is not there for counsellors)."""

    open_person = Signal(str)
    exported = Signal(object)  # the Path written

    def __init__(
        self,
        service: IndicatorService,
        targets: TargetService,
        operations: Operations,
        language: str,
        city_names: dict[str, str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        publisher: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorsView")
        self.service, self.operations, self.language = service, operations, language
        self.targets = targets
        self.city_names, self.today, self.publisher = city_names, today, publisher
        self.report: Report | None = None
        self.loading = False
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)

        bar = QHBoxLayout()
        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("periodKind")
        for key, text in zip(
            PERIODS,
            (
                self.tr("This year"),
                self.tr("Last year"),
                self.tr("This month"),
                self.tr("From… to…"),
            ),
            strict=True,
        ):
            self.period_kind.addItem(text, key)
        self.period_kind.setAccessibleName(self.tr("Period"))
        period_label = QLabel(self.tr("&Period"), self)
        period_label.setBuddy(self.period_kind)
        self.start = DateField(self)  # reads 22/11/2026 in Arabic too
        self.start.setObjectName("periodStart")
        self.end = DateField(self)
        self.end.setObjectName("periodEnd")
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)
        self.programme_box = QComboBox(self)
        self.programme_box.setObjectName("programme")
        self.programme_box.setAccessibleName(self.tr("Programme"))
        programme_label = QLabel(self.tr("Pro&gramme"), self)
        programme_label.setBuddy(self.programme_box)
        self.targets_button = QPushButton(self.tr("&Targets…"), self)
        self.targets_button.setObjectName("editTargets")
        self.targets_button.setToolTip(
            self.tr("The programme's period and targets, e.g. at least 200 people accompanied")
        )
        self.targets_button.clicked.connect(lambda: self.edit_targets())
        if not targets.editable():  # a PC that syncs: programmes are the server's
            self.targets_button.setEnabled(False)
            self.targets_button.setToolTip(
                self.tr("Programmes are defined nationally and reach this computer by sync.")
            )
        self.refresh_button = QPushButton(self.tr("&Count"), self)
        self.refresh_button.setObjectName("countButton")
        self.refresh_button.clicked.connect(self.reload)
        # One button, a menu of formats: the bar fits a 1366-pixel screen in French and Arabic.
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportButton")
        exports = QMenu(self.export_button)
        for kind, text in (
            ("pdf", self.tr("Donor &report (PDF)…")),
            ("xlsx", self.tr("Export for &donors (Excel)…")),
            ("csv", self.tr("Export &CSV…")),
            ("json", self.tr("Export &JSON…")),
        ):
            action = exports.addAction(text)
            action.setObjectName(f"export_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
        self.export_button.setMenu(exports)
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("suppressionThreshold")
        self.threshold.setRange(1, 50)
        self.threshold.setValue(DEFAULT_SUPPRESSION)
        self.threshold.setPrefix(self.tr("hide under "))
        self.threshold.setAccessibleName(self.tr("Exports hide counts under"))
        self.threshold.setToolTip(
            self.tr("In exports, counts from 1 up to this number minus one are hidden.")
        )
        for widget in (programme_label, self.programme_box, self.targets_button, period_label,
                       self.period_kind, self.start, self.end, self.refresh_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.threshold)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.status = QLabel(self)
        self.status.setObjectName("indicatorsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = QTableWidget(0, 4, split)
        self.table.setObjectName("indicatorTable")
        self.table.setAccessibleName(self.tr("Indicators"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("People"), self.tr("Target"), self.tr("Progress")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.show_breakdown)
        self.table.itemDoubleClicked.connect(lambda _item: self.show_people())

        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        by_row = QHBoxLayout()
        self.dimension = QComboBox(right)
        self.dimension.setObjectName("dimension")
        for dimension in Dimension:
            self.dimension.addItem(labels.label(DIMENSIONS, dimension), dimension.value)
        by_label = QLabel(self.tr("&By"), right)
        by_label.setBuddy(self.dimension)
        self.dimension.setAccessibleName(self.tr("Disaggregation"))
        self.dimension.currentIndexChanged.connect(self.show_breakdown)
        self.people_button = QPushButton(self.tr("&Who are they?"), right)
        self.people_button.setObjectName("peopleBehind")
        self.people_button.clicked.connect(self.show_people)
        by_row.addWidget(by_label)
        by_row.addWidget(self.dimension, 1)
        by_row.addWidget(self.people_button)
        right_layout.addLayout(by_row)
        self.definition = QLabel(right)
        self.definition.setObjectName("hint")
        self.definition.setWordWrap(True)
        right_layout.addWidget(self.definition)
        self.breakdown = QTableWidget(0, 3, right)
        self.breakdown.setObjectName("breakdownTable")
        self.breakdown.setAccessibleName(self.tr("Disaggregation"))
        self.breakdown.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("People"), self.tr("Share")]
        )
        self.breakdown.verticalHeader().hide()
        self.breakdown.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.breakdown, 1)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, right)
        self.chart_view.setObjectName("indicatorChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        right_layout.addWidget(self.chart_view, 1)
        self.people_list = QTableWidget(0, 1, right)
        self.people_list.setObjectName("peopleBehindTable")
        self.people_list.setHorizontalHeaderLabels([self.tr("Person")])
        self.people_list.horizontalHeader().setStretchLastSection(True)
        self.people_list.verticalHeader().hide()
        self.people_list.itemDoubleClicked.connect(
            lambda item: self.open_person.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.people_list.hide()
        right_layout.addWidget(self.people_list, 1)
        self.list_buttons = QWidget(right)
        list_row = QHBoxLayout(self.list_buttons)
        list_row.setContentsMargins(0, 0, 0, 0)
        self.save_list_button = QPushButton(self.tr("Save the &list…"), self.list_buttons)
        self.save_list_button.setObjectName("savePeopleList")
        self.save_list_button.clicked.connect(lambda: self.save_people(deidentified=False))
        self.save_anonymous_button = QPushButton(
            self.tr("Save it &without names…"), self.list_buttons
        )
        self.save_anonymous_button.setObjectName("savePeopleDeidentified")
        self.save_anonymous_button.setToolTip(
            self.tr(
                "No name, file number or birth date: a code that means nothing outside this "
                "list, with sex, age band, nationality, status, agency, city and track."
            )
        )
        self.save_anonymous_button.clicked.connect(lambda: self.save_people(deidentified=True))
        list_row.addWidget(self.save_list_button)
        list_row.addWidget(self.save_anonymous_button)
        list_row.addStretch(1)
        self.list_buttons.hide()
        right_layout.addWidget(self.list_buttons)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self._period_kind_changed()
        self.programmes: list[Programme] = []
        self.reload_programmes()
        self.programme_box.currentIndexChanged.connect(self._programme_chosen)

    # -- period ----------------------------------------------------------------------------
    def period(self) -> Period:
        today = self.today()
        kind = self.period_kind.currentData()
        if kind == "this_year":
            return Period(date(today.year, 1, 1), date(today.year, 12, 31))
        if kind == "last_year":
            return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        if kind == "this_month":
            return Period.parse(f"{today.year}-{today.month:02d}")
        start, end = self.start.value(), self.end.value()
        if start is None or end is None:
            raise ValueError("period not given")
        return Period(start, end)

    def _period_kind_changed(self) -> None:
        custom = self.period_kind.currentData() == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            shown = self.period()
            self.start.set_value(shown.start)
            self.end.set_value(shown.end)

    # -- counting --------------------------------------------------------------------------
    def reload(self) -> None:
        show_banner(self.message, [])
        try:
            period = self.period()
        except ValueError:
            show_banner(self.message, [self.tr("The period ends before it starts.")])
            return
        if self.loading:
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Counting…"))
        service, programme = self.service, self.programme()
        population = programme.counted() if programme else EVERYONE  # its enrolled people
        self.operations.run(
            lambda: service.report(period, population), self.show_report, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.status.clear()
        if not isinstance(error, DomainError | OSError):  # a bug: the one presenter
            present_error(self, error)
            return
        show_banner(
            self.message,
            [self.tr("The indicators could not be counted: %1").replace("%1", str(error))],
        )

    def show_report(self, report: Report) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.report = report
        money = report.money
        self.status.setText(
            self.tr("From %1 to %2 · microgrants approved %3, paid %4, budget %5")
            .replace("%1", labels.format_date(report.period.start))
            .replace("%2", labels.format_date(report.period.end))
            .replace("%3", amount_text(money.committed))
            .replace("%4", amount_text(money.disbursed))
            .replace("%5", amount_text(money.budget))
        )
        if counted := population_text(report.population, self._export_names(), self._pair()):
            self.status.setText(
                self.status.text() + " · " + self.tr("People counted: %1").replace("%1", counted)
            )
        row_before = max(self.table.currentRow(), 0)
        self.table.setRowCount(len(report.results))
        for row, (milestone, result) in enumerate(report.results.items()):
            name = readonly_cell(milestone_label(milestone), milestone.value)
            name.setToolTip(
                QCoreApplication.translate("Indicators", str(DEFINITION_TEXTS[milestone]))
            )
            count = readonly_cell(count_text(result.total), milestone.value)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, count)
            self._show_target(row, milestone, result.total)
        self.table.setCurrentCell(min(row_before, len(report.results) - 1), 0)
        self.show_breakdown()

    # -- programmes and their targets ------------------------------------------------------
    def programme(self) -> Programme | None:
        chosen = self.programme_box.currentData()
        return next((p for p in self.programmes if p.id == chosen), None)

    def reload_programmes(self, select: str | None = None) -> None:
        self.programmes = self.targets.programmes()
        wanted = select if select is not None else self.programme_box.currentData()
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        self.programme_box.addItem(self.tr("— no programme"), None)
        for programme in self.programmes:
            self.programme_box.addItem(programme.name, programme.id)
        self.programme_box.setCurrentIndex(max(self.programme_box.findData(wanted), 0))
        self.programme_box.blockSignals(False)

    def _programme_chosen(self) -> None:
        programme = self.programme()
        if programme is not None:  # its period, and its targets beside the counts
            self.period_kind.setCurrentIndex(self.period_kind.findData("custom"))
            self.start.set_value(programme.period.start)
            self.end.set_value(programme.period.end)
        self.reload()

    def _show_target(self, row: int, milestone: Milestone, reached: int) -> None:
        programme = self.programme()
        target = programme.targets.get(milestone) if programme else None
        self.table.setItem(row, 2, readonly_cell(str(target) if target else ""))
        if not target or programme is None:
            self.table.removeCellWidget(row, 3)
            self.table.setItem(row, 3, readonly_cell(""))
            return
        percent = programme.progress(milestone, reached) or 0
        bar = QProgressBar(self.table)
        bar.setRange(0, 100)
        bar.setValue(min(percent, 100))
        bar.setFormat(f"{percent} %")
        bar.setAccessibleName(
            self.tr("%1: %2 of %3").replace("%1", milestone_label(milestone))
            .replace("%2", ltr(str(reached))).replace("%3", ltr(str(target)))
        )  # fmt: skip
        self.table.setCellWidget(row, 3, bar)

    def edit_targets(self, new: bool = False) -> None:
        current = None if new else self.programme()
        dialog = TargetsDialog(self.targets, current, self.period(), self)
        if dialog.exec() and dialog.saved is not None:
            self.reload_programmes(dialog.saved.id)
            self._programme_chosen()
        elif dialog.removed:
            self.reload_programmes("")
            self.reload()
        dialog.deleteLater()

    def selected(self) -> Milestone | None:
        row = self.table.currentRow()
        if self.report is None or row < 0:
            return None
        return list(self.report.results)[row]

    def _value_label(self, dimension: Dimension, value: str) -> str:
        return report_words.value_label(dimension, value, self.language, self.city_names)

    def show_breakdown(self) -> None:
        milestone = self.selected()
        self.people_list.hide()
        self.list_buttons.hide()
        self.chart_view.show()
        if milestone is None or self.report is None:
            return
        result = self.report.results[milestone]
        self.definition.setText(
            QCoreApplication.translate("Indicators", str(DEFINITION_TEXTS[milestone]))
        )
        dimension = Dimension(self.dimension.currentData())
        counts = sorted(result.by.get(dimension, {}).items(), key=lambda item: (-item[1], item[0]))
        self.breakdown.setRowCount(len(counts))
        for row, (value, count) in enumerate(counts):
            share = f"{round(100 * count / result.total)} %" if result.total else ""
            cells = [readonly_cell(self._value_label(dimension, value)), readonly_cell(count_text(count)),
                     readonly_cell(share)]  # fmt: skip
            for column, cell in enumerate(cells):
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.breakdown.setItem(row, column, cell)
        self.people_button.setEnabled(result.total > 0)
        self._chart(milestone, dimension, counts[:12])

    def _chart(
        self, milestone: Milestone, dimension: Dimension, counts: list[tuple[str, int]]
    ) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(f"{milestone_label(milestone)} — {labels.label(DIMENSIONS, dimension)}")
        if not counts:
            return
        bars = QBarSet(milestone_label(milestone))
        for _value, count in counts:
            bars.append(count)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._value_label(dimension, value)[:18] for value, _count in counts])
        values = QValueAxis()
        values.setRange(0, max(count for _value, count in counts))
        values.applyNiceNumbers()  # whole steps: people are not counted in fractions
        values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    # -- the people behind a number --------------------------------------------------------
    def show_people(self) -> None:
        milestone = self.selected()
        if milestone is None or self.report is None:
            return
        period, population, service = self.report.period, self.report.population, self.service
        self.operations.run(
            lambda: service.people_behind_named(period, milestone, population),
            self._show_people,
            self._failed,
        )

    def _show_people(self, people: list[tuple[str, str]]) -> None:
        self.chart_view.hide()
        self.people_list.show()
        self.list_buttons.show()
        self.people_list.setRowCount(len(people))
        for row, (person_id, name) in enumerate(people):
            item = readonly_cell(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.people_list.setItem(row, 0, item)

    def save_people(self, deidentified: bool, target: Path | None = None) -> None:
        """The people behind the selected number, as a CSV file (with or without names)."""
        milestone = self.selected()
        if milestone is None or self.report is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the list"),
                f"{milestone.value}-{self.report.period.start}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        listed = self.service.people_list(
            self.report.period, milestone, deidentified, self.report.population
        )
        if not self._write(target, people_csv(listed.rows).encode("utf-8-sig")):
            return
        text = self.tr("%n person(s) written to %1.", "", len(listed.rows)).replace(
            "%1", isolate(str(target))
        )
        if listed.without_consent:
            text += " " + self.tr(
                "%n person(s) left out: no consent to be named to donors.",
                "",
                listed.without_consent,
            )
        self.status.setText(text)

    def _write(self, target: Path, content: bytes) -> bool:
        """Write a file whole; False, with the reason shown, when it cannot be."""
        try:
            write_atomically(target, content)
        except OSError as error:
            reason = error.strerror or str(error)
            show_banner(
                self.message, [self.tr("The file could not be written: %1").replace("%1", reason)]
            )
            return False
        return True

    # -- exports ---------------------------------------------------------------------------
    def _export_names(self) -> dict[str, str]:
        """Indicators, dimensions and groups as the reader of the workbook names them."""
        return report_words.export_names(self.report, self.language, self.city_names)

    def _report_words(self) -> dict[str, str]:
        return report_words.report_words(self.report)

    def _pair(self) -> str:
        return report_words.pair()

    def _headings(self) -> dict[str, str]:
        return report_words.headings()

    def export(self, kind: str, target: Path | None = None) -> None:
        if self.report is None:
            return
        if target is None:
            period = self.report.period
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the indicators"),
                f"indicateurs-{period.start}-{period.end}.{kind}",
                {
                    "csv": self.tr("CSV files (*.csv)"),
                    "json": self.tr("JSON files (*.json)"),
                    "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                    "pdf": self.tr("PDF documents (*.pdf)"),
                }[kind],
            )
            if not chosen:
                return
            target = Path(chosen)
        threshold = self.threshold.value()
        report = self.report
        if (programme := self.programme()) is not None:  # its name and targets go with it
            report = replace(report, programme=programme.name, targets=dict(programme.targets))
        # Everything worded here, on the GUI thread; the rendering runs on a worker, so the
        # window keeps painting while a workbook or a PDF is made.
        names = self._export_names()
        render: Callable[[], bytes]
        if kind == "xlsx":
            headings = self._headings()

            def render() -> bytes:
                return to_xlsx(report, threshold, names=names, headings=headings)

        elif kind == "pdf":
            words, rtl = self._report_words(), self.language == "ar"
            publisher, day = self.publisher, labels.format_date(self.today())

            def render() -> bytes:
                return render_indicator_report(
                    report, publisher, threshold, names=names, words=words, rtl=rtl, day=day
                )

        else:
            to_text = to_csv if kind == "csv" else to_json

            def render() -> bytes:
                return to_text(report, threshold).encode("utf-8")

        self.status.setText(self.tr("Preparing the export…"))
        self.operations.run(
            render, lambda content: self._exported(kind, target, threshold, report, content)
        )  # a failure: the one error presenter

    def _exported(
        self, kind: str, target: Path, threshold: int, report: Report, content: bytes
    ) -> None:
        if not self._write(target, content):
            self.status.clear()
            return
        self.service.note_export(report.period, kind, threshold)
        self.status.setText(
            self.tr("Written to %1 (counts under %2 hidden, so nobody can be recognised).")
            .replace("%1", isolate(str(target)))
            .replace("%2", str(threshold))
        )
        self.exported.emit(target)
