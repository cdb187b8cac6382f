"""What the user is told about backups on a bad day, in French and Arabic: a clock behind the
newest backup, the last failed backup, the closing backup's failure (before the app exits, or
at the next start), each fault with its own remedy, and a backup folder that must be there
when chosen."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsellor_app.core import clock
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupError, BackupService
from counsellor_app.storage import destination
from counsellor_app.storage.backups import list_backups
from counsellor_app.storage.settings import Settings, load_settings
from counsellor_app.ui.backups_dialog import BackupsDialog
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.restore_dialog import backup_reason_text
from counsellor_app.ui.settings_dialog import SettingsDialog
from tests.conftest import ADMIN, PASSWORD

REASONS = (
    "destination_missing",
    "destination_other_device",
    "destination_no_space",
    "destination_read_only",
    "destination_io_error",
    "destination_not_verified",
    "database_damaged",
    "pc_no_space",
    "pc_io_error",
    "pc_read_only",
    "restore_no_space",
    "restore_read_only",
    "backup_unreadable",
    "backup_missing",
    "not_a_backup",
)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes answered at once; their text kept."""
    texts: list[str] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> object:
        texts.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    yield texts


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_each_fault_has_its_own_translated_message(
    translations: Translations, language: str
) -> None:
    translations.install(language)
    texts = [backup_reason_text(reason) for reason in REASONS]
    assert len(set(texts)) == len(REASONS)  # no two faults share a message
    translations.install("en")
    english = [backup_reason_text(reason) for reason in REASONS]
    assert all(t != e for t, e in zip(texts, english, strict=True))  # all translated
    translations.install(language)
    if language == "fr":
        assert "Plus d’espace libre sur le disque de cet ordinateur" in texts[REASONS.index(
            "pc_no_space")]  # fmt: skip
        assert "Restaurez" not in texts[REASONS.index("pc_no_space")]  # not the damage remedy
        assert "Rien n’a été remplacé" in texts[REASONS.index("restore_no_space")]
    else:
        assert "لم تبق مساحة فارغة على قرص هذا الحاسوب" in texts[REASONS.index("pc_no_space")]
        assert "مفتاح USB" in texts[REASONS.index("destination_missing")]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_backups_dialog_calls_out_a_clock_behind_and_the_last_failure(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    translations.install(language)
    usb = tmp_path / "usb"
    usb.mkdir()
    db, user = workspace.log_in(ADMIN, PASSWORD)
    try:
        service = BackupService(workspace, db, user, Settings(backup_folder=str(usb)))
        service.make("daily")
        monkeypatch.setattr(clock, "utc_now", lambda: datetime.now(UTC) - timedelta(days=365))
        usb.rename(tmp_path / "pulled")
        with pytest.raises(BackupError):
            service.make("manual")
        dialog = BackupsDialog(service, Operations(), language, may_restore=True)
        qtbot.addWidget(dialog)
        text = dialog.warning.text()
        assert not dialog.warning.isHidden()
        if language == "fr":
            assert "L’horloge de cet ordinateur indique" in text
            assert "avant une sauvegarde faite le" in text
            assert "La dernière sauvegarde (faite à la main" in text
            assert "la clé USB n’est sans doute pas branchée" in text
        else:
            assert "تشير ساعة هذا الحاسوب إلى" in text and "لنسخة احتياطية أُنجزت في" in text
            assert "مجلد النسخ الاحتياطية غير موجود" in text
    finally:
        db.close()
        translations.install("fr")


def test_the_closing_backups_failure_is_shown_before_the_app_exits(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    qapp: QApplication,
    tmp_path: Path,
    told: list[str],
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    identity = destination.remember(usb)
    settings = Settings(backup_folder=str(usb), backup_folder_identity=identity.text())
    controller = AppController(qapp, workspace, settings, workspace.paths.settings, translations)
    login = LoginDialog(workspace)
    login.username.setText(ADMIN)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    assert controller.run_timer.isActive()
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    shutil.rmtree(usb)  # the key was pulled before closing
    controller.shutdown()
    assert len(told) == 1
    assert told[0].startswith("La sauvegarde à la fermeture n’a pas été faite")
    assert "la clé USB n’est sans doute pas branchée" in told[0]
    assert not usb.exists()  # not made again on the PC's disk
    login.deleteLater()
    # Told once: the next start does not repeat it (the failure stays in the Backups dialog).
    db, user = workspace.log_in(ADMIN, PASSWORD)
    try:
        failure = BackupService(workspace, db, user, settings).last_failure()
        assert failure is not None and failure.kind == "exit" and failure.shown
    finally:
        db.close()


def test_a_failure_not_yet_told_is_shown_at_the_next_start(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    qapp: QApplication,
    tmp_path: Path,
    told: list[str],
) -> None:
    settings = Settings(backup_folder=str(tmp_path / "gone"))
    db, user = workspace.log_in(ADMIN, PASSWORD)
    try:  # the app stopped before it could say (or the command line's backup failed)
        with pytest.raises(BackupError):
            BackupService(workspace, db, user, settings).make("exit")
    finally:
        db.close()
    controller = AppController(qapp, workspace, settings, workspace.paths.settings, translations)
    login = LoginDialog(workspace)
    login.username.setText(ADMIN)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    controller.tell_backup_state()
    assert len(told) == 1 and "La dernière sauvegarde (à la fermeture" in told[0]
    controller.tell_backup_state()
    assert len(told) == 1  # once
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    controller.settings = settings.with_(backup_at_exit=False)
    controller.shutdown()
    login.deleteLater()


def test_a_backup_folder_is_recorded_when_chosen_and_a_missing_one_refused(
    qtbot: QtBot, translations: Translations, tmp_path: Path, told: list[str]
) -> None:
    dialog = SettingsDialog(Settings(), may_manage=True)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "not-plugged"))
    dialog.accept_checked()
    assert dialog.result() == 0 and len(told) == 1
    assert "Ce dossier n’existe pas. Branchez la clé USB" in told[0]
    assert not (tmp_path / "not-plugged").exists()
    key = tmp_path / "key"
    key.mkdir()
    dialog.folder.setText(str(key))
    dialog.accept_checked()
    assert dialog.result() == 1
    chosen = dialog.result_settings()
    recorded = destination.Identity.parse(chosen.backup_folder_identity)
    assert recorded is not None
    assert (key / destination.MARKER).read_text().strip() == recorded.marker


