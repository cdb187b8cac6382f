"""The app installed where a path has a space, a non-ASCII letter or a "%" ("C:\\Program
Files\\Counsellor", a Windows user named "Aïcha Ben Ali"): its migrations are found and the
self-test passes. A path split at its space found no migration, the database was made without
tables, and the self-test's temporary folder could not be removed on Windows while the
failed step's database was still open (WinError 32 hid the real error)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from counsellor_app.services import self_test
from counsellor_app.storage import atomic, migrations
from counsellor_app.storage.paths import install_root


@pytest.fixture
def spaced_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped migrations copied under a path with a space, "ï", Arabic letters and a %."""
    folder = tmp_path / "Program Files" / "Aïcha عائشة 100%" / "db"
    shutil.copytree(install_root() / "db", folder)
    monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)
    return folder


def test_the_self_test_passes_from_a_path_with_a_space_and_non_ascii_letters(
    spaced_install: Path,
) -> None:
    assert migrations.head_revision() is not None  # found: not split at the space
    assert len(migrations.known_revisions()) > 20
    result = self_test.run()
    assert [name for name, _seconds in result.steps][-1] == "backup restored"
    assert result.certificate.startswith(b"%PDF")
    assert result.data_dir is not None and not result.data_dir.parent.exists()  # removed


def test_a_bundle_without_its_migrations_fails_by_name_and_leaves_nothing_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken bundle says what is missing; the database it began is closed, so its folder
    can be removed (on Windows an open file cannot)."""
    empty = tmp_path / "broken bundle" / "db"
    (empty / "versions").mkdir(parents=True)
    shutil.copy(install_root() / "db" / "env.py", empty / "env.py")
    monkeypatch.setattr(migrations, "migrations_dir", lambda: empty)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(Exception) as failed:
        self_test.run()
    chain = [failed.value, failed.value.__cause__, getattr(failed.value.__cause__, "cause", None)]
    assert any("no schema migration in" in str(error) for error in chain), chain
    assert list(Path(tmp_path).glob("counsellor-self-test-*")) == []
    # No file of it left open (Linux shows what Windows refuses: a removed file still open).
    held = [os.readlink(fd) for fd in Path("/proc/self/fd").iterdir() if fd.is_symlink()]
    assert not [name for name in held if "counsellor-self-test-" in name], held


def test_a_folder_held_a_moment_is_removed_once_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' sharing violation (an antivirus scanning a file) is waited for; anything
    else, or a hold that lasts, goes up."""
    folder = tmp_path / "held"
    folder.mkdir()
    (folder / "counsellor.db").write_bytes(b"x")
    real_rmtree, calls = shutil.rmtree, []

    def held_twice(path: Path) -> None:
        calls.append(path)
        if len(calls) <= 2:
            error = PermissionError(13, "Sharing violation")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_rmtree(path)

    pauses: list[float] = []
    monkeypatch.setattr(shutil, "rmtree", held_twice)
    atomic.remove_tree(folder, sleep=pauses.append)
    assert not folder.exists() and len(calls) == 3 and pauses == [0.05, 0.1]
    folder.mkdir()
    calls.clear()
    with pytest.raises(PermissionError):  # held longer than the pauses: said
        atomic.remove_tree(folder, pauses=(0.05,), sleep=pauses.append)
    assert folder.exists() and len(calls) == 2
    monkeypatch.undo()
    atomic.remove_tree(tmp_path / "never made")  # gone already: no error
