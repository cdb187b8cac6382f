"""Synchronisation in the app: a status in the status bar, automatic syncs in the background
while the server answers, and a window to sync now, enrol the PC and see what the server did
not take as sent. The sync itself runs on a worker: the counsellor keeps working meanwhile."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.bundle import BundleRefused
from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Permission
from counsellor_app.services.accounts import CurrentUser
from counsellor_app.services.sharing import ErasureRequest, IncomingTransfer, SharingService
from counsellor_app.services.sync_service import (
    ServerConflict,
    SyncError,
    SyncService,
    SyncStatus,
)
from counsellor_app.storage.atomic import write_atomically
from counsellor_app.storage.install_config import load_install_config
from counsellor_app.sync.bundles import export_bundle, import_response
from counsellor_app.sync.client import TRANSIENT, SyncReport
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.history_panel import field_label, field_value
from counsellor_app.ui.i18n import isolate, ltr
from counsellor_app.ui.operations import Operations, Progress
from counsellor_app.ui.retention_panel import RetentionBox
from counsellor_app.ui.update_offer import UpdateOffer
from counsellor_app.ui.widgets import error_banner, readonly_cell, show_banner

AUTO_SYNC_MS = 10 * 60 * 1000
log = logging.getLogger(__name__)


def failure_text(error: BaseException) -> str:
    if isinstance(error, SyncError):
        params = dict(error.details)
        if "skew_ms" in params:
            params["minutes"] = max(1, abs(int(params["skew_ms"])) // 60_000)
        if error.reason in labels.SYNC_FAILURES:
            return labels.message(labels.SYNC_FAILURES, error.reason, params)
        return QCoreApplication.translate(
            "SyncPanel",
            "The server answered with an error (%1). Your work is kept on this PC; try again "
            "later, and tell the administrator if it lasts.",
        ).replace("%1", error.reason)
    if isinstance(error, DomainError):
        return "\n".join(labels.problem_text(p) for p in error.problems)
    if isinstance(error, BundleRefused):
        return labels.message(labels.BUNDLE_REFUSALS, error.reason)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "SyncDialog", "The file could not be read or written: %1"
        ).replace("%1", error.strerror or str(error))
    return QCoreApplication.translate("SyncPanel", "The synchronisation failed: %1").replace(
        "%1", str(error)
    )


class SyncController(QObject):
    """One sync at a time, on the worker pool; the window and the status bar listen to it."""

    started = Signal()
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # the message to show
    status_changed = Signal(object)  # SyncStatus

    def __init__(self, service: SyncService, operations: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.service, self.operations = service, operations
        self.running: Progress | None = None
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_SYNC_MS)
        self._timer.timeout.connect(self.sync_in_background)
        self._timer.start()

    def stop(self) -> None:
        """No more background syncs (the window closes); one under way finishes."""
        self._timer.stop()

    def status(self) -> SyncStatus:
        status = self.service.status()
        self.status_changed.emit(status)
        return status

    def sync_in_background(self) -> None:
        """The timer's sync: only when enrolled, silently skipped while one runs."""
        if self.running is None and self.service.status().enrolled:
            self.sync_now()

    def sync_now(self) -> bool:
        service = self.service
        return self.run(lambda progress: service.sync(lambda _stage, done, _total: progress(done)))

    def run(self, work: Callable[[Progress], SyncReport]) -> bool:
        """Any exchange with the server (a sync, an enrolment, a resolution, an answer read
        from a USB key) runs here: one at a time, on the worker. False if one is running."""
        if self.running is not None:
            return False
        self.started.emit()
        self.running = self.operations.run_with_progress(
            work, lambda _done: None, self._done, self._failed
        )
        return True

    def cancel(self) -> None:
        if self.running is not None:
            self.running.cancel()

    def _done(self, report: SyncReport) -> None:
        self.running, self.last_error = None, ""
        self.finished.emit(report)
        self.status()

    def _failed(self, error: BaseException) -> None:
        self.running = None
        if not isinstance(error, SyncError | DomainError | BundleRefused | OSError):
            log.error("sync failed", exc_info=(type(error), error, error.__traceback__))
        self.last_error = failure_text(error)
        self.failed.emit(self.last_error)
        self.status()


