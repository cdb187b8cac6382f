"""The command line: demo data directory and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsellor_app.cli import main
from counsellor_app.services.accounts import Workspace
from counsellor_app.services.demo import ADMIN_USERNAME, DEMO_PASSWORD
from counsellor_app.services.people import PeopleQuery, PeopleService
from counsellor_app.storage.paths import DataPaths


def test_demo_creates_a_usable_data_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(target), "--people", "120"]) == 0
    out = capsys.readouterr().out
    assert f"{ADMIN_USERNAME} / {DEMO_PASSWORD}" in out
    db, user = Workspace(DataPaths(target)).log_in(ADMIN_USERNAME, DEMO_PASSWORD)
    people = PeopleService(db, user)
    keys = people.search_keys(PeopleQuery())
    assert len(keys) == 120
    rows = people.rows(keys).values()
    assert {r.nationality for r in rows} >= {"MA", "SY"}
    assert any(r.last_name_ar for r in rows) and any(not r.last_name_ar for r in rows)
    assert len({r.legal_status for r in rows}) >= 5
    some = next(iter(rows))
    assert people.search_ids(PeopleQuery(text=some.file_number)) == [some.id]
    db.close()


def test_errors_exit_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "something").write_text("x")
    assert main(["demo", "--data-dir", str(tmp_path / "full")]) == 2
    assert main(["demo", "--data-dir", str(tmp_path / "x"), "--people", "-1"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("counsellor-app: error:") for e in errors)
    with pytest.raises(SystemExit) as usage:
        main(["no-such-command"])
    assert usage.value.code == 2


@pytest.mark.parametrize("set_up", [False, True])
def test_the_app_starts_to_its_first_window(tmp_path: Path, set_up: bool) -> None:
    """The real entry point, in its own process: wizard on a new PC, login once set up."""
    import os
    import subprocess
    import sys

    data = tmp_path / "pc"
    if set_up:
        assert main(["demo", "--data-dir", str(data), "--people", "3"]) == 0
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "counsellor_app",
            "--data-dir",
            str(data),
            "--quit-when-ready",
            "login",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")
    assert (data / "logs" / "counsellor.log").exists()


def test_self_test_checks_an_installation_and_says_each_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-test", "--keep", str(tmp_path / "kept"), "--certificate",
                 str(tmp_path / "c.pdf")]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert said.count("ok  ") == 6 and said.rstrip().endswith("every step passed")
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    keys = tmp_path / "kept" / "verification.json"
    assert main(["verify", str(tmp_path / "c.pdf"), "--keys", str(keys)]) == 0
    assert main(["self-test", "--keep", str(tmp_path / "kept")]) == 2  # not empty: refused
