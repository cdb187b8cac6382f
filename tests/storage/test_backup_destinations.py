"""Backups where they were asked for, on real small filesystems (tmpfs mounted for the test):
a pulled key (its mount point left behind or gone) gets no folder on the PC's disk, a full key
or a read-only one is named, a key pulled mid-backup leaves nothing reported as written, the
written file is read back, and a full disk during the snapshot or a restore is not "damage"."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.backup import BackupService, restore
from counsellor_app.storage import backups, destination
from counsellor_app.storage.backups import BackupError
from counsellor_app.storage.database import Database
from counsellor_app.storage.faults import FaultKind, classify_os_error, classify_sqlite_error
from counsellor_app.storage.paths import DataPaths
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, FAST_KDF_FOR_TESTS, PASSWORD

Mount = Callable[[Path, int], Path]


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@pytest.fixture
def mount() -> Iterator[Mount]:
    """Mount a tmpfs of ``size`` bytes on a folder (a USB key); unmounted at the end."""
    mounted: list[Path] = []

    def do(where: Path, size: int) -> Path:
        where.mkdir(parents=True, exist_ok=True)
        if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
            pytest.skip("mounting a small filesystem needs root here")
        mounted.append(where)
        return where

    yield do
    for where in reversed(mounted):
        _run("umount", "-l", str(where))


@pytest.fixture
def admin(workspace: Workspace) -> Iterator[tuple[Database, CurrentUser]]:
    db, user = workspace.log_in(ADMIN, PASSWORD)
    yield db, user
    db.close()


def chosen(
    workspace: Workspace, admin: tuple[Database, CurrentUser], folder: Path
) -> BackupService:
    """The folder chosen in the settings, as the settings dialog records it."""
    identity = destination.remember(folder)
    settings = Settings(backup_folder=str(folder), backup_folder_identity=identity.text())
    return BackupService(workspace, admin[0], admin[1], settings)


def fill(folder: Path, leave: int) -> None:
    """Fill the filesystem of ``folder`` until ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler.bin").open("wb") as handle:
        handle.write(bytes(max(free - leave, 0)))


def test_a_pulled_key_gets_no_folder_on_the_pc_disk(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, mount: Mount
) -> None:
    key = mount(tmp_path / "media" / "KEY", 64 << 20)
    service = chosen(workspace, admin, key)
    made = service.make("manual")
    assert made.path.parent == key and made.path.stat().st_dev == os.stat(key).st_dev
    _run("umount", str(key))  # pulled out: the empty mount point stays on the PC's disk
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_other_device"
    assert list(key.iterdir()) == []  # nothing written in its place
    assert service.last_failure() is not None
    assert service.last_failure().reason == "destination_other_device"  # type: ignore[union-attr]
    # A folder on the key: gone with it, never made again on the PC.
    mount(key, 64 << 20)
    (key / "backups").mkdir()
    service = chosen(workspace, admin, key / "backups")
    _run("umount", str(key))
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_missing"
    assert not (key / "backups").exists()


