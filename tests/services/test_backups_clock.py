"""Backups on a PC whose clock is wrong: a year behind or ahead, pruning keeps the newest by the
PC's own count of its backups, never the one just written; the daily backup stays due; the
clock is called out when it reads earlier than the newest backup or the last sync."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counsellor_app.core import clock
from counsellor_app.services.accounts import CurrentUser, Workspace
from counsellor_app.services.backup import BackupService
from counsellor_app.storage import backups
from counsellor_app.storage.database import Database
from counsellor_app.storage.models import LocalSetting
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, PASSWORD

YEAR = timedelta(days=365)


class MovableClock:
    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@pytest.fixture
def moved(monkeypatch: pytest.MonkeyPatch) -> MovableClock:
    movable = MovableClock()
    monkeypatch.setattr(clock, "utc_now", movable)
    return movable


@pytest.fixture
def admin(workspace: Workspace) -> Iterator[tuple[Database, CurrentUser]]:
    db, user = workspace.log_in(ADMIN, PASSWORD)
    yield db, user
    db.close()


def service_for(
    workspace: Workspace, admin: tuple[Database, CurrentUser], folder: Path, keep: int = 2
) -> BackupService:
    folder.mkdir(exist_ok=True)
    return BackupService(
        workspace, admin[0], admin[1], Settings(backup_folder=str(folder), backup_keep=keep)
    )


def paths_of(folder: Path) -> list[Path]:
    return [b.path for b in backups.list_backups(folder)]


@pytest.mark.parametrize("shift", [-YEAR, YEAR])
def test_a_clock_moved_a_year_keeps_the_newest_backups_by_order_of_creation(
    workspace: Workspace,
    admin: tuple[Database, CurrentUser],
    tmp_path: Path,
    moved: MovableClock,
    shift: timedelta,
) -> None:
    folder = tmp_path / "usb"
    service = service_for(workspace, admin, folder)
    before = [service.make("manual") for _ in range(2)]
    moved.offset = shift  # the CMOS battery died (behind) or someone typed the wrong year
    after = [service.make("manual") for _ in range(3)]
    # Every backup written under the moved clock stayed until two newer ones existed.
    assert paths_of(folder) == [after[2].path, after[1].path]
    assert [b.sequence for b in backups.list_backups(folder)] == [5, 4]
    assert not any(b.path.exists() for b in before)
    # Put right again: the numbered order still rules, whatever the times say.
    moved.offset = timedelta(0)
    assert (service.clock_warning() is not None) == (shift > timedelta(0))
    latest = service.make("manual")
    assert paths_of(folder) == [latest.path, after[2].path]
    # A backup dated a year ahead stays a warning (the date was wrong then) until pruned.
    assert (service.clock_warning() is not None) == (shift > timedelta(0))
    service.make("manual")
    assert service.clock_warning() is None


def test_the_backup_just_written_is_never_pruned_even_when_the_count_went_back(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    service = service_for(workspace, admin, folder, keep=1)
    first = service.make("manual")
    second = service.make("manual")
    assert paths_of(folder) == [second.path] and not first.path.exists()
    # A restored (older) database counts fewer backups than the folder holds: the folder's
    # own numbers keep the next one newest.
    with admin[0].unit_of_work(None) as session:
        session.merge(LocalSetting(key="backup.sequence", value="0"))
    third = service.make("manual")
    assert third.sequence == second.sequence + 1
    assert paths_of(folder) == [third.path]
    assert backups.prune(folder, 1, third.device_code, protect=third.path) == []


def _unnumbered(path: Path, created_at: datetime) -> None:
    """Rewrite a backup as the app wrote it before the counter (no ``sequence``)."""
    with zipfile.ZipFile(path) as source:
        members = {item.filename: source.read(item) for item in source.infolist()}
    manifest = json.loads(members["manifest.json"])
    del manifest["sequence"]
    manifest["created_at"] = created_at.isoformat()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def test_backups_from_before_the_counter_are_older_than_any_numbered_one(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, moved: MovableClock
) -> None:
    folder = tmp_path / "usb"
    service = service_for(workspace, admin, folder, keep=3)
    old = [service.make("manual") for _ in range(3)]
    now = datetime.now(UTC)
    for n, info in enumerate(old):  # written by the older app, a day apart, oldest first
        _unnumbered(info.path, now - timedelta(days=3 - n))
    with admin[0].unit_of_work(None) as session:
        session.merge(LocalSetting(key="backup.sequence", value="0"))
    assert paths_of(folder) == [old[2].path, old[1].path, old[0].path]  # by their time
    moved.offset = -YEAR
    new = service.make("manual")
    assert new.sequence == 1
    assert paths_of(folder) == [new.path, old[2].path, old[1].path]


def test_the_daily_backup_stays_due_by_running_time_and_a_clock_behind_is_called_out(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, moved: MovableClock
) -> None:
    folder = tmp_path / "usb"
    service = service_for(workspace, admin, folder)
    service.make("daily")
    assert not service.is_due("daily") and service.clock_warning() is None
    moved.offset = -YEAR
    warning = service.clock_warning()
    assert warning is not None and warning.against == "backup"
    assert warning.recorded - warning.now > timedelta(days=364)
    assert service.is_due("daily")  # the clock went back: it cannot say a day has not passed
    service.make("daily")
    assert not service.is_due("daily")  # the clock runs on from its wrong year
    assert service.clock_warning() is not None  # still behind the backup made before
    service.add_run_time(23 * 3600)
    assert not service.is_due("daily")
    service.add_run_time(3600)
    assert service.is_due("daily") and service.run_time() == timedelta(hours=24)
    service.make("daily")
    assert service.run_time() == timedelta(0) and not service.is_due("daily")


def test_a_clock_behind_the_last_synchronisation_is_called_out(
    workspace: Workspace, admin: tuple[Database, CurrentUser], tmp_path: Path, moved: MovableClock
) -> None:
    service = service_for(workspace, admin, tmp_path / "usb")
    with admin[0].unit_of_work(None) as session:
        session.merge(LocalSetting(key="sync.last_success", value=clock.utc_now().isoformat()))
    assert service.clock_warning() is None
    moved.offset = -timedelta(days=30)
    warning = service.clock_warning()
    assert warning is not None and warning.against == "sync"
