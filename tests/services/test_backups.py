"""Backups: made, pruned, checked, restored by an administrator or the recovery key, and a
damaged or foreign file refused with the data left as it was."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.audit import AuditQuery, AuditService
from counsellor_app.services.backup import BackupError, BackupService, restore
from counsellor_app.services.errors import LoginRefused
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.services.users import UserService
from counsellor_app.storage import backups
from counsellor_app.storage.keystore import format_recovery_key
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD, person


def names(workspace: Workspace) -> set[str]:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    try:
        service = PeopleService(db, user)
        rows = service.rows(service.search_keys(PeopleQuery()))
        return {row.last_name for row in rows.values()}
    finally:
        db.close()


def test_a_backup_restores_exactly_what_was_saved_and_keeps_what_it_replaces(
    workspace: Workspace, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()  # a chosen folder is never created by a backup (a pulled key)
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    people = PeopleService(db, user)
    people.register(person(last_name="Avant"))
    service = BackupService(workspace, db, user, Settings(backup_folder=str(usb)))
    assert service.is_due("exit") and service.is_due("daily")
    info = service.make("daily")
    assert info.checked and info.path.parent == usb and info.audit_seq > 0
    assert not service.is_due("exit") and not service.is_due("daily")
    people.register(person(last_name="Apres", documents=()), confirmed_new=True)
    assert service.is_due("exit")
    db.close()
    assert names(workspace) == {"Avant", "Apres"}

    result = restore(workspace, info.path, ADMIN, PASSWORD)
    assert names(workspace) == {"Avant"}
    assert result.replaced is not None and (result.replaced / "counsellor.db").exists()
    # What was replaced is whole: putting it back gives "Apres" again.
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        restored = AuditService(db, admin).search(AuditQuery(actions=["restored"]))
        assert [e.actor_name for e in restored] == [ADMIN]
    finally:
        db.close()


def test_only_an_administrator_of_the_backup_or_the_recovery_key_may_restore(
    workspace: Workspace, tmp_path: Path
) -> None:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    info = BackupService(workspace, db, user, Settings(backup_folder=str(tmp_path))).make()
    key = db.key
    db.close()
    before = workspace.paths.database.read_bytes()
    with pytest.raises(BackupError) as refused:
        restore(workspace, info.path, COUNSELLOR, PASSWORD)
    assert refused.value.reason == "administrator_only"
    with pytest.raises(LoginRefused):
        restore(workspace, info.path, ADMIN, "wrong password")
    with pytest.raises(LoginRefused):
        restore(workspace, info.path, recovery_key=format_recovery_key(os.urandom(32)))
    assert workspace.paths.database.read_bytes() == before  # nothing was replaced
    assert not list(workspace.paths.root.glob(".restoring-*"))
    restore(workspace, info.path, recovery_key=format_recovery_key(key))
    assert names(workspace) == set()


def test_a_damaged_or_foreign_file_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    db, user = workspace.log_in(COUNSELLOR, PASSWORD)
    info = BackupService(workspace, db, user, Settings(backup_folder=str(tmp_path))).make()
    db.close()
    damaged = tmp_path / "damaged.cbk"
    with zipfile.ZipFile(info.path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "counsellor.db":
                data = data[:5000] + bytes(4096) + data[9096:]
            target.writestr(item, data)
    with pytest.raises(BackupError) as refused:
        restore(workspace, damaged, ADMIN, PASSWORD)
    assert refused.value.reason == "backup_damaged"
    foreign = tmp_path / "notes.cbk"
    foreign.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(BackupError) as refused:
        restore(workspace, foreign, ADMIN, PASSWORD)
    assert refused.value.reason == "not_a_backup"
    # The listing reads manifests only (cheap); the damage shows when the copy is checked.
    assert {b.path for b in backups.list_backups(tmp_path)} == {info.path, damaged}


def test_old_backups_of_this_pc_are_pruned_and_anchor_the_audit_trail(
    workspace: Workspace, tmp_path: Path
) -> None:
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    service = BackupService(
        workspace, db, admin, Settings(backup_folder=str(tmp_path), backup_keep=2)
    )
    made = []
    for n in range(4):
        UserService(workspace, db, admin).create_user(
            f"user{'abcd'[n]}", "Someone", Role.COUNSELLOR, PASSWORD
        )
        made.append(service.make("manual"))
    kept = backups.list_backups(tmp_path)
    assert [b.path for b in kept] == [made[3].path, made[2].path]
    anchors = service.anchors()
    assert set(anchors) == {made[3].audit_seq, made[2].audit_seq}
    assert AuditService(db, admin, anchors).check().intact
    db.close()


def test_the_command_line_backs_up_and_restores(workspace: Workspace, tmp_path: Path) -> None:
    from counsellor_app.cli import main

    os.environ["COUNSELLOR_PASSWORD"] = PASSWORD
    try:
        data = str(workspace.paths.root)
        assert main(["--data-dir", data, "backup", "--user", ADMIN, "--to", str(tmp_path)]) == 0
        (made,) = backups.list_backups(tmp_path)
        assert main(["--data-dir", data, "audit", "check", "--user", ADMIN]) == 0
        assert main(["--data-dir", data, "restore", str(made.path), "--user", ADMIN]) == 0
        assert main(["--data-dir", data, "restore", str(made.path), "--user", COUNSELLOR]) == 2
    finally:
        del os.environ["COUNSELLOR_PASSWORD"]
