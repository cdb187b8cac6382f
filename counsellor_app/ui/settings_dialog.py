"""Per-computer preferences: language and idle lock for everyone; the session length and the
backups (folder, how many to keep, at closing) for administrators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from counsellor_app.storage import destination
from counsellor_app.storage.settings import Settings
from counsellor_app.ui import guide_sections
from counsellor_app.ui.dialog_base import Dialog
from counsellor_app.ui.widgets import combo_value, fill_combo, ok_cancel, set_combo_value

LANGUAGE_NAMES = (("fr", "Français"), ("ar", "العربية"), ("en", "English"))


class SettingsDialog(Dialog):
    help_section = guide_sections.SETTINGS

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, may_manage: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        fill_combo(self.language, LANGUAGE_NAMES)
        set_combo_value(self.language, settings.language)
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 240)
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Lock the screen after inactivity of"), self.idle)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.idle.setAccessibleName(self.tr("Idle lock delay in minutes"))

        self.session = QSpinBox(self)
        self.session.setObjectName("sessionHours")
        self.session.setRange(1, 24)
        self.session.setValue(settings.session_hours)
        self.session.setSuffix(self.tr(" h"))
        self.session.setAccessibleName(self.tr("Longest session in hours"))
        form.addRow(self.tr("Ask for the password again after"), self.session)

        self.folder = QLineEdit(settings.backup_folder, self)
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("the data folder's backups"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("chooseBackupFolder")
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup folder (e.g. a USB key)"), row)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(settings.backup_keep)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        form.addRow(self.tr("Backups to keep"), self.keep)
        self.at_exit = QCheckBox(self.tr("Back up when the app closes"), self)
        self.at_exit.setObjectName("backupAtExit")
        self.at_exit.setChecked(settings.backup_at_exit)
        form.addRow("", self.at_exit)
        note = QLabel(
            self.tr(
                "Backups are encrypted: only this PC's accounts or the recovery key open them."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow(note)
        for widget in (self.session, self.folder, browse, self.keep, self.at_exit):
            widget.setEnabled(may_manage)
        if not may_manage:
            self.folder.setToolTip(self.tr("Only an administrator changes these."))
        buttons = ok_cancel(self, self.accept_checked)
        self.add_help_button(buttons)
        form.addRow(buttons)
        self._settings = settings
        self._identity = settings.backup_folder_identity

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def accept_checked(self) -> None:
        """A backup folder newly chosen must be there and writable: its identity (a marker
        file and the device) is recorded, so a backup never lands on another disk in its
        place when the USB key is pulled."""
        folder = self.folder.text().strip()
        if not folder:
            self._identity = ""
        elif folder != self._settings.backup_folder or not self._identity:
            try:
                self._identity = destination.remember(Path(folder)).text()
            except destination.DestinationError as error:
                if folder != self._settings.backup_folder:
                    QMessageBox.warning(
                        self, self.tr("Backup folder"), self.folder_problem(error.reason)
                    )
                    return
                # The folder kept from before, not plugged in now: recorded the next time.
        self.accept()

    def folder_problem(self, reason: str) -> str:
        if reason == "missing":
            return self.tr(
                "This folder does not exist. Plug in the USB key and choose a folder on it."
            )
        if reason == "no_space":
            return self.tr("No space left in this folder. Choose another one or free space.")
        return self.tr(
            "This folder cannot be written to (read-only, or permission denied). Choose "
            "another one, or ask IT for the permission."
        )

    def result_settings(self) -> Settings:
        return self._settings.with_(
            language=combo_value(self.language) or "fr",
            idle_lock_minutes=self.idle.value(),
            session_hours=self.session.value(),
            backup_folder=self.folder.text().strip(),
            backup_folder_identity=self._identity,
            backup_keep=self.keep.value(),
            backup_at_exit=self.at_exit.isChecked(),
        )
