"""`--data-dir` before or after the command, for every command (as the README shows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsellor_app.cli import _parser, main
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.demo import ADMIN_USERNAME, DEMO_PASSWORD
from counsellor_app.storage import backups
from counsellor_app.storage.folder_lock import FolderLock
from counsellor_app.storage.paths import DATA_DIR_VARIABLE, DataPaths
from tests.conftest import ADMIN, PASSWORD

# The least each command needs besides --data-dir.
COMMANDS = {
    "demo": [],
    "verify": ["CNS1|x"],
    "sync": ["--user", "u"],
    "bundle": ["export", "out.cbn", "--user", "u"],
    "courier": ["in.cbn", "out.cbn", "--server", "https://sync.example.ma"],
    "import": ["list.csv", "--user", "u"],
    "report": ["--user", "u"],
    "backup": ["--user", "u"],
    "restore": ["old.cbk", "--user", "u"],
    "self-test": [],
    "audit": ["check", "--user", "u"],
}


def test_every_command_takes_the_data_dir_before_or_after_it() -> None:
    parser = _parser()
    commands = next(a for a in parser._subparsers._group_actions)  # type: ignore[union-attr]
    assert set(commands.choices) == set(COMMANDS)  # a new command is listed here too
    for command, rest in COMMANDS.items():
        before = parser.parse_args(["--data-dir", "/srv/a", command, *rest])
        after = parser.parse_args([command, *rest, "--data-dir", "/srv/b"])
        neither = parser.parse_args([command, *rest])
        if command == "demo":  # the folder it creates
            assert (before.data_dir, before.demo_dir) == (Path("/srv/a"), None)
            assert (after.data_dir, after.demo_dir) == (None, Path("/srv/b"))
        else:
            assert before.data_dir == Path("/srv/a"), command
            assert after.data_dir == Path("/srv/b"), command
        assert neither.data_dir is None, command
        # Given on both sides, the one after the command wins (it is read last).
        both = parser.parse_args(["--data-dir", "/srv/a", command, *rest, "--data-dir", "/srv/b"])
        assert Path("/srv/b") in (both.data_dir, getattr(both, "demo_dir", None)), command


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default data folder points at an empty place: a command that ignored --data-dir
    would fail there instead of touching the user's own folder."""
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "default"))
    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    return tmp_path / "default"


@pytest.mark.parametrize("order", ["before", "after"])
def test_a_backup_and_an_audit_check_reach_the_data_dir_given_on_either_side(
    order: str, workspace: Workspace, tmp_path: Path, elsewhere: Path
) -> None:
    data = ["--data-dir", str(workspace.paths.root)]
    out = tmp_path / "key"
    out.mkdir()

    def run(*command: str) -> int:
        return main([*data, *command] if order == "before" else [*command, *data])

    assert run("backup", "--user", ADMIN, "--to", str(out)) == 0
    assert len(backups.list_backups(out)) == 1
    assert run("audit", "check", "--user", ADMIN) == 0
    assert not elsewhere.exists()
    assert main(["backup", "--user", ADMIN, "--to", str(out)]) == 2  # the default: no data


@pytest.mark.parametrize("order", ["before", "after"])
def test_demo_makes_the_folder_given_on_either_side(
    order: str, tmp_path: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo"
    data = ["--data-dir", str(target)]
    assert (
        main(
            [*data, "demo", "--people", "3"]
            if order == "before"
            else ["demo", *data, "--people", "3"]
        )
        == 0
    )
    db, _user = Workspace(DataPaths(target)).log_in(ADMIN_USERNAME, DEMO_PASSWORD)
    db.close()
    assert not elsewhere.exists()
    capsys.readouterr()
    assert main(["demo", "--people", "3"]) == 2
    assert "demo needs --data-dir" in capsys.readouterr().err


def test_the_folder_named_after_the_command_is_the_one_locked(
    workspace: Workspace, tmp_path: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = workspace.paths.root
    with FolderLock.acquire(root, "counsellor-app"):
        assert (
            main(["backup", "--user", ADMIN, "--to", str(tmp_path), "--data-dir", str(root)]) == 2
        )
    assert "is in use by counsellor-app" in capsys.readouterr().err
    assert backups.list_backups(tmp_path) == []
