"""Tools ▸ Backups: the backups there are, one made now, and the way to restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.services.backup import BackupError, BackupInfo, BackupService
from counsellor_app.ui.errors import present_error
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.restore_dialog import backup_error_text, backup_line


class BackupsDialog(QDialog):
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
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.where.setText(self.tr("Folder: %1").replace("%1", str(self.service.folder)))
        self.list.clear()
        for info in self.service.list():
            line = backup_line(info, self.language)
            self.list.addItem(line)
            self.list.item(self.list.count() - 1).setToolTip(str(info.path))
        self.empty.setVisible(self.list.count() == 0)

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up… you can go on working."))
        self.operations.run(lambda: self.service.make("manual"), self._done, self._failed)

    def _done(self, info: BackupInfo) -> None:
        self.now_button.setEnabled(True)
        self.status.setText(self.tr("Backup written and checked: %1").replace("%1", info.path.name))
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
