"""The installer's choices (data folder, server, language) reach the app through its INI files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from counsellor_app.storage.install_config import (
    MACHINE_CONFIG_VARIABLE,
    USER_CONFIG_VARIABLE,
    load_install_config,
)
from counsellor_app.storage.paths import DATA_DIR_VARIABLE, default_data_dir
from counsellor_app.storage.settings import load_settings

# What Inno Setup's SaveStringsToUTF8File writes: a BOM, CRLF line ends.
BOM = "\ufeff"


def write_ini(path: Path, **values: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "[Counsellor]\r\n" + "".join(f"{k}={v}\r\n" for k, v in values.items())
    path.write_text(BOM + body, "utf-8")
    return path


def test_the_machine_file_then_the_users_over_it(tmp_path: Path) -> None:
    shared = tmp_path / "ProgramData" / "Counsellor" / "data"
    machine = write_ini(
        tmp_path / "machine.ini",
        data_dir=str(shared),
        server="https://sync.example.ma/",
        language="ar",
        mode="allusers",
    )
    user = write_ini(tmp_path / "user.ini", language="en")
    config = load_install_config(machine, user)
    assert config.data_dir == shared
    assert config.server == "https://sync.example.ma"
    assert config.language == "en"  # the user's file overrides key by key
    assert config.mode == "allusers"


def test_non_ascii_and_spaces_survive(tmp_path: Path) -> None:
    folder = tmp_path / "Données partagées" / "عائشة" / "Aïcha"
    machine = write_ini(tmp_path / "machine.ini", data_dir=str(folder))
    assert load_install_config(machine, tmp_path / "none.ini").data_dir == folder


@pytest.mark.parametrize(
    "body",
    [
        "",  # empty
        "data_dir=/x\n",  # no section header: not an INI file
        "[Counsellor]\ndata_dir=relative\\folder\nserver=ftp://x\nlanguage=de\nmode=root\n",
        "[Other]\ndata_dir=/srv/x\n",
        "[Counsellor]\ndata_dir=" + "/x" * 20000 + "\n",  # over the size limit
    ],
)
def test_bad_files_count_as_empty(tmp_path: Path, body: str) -> None:
    path = tmp_path / "machine.ini"
    path.write_text(body, "utf-8")
    config = load_install_config(path, tmp_path / "none.ini")
    assert (config.data_dir, config.server, config.language, config.mode) == (None, "", "", "")


def test_bytes_that_are_not_utf8_count_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "machine.ini"
    path.write_bytes(b"[Counsellor]\ndata_dir=C:\\Donn\xe9es\n")  # cp1252, not UTF-8
    assert load_install_config(path, tmp_path / "none.ini").data_dir is None


def test_default_data_dir_and_first_language_follow_the_machine_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared data"
    machine = write_ini(tmp_path / "machine.ini", data_dir=str(shared), language="ar")
    monkeypatch.setenv(MACHINE_CONFIG_VARIABLE, str(machine))
    monkeypatch.setenv(USER_CONFIG_VARIABLE, str(tmp_path / "none.ini"))
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert default_data_dir() == shared
    # No settings file yet: the installer's language; once saved, the file's.
    assert load_settings(tmp_path / "settings.json").language == "ar"
    (tmp_path / "settings.json").write_text('{"schema": 2, "values": {"language": "fr"}}')
    assert load_settings(tmp_path / "settings.json").language == "fr"
    # The portable mode / COUNSELLOR_DATA_DIR still wins over the installer's choice.
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "portable"))
    assert default_data_dir() == tmp_path / "portable"


def test_the_cli_uses_the_shared_folder_of_an_all_users_install(tmp_path: Path) -> None:
    """A real app process started with no --data-dir (to its first window, offscreen) makes
    its data folder where the machine file says, as every Windows user of the PC would get."""
    shared = tmp_path / "ProgramData" / "Counsellor" / "data"
    machine = write_ini(tmp_path / "machine.ini", data_dir=str(shared), mode="allusers")
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_VARIABLE}
    env[MACHINE_CONFIG_VARIABLE] = str(machine)
    env[USER_CONFIG_VARIABLE] = str(tmp_path / "none.ini")
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "counsellor_app", "--quit-when-ready", "login"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (shared / "logs").is_dir()
