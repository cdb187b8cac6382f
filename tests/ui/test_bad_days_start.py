"""Start-up on a bad day, through real widgets offscreen: each fault said in French and Arabic,
a missing database stopped at its choices, and a log folder that refuses to be written."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.faults import FaultKind
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS, format_recovery_key
from counsellor_app.storage.logfiles import LOG_NAME, QuietFileHandler, start_file_logging
from counsellor_app.storage.settings import Settings
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.setup_wizard import SetupWizard
from counsellor_app.ui.startup_dialog import (
    MissingDatabaseDialog,
    StartAnewDialog,
    log_notice_text,
)
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD
from tests.small_disk import SmallDisk, small_disk  # noqa: F401 (a fixture)


@pytest.fixture
def own_log_handlers() -> Iterator[None]:
    """The log handlers a test adds are taken away after it, and the levels it changed are put
    back (the root logger is global)."""
    root = logging.getLogger()
    before = {handler: handler.level for handler in root.handlers}
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler, was in before.items():  # pytest's own capture handlers among them
        handler.setLevel(was)
    root.setLevel(level)


def _login_message(qtbot: QtBot, workspace: Workspace, username: str = COUNSELLOR) -> str:
    dialog = LoginDialog(workspace, last_username=username)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    assert dialog.database is None
    return dialog.message.text()


def test_the_login_names_a_read_only_folder_and_a_full_disk_in_french_and_arabic(
    qtbot: QtBot,
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    translations: Translations,
) -> None:
    paths = small_disk.data(template_dir)
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    small_disk.read_only()
    french = _login_message(qtbot, workspace)
    assert "est en lecture seule" in french and "service informatique" in french
    assert str(paths.root) in french and "clé" not in french  # not "wrong key"
    translations.install("ar")
    arabic = _login_message(qtbot, workspace)
    assert "للقراءة فقط" in arabic and "مصلحة المعلوميات" in arabic
    translations.install("fr")
    small_disk.writable()
    small_disk.fill()
    french = _login_message(qtbot, workspace)
    assert french.startswith("Le disque est plein") and "Libérez de la place" in french
    translations.install("ar")
    assert _login_message(qtbot, workspace).startswith("القرص ممتلئ")


def test_the_login_names_a_missing_key_file_and_a_wrong_key_file(
    qtbot: QtBot, workspace: Workspace, translations: Translations, tmp_path: Path
) -> None:
    keys = workspace.paths.keystore
    kept = tmp_path / "keys.json"
    shutil.move(keys, kept)
    french = _login_message(qtbot, workspace)
    assert "fichier des clés (keys.json) est absent" in french
    translations.install("ar")
    assert "ملف المفاتيح (keys.json) غير موجود" in _login_message(qtbot, workspace)
    shutil.move(kept, keys)
    damaged = bytearray(workspace.paths.database.read_bytes())
    damaged[100:900] = os.urandom(800)
    workspace.paths.database.write_bytes(bytes(damaged))
    assert _login_message(qtbot, workspace).startswith("ملف قاعدة البيانات تالف")


def test_a_missing_database_stops_at_its_choices_and_starting_anew_keeps_the_old_files(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    paths = workspace.paths
    db, _user = workspace.log_in(ADMIN, PASSWORD)
    recovery = format_recovery_key(db.key)
    db.close()
    quarantine = tmp_path / "quarantine.db"
    shutil.move(paths.database, quarantine)
    controller = AppController(qapp, workspace, Settings(), paths.settings, translations)
    dialog = controller.first_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, MissingDatabaseDialog)  # neither the wizard nor a new database
    assert "counsellor.db) est absent" in dialog.text.text()
    assert "mis en quarantaine par un antivirus" in dialog.text.text()
    dialog.retry_button.click()
    assert dialog.result() != MissingDatabaseDialog.DialogCode.Accepted
    assert dialog.message.text().startswith("Le fichier est toujours absent")
    assert not paths.database.exists()
    shutil.move(quarantine, paths.database)  # put back
    dialog.retry_button.click()
    assert dialog.result() == MissingDatabaseDialog.DialogCode.Accepted
    login = controller.first_dialog()
    qtbot.addWidget(login)
    assert isinstance(login, LoginDialog)

    paths.database.unlink()  # gone for good: an administrator starts anew
    keys = paths.keystore.read_bytes()
    anew = StartAnewDialog(workspace)
    qtbot.addWidget(anew)
    anew.key.setText(format_recovery_key(os.urandom(32)))
    anew.apply(confirm=False)
    assert "n’est pas celle du fichier de clés" in anew.message.text()
    assert paths.keystore.exists()
    anew.key.setText(recovery)
    anew.apply(confirm=False)
    assert anew.kept is not None and (anew.kept / "keys.json").read_bytes() == keys
    assert anew.kept.parent == paths.backups and anew.kept.name.startswith("set-aside-")
    wizard = controller.first_dialog()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, SetupWizard)


def test_the_missing_database_choices_speak_arabic(
    qtbot: QtBot, workspace: Workspace, translations: Translations
) -> None:
    translations.install("ar")
    workspace.paths.database.unlink()
    dialog = MissingDatabaseDialog(workspace, [workspace.paths.backups], "ar")
    qtbot.addWidget(dialog)
    assert dialog.text.text().startswith("ملف قاعدة البيانات (counsellor.db) غير موجود")
    assert dialog.anew_button.text() != "&Start anew (administrator)…"  # translated


def test_a_read_only_log_folder_falls_back_to_temp_and_the_window_says_so(
    qtbot: QtBot,
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    own_log_handlers: None,
) -> None:
    paths = small_disk.data(template_dir)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    small_disk.read_only()
    place = start_file_logging(paths.logs, "starting")
    assert place.problem is FaultKind.READ_ONLY
    assert place.path == temp / "counsellor-logs" / LOG_NAME
    assert "starting" in place.path.read_text("utf-8")
    notice = log_notice_text(place)
    assert notice.startswith("Le journal ne peut pas être écrit dans le dossier de données")
    assert "lecture seule" in notice and str(temp / "counsellor-logs") in notice
    dialog = LoginDialog(Workspace(paths, FAST_KDF_FOR_TESTS), notice=notice)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notice.isVisible() and dialog.notice.text() == notice
    translations.install("ar")
    assert "للقراءة فقط" in log_notice_text(place)
    dialog.close()
    wizard = SetupWizard(Workspace(paths, FAST_KDF_FOR_TESTS), "ar", notice=notice)
    qtbot.addWidget(wizard)  # a new PC's first window says it too
    assert wizard.notice.text() == notice and not wizard.notice.isHidden()


def test_a_full_log_disk_is_left_quietly_and_nothing_is_printed(
    small_disk: SmallDisk,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    own_log_handlers: None,
    translations: Translations,
) -> None:
    logs = small_disk.root / "logs"
    logs.mkdir()
    small_disk.fill()
    monkeypatch.setattr(tempfile, "tempdir", str(small_disk.root))  # the same full disk
    place = start_file_logging(logs, "starting")
    assert place.path is None and place.problem is FaultKind.NO_SPACE
    assert not any(isinstance(h, QuietFileHandler) for h in logging.getLogger().handlers)
    assert "Logging error" not in capsys.readouterr().err
    assert "sans journal" in log_notice_text(place)


def test_the_app_opens_its_window_with_a_read_only_data_folder(
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    tmp_path: Path,
) -> None:
    """The real entry point, in its own process: no traceback, the login window appears."""
    paths = small_disk.data(template_dir)
    small_disk.read_only()
    temp = tmp_path / "temp"
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "counsellor_app", "--data-dir", str(paths.root),
         "--quit-when-ready", "login"],
        check=False, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    assert "Traceback" not in result.stderr
    assert "starting" in (temp / "counsellor-logs" / LOG_NAME).read_text("utf-8")


def test_after_a_crash_that_lost_saves_the_window_says_so(
    qtbot: QtBot, workspace: Workspace, translations: Translations, qapp: QApplication
) -> None:
    from counsellor_app.services.crash_check import LostSaves
    from counsellor_app.ui.startup_dialog import lost_saves_text
    from tests.services.test_crash_check import crash_after_a_backup

    crash_after_a_backup(workspace)
    controller = AppController(qapp, workspace, Settings(), workspace.paths.settings, translations)
    login = LoginDialog(workspace, last_username=ADMIN)
    qtbot.addWidget(login)
    login.password.setText(PASSWORD)
    login.login_button.click()
    assert controller.enter(login)
    box = controller.crash_report
    assert box is not None and box.isVisible()
    text = box.text()  # type: ignore[attr-defined]
    assert text.startswith("La dernière session ne s’est pas terminée normalement")
    assert "des enregistrements ont été perdus" in text and "Restaurez cette sauvegarde" in text
    box.close()
    translations.install("ar")
    lost = LostSaves(workspace.paths.backups, datetime(2026, 12, 1, 9, 30, tzinfo=UTC), 9, 4, 5)
    arabic = lost_saves_text(lost)
    assert arabic.startswith("لم تنتهِ الجلسة الأخيرة بشكل عادي") and "5" in arabic
    assert "لم تعد قاعدة البيانات هذه مطابقة" in lost_saves_text(
        LostSaves(lost.backup, lost.backup_made_at, 9, 9, 0)
    )
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    controller.shutdown()


def test_a_right_recovery_key_on_a_read_only_folder_is_not_called_wrong(
    qtbot: QtBot,
    small_disk: SmallDisk,  # noqa: F811
    template_dir: Path,
    translations: Translations,
) -> None:
    from counsellor_app.ui.login_dialog import RecoveryDialog

    paths = small_disk.data(template_dir)
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _user = workspace.log_in(ADMIN, PASSWORD)
    recovery = format_recovery_key(db.key)
    db.close()
    small_disk.read_only()
    dialog = RecoveryDialog(workspace, ADMIN)
    qtbot.addWidget(dialog)
    dialog.key.setText(recovery)
    dialog.password.setText("Brand-New-Pass-1")
    dialog.repeat.setText("Brand-New-Pass-1")
    dialog._apply()
    assert "est en lecture seule" in dialog.message.text()
    assert "n’ouvre pas" not in dialog.message.text()
    translations.install("ar")
    dialog._apply()
    assert "للقراءة فقط" in dialog.message.text()


def test_the_first_start_wizard_never_writes_over_a_key_file(
    qtbot: QtBot, workspace: Workspace, translations: Translations
) -> None:
    """Even when it was opened before the key file came back (put back from a USB key)."""
    from counsellor_app.ui.widgets import set_combo_value
    from tests.ui.conftest import type_text

    paths = workspace.paths
    keys = paths.keystore.read_bytes()
    paths.database.unlink()
    wizard = SetupWizard(workspace, "fr")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    set_combo_value(wizard.institution, "anapec")
    type_text(wizard.agency_name, "Agence Oujda")
    set_combo_value(wizard.city, "oujda")
    wizard.next()
    type_text(wizard.admin_display_name, "Karim Haddad")
    type_text(wizard.admin_username, "karim")
    type_text(wizard.admin_password, PASSWORD)
    type_text(wizard.admin_password_repeat, PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page and wizard.database is None
    assert "jamais écrasé" in wizard.admin_page.subTitle()
    assert paths.keystore.read_bytes() == keys and not paths.database.exists()
    wizard.close()


def test_a_data_folder_that_cannot_be_made_is_said_in_a_window(
    small_disk: SmallDisk,  # noqa: F811
    tmp_path: Path,
) -> None:
    small_disk.read_only()
    result = subprocess.run(
        [sys.executable, "-m", "counsellor_app", "--data-dir", str(small_disk.root / "new"),
         "--quit-when-ready", "login"],
        check=False, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout.strip() == "unusable read_only"  # the window was shown, then closed
    assert "Traceback" not in result.stderr and "INFO" not in result.stderr
    assert "counsellor-app: error: cannot use the data folder" in result.stderr
