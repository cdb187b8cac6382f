"""Secrets never reach a log: passwords (right or wrong), the recovery key and the database key
stay out of every log record, at every level, through logins, resets, recovery and restores."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupService, restore
from counsellor_app.services.errors import LoginRefused
from counsellor_app.services.users import UserService
from counsellor_app.storage.keystore import format_recovery_key
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, PASSWORD


def test_no_secret_is_ever_logged(
    workspace: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "Wr0ng-Secret-Typed"
    with pytest.raises(LoginRefused):
        workspace.log_in(ADMIN, wrong)
    with pytest.raises(LoginRefused):
        workspace.log_in(wrong, PASSWORD)  # a password typed in the user-name box
    workspace.paths.open_marker.touch()  # a power cut ended the last session: checked, logged
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    key = db.key
    recovery = format_recovery_key(key)
    users = UserService(workspace, db, admin)
    temporary = "Temporary-Pass-2026"
    new_id = users.create_user("nadia", "Nadia", Role.COUNSELLOR, temporary)
    users.reset_password(new_id, temporary + "b")
    info = BackupService(workspace, db, admin, Settings(backup_folder=str(tmp_path))).make()
    db.close()
    workspace.recover(recovery, ADMIN, "Recovered-Pass-2026")
    restore(workspace, info.path, recovery_key=recovery)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert caplog.records  # something was logged: the check is not vacuous
    for secret in (wrong, PASSWORD, temporary, recovery, recovery.replace("-", ""), key.hex()):
        assert secret not in logged
