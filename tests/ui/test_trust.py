"""Trust through the real widgets: the masked file and its break-glass, the audit screen,
backups made and restored from the login window, and the administrator-only settings."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsellor_app.core.audit import AuditAction
from counsellor_app.core.languages import isolate
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.audit import AuditExport, AuditService
from counsellor_app.services.backup import BackupService
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage.backups import list_backups
from counsellor_app.storage.database import Database
from counsellor_app.storage.settings import Settings
from counsellor_app.ui import labels
from counsellor_app.ui.audit_dialog import AuditDialog
from counsellor_app.ui.backups_dialog import BackupsDialog
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.controller import AppController
from counsellor_app.ui.i18n import Translations
from counsellor_app.ui.login_dialog import LoginDialog
from counsellor_app.ui.operations import Operations
from counsellor_app.ui.person_form import PersonForm
from counsellor_app.ui.restore_dialog import RestoreDialog
from counsellor_app.ui.settings_dialog import SettingsDialog
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD, person
from tests.ui.test_responsive import Ticks


def test_every_audited_act_has_a_wording() -> None:
    assert set(labels.AUDIT_ACTIONS) == {a.value for a in AuditAction}


def other_counsellor(workspace: Workspace, db: Database) -> CurrentUser:
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    UserService(workspace, db, admin).create_user("nadia", "Nadia Alami", Role.COUNSELLOR, PASSWORD)
    return workspace.log_in("nadia", PASSWORD, open_database=db)[1]


def test_a_colleagues_file_is_masked_until_she_gives_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    db: Database,
    people: PeopleService,
    translations: Translations,
) -> None:
    person_id = people.register(person(vulnerabilities=("survivor_of_violence", "homeless")))
    nadia = other_counsellor(workspace, db)
    operations = Operations()
    context = UiContext.create(workspace, db, nadia, operations, "fr")
    form = PersonForm(context, person_id)
    qtbot.addWidget(form)
    form.show()
    assert form.masked_banner.isVisible()
    violence = form.vulnerabilities.box("survivor_of_violence")
    assert not violence.isEnabled() and not violence.isChecked()
    assert form.vulnerabilities.box("homeless").isChecked()
    assert form.documents.values()[0].number == "••••456"
    form.reveal_sensitive("Accompagnement urgent demandé par la superviseure")
    assert not form.masked_banner.isVisible()
    assert violence.isEnabled() and violence.isChecked()
    assert form.documents.values()[0].number == "E123456"
    operations.wait(2000)


def test_the_audit_screen_finds_a_files_entries_and_exports_them(
    qtbot: QtBot,
    workspace: Workspace,
    db: Database,
    people: PeopleService,
    translations: Translations,
    tmp_path: Path,
) -> None:
    person_id = people.register(person())
    file_number = people.get(person_id).file_number
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    dialog = AuditDialog(AuditService(db, admin), PeopleService(db, admin), "fr")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 2
    dialog.file_number.setText(file_number.lower())
    dialog.search()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == COUNSELLOR
    assert dialog.table.item(0, 2).text() == "Fiche créée"
    assert dialog.table.item(0, 3).text() == file_number
    dialog.file_number.setText("RABAG-XXX-26-99999")
    dialog.search()
    assert dialog.table.rowCount() == 0
    assert dialog.status.text() == "Aucune fiche ne porte ce numéro sur ce poste."
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.export(tmp_path / "audit.csv")
    assert (tmp_path / "audit.csv").read_text("utf-8").startswith("seq,at,actor_id")
    assert dialog.status.text().endswith(f"{isolate(str(tmp_path / 'audit.csv'))}.")


class _SeenAuditService(AuditService):
    """The real service, noting the thread its export runs on."""

    threads: list[threading.Thread]

    def export(self, fmt: str) -> AuditExport:
        self.threads.append(threading.current_thread())
        return super().export(fmt)


def test_the_audit_export_runs_off_the_gui_thread_while_the_window_ticks(
    qtbot: QtBot,
    workspace: Workspace,
    db: Database,
    people: PeopleService,
    translations: Translations,
    tmp_path: Path,
) -> None:
    people.register(person())
    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    service = _SeenAuditService(db, admin)
    service.threads = []
    operations = Operations()
    dialog = AuditDialog(service, PeopleService(db, admin), "fr", operations=operations)
    qtbot.addWidget(dialog)
    # The writer is held until the window has ticked: the export's own audit entry waits for
    # it, so the export cannot end before the event loop has run several times.
    ticks = Ticks(5)
    busy = threading.Event()
    db.submit(lambda: busy.wait(60))
    release = QTimer()
    release.setInterval(5)
    release.timeout.connect(lambda: busy.set() if ticks.count >= 3 else None)
    release.start()
    target = tmp_path / "audit.csv"
    dialog.export(target)
    assert not target.exists() and not dialog.export_button.isEnabled()  # still under way
    assert dialog.status.text() == "Préparation de l’export…"
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        pass
    release.stop()
    ticks.stop()
    assert ticks.count >= 3
    assert service.threads and threading.main_thread() not in service.threads
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert rows[0][:3] == ["seq", "at", "actor_id"] and len(rows) >= 3
    assert dialog.export_button.isEnabled()
    assert dialog.status.text().startswith(f"{len(rows) - 1} entrées")
    operations.wait(2000)


def test_backups_made_from_the_screen_and_restored_from_the_login_window(
    qtbot: QtBot, workspace: Workspace, translations: Translations, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()  # a chosen folder is never created by a backup (a pulled key)
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    PeopleService(db, user).register(person(last_name="Avant"))
    operations = Operations()
    service = BackupService(workspace, db, user, Settings(backup_folder=str(usb)))
    dialog = BackupsDialog(service, operations, "fr", may_restore=False)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.empty.isHidden()  # "no backup yet"
    assert not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert dialog.status.text().startswith("Sauvegarde écrite et vérifiée")
    PeopleService(db, user).register(person(last_name="Apres", documents=()), confirmed_new=True)
    db.close()

    login = LoginDialog(workspace, backup_folders=[usb])
    qtbot.addWidget(login)
    restore = RestoreDialog(workspace, [usb, workspace.paths.backups], "fr", parent=login)
    assert restore.backups.count() == 1
    restore.username.setText(COUNSELLOR)
    restore.password.setText(PASSWORD)
    restore.confirm_and_restore(confirm=False)
    assert restore.result_of_restore is None
    assert "administrateur" in restore.message.text()
    restore.username.setText(ADMIN)
    restore.password.setText(PASSWORD)
    restore.confirm_and_restore(confirm=False)
    assert restore.result_of_restore is not None
    assert restore.password.text() == ""
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    service_people = PeopleService(db, user)
    rows = service_people.rows(service_people.search_keys(PeopleQuery()))
    assert {r.last_name for r in rows.values()} == {"Avant"}
    db.close()


def test_backup_and_session_settings_are_the_administrators(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = SettingsDialog(Settings(), may_manage=False)
    qtbot.addWidget(dialog)
    assert not dialog.folder.isEnabled() and not dialog.session.isEnabled()
    admin_dialog = SettingsDialog(Settings(), may_manage=True)
    qtbot.addWidget(admin_dialog)
    admin_dialog.folder.setText("/media/usb/sauvegardes")
    admin_dialog.keep.setValue(30)
    admin_dialog.session.setValue(8)
    chosen = admin_dialog.result_settings()
    assert (chosen.backup_folder, chosen.backup_keep, chosen.session_hours) == (
        "/media/usb/sauvegardes",
        30,
        8,
    )


def test_the_session_ends_after_its_hours_and_a_backup_is_made_at_closing(
    qtbot: QtBot, workspace: Workspace, translations: Translations, qapp: QApplication
) -> None:
    paths = workspace.paths
    controller = AppController(
        qapp, workspace, Settings(session_hours=3), paths.settings, translations
    )
    login = LoginDialog(workspace)
    login.username.setText(COUNSELLOR)
    login.password.setText(PASSWORD)
    login.try_login()
    assert controller.enter(login)
    assert controller.session_timer.isActive()
    assert controller.session_timer.interval() == 3 * 3_600_000
    assert controller.window is not None
    controller.window.confirm_close()
    controller.window.close()
    controller.shutdown()
    assert [b.kind for b in list_backups(paths.backups)] == ["exit"]
    login.deleteLater()


def test_the_whole_file_is_exported_from_the_file_for_an_access_request(
    qtbot: QtBot,
    context: UiContext,
    people: PeopleService,
    make_window: object,
    tmp_path: Path,
) -> None:
    person_id = people.register(person(vulnerabilities=("disability",)))
    window = make_window()  # type: ignore[operator]
    window.open_person(person_id)
    form = window.forms()[-1]
    assert form.export_button.isVisible()
    with qtbot.waitSignal(form.exported, timeout=30_000) as done:
        assert form.export_whole_file(tmp_path / "dossier.pdf") == tmp_path / "dossier.pdf"
    written = done.args[0]
    assert written == tmp_path / "dossier.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    body = (tmp_path / "dossier.json").read_text("utf-8")
    assert '"disability"' in body and "E123456" in body
    assert str(written) in form.meta_label.text()


def test_the_audit_screen_says_a_break_glass_was_signed_not_its_bytes(
    qtbot: QtBot, workspace: Workspace, db: Database, translations: Translations
) -> None:
    """A break-glass made on an enrolled PC keeps her signature in its detail (issue 20, 4):
    the screen says it is signed, in the user's language, never the signature itself."""
    from datetime import UTC, datetime

    from counsellor_app.core.audit import AuditEntry

    _db, admin = workspace.log_in(ADMIN, PASSWORD, open_database=db)
    dialog = AuditDialog(AuditService(db, admin), PeopleService(db, admin), "fr")
    qtbot.addWidget(dialog)
    act = {"user_id": admin.id, "nonce": "0" * 32, "at_ms": 1, "signature": "c2lnbmF0dXJl"}
    entry = AuditEntry(
        1, datetime.now(UTC), admin.id, ADMIN, str(AuditAction.SENSITIVE_REVEALED), "person",
        "p", {"reason": "Urgence au guichet", "act": act}, "", "",
    )  # fmt: skip
    said = dialog.details(entry)
    assert said == "Motif: Urgence au guichet · Signé avec sa propre clé: oui"
    assert "c2lnbmF0dXJl" not in said
