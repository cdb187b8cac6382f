"""Per-computer preferences: interface language and idle lock delay."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QSpinBox, QWidget

from counsellor_app.storage.settings import Settings
from counsellor_app.ui.widgets import combo_value, fill_combo, ok_cancel, set_combo_value

LANGUAGE_NAMES = (("fr", "Français"), ("ar", "العربية"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
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
        buttons = ok_cancel(self, self.accept)
        form.addRow(buttons)
        self._settings = settings

    def result_settings(self) -> Settings:
        return self._settings.with_(
            language=combo_value(self.language) or "fr", idle_lock_minutes=self.idle.value()
        )
