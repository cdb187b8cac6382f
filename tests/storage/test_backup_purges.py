"""An erasure reaches backup folders that were absent when it happened (issue 20, 6).

Two real backup folders with their markers, real backups and real encrypted attachment
files; one folder is renamed away during the erasure (a USB key not plugged in) and back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.backup import BackupService
from counsellor_app.storage import backup_purges, backups, destination
from counsellor_app.storage.blob_store import BlobStore
from counsellor_app.storage.database import Database
from counsellor_app.storage.settings import Settings, save_settings
from tests.conftest import ADMIN, PASSWORD


@pytest.fixture
def admin(workspace: Workspace) -> Iterator[tuple[Database, CurrentUser]]:
    db, user = workspace.log_in(ADMIN, PASSWORD)
    yield db, user
    db.close()


def choose(
    workspace: Workspace, admin: tuple[Database, CurrentUser], folder: Path
) -> BackupService:
    """The folder chosen in the settings and saved, as the settings dialog does."""
    identity = destination.remember(folder)
    settings = Settings(backup_folder=str(folder), backup_folder_identity=identity.text())
    save_settings(workspace.paths.settings, settings)
    return BackupService(workspace, admin[0], admin[1], settings)


def copy_in(folder: Path, sha: str) -> Path:
    return folder / backups.ATTACHMENTS / sha[:2] / f"{sha}.blob"


def two_keys(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path
) -> tuple[Path, Path, str, str, BackupService]:
    """Two keys backed up in turn, each holding the copies of two attachments; the one
    chosen now is the second."""
    store = BlobStore(workspace.paths.attachments, admin[0].key)
    erased, kept = store.put(b"her residence permit scan"), store.put(b"a colleague's letterhead")
    first, second = tmp_path / "KEY-A", tmp_path / "KEY-B"
    first.mkdir()
    second.mkdir()
    choose(workspace, admin, first).make("manual")
    service = choose(workspace, admin, second)
    service.make("manual")
    for folder in (first, second):
        assert copy_in(folder, erased).is_file() and copy_in(folder, kept).is_file()
    return first, second, erased, kept, service


def test_an_absent_key_loses_the_erased_attachments_when_it_is_back(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path
) -> None:
    first, second, erased, kept, service = two_keys(workspace, admin, tmp_path)
    away = tmp_path / "in-a-drawer"
    first.rename(away)  # the first key is not plugged in during the erasure
    removed = backups.forget_backup_copies(workspace.paths, [erased])
    assert removed == 1
    assert not copy_in(second, erased).exists() and copy_in(second, kept).is_file()
    assert copy_in(away, erased).is_file()  # out of reach: owed, not forgotten
    assert backup_purges.owed(workspace.paths)[str(first)] == [erased]
    assert not first.exists()  # nothing made in its place
    # Still away at the next start: nothing happens, still owed.
    assert service.purge_owed() == 0
    assert backup_purges.owed(workspace.paths)[str(first)] == [erased]
    away.rename(first)  # plugged in again
    assert service.purge_owed() == 1  # at start
    assert not copy_in(first, erased).exists() and copy_in(first, kept).is_file()
    assert all(not pending for pending in backup_purges.owed(workspace.paths).values())


def test_the_next_backup_into_the_key_applies_what_it_was_owed(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path
) -> None:
    first, _second, erased, kept, _ = two_keys(workspace, admin, tmp_path)
    away = tmp_path / "in-a-drawer"
    first.rename(away)
    backups.forget_backup_copies(workspace.paths, [erased])
    away.rename(first)
    BlobStore(workspace.paths.attachments, admin[0].key).path_of(erased).unlink()  # as pull does
    choose(workspace, admin, first).make("manual")
    assert not copy_in(first, erased).exists() and copy_in(first, kept).is_file()
    assert backup_purges.owed(workspace.paths)[str(first)] == []


def test_another_key_at_the_same_path_is_not_the_one_owed(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path
) -> None:
    """A different key mounted where the absent one was is not purged for it (its marker
    differs); the owed key still gets it when it is back."""
    first, _, erased, _, service = two_keys(workspace, admin, tmp_path)
    away = tmp_path / "in-a-drawer"
    first.rename(away)
    backups.forget_backup_copies(workspace.paths, [erased])
    stranger = tmp_path / "KEY-A"
    stranger.mkdir()
    destination.remember(stranger)
    planted = copy_in(stranger, erased)
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"someone else's file")
    assert service.purge_owed() == 0 and planted.is_file()
    planted.unlink()
    (stranger / destination.MARKER).unlink()
    for folder in sorted(stranger.rglob("*"), reverse=True):
        folder.rmdir()
    stranger.rmdir()
    away.rename(first)
    assert service.purge_owed() == 1 and not copy_in(first, erased).exists()
