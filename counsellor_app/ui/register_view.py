"""The people register: search-as-you-type, filters, sortable columns, and the way to intake."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core import vocab
from counsellor_app.services.people import FIRST_PAGE, RECENT, PeopleQuery
from counsellor_app.ui import labels
from counsellor_app.ui.change_hub import ChangeBatch, connect
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.people_model import COLUMNS, PeopleTableModel
from counsellor_app.ui.widgets import combo_value, fill_combo

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 120
COUNT_DELAY_MS = 300


# What the register's rows show: people, their documents and consent, counsellors' names.
REGISTER_KINDS = frozenset({"person", "identity_document", "consent", "user_account"})


class RegisterView(QWidget):
    open_person = Signal(str)
    new_intake = Signal()
    results_shown = Signal(int)
    count_shown = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.context = context
        self._generation = 0
        self._sort, self._descending = RECENT, True
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name (Latin or Arabic), phone, document or file number…")
        )
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setMaxLength(100)
        self.new_button = QPushButton(self.tr("&New intake"), self)
        self.new_button.setObjectName("newIntakeButton")
        self.new_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        language = context.language
        self.status_filter = self._filter(
            "statusFilter",
            self.tr("All statuses"),
            [(c, labels.label(labels.LEGAL_STATUS, c)) for c in vocab.LEGAL_STATUSES],
        )
        self.nationality_filter = self._filter(
            "nationalityFilter", self.tr("All nationalities"), labels.countries(language)
        )
        self.sex_filter = self._filter(
            "sexFilter",
            self.tr("Both sexes"),
            [(c, labels.label(labels.SEX, c)) for c in vocab.SEXES],
        )
        self.counsellor_filter = self._filter(
            "counsellorFilter", self.tr("All counsellors"), context.people.counsellors()
        )
        for combo, name in (
            (self.status_filter, self.tr("Filter by legal status")),
            (self.nationality_filter, self.tr("Filter by nationality")),
            (self.sex_filter, self.tr("Filter by sex")),
            (self.counsellor_filter, self.tr("Filter by counsellor")),
        ):
            combo.setAccessibleName(name)
            filters.addWidget(combo)
        filters.addStretch()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.model = PeopleTableModel(context.people.rows, language, self)
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAccessibleName(self.tr("People registered"))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 140, 120, 150, 70, 95, 120, 200, 120, 130, 80)):
            self.table.setColumnWidth(column, width)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._count_query: PeopleQuery | None = None
        connect(context.hub, self._changes_committed)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_in_background)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_single_result)
        self.new_button.clicked.connect(self.new_intake)

    def _filter(self, name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        fill_combo(combo, items, blank=everything)
        combo.setMaximumWidth(260)
        combo.currentIndexChanged.connect(lambda _i: self.run_search())
        return combo

    def query(self) -> PeopleQuery:
        return PeopleQuery(
            text=self.search.text(),
            legal_status=combo_value(self.status_filter) or None,
            nationality=combo_value(self.nationality_filter) or None,
            sex=combo_value(self.sex_filter) or None,
            counsellor_id=combo_value(self.counsellor_filter) or None,
            sort=self._sort,
            descending=self._descending,
        )

    def run_search(self) -> None:
        """Query in the background; only the answer to the latest query is shown."""
        self._timer.stop()
        self._generation += 1
        generation, query = self._generation, self.query()
        self.context.operations.run(
            lambda: self.context.people.search_page(query, 0, FIRST_PAGE),
            lambda keys: self._show(generation, query, keys),
        )  # a failure: the one error presenter

    def _changes_committed(self, batch: ChangeBatch) -> None:
        """A committed change of what the register lists (a save, a pull, an import) runs
        the current search again, in the background."""
        if batch.concerns(REGISTER_KINDS):
            self.run_search()

    def run_search_now(self) -> None:
        """Synchronous search (start-up, after a save): the table never shows stale rows."""
        self._timer.stop()
        self._generation += 1
        query = self.query()
        self._show(self._generation, query, self.context.people.search_page(query, 0, FIRST_PAGE))

    def _show(self, generation: int, query: PeopleQuery, keys: list[int]) -> None:
        if generation != self._generation:
            return
        complete = len(keys) < FIRST_PAGE  # the next pages are fetched as the table scrolls
        self.model.set_keys(
            keys,
            None if complete else lambda offset: self.context.people.search_page(query, offset),
        )
        if complete:
            self._show_count(generation, len(keys))
        else:  # the exact total is counted in the background once typing pauses
            self.count_label.setText(self.tr("%n person(s) or more", "", len(keys)))
            self._count_query = query
            self._count_timer.start()
        count = len(keys)
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            filtered = bool(
                query.text.strip()
                or query.legal_status
                or query.nationality
                or query.sex
                or query.counsellor_id
            )
            self.empty.setText(
                self.tr(
                    "No one matches this search. Check the spelling, try part of the name "
                    "or the phone number, or register a new person (Ctrl+N)."
                )
                if filtered
                else self.tr(
                    "No one is registered yet.\nPress “New intake” (Ctrl+N) to register "
                    "the first person you receive."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self.results_shown.emit(count)

    def _count_in_background(self) -> None:
        generation, query = self._generation, self._count_query
        if query is None:
            return
        self.context.operations.run(
            lambda: self.context.people.count(query),
            lambda total: self._show_count(generation, total),
        )

    def _show_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.count_label.setText(self.tr("%n person(s)", "", total))
            self.count_shown.emit(total)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = self.model.sort_key(column)
            self._descending = order == Qt.SortOrder.DescendingOrder
            self.run_search()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person.emit(self.model.person_id(index.row()))

    def _open_single_result(self) -> None:
        self.run_search_now()
        if self.model.rowCount() == 1:
            self.open_person.emit(self.model.person_id(0))
        elif self.model.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def reload_counsellors(self) -> None:
        current = combo_value(self.counsellor_filter)
        self.counsellor_filter.blockSignals(True)
        fill_combo(
            self.counsellor_filter,
            self.context.people.counsellors(),
            blank=self.tr("All counsellors"),
        )
        index = self.counsellor_filter.findData(current)
        self.counsellor_filter.setCurrentIndex(max(index, 0))
        self.counsellor_filter.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
