"""Set-up, login, lockout, account administration and recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsellor_app.core.problems import DomainError
from counsellor_app.core.roles import Role
from counsellor_app.services.accounts import SetupRequest, Workspace
from counsellor_app.services.errors import (
    AccountLockedOut,
    DatabaseUnavailable,
    LoginRefused,
    NotAllowed,
)
from counsellor_app.services.users import UserService
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.paths import DataPaths
from tests.conftest import ADMIN, COUNSELLOR, PASSWORD


def test_set_up_creates_everything_and_returns_a_recovery_key(tmp_path: Path) -> None:
    workspace = Workspace(DataPaths(tmp_path / "new"), FAST_KDF_FOR_TESTS)
    assert not workspace.is_set_up()
    request = SetupRequest(
        "entraide_nationale",
        "Centre EN Oujda",
        "OUJ1",
        "oujda",
        "Karim",
        "Karim Haddad",
        PASSWORD,
        PASSWORD,
    )
    db, admin, recovery = workspace.set_up(request)
    assert workspace.is_set_up()
    assert admin.role is Role.ADMINISTRATOR and admin.username == "karim"
    assert len(recovery.replace("-", "")) == 52
    assert db.local_setting("device_code") and db.local_setting("agency_id") == admin.agency_id
    db.close()
    with pytest.raises(DatabaseUnavailable):
        workspace.set_up(request)


def test_set_up_reports_every_problem(tmp_path: Path) -> None:
    workspace = Workspace(DataPaths(tmp_path / "new"), FAST_KDF_FOR_TESTS)
    with pytest.raises(DomainError) as caught:
        workspace.set_up(SetupRequest("", "", "x", "", "bad name!", "", "short", "other"))
    fields = {p.field for p in caught.value.problems}
    assert fields == {
        "institution",
        "agency_name",
        "agency_code",
        "city",
        "admin_username",
        "admin_display_name",
        "admin_password",
        "admin_password_repeat",
    }
    assert not (tmp_path / "new").exists()


def test_login_lockout_and_disabled_accounts(workspace: Workspace) -> None:
    db, admin = workspace.log_in("ADMIN", PASSWORD)  # user names are case-insensitive
    users = UserService(workspace, db, admin)
    for _ in range(4):
        with pytest.raises(LoginRefused):
            workspace.log_in(COUNSELLOR, "not the password")
    with pytest.raises(AccountLockedOut):
        workspace.log_in(COUNSELLOR, "still not it")
    with pytest.raises(AccountLockedOut):
        workspace.log_in(COUNSELLOR, PASSWORD)

    salma = next(u for u in users.list_users() if u.username == COUNSELLOR)
    users.reset_password(salma.id, "Temporary-Pass-9")  # unlocks and re-wraps the key
    _db, salma_user = workspace.log_in(COUNSELLOR, "Temporary-Pass-9", db)
    assert salma_user.must_change_password

    users.set_active(salma.id, False)
    with pytest.raises(LoginRefused):
        workspace.log_in(COUNSELLOR, "Temporary-Pass-9")
    with pytest.raises(DomainError):
        users.set_active(admin.id, False)
    db.close()


def test_users_are_managed_only_by_administrators(workspace: Workspace) -> None:
    db, counsellor = workspace.log_in(COUNSELLOR, PASSWORD)
    with pytest.raises(NotAllowed):
        UserService(workspace, db, counsellor).create_user("x", "X", Role.COUNSELLOR, PASSWORD)
    db.close()
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    users = UserService(workspace, db, admin)
    users.create_user("nadia", "Nadia Tazi", Role.SUPERVISOR, "Temp-Pass-Rabat-26")
    with pytest.raises(DomainError) as caught:
        users.create_user("NADIA", "Nadia again", Role.SUPERVISOR, "short")
    assert {p.code for p in caught.value.problems} == {"username_taken", "password_too_short"}
    _db, nadia = workspace.log_in("nadia", "Temp-Pass-Rabat-26", db)
    assert nadia.role is Role.SUPERVISOR
    own = UserService(workspace, db, nadia)
    with pytest.raises(DomainError):
        own.change_own_password("wrong", "Own-Pass-Rabat-26!", "Own-Pass-Rabat-26!")
    own.change_own_password("Temp-Pass-Rabat-26", "Own-Pass-Rabat-26!", "Own-Pass-Rabat-26!")
    _db, nadia = workspace.log_in("nadia", "Own-Pass-Rabat-26!", db)
    assert not nadia.must_change_password
    db.close()


def test_recovery_key_gives_back_access(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "pc")
    workspace = Workspace(paths, FAST_KDF_FOR_TESTS)
    db, _admin, recovery = workspace.set_up(
        SetupRequest(
            "association", "AMAPPE Rabat", "AMR", "rabat", "chef", "Le Chef", PASSWORD, PASSWORD
        )
    )
    db.close()
    paths.keystore.unlink()  # every password forgotten, even the key store lost
    with pytest.raises(DatabaseUnavailable):
        workspace.log_in("chef", PASSWORD)
    with pytest.raises(LoginRefused):
        workspace.recover("AAAA-" * 12 + "AAAA", "chef", "Brand-New-Pass-1")
    workspace.recover(recovery.lower(), "chef", "Brand-New-Pass-1")
    db, chef = workspace.log_in("chef", "Brand-New-Pass-1")
    assert chef.username == "chef"
    db.close()