class SyncStatusLabel(QLabel):
    """The status bar's line: last successful sync and what waits, or why the last one failed."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        controller.status_changed.connect(self.show_status)
        controller.started.connect(lambda: self.setText(self.tr("Synchronising…")))
        controller.status()

    def show_status(self, status: SyncStatus) -> None:
        self.setVisible(status.enrolled)
        if not status.enrolled:
            return
        when = (
            labels.format_date(status.last_success.astimezone().date())
            + " "
            + status.last_success.astimezone().strftime("%H:%M")
            if status.last_success
            else self.tr("never")
        )
        text = self.tr("Synchronised: %1 · %n change(s) waiting", "", status.pending).replace(
            "%1", when
        )
        if status.not_taken:
            text += " · " + self.tr("%n not taken as sent", "", len(status.not_taken))
        if status.set_aside:
            text += " · " + self.tr("%n received set aside", "", len(status.set_aside))
        self.setText(text)
        self.setToolTip(self.controller.last_error)


class SyncDialog(Dialog):
    help_section = guide_sections.SYNC

    forget_requested = Signal()  # checked: the main window closes the session and removes

    def __init__(
        self,
        controller: SyncController,
        user: CurrentUser,
        parent: QWidget | None = None,
        language: str = "fr",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.language = language
        self.setWindowTitle(self.tr("Synchronisation"))
        self.controller, self.user = controller, user
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        self.summary = QLabel(self)
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.update_note = QLabel(self)  # a newer version, as the central office announces it
        self.update_note.setObjectName("updateNote")
        self.update_note.setWordWrap(True)
        self.update_note.setTextFormat(Qt.TextFormat.RichText)
        self.update_note.setOpenExternalLinks(True)
        self.update_note.hide()
        layout.addWidget(self.update_note)
        self.update_offer = UpdateOffer(  # the administrator's way to install it
            controller.operations, controller.service.data_root, user, self
        )
        layout.addWidget(self.update_offer)
        self.set_aside_note = QLabel(self)
        self.set_aside_note.setObjectName("setAsideNote")
        self.set_aside_note.setWordWrap(True)
        self.set_aside_note.setTextFormat(Qt.TextFormat.PlainText)
        self.set_aside_note.hide()
        layout.addWidget(self.set_aside_note)

        self.enrolment = QGroupBox(self.tr("Enrol this PC"), self)
        form = QFormLayout(self.enrolment)
        self.server_url = QLineEdit(self.enrolment)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://sync.example.ma")
        self.server_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # The address IT gave the installer (/SERVER=), so the counsellor types only the code.
        self.server_url.setText(load_install_config().server)
        self.code = QLineEdit(self.enrolment)
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.enrol_button = QPushButton(self.tr("&Enrol and synchronise"), self.enrolment)
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.enrol)
        for text, widget in (
            (self.tr("&Server address"), self.server_url),
            (self.tr("One-time &code"), self.code),
        ):
            label = QLabel(text, self.enrolment)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        hint = QLabel(
            self.tr(
                "The code comes from the server's administrator; it works once and for one day."
            ),
            self.enrolment,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.enrol_button)
        layout.addWidget(self.enrolment)
        self.revoked_box = self._revoked_section()
        layout.addWidget(self.revoked_box)

        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("&Synchronise now"), self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self.tr("&Write a bundle for a USB key…"), self)
        self.export_button.setObjectName("exportBundle")
        self.export_button.setToolTip(
            self.tr(
                "Without a connection: the changes waiting here go into a file that a connected "
                "PC takes to the server (the file is encrypted; the courier cannot read it)."
            )
        )
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton(self.tr("Read the server's &answer…"), self)
        self.import_button.setObjectName("importBundle")
        self.import_button.clicked.connect(self.import_answer)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addWidget(self.sync_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Changes the server did not take as they were"), self))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("notTakenTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Changed on"), self.tr("Record"), self.tr("Fields"), self.tr("What happened")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Changes not taken as sent"))
        layout.addWidget(self.table, 1)
        self.all_taken = QLabel(
            self.tr("Every change sent so far was taken by the server as it was."), self
        )
        self.all_taken.setObjectName("emptyState")
        self.all_taken.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.all_taken.setWordWrap(True)
        layout.addWidget(self.all_taken, 1)
        self.conflicts_box = QGroupBox(self.tr("Conflicts to resolve"), self)
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        hint = QLabel(
            self.tr(
                "The same field was changed on two PCs. The later change is shown meanwhile; "
                "choose which value is right."
            ),
            self.conflicts_box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        conflicts_layout.addWidget(hint)
        self.conflicts = QTableWidget(0, 4, self.conflicts_box)
        self.conflicts.setObjectName("conflictsTable")
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Field"), self.tr("Value shown"), self.tr("Other value")]
        )
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.verticalHeader().hide()
        self.conflicts.horizontalHeader().setStretchLastSection(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts to resolve"))
        conflicts_layout.addWidget(self.conflicts)
        choose = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Keep the value shown"), self.conflicts_box)
        self.keep_button.setObjectName("keepShown")
        self.keep_button.clicked.connect(lambda: self.resolve(take_other=False))
        self.take_button = QPushButton(self.tr("&Take the other value"), self.conflicts_box)
        self.take_button.setObjectName("takeOther")
        self.take_button.clicked.connect(lambda: self.resolve(take_other=True))
        choose.addWidget(self.keep_button)
        choose.addWidget(self.take_button)
        choose.addStretch(1)
        conflicts_layout.addLayout(choose)
        self.conflicts_box.hide()
        layout.addWidget(self.conflicts_box, 1)
        self.waiting_box = self._waiting_section()
        layout.addWidget(self.waiting_box, 1)
        if user.can(Permission.APPROVE_ERASURE):  # files past their retention period
            self.retention_box: RetentionBox | None = RetentionBox(controller, user, self)
            layout.addWidget(self.retention_box, 1)
            self.retention_box.load()
        else:
            self.retention_box = None
        self.server_conflicts: list[ServerConflict] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_help_button(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        controller.started.connect(self._running)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.status_changed.connect(self.show_status)
        status = controller.status()
        self.show_status(status)
        if controller.running is not None:
            self._running()
        elif status.enrolled:
            self.load_conflicts()

    # -- a PC the server revoked ------------------------------------------------------------
    def _revoked_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("The server revoked this PC"), self)
        box.setObjectName("revokedBox")
        box_layout = QVBoxLayout(box)
        text = QLabel(
            self.tr(
                "The server's administrator took this PC out of service (lost, replaced or "
                "withdrawn): nothing more is sent or received.\n"
                "1. Write the changes still waiting here to a USB key and give the file to the "
                "server's administrator, who can still take them in.\n"
                "2. Then remove the agency's data from this PC: the register, its attachments "
                "and its local backups are deleted, and the PC starts again as a new one."
            ),
            box,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        box_layout.addWidget(text)
        buttons = QHBoxLayout()
        self.revoked_export = QPushButton(self.tr("&Write the waiting changes to a USB key…"), box)
        self.revoked_export.setObjectName("revokedExport")
        self.revoked_export.clicked.connect(lambda: self.export_bundle())
        self.remove_button = QPushButton(self.tr("&Remove the agency's data from this PC…"), box)
        self.remove_button.setObjectName("removeData")
        self.remove_button.setEnabled(self.user.can(Permission.MANAGE_SETTINGS))
        if not self.remove_button.isEnabled():
            self.remove_button.setToolTip(self.tr("Only an administrator of the PC can do this."))
        self.remove_button.clicked.connect(lambda: self.remove_data())
        buttons.addWidget(self.revoked_export)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        box.hide()
        return box

    def remove_data(self, typed: str | None = None) -> None:
        """Ask for the agency's code (the removal cannot be undone), check, then hand over."""
        service = self.controller.service
        if typed is None:
            code = service.agency_code()
            typed, confirmed = QInputDialog.getText(
                self,
                self.tr("Remove the agency's data from this PC"),
                self.tr(
                    "This cannot be undone. %n change(s) the server has not acknowledged are "
                    "lost unless they were written to a USB key first.\n\nType the agency's "
                    "code (%1) to remove its data:",
                    "",
                    service.status().pending,
                ).replace("%1", ltr(code)),
            )
            if not confirmed:
                return
        try:
            service.check_removal(typed)
        except DomainError as error:
            show_banner(self.message, [failure_text(error)])
            return
        self.forget_requested.emit()
        self.accept()

    # -- USB bundles -----------------------------------------------------------------------
    def export_bundle(self, target: Path | None = None) -> None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write a bundle for a USB key"),
                "counsellor-to-server.zip",
                self.tr("Counsellor bundles (*.zip)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        db = self.controller.service.db

        def work() -> int:
            data, count = export_bundle(db)
            write_atomically(target, data)
            return count

        self.controller.operations.run(work, self._exported, self._bundle_failed)

    def _exported(self, count: int) -> None:
        show_banner(self.message, [])
        self.summary.setText(
            self.tr(
                "%n change(s) written. Take the file to a connected PC, which sends it with "
                "'counsellor-app courier', then bring the answer back here.",
                "",
                count,
            )
        )
        self.controller.status()

    def import_answer(self, source: Path | None = None) -> None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Read the server's answer"),
                "",
                self.tr("Counsellor bundles (*.zip)"),
            )
            if not chosen:
                return
            source = Path(chosen)
        db, path = self.controller.service.db, source
        self.controller.run(lambda _progress: import_response(db, path.read_bytes()))

    def _bundle_failed(self, error: BaseException) -> None:
        show_banner(self.message, [failure_text(error)])

    # -- transfers offered to the agency, erasures to approve -------------------------------
    def _waiting_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waiting for this agency"), self)
        box.setObjectName("waitingBox")
        box_layout = QVBoxLayout(box)
        self.waiting = QTableWidget(0, 4, box)
        self.waiting.setObjectName("waitingTable")
        self.waiting.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Request"), self.tr("Asked by"), self.tr("On")]
        )
        self.waiting.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting.verticalHeader().hide()
        self.waiting.horizontalHeader().setStretchLastSection(True)
        self.waiting.setAccessibleName(self.tr("Requests waiting for this agency"))
        self.waiting.itemSelectionChanged.connect(self._waiting_selected)
        box_layout.addWidget(self.waiting)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept the transfer"), box)
        self.accept_button.setObjectName("acceptTransfer")
        self.accept_button.clicked.connect(self.accept_transfer)
        self.approve_button = QPushButton(self.tr("A&pprove the erasure"), box)
        self.approve_button.setObjectName("approveErasure")
        self.approve_button.clicked.connect(self.approve_erasure)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        self.waiting_items: list[IncomingTransfer | ErasureRequest] = []
        box.hide()
        return box

    def load_waiting(self) -> None:
        sharing = SharingService(self.controller.service.db, self.user)
        approves = self.user.can(Permission.APPROVE_ERASURE)

        def ask() -> list[IncomingTransfer | ErasureRequest]:
            found: list[IncomingTransfer | ErasureRequest] = list(sharing.incoming_transfers())
            return found + (list(sharing.erasure_requests()) if approves else [])

        self.controller.operations.run(ask, self.show_waiting, self._conflicts_failed)

    def show_waiting(self, items: list[IncomingTransfer | ErasureRequest]) -> None:
        self.waiting_items = items
        self.waiting_box.setVisible(bool(items))
        self.waiting.setRowCount(len(items))
        for row, item in enumerate(items):
            if isinstance(item, IncomingTransfer):
                cells = (
                    item.person_name,
                    self.tr("Transfer of the file to this agency"),
                    item.from_agency,
                    item.offered_at,
                )
            else:
                cells = (
                    item.person_name,
                    self.tr("Erasure everywhere — %1").replace("%1", item.legal_basis),
                    item.requested_by_name,
                    item.requested_at,
                )
            name, request, who, when = cells
            for column, text in enumerate(
                (name, request, who, labels.format_date(when.astimezone().date()))
            ):
                self.waiting.setItem(row, column, readonly_cell(text))
        self.waiting.resizeColumnsToContents()
        if items:
            self.waiting.setCurrentCell(0, 0)
        self._waiting_selected()

    def _waiting_item(self) -> IncomingTransfer | ErasureRequest | None:
        row = self.waiting.currentRow()
        return self.waiting_items[row] if 0 <= row < len(self.waiting_items) else None

    def _waiting_selected(self) -> None:
        item = self._waiting_item()
        idle = self.controller.running is None
        self.accept_button.setEnabled(idle and isinstance(item, IncomingTransfer))
        self.approve_button.setEnabled(idle and isinstance(item, ErasureRequest))

    def accept_transfer(self) -> None:
        item = self._waiting_item()
        if not isinstance(item, IncomingTransfer):
            return
        sharing, grant_id = SharingService(self.controller.service.db, self.user), item.grant_id
        self.controller.run(lambda _progress: sharing.accept_transfer(grant_id))

    def approve_erasure(self) -> None:
        item = self._waiting_item()
        if not isinstance(item, ErasureRequest):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve the erasure"),
            self.tr(
                "Erase %1 from the server and from every PC, with their history and "
                "attachments? It cannot be undone."
            ).replace("%1", isolate(item.person_name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sharing, person_id = SharingService(self.controller.service.db, self.user), item.person_id
        self.controller.run(lambda _progress: sharing.approve_erasure(person_id))

    # -- conflicts -------------------------------------------------------------------------
    def load_conflicts(self) -> None:
        """Asked of the server on the worker; offline, the section stays hidden."""
        self.controller.operations.run(
            self.controller.service.conflicts, self.show_conflicts, self._conflicts_failed
        )
        self.load_waiting()

    def _conflicts_failed(self, error: BaseException) -> None:
        self.conflicts_box.hide()
        if not isinstance(error, SyncError) or error.reason not in TRANSIENT:
            show_banner(self.message, [failure_text(error)])

    def show_conflicts(self, found: list[ServerConflict]) -> None:
        self.server_conflicts = found
        language = self.language
        self.conflicts_box.setVisible(bool(found))
        self.conflicts.setRowCount(len(found))
        for index, item in enumerate(found):
            who = item.person_name or labels.label(labels.SYNC_ENTITIES, item.entity)
            cells = [
                readonly_cell(who, item.id),
                readonly_cell(field_label(item.field)),
                readonly_cell(field_value(item.field, item.shown_value, language)),
                readonly_cell(field_value(item.field, item.other_value, language)),
            ]
            for column, cell in enumerate(cells):
                self.conflicts.setItem(index, column, cell)
        self.conflicts.resizeColumnsToContents()
        if found:
            self.conflicts.setCurrentCell(0, 0)

    def _show_release(self, status: SyncStatus) -> None:
        """The newer version the central office announced, with its download link."""
        self.update_note.setVisible(bool(status.newer_version))
        self.update_offer.show_for(status)
        if not status.newer_version:
            return
        text = html.escape(
            self.tr("Version %1 of the app is available: ask the IT person to install it.")
        ).replace("%1", ltr(status.newer_version))
        if status.download_url:
            link = html.escape(status.download_url, quote=True)
            words = html.escape(self.tr("Download"))
            text += f' <a href="{link}">{words}</a>'
        self.update_note.setText(text)

    def resolve(self, take_other: bool) -> None:
        row = self.conflicts.currentRow()
        if not 0 <= row < len(self.server_conflicts):
            return
        chosen, service = self.server_conflicts[row], self.controller.service
        self.controller.run(lambda _progress: service.resolve(chosen, take_other))

    def show_status(self, status: SyncStatus) -> None:
        can_enrol = self.user.can(Permission.MANAGE_SETTINGS)
        self.enrolment.setVisible(not status.enrolled and can_enrol)
        self.revoked_box.setVisible(status.revoked)
        self.sync_button.setEnabled(status.enrolled and self.controller.running is None)
        for button in (self.export_button, self.import_button):  # revoked: its own button
            button.setVisible(status.enrolled and not status.revoked)
        if not status.enrolled:
            self.summary.setText(
                self.tr("This PC is not enrolled with a central server: its work stays here.")
                + ("" if can_enrol else " " + self.tr("An administrator of the PC can enrol it."))
            )
        else:
            last = (
                labels.format_date(status.last_success.astimezone().date())
                + " "
                + status.last_success.astimezone().strftime("%H:%M")
                if status.last_success
                else self.tr("never")
            )
            self.summary.setText(
                self.tr(
                    "Server: %1\nLast successful synchronisation: %2\n%n change(s) waiting to be sent.",
                    "",
                    status.pending,
                )
                .replace("%1", isolate(status.server_url))
                .replace("%2", last)
            )
        self._show_release(status)
        self._show_set_aside(status)
        self.table.setRowCount(len(status.not_taken))
        for index, item in enumerate(status.not_taken):
            reason = labels.message(labels.REJECTION_REASONS, item.reason)
            what = labels.message(labels.SYNC_OUTCOMES, item.state, {"reason": reason})
            cells = [
                readonly_cell(labels.format_date(item.created_at.astimezone().date())),
                readonly_cell(labels.label(labels.SYNC_ENTITIES, item.entity), item.person_id),
                readonly_cell(", ".join(field_label(f) for f in item.fields)),
                readonly_cell(what),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(index, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(status.not_taken))
        self.all_taken.setVisible(not status.not_taken)

    def _show_set_aside(self, status: SyncStatus) -> None:
        """Records received that this PC could not store: named by kind and field, never by
        their content (it may be what is wrong)."""
        if status.set_aside:
            kinds = sorted(
                {
                    f"{labels.label(labels.SYNC_ENTITIES, item.entity)} ({field_label(item.field)})"
                    for item in status.set_aside
                }
            )
            self.set_aside_note.setText(
                self.tr(
                    "%n record(s) received from the server could not be stored on this PC and "
                    "were set aside: %1. The synchronisation goes on without them; the server "
                    "has been told, so that its administrator can correct them.",
                    "",
                    len(status.set_aside),
                ).replace("%1", ", ".join(kinds))
            )
        self.set_aside_note.setVisible(bool(status.set_aside))

    def _running(self) -> None:
        show_banner(self.message, [])
        self.progress.show()
        self.sync_button.setEnabled(False)
        self.enrol_button.setEnabled(False)

    def _finished(self, report: SyncReport) -> None:
        self.progress.hide()
        self.enrol_button.setEnabled(True)
        self.load_conflicts()

    def _failed(self, text: str) -> None:
        self.progress.hide()
        self.enrol_button.setEnabled(True)
        show_banner(self.message, [text])

    def sync_now(self) -> None:
        self.controller.sync_now()

    def enrol(self) -> None:
        """Enrolment runs on the worker too: it queues every record and sends them."""
        service, url, code = self.controller.service, self.server_url.text(), self.code.text()
        self.controller.run(lambda _progress: service.enrol(url, code))
