"""One process per data folder: the app open, a command-line import is refused in one line and
changes nothing; the app started twice says so in the user's language; a crash leaves no lock."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counsellor_app.cli import main
from counsellor_app.services.accounts import Workspace
from counsellor_app.storage.folder_lock import LOCK_FILE, FolderInUse, FolderLock
from counsellor_app.storage.keystore import FAST_KDF_FOR_TESTS
from counsellor_app.storage.models import Person
from counsellor_app.storage.paths import DataPaths
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
ROWS = [
    ["Nom", "Prénom", "Sexe", "Date de naissance", "Nationalité", "Statut"],
    ["Diallo", "Aissatou", "F", "12/03/1994", "Guinée", "Réfugiée"],
    ["Koné", "Moussa", "H", "1990-07-01", "Côte d'Ivoire", "Régularisé 2014"],
]


def _people(paths: DataPaths) -> int:
    db, _user = Workspace(paths, FAST_KDF_FOR_TESTS).log_in("admin", PASSWORD)
    try:
        with db.reader() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0
    finally:
        db.close()


@pytest.fixture
def app_process(paths: DataPaths) -> Iterator[subprocess.Popen[str]]:
    """The real app, in its own process, waiting at its login window on the data folder."""
    process = subprocess.Popen(
        [sys.executable, "-m", "counsellor_app", "--data-dir", str(paths.root)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while (holder := FolderLock.holder(paths.root)) is None or holder.pid != process.pid:
        assert process.poll() is None, process.stdout.read() if process.stdout else ""
        assert time.monotonic() < deadline, "the app did not take the data folder"
        time.sleep(0.1)
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(30)


def test_a_command_line_import_is_refused_while_the_app_is_open_and_runs_after_a_crash(
    paths: DataPaths,
    app_process: subprocess.Popen[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "liste.csv"
    out = io.StringIO()
    csv.writer(out).writerows(ROWS)
    source.write_text(out.getvalue(), encoding="utf-8")
    monkeypatch.setenv("COUNSELLOR_PASSWORD", PASSWORD)
    database = paths.database.read_bytes()
    command = ["--data-dir", str(paths.root), "import", str(source), "--user", "salma"]

    assert main(command) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1, said
    assert "is in use by counsellor-app" in said[0] and f"process {app_process.pid}" in said[0]
    assert paths.database.read_bytes() == database  # not even opened: nothing changed

    app_process.send_signal(signal.SIGKILL)  # a crash: the lock goes with the process
    app_process.wait(30)
    assert FolderLock.holder(paths.root) is not None  # its note stays, naming the dead holder
    before = _people(paths)
    assert main(command) == 0, capsys.readouterr().err
    assert "2 people imported" in capsys.readouterr().out
    assert _people(paths) == before + 2
    assert FolderLock.holder(paths.root) is None  # released at the end of the command


def test_the_app_started_twice_on_one_folder_says_so_in_the_users_language(
    paths: DataPaths,
) -> None:
    with FolderLock.acquire(paths.root, "counsellor-app") as held:
        assert held.stale is None
        second = subprocess.run(
            [sys.executable, "-m", "counsellor_app", "--data-dir", str(paths.root),
             "--lang", "fr", "--quit-when-ready", "login"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, check=False, timeout=120, cwd=ROOT,
        )  # fmt: skip
    assert second.returncode == 3, second.stderr
    assert "Counsellor est déjà ouvert sur ce dossier de données." in second.stdout
    assert str(os.getpid()) in second.stdout  # who holds it, to find the window
    assert not second.stdout.startswith("ready")


def test_the_lock_is_taken_once_named_and_recognised_stale(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = FolderLock.acquire(folder, "counsellor-app")
    with pytest.raises(FolderInUse) as busy:  # even from the same process: another opening
        FolderLock.acquire(folder, "counsellor-app import")
    assert busy.value.holder is not None and busy.value.holder.pid == os.getpid()
    assert "in use by counsellor-app (process" in busy.value.sentence()
    first.release()
    with FolderLock.acquire(folder, "counsellor-app backup") as again:
        assert again.stale is None  # released properly: no trace
    (folder / LOCK_FILE).write_text('{"program": "counsellor-app", "pid": 4242, "host": "pc-7"}')
    with FolderLock.acquire(folder, "counsellor-app") as after_crash:
        assert after_crash.stale is not None and after_crash.stale.pid == 4242
    (folder / LOCK_FILE).write_bytes(b"\xff not a note")
    with FolderLock.acquire(folder, "counsellor-app") as garbled:
        assert garbled.stale is not None and garbled.stale.pid is None
