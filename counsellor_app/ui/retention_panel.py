"""The files kept past their retention period (Law 09-08), in the synchronisation window next
to the erasures waiting for approval: a supervisor or administrator sees them and asks for
each one's erasure through the four-eyes flow. The rule lives in core.retention; this is its
view only (services.retention checks the role again)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.clock import local_today
from counsellor_app.core.retention import DueFile
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.retention import RetentionService
from counsellor_app.ui import labels
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.widgets import readonly_cell

if TYPE_CHECKING:
    from counsellor_app.ui.sync_panel import SyncController


class RetentionBox(QGroupBox):
    def __init__(
        self,
        controller: SyncController,
        user: CurrentUser,
        parent: QWidget | None = None,
        today: Callable[[], date] = local_today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionBox")
        self.setTitle(self.tr("Files past their retention period"))
        self.controller, self.user, self._today = controller, user, today
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Closed files kept longer than the retention period in force today (law "
                "09-08). Each one leaves only by an erasure that a second person approves."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Closed on"),
                self.tr("Period applied"),
                self.tr("Kept until"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Files past their retention period"))
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Request the &erasure of the file"), self)
        self.request_button.setObjectName("requestRetentionErasure")
        self.request_button.clicked.connect(self.request_erasure)
        row.addWidget(self.request_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("retentionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.items: list[DueFile] = []
        self._pending = False
        self.hide()
        controller.finished.connect(self._done)
        controller.failed.connect(self._failed)
        controller.started.connect(self._selected)

    def _service(self) -> RetentionService:
        return RetentionService(self.controller.service.db, self.user, self._today)

    def load(self) -> None:
        """Read on the worker: the rule walks every file of the agency."""
        self.controller.operations.run(self._service().due, self.show_due, lambda _e: self.hide())

    def show_due(self, items: list[DueFile]) -> None:
        self.items = items
        self.setVisible(bool(items))
        self.table.setRowCount(len(items))
        for index, item in enumerate(items):
            cells = (
                ltr(item.file_number),
                labels.format_date(item.closed_on),
                self.tr("%n year(s)", "", item.years),
                labels.format_date(item.kept_until),
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, readonly_cell(text))
        self.table.resizeColumnsToContents()
        if items:
            self.table.setCurrentCell(0, 0)
        self._selected()

    def _current(self) -> DueFile | None:
        index = self.table.currentRow()
        return self.items[index] if 0 <= index < len(self.items) else None

    def _selected(self) -> None:
        idle = self.controller.running is None
        self.request_button.setEnabled(idle and self._current() is not None)

    def request_erasure(self) -> None:
        item = self._current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Request the erasure"),
            self.tr(
                "Ask for file %1 to be erased everywhere, its retention period having ended? "
                "A second person must approve; then nothing of the file remains, on any PC."
            ).replace("%1", ltr(item.file_number)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        basis = (
            self.tr("Retention period ended (law 09-08): %1 after the file closed on %2")
            .replace("%1", self.tr("%n year(s)", "", item.years))
            .replace("%2", labels.format_date(item.closed_on))
        )
        service, person_id = self._service(), item.person_id
        self.outcome.setText(
            self.tr("Erasure requested: a second person approves it in this window.")
        )
        self.outcome.hide()
        self._pending = self.controller.run(
            lambda _progress: service.request_erasure(person_id, basis)
        )

    def _done(self, _report: object) -> None:
        if self._pending:  # this box's request, not another exchange
            self._pending = False
            self.outcome.show()
        self.load()

    def _failed(self, _text: str) -> None:
        self._pending = False  # the window's banner says why
