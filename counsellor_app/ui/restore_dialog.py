"""Putting a backup back: chosen from the list or a file, unlocked by an administrator's
password of that time or the recovery key, confirmed, and what was there kept aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.core.problems import DomainError
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupError, BackupInfo, RestoreResult, restore
from counsellor_app.services.errors import AccountLockedOut, DatabaseUnavailable, LoginRefused
from counsellor_app.storage.backups import list_backups, read_info
from counsellor_app.ui import guide_sections, labels
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.errors import database_problem_text
from counsellor_app.ui.i18n import ltr
from counsellor_app.ui.widgets import error_banner, show_banner


def backup_error_text(error: BackupError) -> str:
    """What went wrong with a backup or a restore, and what to do about it."""
    return backup_reason_text(error.reason)


def backup_reason_text(reason: str) -> str:
    texts = {
        "not_a_backup": QCoreApplication.translate(
            "Backups", "This file is not a Counsellor backup."
        ),
        "backup_damaged": QCoreApplication.translate(
            "Backups",
            "This backup is damaged (its content does not match what was recorded when it was "
            "made). Choose an older one.",
        ),
        "backup_newer": QCoreApplication.translate(
            "Backups",
            "This backup was made by a newer version of Counsellor. Install that version first.",
        ),
        "administrator_only": QCoreApplication.translate(
            "Backups",
            "Only an administrator (as the accounts were in the backup) may restore it, or "
            "whoever holds the recovery key.",
        ),
        "destination_unusable": QCoreApplication.translate(
            "Backups",
            "The backup folder cannot be written to. Check the USB key or choose another folder "
            "in the settings.",
        ),
        "destination_io_error": QCoreApplication.translate(
            "Backups",
            "The backup folder could not be written (input/output error): the USB key or the "
            "disk may be failing or was pulled out. Check it, or use another key.",
        ),
        "destination_missing": QCoreApplication.translate(
            "Backups",
            "The backup folder is not there: the USB key is probably not plugged in. Plug it "
            "in and back up again. Nothing was written on this computer in its place.",
        ),
        "destination_other_device": QCoreApplication.translate(
            "Backups",
            "The backup folder is not on the USB key or disk chosen in the settings (the key "
            "is missing or another one is plugged in). Plug in the key chosen, or choose the "
            "folder again in the settings.",
        ),
        "destination_no_space": QCoreApplication.translate(
            "Backups",
            "No space left in the backup folder (USB key). Remove files you no longer need "
            "from it, or choose a bigger key in the settings. The earlier backups are kept.",
        ),
        "destination_read_only": QCoreApplication.translate(
            "Backups",
            "The backup folder is read-only or you are not allowed to write there. Unlock the "
            "USB key (its switch) or ask IT for the permission, or choose another folder.",
        ),
        "destination_not_verified": QCoreApplication.translate(
            "Backups",
            "The backup written on the USB key did not read back the same: the key may be "
            "failing. The faulty copy was removed; use another key.",
        ),
        "database_damaged": QCoreApplication.translate(
            "Backups",
            "The database is damaged: no sound backup can be made from it. Restore the latest "
            "backup (Tools ▸ Backups…) or call support.",
        ),
        "pc_no_space": QCoreApplication.translate(
            "Backups",
            "No space left on this computer's disk: the backup needs room for a temporary copy "
            "of the data. Free some space (empty the recycle bin, remove old downloads), then "
            "back up again. Your data is not damaged.",
        ),
        "pc_io_error": QCoreApplication.translate(
            "Backups",
            "This computer's disk could not be read or written (input/output error) while "
            "copying the data. The disk may be failing: call support.",
        ),
        "pc_read_only": QCoreApplication.translate(
            "Backups",
            "The data folder's backups folder cannot be written (read-only or permission "
            "denied). Ask IT to give back the permission to write in the data folder.",
        ),
        "restore_no_space": QCoreApplication.translate(
            "Backups",
            "No space left on this computer's disk to unpack the backup. Free some space, then "
            "restore again. Nothing was replaced.",
        ),
        "restore_read_only": QCoreApplication.translate(
            "Backups",
            "The data folder cannot be written (read-only or permission denied): ask IT for the "
            "permission, then restore again. Nothing was replaced.",
        ),
        "backup_unreadable": QCoreApplication.translate(
            "Backups",
            "The backup file could not be read (input/output error): the USB key may be failing "
            "or was pulled out. Check it, or choose another backup. Nothing was replaced.",
        ),
        "backup_missing": QCoreApplication.translate(
            "Backups",
            "The backup file is no longer there (the USB key was pulled out?). Plug it in and "
            "try again. Nothing was replaced.",
        ),
        "attachments_not_restored": QCoreApplication.translate(
            "Backups",
            "The data was restored, but some attached documents could not be copied (no space "
            "or the key was pulled out). Free space or plug the key in, then restore again.",
        ),
    }
    return texts.get(reason, reason)


def backup_line(info: BackupInfo, language: str) -> str:
    when = labels.format_date(info.created_at.astimezone().date())
    time = info.created_at.astimezone().strftime("%H:%M")
    kind = labels.label(labels.BACKUP_KINDS, info.kind)
    size = QLocale().toString(max(info.size / 1_000_000, 0.1), "f", 1)
    return (
        QCoreApplication.translate("Backups", "%1 at %2 — %3 — PC %4 — %5 MB")
        .replace("%1", when)
        .replace("%2", time)
        .replace("%3", kind)
        .replace("%4", ltr(info.device_code))
        .replace("%5", size)
    )


class RestoreDialog(Dialog):
    """Replaces the data by a backup. :attr:`result_of_restore` is set when it is done."""

    help_section = guide_sections.RESTORE

    def __init__(
        self,
        workspace: Workspace,
        folders: list[Path],
        language: str,
        chosen: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.workspace, self.language = workspace, language
        self.result_of_restore: RestoreResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything on this computer will be replaced by the backup you choose. What is "
                "there now is not deleted: it is kept aside in the data folder's backups."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = QListWidget(self)
        self.backups.setObjectName("backupList")
        self.backups.setAccessibleName(self.tr("Backups found"))
        layout.addWidget(self.backups, 1)
        self.empty = QLabel(
            self.tr("No backup in the usual folders. Choose a backup file (.cbk)."), self
        )
        self.empty.setObjectName("emptyState")
        layout.addWidget(self.empty)
        browse = QPushButton(self.tr("Choose a backup &file…"), self)
        browse.setObjectName("browseBackup")
        browse.clicked.connect(self.browse)
        layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("restoreUsername")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(self)
        self.password.setObjectName("restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.use_key = QCheckBox(self.tr("Use the recovery key instead"), self)
        self.use_key.setObjectName("useRecoveryKey")
        self.key = QLineEdit(self)
        self.key.setObjectName("restoreRecoveryKey")
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key.setEnabled(False)
        self.use_key.toggled.connect(self._key_toggled)
        form.addRow(self.tr("Administrator's user name"), self.username)
        form.addRow(self.tr("Password (as it was in the backup)"), self.password)
        form.addRow("", self.use_key)
        form.addRow(self.tr("Recovery key"), self.key)
        layout.addLayout(form)
        self.message = error_banner(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_help_button(buttons)
        self.restore_button.clicked.connect(self.confirm_and_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        seen: set[Path] = set()
        for folder in folders:
            for info in list_backups(folder):
                if info.path.resolve() not in seen:
                    seen.add(info.path.resolve())
                    self._add(info)
        if chosen is not None:
            self.add_file(chosen)
        self.empty.setVisible(self.backups.count() == 0)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.setMinimumSize(560, 420)

    def _add(self, info: BackupInfo, first: bool = False) -> None:
        item = QListWidgetItem(backup_line(info, self.language))
        item.setData(Qt.ItemDataRole.UserRole, str(info.path))
        item.setToolTip(str(info.path))
        if first:
            self.backups.insertItem(0, item)
        else:
            self.backups.addItem(item)

    def _key_toggled(self, on: bool) -> None:
        self.key.setEnabled(on)
        self.username.setEnabled(not on)
        self.password.setEnabled(not on)

    def _say(self, text: str) -> None:
        show_banner(self.message, [text] if text else [])

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("Counsellor backups (*.cbk)")
        )
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> None:
        try:
            info = read_info(path)
        except BackupError as error:
            self._say(backup_error_text(error))
            return
        self._add(info, first=True)
        self.backups.setCurrentRow(0)
        self.empty.hide()

    def selected(self) -> Path | None:
        item = self.backups.currentItem()
        return None if item is None else Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def confirm_and_restore(self, confirm: bool = True) -> None:
        path = self.selected()
        if path is None:
            self._say(self.tr("Choose the backup to restore."))
            return
        if self.use_key.isChecked() and not self.key.text().strip():
            self._say(self.tr("Type the recovery key."))
            return
        if not self.use_key.isChecked() and not (
            self.username.text().strip() and self.password.text()
        ):
            self._say(self.tr("Type an administrator's user name and password."))
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore this backup?"),
                self.tr(
                    "The data of this computer will be replaced by the backup of %1. Changes "
                    "made since then and not synchronised will no longer be in the app (they "
                    "stay in the copy kept aside)."
                ).replace("%1", self.backups.currentItem().text()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.use_key.isChecked():
                result = restore(self.workspace, path, recovery_key=self.key.text())
            else:
                result = restore(
                    self.workspace, path, self.username.text().strip(), self.password.text()
                )
        except BackupError as error:
            self._say(backup_error_text(error))
            return
        except LoginRefused:
            self._say(
                self.tr(
                    "This user name and password, or this recovery key, do not open the backup."
                )
            )
            return
        except AccountLockedOut:
            self._say(self.tr("Too many wrong passwords for this backup: try again later."))
            return
        except DatabaseUnavailable as problem:
            self._say(database_problem_text(problem))
            return
        except DomainError as error:
            self._say("\n".join(labels.problem_text(p) for p in error.problems))
            return
        finally:
            self.password.clear()
            QGuiApplication.restoreOverrideCursor()
        self.result_of_restore = result
        self.accept()
