"""Tools ▸ Backups: the backups there are, one made now, and the way to restore one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.services.backup import (
    BackupError,
    BackupFailure,
    BackupInfo,
    BackupService,
    ClockWarning,
)
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.i18n import isolate
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.restore_dialog import backup_error_text, backup_line, backup_reason_text


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{labels.format_date(local.date())} {local:%H:%M}"


def clock_warning_text(warning: ClockWarning) -> str:
    """The clock reads earlier than a time it recorded: say so, with the remedy."""
    if warning.against == "sync":
        text = QCoreApplication.translate(
            "Backups",
            "This computer's clock says %1, earlier than the last synchronisation (%2): its "
            "date is wrong. Set the date and time right (or ask IT); documents and records "
            "take their date from it. Backups are still kept in the order they were made.",
        )
    else:
        text = QCoreApplication.translate(
            "Backups",
            "This computer's clock says %1, earlier than a backup made on %2: the date is wrong "
            "now, or was wrong when that backup was made. Check the date and time (or ask IT); "
            "documents and records take their date from it. Backups are still kept in the "
            "order they were made.",
        )
    return text.replace("%1", isolate(_when(warning.now))).replace(
        "%2", isolate(_when(warning.recorded))
    )


def failure_text(failure: BackupFailure) -> str:
    """The last backup that failed (none has succeeded since), and why."""
    return (
        QCoreApplication.translate("Backups", "The last backup (%1, %2) was not made. %3")
        .replace("%1", labels.label(labels.BACKUP_KINDS, failure.kind))
        .replace("%2", isolate(_when(failure.at)))
        .replace("%3", backup_reason_text(failure.reason))
    )


class BackupsDialog(Dialog):
    help_section = guide_sections.BACKUPS

    restore_requested = Signal()

    def __init__(
        self,
        service: BackupService,
        operations: Operations,
        language: str,
        may_restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.service, self.operations, self.language = service, operations, language
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(
            self.tr(
                "No backup yet. One is made every day and when the app closes; you can make one "
                "now."
            ),
            self,
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.warning = QLabel(self)
        self.warning.setObjectName("backupWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.warning)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.now_button = QPushButton(self.tr("Back up &now"), self)
        self.now_button.setObjectName("backupNow")
        self.now_button.clicked.connect(self.back_up_now)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(may_restore)
        if not may_restore:
            self.restore_button.setToolTip(self.tr("Only an administrator restores a backup."))
        self.restore_button.clicked.connect(self._restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.add_help_button(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.where.setText(self.tr("Folder: %1").replace("%1", isolate(str(self.service.folder))))
        self.list.clear()
        for info in self.service.list():
            line = backup_line(info, self.language)
            self.list.addItem(line)
            self.list.item(self.list.count() - 1).setToolTip(str(info.path))
        self.empty.setVisible(self.list.count() == 0)
        warnings = []
        clock = self.service.clock_warning()
        if clock is not None:
            warnings.append(clock_warning_text(clock))
        failure = self.service.last_failure()
        if failure is not None:
            warnings.append(failure_text(failure))
        self.warning.setText("\n\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up… you can go on working."))
        self.operations.run(lambda: self.service.make("manual"), self._done, self._failed)

    def _done(self, info: BackupInfo) -> None:
        self.now_button.setEnabled(True)
        self.status.setText(
            self.tr("Backup written and checked: %1").replace("%1", isolate(str(info.path)))
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.now_button.setEnabled(True)
        if isinstance(error, BackupError):
            self.status.setText(backup_error_text(error))
        else:
            present_error(self, error)

    def _restore(self) -> None:
        self.restore_requested.emit()
        self.accept()
