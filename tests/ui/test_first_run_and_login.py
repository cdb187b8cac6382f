"""First-run wizard, login, lockout message, recovery, and the idle lock through the controller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths
from counsellor_app.storage.settings import Settings, load_settings
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog, RecoveryDialog
from counsellor_app.ui.setup_wizard import SetupWizard
from counsellor_app.ui.widgets import set_combo_value
from tests.conftest import COUNSELLOR, PASSWORD
from tests.ui.conftest import type_text


def test_setup_wizard_creates_the_agency_and_shows_the_recovery_key(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    workspace = Workspace(DataPaths(tmp_path / "pc"), FAST_KDF_FOR_TESTS)
    wizard = SetupWizard(workspace, "fr")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.agency_page
    wizard.next()  # nothing filled: refused with messages on the fields
    assert wizard.currentPage() is wizard.agency_page
    assert wizard.agency_page.boxes["agency_name"].error.text() == "Ce champ est obligatoire."
    set_combo_value(wizard.institution, "entraide_nationale")
    type_text(wizard.agency_name, "Centre Entraide Nationale Oujda")
    assert wizard.agency_code.text() == "NATOUJ"  # suggested from the name, editable
    set_combo_value(wizard.city, "oujda")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    type_text(wizard.admin_display_name, "Karim Haddad")
    type_text(wizard.admin_username, "karim")
    type_text(wizard.admin_password, "short")
    type_text(wizard.admin_password_repeat, "short")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert "au moins 10 caractères" in wizard.admin_page.boxes["admin_password"].error.text()
    assert not workspace.is_set_up()
    type_text(wizard.admin_password, PASSWORD)
    type_text(wizard.admin_password_repeat, PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    assert workspace.is_set_up() and wizard.database is not None
    assert wizard.key_label.text() == wizard.recovery_key and len(wizard.recovery_key) == 64
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the key must be acknowledged
    wizard.written_down.setChecked(True)
    assert finish.isEnabled()
    assert wizard.admin_password.text() == ""  # no password left in memory of the widgets
    wizard.database.close()


def test_login_wrong_password_then_lockout_then_success(
    qtbot: QtBot, workspace: Workspace, translations: Translations
) -> None:
    dialog = LoginDialog(workspace, "Agence", last_username=COUNSELLOR)
    qtbot.addWidget(dialog)
    assert dialog.username.text() == COUNSELLOR
    dialog.password.setText("wrong password")
    dialog.login_button.click()
    assert dialog.message.text() == "Nom d’utilisateur ou mot de passe erroné, ou compte désactivé."
    assert dialog.password.text() == "" and dialog.database is None
    for _ in range(4):
        dialog.password.setText("wrong password")
        dialog.login_button.click()
    assert dialog.message.text().startswith("Trop de mots de passe erronés")
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.database is None  # still locked, even with the right password
    other = LoginDialog(workspace)
    qtbot.addWidget(other)
    other.username.setText("admin")
    other.password.setText(PASSWORD)
    other.login_button.click()
    assert other.result() == LoginDialog.DialogCode.Accepted
    assert other.user is not None and other.user.username == "admin"
    other.database.close()  # type: ignore[union-attr]


def test_recovery_dialog_refuses_a_wrong_key(
    qtbot: QtBot, workspace: Workspace, translations: Translations
) -> None:
    dialog = RecoveryDialog(workspace, "admin")
    qtbot.addWidget(dialog)
    dialog.key.setText("AAAA-" * 12 + "AAAA")
    dialog.password.setText("Brand-New-Pass-1")
    dialog.repeat.setText("Brand-New-Pass-1")
    dialog._apply()
    assert "n’ouvre pas" in dialog.message.text()


def test_idle_lock_hides_the_data_and_unlocks_with_the_password(
    qtbot: QtBot, workspace: Workspace, translations: Translations, qapp: QApplication
) -> None:
    paths = workspace.paths
    controller = AppController(
        qapp, workspace, Settings(idle_lock_minutes=1), paths.settings, translations
    )
    login = LoginDialog(workspace)
    login.username.setText(COUNSELLOR)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    window = controller.window
    assert window is not None and window.isVisible()
    assert controller.idle.timer.isActive() and controller.idle.timer.interval() == 60_000
    assert load_settings(paths.settings).last_username == COUNSELLOR
    seen: dict[str, object] = {}

    def unlock() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        seen["hidden"] = not window.isVisible()
        seen["user"] = dialog.username.text()
        dialog.password.setText(PASSWORD)
        dialog.login_button.click()

    QTimer.singleShot(200, unlock)
    controller.idle.timer.timeout.emit()  # as if nobody touched the PC for the whole delay
    assert seen == {"hidden": True, "user": COUNSELLOR}
    assert window.isVisible() and controller.window is window
    window.confirm_close()
    window.close()
    controller.shutdown()
