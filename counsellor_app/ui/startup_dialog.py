"""Start-up when the database is gone but its key file is here (moved, quarantined by an
antivirus): the app stops and offers the choices, never a new empty database in its place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.errors import DatabaseUnavailable
from counsellor_app.storage.faults import FaultKind
from counsellor_app.storage.logfiles import LogPlace
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import database_problem_text, fault_text
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.widgets import error_banner

if TYPE_CHECKING:  # the check itself needs SQLAlchemy: not imported before the login window
    from counsellor_app.services.crash_check import LostSaves


def lost_saves_text(lost: LostSaves) -> str:
    """What an unclean stop lost, and the way to get it back."""
    made = lost.backup_made_at.astimezone()
    when = labels.format_date(made.date()) + " " + made.strftime("%H:%M")
    if lost.missing:
        text = QCoreApplication.translate(
            "Startup",
            "The last session did not end normally (a crash or a power cut), and saves were "
            "lost: the backup of %1 holds %2 more actions of the audit trail than this "
            "database. Restore that backup to get them back (what is here now is kept aside), "
            "then redo what was done since; or check the files you worked on last.",
        ).replace("%2", str(lost.missing))
    else:
        text = QCoreApplication.translate(
            "Startup",
            "The last session did not end normally (a crash or a power cut), and saves were "
            "lost: this database no longer matches the backup of %1. Restore that backup to "
            "get them back (what is here now is kept aside), then redo what was done since; "
            "or check the files you worked on last.",
        )
    return text.replace("%1", ltr(when))


def log_notice_text(place: LogPlace | None) -> str:
    """What the first window says when the log could not go to the data folder ("" if it did)."""
    if place is None or place.in_data_folder:
        return ""
    why = {
        FaultKind.NO_SPACE: QCoreApplication.translate("Startup", "the disk is full"),
        FaultKind.READ_ONLY: QCoreApplication.translate("Startup", "the folder is read-only"),
        FaultKind.PERMISSION: QCoreApplication.translate("Startup", "permission denied"),
        FaultKind.IO_ERROR: QCoreApplication.translate("Startup", "input/output error"),
    }.get(place.problem or FaultKind.IO_ERROR) or QCoreApplication.translate(
        "Startup", "the folder cannot be used"
    )
    if place.path is None:
        text = QCoreApplication.translate(
            "Startup",
            "The log cannot be written in the data folder (%1), nor anywhere else: the app "
            "works today without a log. Tell IT.",
        )
    else:
        text = QCoreApplication.translate(
            "Startup",
            "The log cannot be written in the data folder (%1): it is kept in %2 meanwhile. "
            "Tell IT.",
        ).replace("%2", ltr(str(place.path.parent)))
    return text.replace("%1", why)


class MissingDatabaseDialog(Dialog):
    """Put the file back and try again, restore a backup, or (an administrator with the
    recovery key) start anew with the old files kept aside. Accepted when the data folder
    changed: the caller looks at it again (login, or the first-start wizard)."""

    help_section = guide_sections.RESTORE

    def __init__(
        self,
        workspace: Workspace,
        backup_folders: list[Path],
        language: str,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missingDatabaseDialog")
        self.workspace, self.backup_folders, self.language = workspace, backup_folders, language
        self.set_aside_in: Path | None = None
        self.setWindowTitle(self.tr("Counsellor — the database is missing"))
        layout = QVBoxLayout(self)
        self.text = QLabel(fault_text("missing", "database", str(workspace.paths.root)), self)
        self.text.setObjectName("missingText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self.notice = QLabel(notice, self)
        self.notice.setObjectName("startupNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.retry_button = QPushButton(self.tr("I put the file back: &try again"), self)
        self.retry_button.setObjectName("retryButton")
        self.restore_button = QPushButton(self.tr("Restore a &backup…"), self)
        self.restore_button.setObjectName("restoreBackupButton")
        self.anew_button = QPushButton(self.tr("&Start anew (administrator)…"), self)
        self.anew_button.setObjectName("startAnewButton")
        for button in (self.retry_button, self.restore_button, self.anew_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self.retry)
        self.restore_button.clicked.connect(self.restore_backup)
        self.anew_button.clicked.connect(self.start_anew)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def retry(self) -> None:
        if self.workspace.database_missing():
            self.message.setText(
                self.tr("The file is still missing from %1.").replace(
                    "%1", ltr(str(self.workspace.paths.database))
                )
            )
            self.message.show()
            return
        self.accept()

    def restore_backup(self) -> None:
        from counsellor_app.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace, self.backup_folders, self.language, parent=self)
        restored = dialog.exec() and dialog.result_of_restore is not None
        dialog.deleteLater()
        if restored:
            self.accept()

    def start_anew(self) -> None:
        dialog = StartAnewDialog(self.workspace, self)
        if dialog.exec():
            self.set_aside_in = dialog.kept
            self.accept()
        dialog.deleteLater()


class StartAnewDialog(Dialog):
    """The recovery key, checked against the key file, before the old files move aside."""

    help_section = guide_sections.RESTORE

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startAnewDialog")
        self.workspace = workspace
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Start anew"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Only an administrator who holds the recovery key may start anew. The key file "
                "and what is left of the old data are kept aside in the backups folder, "
                "under today's date; then the first-start steps create a new, empty register."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKey")
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Recovery key"), self.key)
        layout.addLayout(form)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self, confirm: bool = True) -> None:
        try:
            matches = self.workspace.recovery_key_matches(self.key.text())
        except DatabaseUnavailable as problem:
            self.message.setText(database_problem_text(problem, str(self.workspace.paths.root)))
            self.message.show()
            return
        if not matches:
            self.message.setText(
                self.tr("This recovery key is not the one of this computer's key file.")
            )
            self.message.show()
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Start anew"),
                self.tr("Keep the old files aside and create a new, empty register?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.kept = self.workspace.set_aside()
        except DatabaseUnavailable as problem:
            self.message.setText(database_problem_text(problem, str(self.workspace.paths.root)))
            self.message.show()
            return
        self.accept()
