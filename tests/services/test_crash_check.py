"""After a crash that lost SQLite's journal (the ``-wal``), the next start compares the database
with the newest backup's audit anchor and says plainly that saves were lost."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupService
from counsellor_app.services.crash_check import lost_saves
from counsellor_app.services.people import PeopleService
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, PASSWORD, person


def crash_after_a_backup(workspace: Workspace) -> int:
    """Saves, a backup of them, then a crash that loses the journal holding them: the file
    goes back to its state before the saves, and the session's marker stays. Returns the
    backup's audit anchor."""
    paths = workspace.paths
    before = paths.database.read_bytes()  # closed cleanly: all there is, is in the file
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    PeopleService(db, admin, today=lambda: date(2026, 11, 22)).register(person())
    info = BackupService(workspace, db, admin, Settings()).make("manual")
    db.close()
    paths.database.write_bytes(before)
    paths.open_marker.touch()
    return info.audit_seq


def test_a_crash_that_lost_saves_is_found_against_the_newest_backup(
    workspace: Workspace,
) -> None:
    anchor = crash_after_a_backup(workspace)
    db, _admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        assert db.unclean_start and db.audit_head_at_open is not None
        lost = lost_saves(db, [workspace.paths.backups], db.audit_head_at_open)
        assert lost is not None
        assert lost.backup_seq == anchor and lost.missing == anchor - db.audit_head_at_open > 0
    finally:
        db.close()
    # A clean stop: nothing to compare, nothing said.
    db, _admin = workspace.log_in(ADMIN, PASSWORD)
    assert not db.unclean_start and db.audit_head_at_open is None
    db.close()


def test_a_crash_that_lost_nothing_says_nothing(workspace: Workspace) -> None:
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    BackupService(workspace, db, admin, Settings()).make("manual")
    db.close()
    workspace.paths.open_marker.touch()  # a crash, but the journal was intact
    db, _admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        assert db.audit_head_at_open is not None
        assert lost_saves(db, [workspace.paths.backups], db.audit_head_at_open) is None
    finally:
        db.close()


def test_a_trail_rewritten_after_the_loss_is_found_by_its_hash(workspace: Workspace) -> None:
    """Lost saves, then new ones that took the same numbers before the crash was noticed."""
    anchor = crash_after_a_backup(workspace)
    paths = workspace.paths
    for _ in range(anchor + 2):  # logins write entries until the numbers are passed
        db, _admin = workspace.log_in(ADMIN, PASSWORD)
        db.close()
    paths.open_marker.touch()
    db, _admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        assert db.audit_head_at_open is not None and db.audit_head_at_open >= anchor
        lost = lost_saves(db, [paths.backups], db.audit_head_at_open)
        assert lost is not None and lost.missing == 0
    finally:
        db.close()


def test_the_command_line_warns_of_lost_saves_in_one_line(
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from counsellor_app.cli import main

    crash_after_a_backup(workspace)
    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    root = str(workspace.paths.root)
    code = main(["--data-dir", root, "audit", "check", "--user", ADMIN])
    errors = capsys.readouterr().err.splitlines()
    assert code == 2  # the audit check finds the anchor missing too
    warnings = [line for line in errors if "warning" in line]
    assert len(warnings) == 1 and "saves were lost" in warnings[0]
    assert "restore it to get them back" in warnings[0]