def test_a_day_of_running_time_makes_the_daily_backup_due_whatever_the_clock(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    settings = Settings(backup_folder=str(usb), backup_at_exit=False)
    controller = AppController(qapp, workspace, settings, workspace.paths.settings, translations)
    login = LoginDialog(workspace)
    login.username.setText(ADMIN)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    controller.daily_backup()
    controller.daily_backup()  # under way: not started twice
    qtbot.waitUntil(lambda: len(list_backups(usb)) >= 1, timeout=20_000)
    controller.operations.wait()
    qtbot.waitUntil(lambda: not controller._daily_running, timeout=20_000)
    assert len(list_backups(usb)) == 1
    # The wall clock stands still (a year behind would too); the app runs on for a day.
    started = clock.monotonic()
    monkeypatch.setattr(clock, "monotonic", lambda: started + 12 * 3600)
    controller._run_mark = started
    controller.count_run_time()
    controller.operations.wait()
    assert len(list_backups(usb)) == 1  # half a day: not yet
    monkeypatch.setattr(clock, "monotonic", lambda: started + 24 * 3600)
    controller.count_run_time()
    qtbot.waitUntil(lambda: len(list_backups(usb)) >= 2, timeout=20_000)
    controller.operations.wait()
    qtbot.waitUntil(lambda: not controller._daily_running, timeout=20_000)
    assert [b.kind for b in list_backups(usb)] == ["daily", "daily"]
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    controller.shutdown()
    login.deleteLater()


def test_a_folder_chosen_before_identities_is_recorded_once_a_backup_went_to_a_key(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    key = tmp_path / "KEY"
    key.mkdir()
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(key)], check=False
        ).returncode
        == 0
    )
    if not mounted:
        pytest.skip("mounting a small filesystem needs root here")
    try:
        settings = Settings(backup_folder=str(key))  # as saved by the older version
        controller = AppController(
            qapp, workspace, settings, workspace.paths.settings, translations
        )
        login = LoginDialog(workspace)
        login.username.setText(ADMIN)
        login.password.setText(PASSWORD)
        login.try_login()
        assert controller.enter(login)
        controller.daily_backup()
        qtbot.waitUntil(lambda: bool(controller.settings.backup_folder_identity), timeout=20_000)
        saved = load_settings(workspace.paths.settings)
        recorded = destination.Identity.parse(saved.backup_folder_identity)
        assert recorded is not None and recorded.device == key.stat().st_dev
        assert controller.window is not None
        controller.window.confirm_close()
        controller.window.close()
        controller.shutdown()
        login.deleteLater()
    finally:
        subprocess.run(["umount", "-l", str(key)], check=False)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_restore_onto_a_full_disk_says_so_in_the_restore_window(
    qtbot: QtBot,
    workspace: Workspace,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    from counsellor_app.storage import backups
    from counsellor_app.ui.restore_dialog import RestoreDialog

    usb = tmp_path / "usb"
    usb.mkdir()
    db, user = workspace.log_in(ADMIN, PASSWORD)
    try:
        BackupService(workspace, db, user, Settings(backup_folder=str(usb))).make("manual")
    finally:
        db.close()
    before = workspace.paths.database.read_bytes()
    free = shutil.disk_usage(workspace.paths.root).free
    monkeypatch.setattr(backups, "MARGIN", free)  # the disk has less room than the restore needs
    translations.install(language)
    try:
        dialog = RestoreDialog(workspace, [usb], language)
        qtbot.addWidget(dialog)
        dialog.username.setText(ADMIN)
        dialog.password.setText(PASSWORD)
        dialog.confirm_and_restore(confirm=False)
        said = dialog.message.text()
        assert dialog.result_of_restore is None
        if language == "fr":
            assert said.startswith("Plus d’espace libre sur le disque de cet ordinateur pour")
        else:
            assert said.startswith("لم تبق مساحة فارغة على قرص هذا الحاسوب لفك النسخة")
        assert workspace.paths.database.read_bytes() == before
    finally:
        translations.install("fr")
