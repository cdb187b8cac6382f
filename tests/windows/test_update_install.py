"""The accepted update installed at close, or at the next start after the app was killed:
the staged installer (real files, signed with a key of the test) checked again, the backup
copy made by the real backup service, then the installer command started once; a damaged or
refused staged file is discarded and said, and nothing runs. The installer itself is not run
on Linux: ``launch`` records the command instead (the Windows run is the Wine smoke test's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsellor_app.services import updates
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.backup import BackupService
from counsellor_app.storage.backups import list_backups
from counsellor_app.storage.settings import Settings
from tests.conftest import ADMIN, PASSWORD
from tests.windows.test_updates import new_key, sign

SIZE = 3 * updates.CHUNK + 99


@pytest.fixture
def staged(workspace: Workspace, tmp_path: Path) -> tuple[Path, str]:
    """An accepted update, staged as a download leaves it: (installer in the data folder, the
    trusted public key)."""
    key = tmp_path / "release.pem"
    public = new_key(key)
    built = tmp_path / "build" / "Counsellor-9.1.0-setup.exe"
    built.parent.mkdir()
    built.write_bytes(b"MZ" + bytes(range(251)) * (SIZE // 251) + b"!" * (SIZE % 251 - 2))
    sign(key, built, "9.1.0", updates.updates_dir(workspace.paths.root))
    updates.accept(workspace.paths.root)
    return updates.updates_dir(workspace.paths.root) / built.name, public


def backups_of(workspace: Workspace) -> list[str]:
    return [info.kind for info in list_backups(workspace.paths.backups)]


def test_at_close_the_backup_is_made_then_the_checked_copy_runs_once(
    workspace: Workspace, staged: tuple[Path, str], tmp_path: Path
) -> None:
    installer, public = staged
    root = workspace.paths.root
    db, admin = workspace.log_in(ADMIN, PASSWORD)
    try:
        service = BackupService(workspace, db, admin, Settings())
        private = tmp_path / "admin-temp"
        private.mkdir()
        ready = updates.prepare_install(
            root, lambda: service.make("update"), [public], "0.1.0", private
        )
    finally:
        db.close()
    assert ready.discarded == "" and ready.version == "9.1.0"
    assert ready.installer == private / installer.name
    assert ready.installer.read_bytes() == installer.read_bytes()
    assert backups_of(workspace) == ["update"]  # made before anything runs
    runs: list[list[str]] = []
    command = updates.launch_installer(root, ready, "currentuser", runs.append)
    assert runs == [command] and command is not None
    assert command[1:] == ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER"]
    assert not updates.is_staged(root)  # once: a failed installer is not run at every close
    assert updates.staged_update(root, [public], "0.1.0") == updates.Staged()


@pytest.mark.parametrize("fault", ["damaged", "short", "refused", "installed"])
def test_a_staged_file_that_no_longer_holds_is_discarded_and_nothing_runs(
    workspace: Workspace, staged: tuple[Path, str], tmp_path: Path, fault: str
) -> None:
    installer, public = staged
    root = workspace.paths.root
    keys, installed = [public], "0.1.0"
    if fault == "damaged":  # one byte changed on the disk since the download's check
        data = bytearray(installer.read_bytes())
        data[SIZE // 2] ^= 1
        installer.write_bytes(bytes(data))
    elif fault == "short":
        installer.write_bytes(installer.read_bytes()[:-1])
    elif fault == "refused":  # a version that no longer trusts the key that signed it
        keys = [new_key(tmp_path / "next.pem")]
    else:  # the update went in meanwhile (installed by hand)
        installed = "9.1.0"
    made: list[str] = []
    result = updates.prepare_install(root, lambda: made.append("backup"), keys, installed)
    expected = {"damaged": "staged_damaged", "short": "staged_damaged", "refused": "staged_refused"}
    assert result.installer is None and result.discarded == expected.get(fault, "")
    assert made == []  # no backup, nothing to run
    assert not updates.is_staged(root) and not installer.exists()
    assert updates.launch_installer(root, result, "currentuser", made.append) is None


def test_a_failed_backup_installs_nothing_and_keeps_the_update_for_the_next_close(
    workspace: Workspace, staged: tuple[Path, str]
) -> None:
    installer, public = staged
    root = workspace.paths.root

    def backup() -> None:
        raise OSError("disk full")

    result = updates.prepare_install(root, backup, [public], "0.1.0")
    assert result.installer is None and result.discarded == updates.BACKUP_FAILED
    assert updates.is_staged(root) and installer.exists()
    assert updates.prepare_install(root, lambda: None, [public], "0.1.0").installer is not None
