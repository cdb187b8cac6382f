"""A person's file and other agencies, from the file's Referrals tab: who else it is shared
with, referring or handing it over to another agency, and asking for its erasure everywhere.
Every exchange goes through the synchronisation controller (one at a time, on the worker)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.sharing import Sharing, SharingService
from counsellor_app.sync.client import SyncReport
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.sync_panel import SyncController, failure_text
from counsellor_app.ui.widgets import error_banner, readonly_cell, show_banner


class AgencySharingDialog(Dialog):
    help_section = guide_sections.REFERRALS

    def __init__(
        self,
        controller: SyncController,
        user: CurrentUser,
        person_id: str,
        person_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agencySharingDialog")
        self.setWindowTitle(self.tr("Other agencies — %1").replace("%1", isolate(person_label)))
        self.resize(640, 560)
        self.controller, self.person_id = controller, person_id
        self.service = SharingService(controller.service.db, user)
        self.sharing: list[Sharing] = []
        self._outcome = ""
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)

        current = QGroupBox(self.tr("Shared with"), self)
        current_layout = QVBoxLayout(current)
        self.table = QTableWidget(0, 3, current)
        self.table.setObjectName("sharingTable")
        self.table.setAccessibleName(self.tr("Agencies the file is shared with"))
        self.table.setHorizontalHeaderLabels([self.tr("Agency"), self.tr("How"), self.tr("Since")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        current_layout.addWidget(self.table)
        self.not_shared = QLabel(self.tr("The file is not shared with another agency."), current)
        self.not_shared.setObjectName("emptyState")
        current_layout.addWidget(self.not_shared)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), current)
        self.withdraw_button.setObjectName("withdrawSharing")
        self.withdraw_button.setToolTip(
            self.tr("The other agency's PCs remove the file at their next synchronisation.")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        current_layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(current, 1)

        share = QGroupBox(self.tr("Share the file"), self)
        form = QFormLayout(share)
        self.agency_code = QLineEdit(share)
        self.agency_code.setObjectName("agencyCode")
        self.agency_code.setPlaceholderText("CASAM")
        self.agency_code.setMaxLength(12)
        self.agency_code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        code_label = QLabel(self.tr("&Agency code"), share)
        code_label.setBuddy(self.agency_code)
        self.agency_code.setAccessibleName(self.tr("Agency code"))
        form.addRow(code_label, self.agency_code)
        self.refer = QRadioButton(self.tr("&Refer: both agencies follow the person"), share)
        self.refer.setObjectName("kindReferral")
        self.refer.setChecked(True)
        self.transfer = QRadioButton(
            self.tr("&Transfer: the file becomes theirs once they accept"), share
        )
        self.transfer.setObjectName("kindTransfer")
        kinds = QButtonGroup(share)
        kinds.addButton(self.refer)
        kinds.addButton(self.transfer)
        form.addRow(self.refer)
        form.addRow(self.transfer)
        hint = QLabel(
            self.tr("Only with the person's consent to sharing, recorded in the profile."), share
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.share_button = QPushButton(self.tr("&Share"), share)
        self.share_button.setObjectName("shareButton")
        self.share_button.clicked.connect(self.share)
        form.addRow(self.share_button)
        layout.addWidget(share)

        erase = QGroupBox(self.tr("Erasure (right to be forgotten)"), self)
        erase_form = QFormLayout(erase)
        warning = QLabel(
            self.tr(
                "Removes the person from the server, from every PC and from their history, "
                "once a supervisor approves. It cannot be undone."
            ),
            erase,
        )
        warning.setWordWrap(True)
        erase_form.addRow(warning)
        self.legal_basis = QLineEdit(erase)
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.setMaxLength(200)
        self.legal_basis.setPlaceholderText(self.tr("e.g. the person's request of 20/11/2026"))
        basis_label = QLabel(self.tr("&Legal basis"), erase)
        basis_label.setBuddy(self.legal_basis)
        self.legal_basis.setAccessibleName(self.tr("Legal basis"))
        erase_form.addRow(basis_label, self.legal_basis)
        self.erase_button = QPushButton(self.tr("Request the &erasure…"), erase)
        self.erase_button.setObjectName("requestErasure")
        self.erase_button.clicked.connect(self.request_erasure)
        erase_form.addRow(self.erase_button)
        erase.setEnabled(user.can(Permission.REGISTER_PEOPLE))
        layout.addWidget(erase)

        bottom = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        bottom.addWidget(self.progress, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        self._busy(False)
        self.load()

    # -- what is shared --------------------------------------------------------------------
    def load(self) -> None:
        self.controller.operations.run(
            lambda: self.service.sharing_of(self.person_id), self.show_sharing, self._load_failed
        )

    def show_sharing(self, sharing: list[Sharing]) -> None:
        self.sharing = sharing
        self.table.setRowCount(len(sharing))
        for row, item in enumerate(sharing):
            how = (
                self.tr("Referred (both follow the person)")
                if item.kind == "referral"
                else self.tr("Transfer offered, waiting for their answer")
            )
            cells = (item.agency, how, labels.format_date(item.since.astimezone().date()))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, readonly_cell(text, item.grant_id))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(sharing))
        self.not_shared.setVisible(not sharing)
        if sharing:
            self.table.setCurrentCell(0, 0)
        self.withdraw_button.setEnabled(bool(sharing) and self.controller.running is None)

    def _load_failed(self, error: BaseException) -> None:
        self.table.hide()
        self.not_shared.hide()
        self.withdraw_button.setEnabled(False)
        show_banner(self.message, [failure_text(error)])

    # -- actions ---------------------------------------------------------------------------
    def _start(self, outcome: str, work: object) -> None:
        show_banner(self.message, [])
        self.outcome.hide()
        self._outcome = outcome
        if self.controller.run(work):  # type: ignore[arg-type]
            self._busy(True)
        else:
            show_banner(
                self.message,
                [self.tr("A synchronisation is running; try again when it has finished.")],
            )

    def share(self) -> None:
        code, kind = self.agency_code.text(), "referral" if self.refer.isChecked() else "transfer"
        person_id, service = self.person_id, self.service
        outcome = (
            self.tr("The file is shared with %1: its PCs receive it at their next synchronisation.")
            if kind == "referral"
            else self.tr("The transfer is offered to %1: the file becomes theirs once they accept.")
        ).replace("%1", ltr(code.strip().upper()))
        self._start(outcome, lambda _progress: service.share(person_id, code, kind))

    def withdraw(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.sharing):
            return
        grant_id, service = self.sharing[row].grant_id, self.service
        self._start(
            self.tr("Withdrawn: the other agency no longer receives the file."),
            lambda _progress: service.withdraw(grant_id),
        )

    def request_erasure(self) -> None:
        basis, person_id, service = self.legal_basis.text(), self.person_id, self.service
        if not basis.strip():
            show_banner(self.message, [self.tr("Give the legal basis of the erasure.")])
            self.legal_basis.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Request the erasure"),
            self.tr(
                "Ask for this person to be erased everywhere? A supervisor must approve; then "
                "nothing of the file remains, on any PC."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start(
            self.tr("Erasure requested: a supervisor approves it from the synchronisation window."),
            lambda _progress: service.request_erasure(person_id, basis),
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.share_button, self.erase_button):
            button.setEnabled(not busy)
        self.withdraw_button.setEnabled(not busy and bool(self.sharing))

    def _finished(self, _report: SyncReport) -> None:
        if not self._outcome:
            return  # another exchange (the background sync) finished
        self._busy(False)
        self.outcome.setText(self._outcome)
        self.outcome.show()
        self._outcome = ""
        self.load()

    def _failed(self, message: str) -> None:
        if not self._outcome:
            return
        self._busy(False)
        self._outcome = ""
        show_banner(self.message, [message])