def test_a_key_pulled_mid_backup_is_never_reported_written(
    workspace: Workspace,
    admin: tuple[Database, CurrentUser],
    tmp_path: Path,
    mount: Mount,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = mount(tmp_path / "KEY", 64 << 20)
    service = chosen(workspace, admin, key)
    facts = backups._facts

    def pulled_after_the_snapshot(path: Path, secret: bytes) -> tuple[str, int, str, str]:
        _run("umount", "-l", str(key))  # between the checks and the writing
        return facts(path, secret)

    monkeypatch.setattr(backups, "_facts", pulled_after_the_snapshot)
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_missing"
    assert list(key.iterdir()) == []  # the partial file written on the PC's disk was removed
    # A plain folder removed between choosing and writing is not made again either.
    folder = tmp_path / "share"
    folder.mkdir()
    service = chosen(workspace, admin, folder)

    def removed_after_the_snapshot(path: Path, secret: bytes) -> tuple[str, int, str, str]:
        shutil.rmtree(folder)
        return facts(path, secret)

    monkeypatch.setattr(backups, "_facts", removed_after_the_snapshot)
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_missing" and not folder.exists()


def test_a_full_or_read_only_key_is_named_and_keeps_its_backups(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, mount: Mount
) -> None:
    key = mount(tmp_path / "KEY", 64 << 20)
    service = chosen(workspace, admin, key)
    first = service.make("manual")
    fill(key, 64 << 10)
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_no_space"
    assert backups.list_backups(key) == [backups.read_info(first.path)]
    assert not list(key.glob("*.part"))
    (key / "filler.bin").unlink()
    assert _run("mount", "-o", "remount,ro", str(key))
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_read_only"


def test_the_written_file_is_read_back_before_it_counts(
    workspace: Workspace,
    admin: tuple[Database, CurrentUser],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    service = chosen(workspace, admin, folder)
    settle = backups._settle

    def a_bad_key(path: Path) -> None:  # the stick loses a block of what it was given
        with zipfile.ZipFile(path) as archive:
            offset = archive.getinfo("counsellor.db").header_offset + 4096
        with path.open("r+b") as handle:
            handle.seek(offset)
            handle.write(b"\xff" * 512)
        settle(path)

    monkeypatch.setattr(backups, "_settle", a_bad_key)
    with pytest.raises(BackupError) as refused:
        service.make("manual")
    assert refused.value.reason == "destination_not_verified"
    assert list(folder.iterdir()) == [folder / destination.MARKER]


def test_a_full_pc_disk_during_the_snapshot_is_not_damage(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, mount: Mount
) -> None:
    mount(workspace.paths.backups, 256 << 10)  # the snapshot is written there first
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(BackupError) as refused:
        chosen(workspace, admin, folder).make("daily")
    assert refused.value.reason == "pc_no_space"
    fill(workspace.paths.backups, 0)  # the data folder's own backups: this PC's disk is full
    with pytest.raises(BackupError) as refused:
        BackupService(workspace, admin[0], admin[1], Settings()).make("daily")
    assert refused.value.reason == "pc_no_space"


def test_a_restore_onto_a_full_disk_says_so_and_replaces_nothing(
    workspace: Workspace,
    admin: tuple[Database, CurrentUser],
    tmp_path: Path,
    mount: Mount,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = chosen(workspace, admin, usb).make("manual")
    disk = mount(tmp_path / "small", 64 << 20)
    shutil.copytree(workspace.paths.root, disk / "data")
    small = Workspace(DataPaths(disk / "data"), FAST_KDF_FOR_TESTS)
    before = small.paths.database.read_bytes()
    fill(disk, 64 << 10)
    with pytest.raises(BackupError) as refused:  # checked before anything is written
        restore(small, made.path, ADMIN, PASSWORD)
    assert refused.value.reason == "restore_no_space"
    # And if the disk fills while unpacking (another program writing), it is still named.
    monkeypatch.setattr(backups, "restore_needs", lambda path, paths: 0)
    monkeypatch.setattr(backups, "MARGIN", 0)
    with pytest.raises(BackupError) as refused:
        restore(small, made.path, ADMIN, PASSWORD)
    assert refused.value.reason == "restore_no_space"
    assert small.paths.database.read_bytes() == before
    assert not list(small.paths.root.glob(".restoring-*"))


def test_faults_are_classified_by_what_they_are() -> None:
    assert classify_os_error(OSError(errno.ENOSPC, "full")) is FaultKind.NO_SPACE
    assert classify_os_error(OSError(errno.EIO, "io")) is FaultKind.IO_ERROR
    assert classify_os_error(OSError(errno.EROFS, "ro")) is FaultKind.READ_ONLY
    assert classify_os_error(OSError(errno.EACCES, "no")) is FaultKind.PERMISSION
    assert classify_os_error(OSError(errno.ENOENT, "gone")) is FaultKind.MISSING
    assert classify_os_error(OSError(errno.EINTR, "other")) is None
    assert classify_sqlite_error(Exception("database or disk is full")) is FaultKind.NO_SPACE
    assert classify_sqlite_error(Exception("disk I/O error")) is FaultKind.IO_ERROR


def test_a_backup_on_a_key_pulled_before_the_restore_is_said_missing(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, mount: Mount
) -> None:
    key = mount(tmp_path / "KEY", 64 << 20)
    made = chosen(workspace, admin, key).make("manual")
    _run("umount", str(key))
    with pytest.raises(BackupError) as refused:
        restore(workspace, made.path, ADMIN, PASSWORD)
    assert refused.value.reason == "backup_missing"


def test_a_restore_that_cannot_set_the_data_aside_puts_it_back(
    workspace: Workspace,
    admin: tuple[Database, CurrentUser],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    made = chosen(workspace, admin, usb).make("manual")
    admin[0].close()
    before = {p.name: p.read_bytes() for p in workspace.paths.root.iterdir() if p.is_file()}
    from counsellor_app.storage import atomic

    move = atomic.replace

    def io_error_on_the_key_file(source: Path, target: Path) -> None:
        if str(source).endswith("keys.json"):
            raise OSError(errno.EIO, "Input/output error", str(source))
        move(source, target)

    monkeypatch.setattr(atomic, "replace", io_error_on_the_key_file)
    with pytest.raises(BackupError) as refused:
        restore(workspace, made.path, ADMIN, PASSWORD)
    assert refused.value.reason == "pc_io_error"  # this PC's disk, not the backup
    after = {p.name: p.read_bytes() for p in workspace.paths.root.iterdir() if p.is_file()}
    assert after == before


def test_the_command_line_never_makes_the_folder_it_is_given(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.cli import main

    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    gone = tmp_path / "media" / "KEY"
    data = str(workspace.paths.root)
    assert main(["--data-dir", data, "backup", "--user", ADMIN, "--to", str(gone)]) == 2
    assert not gone.exists() and not gone.parent.exists()
